package suppress

import (
	"fmt"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
)

// The rules about directives. They are not checks (nothing runs them over
// a count) but have ids, severities and documentation like checks, so
// reporters and SARIF rule catalogs describe them.
var (
	ReasonMissing = &lint.Check{
		ID: "suppression-reason-missing", Title: "Suppression directive gives no reason",
		Scope: lint.ScopeDocument, Severity: lint.Warning,
		Doc: lint.Doc{
			Requirement:  "A suppressed finding is a decision someone will have to defend; the directive must say why, after \" -- \". A directive without a reason suppresses nothing.",
			Insufficient: []string{"<!-- complaintlint-disable-next-line copyright-infringement-period-missing -->"},
			Sufficient:   []string{"<!-- complaintlint-disable-next-line copyright-infringement-period-missing -- the period is pleaded in ¶ 12 -->"},
			Fix:          "Add \" -- \" and the reason before \"-->\", or better, move the suppression to .complaintlint.yml's suppress list.",
			Message:      "This suppression directive gives no reason, so it suppresses nothing; add \" -- \" and the reason before \"-->\".",
		},
	}
	UnknownRule = &lint.Check{
		ID: "suppression-unknown-rule", Title: "Suppression directive names an unknown rule",
		Scope: lint.ScopeDocument, Severity: lint.Warning,
		Doc: lint.Doc{
			Requirement: "A directive must name rules by their ids (complaintlint rules lists them); a misspelt id would silently suppress nothing.",
			Fix:         "Correct the rule id; `complaintlint rules` lists them.",
			Message:     "This suppression directive names an unknown rule.",
		},
	}
	Malformed = &lint.Check{
		ID: "suppression-malformed", Title: "Suppression directive cannot be read or is in a file it cannot be hidden in",
		Scope: lint.ScopeDocument, Severity: lint.Warning,
		Doc: lint.Doc{
			Requirement: "Directives are read only in Markdown HTML comments, which a renderer hides: <!-- complaintlint-disable-next-line RULE -- reason -->, <!-- complaintlint-disable RULE -- reason --> and <!-- complaintlint-enable RULE -->. In a plain-text or Word file a directive would be printed in the filed pleading, so it is not honoured there.",
			Fix:         "Use one of the three directive forms, or put the suppression in .complaintlint.yml (suppress: path, rule, reason).",
			Message:     "This suppression directive cannot be read.",
		},
	}
)

// Rules are the directive rules, for rule catalogs.
var Rules = []*lint.Check{ReasonMissing, UnknownRule, Malformed}

type directiveKind int

const (
	nextLine directiveKind = iota
	region
)

// directive is one honoured suppression.
type directive struct {
	kind   directiveKind
	rules  map[string]bool
	reason string
	line   int       // nextLine: the line whose findings it covers
	span   lint.Span // region: the offsets it covers
}

func (dv directive) covers(d *document.Document, f *lint.Finding) bool {
	if !dv.rules[f.Rule] {
		return false
	}
	if dv.kind == nextLine {
		return lineOf(d, f.Span.Start) == dv.line
	}
	return f.Span.Start >= dv.span.Start && f.Span.Start < dv.span.End
}

var (
	reDirective = lazyregexp.New(`(?s)^complaintlint-([A-Za-z-]*)(.*)$`)
	// reStray finds directive words in formats with no hidden comments.
	reStray = lazyregexp.New(`complaintlint-(?:disable|enable)[a-z-]*`)
)

// comment is an HTML comment in Markdown source: its whole span and body.
type comment struct {
	span lint.Span
	body string
}

