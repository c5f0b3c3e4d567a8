package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/report"
)

// TestHTMLGolden pins the page for the sample complaint.
func TestHTMLGolden(t *testing.T) {
	r := lintFile(t, "testdata/complaints/liveperson-fac.txt", lint.DefaultProfile)
	var buf bytes.Buffer
	if err := (report.HTML{}).Report(&buf, []lint.FileResult{r}); err != nil {
		t.Fatal(err)
	}
	linttest.Golden(t, "../../testdata/golden/liveperson-fac.html.golden", buf.Bytes())
	if len(shownCount(r)) == 0 {
		t.Fatal("sample complaint has no findings; the golden tests nothing")
	}
	for n := range shownCount(r) {
		if id := `id="` + report.FindingAnchor(0, n) + `"`; !strings.Contains(buf.String(), id) {
			t.Errorf("missing %s", id)
		}
		if href := `href="#` + report.FindingAnchor(0, n) + `"`; !strings.Contains(buf.String(), href) {
			t.Errorf("summary does not link %s", href)
		}
	}
}

func shownCount(r lint.FileResult) []lint.Finding {
	var out []lint.Finding
	for _, f := range r.Findings {
		if f.Suppressed == nil {
			out = append(out, f)
		}
	}
	return out
}

// hostileText quotes markup a complaint might quote as evidence.
const hostileText = "COMPLAINT\n\n1. The website displayed <script>document.title='pwned'</script> & \"more\".\n"

// TestHTMLEscapesDocumentText checks that quoted markup stays text, both in
// the body and inside a highlighted span and a message.
func TestHTMLEscapesDocumentText(t *testing.T) {
	src, err := input.Read("hostile.txt", []byte(hostileText), "")
	if err != nil {
		t.Fatal(err)
	}
	doc := document.Build(src)
	start := strings.Index(hostileText, "<script>")
	end := strings.Index(hostileText, "</script>") + len("</script>")
	fs := []lint.Finding{{Rule: "x<y>", Severity: lint.Error, Span: lint.Span{Start: start, End: end}, Message: "<b>m</b>", Authority: "<i>", Fix: "</aside>", CountIndex: -1}}
	var buf bytes.Buffer
	if err := (report.HTML{}).Report(&buf, []lint.FileResult{{Path: "<p>.txt", Doc: doc, Findings: fs}}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script", "<b>", "<i>", "</aside></aside>", "<p>.txt", "<y>"} {
		if strings.Contains(out, bad) {
			t.Errorf("unescaped %q in output", bad)
		}
	}
	if !strings.Contains(out, `<mark class="sev-error">&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;</mark>`) {
		t.Errorf("flagged span not highlighted as escaped text:\n%s", out)
	}
}
