//go:build !(js && wasm)

package report_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/report"
)

// chromium finds the browser; CI installs it, so there a missing browser
// fails rather than skips.
func chromium(t *testing.T) string {
	t.Helper()
	return linttest.Tool(t, "chromium", "apt-get install chromium")
}

// runChromium runs headless Chromium with a throwaway profile and nothing
// that reaches the network, returning stdout and stderr.
func runChromium(t *testing.T, bin string, args ...string) (string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, errb.String())
	}
	return out.String(), errb.String()
}

// browserResults is the sample complaint plus a file quoting a script that
// would retitle the page if it ran.
func browserResults(t *testing.T) []lint.FileResult {
	r := lintFile(t, "testdata/complaints/liveperson-fac.txt", lint.DefaultProfile)
	src, err := input.Read("hostile.txt", []byte(hostileText), "")
	if err != nil {
		t.Fatal(err)
	}
	start := strings.Index(hostileText, "<script>")
	h := lint.FileResult{Path: "hostile.txt", Doc: document.Build(src), Findings: []lint.Finding{
		{Rule: "quoted-markup", Severity: lint.Warning, Span: lint.Span{Start: start, End: start + len("<script>")}, Message: "m", CountIndex: -1}}}
	return []lint.FileResult{r, h}
}

func writeReport(t *testing.T, results []lint.FileResult) string {
	var buf bytes.Buffer
	if err := (report.HTML{Rules: checks.All}).Report(&buf, results); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(p, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHTMLInBrowser renders the page in a real browser: every finding's
// anchor is in the DOM, the quoted script did not run and shows as text,
// and the page logs no errors.
func TestHTMLInBrowser(t *testing.T) {
	bin := chromium(t)
	results := browserResults(t)
	page := writeReport(t, results)
	dom, stderr := runChromium(t, bin, "--enable-logging=stderr", "--v=0", "--dump-dom", "file://"+page)
	if !strings.Contains(dom, "<title>complaintlint report</title>") || strings.Contains(dom, "pwned</title>") {
		t.Errorf("page title changed: the quoted script ran")
	}
	if !strings.Contains(dom, `&lt;script&gt;</mark>document.title='pwned'&lt;/script&gt;`) {
		t.Error("quoted script not shown as text")
	}
	for i := range results {
		for n := range shownCount(results[i]) {
			if id := `id="` + report.FindingAnchor(i, n) + `"`; !strings.Contains(dom, id) {
				t.Errorf("rendered DOM lacks %s", id)
			}
		}
	}
	if !strings.Contains(dom, `<h4 class="count"><a href="#l0-`) || !strings.Contains(dom, "<details>") {
		t.Error("rendered DOM lacks the count headings or the folded info findings")
	}
	for _, ln := range strings.Split(stderr, "\n") {
		if strings.Contains(ln, "Uncaught") || (strings.Contains(ln, "CONSOLE") && strings.Contains(ln, "file://")) {
			t.Errorf("page error: %s", ln)
		}
	}
}

// TestHTMLChartInBrowser: the report opens with the element chart, and in
// the rendered DOM every ¶ reference of the chart links to a paragraph of
// the text and every missing element to the finding that decided it.
func TestHTMLChartInBrowser(t *testing.T) {
	bin := chromium(t)
	page := writeReport(t, browserResults(t)[:1])
	dom, _ := runChromium(t, bin, "--dump-dom", "file://"+page)
	chartAt, findingsAt := strings.Index(dom, "<h3>Element chart</h3>"), strings.Index(dom, "<h3>Findings by count</h3>")
	if chartAt < 0 || findingsAt < chartAt {
		t.Fatalf("the chart does not open the file's report (chart at %d, findings at %d)", chartAt, findingsAt)
	}
	chartDOM := dom[chartAt:findingsAt]
	ids := map[string]bool{}
	for _, m := range reID.FindAllStringSubmatch(dom, -1) {
		ids[m[1]] = true
	}
	missing := reMissingRow.FindAllStringSubmatch(chartDOM, -1)
	if len(missing) != 10 {
		t.Errorf("the reconstruction's chart shows %d missing elements linked to findings, want 10", len(missing))
	}
	for _, m := range missing {
		if !ids[m[1]] {
			t.Errorf("missing element links to #%s, which the page lacks", m[1])
		}
	}
	refs := reParaLink.FindAllStringSubmatch(chartDOM, -1)
	if len(refs) < 20 {
		t.Errorf("only %d ¶ references in the chart", len(refs))
	}
	for _, m := range refs {
		if !ids[m[1]] {
			t.Errorf("¶ reference links to #%s, which the page lacks", m[1])
		}
	}
}

var (
	reID         = regexp.MustCompile(` id="([^"]+)"`)
	reMissingRow = regexp.MustCompile(`<tr class="status-missing[^"]*"[^>]*>.*?<td class="status"><a href="#([^"]+)">missing</a>`)
	reParaLink   = regexp.MustCompile(`<a href="#(l0-\d+)">(?:¶ \d+|unnumbered, line \d+)</a>`)
)

// TestHTMLScreenshot checks the page paints to a non-trivial image; with
// -update it keeps the sample complaint's screenshot for the README.
func TestHTMLScreenshot(t *testing.T) {
	bin := chromium(t)
	page := writeReport(t, browserResults(t)[:1])
	png := filepath.Join(t.TempDir(), "shot.png")
	runChromium(t, bin, "--screenshot="+png, "--window-size=1200,1600", "--hide-scrollbars", "file://"+page)
	data, err := os.ReadFile(png)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 20000 || !bytes.HasPrefix(data, []byte("\x89PNG")) {
		t.Fatalf("screenshot is %d bytes; a rendered report is far larger", len(data))
	}
	if *linttest.Update {
		if err := os.WriteFile("../../testdata/report-screenshot.png", data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestHTMLFindingsOnlyInBrowser prints the page as Chromium would, with
// and without the "Findings only" anchor: with it the complaint's text is
// hidden (CSS alone, no script), so the printout is a fraction as long.
func TestHTMLFindingsOnlyInBrowser(t *testing.T) {
	bin := chromium(t)
	page := writeReport(t, browserResults(t)[:1])
	pages := func(fragment string) int {
		pdf := filepath.Join(t.TempDir(), "page.pdf")
		runChromium(t, bin, "--print-to-pdf="+pdf, "--no-pdf-header-footer", "file://"+page+fragment)
		data, err := os.ReadFile(pdf)
		if err != nil {
			t.Fatal(err)
		}
		return len(pdfPage.FindAll(data, -1))
	}
	all, only := pages(""), pages("#findings-only")
	t.Logf("printed: %d pages with the text, %d findings only", all, only)
	if only < 1 || all < 3*only {
		t.Errorf("findings only: %d pages; with the text: %d; the text is not hidden", only, all)
	}
}

// pdfPage matches a page object in a PDF (not the /Pages tree).
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)
