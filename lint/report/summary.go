package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/forum"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// The summary closes the text output: for each file, a table of its counts
// (numeral, cause of action as pleaded, claim family, findings by severity)
// with a line for the findings outside any count and a total, then the
// errors and warnings by place, so an attorney sees at a glance which
// counts need work; last, one line totalling every file.

// maxAttention caps the list of errors and warnings in a file's summary;
// the findings themselves are all printed above it.
const maxAttention = 25

// summaryState is the summary of a run being streamed: the totals, and
// each file's table spooled as the file comes.
type summaryState struct {
	files                                          int // in the run
	linted, failed, errs, warns, infos, suppressed int
	tables                                         spool
	ew                                             *errWriter
}

func newSummary(files int) *summaryState {
	s := &summaryState{files: files}
	s.ew = &errWriter{w: &s.tables}
	return s
}

// file counts one file's findings and spools its table. A file without
// counts gets a line saying so only when it is the run's one file.
func (s *summaryState) file(pal palette, r *lint.FileResult) {
	if r.Err != nil {
		s.failed++
		return
	}
	s.linted++
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			s.suppressed++
			continue
		}
		switch f.Severity {
		case lint.Error:
			s.errs++
		case lint.Warning:
			s.warns++
		default:
			s.infos++
		}
	}
	if r.Doc == nil || (len(r.Doc.Counts) == 0 && s.files > 1) {
		return
	}
	countSummary(s.ew, pal, r)
}

// finish writes the spooled tables and the line totalling every file.
func (s *summaryState) finish(w *errWriter, pal palette) {
	if s.ew.err != nil && w.err == nil {
		w.err = s.ew.err
	}
	if w.err == nil {
		w.err = s.tables.copyTo(w.w)
	}
	parts := []string{
		plural(s.errs, "error"), plural(s.warns, "warning"), plural(s.infos, "info finding"),
	}
	line := fmt.Sprintf("%s in %s", strings.Join(parts, ", "), plural(s.linted, "file"))
	if s.suppressed > 0 {
		line += fmt.Sprintf(" (%d suppressed)", s.suppressed)
	}
	if s.failed > 0 {
		line += fmt.Sprintf("; %s could not be read", plural(s.failed, "file"))
	}
	w.printf("%s\n", pal.bold(line))
}

func (s *summaryState) close() { s.tables.close() }

// forumLine says once which forum and law the rules assumed and how to
// change it; "" when the file was not linted.
func forumLine(r *lint.FileResult) string {
	if r.Forum == nil {
		return ""
	}
	return "Forum: " + r.Forum.Summary() + ". " + forum.HowToChange
}

// tally counts findings by severity.
type tally struct{ e, w, i int }

func (t *tally) add(s lint.Severity) {
	switch s {
	case lint.Error:
		t.e++
	case lint.Warning:
		t.w++
	default:
		t.i++
	}
}

func (t tally) total() int { return t.e + t.w + t.i }

// countSummary writes one file's table of counts and its list of errors
// and warnings.
func countSummary(w *errWriter, pal palette, r *lint.FileResult) {
	d := r.Doc
	if len(d.Counts) == 0 {
		w.printf("%s: no counts recognized (headings such as \"COUNT I\" or \"FIRST CLAIM FOR RELIEF\")\n\n", pal.bold(Visible(r.Path)))
		return
	}
	per := make([]tally, len(d.Counts))
	var doc, all tally
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			continue
		}
		all.add(f.Severity)
		if f.CountIndex >= 0 && f.CountIndex < len(per) {
			per[f.CountIndex].add(f.Severity)
		} else {
			doc.add(f.Severity)
		}
	}

	// Columns: numeral, claim family, the three severities right-aligned
	// under their headers, then the cause of action as pleaded, cut to keep
	// the table within lineWidth columns.
	const lineWidth = 110
	sevHeads := []string{"Errors", "Warnings", "Info"}
	numW, famW := len("Count"), len("Outside any count")
	for i := range d.Counts {
		numW = max(numW, width(Visible(d.Counts[i].Numeral())))
		famW = max(famW, width(familyOf(&d.Counts[i])))
	}
	prefix := 2 + numW + 2 + famW + 2 + len(sevHeads[0]) + 2 + len(sevHeads[1]) + 2 + len(sevHeads[2]) + 2
	causeMax := max(24, lineWidth-prefix)
	cells := func(t tally) string {
		num := func(n int, s lint.Severity, wd int) string {
			if n == 0 {
				return padLeft("-", wd)
			}
			return pal.sevColor(s, padLeft(fmt.Sprint(n), wd))
		}
		return num(t.e, lint.Error, len(sevHeads[0])) + "  " + num(t.w, lint.Warning, len(sevHeads[1])) + "  " + num(t.i, lint.Info, len(sevHeads[2]))
	}
	row := func(num, fam, nums, cause string) {
		line := fmt.Sprintf("  %s  %s  %s  %s", pad(num, numW), pad(fam, famW), nums, cause)
		w.printf("%s\n", strings.TrimRight(line, " "))
	}
	w.printf("%s — %s\n", pal.bold(Visible(r.Path)), plural(len(d.Counts), "count"))
	if line := forumLine(r); line != "" {
		w.printf("%s\n", pal.dim("  "+line))
	}
	w.printf("\n")
	w.printf("%s\n", pal.dim(strings.TrimRight(fmt.Sprintf("  %s  %s  %s  %s  %s  %s", pad("Count", numW), pad("Claim family", famW),
		sevHeads[0], sevHeads[1], sevHeads[2], "Cause of action (as pleaded)"), " ")))
	for i := range d.Counts {
		c := &d.Counts[i]
		row(Visible(c.Numeral()), familyOf(c), cells(per[i]), truncate(Visible(causeOf(c.Title)), causeMax))
	}
	row("", "Outside any count", cells(doc), "")
	row("", "Total", cells(all), "")

	// Errors and warnings by severity, then by place.
	var serious []lint.Finding
	for _, f := range r.Findings {
		if f.Suppressed == nil && f.Severity >= lint.Warning {
			serious = append(serious, f)
		}
	}
	if len(serious) == 0 {
		if all.total() == 0 {
			w.printf("\n  %s\n\n", pal.ok("No findings."))
		} else {
			w.printf("\n  %s\n\n", pal.ok("No errors or warnings; the info findings above are drafting notes."))
		}
		return
	}
	for i := 1; i < len(serious); i++ {
		for j := i; j > 0 && serious[j].Severity > serious[j-1].Severity; j-- {
			serious[j], serious[j-1] = serious[j-1], serious[j]
		}
	}
	w.printf("\n  %s\n", pal.bold("Errors and warnings"))
	placeW, locW := 0, 0
	place := func(f lint.Finding) string {
		if f.CountIndex >= 0 && f.CountIndex < len(d.Counts) {
			return "Count " + Visible(d.Counts[f.CountIndex].Numeral())
		}
		return "Document"
	}
	loc := func(f lint.Finding) string {
		p := r.Start(f)
		if n := r.AllegationLabel(f); n != "" {
			return fmt.Sprintf("line %d, ¶ %s", p.Line, n)
		}
		return fmt.Sprintf("line %d", p.Line)
	}
	shown := serious
	if len(shown) > maxAttention {
		shown = shown[:maxAttention]
	}
	for _, f := range shown {
		placeW = max(placeW, width(place(f)))
		locW = max(locW, width(loc(f)))
	}
	for _, f := range shown {
		w.printf("    %s  %s  %s  %s\n", pad(place(f), placeW), pal.sevColor(f.Severity, pad(f.Severity.String(), len("warning"))),
			pad(loc(f), locW), Visible(f.Rule))
	}
	if n := len(serious) - len(shown); n > 0 {
		w.printf("    … and %d more (listed above)\n", n)
	}
	w.printf("\n")
}

