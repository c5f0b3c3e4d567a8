package dmca

import (
	"regexp"
	"strings"
	"sync"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Helpers of the DMCA § 1201 rules (RULES.md §3.B).

// blankStatute replaces quoted statutory wording ("to decrypt an encrypted
// work") with spaces, keeping offsets, so that quoting § 1201(a)(3) does
// not read as pleading a measure.
func blankStatute(span pattern.Text) pattern.Text {
	// Every statutory phrase ends in one of these words; most sentences
	// have none of them.
	t := span.String()
	if !strings.Contains(t, "work") && !strings.Contains(t, "measure") && !strings.Contains(t, "information") && !strings.Contains(t, "treatment") {
		return span
	}
	return plead.BlankLex(lexicon.DmcaStatuteQuote(), span)
}

// verbMatches returns the matches of a verb lexicon in text, leaving out
// capitalised words inside a sentence: "Forge" the company is not "forge"
// the verb, nor "Patch" the product "patch".
func verbMatches(l *pattern.Lexicon, text pattern.Text, pt plead.PartyTerms) [][]int {
	var out [][]int
	for _, m := range l.FindAllText(text) {
		if text.String()[m[0]] >= 'A' && text.String()[m[0]] <= 'Z' && plead.IsPartyWord(pt, text.String()[m[0]:m[1]]) {
			continue // "Forge terminated the license": the party, not the verb
		}
		if m[0] > 0 && text.String()[m[0]] >= 'A' && text.String()[m[0]] <= 'Z' {
			before := strings.TrimRight(text.String()[:m[0]], " \t\n")
			if before != "" && !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "\"") && !strings.HasSuffix(before, "“") && !strings.HasSuffix(before, ":") {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

func hasVerb(l *pattern.Lexicon, text pattern.Text, pt plead.PartyTerms) bool {
	return len(verbMatches(l, text, pt)) > 0
}

// defsText is the text of the definitions of the non-party terms a sentence
// uses: a party's defining sentence says nothing about the measure.
func defsText(p *lint.Pass, s *document.Sentence, pt plead.PartyTerms) string {
	return docDefsText(p.Doc, s, pt)
}

// docDefsText is defsText for a sentence of doc.
func docDefsText(doc *document.Document, s *document.Sentence, pt plead.PartyTerms) string {
	var b strings.Builder
	for _, d := range docDefs(doc, s, pt) {
		b.WriteString(d.Text)
		b.WriteString(" ")
	}
	return b.String()
}

// docDefs are the defining sentences whose text docDefsText joins: those
// of the non-party terms s uses, in order.
func docDefs(doc *document.Document, s *document.Sentence, pt plead.PartyTerms) []*document.Sentence {
	defining := doc.DefiningSentences(s)
	if len(defining) == 0 {
		return nil
	}
	// The definitions s uses, found once rather than once per defining
	// sentence.
	used := doc.DefinitionsUsed(s.Text)
	var out []*document.Sentence
	for _, d := range defining {
		skip := false
		for _, def := range used {
			if &doc.Sentences[def.Sentence] == d && plead.IsPartyWord(pt, def.Term) {
				skip = true
			}
		}
		if !skip {
			out = append(out, d)
		}
	}
	return out
}

// dmcaText is a sentence's analysis text with statutory wording blanked.
func dmcaText(s *document.Sentence) pattern.Text { return blankStatute(s.Indexed()) }

// measureNamed reports whether text names a technological measure in a
// sentence that also circumvents, requires or controls something, or calls
// it a measure.
func measureNamed(span pattern.Text, pt plead.PartyTerms) bool {
	span = plead.BlankLex(lexicon.DmcaNegatedMeasure(), blankStatute(span))
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
	for _, m := range verbMatches(lexicon.Circumvent(), pattern.Plain(text), pt) {
		obj := clauseAfter(text, m[1])
		if tpm.Match(obj) {
			return true
		}
		if generic.Match(obj) {
			continue
		}
		if tpm.Match(plead.ClauseAround(pattern.Plain(text), m[0], m[1])) {
			return true
		}
	}
	return false
}

// clauseAfter is the text after offset i up to the end of its clause.
func clauseAfter(text string, i int) string {
	rest := text[i:]
	if m := plead.ReCCClauseBreak.FindStringIndex(rest); m != nil {
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
	for _, s := range p.Scope() {
		if plead.SentenceIndex(p.Doc, s) >= 0 && measureFact.Of(p.Doc, s) {
			return false
		}
	}
	return true
}

// measureFact decides measureNamed for a sentence of a document, with the
// definitions of the terms it uses, once per sentence and only for the
// sentences a count's scope reaches before one names a measure.
var measureFact = document.NewSentenceFact("technological measure sentences", sentenceNamesMeasure)

func sentenceNamesMeasure(d *document.Document, s *document.Sentence) bool {
	if s.Heading {
		return false
	}
	pt := plead.PartyRoles(d)
	own := mayNameMeasure.Of(d, s)
	if own && measureNamed(s.Indexed(), pt) {
		return true
	}
	// The sentence read with its definitions: measureNamed needs a measure
	// word in that text, so when neither the sentence nor a definition it
	// uses has one the answer is no without joining and scanning them;
	// with no definition the joined text is the sentence itself, already
	// answered.
	defs := docDefs(d, s, pt)
	if len(defs) == 0 {
		return false
	}
	any := own
	for _, def := range defs {
		any = any || mayNameMeasure.Of(d, def)
	}
	if !any {
		return false
	}
	var b strings.Builder
	b.WriteString(s.Text)
	b.WriteString(" ")
	for _, def := range defs {
		b.WriteString(def.Text)
		b.WriteString(" ")
	}
	return measureNamed(pattern.Plain(b.String()), pt)
}

// mayNameMeasure reports whether a sentence has a measure word at all
// ([tpm.self] or [tpm]), asked of its span through the document's index:
// measureNamed says no to a text without one, and blanking statutory or
// negated wording only takes words away.
var mayNameMeasure = document.NewSentenceFact("measure words", func(d *document.Document, s *document.Sentence) bool {
	t := s.Indexed()
	return lexicon.TpmSelf().MatchText(t) || lexicon.Tpm().MatchText(t)
})

// neighbours returns the sentence with the ones just before and after it in
// the same section (headings excluded), joined.
func neighbours(d *document.Document, s *document.Sentence) string {
	i := plead.SentenceIndex(d, s)
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
	pt := plead.PartyRoles(p.Doc)
	var first *document.Sentence
	var firstLoc []int
	for _, s := range p.Scope() {
		t := dmcaText(s)
		loc := pleadedMimicry(t)
		if loc == nil {
			continue
		}
		if plead.ActorBefore(pt, t, loc[0]) == plead.PartyPlaintiff {
			continue
		}
		if tpm.Match(neighbours(p.Doc, s)) || tpm.Match(defsText(p, s, pt)) {
			continue
		}
		if first == nil || (!plead.InCount(p, first) && plead.InCount(p, s)) {
			first, firstLoc = s, loc
		}
	}
	return first, firstLoc
}

// pleadedMimicry finds a mimicry word that pleads an act: not in a promise
// not to do it ("Section 2.3 forbids 24/7 to reverse engineer"), and not
// "cloned the repository", which is copying.
func pleadedMimicry(t pattern.Text) []int {
	prohibition := lexicon.DmcaProhibition()
	cloneCopy := lexicon.DmcaCloneCopy()
	for _, m := range lexicon.DmcaMimicry().FindAllText(t) {
		before := t.String()[max(0, m[0]-60):m[0]]
		if prohibition.Match(before) {
			continue
		}
		word := strings.ToLower(t.String()[m[0]:m[1]])
		if strings.HasPrefix(word, "clon") && cloneCopy.Match(t.String()[m[1]:min(len(t.String()), m[1]+50)]) {
			continue
		}
		return m
	}
	return nil
}

// circumventionSentence is the count's own sentence that alleges the
// circumvention or access, for findings whose evidence sits in the facts.
func circumventionSentence(p *lint.Pass) *document.Sentence {
	pt := plead.PartyRoles(p.Doc)
	circ := lexicon.Circumvent()
	access := lexicon.DmcaAccessVerb()
	for _, pick := range []func(string) bool{func(t string) bool { return hasVerb(circ, pattern.Plain(t), pt) }, access.Match} {
		for _, s := range p.Own() {
			if pick(dmcaText(s).String()) && !plead.IsIncorporation(p, s) {
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
	if !plead.InNinthCircuit(p) {
		return nil
	}
	return othersActIn(p, lexicon.DmcaEvadeDetection())
}

// othersActIn returns the first sentence of the count's scope where a match
// of l is an act of someone other than Plaintiff (Defendant's, or an
// unnamed actor's), or nil.
func othersActIn(p *lint.Pass, l *pattern.Lexicon) *document.Sentence {
	pt := plead.PartyRoles(p.Doc)
	for _, s := range p.Scope() {
		t := dmcaText(s)
		for _, m := range l.FindAllText(t) {
			if plead.ActorBefore(pt, t, m[0]) != plead.PartyPlaintiff {
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

// Helpers of the § 1202 rules (RULES-FORUM.md §F4): which subsections a
// count pleads and where it speaks of CMI.

var (
	re1202b1 = pattern.MustPattern(`(?i)1202\s*\(b\)\s*\(1\)|\(b\)\s*\(1\)`)
	re1202b3 = pattern.MustPattern(`(?i)1202\s*\(b\)\s*\(3\)|\(b\)\s*\(3\)`)
	re1202a  = pattern.MustPattern(`(?i)1202\s*\(a\)`)
)

// reProperWord is a capitalised word in an allegation: a name ("Display
// Type Co.", "the Publishers"), not the verb of a § 1202 theory, which a
// sentence does not begin with. It is compiled when a § 1202 count first
// asks, not at start-up: most runs plead no such count.
var reProperWord = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b[A-Z][a-z][\w'’]*`)
})

// cmiTheories are the subsections of § 1202 a count pleads: those it
// cites, or, when it cites none, those its verbs describe.
// cited says the theories come from subsections the count cites rather
// than from its verbs, which messages then name instead of quoting.
type cmiTheories struct{ removal, distribution, falseCMI, cited bool }

func cmiTheoriesOf(p *lint.Pass) cmiTheories {
	text := p.Count().Title
	for _, s := range p.Own() {
		text += "\n" + reProperWord().ReplaceAllString(s.Text, " ")
	}
	t := cmiTheories{removal: re1202b1.MatchString(text), distribution: re1202b3.MatchString(text), falseCMI: re1202a.MatchString(text)}
	if t.removal || t.distribution || t.falseCMI {
		t.cited = true
		return t
	}
	t.removal = lexicon.CmiRemove().Match(text)
	t.distribution = lexicon.CmiDistribute().Match(text)
	t.falseCMI = lexicon.CmiFalse().Match(text)
	if !t.removal && !t.distribution && !t.falseCMI {
		t.removal = true // a bare § 1202 count: removal is the usual theory
	}
	return t
}

// cmiTheoryWords opens a message about one § 1202 theory with what the
// count itself says of it: the subsection it cites, else the pleading's own
// verb quoted from the anchor sentence or the heading, else only that the
// count invokes § 1202. It never puts in the count's mouth a verb it did
// not use.
func cmiTheoryWords(p *lint.Pass, th cmiTheories, anchor *document.Sentence, l *pattern.Lexicon, subsection string) string {
	if th.cited {
		return "The count cites § 1202" + subsection
	}
	for _, text := range []string{anchorText(anchor), p.Count().Title} {
		if loc := l.Find(text); loc != nil {
			return "The count says '" + strings.Join(strings.Fields(text[loc[0]:loc[1]]), " ") + "'"
		}
	}
	return "The count invokes § 1202"
}

func anchorText(s *document.Sentence) string {
	if s == nil {
		return ""
	}
	return s.Text
}

// cmiAnchor is the count's first own sentence matching l, else the first
// speaking of CMI or naming a kind of it, nil when none does.
func cmiAnchor(p *lint.Pass, l *pattern.Lexicon) *document.Sentence {
	mention := lexicon.CmiMention()
	for _, l := range []*pattern.Lexicon{l, mention, lexicon.CmiType()} {
		if s := plead.OwnAnchor(p, l); s != nil {
			return s
		}
	}
	return nil
}

// cmiText is a sentence's text with its term definitions, the statute's
// recital words blanked.
func cmiText(p *lint.Pass, s *document.Sentence) string {
	return plead.Blank(lexicon.CmiRecital(), plead.WithTermDefinitions(p, s))
}

// namesCMIType reports a sentence that names a kind of CMI the works
// carried: a type (author's name, title, notice) in a sentence about CMI,
// its removal, or where it appeared on the works. "Listed by title in
// Exhibit 1" names no CMI.
func namesCMIType(text string) bool {
	text = plead.Blank(lexicon.CmiNotType(), text)
	if !lexicon.CmiType().Match(text) {
		return false
	}
	return lexicon.CmiPlacement().Match(text) || lexicon.CmiMention().Match(text) || lexicon.CmiRemove().Match(text)
}

// district is the id of the federal district the caption names ("ndcal"),
// "" when it names none.
func district(p *lint.Pass) string {
	if p.Forum == nil || p.Forum.Forum.District == nil {
		return ""
	}
	return p.Forum.Forum.District.ID
}

// identicalityDistricts are the districts where the identicality line of
// § 1202 cases sits (RULES-FORUM.md §F4).
var identicalityDistricts = map[string]bool{"ndcal": true, "cdcal": true, "sdcal": true, "edcal": true, "dhaw": true}
