package copyright

import (
	"strings"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// CopyrightAccusedActsUnspecified flags a copyright count that never ties an
// exclusive-right act (reproduction, distribution, derivative work, display)
// to a named accused product, version, file or URL (Kelly element 4, "by
// what acts").
var CopyrightAccusedActsUnspecified = &lint.Check{
	ID:         "copyright-accused-acts-unspecified",
	Title:      "Copyright count does not name the accused product or the infringing act",
	Family:     legal.ClaimCopyright,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "S.D.N.Y. courts require a copyright complaint to say \"by what acts during what time\" the defendant infringed (Kelly element 4): which exclusive right under 17 U.S.C. § 106 was violated (reproduction, derivative work, distribution, public display or performance) and by which accused product or version. Summaries of Liveperson report that the complaint there did not tie the copying to a specific product.",
		Authority:   authority.Cite(authority.Kelly, authority.Section106),
		Insufficient: []string{
			"Defendant's products infringe Plaintiff's copyrights.",
			"Defendant misappropriated and used the LP software.",
			"Defendant violated Plaintiff's exclusive rights under 17 U.S.C. § 106.",
			"Defendant's technology is a knock-off of Plaintiff's.",
		},
		Sufficient: []string{
			"Defendant reproduced the Work in, and distributes to customers, the JavaScript client of its product 'Acme Assist' (versions 2.1 through 3.0).",
			"Defendant prepared a derivative work by translating the Module from Java into C# and shipping it as the 'Predict' component of Acme Assist.",
			"Defendant publicly displays LP's 38 help-center articles verbatim at acme.example/help.",
		},
		Fix:     "Name the accused product/version (or file, URL) and the act (reproduced, distributed, prepared a derivative work, displayed).",
		Message: "The count does not say which accused product or version infringes or which exclusive right (copying, distribution, derivative work, display) was violated.",
		Traps: []string{
			"a product defined once in the facts (\"Acme Assist\" or \"the Infringing Product\") and referred to by the defined term",
			"secondary-liability counts that name the direct infringer's product",
			"what Defendant induced, encouraged or allowed users \"to copy\", or what a license forbids it \"to copy\", is no act of infringement; \"the technicians who uploaded the Manuals\" pleads the technicians' act",
			"names of Plaintiff's own works are not accused products",
			"\"use\" alone is a contested RAM-copy theory in the Second Circuit, so it draws a warning, not an error",
			"in the Ninth Circuit, loading or running the program into memory (RAM) is a reproduction (MAI), so it names the act",
			"an act on the plaintiff's identified work itself (a video remade shot for shot, books copied into a training set, a program resold as such) names the accused copies; through an unnamed \"its website\" it needs a fact of its own",
			"a caption that prints each party's address under its name still names the party's role",
		},
	},
	Run: runCopyrightAccusedActs,
}

// accusedIndex knows which names in a complaint are accused things.
type accusedIndex struct {
	pt        plead.PartyTerms
	terms     []string // defined terms for accused products
	names     []string // product names attributed to Defendant somewhere
	plaintiff []string // names attributed to Plaintiff somewhere (its works)
	// versioned are the plaintiff names that carry a version and are no
	// party word, which actsOnWorkItself looks for in every sentence: read
	// off once, not re-matched per sentence.
	versioned []string
	// owner maps an accused term or name to the defendant term it was
	// attributed to ("" for a plain "Defendant").
	owner map[string]string
}

// refFact is accusedRef for the sentences of a document, each answered
// once when first asked. Only sentences with a verb of copying or of
// putting a product out can use an accused reference; the others are
// answered no without looking for one.
var refFact = document.NewSentenceFact("accused references", func(d *document.Document, s *document.Sentence) bool {
	if s.Heading {
		return false
	}
	// isActSentence shares the answers the copyright rules ask of every
	// act sentence anyway, instead of asking them again here.
	if !isActSentence(d, s) && !lexicon.CopyrightAct106().MatchText(s.Indexed()) &&
		!lexicon.CopyrightDistributionVerb().MatchText(s.Indexed()) && !lexicon.CopyrightCopyVerb().MatchText(s.Indexed()) {
		return false
	}
	return accusedFact.Of(d).computeRef(d, s)
})

// add records an accused term or name with its owner.
func (ix *accusedIndex) add(list *[]string, name, owner string) {
	*list = append(*list, name)
	if _, ok := ix.owner[name]; !ok {
		ix.owner[name] = owner
	}
}

// defendantAt names the defendant term found at offset i of s, or "".
func defendantAt(pt plead.PartyTerms, s string, i int) string {
	for _, t := range pt.Defendant {
		if strings.HasPrefix(s[i:], t) {
			return t
		}
	}
	return ""
}

// ownedBy reports whether s uses an accused term or name attributed to one
// of targets (or to Defendant generally).
func (ix *accusedIndex) ownedBy(s string, targets []string) bool {
	for name, owner := range ix.owner {
		if len(plead.WordIndexes(s, name)) == 0 {
			continue
		}
		if owner == "" {
			return true
		}
		for _, t := range targets {
			if t == owner {
				return true
			}
		}
	}
	return false
}

