package checks

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// Helpers of the DMCA § 1201 rules (RULES.md §3.B).

// blankStatute replaces quoted statutory wording ("to decrypt an encrypted
// work") with spaces, keeping offsets, so that quoting § 1201(a)(3) does
// not read as pleading a measure.
func blankStatute(span legal.Text) legal.Text {
	// Every statutory phrase ends in one of these words; most sentences
	// have none of them.
	t := span.String()
	if !strings.Contains(t, "work") && !strings.Contains(t, "measure") && !strings.Contains(t, "information") && !strings.Contains(t, "treatment") {
		return span
	}
	return blankLex(lexicon.DmcaStatuteQuote(), span)
}

// verbMatches returns the matches of a verb lexicon in text, leaving out
// capitalised words inside a sentence: "Forge" the company is not "forge"
// the verb, nor "Patch" the product "patch".
func verbMatches(l *legal.Lexicon, text string, pt partyTerms) [][]int {
	var out [][]int
	for _, m := range l.FindAll(text) {
		if text[m[0]] >= 'A' && text[m[0]] <= 'Z' && isPartyWord(pt, text[m[0]:m[1]]) {
			continue // "Forge terminated the license": the party, not the verb
		}
		if m[0] > 0 && text[m[0]] >= 'A' && text[m[0]] <= 'Z' {
			before := strings.TrimRight(text[:m[0]], " \t\n")
			if before != "" && !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "\"") && !strings.HasSuffix(before, "“") && !strings.HasSuffix(before, ":") {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

func hasVerb(l *legal.Lexicon, text string, pt partyTerms) bool {
	return len(verbMatches(l, text, pt)) > 0
}

// defsText is the text of the definitions of the non-party terms a sentence
// uses: a party's defining sentence says nothing about the measure.
func defsText(p *lint.Pass, s *document.Sentence, pt partyTerms) string {
	return docDefsText(p.Doc, s, pt)
}

// docDefsText is defsText for a sentence of doc.
func docDefsText(doc *document.Document, s *document.Sentence, pt partyTerms) string {
	var b strings.Builder
	defining := doc.DefiningSentences(s)
	if len(defining) == 0 {
		return ""
	}
	// The definitions s uses, found once rather than once per defining
	// sentence.
	used := doc.DefinitionsUsed(s.Text)
	for _, d := range defining {
		skip := false
		for _, def := range used {
			if &doc.Sentences[def.Sentence] == d && isPartyWord(pt, def.Term) {
				skip = true
			}
		}
		if !skip {
			b.WriteString(d.Text)
			b.WriteString(" ")
		}
	}
	return b.String()
}

// dmcaText is a sentence's analysis text with statutory wording blanked.
func dmcaText(s *document.Sentence) legal.Text { return blankStatute(s.Indexed()) }

// measureNamed reports whether text names a technological measure in a
// sentence that also circumvents, requires or controls something, or calls
// it a measure.
func measureNamed(span legal.Text, pt partyTerms) bool {
	span = blankLex(lexicon.DmcaNegatedMeasure(), blankStatute(span))
	if lexicon.TpmSelf().MatchText(span) {
		return true
	}
	tpm := lexicon.Tpm()
	if !tpm.MatchText(span) {
		return false
	}
	if lexicon.TpmControlVerb().MatchText(span) {
		return true
	}
	text := span.String()
	// A circumvention verb names the measure when the measure is what was
	// circumvented: "bypassed the license check", "the password was
	// cracked" — not "used the credentials it was given and bypassed the
	// security features".
	generic := lexicon.TpmGeneric()
	for _, m := range verbMatches(lexicon.Circumvent(), text, pt) {
		obj := clauseAfter(text, m[1])
		if tpm.Match(obj) {
			return true
		}
		if generic.Match(obj) {
			continue
		}
		if tpm.Match(clauseAround(legal.Plain(text), m[0], m[1])) {
			return true
		}
	}
	return false
}

// clauseAfter is the text after offset i up to the end of its clause.
func clauseAfter(text string, i int) string {
	rest := text[i:]
	if m := reCCClauseBreak.FindStringIndex(rest); m != nil {
		rest = rest[:m[0]]
	}
	if len(rest) > 100 {
		rest = rest[:100]
	}
	return rest
}

// dmcaMeasureMissing reports whether no sentence of the count's scope (with
// its definitions resolved) names a technological measure — the condition
// on which dmca-1201-measure-unidentified reports.
func dmcaMeasureMissing(p *lint.Pass) bool {
	named := measureFact.Of(p.Doc)
	for _, s := range p.Scope() {
		if i := sentenceIndex(p.Doc, s); i >= 0 && named[i] {
			return false
		}
	}
	return true
}

var measureFact = document.NewFact("technological measure sentences", computeMeasures)

// computeMeasures decides measureNamed for every sentence of a document,
// with the definitions of the terms it uses, once per document.
func computeMeasures(d *document.Document) []bool {
	pt := ccParties(d)
	out := make([]bool, len(d.Sentences))
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Heading {
			continue
		}
		out[i] = measureNamed(s.Indexed(), pt) || measureNamed(legal.Plain(s.Text+" "+docDefsText(d, s, pt)), pt)
	}
	return out
}

// sentenceIndex is a sentence's index in the document, found within its
// paragraph's range.
func sentenceIndex(d *document.Document, s *document.Sentence) int {
	if s.Index >= 0 && s.Index < len(d.Sentences) && &d.Sentences[s.Index] == s {
		return s.Index
	}
	return -1
}

// neighbours returns the sentence with the ones just before and after it in
// the same section (headings excluded), joined.
func neighbours(d *document.Document, s *document.Sentence) string {
	i := sentenceIndex(d, s)
	var b strings.Builder
	for j := i - 1; j <= i+1; j++ {
		if j < 0 || j >= len(d.Sentences) {
			continue
		}
		o := &d.Sentences[j]
		if o.Heading || o.Section != s.Section {
			continue
		}
		b.WriteString(blankStatute(o.Indexed()).String())
		b.WriteString(" ")
	}
	return b.String()
}

// unmatchedMimicry finds the first pleading of reverse engineering, mimicry
// or impersonation by Defendant with no measure named in the same or an
// adjacent sentence, preferring the count's own text. It returns nil when
// there is none.
func unmatchedMimicry(p *lint.Pass) (*document.Sentence, []int) {
	tpm := lexicon.Tpm()
	pt := ccParties(p.Doc)
	var first *document.Sentence
	var firstLoc []int
	for _, s := range p.Scope() {
		t := dmcaText(s)
		loc := pleadedMimicry(t.String())
		if loc == nil {
			continue
		}
		if actorBefore(pt, t.String(), loc[0]) == partyPlaintiff {
			continue
		}
		if tpm.Match(neighbours(p.Doc, s)) || tpm.Match(defsText(p, s, pt)) {
			continue
		}
		if first == nil || (!inCount(p, first) && inCount(p, s)) {
			first, firstLoc = s, loc
		}
	}
	return first, firstLoc
}

// pleadedMimicry finds a mimicry word that pleads an act: not in a promise
// not to do it ("Section 2.3 forbids 24/7 to reverse engineer"), and not
// "cloned the repository", which is copying.
func pleadedMimicry(t string) []int {
	prohibition := lexicon.DmcaProhibition()
	cloneCopy := lexicon.DmcaCloneCopy()
	for _, m := range lexicon.DmcaMimicry().FindAll(t) {
		before := t[max(0, m[0]-60):m[0]]
		if prohibition.Match(before) {
			continue
		}
		word := strings.ToLower(t[m[0]:m[1]])
		if strings.HasPrefix(word, "clon") && cloneCopy.Match(t[m[1]:min(len(t), m[1]+50)]) {
			continue
		}
		return m
	}
	return nil
}

// circumventionSentence is the count's own sentence that alleges the
// circumvention or access, for findings whose evidence sits in the facts.
func circumventionSentence(p *lint.Pass) *document.Sentence {
	pt := ccParties(p.Doc)
	circ := lexicon.Circumvent()
	access := lexicon.DmcaAccessVerb()
	for _, pick := range []func(string) bool{func(t string) bool { return hasVerb(circ, t, pt) }, access.Match} {
		for _, s := range p.Own() {
			if pick(dmcaText(s).String()) && !isIncorporation(p, s) {
				return s
			}
		}
	}
	return nil
}

// isTrafficking reports a § 1201(a)(2)/(b) trafficking count, whose act is
// offering a device rather than circumventing.
func isTrafficking(p *lint.Pass) bool {
	c := p.Count()
	if c == nil {
		return false
	}
	tr := lexicon.DmcaTrafficking()
	if tr.Match(c.Title) {
		return true
	}
	for _, s := range p.Own() {
		if tr.MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}

// evadesDetection reports, in the Ninth Circuit, Defendant's evading a
// detection system — a bot built to evade an anti-bot scan — which MDY
// Indus. v. Blizzard held a circumvention of a measure: the count then
// names both the measure and the act (RULES-FORUM.md §F3.2).
func evadesDetection(p *lint.Pass) *document.Sentence {
	if !inNinthCircuit(p) {
		return nil
	}
	return othersActIn(p, lexicon.DmcaEvadeDetection())
}

// othersActIn returns the first sentence of the count's scope where a match
// of l is an act of someone other than Plaintiff (Defendant's, or an
// unnamed actor's), or nil.
func othersActIn(p *lint.Pass, l *legal.Lexicon) *document.Sentence {
	pt := ccParties(p.Doc)
	for _, s := range p.Scope() {
		t := dmcaText(s)
		for _, m := range l.FindAllText(t) {
			if actorBefore(pt, t.String(), m[0]) != partyPlaintiff {
				return s
			}
		}
	}
	return nil
}

// purchaseThenDecrypt reports a grant that is a sale or subscription of a
// copy when the count pleads that Defendant decrypted or ripped it: buying
// a copy is not the owner's authority to decrypt it (Disney Enters. v.
// VidAngel), so the purchase is no authorized access.
func purchaseThenDecrypt(p *lint.Pass, grant *document.Sentence) bool {
	if !lexicon.DmcaPurchase().MatchText(dmcaText(grant)) {
		return false
	}
	return othersActIn(p, lexicon.DmcaDecryptAct()) != nil
}
