package pleading

import (
	"slices"
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// PlausibilityInformationAndBeliefUnsupported flags "upon information and
// belief" without the facts the belief rests on (Arista Records; Citizens
// United). Info per allegation; a warning when the act a count's element
// rules look for (copying, access, circumvention, breach, dissemination) is
// alleged only that way.
var PlausibilityInformationAndBeliefUnsupported = &lint.Check{
	ID:         "plausibility-information-and-belief-unsupported",
	Title:      "Allegation on information and belief without its basis",
	Scope:      lint.ScopeDocument,
	Severity:   lint.Info,
	Confidence: 0.5,
	Group:      hygieneGroup,
	Doc: lint.Doc{
		Requirement: "Pleading on information and belief is permitted where the facts are peculiarly within the defendant's possession and control, or where the belief rests on factual information that makes the inference of culpability plausible (Arista Records); such allegations should be accompanied by the facts on which the belief is founded (Citizens United v. Schneiderman). Each unsupported allegation is noted as info; when the act an element of the count depends on is pleaded only that way, it is a warning.",
		Authority:   authority.Cite(authority.Arista, authority.CitizensUnited),
		Insufficient: []string{
			"Upon information and belief, Defendant copied LP's code.",
			"On information and belief, Defendant accessed LP's servers on numerous occasions.",
			"Upon information and belief, Defendant continues to infringe.",
		},
		Sufficient: []string{
			"Upon information and belief — because Defendant's client script contains LP's misspelled function name 'initalizeChat' and LP's internal comments (Ex. C) — Defendant copied LP's code.",
			"On information and belief, based on LP's server logs showing 1,312 requests from IP addresses assigned to Defendant between March and May 2013, Defendant ...",
		},
		Fix:     "State the basis for the belief (documents, logs, code comparisons, witness statements) or plead the fact directly.",
		Message: msgInfoBelief,
		Traps: []string{
			"the basis given in the next sentence (\"This belief is based on ...\")",
			"a date alone is not a basis: it says when the act happened, not why the pleader believes it did",
			"a party's state of incorporation or residence pleaded on information and belief in the Parties or jurisdiction sections",
			"the defendant's internal facts (intent, internal distribution) stay info: they are peculiarly within its knowledge",
		},
	},
	Run: runInfoBelief,
}

// reBlanketBelief marks a preface that puts a whole section or run of
// paragraphs on information and belief.
var reBlanketBelief = pattern.MustCompile(`(?i)\b(?:the |all )?(?:allegations|averments|facts|statements|paragraphs)\s+(?:in|of|set forth in|contained in)\s+(?:this|the following)\s+(?:section|part|subsection|heading|paragraphs?)\b|\bthe following (?:allegations|paragraphs|facts)\b|\b(?:this|the following) section is (?:alleged|made|pleaded)\b|\bparagraphs?\s+\d+\s*(?:through|to|-|–)\s*\d+\s+(?:are|is)\s+(?:made|alleged|pleaded)\b`)

var reAsAlleged = pattern.MustCompile(`(?i)\bas (?:alleged|set forth|described|pleaded) (?:in (?:section|part|subsection)\b|above\b)`)

const msgInfoBelief = "This element is alleged only on information and belief, without the facts the belief rests on."

// infoBeliefMessage quotes the belief phrase the allegation uses.
func infoBeliefMessage(d *document.Document, span lint.Span) string {
	return "This element is alleged only " + plead.Quote(d, span) + ", without the facts the belief rests on."
}

func runInfoBelief(p *lint.Pass) {
	d := p.Doc
	pt := plead.PartiesFor(d)
	// Unsupported I&B sentences and where their phrase is.
	bare := map[int]lint.Span{}
	var order []int
	// covered: sentences a blanket preface puts on belief ("The
	// allegations in this Section B are made upon information and
	// belief."), mapped to the preface's phrase.
	covered := map[int]lint.Span{}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if openingPreface(s) {
			// A note on a preface that puts the whole complaint on belief
			// only: the key-act test below does not read every allegation
			// as made on belief, since a complaint-wide preface says
			// nothing about any one of them. The common preface that keeps
			// the pleader's own acts on personal knowledge is no note.
			if wholeComplaintOnBelief(d, s) {
				bare[i] = plead.PhraseSpan(s, lexicon.Ib().FindText(s.Indexed()))
				order = append(order, i)
			}
			continue
		}
		if !infoBeliefSentence(s) {
			continue
		}
		loc := lexicon.Ib().FindText(s.Indexed())
		if loc == nil {
			continue
		}
		if reBlanketBelief.MatchText(s.Indexed()) {
			// The preface is never supported by the sentence after it:
			// that sentence is what it puts on belief.
			span := plead.PhraseSpan(s, loc)
			bare[i] = span
			order = append(order, i)
			for j := i + 1; j < len(d.Sentences) && !d.Sentences[j].Heading && d.Sentences[j].Count == s.Count && d.Sentences[j].Section == s.Section; j++ {
				if !lexicon.Ib().MatchText(d.Sentences[j].Indexed()) {
					covered[j] = span
				}
			}
			continue
		}
		if beliefSupported(d, i, pt) {
			continue
		}
		bare[i] = plead.PhraseSpan(s, loc)
		order = append(order, i)
	}
	// The key-act test below reads a covered sentence as alleged on belief;
	// the per-allegation notes stay on the preface itself.
	var anyCovered lint.Span
	for _, sp := range covered {
		anyCovered = sp
		break
	}
	onBelief := func(si int) (lint.Span, bool) {
		if sp, ok := bare[si]; ok {
			return sp, true
		}
		if sp, ok := covered[si]; ok {
			return sp, true
		}
		// "Ardent infringed ... as alleged in Section B": a count that
		// restates facts pleaded under a blanket preface, by pointing back
		// to them, rests on the same belief.
		if len(covered) > 0 && reAsAlleged.MatchText(d.Sentences[si].Indexed()) {
			return anyCovered, true
		}
		return lint.Span{}, false
	}
	if len(order) == 0 {
		return
	}
	// Counts whose key act is alleged only on unsupported belief.
	warned := map[int]bool{}
	terms := plead.DefendantTerms(d)
	for ci := range d.Counts {
		c := &d.Counts[ci]
		lexs := keyActLexicons(c)
		if len(lexs) == 0 {
			continue
		}
		// A count brought against named defendants rests on their acts.
		targets := plead.CountTargets(c, pt)
		var acts []int
		believed := map[int]bool{}
		for _, scoped := range d.ScopeSentences(ci) {
			si := int(scoped)
			s := &d.Sentences[si]
			if !plead.AllegationSentence(s) || incorporationSentence(d, si) || !plead.MentionsDefendant(terms, s.Indexed()) {
				continue
			}
			if targets != nil && !plead.NamesAny(s.Text, targets) {
				continue
			}
			hit := false
			for _, l := range lexs {
				hit = hit || l.MatchText(s.Indexed())
			}
			if !hit {
				continue
			}
			acts = append(acts, si)
			_, believed[si] = onBelief(si)
		}
		// A count that says where its act is pleaded ("as alleged in
		// Section B") rests on that section: an act in another section
		// the count does not point to is not what it relies on.
		judged := acts
		if pointsBack := slices.ContainsFunc(acts, func(si int) bool {
			return d.Sentences[si].Count == ci && believed[si] && reAsAlleged.MatchText(d.Sentences[si].Indexed())
		}); pointsBack {
			judged = slices.DeleteFunc(slices.Clone(acts), func(si int) bool { return d.Sentences[si].Count != ci })
		}
		if len(judged) == 0 || slices.ContainsFunc(judged, func(si int) bool { return !believed[si] }) {
			continue
		}
		anchor := -1
		for _, si := range acts {
			if d.Sentences[si].Count == ci {
				anchor = si
				break
			}
		}
		f := lint.Finding{Severity: lint.Warning, Message: msgInfoBelief}
		if anchor >= 0 {
			sp, _ := onBelief(anchor)
			f.Message = infoBeliefMessage(d, sp)
			f.Span = sp
			if _, own := bare[anchor]; !own {
				// The count points back to facts a preface put on belief:
				// the finding sits on the count's sentence, quoting the
				// preface.
				f.Span = d.Sentences[anchor].Span
				f.Related = append(f.Related, lint.Related{Span: sp, Message: "the preface that puts these facts on information and belief"})
			}
			warned[anchor] = true
		} else {
			// The act is pleaded only in the facts: the count heading is
			// where the element is missing; the facts sentence is related.
			f.Span = lint.HeadingLine(d, c)
			sp, _ := onBelief(acts[0])
			f.Message = infoBeliefMessage(d, sp)
			f.Missing = true
			f.Related = append(f.Related, lint.Related{Span: d.Sentences[acts[0]].Span, Message: "the only allegation of the act, on information and belief"})
		}
		p.Report(f)
	}
	seenPara := map[int]bool{}
	for _, si := range order {
		s := &d.Sentences[si]
		if warned[si] || seenPara[s.Paragraph] {
			continue
		}
		seenPara[s.Paragraph] = true
		p.Report(lint.Finding{Span: bare[si], Severity: p.Check.SeverityIn(p.Profile), Message: infoBeliefMessage(d, bare[si])})
	}
}

