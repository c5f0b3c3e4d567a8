package lanham

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// LanhamDastarOriginOfIdea reports this pleading gap: the false-advertising theory is that Defendant
// claimed to have invented or pioneered what Plaintiff originated — a
// dispute over authorship of ideas that Dastar puts outside § 43(a).
var LanhamDastarOriginOfIdea = &lint.Check{
	ID:           "lanham-dastar-origin-of-idea",
	Title:        "False-advertising theory is about who originated an idea",
	Family:       legal.ClaimLanhamFA,
	AlsoFamilies: []legal.Claim{legal.ClaimLanhamA},
	Severity:     lint.Warning,
	Confidence:   0.5,
	Doc: lint.Doc{
		Requirement: "The \"origin\" of goods under § 43(a) is the producer of the tangible goods, not the author of the ideas they embody (Dastar); advertising a technology as \"innovative\" to claim authorship of an idea is not actionable under § 43(a)(1)(B) (Baden Sports). A claim that a feature was first on the market is safer framed as a verifiable product characteristic.",
		Authority:   authority.Cite(authority.Dastar, authority.BadenSports),
		Insufficient: []string{
			"Defendant falsely claims to have invented predictive chat, when LP pioneered it.",
			"Defendant's 'first smart chat' claim takes credit for LP's innovation.",
			"Defendant passes off LP's ideas as its own.",
		},
		Sufficient: []string{
			"Acme's statement that its platform was the 'first' to offer real-time predictive invitations is a verifiable claim about when a product feature became available — buyers use it to judge product maturity — and it is false because at least two products, including LP's, offered the feature from 2009.",
			"Acme says its platform 'uses real-time prediction'; it uses static rules.",
		},
		Fix:     "Recast the claim around a verifiable product characteristic or market fact (availability date, capability), and explain why buyers care.",
		Message: "The theory reads as a dispute over who originated an idea; after Dastar (and Baden Sports), false-advertising claims about authorship of ideas are vulnerable.",
		Traps: []string{
			"\"innovative\" used as a puff about product attributes is left to the puffery rule",
			"Plaintiff's own history (\"LP pioneered predictive chat in 2009\") is not Defendant's claim",
			"a count that already frames the statement as a verifiable product characteristic or availability date",
		},
	},
	Run: runLanhamDastar,
}

func runLanhamDastar(p *lint.Pass) {
	if !lanhamFAApplies(p) && !passesOffWork(p) {
		return
	}
	scope := p.Scope()
	dterms := plead.DefendantNames(p.Doc)
	origin := lexicon.LanhamClaimsOrigin()
	framing := lexicon.LanhamProductFraming()
	// A count that challenges other statements (the music ads of ¶ 7)
	// is not about the origin claim another count challenges (¶ 5), even
	// though it incorporates every fact.
	focus := challengeFocusOf(p)
	var hits []*document.Sentence
	for _, s := range scope {
		if !plead.MentionsDefendant(dterms, s.Indexed()) || !focus.challenged(p, s) {
			continue
		}
		claims := origin.MatchText(s.Indexed()) || plead.StatementSentence(p, dterms, s)
		if !claims {
			continue
		}
		if framing.MatchText(s.Indexed()) {
			// The count pleads the claim as a verifiable market fact.
			return
		}
		if authorshipCue(s.Indexed()) != nil {
			hits = append(hits, s)
		}
	}
	if len(hits) == 0 {
		return
	}
	anchor := plead.PreferOwn(p, hits)
	loc := authorshipCue(anchor.Indexed())
	p.Report(lint.Finding{Span: plead.PhraseSpan(anchor, loc), Severity: p.Check.SeverityIn(p.Profile)})
}

// authorshipCue finds the first authorship word that is not a false friend
// ("created a false impression").
func authorshipCue(text pattern.Text) []int {
	ff := lexicon.LanhamAuthorshipFalseFriend()
	for _, loc := range lexicon.LanhamAuthorship().FindAllText(text) {
		if !ff.MatchText(text.From(loc[0])) {
			return loc
		}
	}
	return nil
}

// passesOffWork reports a false-association count (§ 43(a)(1)(A)) that
// uses no mark: its theory is that Defendant presented Plaintiff's work as
// its own creation ("placing its own copyright notice on the Photograph"),
// which is the Dastar case itself (RULES.md §3.D: "lanham-fa (and
// lanham-a) counts").
func passesOffWork(p *lint.Pass) bool {
	c := p.Count()
	if !c.Has(legal.ClaimLanhamA) {
		return false
	}
	text := c.Title
	for _, s := range p.Own() {
		text += " " + s.Text
	}
	return !lexicon.LanhamMarkUse().Match(text)
}
