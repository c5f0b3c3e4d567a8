//go:build !(js && wasm)

package report_test

import (
	"bytes"
	"html/template"
	"strconv"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
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
	if err := (report.HTML{Rules: checks.All}).Report(&buf, []lint.FileResult{r}); err != nil {
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

// TestHTMLScannable checks the summary an attorney scans: rules under
// their titles, findings under their count's heading, an info rule that
// recurs folded into one entry listing its places, and a findings-only
// view that needs no script.
func TestHTMLScannable(t *testing.T) {
	r := lintFile(t, "testdata/complaints/liveperson-fac.txt", lint.DefaultProfile)
	var buf bytes.Buffer
	if err := (report.HTML{Rules: checks.All}).Report(&buf, []lint.FileResult{r}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	titles := map[string]string{}
	for _, c := range checks.All {
		titles[c.ID] = c.Title
	}
	infos := map[string]int{}
	for _, f := range shownCount(r) {
		if !strings.Contains(out, `<strong title="`+f.Rule+`">`+template.HTMLEscapeString(titles[f.Rule])+`</strong>`) && f.Severity != lint.Info {
			t.Errorf("%s not shown under its title %q", f.Rule, titles[f.Rule])
		}
		if f.Severity == lint.Info {
			infos[f.Rule]++
		}
	}
	folded := 0
	for rule, n := range infos {
		if n < 2 {
			continue
		}
		folded++
		entry := `<strong>` + template.HTMLEscapeString(titles[rule]) + `</strong> — ` + strconv.Itoa(n) + ` places</summary>`
		if strings.Count(out, entry) != 1 {
			t.Errorf("info rule %s found %d times: want one folded entry %q", rule, n, entry)
		}
	}
	if folded == 0 {
		t.Error("the sample has no repeated info finding; the folding is untested")
	}
	// Every count with an error or warning has a heading in the summary,
	// in document order.
	last := -1
	for i := range r.Doc.Counts {
		c := &r.Doc.Counts[i]
		has := false
		for _, f := range shownCount(r) {
			has = has || (f.CountIndex == i && f.Severity > lint.Info)
		}
		if !has {
			continue
		}
		at := strings.Index(out, `<h4 class="count"><a href="#l0-`+strconv.Itoa(r.Doc.Lines.Position(c.Heading.Start).Line)+`">`+template.HTMLEscapeString(c.Name())+"</a>")
		if at < 0 || at < last {
			t.Errorf("no heading for %s after the previous count's", c.Name())
		}
		last = at
	}
	for _, want := range []string{
		`<span id="findings-only"></span>`,
		`<a href="#findings-only">Findings only</a>`,
		`#findings-only:target ~ section .fulltext { display: none; }`,
		`<h4 class="count">Info findings repeated across the complaint`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(out, "<script") {
		t.Error("the page has a script")
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
	for _, bad := range []string{"<script", "<b>", "<i>", "</aside></aside>", "<p>.txt", "<y>", "x<y"} {
		if strings.Contains(out, bad) {
			t.Errorf("unescaped %q in output", bad)
		}
	}
	if !strings.Contains(out, `<mark class="sev-error">&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;</mark>`) {
		t.Errorf("flagged span not highlighted as escaped text:\n%s", out)
	}
}
