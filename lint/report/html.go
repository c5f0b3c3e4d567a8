// The HTML report is not part of the WebAssembly build: the browser page
// renders the JSON document itself, and html/template would keep every
// exported method of the program alive through reflection.

//go:build !(js && wasm)

package report

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"iter"
	"sort"
	"strings"
	"sync"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
)

// HTML writes one self-contained page for attorneys. On top, a line of
// totals, a table of the files and, per file, the findings grouped under
// the count they belong to (rule titles, most serious first, an info rule
// that recurs in a count folded into one entry); below, each complaint's
// text with the flagged words highlighted by severity and every finding
// beside its paragraph. A "Findings only" link hides the text, with CSS
// alone. The page has no scripts and no external assets, so it opens the
// same offline, attached to an email or printed; html/template escapes
// everything taken from a document, and control characters and
// bidirectional overrides in it are shown as escapes (Visible), so they
// cannot reorder what the browser shows. Suppressed findings are left out.
type HTML struct {
	// Rules gives the titles findings are shown under; a finding whose
	// rule is not here is shown under its id.
	Rules []*lint.Check
}

// Report implements Reporter.
func (h HTML) Report(w io.Writer, results []lint.FileResult) error { return streamAll(h, w, results) }

// Start implements Streamer. The page opens with the run's totals and a
// row per file, so each file's section is spooled as the file comes,
// keeping only its row, and the page is written at the end: head, rows,
// the spooled sections, tail. The template writes in many small pieces
// as its rows are made; a buffer keeps them from being a system call each.
func (h HTML) Start(w io.Writer, _ int) Stream {
	st := &htmlStream{w: w, titles: map[string]string{}}
	for _, c := range h.Rules {
		st.titles[c.ID] = c.Title
	}
	st.sections = bufio.NewWriter(&st.spool)
	return st
}

type htmlStream struct {
	w        io.Writer
	titles   map[string]string
	rows     []fileView // each file's view without its findings and text
	all      htmlTally
	linted   int
	failed   int
	spool    spool
	sections *bufio.Writer
	err      error
}

func (st *htmlStream) File(r *lint.FileResult) error {
	if st.err != nil {
		return st.err
	}
	fv := fileOf(len(st.rows), r, st.titles)
	st.all.Errors += fv.Tally.Errors
	st.all.Warnings += fv.Tally.Warnings
	st.all.Info += fv.Tally.Info
	if fv.Linted {
		st.linted++
	} else {
		st.failed++
	}
	st.err = htmlPage().ExecuteTemplate(st.sections, "file", fv)
	fv.Chart, fv.Groups, fv.Lines = nil, nil, nil
	st.rows = append(st.rows, fv)
	return st.err
}

func (st *htmlStream) Finish() error {
	defer st.Close()
	if st.err != nil {
		return st.err
	}
	if err := st.sections.Flush(); err != nil {
		return err
	}
	pv := pageView{Files: st.rows}
	all := st.all
	pv.Totals = fmt.Sprintf("%s, %s, %s in %s", plural(all.Errors, "error"), plural(all.Warnings, "warning"), plural(all.Info, "info finding"), plural(st.linted, "file"))
	if st.failed > 0 {
		pv.Totals += fmt.Sprintf("; %s could not be read", plural(st.failed, "file"))
	}
	bw := bufio.NewWriter(st.w)
	if err := htmlPage().ExecuteTemplate(bw, "page-head", pv); err != nil {
		return err
	}
	if err := st.spool.copyTo(bw); err != nil {
		return err
	}
	if err := htmlPage().ExecuteTemplate(bw, "page-tail", pv); err != nil {
		return err
	}
	return bw.Flush()
}

func (st *htmlStream) Close() { st.spool.close() }

// FindingAnchor is the id of the entry beside the text for finding n
// (0-based, among the file's unsuppressed findings) of file i: tests and
// links use it.
func FindingAnchor(file, n int) string { return fmt.Sprintf("f%d-%d", file, n) }