var (
	// The name after a possessive: "its “Acme Assist” product",
	// "Defendant's Acme Assist platform".
	reNameAfter = pattern.MustPattern(`^\s+(?:(?i:own|new|competing|infringing|accused|flagship|rival|knock-?off|copycat)\s+)*(["“'‘]?[A-Z0-9][\w+.&/-]*(?:\s+[A-Z0-9][\w+.&/-]*){0,4}["”'’]?)`)
	// ReAppositiveName is a name set off by a comma after a lower-case
	// word, "a competing service, DataPulse.": group 1 is the name, an
	// accused product's when the word before it is a product noun. Rules
	// read it through AppositiveNames; it is exported so the test in checks
	// can hold that filter to the plain expression on every shipped
	// complaint.
	ReAppositiveName = pattern.MustPattern(`\b[a-z-]+,\s+["“]?([A-Z][\w+.&/-]*(?:\s+[A-Z0-9][\w+.&/-]*){0,3})["”]?\s*(?:[.,;)]|$)`)
	rePossessive     = pattern.MustPattern(`(?i)\b(?:defendants?['’]s?|its|their)\b`)
	// "a product called Acme Assist", "marketed as “Predict”".
	// "sells Scribe", "launched Atlas Pro in 2021".
	reOfferedName = pattern.MustPattern(`\b(?i:sells?|sold|markets?|marketed|launch(?:es|ed)?|releas(?:es|ed)|offers?|offered)\s+(["“]?[A-Z][\w+.&/-]*(?:\s+[A-Z0-9][\w+.&/-]*){0,3})`)
	reCalledName  = pattern.MustPattern(`\b(?i:called|named|known\s+as|branded(?:\s+as)?|marketed\s+(?:as|under\s+the\s+(?:name|brand))|sold\s+(?:as|under\s+the\s+(?:name|brand))|under\s+the\s+(?:name|brand|trade\s*name)|dubbed|titled)\s+(?:the\s+)?["“'‘]?([A-Z0-9][\w+.&/-]*(?:\s+[A-Z0-9][\w+.&/-]*){0,4})`)
)

// AppositiveNames is ReAppositiveName's matches in t. The expression has
// no literal to look for first, so it would run over every sentence of
// the document; only a sentence with a lower-case word, a comma, white
// space and a capital (perhaps after an opening quote) can hold a match.
func AppositiveNames(t pattern.Text) [][]int {
	if !mayHoldAppositive(t.String()) {
		return nil
	}
	return ReAppositiveName.FindAllTextSubmatchIndex(t, -1)
}

// mayHoldAppositive reports whether t has the shape every match of
// ReAppositiveName has: `[a-z-],\s+["“]?[A-Z]`.
func mayHoldAppositive(t string) bool {
	for i := 1; i < len(t); i++ {
		if t[i] != ',' || !isLowerOrHyphen(t[i-1]) {
			continue
		}
		j := i + 1
		for j < len(t) && isRegexpSpace(t[j]) {
			j++
		}
		if j == i+1 {
			continue
		}
		if j < len(t) && t[j] == '"' {
			j++
		} else if strings.HasPrefix(t[j:], "“") {
			j += len("“")
		}
		if j < len(t) && t[j] >= 'A' && t[j] <= 'Z' {
			return true
		}
	}
	return false
}

func isLowerOrHyphen(c byte) bool { return c >= 'a' && c <= 'z' || c == '-' }

// isRegexpSpace is a regular expression's \s: tab, line feed, form feed,
// carriage return and space.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func newAccusedIndex(p *lint.Pass) *accusedIndex { return accusedFact.Of(p.Doc) }

var accusedFact = document.NewFact("accused works and products", computeAccused)

