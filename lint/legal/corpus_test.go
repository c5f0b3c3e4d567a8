package legal

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// corpusTexts reads the shipped complaint texts (linttest.CorpusTexts).
func corpusTexts(t *testing.T, paragraphs bool) []string {
	t.Helper()
	return linttest.CorpusTexts(t, paragraphs)
}
