package checks

import (
	"regexp"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// Helpers of the § 1202 rules (RULES-FORUM.md §F4): which subsections a
// count pleads and where it speaks of CMI.

var (
	re1202b1 = legal.MustPattern(`(?i)1202\s*\(b\)\s*\(1\)|\(b\)\s*\(1\)`)
	re1202b3 = legal.MustPattern(`(?i)1202\s*\(b\)\s*\(3\)|\(b\)\s*\(3\)`)
	re1202a  = legal.MustPattern(`(?i)1202\s*\(a\)`)
)

// reProperWord is a capitalised word in an allegation: a name ("Display
// Type Co.", "the Publishers"), not the verb of a § 1202 theory, which a
// sentence does not begin with.
var reProperWord = regexp.MustCompile(`\b[A-Z][a-z][\w'’]*`)

// cmiTheories are the subsections of § 1202 a count pleads: those it
// cites, or, when it cites none, those its verbs describe.
// cited says the theories come from subsections the count cites rather
// than from its verbs, which messages then name instead of quoting.
type cmiTheories struct{ removal, distribution, falseCMI, cited bool }

func cmiTheoriesOf(p *lint.Pass) cmiTheories {
	text := p.Count().Title
	for _, s := range p.Own() {
		text += "\n" + reProperWord.ReplaceAllString(s.Text, " ")
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
func cmiTheoryWords(p *lint.Pass, th cmiTheories, anchor *document.Sentence, l *legal.Lexicon, subsection string) string {
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
func cmiAnchor(p *lint.Pass, l *legal.Lexicon) *document.Sentence {
	mention := lexicon.CmiMention()
	for _, l := range []*legal.Lexicon{l, mention, lexicon.CmiType()} {
		if s := ownAnchor(p, l); s != nil {
			return s
		}
	}
	return nil
}

// cmiText is a sentence's text with its term definitions, the statute's
// recital words blanked.
func cmiText(p *lint.Pass, s *document.Sentence) string {
	return blank(lexicon.CmiRecital(), withTermDefinitions(p, s))
}

// namesCMIType reports a sentence that names a kind of CMI the works
// carried: a type (author's name, title, notice) in a sentence about CMI,
// its removal, or where it appeared on the works. "Listed by title in
// Exhibit 1" names no CMI.
func namesCMIType(text string) bool {
	text = blank(lexicon.CmiNotType(), text)
	if !lexicon.CmiType().Match(text) {
		return false
	}
	return lexicon.CmiPlacement().Match(text) || lexicon.CmiMention().Match(text) || lexicon.CmiRemove().Match(text)
}

// readDefendantWords reads the lower-cased words that name a defendant: its defined
// terms, and the first word of each name the caption and parties give it
// ("CORVID AI, INC." is "corvid"), so that "Corvid's service" is the
// defendant acting.
func readDefendantWords(d *document.Document) []string {
	var out []string
	for _, t := range defendantTerms(d) {
		out = append(out, strings.ToLower(t))
	}
	for _, n := range append(defendantNames(d), captionDefendants(d)...) {
		if f := strings.Fields(strings.ToLower(n)); len(f) > 0 && len(f[0]) >= 4 {
			out = append(out, strings.Trim(f[0], ",."))
		}
	}
	return out
}