// computeAccused builds the index of accused products once per document; it
// is read-only afterwards.
func computeAccused(d *document.Document) *accusedIndex {
	ix := &accusedIndex{pt: plead.PartyRoles(d), owner: map[string]string{}}
	accusedTerm := lexicon.CopyrightAccusedTerm()
	productNoun := lexicon.CopyrightProductNoun()
	for _, def := range d.Definitions {
		if plead.IsPartyWord(ix.pt, def.Term) {
			continue
		}
		s := d.Sentences[def.Sentence].Text
		if accusedTerm.Match(def.Term) {
			ix.add(&ix.terms, def.Term, "")
			continue
		}
		i := strings.Index(s, def.Term)
		if i < 0 {
			continue
		}
		head := s[:i]
		if len(head) > 160 {
			head = head[len(head)-160:]
		}
		// The defined thing is Defendant's product when the noun phrase
		// before the parenthetical names a product (not a document) and
		// Defendant owns it ("24/7's chat platform (the “Platform”)") or
		// offers it ("Acme sells a competing learning platform ...").
		np := lastWords(strings.TrimRight(strings.TrimSuffix(strings.TrimRight(head, " “\"'‘"), "the"), " ("), 10)
		if lexicon.CopyrightDocumentNoun().Match(np) {
			continue
		}
		if plead.ActorBefore(ix.pt, pattern.Plain(head), len(head)) != plead.PartyDefendant {
			continue
		}
		dl := lastDefendant(ix.pt, head)
		if !productNoun.Match(head[dl:]) {
			continue
		}
		if plead.IsPossessive(head, dl+len(firstWord(head[dl:]))) || lexicon.CopyrightOfferingVerb().Match(head[dl:]) {
			ix.add(&ix.terms, def.Term, defendantAt(ix.pt, head, dl))
		}
	}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Heading {
			continue
		}
		t := s.Text
		// Every name below is taken where ActorBefore or a possessive
		// finds a party: a sentence that cannot name that party is not
		// asked (the answers are the same, most sentences are skipped).
		if !plead.MayNameDefendant(ix.pt, t) {
			if plead.MayNamePlaintiff(ix.pt, t) {
				ix.plaintiffNames(s)
			}
			continue
		}
		nameAfter := func(pos int) bool { return reNameAfter.FindTextSubmatchIndex(s.Indexed().From(pos)) != nil }
		for _, pos := range possessorEndsWhere(ix.pt, s.Indexed(), nameAfter) {
			m := reNameAfter.FindTextSubmatchIndex(s.Indexed().From(pos))
			if m == nil {
				continue
			}
			name := strings.Trim(t[pos+m[2]:pos+m[3]], "\"“”'‘’")
			if ix.acceptName(t, pos+m[3], name, true) {
				ix.add(&ix.names, name, defendantAt(ix.pt, t, lastDefendant(ix.pt, t[:pos])))
			}
		}
		// "Midnight Echo released the single “Night Drive”": a quoted name
		// next to a product noun in a sentence where Defendant acts.
		for _, m := range quotedNames(s.Indexed()) {
			name := t[m[0]:m[1]]
			if plead.ActorBefore(ix.pt, s.Indexed(), m[0]) != plead.PartyDefendant || plead.IsPartyWord(ix.pt, name) {
				continue
			}
			before := strings.Fields(lastWords(t[:max(0, m[0]-1)], 2))
			after := strings.Fields(strings.ToLower(t[min(len(t), m[1]+1):]))
			near := append(append([]string{}, before...), after[:min(1, len(after))]...)
			for _, w := range near {
				if lexicon.CopyrightProductNoun().Match(strings.ToLower(strings.Trim(w, ",;:.)"))) {
					ix.add(&ix.names, name, defendantAt(ix.pt, t, lastDefendant(ix.pt, t[:m[0]])))
					break
				}
			}
		}
		if plead.MayNamePlaintiff(ix.pt, t) {
			ix.plaintiffNames(s)
		}
		// "sell a competing trading-signals service, DataPulse": a name in
		// apposition to a product noun, in a sentence where Defendant acts.
		for _, m := range AppositiveNames(s.Indexed()) {
			name := t[m[2]:m[3]]
			if !lexicon.CopyrightProductNoun().Match(strings.ToLower(t[m[0]:m[2]])) {
				continue
			}
			if plead.ActorBefore(ix.pt, s.Indexed(), m[0]) == plead.PartyDefendant && ix.acceptName(t, m[3], name, false) {
				ix.add(&ix.names, name, defendantAt(ix.pt, t, lastDefendant(ix.pt, t[:m[0]])))
			}
		}
		if plead.MentionsDefendant(ix.pt.Defendant, s.Indexed()) {
			// "Codewright sells Scribe, a code-completion assistant": the
			// name Defendant sells or launches is its product.
			for _, m := range reOfferedName.FindAllTextSubmatchIndex(s.Indexed(), -1) {
				name := strings.Trim(t[m[2]:m[3]], "\"“”'‘’")
				if plead.ActorBefore(ix.pt, s.Indexed(), m[0]) == plead.PartyDefendant && !possessedByPlaintiff(ix.pt, t, m[2]) && !ix.isPlaintiffName(name) && ix.acceptName(t, m[3], name, false) {
					ix.add(&ix.names, name, defendantAt(ix.pt, t, lastDefendant(ix.pt, t[:m[0]])))
				}
			}
			for _, m := range reCalledName.FindAllTextSubmatchIndex(s.Indexed(), -1) {
				name := strings.Trim(t[m[2]:m[3]], "\"“”'‘’")
				if plead.ActorBefore(ix.pt, s.Indexed(), m[0]) == plead.PartyDefendant && ix.acceptName(t, m[3], name, false) {
					ix.add(&ix.names, name, defendantAt(ix.pt, t, lastDefendant(ix.pt, t[:m[0]])))
				}
			}
		}
	}
	for _, n := range ix.plaintiff {
		if !plead.IsPartyWord(ix.pt, n) && (reVersionish.MatchString(n) || reNameVersion.MatchString(n)) {
			ix.versioned = append(ix.versioned, n)
		}
	}
	return ix
}

// plaintiffNames records the proper names in s that Plaintiff is said to
// own or make: those whose actor is Plaintiff.
func (ix *accusedIndex) plaintiffNames(s *document.Sentence) {
	for _, m := range properNames(s.Indexed(), ix.pt) {
		// ActorBefore reads the clause before the name (from the last
		// semicolon or colon): without a plaintiff there it cannot answer
		// Plaintiff.
		head := s.Text[:m[0]]
		if !plead.MayNamePlaintiff(ix.pt, head[strings.LastIndexAny(head, ";:")+1:]) {
			continue
		}
		if plead.ActorBefore(ix.pt, s.Indexed(), m[0]) == plead.PartyPlaintiff {
			ix.plaintiff = append(ix.plaintiff, s.Text[m[0]:m[1]])
		}
	}
}

// lastDefendant is the offset of the last mention of a defendant in s.
func lastDefendant(pt plead.PartyTerms, s string) int {
	dl := lastIndex(plead.ReDefendantWord, s)
	for _, t := range pt.Defendant {
		if m := plead.WordIndexes(s, t); len(m) > 0 && m[len(m)-1][0] > dl {
			dl = m[len(m)-1][0]
		}
	}
	if dl < 0 {
		return 0
	}
	return dl
}

// possessorEnds returns the offsets just after Defendant's possessives in
// text: "Defendant's", "24/7's", and "its"/"their" when Defendant is the
// party last named before them.
func possessorEnds(pt plead.PartyTerms, t pattern.Text) []int { return possessorEndsWhere(pt, t, nil) }

// possessorEndsWhere is possessorEnds keeping only the offsets want
// accepts (all when want is nil), in the same order. want is asked first:
// a cheap test of what follows ("its" before a capitalised name) spares
// ActorBefore for every other "its" and "their".
func possessorEndsWhere(pt plead.PartyTerms, t pattern.Text, want func(end int) bool) []int {
	var out []int
	for _, m := range rePossessive.FindAllTextIndex(t, -1) {
		if want != nil && !want(m[1]) {
			continue
		}
		w := strings.ToLower(t.String()[m[0]:m[1]])
		if (w == "its" || w == "their") && plead.ActorBefore(pt, t, m[0]) != plead.PartyDefendant {
			continue
		}
		out = append(out, m[1])
	}
	for _, term := range pt.Defendant {
		for _, m := range plead.WordIndexes(t.String(), term) {
			rest := t.String()[m[1]:]
			for _, suf := range []string{"'s", "’s", "'", "’"} {
				if strings.HasPrefix(rest, suf) {
					if want == nil || want(m[1]+len(suf)) {
						out = append(out, m[1]+len(suf))
					}
					break
				}
			}
		}
	}
	return out
}

