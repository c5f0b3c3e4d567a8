package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint/explain"
)

func runRules(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "complaintlint rules: unexpected argument %q\n", args[0])
		return exitError
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tCLAIM\tTITLE")
	for _, c := range checks.All {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.ID, c.Severity, explain.Family(c), c.Title)
	}
	tw.Flush()
	return exitClean
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
	fmt.Fprint(stdout, explain.Text(c))
	return exitClean
}