// summaryAnchor is the id of finding n's entry in file i's summary.
func summaryAnchor(file, n int) string { return fmt.Sprintf("s%d-%d", file, n) }

// The page is built from these views, then rendered by htmlPage. A new
// section of a file's report is a field on fileView, a {{define}} below
// and one {{template}} line in "file".
type pageView struct {
	Totals string
	Files  []fileView
}

type fileView struct {
	Index    int
	Anchor   string
	Path     string
	Forum    string   // the forum and law assumed, and how to change them
	Errors   []string // why the file could not be read, or checks that failed
	Linted   bool
	Counts   int
	Families string
	Tally    htmlTally
	// Chart is the element chart, which opens the file's report, a count
	// at a time as the page is written; HasChart says it has a count.
	Chart    iter.Seq[chartCountView]
	HasChart bool
	Groups   []groupView // findings by count, in document order
	// Lines is the file's text a line at a time, made as the page is
	// written: held whole, the views of a long complaint's every line
	// took several times the text's size.
	Lines iter.Seq[lineView]
}

// groupView is one count's findings (or those outside any count).
type groupView struct {
	Heading string // "Count I (Copyright)"
	Title   string // the cause as pleaded
	Anchor  string // the heading's line in the text
	Tally   htmlTally
	Entries []entryView
}

// entryView is one finding in a summary, or several findings of one info
// rule in one count folded together.
type entryView struct {
	findingView
	// Places are, for a folded entry, every finding it stands for, this
	// one first; nil for an entry of one finding.
	Places []findingView
}

// htmlTally counts findings by severity, for the templates.
type htmlTally struct{ Errors, Warnings, Info int }

func (t *htmlTally) add(s lint.Severity) {
	switch s {
	case lint.Error:
		t.Errors++
	case lint.Warning:
		t.Warnings++
	default:
		t.Info++
	}
}

type findingView struct {
	Anchor    string // the entry beside the text
	Summary   string // the entry in the summary
	Severity  string
	Title     string
	Rule      string
	Where     string // "line 26, ¶ 5"
	Count     string // "Count I (Copyright)", or empty
	Message   string
	Authority string
	Fix       string
}

type lineView struct {
	Anchor   string
	Heading  bool // part of a count heading
	Pieces   []pieceView
	Findings []findingView
}

// pieceView is a run of a line's text; Severity is set when a finding
// covers it.
type pieceView struct {
	Text     string
	Severity string
}

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

func fileOf(i int, r *lint.FileResult, titles map[string]string) fileView {
	// Names and messages quote the document: Visible keeps a
	// bidirectional override in them from reordering what the browser
	// shows (html/template escapes the markup).
	fv := fileView{Index: i, Anchor: fmt.Sprintf("file%d", i), Path: Visible(r.Path), Forum: Visible(forumLine(r)), Linted: r.Doc != nil}
	if r.Err != nil {
		fv.Errors = append(fv.Errors, Visible(r.Err.Error()))
	} else if r.Doc == nil {
		fv.Errors = append(fv.Errors, "not linted")
	}
	for _, e := range r.CheckErrors {
		fv.Errors = append(fv.Errors, "internal error: "+Visible(e.Error()))
	}
	if r.Doc == nil {
		return fv
	}
	d := r.Doc
	fv.Counts = len(d.Counts)
	fv.Families = families(d)
	fs := shown(r)
	views := make([]findingView, len(fs))
	for n, f := range fs {
		fv.Tally.add(f.Severity)
		title := titles[f.Rule]
		if title == "" {
			title = f.Rule
		}
		views[n] = findingView{
			Anchor: FindingAnchor(i, n), Summary: summaryAnchor(i, n),
			Severity: f.Severity.String(), Title: Visible(title), Rule: Visible(f.Rule), Where: where(r, f), Count: Visible(f.Count),
			Message: Visible(f.Message), Authority: Visible(f.Authority), Fix: Visible(f.Fix),
		}
	}
	fv.Chart, fv.HasChart = chartViews(i, r), len(d.Counts) > 0
	fv.Groups = groups(i, r, fs, views)
	fv.Lines = lines(i, r, fs, views)
	return fv
}

