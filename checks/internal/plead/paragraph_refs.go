package plead

import (
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// ReIncNumbers is a paragraph reference or range: "paragraphs 9 through
// 12", "¶ 40", and in outline numbering "paragraphs 1.1 through 4.8".
var ReIncNumbers = pattern.MustCompile(`(?i)(?:paragraphs?|¶+)\s*(\d+(?:\.\d+){0,2})(?:\s*(?:through|thru|to|-|–|—)\s*(\d+(?:\.\d+){0,2}))?`)

// ParagraphRange reads one ReIncNumbers match as the numbers of its ends.
func ParagraphRange(m []string) (lo, hi document.Num, ok bool) {
	if lo, ok = document.ParseNum(m[1]); !ok {
		return lo, hi, false
	}
	hi = lo
	if m[2] != "" {
		hi, ok = document.ParseNum(m[2])
	}
	return lo, hi, ok
}

// RefersOutside reports an incorporation sentence that names paragraph
// numbers the document does not contain.
func RefersOutside(d *document.Document, text pattern.Text) bool {
	for _, m := range ReIncNumbers.FindAllTextSubmatch(text, -1) {
		lo, hi, ok := ParagraphRange(m)
		if !ok {
			return true
		}
		for _, n := range []document.Num{lo, hi} {
			if _, ok := d.AllegationByPrinted(n); !ok {
				return true
			}
		}
	}
	return false
}
