package copyright

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// CopyrightRegistrationTimingRemedies notes when the complaint asks for
// statutory damages or attorney's fees on a copyright claim although its own
// dates put the first infringing act before the registration (§ 412).
var CopyrightRegistrationTimingRemedies = &lint.Check{
	ID:         "copyright-registration-timing-remedies",
	Title:      "Pleaded dates suggest § 412 bars statutory damages and fees",
	Scope:      lint.ScopeDocument,
	Severity:   lint.Info,
	Confidence: 0.5,
	Doc: lint.Doc{
		Requirement: "17 U.S.C. § 412 bars statutory damages and attorney's fees for infringement of an unpublished work begun before its registration, and of a published work begun after first publication and before registration, unless the work was registered within three months of first publication.",
		Authority:   authority.Section412,
		Insufficient: []string{
			"\"Defendant began copying in 2011\" + \"Registration effective March 3, 2013\" + \"Plaintiff seeks statutory damages.\"",
		},
		Sufficient: []string{
			"The registration predates the first infringing act.",
			"The work was registered within three months of its first publication.",
			"The prayer asks only for actual damages and profits.",
		},
		Fix:     "Confirm the registration/publication dates; if § 412 applies, drop or narrow the statutory-damages and fee request.",
		Message: "The pleaded dates suggest § 412 bars statutory damages and fees for this work.",
		Traps: []string{
			"separate works with different registration dates are compared per work where the complaint ties dates to works",
			"infringement that began before registration and continued after it still \"commenced\" before registration",
			"fees and statutory damages under other statutes (Lanham Act, DMCA § 1203, DTSA)",
			"registration within three months of first publication",
		},
	},
	Run: runCopyrightRegistrationTiming,
}

// datedSentence is a date pleaded for an event, with the sentence and the
// work terms the sentence uses.
type datedSentence struct {
	s     *document.Sentence
	when  dateSpan
	works []string
}

func runCopyrightRegistrationTiming(p *lint.Pass) {
	d := p.Doc
	var copyrightCounts []int
	for ci := range d.Counts {
		if d.Counts[ci].Has(legal.ClaimCopyright) && d.Counts[ci].Primary() != legal.ClaimDMCA {
			copyrightCounts = append(copyrightCounts, ci)
		}
	}
	if len(copyrightCounts) == 0 {
		return
	}
	relief, reliefLoc := reliefRequest(d, copyrightCounts)
	if relief == nil {
		return
	}
	for i := range d.Sentences {
		if lexicon.CopyrightThreeMonths().MatchText(d.Sentences[i].Indexed()) {
			return
		}
	}
	regs := registrationDates(d)
	if len(regs) == 0 {
		return
	}
	pt := plead.PartyRoles(d)
	start := earliestAct(p, copyrightCounts, pt)
	if start == nil {
		return
	}
	pubs := publicationDates(d)
	// Compare against the registration of the same work when the complaint
	// ties both to one defined term; otherwise against the earliest
	// registration, which can only under-report.
	var reg *datedSentence
	for i := range regs {
		if shareWork(regs[i].works, start.works) && (reg == nil || regs[i].when.lo.Before(reg.when.lo)) {
			reg = &regs[i]
		}
	}
	if reg == nil {
		for i := range regs {
			if reg == nil || regs[i].when.lo.Before(reg.when.lo) {
				reg = &regs[i]
			}
		}
	}
	if !start.when.hi.Before(reg.when.lo) {
		return
	}
	// § 412(2)'s grace period: registration within three months of first
	// publication, for infringement begun after publication.
	for _, pub := range pubs {
		if len(pub.works) > 0 && len(reg.works) > 0 && !shareWork(pub.works, reg.works) {
			continue
		}
		if !reg.when.lo.After(pub.when.hi.AddDate(0, 3, 0)) && !start.when.hi.Before(pub.when.lo) {
			return
		}
	}
	f := lint.Finding{
		Span:     plead.PhraseSpan(relief, reliefLoc),
		Severity: p.Check.SeverityIn(p.Profile),
		Related: []lint.Related{
			{Span: reg.s.Span, Message: "registration effective date pleaded here"},
			{Span: start.s.Span, Message: "earliest pleaded infringing act"},
		},
	}
	p.Report(f)
}

