// Package process is what happens to a file's findings after the checks
// have run: one ordered list of processors, each with one job (select the
// enabled rules, regrade, suppress, drop what is below the minimum
// severity, merge repeats, sort, cap, leave out what a baseline knows,
// keep what a diff touched). The command line, the language server,
// annotate and the browser build all run the list their run plan
// (lint/runopts) builds, so a finding is treated the same wherever it is
// shown.
package process

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/suppress"
)

// A Processor adjusts one file's result after the checks: it may mark,
// regrade, add, drop or reorder findings. It is called only for a file
// that was read and modelled (Doc set), possibly on several files at once.
type Processor interface {
	// Name is the processor's name, as the pipeline's order lists it.
	Name() string
	Process(r *lint.FileResult)
}

// Pipeline is the processors of a run in the order they apply.
type Pipeline []Processor

// Run applies the processors in order to r. A file that could not be
// read has no findings to process.
func (p Pipeline) Run(r *lint.FileResult) {
	if r.Doc == nil {
		return
	}
	for _, pr := range p {
		pr.Process(r)
	}
}

// Names lists the processors in order.
func (p Pipeline) Names() []string {
	out := make([]string, len(p))
	for i, pr := range p {
		out[i] = pr.Name()
	}
	return out
}

// Settings are the choices of a run the processors apply.
type Settings struct {
	// Checks are the run's checks: the rules a suppression directive may
	// name, and the groups (Check.Group) with their order.
	Checks []*lint.Check
	// Only, when non-empty, keeps just these rules' findings; Disabled
	// drops rules' findings (--enable, --disable, rules: in the
	// configuration).
	Only, Disabled map[string]bool
	// Severity replaces a rule's severity (the configuration's severity:).
	Severity map[string]lint.Severity
	// Suppress are the configuration's suppress entries.
	Suppress []suppress.Entry
	// MinSeverity drops findings below it.
	MinSeverity lint.Severity
	// MaxFindings caps the findings of a file (0: no cap).
	MaxFindings int
	// Baseline, when set, leaves out the findings it records.
	Baseline *Baseline
	// Diff, when set, keeps only the findings on lines a change touched
	// (lint/process/diff, which runs git and so is not linted into the
	// browser build).
	Diff Processor
}

// New builds the pipeline for the settings. The order matters:
//
//   - suppress comes first because it adds the findings about faulty
//     directives, which the next processors select and grade like any
//     check's;
//   - groups follow severity, since the most serious finding of a group
//     is judged on the severity the user set, and precede the minimum
//     severity, so a group's best finding is not replaced by a lesser one
//     when it is dropped;
//   - the cap counts what remains to be shown, sorted, without repeats;
//   - the baseline is matched on the findings as they would be shown
//     (--write-baseline records them so), and --diff narrows what is left.
func New(s Settings) Pipeline {
	p := Pipeline{
		Suppress{Known: s.Checks, Entries: s.Suppress},
		Enable{Only: s.Only, Disabled: s.Disabled},
		Severity{Override: s.Severity},
		NewGroups(s.Checks),
		MinSeverity{Min: s.MinSeverity},
		Dedupe{},
		Sort{},
		Cap{Max: s.MaxFindings},
	}
	if s.Baseline != nil {
		p = append(p, s.Baseline)
	}
	if s.Diff != nil {
		p = append(p, s.Diff)
	}
	return p
}

// Lint runs the checks on an already built document under opts, then the
// pipeline for the checks with no user settings, and returns the findings
// as the driver would report them for the document (without a cap). It is
// how the rule and corpus tests lint a document they built themselves.
func Lint(doc *document.Document, checks []*lint.Check, opts lint.Options) ([]lint.Finding, []error) {
	fs, errs := lint.Run(doc, checks, opts)
	r := lint.FileResult{Path: doc.Path, Doc: doc, Findings: fs}
	New(Settings{Checks: checks, Only: opts.Only, Disabled: opts.Disabled}).Run(&r)
	return r.Findings, errs
}
