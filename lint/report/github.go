package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
)

// AnnotationsPerKind is how many annotations of one kind (error, warning,
// notice) GitHub Actions shows for a step; further ones stay in the log
// only. A job shows at most 50 in all. (actions/toolkit,
// docs/problem-matchers.md, "Limitations".)
const AnnotationsPerKind = 10

// GitHub writes GitHub Actions workflow commands, which the runner turns
// into annotations on the pull request's changed files:
//
//	::error file=complaint.md,line=26,col=4,endLine=26,endColumn=60,title=rule-id::message
//
// File errors come first, then errors, warnings and notices (info), so the
// annotations GitHub keeps within its per-step limit are the most serious
// ones; when findings exceed the limit a closing line says how many are
// only in the log. Suppressed findings are left out.
type GitHub struct {
	// BaseDir is the working directory, where the workflow checked out the
	// repository: absolute paths inside it are made relative, as GitHub
	// resolves annotation paths against the repository root.
	BaseDir string
}

// Report implements Reporter.
func (g GitHub) Report(w io.Writer, results []lint.FileResult) error { return streamAll(g, w, results) }

// Start implements Streamer. The annotations are spooled by kind as each
// file comes (file errors, errors, warnings, notices) and written in that
// order at the end.
func (g GitHub) Start(w io.Writer, _ int) Stream {
	s := &githubStream{g: g, w: w, shown: map[string]int{}}
	for k := range s.kinds {
		s.ew[k] = &errWriter{w: &s.kinds[k]}
	}
	return s
}

// The spools of a GitHub stream, in the order they are written.
const (
	ghFileErrors = iota
	ghErrors
	ghWarnings
	ghNotices
	ghSpools
)

type githubStream struct {
	g     GitHub
	w     io.Writer
	kinds [ghSpools]spool
	ew    [ghSpools]*errWriter
	shown map[string]int
}

func (s *githubStream) emit(to int, kind, props, msg string) {
	s.shown[kind]++
	s.ew[to].printf("::%s %s::%s\n", kind, props, escapeData(msg))
}

func (s *githubStream) File(r *lint.FileResult) error {
	g := s.g
	if r.Err != nil {
		s.emit(ghFileErrors, "error", "file="+escapeProperty(g.path(r.Path))+",title="+escapeProperty("complaintlint"), Visible(r.Err.Error()))
	}
	for _, e := range r.CheckErrors {
		s.emit(ghFileErrors, "error", "file="+escapeProperty(g.path(r.Path))+",title="+escapeProperty("complaintlint"), Visible(e.Error()))
	}
	if r.Doc == nil {
		return s.err()
	}
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			continue
		}
		to := ghNotices
		switch f.Severity {
		case lint.Error:
			to = ghErrors
		case lint.Warning:
			to = ghWarnings
		}
		st, e := r.Start(f), r.End(f)
		props := fmt.Sprintf("file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s",
			escapeProperty(g.path(r.Path)), st.Line, st.Column, e.Line, e.Column, escapeProperty(Visible(f.Rule)))
		s.emit(to, githubKind(f.Severity), props, annotationText(f))
	}
	return s.err()
}

func (s *githubStream) err() error {
	for _, ew := range s.ew {
		if ew.err != nil {
			return ew.err
		}
	}
	return nil
}

func (s *githubStream) Finish() error {
	defer s.Close()
	if err := s.err(); err != nil {
		return err
	}
	for k := range s.kinds {
		if err := s.kinds[k].copyTo(s.w); err != nil {
			return err
		}
	}
	var over []string
	for _, kind := range []string{"error", "warning", "notice"} {
		if n := s.shown[kind]; n > AnnotationsPerKind {
			over = append(over, plural(n-AnnotationsPerKind, kind))
		}
	}
	ew := &errWriter{w: s.w}
	if len(over) > 0 {
		ew.printf("complaintlint: %s, %s and %s; GitHub shows at most %d annotations of each kind per step (50 per job), so %s appear only in this log.\n",
			plural(s.shown["error"], "error"), plural(s.shown["warning"], "warning"), plural(s.shown["notice"], "notice"),
			AnnotationsPerKind, strings.Join(over, " and "))
	}
	return ew.err
}

func (s *githubStream) Close() {
	for k := range s.kinds {
		s.kinds[k].close()
	}
}

func (g GitHub) path(p string) string {
	rel, _ := relativeTo(g.BaseDir, p)
	return Visible(rel)
}

func githubKind(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "notice"
}

// annotationText is the message with the authority and the fix on their
// own lines: an annotation is read on its own, next to the text. Each
// part is rendered Visible (the runner's log interprets ANSI escapes), so
// the only line breaks are these.
func annotationText(f lint.Finding) string {
	msg := Visible(f.Message)
	if f.Authority != "" {
		msg += "\nAuthority: " + Visible(f.Authority)
	}
	if f.Fix != "" {
		msg += "\nFix: " + Visible(f.Fix)
	}
	return msg
}

// escapeData escapes a workflow command's message as the runner expects
// (actions/toolkit command.ts escapeData).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a property value; ',' and ':' would otherwise end
// the property or the property list (command.ts escapeProperty).
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
