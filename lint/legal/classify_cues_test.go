package legal

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// joinedLexicons are the cue lists Classify asks of a count's heading and
// body together.
func joinedLexicons() []string {
	names := []string{"class.dmca1202-name", "class.dmca1202-verb", "class.dmca1202-noun"}
	for _, n := range elementLexicon {
		names = append(names, n)
	}
	return names
}

// TestJoinedCuesEqualPlain: the element cue counts asked through the
// heading's and the body's spans equal those of the plain joined string,
// for headings and bodies cut anywhere in the shipped complaints (inside
// words and phrases too, so that matches run across the join).
func TestJoinedCuesEqualPlain(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for _, c := range linttest.ShippedComplaints(t) {
		f, data := c.Path, c.Data
		text := string(data)
		ix := pattern.NewIndex(text)
		runeStart := func(i int) int {
			for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
				i--
			}
			return i
		}
		for k := 0; k < 12; k++ {
			hs := runeStart(r.Intn(len(text)))
			he := runeStart(min(len(text), hs+r.Intn(200)))
			if k%2 == 0 {
				// A heading that ends on its line, as a count's does.
				if nl := strings.IndexByte(text[he:], '\n'); nl >= 0 {
					he += nl
				}
			}
			be := runeStart(min(len(text), he+r.Intn(3*classifyWindow/2)))
			heading, body := ix.Span(hs, he), windowText(ix.Span(he, be), classifyWindow)
			if !body.Indexed() {
				t.Fatalf("%s: body span not indexed", f)
			}
			j := pattern.Join(heading, body)
			for _, name := range joinedLexicons() {
				l := Lex(name)
				want := l.MatchingLinesText(pattern.Plain(j.String()))
				if got := j.MatchingLines(l); got != want {
					t.Errorf("%s [%d:%d:%d] %s: %d lines through the spans, %d in the joined string", filepath.Base(f), hs, he, be, name, got, want)
				}
				if got, want := j.Match(l), l.MatchText(pattern.Plain(j.String())); got != want {
					t.Errorf("%s [%d:%d:%d] %s: match %v through the spans, %v in the joined string", filepath.Base(f), hs, he, be, name, got, want)
				}
			}
		}
	}
}

// TestJoinedCuesAtTheJoin: the lines whose answer differs between the
// parts and the joined string (a phrase cut by the join, a test for the
// start or end of the text) answer as the joined string does.
func TestJoinedCuesAtTheJoin(t *testing.T) {
	lex, err := pattern.ParseLexicons(`[t.cross]
trade secret
[t.tight]
ab ?c
[t.begin]
^secret
[t.beginany]
\Asecret
[t.beginline]
(?m)^secret
[t.end]
trade$
[t.endline]
(?m)trade$
[t.free]
© \d{4}
[t.none]
\w+ secret
`)
	if err != nil {
		t.Fatal(err)
	}
	filler := strings.Repeat("The plaintiff alleges the facts below. ", 80)
	cases := []struct {
		name, heading, body string
		want                map[string]int
	}{
		{"phrase across the join", "COUNT I TRADE", "\nSECRET misappropriation.",
			map[string]int{"t.cross": 1, "t.begin": 0, "t.beginany": 0, "t.beginline": 1, "t.end": 0, "t.endline": 1, "t.free": 0, "t.none": 1}},
		{"body opens on the word", "COUNT I TRADE", "secret use ©\n2021.",
			map[string]int{"t.cross": 1, "t.begin": 0, "t.beginany": 0, "t.beginline": 1, "t.end": 0, "t.endline": 1, "t.free": 1, "t.none": 1}},
		{"notice across the join", "COUNT I ©", " 2021 notice",
			map[string]int{"t.cross": 0, "t.begin": 0, "t.beginany": 0, "t.beginline": 0, "t.end": 0, "t.endline": 0, "t.free": 1, "t.none": 0}},
		{"anchor across the join", "COUNT I AB", "\nC is pleaded.", map[string]int{"t.tight": 1, "t.cross": 0}},
		{"empty heading", "", "secret trade",
			map[string]int{"t.cross": 0, "t.begin": 0, "t.beginany": 0, "t.beginline": 1, "t.end": 1, "t.endline": 1, "t.free": 0, "t.none": 0}},
	}
	for _, c := range cases {
		doc := filler + c.heading + c.body + "\n" + filler
		ix := pattern.NewIndex(doc)
		hs := len(filler)
		he := hs + len(c.heading)
		heading, body := ix.Span(hs, he), ix.Span(he, he+len(c.body))
		j := pattern.Join(heading, body)
		for name, want := range c.want {
			l := lex[name]
			if plain := l.MatchingLinesText(pattern.Plain(j.String())); plain != want {
				t.Fatalf("%s %s: the joined string has %d lines, the case says %d", c.name, name, plain, want)
			}
			if got := j.MatchingLines(l); got != want {
				t.Errorf("%s %s: %d lines through the spans, want %d", c.name, name, got, want)
			}
			if got := j.Match(l); got != (want > 0) {
				t.Errorf("%s %s: match %v through the spans, want %v", c.name, name, got, want > 0)
			}
		}
	}
}

// TestBareSectionUnfolded: the bare-section citation, with its section
// mark matched without case folding, finds what the expression folding
// it everywhere found, in the shipped complaints and drafts and in forms
// written to tell them apart.
func TestBareSectionUnfolded(t *testing.T) {
	folded := regexp.MustCompile(`(?i)(?:§{1,2}|\bsections?)\s*(1201|1202|1030|1125|1114|1836|1839|43)((?:\s*\([a-zA-Z0-9]{1,4}\))*)`)
	if unicode.SimpleFold('§') != '§' {
		t.Fatal("§ has another case")
	}
	texts := []string{"§ 1202(b)", "§§1201(a)(2)", "SECTION 43(a)(1)(B)", "Sections 1836 and 1839", "ſection 1030(ſ)", "sub§ 1125", "§\n\t1114 (K)", "x§43", "Section43"}
	for _, dir := range []string{"complaints", "realistic"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	if len(texts) < 20 {
		t.Fatalf("only %d texts", len(texts))
	}
	found := 0
	for _, s := range texts {
		want := folded.FindAllStringSubmatchIndex(s, -1)
		found += len(want)
		for _, in := range []pattern.Text{pattern.Plain(s), pattern.NewIndex(s).Text()} {
			if got := reBareSection.FindAllTextSubmatchIndex(in, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%.40q (indexed %v): %v, the folded expression %v", s, in.Indexed(), got, want)
			}
		}
	}
	if found < 20 {
		t.Errorf("only %d citations found: the texts do not test the expression", found)
	}
}
