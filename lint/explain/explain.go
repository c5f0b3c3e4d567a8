// Package explain renders a rule's documentation: as plain text for
// `complaintlint explain` and the editor's message window, and as Markdown
// for the language server's hover.
package explain

import (
	"fmt"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
)

// Family names what a rule applies to: its claim family, or the whole
// document, or every count.
func Family(c *lint.Check) string {
	if c.Family == "" {
		if c.Scope == lint.ScopeDocument {
			return "document"
		}
		return "all counts"
	}
	return string(c.Family)
}

const nyNote = "New York law: runs when the state is NY or the count cites New York law"

// Text renders a rule's full documentation as plain text, wrapped for a
// terminal.
func Text(c *lint.Check) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s\n", c.ID, c.Title)
	fmt.Fprintf(&b, "Severity: %s", c.Severity)
	for _, circ := range lint.Circuits {
		if sv, ok := c.CircuitSeverity[circ]; ok {
			fmt.Fprintf(&b, " (%s: %s)", lint.CircuitName(circ), sv)
		}
	}
	fmt.Fprintf(&b, "    Applies to: %s", Family(c))
	if c.NY {
		b.WriteString("    (" + nyNote + ")")
	}
	b.WriteString("\n\n")
	section := func(title, body string) {
		if body == "" {
			return
		}
		fmt.Fprintf(&b, "%s\n%s\n\n", title, indent(wrap(body, 76), "  "))
	}
	list := func(title, mark string, items []string) {
		if len(items) == 0 {
			return
		}
		b.WriteString(title + "\n")
		for _, it := range items {
			b.WriteString(indent(wrap(mark+it, 74), "  ") + "\n")
		}
		b.WriteString("\n")
	}
	section("What the law requires", c.Doc.Requirement)
	section("Authority", c.Doc.Authority)
	section("Message", c.Doc.Message)
	list("Insufficient pleading (triggers the rule)", "✗ ", c.Doc.Insufficient)
	list("Sufficient pleading (passes)", "✓ ", c.Doc.Sufficient)
	section("How to fix it", c.Doc.Fix)
	list("Not flagged (false-positive traps the rule avoids)", "- ", c.Doc.Traps)
	return b.String()
}

// Markdown renders the same documentation as Markdown. Prose is escaped so
// that a bracketed placeholder or an asterisk in an example stays literal
// in the editor's hover window.
func Markdown(c *lint.Check) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** — %s\n\n", escape(c.ID), escape(c.Title))
	fmt.Fprintf(&b, "Severity: *%s* · Applies to: *%s*", c.Severity, escape(Family(c)))
	if c.NY {
		b.WriteString(" · " + escape(nyNote))
	}
	b.WriteString("\n\n")
	section := func(title, body string) {
		if body != "" {
			fmt.Fprintf(&b, "#### %s\n\n%s\n\n", title, escape(body))
		}
	}
	list := func(title, mark string, items []string) {
		if len(items) == 0 {
			return
		}
		fmt.Fprintf(&b, "#### %s\n\n", title)
		for _, it := range items {
			fmt.Fprintf(&b, "- %s%s\n", mark, escape(it))
		}
		b.WriteString("\n")
	}
	section("What the law requires", c.Doc.Requirement)
	section("Authority", c.Doc.Authority)
	list("Insufficient pleading (triggers the rule)", "✗ ", c.Doc.Insufficient)
	list("Sufficient pleading (passes)", "✓ ", c.Doc.Sufficient)
	section("How to fix it", c.Doc.Fix)
	list("Not flagged", "", c.Doc.Traps)
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// mdEscaper backslash-escapes the characters CommonMark could read as
// markup inside running text.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`,
)

func escape(s string) string { return mdEscaper.Replace(s) }

func wrap(s string, width int) string {
	var lines []string
	var cur []rune
	for _, word := range strings.Fields(s) {
		w := []rune(word)
		if len(cur) > 0 && len(cur)+1+len(w) > width {
			lines = append(lines, string(cur))
			cur = nil
		}
		if len(cur) > 0 {
			cur = append(cur, ' ')
		}
		cur = append(cur, w...)
	}
	if len(cur) > 0 {
		lines = append(lines, string(cur))
	}
	return strings.Join(lines, "\n")
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}