// reliefRequest finds the request for statutory damages or fees on the
// copyright claim: in the prayer for relief, or in a copyright count.
func reliefRequest(d *document.Document, counts []int) (*document.Sentence, []int) {
	relief := lexicon.CopyrightRelief412()
	other := lexicon.CopyrightReliefOtherStatute()
	cr := lexicon.CopyrightReliefCopyright()
	inCopyrightCount := func(s *document.Sentence) bool {
		for _, ci := range counts {
			if s.Count == ci {
				return true
			}
		}
		return false
	}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Section != document.SectionPrayer && !inCopyrightCount(s) {
			continue
		}
		// Judge each item of the prayer on its own: "(c) statutory damages
		// under 17 U.S.C. § 504(c); (d) fees under 15 U.S.C. § 1117".
		off := 0
		for _, item := range splitItems(s.Text) {
			for _, loc := range relief.FindAll(item) {
				if other.Match(item) && !cr.Match(item) {
					continue
				}
				return s, []int{off + loc[0], off + loc[1]}
			}
			off += len(item)
		}
	}
	return nil, nil
}

// splitItems cuts text after each semicolon, keeping every byte so offsets
// add up.
func splitItems(t string) []string {
	var out []string
	start := 0
	for i := 0; i < len(t); i++ {
		if t[i] == ';' {
			out = append(out, t[start:i+1])
			start = i + 1
		}
	}
	return append(out, t[start:])
}

// registrationDates finds registration effective dates: a date in the
// registration clause of a sentence that pleads a copyright registration.
func registrationDates(d *document.Document) []datedSentence {
	var out []datedSentence
	num := lexicon.CopyrightRegNumber()
	pending := lexicon.CopyrightRegPending()
	for i := range d.Sentences {
		s := &d.Sentences[i]
		t := s.Text
		registration := num.MatchText(s.Indexed()) || (reCopyrightWord.MatchText(s.Indexed()) && reRegistWord.MatchText(s.Indexed()))
		if !registration || pending.MatchText(s.Indexed()) {
			continue
		}
		for _, dm := range legal.DatesText(s.Indexed()) {
			// A year in a work's quoted title ("2018 Compact SUV
			// Comparison") dates the subject, not the registration.
			if citationDate(pattern.Plain(t), dm) || insideQuotes(t, dm.Start) {
				continue
			}
			cl := plead.ClauseAround(pattern.Plain(t), dm.Start, dm.End)
			if !reRegistWord.MatchString(cl) && !strings.Contains(strings.ToLower(cl), "effective") && !num.Match(cl) {
				continue
			}
			if b := boundsOf(dm); b.ok {
				out = append(out, datedSentence{s: s, when: b, works: workTerms(d, t)})
			}
		}
	}
	return out
}

var rePublished = pattern.MustCompile(`(?i)\bpubli(?:shed|cation)\b`)

// publicationDates finds pleaded first-publication dates.
func publicationDates(d *document.Document) []datedSentence {
	var out []datedSentence
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if !rePublished.MatchText(s.Indexed()) {
			continue
		}
		for _, dm := range legal.DatesText(s.Indexed()) {
			cl := plead.ClauseAround(s.Indexed(), dm.Start, dm.End)
			if citationDate(s.Indexed(), dm) || !rePublished.MatchString(cl) {
				continue
			}
			if b := boundsOf(dm); b.ok {
				out = append(out, datedSentence{s: s, when: b, works: workTerms(d, s.Text)})
			}
		}
	}
	return out
}

// earliestAct finds the earliest date pleaded for an infringing act in the
// scope of the copyright counts.
func earliestAct(p *lint.Pass, counts []int, pt plead.PartyTerms) *datedSentence {
	d := p.Doc
	var best *datedSentence
	seen := map[*document.Sentence]bool{}
	for _, ci := range counts {
		cp := p.OnCount(ci)
		for _, s := range actSentences(cp, pt) {
			if seen[s] {
				continue
			}
			seen[s] = true
			texts := []string{s.Text}
			for _, ds := range actDefinitions(cp, s, pt) {
				texts = append(texts, ds.Text)
			}
			for _, t := range texts {
				for _, dm := range actDates(t) {
					b := boundsOf(dm)
					if !b.ok {
						continue
					}
					if best == nil || b.hi.Before(best.when.hi) {
						best = &datedSentence{s: s, when: b, works: workTerms(d, s.Text)}
					}
				}
			}
		}
	}
	return best
}

// workTerms lists the defined terms a sentence uses, other than party names.
func workTerms(d *document.Document, text string) []string {
	pt := plead.PartyRoles(d)
	var out []string
	for _, def := range d.DefinitionsUsed(text) {
		if !plead.IsPartyWord(pt, def.Term) {
			out = append(out, def.Term)
		}
	}
	return out
}

func shareWork(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// insideQuotes reports whether position pos of t falls between an opening
// and a closing quotation mark: straight quotes by their parity, curly
// quotes by which of the two came last.
func insideQuotes(t string, pos int) bool {
	head := t[:pos]
	if strings.Count(head, `"`)%2 == 1 {
		return true
	}
	return strings.LastIndex(head, "“") > strings.LastIndex(head, "”")
}
