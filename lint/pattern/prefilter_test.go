package pattern

import (
	"math/rand"
	"reflect"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

// The pre-filtered pattern must agree with plain regexp on every input.
func TestPatternAgreesWithRegexp(t *testing.T) {
	exprs := []string{
		`(?i)\b(?:pass(?:word|code)s?\b|pins?\b|log-?ins?\b|(?:license|activation) keys?\b|encrypt\w*)`,
		`(?i)\b(?:jan|feb|mar|may|sept?)[a-z]*\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d{2})\b`,
		`\b((?:19|20)\d{2})s?\b`,
		`(?i)(?:at least|more than|exceed\w*)\s+(?:\$\s?5,000|five thousand dollars)`,
		QuoteTolerant(`(?i)\bdefendant's\b`),
		`(?i)\bfy\s?'?((?:19|20)?\d{2})\b`,
		`(?i)^(?:inc|co)\.?$`,
		`(?:foo|\bbar)`,
		`x*`,
	}
	words := []string{"password", "Passcodes", "pin", "opinion", "login", "log-in", "logs", "license key", "activation keys",
		"encrypted", "May 3, 2013", "market", "March 2012", "Sept. 2013", "in 2013", "1999s", "20133", "$5,000", "at least $5,000",
		"exceeding five thousand dollars", "Defendant's", "Defendant’s", "FY13", "fy 2014", "the", "LP's", " ", ",", "\u00a7",
		"inc", "Co.", "Beco", "crowbar", "bar", "foo"}
	r := rand.New(rand.NewSource(1))
	for _, expr := range exprs {
		re := regexp.MustCompile(expr)
		p := MustPattern(expr)
		for i := 0; i < 2000; i++ {
			var parts []string
			for j := r.Intn(8); j >= 0; j-- {
				parts = append(parts, words[r.Intn(len(words))])
			}
			s := strings.Join(parts, []string{" ", "", ", "}[r.Intn(3)])
			if got, want := p.MatchString(s), re.MatchString(s); got != want {
				t.Fatalf("%s on %q: MatchString %v, regexp %v", expr, s, got, want)
			}
			if got, want := p.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: FindAll %v, regexp %v", expr, s, got, want)
			}
			if got, want := p.FindStringIndex(s), re.FindStringIndex(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: FindStringIndex %v, regexp %v", expr, s, got, want)
			}
			if got, want := p.ReplaceAllString(s, "<$0>"), re.ReplaceAllString(s, "<$0>"); got != want {
				t.Fatalf("%s on %q: ReplaceAllString %q, regexp %q", expr, s, got, want)
			}
		}
	}
}

// The lexicons the rules lean on most keep their pre-filter.
func TestAnchorsDerived(t *testing.T) {
	for _, name := range []string{"tpm", "circumvent", "loss.cognizable", "conclusory"} {
		if Lex(name).Regexp().get().anchors == nil {
			t.Errorf("lexicon %s has no pre-filter", name)
		}
	}
}

// A pattern that tests the start of text, a line start or a word boundary
// before its first character keeps its pre-filter: it is tried from the
// byte before each candidate, so the test sees what it sees in the whole
// string.
func TestPositionTestsTriedInContext(t *testing.T) {
	for _, c := range []struct {
		expr, s  string
		filtered bool
	}{
		{`(?i)^(?:inc|co)\.?$`, "Beco", true},
		{`(?:foo|\bbar)`, "crowbar", true},
		{`(?:foo|\bbar)`, "crow bar", true},
		{`x?\bbar`, "crowbar", false},
		{`(?i)\bUCL\b|\bFAL\b|Fraud Act`, "the FALSE UCLA claim, the FAL", true},
		{`(?i)\bUCL\b|\bFAL\b|Fraud Act`, "a FALx yUCL", true},
		{`(?m)^(\d{1,3})\.`, "intro\n12. text 13. more\n4. end", false},
		{`(?m)^¶ (\d{1,3})\.`, "¶ 1. intro\n¶ 12. text ¶ 13. more", true},
		{`(?:\bremov\w*|©)`, "unremoved ©2020 removal", true},
		{`\Bing\b`, "ing sing", false},
		{`(?:é|\bab)`, "éab ab", true},
		{`(?i)^(?:jury demand|demand for jury)\b`, "Jury demand", true},
		{`(?i)^(?:jury demand|demand for jury)\b`, "Jury demanded", true},
		{`(?i)^(?:jury demand|demand for jury)\b`, "the jury demand", true},
		{`(?i)^(?:inc|co)\.?$`, "co.", true},
		{`(?i)^(?:inc|co)\.?$`, "co. ", true},
		{`^\s*(\d+)\.`, "   12. text", false},
		{`^\s*(\d+)\.`, "x   12. text", false},
	} {
		p := MustPattern(c.expr)
		if got := p.get().anchors != nil; got != c.filtered {
			t.Errorf("%s: pre-filter %v, want %v", c.expr, got, c.filtered)
		}
		re := regexp.MustCompile(c.expr)
		if got, want := p.MatchString(c.s), re.MatchString(c.s); got != want {
			t.Errorf("%s on %q: %v, regexp says %v", c.expr, c.s, got, want)
		}
		if got, want := p.FindAllStringSubmatchIndex(c.s, -1), re.FindAllStringSubmatchIndex(c.s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("%s on %q: FindAll %v, regexp %v", c.expr, c.s, got, want)
		}
	}
}

