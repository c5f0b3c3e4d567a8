package legal

import (
	"regexp"
	"slices"
	"testing"

	"github.com/complaintlint/complaintlint/lint/pattern"
)

// TestClassCueRewrites: the classification cue lines rewritten so that
// they have anchors match, line by line, exactly where the lines they
// replace matched (the lists are only asked whether a line matches), over
// the shipped texts and forms written to tell them apart.
func TestClassCueRewrites(t *testing.T) {
	texts := append(corpusTexts(t, true),
		"trade marks", "trademark", "servicemarks", "trade  mark", "foo mark", " mark", "marks.", "remark",
		"tradmark", "the marks", "the Agreement", "this license", "an   contract", "subcontract",
		"contractual", "the foo agreement", "licenses", "loss", "losses", "glosses", "lossy", "a LOSS.",
	)
	// The copyright sign of [class.dmca1202-verb] is anchored by itself
	// (caseless_test.go).
	if a := pattern.Anchors(`(?i)(?:©)`); !slices.Equal(a, []string{"©"}) {
		t.Errorf("class.dmca1202-verb ©: anchors %q", a)
	}
	for _, c := range []struct {
		lex        string
		old, fresh string
	}{
		{"class.cfaa", `(?i)\b(?:\bloss(?:es)?\b)`, `(?i)\b(?:loss(?:es)?\b)`},
		{"class.lanham-a", `(?i)\b(?:(?:trade|service)?\s*marks?\b)`, `(?i)\b(?:(?:trade|service)?marks?\b)`},
		{"class.contract", `(?i)\b(?:(?:the\s+|its\s+|an?\s+|this\s+)?(?:\w+\s+)?(?:agreement|contract|license)\b)`,
			`(?i)\b(?:(?:agreement|contract|license)\b)`},
	} {
		if !slices.Contains(RegisteredPatterns(), c.fresh) {
			t.Fatalf("%s: no line %q", c.lex, c.fresh)
		}
		if a := pattern.Anchors(c.fresh); a == nil {
			t.Errorf("%s: %q has no anchors", c.lex, c.fresh)
		}
		old, fresh := regexp.MustCompile(c.old), pattern.MustPattern(c.fresh)
		matched := 0
		for _, s := range texts {
			want := old.MatchString(s)
			if want {
				matched++
			}
			for _, in := range []pattern.Text{pattern.Plain(s), pattern.NewIndex(s).Text()} {
				if got := fresh.MatchText(in); got != want {
					t.Errorf("%s on %.40q (indexed %v): %v, the old line %v", c.lex, s, in.Indexed(), got, want)
				}
			}
		}
		if matched < 10 {
			t.Errorf("%s: the old line matched only %d texts", c.lex, matched)
		}
	}
}
