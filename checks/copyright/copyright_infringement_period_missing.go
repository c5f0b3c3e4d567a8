package copyright

import (
	"slices"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// CopyrightInfringementPeriodMissing flags a copyright count that never says when
// the copying happened (Kelly element 4, the ground Liveperson dismissed
// Count I on).
var CopyrightInfringementPeriodMissing = &lint.Check{
	ID:         "copyright-infringement-period-missing",
	Title:      "Copyright count never says when the infringement happened",
	Family:     legal.ClaimCopyright,
	Severity:   lint.Error,
	Confidence: 0.8,
	Doc: lint.Doc{
		Requirement: "S.D.N.Y. courts require a copyright complaint to say \"by what acts during what time\" the defendant infringed (Kelly element 4). Liveperson dismissed a software-copying claim because the complaint gave neither a start date nor a period of infringement; a broad but explicit, bounded period is enough, silence is not. The period also drives the three-year limitations period (17 U.S.C. § 507(b)) and § 412 remedies.",
		Authority:   authority.Cite(authority.Kelly, authority.Liveperson),
		Insufficient: []string{
			"Defendant copied LivePerson's proprietary source code and incorporated it into its own products.",
			"Upon information and belief, Defendant has infringed and continues to infringe Plaintiff's copyrights.",
			"At some point during the parties' relationship, Defendant reproduced the Engagement Module.",
			"Defendant's competing platform contains code copied from the LP Chat Software.",
		},
		Sufficient: []string{
			"Beginning no later than March 2012 and continuing to the date of this Complaint, Defendant reproduced the Engagement Module (Reg. No. TX 7-654-321) in its 'Acme Assist' product.",
			"On or about June 14, 2013, Defendant's engineers copied the rules-engine module from the shared staging server; Defendant has distributed Acme Assist containing that code to customers from July 2013 to the present.",
			"From 2006, when the parties signed the Co-Marketing Agreement, through May 2014 (the 'Infringement Period'), Defendant ...",
		},
		Fix:     "State a start date (or 'no later than' date) and an end date or 'to the present' for each infringing act, tied to the accused product or version; a bounded range is enough.",
		Message: "This copyright count never says when the accused copying happened; S.D.N.Y. courts require a complaint to say by what acts during what time the defendant infringed (Kelly), and Liveperson dismissed a software-copying claim for exactly this gap.",
		Traps: []string{
			"dates in the facts section reach the count through incorporation",
			"dates of registration, authorship, publication or contract formation do not date the copying",
			"a defined period (\"the Infringement Period\") used in the copying sentence",
			"declaratory-judgment counts by an accused infringer are skipped",
			"quarters and fiscal years (\"Q2 2013\", \"FY2013\") are dates",
			"\"continuing\" with the start date in a neighbouring sentence of the same paragraph",
			"a relative anchor (\"after the Agreement terminated\") that resolves to a dated event in the count's scope",
			"years in case citations (\"(S.D.N.Y. 2015)\") and statute names (\"Copyright Act of 1976\") do not date anything",
			"counts under foreign copyright law are skipped",
			"an act sentence that points to a numbered paragraph (\"the fees alleged in paragraph 11\") takes that paragraph's dates",
			"a count against one defendant for another's infringement (an owner or investor) takes the period of that infringement",
			"a secondary count is dated by the direct infringers' act, also when a relative clause pleads it (\"the technicians who uploaded the Manual from June 2020\")",
		},
	},
	Run: runCopyrightInfringementPeriod,
}

func runCopyrightInfringementPeriod(p *lint.Pass) {
	own := p.Own()
	for _, s := range own {
		if lexicon.DefendantDenies().MatchText(s.Indexed()) {
			return
		}
	}
	if c := p.Count(); c != nil && (lexicon.CopyrightForeignLaw().Match(c.Title) || anyMatch(own, lexicon.CopyrightForeignLaw())) {
		return
	}
	scope := p.Scope()
	pt := plead.PartyRoles(p.Doc)
	acts := actSentences(p, pt)
	if isSecondaryCount(p) {
		// The period of a secondary count is that of the direct
		// infringement it rests on (RULES-FORUM.md §F2.2).
		acts = directActs(p, pt)
	}
	dated := acts
	if len(ccCountTargets(p, pt)) > 0 && !anyMatch(acts, lexicon.CopyrightAct106()) {
		// A count against one defendant for another's infringement ("liable
		// for the infringement ... because of his position on the board")
		// pleads no act of its own: the period is that of the infringement
		// it rests on, whoever committed it.
		dated = actSentencesOf(p, pt, nil)
	}
	for _, s := range dated {
		if datesActSentence(p.Doc, s) || defsDateAct(p, s, pt) || paragraphDatesAct(p.Doc, pt, s) ||
			anaphoricDate(p.Doc, s) || relativeAnchorResolves(scope, pt, s) || crossRefDatesAct(p.Doc, s) {
			p.Observe("copyright.period", lint.Pleaded, s)
			return
		}
	}
	sev, conf := plead.AbsenceSeverity(p)
	// The default message asks when Defendant copied; a secondary count
	// pleads someone else's copying, so it names what such a count leaves
	// undated (RULES-FORUM.md §F2.2).
	msg := ""
	if isSecondaryCount(p) {
		msg = secondaryPeriodMessage(p, acts)
	}
	anchor := plead.FirstOwn(p, acts, func(*document.Sentence) bool { return true })
	if anchor == nil {
		f := lint.Finding{Span: lint.HeadingLine(p.Doc, p.Count()), Severity: sev, Missing: true, Confidence: conf, Message: msg}
		p.Report(f)
		return
	}
	// Offer the placeholder an attorney fills in: the period goes first,
	// where a reader of the copying sentence looks for it.
	p.Report(lint.Finding{
		Span: anchor.Span, Severity: sev, Missing: true, Confidence: conf, Message: msg,
		Suggestions: []lint.SuggestedFix{{
			Title: "Insert a [DATE RANGE] placeholder for the infringement period",
			Edits: []lint.Edit{{Span: lint.Span{Start: anchor.Span.Start, End: anchor.Span.Start}, NewText: "From [START DATE] through [END DATE or the present], "}},
		}},
	})
}

// defsDateAct: "During the Infringement Period, 24/7 copied ..." is dated
// by the definition of the Infringement Period.
func defsDateAct(p *lint.Pass, s *document.Sentence, pt plead.PartyTerms) bool {
	for _, ds := range actDefinitions(p, s, pt) {
		if datesActSentence(p.Doc, ds) {
			return true
		}
	}
	return false
}

func anyMatch(ss []*document.Sentence, l *pattern.Lexicon) bool {
	for _, s := range ss {
		if l.MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}

var reAnaphor = pattern.MustCompile(`(?i)^\s*(?:it|they|this|such|that|these|those|the (?:copying|infringement|conduct|infringing conduct|same))\b|\b(?:doing so|did so|has done so|this (?:copying|conduct|infringement))\b`)

// paragraphDatesAct looks at the other sentences of the act's paragraph: "24/7
// has copied the Module and continues to do so. It began doing so in March
// 2012." dates the copying. A neighbour counts when it carries an act date
// and talks about the act: an act verb, a period word ("began",
// "continuing", "since") and a reference to Defendant or to the act.
func paragraphDatesAct(d *document.Document, pt plead.PartyTerms, s *document.Sentence) bool {
	// Neighbouring sentences only (ten either way): a date that far from
	// the act is not its date, and a pathological one-paragraph file stays
	// linear.
	para := &d.Paragraphs[s.Paragraph]
	from, to := max(para.FirstSentence, s.Index-10), min(para.EndSentence, s.Index+11)
	for i := from; i < to; i++ {
		o := &d.Sentences[i]
		if o == s || !datesActSentence(d, o) {
			continue
		}
		about := plead.MentionsDefendant(pt.Defendant, o.Indexed()) || reAnaphor.MatchText(o.Indexed())
		period := isAct(o.Indexed()) || legal.IsOpenEndedText(o.Indexed()) || lexicon.TimeRangeCue().MatchText(o.Indexed()) ||
			lexicon.CopyrightStartWord().MatchText(o.Indexed())
		if about && period {
			return true
		}
	}
	return false
}

// anaphoricDate: "LP delivered the Module to 24/7 on May 1, 2012. Since then,
// 24/7 has copied it." — the act points back at the date of the sentence
// before it.
func anaphoricDate(d *document.Document, s *document.Sentence) bool {
	if !lexicon.CopyrightAnaphoricTime().MatchText(s.Indexed()) {
		return false
	}
	idx := plead.SentenceIndex(d, s)
	for i := idx - 1; i >= 0 && i >= idx-2; i-- {
		o := &d.Sentences[i]
		if o.Heading {
			break
		}
		if legal.HasTimeText(o.Indexed()) {
			for _, dm := range legal.DatesText(o.Indexed()) {
				if !citationDate(o.Indexed(), dm) {
					return true
				}
			}
		}
	}
	return false
}

// relativeAnchorResolves: "After the Agreement terminated, 24/7 kept
// distributing the Module" is dated when the scope says when the Agreement
// terminated.
func relativeAnchorResolves(scope []*document.Sentence, pt plead.PartyTerms, s *document.Sentence) bool {
	evs := relativeEvents(s.Indexed(), pt)
	if len(evs) == 0 {
		return false
	}
	for _, o := range scope {
		if o == s {
			continue
		}
		for _, e := range evs {
			if e.resolves(o.Text) {
				return true
			}
		}
	}
	return false
}

// crossRefDatesAct: "Defendant received the subscription fees alleged in
// paragraph 11" is dated when paragraph 11 is: a count that points at the
// numbered facts it rests on takes their dates.
func crossRefDatesAct(d *document.Document, s *document.Sentence) bool {
	for _, m := range plead.ReIncNumbers.FindAllTextSubmatch(s.Indexed(), -1) {
		lo, hi, ok := plead.ParagraphRange(m)
		// A short range is a pointer to facts; a long one is an
		// incorporation clause, which the count's scope already reads.
		if !ok || hi.Compare(lo) < 0 || !hi.Outline() && !lo.Outline() && hi.Major()-lo.Major() > 10 {
			continue
		}
		named := d.AllegationsBetween(lo, hi)
		if len(named) > 11 {
			continue
		}
		for _, ai := range named {
			para := &d.Paragraphs[d.Allegations[ai].Paragraph]
			for j := para.FirstSentence; j < para.EndSentence; j++ {
				if o := &d.Sentences[j]; o != s && datesActSentence(d, o) {
					return true
				}
			}
		}
	}
	return false
}

const (
	msgPeriodSecondary       = "This secondary-liability count never says when the infringement it rests on happened: neither when the direct infringer copied, distributed, displayed or performed the works nor when Defendant contributed to that infringement or drew a financial benefit from it."
	msgPeriodSecondaryDirect = "This secondary-liability count dates only Defendant's own part; it never says when the infringement it rests on happened (when the direct infringer copied, distributed, displayed or performed the works)."
)

// secondaryPeriodMessage names what a contributory or vicarious count
// leaves undated: the direct infringement always (the rule found no date
// for it), and Defendant's contribution or benefit unless one of the
// count's own allegations, other than the direct acts, carries a date.
func secondaryPeriodMessage(p *lint.Pass, direct []*document.Sentence) string {
	for _, s := range p.Own() {
		if slices.Contains(direct, s) || plead.IsIncorporation(p, s) {
			continue
		}
		if datesActSentence(p.Doc, s) {
			return msgPeriodSecondaryDirect
		}
	}
	return msgPeriodSecondary
}