// acceptName filters a harvested name: not a party or a stop word, and
// (after a possessive) quoted, carrying a digit, or followed or ended by a
// product noun — so that "its Chief Executive" is not a product.
func (ix *accusedIndex) acceptName(text string, end int, name string, needNoun bool) bool {
	name = strings.TrimSpace(name)
	if name == "" || nameStop[name] || plead.IsPartyWord(ix.pt, name) {
		return false
	}
	words := strings.Fields(name)
	if len(words) == 1 && len(words[0]) <= 3 && strings.ToUpper(words[0]) == words[0] && !strings.ContainsAny(words[0], "0123456789") {
		return false // "its CEO", "its VP"
	}
	if !needNoun {
		return true
	}
	noun := lexicon.CopyrightProductNoun()
	quoted := strings.ContainsAny(text[max(0, end-3):min(len(text), end+3)], "\"”’") && !strings.HasSuffix(name, "s")
	hasDigit := strings.ContainsAny(name, "0123456789")
	rest := strings.ToLower(strings.TrimLeft(text[end:], "\"”'’ "))
	nounAfter := false
	if loc := noun.Find(rest); loc != nil && loc[0] == 0 {
		nounAfter = true
	}
	nounInside := len(words) > 1 && noun.Match(strings.ToLower(words[len(words)-1]))
	return quoted || hasDigit || nounAfter || nounInside
}

// accusedRef reports whether a sentence names an accused thing: a defined
// accused term, a harvested name, a version, URL or file name, a quoted
// name that is not Plaintiff's, or a Defendant-owned capitalised name.
func (ix *accusedIndex) accusedRef(p *lint.Pass, s *document.Sentence) bool {
	if plead.SentenceIndex(p.Doc, s) >= 0 {
		return refFact.Of(p.Doc, s)
	}
	return ix.computeRef(p.Doc, s)
}

// computeRef is accusedRef without the per-document cache.
func (ix *accusedIndex) computeRef(d *document.Document, s *document.Sentence) bool {
	t := s.Text
	for _, term := range ix.terms {
		if len(plead.WordIndexes(t, term)) > 0 {
			return true
		}
	}
	for _, n := range ix.names {
		for _, m := range plead.WordIndexes(t, n) {
			if !possessedByPlaintiff(ix.pt, t, m[0]) {
				return true
			}
		}
	}
	for _, re := range []*pattern.Pattern{lexicon.CopyrightVersion().Regexp(), reURL, reFileName} {
		for _, m := range re.FindAllTextIndex(s.Indexed(), -1) {
			if plead.ActorBefore(ix.pt, s.Indexed(), m[0]) != plead.PartyPlaintiff && !possessedByPlaintiff(ix.pt, t, m[0]) {
				return true
			}
		}
	}
	if ix.namedProduct(d, s.Indexed()) {
		return true
	}
	// A product named after its maker: "the ClipVault app", "the Acme
	// website", "Defendant's PriceWatch platform" all name one accused thing.
	if brandedProduct(ix.pt, t) {
		return true
	}
	for _, m := range quotedNames(s.Indexed()) {
		name := t[m[0]:m[1]]
		if plead.IsPartyWord(ix.pt, name) || possessedByPlaintiff(ix.pt, t, m[0]-1) || ix.plaintiffTerm(d, name) ||
			plead.ActorBefore(ix.pt, s.Indexed(), m[0]) == plead.PartyPlaintiff || ix.isPlaintiffName(name) {
			continue
		}
		if lexicon.CopyrightAct106().Match(name) || strings.Contains(name, "infring") {
			continue // a quoted allegation, not a name
		}
		// A quoted name is a product when a product noun follows it, when
		// Defendant's possessive or "called" comes just before it, or when
		// it carries a version number: not a quoted legend or slogan.
		rest := strings.ToLower(strings.TrimLeft(t[min(len(t), m[1]+1):], " ,"))
		if loc := lexicon.CopyrightProductNoun().Find(rest); loc != nil && loc[0] == 0 {
			return true
		}
		before := lastWords(t[:max(0, m[0]-1)], 4)
		if reCalledBefore.MatchString(before) || strings.ContainsAny(name, "0123456789") {
			return true
		}
		// "the single “Night Drive”", "its product 'Acme Assist'".
		for _, w := range strings.Fields(lastWords(before, 2)) {
			if lexicon.CopyrightProductNoun().Match(strings.ToLower(strings.Trim(w, ",;:"))) {
				return true
			}
		}
		for _, end := range possessorEnds(ix.pt, s.Indexed()) {
			if end <= m[0] && m[0]-end < 40 && !strings.ContainsAny(t[end:m[0]], ".;,") {
				return true
			}
		}
	}
	return false
}