// openingPreface reports the pleader's unnumbered opening sentence, before
// the Parties, that says how the complaint is alleged ("Plaintiff ...
// alleges upon information and belief as follows:").
func openingPreface(s *document.Sentence) bool {
	return !s.Heading && s.Allegation < 0 && (s.Section == document.SectionCaption || s.Section == document.SectionPreliminary) &&
		lexicon.Ib().MatchText(s.Indexed()) && lexicon.IbOpening().MatchText(s.Indexed())
}

// wholeComplaintOnBelief reports an opening preface that puts everything
// the complaint alleges on information and belief, with no basis and no
// part pleaded on the pleader's own knowledge ("upon personal knowledge as
// to itself and its own acts, and otherwise upon information and belief").
func wholeComplaintOnBelief(d *document.Document, s *document.Sentence) bool {
	body := paragraphBody(d, s)
	return !lexicon.IbCarveOut().Match(body) && !lexicon.IbBasis().Match(body)
}

// infoBeliefSentence reports whether the rule reads s: allegations of the
// facts and counts, and the preliminary statement; never the Parties or
// jurisdiction sections (a party's citizenship on belief is routine), the
// caption, the prayer or the signature block.
func infoBeliefSentence(s *document.Sentence) bool {
	if plead.AllegationSentence(s) {
		return true
	}
	return !s.Heading && s.Section == document.SectionPreliminary
}

