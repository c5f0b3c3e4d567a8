package pattern

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// corpusTexts reads the shipped complaint texts (linttest.CorpusTexts).
func corpusTexts(t *testing.T, paragraphs bool) []string {
	t.Helper()
	return linttest.CorpusTexts(t, paragraphs)
}

// hasCaselessRune reports a non-ASCII rune with no other case in s.
func hasCaselessRune(s string) bool {
	for _, r := range s {
		if r >= 0x80 && unicode.SimpleFold(r) == r {
			return true
		}
	}
	return false
}

// TestCaselessRuneAnchors: a non-ASCII rune with no other case ("§", "©",
// a curly quote) is a plain literal in an anchor, and a rune with another
// case ("é", the Kelvin sign) still leaves its pattern without one.
func TestCaselessRuneAnchors(t *testing.T) {
	for _, c := range []struct {
		expr string
		want []string
	}{
		{`(?i)©`, []string{"©"}},
		{`(?i)§+\s*505\b`, []string{"§"}},
		{`(?i)¶+\s*\d+|\bparagraphs?\s+\d+`, []string{"¶", "paragraph"}},
		{`(?i)’s\b`, []string{"’s"}},
		{`(?i)café`, nil},
		{`(?i)straße`, nil},
	} {
		got, _ := anchorsOf(c.expr)
		if !slices.Equal(got, c.want) {
			t.Errorf("anchorsOf(%q) = %q, want %q", c.expr, got, c.want)
		}
	}
}

// TestCaselessRunePatternsAnswerAsRegexp: every registered pattern with an
// anchor holding a rune without another case finds what Go's regexp
// finds, over the shipped texts and forms written to reach its anchors,
// both as a plain string and through a document index.
func TestCaselessRunePatternsAnswerAsRegexp(t *testing.T) {
	texts := append(corpusTexts(t, false),
		"§ 505 and §§ 1201(a)(2), ¶ 12 and ¶¶ 3–4, © 2024 Acme.",
		"Plaintiff’s work ‘Title’ — see ¶12; SECTION 43(a); sub§ 1125; x§43.",
		"ſection 1030 \u212aelvin © removed the author’s name — “quoted” …",
	)
	n := 0
	for _, expr := range RegisteredPatterns() {
		if a, _, _ := lookupAnchors(expr); !hasCaselessRune(strings.Join(a, "")) {
			continue // not filtered by such a rune
		}
		n++
		p, re := MustPattern(expr), regexp.MustCompile(expr)
		for _, s := range texts {
			want := re.FindAllStringSubmatchIndex(s, -1)
			for _, in := range []Text{Plain(s), NewIndex(s).Text()} {
				if got := p.FindAllTextSubmatchIndex(in, -1); !slices.EqualFunc(got, want, slices.Equal) {
					t.Fatalf("%.60q on %.40q (indexed %v): %v, regexp %v", expr, s, in.Indexed(), got, want)
				}
				if got := p.MatchText(in); got != (want != nil) {
					t.Fatalf("%.60q on %.40q (indexed %v): match %v", expr, s, in.Indexed(), got)
				}
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d anchored patterns hold a caseless rune", n)
	}
}