// namedProduct finds "the ShareCloud Gallery service" in an act sentence: a
// proper name before or ending in a product noun that is not one of
// Plaintiff's works, not Plaintiff's possession and not a party's name.
func (ix *accusedIndex) namedProduct(d *document.Document, span pattern.Text) bool {
	noun := lexicon.CopyrightProductNoun()
	t := span.String()
	for _, m := range properNames(span, ix.pt) {
		name := t[m[0]:m[1]]
		words := strings.Fields(name)
		core := words
		for len(core) > 0 && noun.Match(strings.ToLower(core[len(core)-1])) {
			core = core[:len(core)-1]
		}
		nounAfter := false
		if loc := noun.Find(strings.ToLower(strings.TrimLeft(t[m[1]:], " "))); loc != nil && loc[0] == 0 {
			nounAfter = true
		}
		if len(core) == 0 || (len(core) == len(words) && !nounAfter && !reVersionish.MatchString(name)) {
			continue
		}
		coreName := strings.Join(core, " ")
		// "through the Replayr app": Defendant's name used as the name of
		// its product.
		theBefore := strings.HasSuffix(strings.ToLower(strings.TrimRight(t[:m[0]], " \n")), " the")
		if plead.IsPartyWord(ix.pt, coreName) && nounAfter && theBefore && plead.DefendantTermWord(ix.pt, coreName) {
			return true
		}
		if nameStop[coreName] || plead.IsPartyWord(ix.pt, coreName) || ix.plaintiffTerm(d, coreName) || ix.plaintiffTerm(d, name) {
			continue
		}
		if plead.ActorBefore(ix.pt, span, m[0]) == plead.PartyPlaintiff || ix.isPlaintiffName(name) {
			continue
		}
		mine := false
		for _, w := range core {
			if isPlaintiffTerm(ix.pt, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) {
				mine = true
			}
		}
		if !mine {
			return true
		}
	}
	return false
}

// isPlaintiffName reports a name Plaintiff was said to own or make.
func (ix *accusedIndex) isPlaintiffName(name string) bool {
	for _, n := range ix.plaintiff {
		if strings.Contains(n, name) || strings.Contains(name, n) {
			return true
		}
	}
	return false
}

// plaintiffTerm reports a defined term that names Plaintiff's own work.
func (ix *accusedIndex) plaintiffTerm(d *document.Document, name string) bool {
	for _, def := range d.Definitions {
		if def.Term != name {
			continue
		}
		s := d.Sentences[def.Sentence].Text
		i := strings.Index(s, def.Term)
		if i < 0 {
			return false
		}
		head := s[:i]
		if !ccMentionsPlaintiff(ix.pt, pattern.Plain(head)) && !mentionsCaptionPlaintiff(d, head) && !plead.MentionsDefendant(ix.pt.Defendant, pattern.Plain(head)) {
			// A list item that defines the works names no party: its owner
			// is in the sentence that opens the list ("Brightleaf is the
			// author and owner of the guides listed in Exhibit A. Among them
			// are: ... (d) ... (together with the other guides in Exhibit
			// A, the “Guides”)").
			head = allegationLead(d, def.Sentence) + " " + head
		}
		return (ccMentionsPlaintiff(ix.pt, pattern.Plain(head)) || mentionsCaptionPlaintiff(d, head)) && !plead.MentionsDefendant(ix.pt.Defendant, pattern.Plain(head))
	}
	return false
}

// allegationLead is the text before sentence si in its numbered allegation:
// the allegation's earlier sentences, or — for an unnumbered list item —
// the allegation whose last sentence opens the list with a colon ("Among
// them are:"); "" when there is none.
func allegationLead(d *document.Document, si int) string {
	k := si - 1
	a := d.Sentences[si].Allegation
	if a < 0 {
		for k >= 0 && d.Sentences[k].Allegation < 0 && !d.Sentences[k].Heading {
			k--
		}
		if k < 0 || d.Sentences[k].Heading || !strings.HasSuffix(strings.TrimSpace(d.Sentences[k].Text), ":") {
			return ""
		}
		a = d.Sentences[k].Allegation
	}
	var b strings.Builder
	for ; k >= 0 && d.Sentences[k].Allegation == a; k-- {
		b.WriteString(d.Sentences[k].Text)
		b.WriteString(" ")
	}
	return b.String()
}

var (
	reVersionish   = pattern.MustPattern(`\b\d+(?:\.\d+)+\b`)
	reCalledBefore = pattern.MustPattern(`(?i)\b(?:called|named|known as|branded(?: as)?|marketed as|sold as|as)\s*(?:the\s*)?$`)
)

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func runCopyrightAccusedActs(p *lint.Pass) {
	own := p.Own()
	for _, s := range own {
		if lexicon.DefendantDenies().MatchText(s.Indexed()) {
			return
		}
	}
	scope := p.Scope()
	ix := newAccusedIndex(p)
	act106 := lexicon.CopyrightAct106()
	act := lexicon.CopyrightAct()
	targets := ccCountTargets(p, ix.pt)
	// A contributory or vicarious count rests on someone else's
	// infringement: the direct infringers' § 106 act ("subscribers
	// reproduced and distributed the Works over BitTorrent") is what it
	// must name, not Defendant's own copying or product; that users "can"
	// copy is no act (RULES-FORUM.md §F2.2).
	if isSecondaryCount(p) {
		if acts := directActs(p, ix.pt); len(acts) > 0 {
			p.Observe("copyright.acts", lint.Pleaded, acts[0])
			return
		}
		anchor := plead.FirstOwn(p, own, func(s *document.Sentence) bool { return !plead.IsIncorporation(p, s) })
		p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), msgNoDirectInfringement)
		return
	}
	// An individual defendant the complaint never gives a defined term is
	// named by surname ("Okamura reproduced each issue").
	names := plead.DefendantNames(p.Doc)
	hasAct, hasThing := false, false
	var actAt, thingAt *document.Sentence
	for _, s := range scope {
		text := s.Text
		if len(targets) > 0 && !mentionsTarget(ix.pt, targets, pattern.Plain(text)) && !ix.ownedBy(text, targets) {
			continue // another defendant's acts and products
		}
		named := ix.accusedRef(p, s)
		act := act106.MatchText(s.Indexed()) || ramCopyAct(p, pattern.Plain(text))
		if !hasAct && act && (named || plead.MentionsDefendant(ix.pt.Defendant, pattern.Plain(text)) || plead.MentionsDefendant(names, pattern.Plain(text))) {
			hasAct, actAt = true, s
		}
		if !hasThing && named && (isAct(pattern.Plain(text)) || act || lexicon.CopyrightDistributionVerb().MatchText(s.Indexed())) {
			hasThing, thingAt = true, s
		}
		if hasAct && hasThing {
			p.Observe("copyright.acts", lint.Pleaded, actAt, thingAt)
			return
		}
	}
	// A count about copies of the work itself — forwarded newsletters,
	// posted photographs, a video remade shot for shot, books copied into
	// a training set, a program resold — has no accused product to name:
	// Defendant's § 106 act on Plaintiff's identified work says "by what
	// acts".
	// When the scope never mentions a product of Defendant's, Plaintiff's
	// defined work is what the act is on, however the definition reads.
	loose := hasAct && !ix.mentionsDefendantProduct(scope)
	for _, s := range scope {
		byDefendant := mentionsTarget(ix.pt, targets, s.Indexed()) || len(targets) == 0 && plead.MentionsDefendant(names, s.Indexed())
		if !byDefendant || !act106.MatchText(s.Indexed()) && !ramCopyAct(p, s.Indexed()) {
			continue
		}
		if loose && ix.namesPlaintiffWork(p, s.Text, false, false) || ix.actsOnWorkItself(p, s.Text) {
			p.Observe("copyright.acts", lint.Pleaded, s)
			return
		}
	}
	anchor := plead.FirstOwn(p, own, func(s *document.Sentence) bool {
		return !plead.IsIncorporation(p, s) && (act.MatchText(s.Indexed()) || act106.MatchText(s.Indexed()) || lexicon.CopyrightActLoose().MatchText(s.Indexed()))
	})
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}

