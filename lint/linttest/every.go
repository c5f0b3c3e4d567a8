package linttest

import (
	"os"
	"path/filepath"
	"testing"
)

// EveryComplaint reads every complaint the repository ships: the long ones
// (testdata/complaints), the realistic drafts, the labelled corpus and the
// rule fixtures, for a test that compares a faster answer with the one it
// replaced on every sentence the rules have been tried on. It fails the
// test when fewer than 500 are found, so that such a test never passes by
// checking a few.
func EveryComplaint(t testing.TB) []Complaint {
	t.Helper()
	root := moduleRoot(t)
	var out []Complaint
	for _, pattern := range []string{"complaints/*.txt", "realistic/*.txt", "realistic/*.md", "corpus/*.txt", "corpus/*.md", "rules/*/*.txt", "rules/*/*.md"} {
		paths, err := filepath.Glob(filepath.Join(root, "testdata", pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, Complaint{Path: p, Data: data})
		}
	}
	if len(out) < 500 {
		t.Fatalf("read %d complaints under %s, want the shipped ones (over 500)", len(out), root)
	}
	return out
}
