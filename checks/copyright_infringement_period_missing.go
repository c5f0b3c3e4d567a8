package checks

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
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
		Authority:   cite(authKelly, authLiveperson),
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
		Message: "This copyright count never says when the accused copying happened; S.D.N.Y. courts require 'by what acts during what time' (Kelly), and Liveperson dismissed a software-copying claim for exactly this gap.",
		Traps: []string{
			"dates in the facts section reach the count through incorporation",
			"dates of registration, authorship, publication or contract formation do not date the copying",
			"a defined period (\"the Infringement Period\") used in the copying sentence",
			"declaratory-judgment counts by an accused infringer are skipped",
		},
	},
	Run: runCopyrightInfringementPeriod,
}

func runCopyrightInfringementPeriod(p *lint.Pass) {
	own := p.Own()
	for _, s := range own {
		if legal.Lex("defendant.denies").Match(s.Text) {
			return
		}
	}
	scope := p.Scope()
	terms := defendantTerms(p.Doc)
	act := legal.Lex("copyright.act")
	var acts []*document.Sentence
	for _, s := range scope {
		if act.Match(s.Text) && mentionsDefendant(terms, s.Text) {
			acts = append(acts, s)
		}
	}
	dated := paragraphDates{}
	for _, s := range acts {
		if datesAct(s.Text) || datesAct(definitionsText(p, s)) || dated.datesAct(p.Doc, s) {
			return
		}
	}
	anchor := firstOwn(p, acts, func(*document.Sentence) bool { return true })
	if anchor == nil {
		p.ReportMissing(nil, p.Check.SeverityIn(p.Profile), "")
		return
	}
	// Offer the placeholder an attorney fills in: the period goes first,
	// where a reader of the copying sentence looks for it.
	p.Report(lint.Finding{
		Span: anchor.Span, Severity: p.Check.SeverityIn(p.Profile), Missing: true,
		Suggestions: []lint.SuggestedFix{{
			Title: "Insert a [DATE RANGE] placeholder for the infringement period",
			Edits: []lint.Edit{{Span: lint.Span{Start: anchor.Span.Start, End: anchor.Span.Start}, NewText: "From [START DATE] through [END DATE or the present], "}},
		}},
	})
}

// datesAct reports whether text carries a date that can date an act: a
// temporal anchor in a sentence that is not about registration, creation,
// publication or contract formation — unless a range cue ties the date to
// the act ("from 2006, when the parties signed ...").
func datesAct(text string) bool {
	if text == "" || !legal.HasTime(text) {
		return false
	}
	if !legal.Lex("copyright.non-act-date").Match(text) {
		return true
	}
	return legal.Lex("time.range-cue").Match(text) && legal.Lex("copyright.act").Match(text)
}

// definitionsText is the text of the definitions of terms a sentence uses.
func definitionsText(p *lint.Pass, s *document.Sentence) string {
	out := ""
	for _, d := range p.Definitions(s) {
		out += d.Text + " "
	}
	return out
}

// paragraphDates remembers, per paragraph, which of its sentences date an
// act, so a paragraph of n sentences costs O(n) rather than O(n²) when
// every one of them is an act (a pasted exhibit, a hostile file).
type paragraphDates map[int][]int

// datesAct looks at the other sentences of the act's numbered paragraph:
// "Defendant copied the Module. It has done so continuously since March
// 2012." dates the copying.
func (m paragraphDates) datesAct(d *document.Document, s *document.Sentence) bool {
	if s.Allegation < 0 {
		return false
	}
	dated, ok := m[s.Paragraph]
	if !ok {
		para := &d.Paragraphs[s.Paragraph]
		// Two dated sentences are enough to answer for every sentence.
		for i := para.FirstSentence; i < para.EndSentence && len(dated) < 2; i++ {
			if sentenceDatesAct(d.Sentences[i].Text) {
				dated = append(dated, i)
			}
		}
		m[s.Paragraph] = dated
	}
	for _, i := range dated {
		if i != s.Index {
			return true
		}
	}
	return false
}

func sentenceDatesAct(text string) bool {
	return legal.HasTime(text) && !legal.Lex("copyright.non-act-date").Match(text) &&
		(legal.Lex("copyright.act").Match(text) || legal.IsOpenEnded(text) || legal.Lex("time.range-cue").Match(text))
}
