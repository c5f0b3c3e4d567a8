package plead

import (
	"github.com/complaintlint/complaintlint/lint/document"
)

// SentenceIndex is a sentence's index in the document, found within its
// paragraph's range.
func SentenceIndex(d *document.Document, s *document.Sentence) int {
	if s.Index >= 0 && s.Index < len(d.Sentences) && &d.Sentences[s.Index] == s {
		return s.Index
	}
	return -1
}
