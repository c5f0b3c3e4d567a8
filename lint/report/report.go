// Package report writes lint results in the formats people and tools read.
// Each format is a small type writing to an io.Writer; none of them knows
// how findings were produced.
package report

import (
	"io"

	"github.com/complaintlint/complaintlint/lint"
)

// Reporter writes the results of one run.
type Reporter interface {
	Report(w io.Writer, results []lint.FileResult) error
}
