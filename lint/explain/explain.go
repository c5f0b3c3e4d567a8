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
	section("Where it runs", whereText(c))
	section("Authority", c.Doc.Authority)
	section("Message", c.Doc.Message)
	for _, pv := range profileVariants(c) {
		section(pv.title, pv.body)
	}
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
	section("Where it runs", whereText(c))
	section("Authority", c.Doc.Authority)
	for _, pv := range profileVariants(c) {
		section(pv.title, pv.body)
	}
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

// whereText says where a rule runs beyond its family: the state whose law
// it applies and the rule's own note.
func whereText(c *lint.Check) string {
	var parts []string
	if st := c.LawState(); st == "CA" {
		parts = append(parts, "California law: runs only on counts California law governs (RULES-FORUM.md §F1.3).")
	}
	if c.Doc.Where != "" {
		parts = append(parts, strings.ToUpper(c.Doc.Where[:1])+c.Doc.Where[1:]+".")
	}
	return strings.Join(parts, " ")
}

type profileSection struct{ title, body string }

// profileVariants describes how the rule behaves under the other forum
// profiles (RULES-FORUM.md §F3.2), one section per profile.
func profileVariants(c *lint.Check) []profileSection {
	var out []profileSection
	for _, key := range []string{"9", "CA", lint.NeutralProfile, lint.OtherStateProfile} {
		v, ok := c.Variants[key]
		if !ok {
			continue
		}
		title := "Ninth Circuit profile"
		switch key {
		case "CA":
			title = "Under California law"
		case lint.NeutralProfile:
			title = "Other circuits and unknown forum (circuit-neutral)"
		case lint.OtherStateProfile:
			title = "Under another state's law, or none known (neutral)"
		}
		var parts []string
		switch {
		case v.ReplacedBy != "":
			parts = append(parts, "Does not run; "+v.ReplacedBy+" reads the element instead.")
		case v.Off:
			parts = append(parts, "Does not run.")
		}
		if v.HasSeverity {
			parts = append(parts, fmt.Sprintf("Severity %s.", v.Severity))
		}
		if v.EscalateWith != "" {
			parts = append(parts, fmt.Sprintf("Raised to %s when %s also fires on the count.", v.EscalateTo, v.EscalateWith))
		}
		if v.Authority != "" {
			parts = append(parts, "Authority: "+v.Authority+".")
		}
		if v.Message != "" {
			parts = append(parts, "Message: "+v.Message)
		}
		out = append(out, profileSection{title, strings.Join(parts, " ")})
	}
	return out
}
