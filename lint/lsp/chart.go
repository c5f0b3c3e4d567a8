package lsp

import (
	"fmt"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/chart"
)

// countAt is the count whose heading holds off, nil when none does.
func countAt(ch *chart.Chart, off int) *chart.Count {
	if ch == nil {
		return nil
	}
	for i := range ch.Counts {
		if h := ch.Counts[i].Heading; h.Start <= off && off < h.End {
			return &ch.Counts[i]
		}
	}
	return nil
}

// chartHover is a count's element chart as hover text: a Markdown table
// per element list, or plain lines for clients without Markdown.
func chartHover(c *chart.Count, markdown bool) string {
	var b strings.Builder
	if markdown {
		fmt.Fprintf(&b, "**%s — element chart**\n", mdCell(c.Name))
	} else {
		fmt.Fprintf(&b, "%s — element chart\n", c.Name)
	}
	for _, bl := range c.Blocks {
		if markdown {
			fmt.Fprintf(&b, "\n*%s*", mdCell(bl.Title))
			if bl.Note != "" {
				fmt.Fprintf(&b, " — %s", mdCell(bl.Note))
			}
			b.WriteString("\n\n")
			if len(bl.Elements) > 0 {
				b.WriteString("| Element | Status | ¶¶ | Decided by |\n|---|---|---|---|\n")
			}
		} else {
			fmt.Fprintf(&b, "\n%s", bl.Title)
			if bl.Note != "" {
				fmt.Fprintf(&b, " — %s", bl.Note)
			}
			b.WriteString("\n")
		}
		for _, e := range bl.Elements {
			decided := e.DecidedBy
			if e.Note != "" {
				decided = strings.TrimPrefix(decided+"; "+e.Note, "; ")
			}
			if decided == "" {
				decided = "—"
			}
			status := e.Status.String()
			if markdown {
				if e.Status == lint.Missing {
					status = "**missing**"
				}
				fmt.Fprintf(&b, "| `%s` %s | %s | %s | %s |\n", e.ID, mdCell(e.Element), status, chart.Paragraphs(e.Refs), mdCell(decided))
				continue
			}
			fmt.Fprintf(&b, "  %s: %s, %s (%s)\n", e.ID, status, chart.Paragraphs(e.Refs), decided)
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// mdCell keeps text from breaking a Markdown table or emphasis.
func mdCell(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "\n", " ")
	return r.Replace(s)
}