// mentionsDefendantProduct reports "its products", "24/7's platform",
// "Defendant's software" anywhere in scope: a case about an accused product.
func (ix *accusedIndex) mentionsDefendantProduct(scope []*document.Sentence) bool {
	noun := lexicon.CopyrightProductNoun()
	for _, s := range scope {
		for _, end := range possessorEnds(ix.pt, s.Indexed()) {
			after := strings.Fields(strings.ToLower(s.Text[end:min(len(s.Text), end+60)]))
			for i, w := range after {
				if i > 3 {
					break
				}
				if noun.Match(strings.Trim(w, ",.;:")) {
					return true
				}
			}
		}
	}
	return len(ix.terms) > 0 || len(ix.names) > 0
}

// actsOnWorkItself reports an act sentence whose object is one of
// Plaintiff's works itself rather than something of Defendant's that holds
// it: Plaintiff's defined work ("reproduced the Video"), Plaintiff's works
// by kind ("copied Plaintiffs' books into its training datasets"), or the
// works an exhibit lists ("each illustration listed in Exhibit 1").
//
// A program is different: a copied program lives in some product of
// Defendant's, and that product is what Liveperson's complaint failed to
// name. It counts only when the act sends copies of the program itself out
// — resold, distributed, posted for download.
//
// The work must be identified (by title, exhibit list or registration),
// and an act routed through an unnamed product of Defendant's ("displayed
// the drawings on its website") needs some concrete fact of its own — a
// date, a number, an exhibit, a named place — or it is the generic
// "through its platform" the rule is about.
func (ix *accusedIndex) actsOnWorkItself(p *lint.Pass, text string) bool {
	via := ix.viaUnnamedProduct(text)
	if via && !ix.concreteAct(p, text) {
		return false
	}
	// A program sent out "in its products" is the Liveperson pattern:
	// only copies of the program itself, with no product of Defendant's
	// around them, are accused as such.
	// A program loaded into memory is copied as such (MAI, Ninth Circuit).
	outward := (lexicon.CopyrightOutwardAct().Match(text) || ramCopyAct(p, pattern.Plain(text))) && !via
	if ix.namesPlaintiffWork(p, text, outward, true) {
		return true
	}
	if reEachInstallment.MatchString(text) && ix.scopeNamesSerial(p) {
		return true
	}
	for _, m := range lexicon.CopyrightWorkKind().FindAll(text) {
		if reListedWorks.MatchString(text[m[1]:]) || ix.plaintiffPossessiveBefore(text, m[0]) && plaintiffWorksListed(p) {
			return true
		}
	}
	if !outward {
		return false
	}
	for _, n := range ix.versioned {
		if len(plead.WordIndexes(text, n)) > 0 {
			return true
		}
	}
	return false
}

var (
	// A copying or distribution verb whose object is every installment of
	// a serial: "reproduced each issue he downloaded", "copied all of the
	// episodes", "distributed every edition".
	reEachInstallment = pattern.MustPattern(`(?i)\b(?:cop(?:y|ies|ied|ying)|reproduc\w*|distribut\w*|forward\w*|e-?mail\w*|sen[dt]\w*|s[eo]l[dl]\w*|post\w*|upload\w*|publish\w*|display\w*|perform\w*|broadcast\w*|stream\w*)\s+(?:(?:nearly|almost|virtually|substantially)\s+)?(?:each|every|all)\s+(?:of\s+)?(?:the\s+|those\s+|these\s+|its\s+)?(?:issues?|editions?|episodes?|installments?|instalments?|volumes?)\b`)
	// The installments of a serial, named in the sentence that identifies it.
	reSerialUnit = pattern.MustPattern(`(?i)\b(?:issues?|editions?|episodes?|installments?|instalments?|volumes?)\b`)
	// A quoted title: "Capitol Notes", “The Cargo Rate Sheet”.
	reQuotedTitle = pattern.MustPattern(`["“][A-Z][^"”]{2,80}["”]`)
	// A registration of the work, by number or by the Register's act.
	reRegistered = pattern.MustPattern(`(?i)\bregist(?:ered|ration)\b`)

	// "listed in Exhibit 1", "identified in Schedule A".
	reListedWorks = pattern.MustPattern(`(?i)^\s*(?:\w+\s+){0,3}?(?:listed|identified|set out|set forth|described|enumerated)\s+(?:by [\w ,]+ )?in\s+(?:the\s+)?(?:attached\s+)?(?:exhibit|ex\.|schedule|appendix|annex)\b`)
	// A product name that ends in a version number: "TapestryCAD 12".
	reNameVersion = pattern.MustPattern(`\s(?:v\.?\s?)?\d{1,4}$`)
)