// where says where a finding starts, as the text output does.
func where(r *lint.FileResult, f lint.Finding) string {
	pos := r.Start(f)
	s := fmt.Sprintf("line %d", pos.Line)
	if r.Doc.Format == document.FormatDocx {
		s = fmt.Sprintf("paragraph %d", pos.Line)
	}
	if n := r.AllegationLabel(f); n != "" {
		s += ", ¶ " + n
	}
	return s
}

// groups puts the findings under their counts, in document order, with
// the findings outside any count first (they are about the whole
// complaint). Within a group: errors, then warnings, then info, each in
// document order. An info rule reported more than once in the file (the
// same note on every count, say) is one entry at the end, listing every
// place, so the notes do not bury the errors.
func groups(file int, r *lint.FileResult, fs []lint.Finding, views []findingView) []groupView {
	d := r.Doc
	gs := make([]groupView, len(d.Counts)+1)
	gs[0] = groupView{Heading: "Outside any count"}
	for c := range d.Counts {
		cnt := &d.Counts[c]
		gs[c+1] = groupView{Heading: Visible(cnt.Name()), Title: Visible(cnt.Title), Anchor: lineAnchor(file, d.Lines.Position(cnt.Heading.Start).Line)}
	}
	infos := map[string]int{}
	for _, f := range fs {
		if f.Severity == lint.Info {
			infos[f.Rule]++
		}
	}
	repeated := groupView{Heading: "Info findings repeated across the complaint"}
	folded := map[string]int{} // repeated info rule -> its entry
	members := make([][]int, len(gs))
	for n, f := range fs {
		if f.Severity == lint.Info && infos[f.Rule] > 1 {
			repeated.Tally.add(f.Severity)
			if e, ok := folded[f.Rule]; ok {
				repeated.Entries[e].Places = append(repeated.Entries[e].Places, views[n])
			} else {
				folded[f.Rule] = len(repeated.Entries)
				repeated.Entries = append(repeated.Entries, entryView{findingView: views[n], Places: []findingView{views[n]}})
			}
			continue
		}
		g := 0
		if f.CountIndex >= 0 && f.CountIndex < len(d.Counts) {
			g = f.CountIndex + 1
		}
		gs[g].Tally.add(f.Severity)
		members[g] = append(members[g], n)
	}
	var out []groupView
	for g := range gs {
		ns := members[g]
		if len(ns) == 0 {
			continue
		}
		sort.SliceStable(ns, func(a, b int) bool { return fs[ns[a]].Severity > fs[ns[b]].Severity })
		for _, n := range ns {
			gs[g].Entries = append(gs[g].Entries, entryView{findingView: views[n]})
		}
		out = append(out, gs[g])
	}
	if len(repeated.Entries) > 0 {
		out = append(out, repeated)
	}
	return out
}

func lineAnchor(file, line int) string { return fmt.Sprintf("l%d-%d", file, line) }

// lines is the file's text, one row per line, each finding beside the
// line where it starts; each row is made when the page asks for it.
func lines(file int, r *lint.FileResult, fs []lint.Finding, views []findingView) iter.Seq[lineView] {
	d := r.Doc
	byLine := map[int][]int{}
	for n, f := range fs {
		l := r.Start(f).Line
		byLine[l] = append(byLine[l], n)
	}
	heading := map[int]bool{}
	for c := range d.Counts {
		h := d.Counts[c].Heading
		for l := d.Lines.Position(h.Start).Line; l <= d.Lines.Position(max(h.Start, h.End-1)).Line; l++ {
			heading[l] = true
		}
	}
	return func(yield func(lineView) bool) {
		for l := 1; l <= d.Lines.Lines(); l++ {
			lv := lineView{Anchor: lineAnchor(file, l), Heading: heading[l], Pieces: pieces(d.Src, d.Lines.LineSpan(l), fs)}
			for _, n := range byLine[l] {
				lv.Findings = append(lv.Findings, views[n])
			}
			if !yield(lv) {
				return
			}
		}
	}
}