// causeOf is the cause of action as a reader names it: the heading's label
// without its parenthetical ("(17 U.S.C. § 501 — Against Acme)"), in title
// case when the complaint shouts it in capitals.
func causeOf(title string) string {
	t := strings.TrimSpace(title)
	if i := strings.IndexByte(t, '('); i > 0 {
		t = strings.TrimSpace(t[:i])
	}
	t = strings.TrimRight(t, " -–—:,")
	if t == "" {
		t = strings.TrimSpace(title)
	}
	if t == "" {
		return "(no cause of action in the heading)"
	}
	return titleCase(t)
}

var smallWords = map[string]bool{"a": true, "an": true, "and": true, "as": true, "at": true, "by": true, "for": true,
	"from": true, "in": true, "into": true, "of": true, "on": true, "or": true, "the": true, "to": true, "under": true,
	"with": true, "against": true, "v.": true}

var acronyms = map[string]bool{"DMCA": true, "CFAA": true, "DTSA": true, "RICO": true, "USC": true, "U.S.C.": true,
	"N.Y.": true, "NY": true, "GBL": true, "LLC": true, "UCL": true, "CUTSA": true, "UTSA": true, "MSA": true, "NDA": true,
	"ERISA": true, "FTC": true, "II": true, "III": true, "IV": true, "§": true, "§§": true}

// titleCase rewrites the capitalised words of a heading shouted in capitals
// ("VIOLATION OF THE COMPUTER FRAUD AND ABUSE ACT", "MISAPPROPRIATION OF
// TRADE SECRETS, Fla. Stat. § 688.001") in title case, leaving acronyms and
// mixed-case words ("Fla.") as written; other titles are left alone.
func titleCase(s string) string {
	words := strings.Fields(s)
	shouted, lettered := 0, 0
	for _, wd := range words {
		if strings.IndexFunc(wd, unicode.IsLetter) >= 0 {
			lettered++
		}
		if isShouted(wd) {
			shouted++
		}
	}
	if shouted*2 < lettered {
		return s
	}
	for i, wd := range words {
		core := strings.Trim(wd, ",;:()")
		switch {
		case !isShouted(wd) || acronyms[core] || acronyms[strings.TrimSuffix(core, "'S")]:
			continue
		case i > 0 && smallWords[strings.ToLower(core)]:
			words[i] = strings.ToLower(wd)
		default:
			words[i] = capitalize(strings.ToLower(wd))
		}
	}
	return strings.Join(words, " ")
}

// isShouted reports a word written entirely in capitals ("TRADE", "SECRETS,"),
// as opposed to "Fla." or "§".
func isShouted(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

func capitalize(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
	}
	return s
}

// familyOf is the count's claim family, with any further family it also
// pleads ("Trade secrets + Unfair competition").
func familyOf(c *document.Count) string {
	var names []string
	for _, cl := range c.Claims {
		if cl == legal.ClaimOther && len(c.Claims) > 1 {
			continue
		}
		names = append(names, cl.Short())
	}
	if len(names) == 0 {
		return legal.ClaimOther.Short()
	}
	return strings.Join(names, " + ")
}

func width(s string) int { return utf8.RuneCountInString(s) }

func pad(s string, w int) string {
	if n := w - width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

func padLeft(s string, w int) string {
	if n := w - width(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}

// truncate cuts s to at most w columns at a word boundary, marking the cut
// with an ellipsis.
func truncate(s string, w int) string {
	if width(s) <= w {
		return s
	}
	r := []rune(s)
	cut := string(r[:w-1])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-–—") + "…"
}
