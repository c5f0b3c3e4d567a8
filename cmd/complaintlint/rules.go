package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/pflag"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/explain"
	"github.com/complaintlint/complaintlint/lint/runopts"
)

func runRules(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("complaintlint rules", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	showProfile := fs.Bool("profile", false, "show what runs, and at which severity, under the jurisdiction profile")
	circuit := fs.String("circuit", lint.DefaultProfile.Circuit, "federal circuit whose law governs: 1-11, dc or fed (implies --profile)")
	state := fs.String("state", lint.DefaultProfile.State, "state whose law the state-law counts plead (implies --profile)")
	fail := func(format string, a ...any) int {
		_, _ = fmt.Fprintf(stderr, "complaintlint rules: "+format+"\n", a...)
		return exitError
	}
	fs.Usage = func() {
		_, _ = fmt.Fprintf(stderr, "Usage: complaintlint rules [--profile] [--circuit N] [--state XX]\n\nLists every rule with its severity and claim family; --profile shows what runs, at which severity, under a jurisdiction profile.\n\nFlags:\n%s", fs.FlagUsages())
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitClean
		}
		return fail("%v", err)
	}
	if fs.NArg() > 0 {
		return fail("unexpected argument %q", fs.Arg(0))
	}
	var err error
	if !*showProfile && !fs.Changed("circuit") && !fs.Changed("state") {
		err = writeRules(stdout, runopts.RuleCatalog())
	} else {
		c, perr := lint.ParseCircuit(*circuit)
		if perr != nil {
			return fail("--circuit: %v", perr)
		}
		st, perr := lint.ParseState(*state)
		if perr != nil {
			return fail("--state: %v", perr)
		}
		err = WriteProfile(stdout, runopts.RuleCatalog(), lint.Profile{Circuit: c, State: st})
	}
	if err != nil {
		return fail("%v", err)
	}
	return exitClean
}

// writeRules lists every rule with its default severity and claim family.
func writeRules(w io.Writer, list []*lint.Check) error {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	_, _ = fmt.Fprintln(tw, "RULE\tSEVERITY\tCLAIM\tTITLE")
	for _, c := range list {
		_, _ = fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.ID, c.Severity, family(c), c.Title)
	}
	_ = tw.Flush() // writes to a strings.Builder cannot fail
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteProfile lists what runs under a jurisdiction profile: each rule's
// severity there (after the forum's severity policy), the counts it reads,
// and when it runs — always; only on counts another state's law governs;
// off or replaced under the profile (RULES-FORUM.md §F3.2); or only in some
// courts. Authority and severity changes of the profile are named.
func WriteProfile(w io.Writer, list []*lint.Check, prof lint.Profile) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Profile: %s, %s law (--circuit %s --state %s)\n\n", lint.CircuitName(prof.Circuit), stateName(prof.State), prof.Circuit, prof.State)
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	_, _ = fmt.Fprintln(tw, "RULE\tSEVERITY\tCLAIM\tRUNS")
	for _, c := range list {
		sev, runs := c.SeverityUnder(prof).String(), "always"
		if st := c.LawState(); st != "" && st != prof.State {
			runs = "only on counts governed by " + stateName(st) + " law"
		}
		if v := c.VariantIn(prof); v != nil {
			switch {
			case v.ReplacedBy != "":
				sev, runs = "-", "replaced by "+v.ReplacedBy+" (RULES-FORUM.md §F3.2)"
			case v.Off:
				sev, runs = "-", "off (RULES-FORUM.md §F3.2)"
			default:
				runs += "; " + profileChange(c, v, prof)
			}
		}
		if c.Doc.Where != "" {
			runs += "; " + c.Doc.Where
		}
		if note := circuitNote(c, prof); note != "" {
			runs += "; " + note
		}
		_, _ = fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.ID, sev, family(c), runs)
	}
	_ = tw.Flush() // writes to a strings.Builder cannot fail
	_, err := io.WriteString(w, b.String())
	return err
}

// profileChange names what a profile changes in a rule that still runs:
// "9th Cir. authority", "severity info (RULES.md: error)", and when it is
// raised.
func profileChange(c *lint.Check, v *lint.Variant, prof lint.Profile) string {
	var parts []string
	if v.Authority != "" || v.Message != "" {
		if _, byState := c.Variants[prof.State]; byState {
			parts = append(parts, stateName(prof.State)+" authority")
		} else if _, other := c.Variants[lint.OtherStateProfile]; other && prof.State != "NY" {
			parts = append(parts, "neutral authority (not New York law)")
		} else if _, byCircuit := c.Variants[prof.Circuit]; !byCircuit {
			parts = append(parts, "circuit-neutral authority")
		} else {
			parts = append(parts, lint.CircuitName(prof.Circuit)+" authority")
		}
	}
	if v.HasSeverity {
		parts = append(parts, fmt.Sprintf("severity %s (RULES.md: %s)", v.Severity, c.Severity))
	}
	if v.EscalateWith != "" {
		parts = append(parts, fmt.Sprintf("%s when %s also fires on the count", v.EscalateTo, v.EscalateWith))
	}
	return strings.Join(parts, ", ")
}

// circuitNote says why a rule's severity differs by circuit: "11th Cir.:
// warning (default info)" in the circuit that raises it, "warning in the
// 11th Cir." elsewhere.
func circuitNote(c *lint.Check, prof lint.Profile) string {
	if len(c.CircuitSeverity) == 0 {
		return ""
	}
	if s, ok := c.CircuitSeverity[prof.Circuit]; ok {
		return fmt.Sprintf("%s severity %s (default %s)", lint.CircuitName(prof.Circuit), s, c.Severity)
	}
	var parts []string
	for _, circ := range lint.Circuits {
		if s, ok := c.CircuitSeverity[circ]; ok {
			parts = append(parts, fmt.Sprintf("%s in the %s", s, lint.CircuitName(circ)))
		}
	}
	return strings.Join(parts, ", ")
}

var stateNames = map[string]string{"NY": "New York", "CA": "California", "DE": "Delaware", "NJ": "New Jersey",
	"TX": "Texas", "FL": "Florida", "IL": "Illinois", "MA": "Massachusetts", "CT": "Connecticut", "PA": "Pennsylvania",
	"GA": "Georgia", "AL": "Alabama", "WA": "Washington", "VA": "Virginia", "DC": "District of Columbia"}

func stateName(code string) string {
	if n, ok := stateNames[code]; ok {
		return n
	}
	return code
}

func family(c *lint.Check) string { return explain.Family(c) }

func runExplain(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: complaintlint explain RULE (complaintlint rules lists them)")
		return exitError
	}
	c := runopts.RuleByID(args[0])
	if c == nil {
		fmt.Fprintf(stderr, "complaintlint explain: unknown rule %q (complaintlint rules lists them)\n", args[0])
		return exitError
	}
	fmt.Fprint(stdout, Explain(c))
	return exitClean
}

// Explain renders a rule's full documentation as plain text.
func Explain(c *lint.Check) string { return explain.Text(c) }