// pieces cuts one line wherever a finding's span starts or ends so
// overlapping findings each show; a piece takes the most serious severity
// covering it.
func pieces(src string, sp document.Span, fs []lint.Finding) []pieceView {
	cuts := []int{sp.Start, sp.End}
	for _, f := range fs {
		for _, o := range []int{f.Span.Start, f.Span.End} {
			if o > sp.Start && o < sp.End {
				cuts = append(cuts, o)
			}
		}
	}
	sort.Ints(cuts)
	var out []pieceView
	for k := 0; k+1 < len(cuts); k++ {
		lo, hi := cuts[k], cuts[k+1]
		if lo == hi {
			continue
		}
		sev, hit := lint.Info, false
		for _, f := range fs {
			if f.Span.Start <= lo && hi <= f.Span.End && f.Span.Start < f.Span.End {
				if !hit || f.Severity > sev {
					sev = f.Severity
				}
				hit = true
			}
		}
		// Tabs stay tabs (the text is pre-wrap); other control characters
		// and bidirectional overrides show as escapes.
		p := pieceView{Text: visibleKeepTabs(src[lo:hi])}
		if hit {
			p.Severity = sev.String()
		}
		out = append(out, p)
	}
	return out
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
	return Visible(strings.Join(out, ", "))
}

// htmlPage holds the page cut where the files' sections go: "page-head"
// (up to the table of files), the sections ("file", one per file), and
// "page-tail". It is parsed on first use: most runs write no HTML, and
// parsing the page at start-up cost every run about a millisecond.
var htmlPage = sync.OnceValue(func() *template.Template {
	head, tail, ok := strings.Cut(htmlTemplate, htmlSections)
	if !ok {
		panic("report: the HTML template has no files' sections")
	}
	t := template.Must(template.New("page-head").Funcs(template.FuncMap{
		"plural": plural,
		"css":    func() template.CSS { return template.CSS(htmlCSS) },
	}).Parse(head))
	return template.Must(t.New("page-tail").Parse(tail))
})

// htmlSections is where the page writes each file's section.
const htmlSections = `{{range .Files}}{{template "file" .}}{{end}}`

