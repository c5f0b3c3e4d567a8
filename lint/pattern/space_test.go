package pattern

import "testing"

func TestSpaceTolerant(t *testing.T) {
	cases := []struct {
		pattern, text string
		want          bool
	}{
		{`statutory damages\b`, "statutory\ndamages", true},
		{`security (?:measures?)\b`, "security\n   measures", true},
		{`user ?names?\b`, "username", true},
		{`user ?names?\b`, "user\nname", true},
		{`off[- ]limits\b`, "off limits", true},
		{`off[- ]limits\b`, "off-limits", true},
		{`off[- ]limits\b`, "off+limits", false},
		{`a\ b`, "a b", true},
		{`statutory damages\b`, "statutorydamages", false},
	}
	for _, c := range cases {
		re := MustCompile(`(?i)` + c.pattern)
		if got := re.MatchString(c.text); got != c.want {
			t.Errorf("%q (compiled %q) on %q = %v, want %v", c.pattern, re.String(), c.text, got, c.want)
		}
	}
	lx, err := ParseLexicons("[x]\nstatutory damages\\b\n")
	if err != nil {
		t.Fatal(err)
	}
	if !lx["x"].Match("seeks statutory\n    damages") {
		t.Errorf("lexicon pattern does not match across a line break")
	}
}
