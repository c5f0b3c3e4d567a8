package linttest

import (
	"os"
	"path/filepath"
	"strings"
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

// CorpusTexts reads the plain-text complaints, drafts and corpus texts
// (testdata/complaints, realistic, corpus and rules, *.txt at each top
// level) and, with paragraphs, every paragraph of each as well, so that a
// question a rule asks of a count's span is asked of the same text. It
// fails the test when fewer than 150 texts are found.
func CorpusTexts(t testing.TB, paragraphs bool) []string {
	t.Helper()
	root := moduleRoot(t)
	var texts []string
	for _, dir := range []string{"complaints", "realistic", "corpus", "rules"} {
		files, err := filepath.Glob(filepath.Join(root, "testdata", dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s := string(data)
			texts = append(texts, s)
			if paragraphs {
				texts = append(texts, strings.Split(s, "\n\n")...)
			}
		}
	}
	if len(texts) < 150 {
		t.Fatalf("only %d texts", len(texts))
	}
	return texts
}
