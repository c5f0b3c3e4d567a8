package cfaa

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// CFAALossNotSystemCosts flags a CFAA count whose pleaded harms are lost
// clients, goodwill or the value of data rather than the costs of
// responding to and repairing an intrusion.
var CFAALossNotSystemCosts = &lint.Check{
	ID:         "cfaa-loss-not-system-costs",
	Title:      "CFAA \"loss\" is lost business, not computer-related costs",
	Family:     legal.ClaimCFAA,
	Severity:   lint.Error,
	Confidence: 0.7,
	Doc: lint.Doc{
		Requirement: "\"Loss\" under § 1030(e)(11) is the reasonable cost of responding to an offense, assessing damage and restoring data or systems, plus revenue lost because of an interruption of service. Lost profits from misused data and the cost of assessing business impact are not loss (Nexans); Liveperson's CFAA damage theory of lost clients and misused data did not plead it.",
		Authority:   authority.Cite(authority.CFAALoss, authority.Nexans, authority.VanBuren),
		Insufficient: []string{
			"As a result of Defendant's unauthorized access, LP lost major clients and suffered harm to its goodwill and reputation exceeding $5,000.",
			"The value of LP's trade secrets was diminished by millions of dollars.",
			"Defendant was unjustly enriched by its access.",
			"LP lost revenue when clients moved to Defendant's platform.",
		},
		Sufficient: []string{
			"LP incurred $30,000 on incident response, including forensic imaging and log review to determine which servers Defendant reached.",
			"LP spent $8,500 restoring altered rule files to their pre-intrusion state.",
			"LP lost $22,000 in revenue because its service was down for six hours.",
		},
		Fix:     "Plead computer-related costs (forensics, damage assessment, restoration, security remediation) or interruption-of-service revenue, with amounts; keep lost customers and IP value for the other counts.",
		Message: "The only harms pleaded for the CFAA count are not loss under § 1030(e)(11), which covers costs of responding to and repairing the intrusion and revenue lost from an interruption of service.",
		Traps: []string{
			"harms listed for other counts in a shared damages paragraph are attributed by scope",
			"investigation costs to learn what data was taken count as loss",
			"lost revenue counts when it was caused by an interruption of service",
			"attorneys' fees asked for as relief are not a pleaded harm, but fees paid to lawyers to investigate the access or to sue are litigation expense, not loss",
		},
	},
	Run: runCFAALossNotSystemCosts,
}

// harmKind classifies one sentence's harms: whether it pleads a cognizable
// cost, and the first harm § 1030(e)(11) does not cover. Defendant's gains
// (unjust enrichment, head start, misappropriation) count only in sentences
// without a cognizable cost, where they are the harm pleaded rather than the
// object of an investigation.
//
// Fees paid to lawyers are litigation expense, not loss: in a sentence that
// pleads them, "to investigate" and "to respond to" name what the lawyers
// were paid for, so only a technical cost (forensic imaging, restoration,
// an outage) beside the fees keeps the sentence cognizable.
func harmKind(text pattern.Text) (cognizable bool, non []int) {
	fee := lexicon.LossLitigationFee().FindText(text)
	if fee != nil && reFeeRequest.MatchText(text) {
		fee = nil // "is entitled to recover the attorneys' fees it has incurred": a request, not a loss
	}
	if lexicon.LossCognizable().MatchText(text) {
		cognizable = fee == nil || technicalCost(text)
	}
	interruption := lexicon.LossInterruption().MatchText(text)
	for _, loc := range lexicon.LossNoncognizable().FindAllText(text) {
		phrase := text.String()[loc[0]:loc[1]]
		// "lost no clients", "no loss of business": a harm denied.
		if reDeniedHarm.MatchString(phrase) || reDeniedBefore.MatchText(text.Slice(0, loc[0])) {
			continue
		}
		// Lost revenue is loss when an interruption of service caused it.
		if interruption && reLostRevenue.MatchString(phrase) {
			cognizable = true
			continue
		}
		return cognizable, loc
	}
	if fee != nil {
		return cognizable, fee
	}
	if !cognizable {
		if loc := lexicon.LossNoncognizableGain().FindText(text); loc != nil {
			return false, loc
		}
	}
	return cognizable, nil
}

// reFeeRequest marks a sentence that asks for fees as relief (fee
// shifting) rather than pleading them as the harm.
var reFeeRequest = pattern.MustCompile(`(?i)\b(?:entitled to|seeks?|requests?|demands?|prays?|an award of|award (?:of )?(?:its|the|their|reasonable)|recover (?:its|the|their|his|her|reasonable))\b`)

// reInquiryWord is a cognizable-cost word that names a purpose an
// attorney can be paid for ("to investigate", "responding to") rather
// than a technical service.
var reInquiryWord = pattern.MustCompile(`(?i)^(?:investigat|respond)`)

// technicalCost reports a cognizable-cost word in text other than an
// inquiry word: the sentence pleads forensic, restoration or outage costs
// beside any fees.
func technicalCost(text pattern.Text) bool {
	for _, loc := range lexicon.LossCognizable().FindAllText(text) {
		if !reInquiryWord.MatchText(text.Slice(loc[0], loc[1])) {
			return true
		}
	}
	return false
}

// harmSentence reports a sentence that pleads a harm: a harm word, a gain
// of Defendant's, or a harm the lexicon names ("the value of LP's trade
// secrets was diminished"). A bare act ("Defendant misappropriated the
// data") is not a harm sentence.
func harmSentence(text pattern.Text) bool {
	return plead.ReHarm.MatchText(text) || reGain.MatchText(text) || lexicon.LossNoncognizable().MatchText(text)
}

