package pattern_test

import (
	"os"
	"regexp"
	"testing"

	_ "github.com/complaintlint/complaintlint/checks" // registers the rules' patterns
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// sourcePatterns are the patterns that exist once every package is
// initialised, before any test makes patterns of its own.
var sourcePatterns = legal.RegisteredPatterns()

// TestAnchorTable checks that anchor_table.go equals the anchors computed
// from every pattern in the source. After changing a pattern or a lexicon,
// run go generate ./lint/pattern (CI checks that it leaves no difference).
func TestAnchorTable(t *testing.T) {
	want := pattern.FormatAnchorTable(sourcePatterns)
	got, err := os.ReadFile("anchor_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatal("anchor_table.go is out of date: run go generate ./lint/pattern")
	}
}

// TestProgTable checks that prog_table.go holds the compiled programs of
// every pattern in the source (go generate ./lint/pattern writes it with the
// anchor table).
func TestProgTable(t *testing.T) {
	got, err := os.ReadFile("prog_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != pattern.FormatProgTable(sourcePatterns) {
		t.Fatal("prog_table.go is out of date: run go generate ./lint/pattern")
	}
}

// TestEveryPatternCompiles compiles every pattern of the source and every
// lexicon, since patterns are otherwise compiled only when first used.
func TestEveryPatternCompiles(t *testing.T) {
	exprs := sourcePatterns
	if len(exprs) < 200 {
		t.Fatalf("only %d patterns registered; the rules' patterns are missing", len(exprs))
	}
	for _, e := range exprs {
		if _, err := regexp.Compile(e); err != nil {
			t.Errorf("%q: %v", e, err)
		}
	}
}

// TestTokenTable checks that token_table.go equals the token programs
// compiled from every pattern in the source (go generate ./lint/pattern
// writes both tables), and that most cue patterns compile.
func TestTokenTable(t *testing.T) {
	want, compiled, total := pattern.FormatTokenTable(sourcePatterns)
	got, err := os.ReadFile("token_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatal("token_table.go is out of date: run go generate ./lint/pattern")
	}
	t.Logf("%d of %d expressions compiled to token programs", compiled, total)
	if compiled < total/2 {
		t.Errorf("only %d of %d expressions compiled", compiled, total)
	}
}
