package legal

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusTexts (as the pattern engine's tests have it) reads every shipped complaint, draft and corpus text and,
// with paragraphs, every paragraph of each, so that a question asked of a
// count's span is asked here too.
func corpusTexts(t *testing.T, paragraphs bool) []string {
	t.Helper()
	var texts []string
	for _, dir := range []string{"complaints", "realistic", "corpus", "rules"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.txt"))
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