// reGain marks a sentence pleading Defendant's gain as the harm
// ("Defendant was unjustly enriched by its access").
var reGain = pattern.MustCompile(`(?i)\b(?:enrich\w*|disgorg\w*|profit(?:ed|s)? from|benefit(?:ed|ted)? from)\b`)

var (
	reDeniedHarm   = pattern.MustCompile(`(?i)^(?:lost|loss of) (?:no|none of|not)\b`)
	reDeniedBefore = pattern.MustCompile(`(?i)\b(?:no|not|without|nor)\s+(?:any\s+)?$`)
)

// reLostRevenue: the harm is revenue, in any of the ways it is stated
// ("lost revenue", "lost $22,000 in revenue", "$22,000 in lost sales").
var reLostRevenue = pattern.MustCompile(`(?i)\b(?:revenues?|profits|income|sales|fees)\b`)

func runCFAALossNotSystemCosts(p *lint.Pass) {
	// Harm sentences of the count itself decide; incorporated facts can add
	// cognizable costs (a forensic bill pleaded in the background section)
	// but their talk of lost clients belongs to the other counts — unless
	// the sentence ties the harm to the intrusion ("as a result of
	// Defendant's unauthorized access, LP lost ...").
	var firstNon *document.Sentence
	var nonLoc []int
	cognizable := false
	scope := p.Scope()
	intrusion := lexicon.CfaaIntrusion()
	for _, own := range []bool{true, false} {
		for _, s := range scope {
			if (s.Count == p.CountIndex) != own || !harmSentence(s.Indexed()) {
				continue
			}
			if !own && !intrusion.MatchText(s.Indexed()) {
				continue
			}
			cog, non := harmKind(s.Indexed())
			cognizable = cognizable || cog
			if non != nil && firstNon == nil {
				firstNon, nonLoc = s, non
			}
		}
	}
	if firstNon == nil {
		reportInquiryOnly(p, scope)
		return
	}
	if !cognizable {
		for _, s := range scope {
			if s.Count == p.CountIndex {
				continue
			}
			if cog, _ := harmKind(s.Indexed()); cog && len(legal.Money(s.Text)) > 0 {
				cognizable = true
				break
			}
		}
	}
	span := plead.PhraseSpan(firstNon, nonLoc)
	harm := plead.Quote(p.Doc, span)
	if cognizable {
		p.Report(lint.Finding{Span: span, Severity: lint.Info, Confidence: 0.6, Message: "The CFAA count mixes cognizable loss (response, investigation, restoration costs) with " + harm +
			", which § 1030(e)(11) does not cover; make sure the $5,000 is computed from the cognizable categories."})
		return
	}
	// Every harm pleaded is of a kind § 1030(e)(11) leaves out, found by
	// its own words: the confidence §F5 asks of an error.
	p.Report(lint.Finding{Span: span, Severity: p.Check.SeverityIn(p.Profile), Confidence: 0.8, Message: "The harm pleaded for the CFAA count, " + harm +
		", is not loss under § 1030(e)(11), which covers costs of responding to and repairing the intrusion and revenue lost from an interruption of service."})
}

// msgInquiryOnly is the message when the only loss is an inquiry into the
// defendant's use of what it saw, after an intrusion that harmed nothing.
const msgInquiryOnly = ", an inquiry into what Defendant did with what it reached; the count pleads no damage to data or systems, no response to secure or restore them and no interruption of service, and courts are divided on whether such investigation costs alone are loss under § 1030(e)(11)."

// reportInquiryOnly reports a count whose only cognizable-looking loss is
// an investigation directed at the defendant's use of the information
// (Nexans's business-impact assessment) or after an intrusion the pleading
// says changed nothing, with no technological harm or response anywhere in
// its scope. Investigation costs are loss where they respond to the
// intrusion (the spec's trap: what data was taken), so this stays a
// warning: the courts are split on investigation that answers no harm to
// the computer.
func reportInquiryOnly(p *lint.Pass, scope []*document.Sentence) {
	cognizable, response := lexicon.LossCognizable(), lexicon.LossSystemResponse()
	technical := []*pattern.Lexicon{response, lexicon.CfaaDamage(), lexicon.LossInterruption()}
	inquiry, unharmed := lexicon.LossMisuseInquiry(), lexicon.LossNoSystemHarm()
	var costAt *document.Sentence
	directed := false
	for _, s := range scope {
		for _, l := range technical {
			if l.MatchText(s.Indexed()) {
				return
			}
		}
		directed = directed || inquiry.MatchText(s.Indexed()) || unharmed.MatchText(s.Indexed())
		if costAt == nil && cognizable.MatchText(s.Indexed()) && plead.ReHarm.MatchText(s.Indexed()) {
			costAt = s
		}
	}
	if !directed || costAt == nil {
		return
	}
	if own := plead.FirstOwn(p, p.Own(), func(s *document.Sentence) bool {
		return cognizable.MatchText(s.Indexed()) && plead.ReHarm.MatchText(s.Indexed())
	}); own != nil {
		costAt = own
	}
	span := plead.PhraseSpan(costAt, cognizable.FindText(costAt.Indexed()))
	p.Report(lint.Finding{Span: span, Severity: lint.Warning, Confidence: 0.6,
		Message: "The only loss pleaded for the CFAA count is " + plead.Quote(p.Doc, span) + msgInquiryOnly})
}