// The markup. Whitespace inside <p class="text"> is shown (pre-wrap), so
// the line templates trim theirs.
const htmlTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>complaintlint report</title>
<style>
{{css}}</style>
</head>
<body>
<span id="findings-only"></span>
<header id="top">
<h1>complaintlint report</h1>
<p class="totals">{{.Totals}}</p>
<nav><a href="#findings-only">Findings only</a> <a href="#top">Findings and text</a></nav>
</header>
<table class="files">
<thead><tr><th>File</th><th>Counts</th><th>Claim families</th><th>Errors</th><th>Warnings</th><th>Info</th></tr></thead>
<tbody>
{{range .Files}}{{template "file-row" .}}{{end}}</tbody>
</table>
{{range .Files}}{{template "file" .}}{{end}}</body>
</html>
{{define "file-row"}}<tr><td><a href="#{{.Anchor}}">{{.Path}}</a></td>
{{- if .Linted}}<td>{{.Counts}}</td><td>{{.Families}}</td><td class="n">{{.Tally.Errors}}</td><td class="n">{{.Tally.Warnings}}</td><td class="n">{{.Tally.Info}}</td>
{{- else}}<td colspan="5" class="sev-error">{{index .Errors 0}}</td>{{end}}</tr>
{{end}}
{{define "file"}}<section class="file" id="{{.Anchor}}">
<h2>{{.Path}}</h2>
{{with .Forum}}<p class="forum">{{.}}</p>
{{end}}
{{- range .Errors}}<p class="sev-error">{{.}}</p>
{{end}}
{{- if .Linted}}{{template "file-chart" .}}{{template "file-findings" .}}{{template "file-text" .}}{{end -}}
</section>
{{end}}
{{define "file-findings"}}<div class="findings">
<h3>Findings by count</h3>
{{if not .Groups}}<p>No findings.</p>
{{end}}
{{- range .Groups}}<h4 class="count">{{if .Anchor}}<a href="#{{.Anchor}}">{{.Heading}}</a>{{else}}{{.Heading}}{{end}}
{{- if .Title}} <span class="cause">{{.Title}}</span>{{end}} <span class="tally">{{template "tally" .Tally}}</span></h4>
<ul class="entries">
{{range .Entries}}{{template "entry" .}}{{end}}</ul>
{{end}}</div>
{{end}}
{{define "tally"}}{{with .Errors}}<span class="sev-error">{{plural . "error"}}</span> {{end}}{{with .Warnings}}<span class="sev-warning">{{plural . "warning"}}</span> {{end}}{{with .Info}}<span class="sev-info">{{plural . "info finding"}}</span>{{end}}{{end}}
{{define "entry"}}{{if .Places}}<li class="entry sev-{{.Severity}}"><details><summary><span class="sev">{{.Severity}}</span> <strong>{{.Title}}</strong> — {{plural (len .Places) "place"}}</summary>
<p>{{.Message}}</p>{{template "law" .}}
{{$first := .Message}}<ul class="places">{{range .Places}}<li id="{{.Summary}}">{{with .Count}}{{.}}, {{end}}<a href="#{{.Anchor}}">{{.Where}}</a>{{if ne .Message $first}}: {{.Message}}{{end}}</li>{{end}}</ul>
</details></li>
{{else}}<li class="entry sev-{{.Severity}}" id="{{.Summary}}"><p class="head"><span class="sev">{{.Severity}}</span> <strong title="{{.Rule}}">{{.Title}}</strong> <a href="#{{.Anchor}}">{{.Where}}</a></p>
<p>{{.Message}}</p>{{template "law" .}}</li>
{{end}}{{end}}
{{define "file-chart"}}{{if .HasChart}}<div class="chart">
<h3>Element chart</h3>
<p class="chart-note">For each count, the elements of its claim in the order courts list them, whether the rules found each pleaded, thin or missing, and the paragraphs that carry it. Drafting information, not legal advice.</p>
{{range .Chart}}<h4 class="count"><a href="#{{.Anchor}}">{{.Name}}</a> <span class="cause">{{.Title}}</span></h4>
{{range .Blocks}}<table class="elements">
<caption>{{.Title}}{{with .Note}} — {{.}}{{end}}</caption>
<thead><tr><th>Element</th><th>Status</th><th>¶¶</th><th>Decided by</th></tr></thead>
<tbody>
{{range .Rows}}<tr class="status-{{.Class}}{{if .Sub}} sub{{end}}" id="{{.Anchor}}"><td><code>{{.ID}}</code>{{if not .Sub}} {{.Element}}{{end}}</td><td class="status">{{if .Finding}}<a href="#{{.Finding}}">{{.Status}}</a>{{else}}{{.Status}}{{end}}</td><td>{{if .Refs}}{{range $k, $r := .Refs}}{{if $k}}, {{end}}<a href="#{{$r.Anchor}}">{{$r.Label}}</a>{{end}}{{else}}—{{end}}</td><td>{{with .Rule}}<code>{{.}}</code>{{end}}{{with .Note}} <span class="note">{{.}}</span>{{end}}</td></tr>
{{end}}</tbody>
</table>
{{end}}{{end}}</div>
{{end}}{{end}}
{{define "law"}}{{with .Authority}}<p class="authority">Authority: {{.}}</p>{{end}}{{with .Fix}}<p class="fix">Fix: {{.}}</p>{{end}}{{end}}
{{define "file-text"}}<div class="fulltext">
<h3>Text with findings</h3>
{{range .Lines}}<div class="para{{if .Heading}} count-heading{{end}}" id="{{.Anchor}}"><p class="text">
{{- range .Pieces}}{{if .Severity}}<mark class="sev-{{.Severity}}">{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end -}}
</p>{{if .Findings}}<aside>{{range .Findings}}<div class="finding sev-{{.Severity}}" id="{{.Anchor}}"><p class="head"><span class="sev">{{.Severity}}</span> <strong title="{{.Rule}}">{{.Title}}</strong> <a href="#{{.Summary}}">summary</a></p><p>{{.Message}}</p>{{template "law" .}}</div>{{end}}</aside>{{end}}</div>
{{end}}</div>
{{end}}`

const htmlCSS = `body { font-family: Georgia, "Times New Roman", serif; margin: 2em; color: #222; }
h1, h2, h3, h4, table, aside, nav, .totals, .findings { font-family: system-ui, sans-serif; }
h1 { margin-bottom: 0.2em; }
.totals { font-size: 1.1em; margin: 0.2em 0 0.6em; }
nav a { margin-right: 1.2em; }
table.files { border-collapse: collapse; margin: 1em 0 2em; }
table.files th, table.files td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
table.files td.n { text-align: right; }
h2 { border-bottom: 2px solid #444; padding-bottom: 0.2em; margin-top: 2em; }
h4.count { font-size: 1.1em; margin: 1.2em 0 0.3em; padding: 0.3em 0.5em; background: #eef1f5; border-left: 4px solid #445; }
h4.count .cause { font-weight: normal; color: #444; }
h4.count .tally { font-weight: normal; font-size: 0.85em; margin-left: 0.6em; }
ul.entries { list-style: none; padding-left: 0; margin: 0; }
li.entry { border-left: 4px solid #999; padding: 0.2em 0.6em; margin: 0.4em 0; }
li.entry p { margin: 0.2em 0; }
li.entry summary { cursor: pointer; }
ul.places { margin: 0.2em 0; }
.sev { font-weight: bold; text-transform: uppercase; font-size: 0.85em; }
.authority, .fix { font-size: 0.92em; }
.fulltext { margin-top: 2em; }
.para { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5em; }
.para p.text { white-space: pre-wrap; margin: 0.2em 0; line-height: 1.5; }
.para.count-heading p.text { font-family: system-ui, sans-serif; font-weight: bold; font-size: 1.15em; margin-top: 0.8em; }
aside { font-size: 0.85em; }
.finding { border-left: 4px solid #999; padding: 0.2em 0.6em; margin: 0.3em 0; background: #fafafa; }
.finding p { margin: 0.2em 0; }
mark.sev-error { background: #f8c4c4; }
mark.sev-warning { background: #fbe3a6; }
mark.sev-info { background: #cfe3fb; }
.finding.sev-error, li.entry.sev-error { border-color: #c62828; }
.finding.sev-warning, li.entry.sev-warning { border-color: #e69500; }
.finding.sev-info, li.entry.sev-info { border-color: #1e66c8; }
span.sev-error, td.sev-error, p.sev-error, .sev-error > .head .sev, .sev-error > details .sev { color: #c62828; }
span.sev-warning, .sev-warning > .head .sev, .sev-warning > details .sev { color: #9a6400; }
span.sev-info, .sev-info > .head .sev, .sev-info > details .sev { color: #1e66c8; }
table.elements { border-collapse: collapse; margin: 0.4em 0 1em; font-family: system-ui, sans-serif; font-size: 0.92em; }
table.elements caption { text-align: left; font-weight: bold; padding: 0.2em 0; }
table.elements th, table.elements td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
table.elements tr.sub td:first-child { padding-left: 1.6em; }
td.status { font-weight: bold; white-space: nowrap; }
tr.status-missing td.status, tr.status-missing td.status a { color: #c62828; }
tr.status-thin td.status, tr.status-thin td.status a { color: #9a6400; }
tr.status-pleaded td.status { color: #2e7d32; }
tr.status-not-checked td.status { color: #666; font-weight: normal; }
.note, .chart-note { color: #555; }
#findings-only:target ~ section .fulltext { display: none; }
@media print {
  body { margin: 0.5in; font-size: 11pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  .para, li.entry { break-inside: avoid; }
  h4.count { break-after: avoid; }
  .finding { background: none; }
  mark, h4.count { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