// scopeNamesSerial reports a sentence in the count's scope that identifies
// a serial of Plaintiff's by its installments ("issues", "editions",
// "episodes") together with a registration, a defined term for Plaintiff's
// work, or a quoted title beside Plaintiff's name: then "each issue" in an
// act sentence is that registered serial's issues, Plaintiff's own work,
// with no product of Defendant's to name.
func (ix *accusedIndex) scopeNamesSerial(p *lint.Pass) bool {
	for _, s := range p.Scope() {
		if !reSerialUnit.MatchString(s.Text) {
			continue
		}
		if reRegistered.MatchString(s.Text) || lexicon.CopyrightRegNumber().MatchText(s.Indexed()) || ix.namesPlaintiffWork(p, s.Text, true, false) {
			return true
		}
		if reQuotedTitle.MatchString(s.Text) && (ccMentionsPlaintiff(ix.pt, pattern.Plain(s.Text)) || mentionsCaptionPlaintiff(p.Doc, s.Text)) {
			return true
		}
	}
	return false
}

// plaintiffPossessiveBefore reports Plaintiff's possessive right before
// offset i, or before one modifier: "Plaintiffs' books", "Hearthstone's
// registered video" — not a possessive earlier in a list ("LivePerson's
// code, client rules, design documents").
func (ix *accusedIndex) plaintiffPossessiveBefore(text string, i int) bool {
	fields := strings.Fields(text[:i])
	for k := len(fields) - 1; k >= 0 && k >= len(fields)-2; k-- {
		w := fields[k]
		if strings.ContainsAny(w, ",;:") {
			return false
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
			base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			return plead.RePlaintiffWord.MatchString(w) || isPlaintiffTerm(ix.pt, base)
		}
	}
	return false
}

// plaintiffWorksListed reports that the count's scope lists Plaintiff's
// works — by exhibit or schedule, or by registration number — so that
// "Plaintiffs' books" refers to identified works.
func plaintiffWorksListed(p *lint.Pass) bool {
	for _, s := range registrationIn(p.Doc).issued {
		if lexicon.CopyrightRegNumber().MatchText(s.Indexed()) {
			return true
		}
	}
	cue := lexicon.CopyrightWorkCue()
	for _, s := range p.Scope() {
		if plead.HasExhibit(s.Indexed()) && cue.MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}

// viaUnnamedProduct reports an act placed in or through a product of
// Defendant's that the sentence does not name: "on its website", "through
// its platform", "in Defendant's app".
func (ix *accusedIndex) viaUnnamedProduct(text string) bool {
	noun := lexicon.CopyrightProductNoun()
	for _, end := range possessorEnds(ix.pt, pattern.Plain(text)) {
		for i, w := range strings.Fields(strings.ToLower(text[end:min(len(text), end+60)])) {
			if i > 2 {
				break
			}
			if noun.Match(strings.Trim(w, ",.;:()")) {
				return true
			}
		}
	}
	return false
}

// concreteAct reports a concrete fact in an act sentence besides the names
// of the parties and of Plaintiff's work: a date, a number of two or more
// digits outside a statute citation, an exhibit, a URL or file, a quoted
// or capitalised name of something else.
func (ix *accusedIndex) concreteAct(p *lint.Pass, text string) bool {
	// Party names ("24/7") and statute citations carry digits that are no
	// fact about the act.
	for _, t := range append(append([]string{}, ix.pt.Defendant...), ix.pt.Plaintiff...) {
		if strings.ContainsAny(t, "0123456789") {
			text = strings.ReplaceAll(text, t, strings.Repeat(" ", len(t)))
		}
	}
	if datesAct(text) || plead.HasExhibit(pattern.Plain(text)) || reURL.MatchString(text) || reFileName.MatchString(text) {
		return true
	}
	if plead.ReTwoDigits.MatchString(lexicon.PlausibilityCitation().Regexp().ReplaceAllString(text, " ")) {
		return true
	}
	for _, m := range properNames(pattern.Plain(text), ix.pt) {
		name := text[m[0]:m[1]]
		if !nameStop[name] && !plead.IsPartyWord(ix.pt, name) && !ix.plaintiffTerm(p.Doc, name) && !ix.isPlaintiffName(name) {
			return true
		}
	}
	return false
}

// namesPlaintiffWork reports a defined term for one of Plaintiff's works
// (one its definition identifies, when identified is set): any work when allowSoftware, else only a
// work that is not a program (by the term and the words that name the
// thing it defines).
func (ix *accusedIndex) namesPlaintiffWork(p *lint.Pass, text string, allowSoftware, identified bool) bool {
	software := lexicon.CopyrightSoftwareNoun()
	for _, def := range p.Doc.DefinitionsUsed(text) {
		if plead.IsPartyWord(ix.pt, def.Term) || !ix.plaintiffTerm(p.Doc, def.Term) || identified && !ix.definitionIdentifies(p, def.Sentence, def.Term) {
			continue
		}
		// "hundreds of songs ... over his career (the “Catalog”)" is a
		// category, not a work an act can be on.
		if ds := p.Doc.Sentences[def.Sentence].Text; lexicon.CopyrightGenericDefinition().Match(ds[:max(0, definedAt(ds, def.Term))]) {
			continue
		}
		if !allowSoftware && (software.Match(def.Term) || software.Match(definedThing(p.Doc, def.Sentence, def.Term))) {
			continue
		}
		return true
	}
	return false
}

// definitionIdentifies reports that the sentence defining a work term
// identifies the work: a title, version or registration before the term,
// or an exhibit listing the works.
func (ix *accusedIndex) definitionIdentifies(p *lint.Pass, sentence int, term string) bool {
	s := p.Doc.Sentences[sentence].Text
	if reTradeSecretWords.MatchString(s) {
		return false // the plaintiff's secrets and data are not its works
	}
	if lexicon.CopyrightRegNumber().Match(s) || plead.HasExhibit(pattern.Plain(s)) && lexicon.CopyrightWorkCue().Match(s) {
		return true
	}
	i := definedAt(s, term)
	if i < 0 {
		return false
	}
	return workIdentified(pattern.Plain(s[:i]), ix.pt, ix.isAccused)
}

var reTradeSecretWords = pattern.MustCompile(`(?i)\btrade secrets?\b|\bconfidential (?:and proprietary )?information\b`)

// definedThing is the word before a definition's parenthetical: the head
// noun that says what kind of thing the term names ("the Registrar
// Enterprise Software Directory" is a directory, "its chat module" a
// program).
func definedThing(d *document.Document, sentence int, term string) string {
	s := d.Sentences[sentence].Text
	i := definedAt(s, term)
	if i < 0 {
		return s
	}
	return lastWords(reDefinitionOpening.ReplaceAllString(s[:i], ""), 1)
}

// definedAt is the offset of a term inside its defining parenthetical —
// the quoted occurrence, not the same word in the name before it ("the
// Registrar Software Directory (the “Directory”)") — or of its first
// occurrence, or -1.
func definedAt(s, term string) int {
	first := -1
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], term)
		if i < 0 {
			break
		}
		i += off
		if first < 0 {
			first = i
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); strings.ContainsRune("\"“'‘", r) {
			return i
		}
		off = i + len(term)
	}
	return first
}

