package suppress

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
)

// FuzzApply: whatever comments a Markdown draft holds, applying
// suppressions never panics, never drops a finding, and every finding it
// adds lies inside the document.
func FuzzApply(f *testing.F) {
	f.Add(md)
	f.Add("<!-- complaintlint-disable rule-a -- r -->\n<!-- complaintlint-enable rule-a -->")
	f.Add("<!-- complaintlint-disable-next-line rule-a,,rule-b -- -->\n\n\n")
	f.Add("<!--<!-- complaintlint-enable -->-->")
	f.Fuzz(func(t *testing.T, text string) {
		// The directive parser reads only the source and its line index; a
		// full model (sentence splitting) would make each run slow.
		d := &document.Document{Path: "c.md", Format: document.FormatMarkdown, Src: text, Text: text, Lines: document.NewLineIndex(text)}
		var fs []lint.Finding
		for off := 0; off < len(d.Src); off += 7 {
			fs = append(fs, lint.Finding{Rule: "rule-a", Span: lint.Span{Start: off, End: off}, CountIndex: -1})
		}
		n := len(fs)
		r := &lint.FileResult{Doc: d, Findings: fs}
		Apply(r, known, []Entry{{Rule: "rule-a", Reason: "x", Text: "a"}})
		if len(r.Findings) < n {
			t.Fatalf("%d findings, had %d", len(r.Findings), n)
		}
		for _, f := range r.Findings {
			if f.Span.Start < 0 || f.Span.End > len(d.Src) || f.Span.Start > f.Span.End {
				t.Fatalf("finding outside the document: %+v", f)
			}
		}
	})
}