// A try is given only as much text as the pattern can read; cutting it
// there must never change an answer, whatever white space the text holds
// and wherever the cut falls (inside a run of spaces, before a trailing
// \b, before the end of the text).
func TestBoundedTriesAgreeWithRegexp(t *testing.T) {
	exprs := []string{
		SpaceTolerant(`(?i)\btrade secrets?\b`),
		SpaceTolerant(`(?i)\bon or about\b`),
		`(?i)\bfoo\s*bar\s+baz$`,
		`(?i)\bfoo[ \t]{2,}bar\b`,
		`(?i)\bfo(?:o\s+){0,3}bar`,
		`(?i)\bfoo.{0,5}\b`,
		`(?i)\bfoo[^.]*`, // unbounded: tried on the whole text
		// Four-byte runes make the bound tight: the cut falls exactly one
		// byte past the longest match, where the trailing \b looks.
		`😀\s+😀\b`,
		`(?:😀😀|ab)\b$`,
	}
	texts := []string{
		"trade secret", "trade   secrets", "trade\n\n\tsecretsx", "TRADE\tSECRET.", "on  or\nabout",
		"on or aboutx", "foo bar baz", "foo   bar    baz", "foobar baz ", "foo  \t bar", "fo o o o bar",
		"foo é bar", "é", "foo... bar", "x trade secret", "😀😀", "😀  😀", "😀\n😀x", "😀😀ab",
	}
	r := rand.New(rand.NewSource(2))
	for _, expr := range exprs {
		re := regexp.MustCompile(expr)
		p := MustPattern(expr)
		for i := 0; i < 3000; i++ {
			var parts []string
			for j := r.Intn(6); j >= 0; j-- {
				parts = append(parts, texts[r.Intn(len(texts))])
			}
			s := strings.Join(parts, []string{" ", "", "      ", "\n"}[r.Intn(4)])
			if got, want := p.MatchString(s), re.MatchString(s); got != want {
				t.Fatalf("%s on %q: MatchString %v, regexp %v", expr, s, got, want)
			}
			if got, want := p.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: FindAll %v, regexp %v", expr, s, got, want)
			}
		}
	}
}

func TestReadBound(t *testing.T) {
	for _, c := range []struct {
		expr        string
		fixed, runs int
		ok          bool
	}{
		{`abc`, 12, 0, true},
		{`a\s+b`, 8, 1, true},
		{`a(?:\s*b){0,3}`, 16, 3, true},
		{`a[ \t]{2,}b|xyz`, 12, 1, true},
		{`a.{0,5}`, 24, 0, true},
		{`a\w+`, 0, 0, false},
		{`a[\s-]+b`, 0, 0, false},
		{`a[\s\x{a0}]+b`, 0, 0, false},
	} {
		re, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := boundOfTree(re); got != (readBound{c.fixed, c.runs, c.ok}) && (c.ok || got.ok) {
			t.Errorf("%s: bound %+v, want fixed %d runs %d ok %v", c.expr, got, c.fixed, c.runs, c.ok)
		}
	}
}