// beliefSupported reports whether a belief comes with its basis: a basis
// cue ("because", "based on") or a concrete fact in the sentence or in the
// next one (RULES.md: "in the same sentence or the next one"), which may
// open the next allegation ("This belief is based on ...") if it says it
// gives the basis; a heading between them ends the search. A date alone is
// not a basis: it says when the act is believed to have happened, not why
// the pleader believes it.
func beliefSupported(d *document.Document, si int, pt *plead.GeneralParties) bool {
	s := &d.Sentences[si]
	text := s.Text
	if loc := lexicon.Ib().Find(text); loc != nil {
		text = text[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + text[loc[1]:]
	}
	if lexicon.IbBasis().Match(text) || hasFact(pattern.Plain(withoutDates(pattern.Plain(text))), pt) {
		return true
	}
	if si+1 >= len(d.Sentences) {
		return false
	}
	next := &d.Sentences[si+1]
	if next.Heading || next.Section != s.Section || lexicon.Ib().MatchText(next.Indexed()) && !lexicon.IbBasis().MatchText(next.Indexed()) {
		return false
	}
	if lexicon.IbBasis().MatchText(next.Indexed()) || lexicon.IbBasisLead().MatchText(next.Indexed()) {
		return true
	}
	// A concrete fact in the next allegation is that allegation's own
	// matter ("... damaged in an amount not less than $1,000,000"), not the
	// ground of this belief, unless it says it is.
	return next.Paragraph == s.Paragraph && hasFact(pattern.Plain(withoutDates(next.Indexed())), pt)
}

// withoutDates blanks the dates and periods in text, keeping offsets.
func withoutDates(text pattern.Text) string {
	ds := legal.DatesText(text)
	if len(ds) == 0 {
		return text.String()
	}
	b := []byte(text.String())
	for _, dm := range ds {
		for i := dm.Start; i < dm.End; i++ {
			if b[i] < 0x80 {
				b[i] = ' '
			}
		}
	}
	return string(b)
}