func parseDirectives(d *document.Document, known map[string]bool) ([]directive, []lint.Finding) {
	if d.Format != document.FormatMarkdown {
		var probs []lint.Finding
		// Nearly every draft holds no directive word, and need not
		// compile the pattern to learn so.
		if !strings.Contains(d.Src, "complaintlint-") {
			return nil, nil
		}
		for _, m := range reStray.FindAllStringIndex(d.Src, -1) {
			probs = append(probs, problem(Malformed, lint.Span{Start: m[0], End: m[1]},
				fmt.Sprintf("complaintlint reads suppression directives only in Markdown comments; in a %s file this text would be printed in the filed pleading. Remove it and add a suppress entry (path, rule, reason) to .complaintlint.yml instead.", d.Format)))
		}
		return nil, probs
	}
	var dirs []directive
	var probs []lint.Finding
	open := map[string]int{} // rule -> index in dirs of its open region
	comments := htmlComments(d.Src)
	alone := directiveLines(d, comments)
	for _, c := range comments {
		m := reDirective.FindStringSubmatch(strings.TrimSpace(c.body))
		if m == nil {
			continue
		}
		verb, rest := m[1], m[2]
		if verb != "disable-next-line" && verb != "disable" && verb != "enable" {
			probs = append(probs, problem(Malformed, c.span, fmt.Sprintf(
				"Unknown directive \"complaintlint-%s\"; use complaintlint-disable-next-line, complaintlint-disable or complaintlint-enable.", verb)))
			continue
		}
		rulePart, reason, _ := strings.Cut(rest, "--")
		reason = strings.TrimSpace(reason)
		var ids []string
		var unknown []string
		for _, id := range strings.FieldsFunc(rulePart, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' }) {
			if known[id] {
				ids = append(ids, id)
			} else {
				unknown = append(unknown, id)
			}
		}
		if len(unknown) > 0 {
			probs = append(probs, problem(UnknownRule, c.span, fmt.Sprintf(
				"complaintlint-%s names unknown rule %s; `complaintlint rules` lists the rule ids.", verb, quoteAll(unknown))))
		}
		if len(ids) == 0 {
			if len(unknown) == 0 {
				probs = append(probs, problem(Malformed, c.span, fmt.Sprintf(
					"complaintlint-%s names no rule; write the rule ids after it, separated by commas.", verb)))
			}
			continue
		}
		if verb == "enable" {
			for _, id := range ids {
				if i, ok := open[id]; ok {
					dirs[i].span.End = c.span.Start
					delete(open, id)
				}
			}
			continue
		}
		if reason == "" {
			probs = append(probs, problem(ReasonMissing, c.span, ""))
			continue
		}
		if verb == "disable-next-line" {
			set := map[string]bool{}
			for _, id := range ids {
				set[id] = true
			}
			dirs = append(dirs, directive{kind: nextLine, rules: set, reason: reason, line: nextContentLine(d, lineOf(d, c.span.End-1), alone)})
			continue
		}
		// A region is kept per rule, so that enabling one of several
		// rules disabled together ends only that rule's region.
		for _, id := range ids {
			if _, ok := open[id]; ok {
				continue // already disabled; the first reason stands
			}
			open[id] = len(dirs)
			dirs = append(dirs, directive{kind: region, rules: map[string]bool{id: true}, reason: reason, span: lint.Span{Start: c.span.End, End: len(d.Src)}})
		}
	}
	return dirs, probs
}

func quoteAll(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = fmt.Sprintf("%q", id)
	}
	return strings.Join(q, ", ")
}

func problem(c *lint.Check, sp lint.Span, msg string) lint.Finding {
	if msg == "" {
		msg = c.Doc.Message
	}
	return lint.Finding{Rule: c.ID, Severity: c.Severity, Span: sp, Message: msg, Fix: c.Doc.Fix, CountIndex: -1}
}

// htmlComments finds the HTML comments of Markdown source outside fenced
// code blocks (where a directive is an example, not an instruction).
func htmlComments(src string) []comment {
	var out []comment
	inFence := false
	for off := 0; off < len(src); {
		eol := strings.IndexByte(src[off:], '\n')
		end := len(src)
		if eol >= 0 {
			end = off + eol
		}
		line := src[off:end]
		trim := strings.TrimLeft(line, " \t")
		if strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~") {
			inFence = !inFence
			off = end + 1
			continue
		}
		if inFence {
			off = end + 1
			continue
		}
		i := strings.Index(line, "<!--")
		if i < 0 {
			off = end + 1
			continue
		}
		start := off + i
		closeAt := strings.Index(src[start+4:], "-->")
		if closeAt < 0 {
			break // an unclosed comment runs to the end: nothing after it is a directive
		}
		stop := start + 4 + closeAt + 3
		out = append(out, comment{span: lint.Span{Start: start, End: stop}, body: src[start+4 : stop-3]})
		// Continue after the comment, on the same line if it ended there.
		off = stop
		for off < len(src) && src[off] != '\n' && !strings.HasPrefix(src[off:], "<!--") {
			off++
		}
		if off < len(src) && src[off] == '\n' {
			off++
		}
	}
	return out
}

// directiveLines are the lines that hold nothing but directive comments;
// disable-next-line skips them, so directives can be stacked.
func directiveLines(d *document.Document, cs []comment) map[int]bool {
	lines := map[int]bool{}
	for _, c := range cs {
		if !reDirective.MatchString(strings.TrimSpace(c.body)) {
			continue
		}
		first, last := lineOf(d, c.span.Start), lineOf(d, c.span.End-1)
		ls, le := d.Lines.LineSpan(first), d.Lines.LineSpan(last)
		if strings.TrimSpace(d.Src[ls.Start:c.span.Start]) == "" && strings.TrimSpace(d.Src[c.span.End:le.End]) == "" {
			for l := first; l <= last; l++ {
				lines[l] = true
			}
		}
	}
	return lines
}

// nextContentLine is the first line after line that is neither blank nor
// only directives; 0 when there is none.
func nextContentLine(d *document.Document, line int, skip map[int]bool) int {
	for l := line + 1; l <= d.Lines.Lines(); l++ {
		sp := d.Lines.LineSpan(l)
		if skip[l] || strings.TrimSpace(d.Src[sp.Start:sp.End]) == "" {
			continue
		}
		return l
	}
	return 0
}
