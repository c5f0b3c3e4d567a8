package pattern

import (
	"strings"
	"testing"
)

// describe renders a program's expansions: words with their kind ("=" a
// whole run, "*" a run's beginning, "+" a longer run's beginning, "~" the
// match ends inside the run), gaps as "_".
func describe(p builtProgram) string {
	var out []string
	for _, e := range p.exps {
		var b strings.Builder
		for k, it := range e.items {
			if k > 0 {
				b.WriteString(" _ ")
			}
			b.WriteString(it.lit + []string{"=", "*", "+", "~"}[it.kind])
		}
		out = append(out, b.String())
	}
	return strings.Join(out, " | ")
}

func TestCompileTokenProgram(t *testing.T) {
	for _, tc := range []struct{ expr, want string }{
		{`(?i)\b(?:trade\s+secrets?)`, "trade= _ secrets~ | trade= _ secret~"},
		{`(?i)\b(?:trade\s+secrets?\b)`, "trade= _ secrets= | trade= _ secret="},
		{`(?i)\b(?:non-?disclosure\b)`, "non= _ disclosure= | nondisclosure="},
		{`(?i)\b(?:commenc\w*)`, "commenc*"},
		{`(?i)\b(?:at (?:the )?same time\b)`, "at= _ the= _ same= _ time= | at= _ same= _ time="},
		{`(?i)\b(?:defendant's\b)`, "defendant= _ s="},
		{`(?i)\b(?:infring\w*\s+(?:\w+\s+){0,1}works?\b)`, "infring* _ * _ works= | infring* _ * _ work= | infring* _ works= | infring* _ work="},
		{`(?i)\b(?:beg(?:an|un)\b)`, "began= | begun="},
	} {
		p, err := compileTokenProgram(tc.expr)
		if err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		if got := describe(p); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.expr, got, tc.want)
		}
	}
	// What words alone cannot say keeps the regexp.
	for _, expr := range []string{
		`(?i)(?:secret)`,                // may begin inside a word
		`(?i)\b(?:\d+ days)`,            // a digit class
		`(?i)\b(?:U\.S\.C\.)`,           // ends in a gap
		`\b(?:Client [A-Z])`,            // case-sensitive
		`(?i)\b(?:section)$`,            // end of text
		`(?i)\b(?:foo\w*bar)`,           // a word tail then more of the word
		`(?i)\b(?:agreed[^.]{0,9}that)`, // any character
	} {
		if p, err := compileTokenProgram(expr); err == nil {
			t.Errorf("%s compiled: %s", expr, describe(p))
		}
	}
}
