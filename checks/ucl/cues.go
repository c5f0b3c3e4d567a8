package ucl

import (
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// countIs reports whether the count belongs to any of the families.
func countIs(c *document.Count, families ...legal.Claim) bool {
	for _, f := range families {
		if c.Has(f) {
			return true
		}
	}
	return false
}
