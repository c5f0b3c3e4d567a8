package report

import (
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
)

// HTML writes one self-contained page for attorneys: each file's text with
// flagged words highlighted by severity and every finding in an aside
// beside its paragraph, a summary table with links on top, and a print
// stylesheet. It has no scripts and no external assets, so it opens the
// same offline, attached to an email or printed. Everything taken from a
// document is escaped with html.EscapeString: complaints quote hostile text.
// Suppressed findings are left out.
type HTML struct{}

// Report implements Reporter.
func (HTML) Report(w io.Writer, results []lint.FileResult) error {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>complaintlint report</title>\n<style>\n")
	b.WriteString(htmlCSS)
	b.WriteString("</style>\n</head>\n<body>\n<h1>complaintlint report</h1>\n")
	htmlSummary(&b, results)
	for i := range results {
		htmlFile(&b, i, &results[i])
	}
	b.WriteString("</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// FindingAnchor is the id of the aside entry for finding n (0-based, among
// the file's unsuppressed findings) of file i: tests and links use it.
func FindingAnchor(file, n int) string { return fmt.Sprintf("f%d-%d", file, n) }

// esc escapes s for HTML and renders it Visible: a bidirectional override
// in a name or a quotation would otherwise reorder what the browser shows.
func esc(s string) string { return html.EscapeString(Visible(s)) }

// shown is the file's findings an attorney should see, in report order.
func shown(r *lint.FileResult) []lint.Finding {
	var out []lint.Finding
	for _, f := range r.Findings {
		if f.Suppressed == nil {
			out = append(out, f)
		}
	}
	return out
}

func htmlSummary(b *strings.Builder, results []lint.FileResult) {
	b.WriteString("<table class=\"summary\">\n<thead><tr><th>File</th><th>Counts</th><th>Claim families</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Findings</th></tr></thead>\n<tbody>\n")
	for i := range results {
		r := &results[i]
		fmt.Fprintf(b, "<tr><td><a href=\"#file%d\">%s</a></td>", i, esc(r.Path))
		if r.Doc == nil {
			fmt.Fprintf(b, "<td colspan=\"6\" class=\"sev-error\">%s</td></tr>\n", esc(fileError(r)))
			continue
		}
		fs := shown(r)
		var per [3]int
		for _, f := range fs {
			if f.Severity >= lint.Info && f.Severity <= lint.Error {
				per[f.Severity]++
			}
		}
		fmt.Fprintf(b, "<td>%d</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>", len(r.Doc.Counts), esc(families(r.Doc)), per[lint.Error], per[lint.Warning], per[lint.Info])
		for n, f := range fs {
			if n > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(b, "<a class=\"sev-%s\" href=\"#%s\">%s</a>", f.Severity, FindingAnchor(i, n), esc(f.Rule))
		}
		b.WriteString("</td></tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
}

func fileError(r *lint.FileResult) string {
	if r.Err != nil {
		return r.Err.Error()
	}
	return "not linted"
}

// families lists the claim families the counts plead, first appearance first.
func families(d *document.Document) string {
	var out []string
	seen := map[string]bool{}
	for i := range d.Counts {
		for _, c := range d.Counts[i].Claims {
			if s := c.Short(); !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return strings.Join(out, ", ")
}

func htmlFile(b *strings.Builder, i int, r *lint.FileResult) {
	fmt.Fprintf(b, "<section class=\"file\" id=\"file%d\">\n<h2>%s</h2>\n", i, esc(r.Path))
	if line := forumLine(r); line != "" {
		fmt.Fprintf(b, "<p class=\"forum\">%s</p>\n", esc(line))
	}
	if r.Err != nil {
		fmt.Fprintf(b, "<p class=\"sev-error\">%s</p>\n", esc(r.Err.Error()))
	}
	for _, e := range r.CheckErrors {
		fmt.Fprintf(b, "<p class=\"sev-error\">internal error: %s</p>\n", esc(e.Error()))
	}
	if r.Doc == nil {
		b.WriteString("</section>\n")
		return
	}
	fs := shown(r)
	// Each finding's aside goes beside the line where it starts.
	byLine := map[int][]int{}
	for n, f := range fs {
		l := r.Start(f).Line
		byLine[l] = append(byLine[l], n)
	}
	src := r.Doc.Src
	for l := 1; l <= r.Doc.Lines.Lines(); l++ {
		sp := r.Doc.Lines.LineSpan(l)
		b.WriteString("<div class=\"para\"><p class=\"text\">")
		htmlLine(b, src, sp, fs)
		b.WriteString("</p>")
		if ns := byLine[l]; len(ns) > 0 {
			b.WriteString("<aside>")
			for _, n := range ns {
				htmlFinding(b, i, n, fs[n])
			}
			b.WriteString("</aside>")
		}
		b.WriteString("</div>\n")
	}
	b.WriteString("</section>\n")
}

// htmlLine writes one line, cutting it wherever a finding's span starts or
// ends so overlapping findings each show; a piece takes the most serious
// severity covering it.
func htmlLine(b *strings.Builder, src []byte, sp document.Span, fs []lint.Finding) {
	cuts := []int{sp.Start, sp.End}
	for _, f := range fs {
		for _, o := range []int{f.Span.Start, f.Span.End} {
			if o > sp.Start && o < sp.End {
				cuts = append(cuts, o)
			}
		}
	}
	sort.Ints(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		lo, hi := cuts[k], cuts[k+1]
		if lo == hi {
			continue
		}
		text := html.EscapeString(visibleKeepTabs(string(src[lo:hi])))
		sev, hit := lint.Info, false
		for _, f := range fs {
			if f.Span.Start <= lo && hi <= f.Span.End && f.Span.Start < f.Span.End {
				if !hit || f.Severity > sev {
					sev = f.Severity
				}
				hit = true
			}
		}
		if hit {
			fmt.Fprintf(b, "<mark class=\"sev-%s\">%s</mark>", sev, text)
		} else {
			b.WriteString(text)
		}
	}
}

func htmlFinding(b *strings.Builder, file, n int, f lint.Finding) {
	fmt.Fprintf(b, "<div class=\"finding sev-%s\" id=\"%s\"><p class=\"head\"><span class=\"sev\">%s</span> <code>%s</code></p><p>%s</p>",
		f.Severity, FindingAnchor(file, n), f.Severity, esc(f.Rule), esc(f.Message))
	if f.Authority != "" {
		fmt.Fprintf(b, "<p class=\"authority\">Authority: %s</p>", esc(f.Authority))
	}
	if f.Fix != "" {
		fmt.Fprintf(b, "<p class=\"fix\">Fix: %s</p>", esc(f.Fix))
	}
	b.WriteString("</div>")
}

const htmlCSS = `body { font-family: Georgia, "Times New Roman", serif; margin: 2em; color: #222; }
h1, h2, table, aside { font-family: system-ui, sans-serif; }
table.summary { border-collapse: collapse; margin-bottom: 2em; }
table.summary th, table.summary td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
.para { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5em; }
.para p.text { white-space: pre-wrap; margin: 0.2em 0; line-height: 1.5; }
aside { font-size: 0.85em; }
.finding { border-left: 4px solid #999; padding: 0.2em 0.6em; margin: 0.3em 0; background: #fafafa; }
.finding p { margin: 0.2em 0; }
.finding .sev { font-weight: bold; text-transform: uppercase; }
mark.sev-error { background: #f8c4c4; }
mark.sev-warning { background: #fbe3a6; }
mark.sev-info { background: #cfe3fb; }
.finding.sev-error { border-color: #c62828; }
.finding.sev-warning { border-color: #e69500; }
.finding.sev-info { border-color: #1e66c8; }
a.sev-error, td.sev-error, p.sev-error { color: #c62828; }
a.sev-warning { color: #9a6400; }
a.sev-info { color: #1e66c8; }
@media print {
  body { margin: 0.5in; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  .para { break-inside: avoid; }
  .finding { background: none; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
