package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
)

func runRules(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "complaintlint rules: unexpected argument %q\n", args[0])
		return exitError
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tCLAIM\tTITLE")
	for _, c := range checks.All {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.ID, c.Severity, family(c), c.Title)
	}
	tw.Flush()
	return exitClean
}

func family(c *lint.Check) string {
	if c.Family == "" {
		if c.Scope == lint.ScopeDocument {
			return "document"
		}
		return "all counts"
	}
	return string(c.Family)
}

func runExplain(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: complaintlint explain RULE (complaintlint rules lists them)")
		return exitError
	}
	c := checks.ByID(args[0])
	if c == nil {
		fmt.Fprintf(stderr, "complaintlint explain: unknown rule %q (complaintlint rules lists them)\n", args[0])
		return exitError
	}
	fmt.Fprint(stdout, Explain(c))
	return exitClean
}

// Explain renders a rule's full documentation as plain text.
func Explain(c *lint.Check) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s\n", c.ID, c.Title)
	fmt.Fprintf(&b, "Severity: %s    Applies to: %s", c.Severity, family(c))
	if c.NY {
		b.WriteString("    (New York law: runs when the state is NY or the count cites New York law)")
	}
	b.WriteString("\n\n")
	section := func(title, body string) {
		if body == "" {
			return
		}
		fmt.Fprintf(&b, "%s\n%s\n\n", title, indent(wrap(body, 76)))
	}
	section("What the law requires", c.Doc.Requirement)
	section("Authority", c.Doc.Authority)
	section("Message", c.Doc.Message)
	if len(c.Doc.Insufficient) > 0 {
		b.WriteString("Insufficient pleading (triggers the rule)\n")
		for _, ex := range c.Doc.Insufficient {
			b.WriteString(indent(wrap("✗ "+ex, 74)) + "\n")
		}
		b.WriteString("\n")
	}
	if len(c.Doc.Sufficient) > 0 {
		b.WriteString("Sufficient pleading (passes)\n")
		for _, ex := range c.Doc.Sufficient {
			b.WriteString(indent(wrap("✓ "+ex, 74)) + "\n")
		}
		b.WriteString("\n")
	}
	section("How to fix it", c.Doc.Fix)
	if len(c.Doc.Traps) > 0 {
		b.WriteString("Not flagged (false-positive traps the rule avoids)\n")
		for _, t := range c.Doc.Traps {
			b.WriteString(indent(wrap("- "+t, 74)) + "\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

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

// indent indents every line of s by two spaces.
func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}
