package input

import (
	"errors"

	"github.com/complaintlint/complaintlint/lint/document"
)

// ReadDocx reads a Word document.
func ReadDocx(path string, data []byte) (document.Source, error) {
	return document.Source{}, errors.New(".docx support is not built yet")
}
