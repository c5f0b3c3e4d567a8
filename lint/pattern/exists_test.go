package pattern

import (
	"regexp"
	"regexp/syntax"
	"testing"
)

// TestStripOptionalTail checks which tails a yes-or-no try drops, and that
// the stripped pattern matches at exactly the places the whole one does.
func TestStripOptionalTail(t *testing.T) {
	cases := []struct {
		expr, want string
		stripped   bool
	}{
		{`(?i)\bdoes not require\w*[^.;]*`, `(?i:\bDOES NOT REQUIRE)`, true},
		{`infring(?:e|ed|es|ing|ement)?`, `infring`, true},
		{`(?:a|b)\w*\b`, `[ab][0-9A-Z_a-z]*\b`, false},
		{`foo(?:bar)?|baz\s*`, `foo|baz`, true},
		{`x*`, `(?:)`, true},
		{`(co(?:py)?)`, `(co)`, true},
	}
	texts := []string{"It does not require a password.", "DOES NOT REQUIRES", "does not", "infringement",
		"infring", "a", "abc def", "foobar", "baz  ", "", "copy", "cob"}
	for _, c := range cases {
		re, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := stripOptionalTail(re); got != c.stripped {
			t.Errorf("%s: stripped %v, want %v", c.expr, got, c.stripped)
		}
		if got := re.String(); got != c.want {
			t.Errorf("%s: stripped to %s, want %s", c.expr, got, c.want)
		}
		whole, tail := regexp.MustCompile(c.expr), regexp.MustCompile(re.String())
		for _, s := range texts {
			for at := 0; at <= len(s); at++ {
				w := whole.FindStringIndex(s[at:])
				st := tail.FindStringIndex(s[at:])
				if (w != nil && w[0] == 0) != (st != nil && st[0] == 0) {
					t.Errorf("%s at %d of %q: whole %v, stripped %v", c.expr, at, s, w, st)
				}
			}
		}
	}
}