// reDefinitionOpening is the opening of a definition's parenthetical:
// ` (together, the “`, `, (collectively “`.
var reDefinitionOpening = pattern.MustPattern(`(?i)[\s(“"'‘,]*(?:(?:the|together|collectively|hereinafter|jointly)[\s(“"'‘,]*)*$`)

// msgNoDirectInfringement is the secondary count's own gap: the default
// message asks for Defendant's product and right, which such a count need
// not plead.
const msgNoDirectInfringement = "The count rests on someone else's infringement but never pleads an act of infringement by a user or other third party (which work was copied, distributed or displayed, by whom); that users can or would infringe is not an act."

// reDirectInfringers names the people whose infringement a secondary count
// rests on.
var reDirectInfringers = pattern.MustCompile(`(?i)\b(?:subscribers?|users?|customers?|members?|direct infringers?|uploaders?|sellers?|vendors?|merchants?|third part(?:y|ies)|employees|staff|teachers|instructors|agents|contractors|franchisees|licensees|contributors|bloggers|posters|resellers|distributors|downloaders|players|students|patrons|visitors|viewers|affiliates)\b`)

var reBrandTail = pattern.MustCompile(`^(?:[A-Z][\w+&-]*\s+){1,3}v?\d+(?:\.\d+)+\b`)

// brandedProduct reports a defendant's name used as the name of a product:
// the name followed directly by a product noun ("the ClipVault app").
func brandedProduct(pt plead.PartyTerms, t string) bool {
	noun := lexicon.CopyrightProductNoun()
	for _, term := range pt.Defendant {
		for _, m := range plead.WordIndexes(t, term) {
			rest := strings.TrimLeft(t[m[1]:], " ")
			if rest == t[m[1]:] || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
				continue // "ClipVault's", or no space: a possessive, not a brand
			}
			w := strings.ToLower(strings.Trim(firstWord(rest), ",.;:)"))
			if w != "" && noun.Match(w) && w != "line" && w != "series" && w != "collection" && w != "clients" && w != "client" {
				return true
			}
			// "Prairie Reports 1.0": capitalised words after the maker's
			// name, carrying a version number.
			if m := reBrandTail.FindString(rest); m != "" {
				return true
			}
		}
	}
	return false
}

// ramCopyAct reports, in the Ninth Circuit, loading or running a program:
// the copy made in memory is a reproduction there (MAI Sys. v. Peak
// Computer), so "loaded the Suite into the RAM of its laptops" names the
// act. Elsewhere the theory is contested (Cartoon Network, 2d Cir.) and
// "use" alone keeps the warning.
func ramCopyAct(p *lint.Pass, text pattern.Text) bool {
	return plead.InNinthCircuit(p) && lexicon.CopyrightRamCopy().MatchText(text)
}

// mentionsCaptionPlaintiff reports the surname of a plaintiff the caption
// names ("PRIYA RAMASWAMY") in text ("Dr. Ramaswamy wrote ..."): a
// complaint may never define the plaintiff's short name.
func mentionsCaptionPlaintiff(d *document.Document, text string) bool {
	low := strings.ToLower(text)
	for _, n := range plead.CaptionPlaintiffs(d) {
		words := strings.Fields(plead.NameKey(n))
		if len(words) == 0 {
			continue
		}
		if last := words[len(words)-1]; len(last) > 2 && len(plead.WordIndexes(low, last)) > 0 {
			return true
		}
	}
	return false
}
