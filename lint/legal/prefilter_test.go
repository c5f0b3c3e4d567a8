package legal

import (
	"math/rand"
	"reflect"
	"regexp"
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

// A pattern that tests the start of text or a word boundary before its
// first character must not be tried at a substring, where that test would
// answer differently.
func TestPositionTestsDisableTheFilter(t *testing.T) {
	for _, c := range []struct{ expr, s string }{
		{`(?i)^(?:inc|co)\.?$`, "Beco"},
		{`(?:foo|\bbar)`, "crowbar"},
		{`x?\bbar`, "crowbar"},
	} {
		p := MustPattern(c.expr)
		if got, want := p.MatchString(c.s), regexp.MustCompile(c.expr).MatchString(c.s); got != want {
			t.Errorf("%s on %q: %v, regexp says %v", c.expr, c.s, got, want)
		}
	}
}
