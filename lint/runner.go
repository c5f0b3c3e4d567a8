package lint

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/forum"
)

// Options select and adjust checks for one run.
type Options struct {
	// Profile is the forum the user set (--circuit, --state, or profile:
	// in the configuration); an empty field is read from the caption.
	Profile Profile
	// Default is the forum assumed when the caption names no court; empty
	// for none, so that an uncaptioned draft is read with circuit-neutral
	// authority and state-law rules run only where a count names its
	// state's law (RULES-FORUM.md §F1.4).
	Default Profile
	// Only, when non-empty, runs just these rule ids; Disabled skips rules.
	// (What happens to the findings afterwards, severities, suppressions,
	// limits, is lint/process's.)
	Only     map[string]bool
	Disabled map[string]bool
	// Workers runs the checks of one document on this many goroutines
	// (0 or 1: one). A run over a single file, or the language server,
	// has cores to spare; the findings are the same, in the same order.
	Workers int
	// NoTrace records no trace of the run (RunTraced returns none): for
	// a run whose outputs never show the element chart, so that a long
	// complaint's observations, tens of thousands, are not held.
	NoTrace bool
}

// CheckError is a check that panicked. The other checks' findings stand.
type CheckError struct {
	Rule  string
	Value any
	Stack string
}

func (e *CheckError) Error() string {
	return fmt.Sprintf("internal error in rule %s: %v (please report it with the file if you can share it)", e.Rule, e.Value)
}

// Enabled reports whether a check runs under the options.
func (o *Options) Enabled(c *Check) bool {
	if len(o.Only) > 0 && !o.Only[c.ID] {
		return false
	}
	return !o.Disabled[c.ID]
}

// Assume decides the document's forum and each count's governing law
// under the options (RULES-FORUM.md §F1), once, before any rule runs.
func Assume(doc *document.Document, opts Options) *forum.Assumption {
	return forum.Resolve(doc, forum.Settings{Circuit: opts.Profile.Circuit, State: opts.Profile.State,
		DefaultCircuit: opts.Default.Circuit, DefaultState: opts.Default.State})
}

// Run applies the checks to one document and returns their findings in the
// order the checks are listed (each check's in the order it reported
// them), with the errors of checks that panicked. The findings are as the
// rules report them, with the forum profile's escalations; grouping,
// sorting and the user's settings are the processors' (lint/process).
func Run(doc *document.Document, checks []*Check, opts Options) ([]Finding, []error) {
	opts.NoTrace = true // dropped here
	findings, errs, _, _ := RunTraced(context.Background(), doc, Assume(doc, opts), checks, opts)
	return findings, errs
}

// RunTraced is Run with the forum already decided by Assume, stopping once
// ctx is done (no check starts on the document or on a count after that,
// and it returns ctx's error with no findings: a partial list would read as
// a clean bill for the rest). It also returns the run's trace: which
// rules ran on which counts, what they observed about each element, and
// the element marks of every finding, from which the element chart is
// built; nil under opts.NoTrace.
func RunTraced(ctx context.Context, doc *document.Document, a *forum.Assumption, checks []*Check, opts Options) ([]Finding, []error, *Trace, error) {
	// Each unit is one check on the document or on one count, in the
	// order the checks are listed.
	type unit struct {
		c     *Check
		count int
	}
	var units []unit
	for _, c := range checks {
		if !opts.Enabled(c) {
			continue
		}
		if c.Policy.FederalPleading && a.StateCourt() {
			continue
		}
		if c.Scope == ScopeDocument {
			if c.RunsIn(ProfileOf(a, -1)) {
				units = append(units, unit{c, -1})
			}
			continue
		}
		for ci := range doc.Counts {
			cnt := &doc.Counts[ci]
			if !c.ReadsCount(cnt.Has) {
				continue
			}
			if st := c.LawState(); st != "" && a.Law(ci).State != st {
				continue
			}
			// The forum's profile may turn the rule off or replace it on
			// this count (RULES-FORUM.md §F3.2).
			if !c.RunsIn(ProfileOf(a, ci)) {
				continue
			}
			units = append(units, unit{c, ci})
		}
	}
	type result struct {
		findings []Finding
		observed []Observation
		err      error
	}
	// A unit that reported and observed nothing, most of them on a long
	// complaint (tens of thousands of units), leaves its result nil: a
	// pointer each, not a result each, is held while the checks run.
	results := make([]*result, len(units))
	runUnit := func(i int) {
		if ctx.Err() != nil {
			return
		}
		u := units[i]
		findings, observed, err := runOne(ctx, u.c, doc, a, u.count, !opts.NoTrace)
		if len(findings) > 0 || len(observed) > 0 || err != nil {
			// Held until every unit has run: cut to their length, as
			// appends leave up to half of a list unused.
			results[i] = &result{exactLen(findings), exactLen(observed), err}
		}
	}
	if opts.Workers > 1 && len(units) > 1 {
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := 0; w < min(opts.Workers, len(units)); w++ {
			wg.Go(func() {
				for i := int(next.Add(1) - 1); i < len(units); i = int(next.Add(1) - 1) {
					runUnit(i)
				}
			})
		}
		wg.Wait()
	} else {
		for i := range units {
			runUnit(i)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	// The checks have all run: the document's pattern index, memos and
	// facts are not needed to merge what they found, and on a long
	// complaint they would otherwise be held through the merge, when the
	// run's results are at their largest. The document stays usable.
	doc.Done()
	// Merged in unit order. A check that panics on one count is not run
	// on its later counts: one error per check, as when run in order. The
	// merged lists are made at their final size, and each unit's own lists
	// let go as they are copied, so that the results are not held twice.
	nFindings, nObserved := 0, 0
	for _, r := range results {
		if r == nil {
			continue
		}
		nFindings += len(r.findings)
		nObserved += len(r.observed)
	}
	var findings []Finding
	var trace *Trace
	if !opts.NoTrace {
		trace = &Trace{Lists: map[int][]string{}}
	}
	if nFindings > 0 {
		findings = make([]Finding, 0, nFindings)
	}
	if nObserved > 0 {
		trace.Observations = make([]Observation, 0, nObserved)
	}
	var errs []error
	failed := map[*Check]bool{}
	for i := range results {
		r := results[i]
		results[i] = nil
		if r == nil {
			r = &result{}
		}
		c := units[i].c
		if failed[c] {
			continue
		}
		if r.err != nil {
			errs = append(errs, r.err)
			if units[i].count >= 0 {
				failed[c] = true
			}
			continue
		}
		findings = append(findings, r.findings...)
		if trace == nil {
			continue
		}
		trace.markRan(c.ID, units[i].count)
		for _, o := range r.observed {
			if o.Status < 0 {
				if !slices.Contains(trace.Lists[o.Count], o.Element) {
					trace.Lists[o.Count] = append(trace.Lists[o.Count], o.Element)
				}
				continue
			}
			trace.Observations = append(trace.Observations, o)
		}
		for _, f := range r.findings {
			for _, m := range f.Elements {
				trace.Marks = append(trace.Marks, TracedMark{ElementMark: m, Rule: f.Rule, Count: f.CountIndex,
					Span: f.Span, Severity: f.Severity, Message: f.Message})
			}
		}
	}
	findings = escalate(checks, findings, a)
	findings = keepIfCountsFlawed(findings)
	return findings, errs, trace, nil
}

// exactLen returns xs in an array of its length.
func exactLen[T any](xs []T) []T {
	if cap(xs) == len(xs) {
		return xs
	}
	return append(make([]T, 0, len(xs)), xs...)
}

func runOne(ctx context.Context, c *Check, doc *document.Document, a *forum.Assumption, ci int, observe bool) (findings []Finding, observed []Observation, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &CheckError{Rule: c.ID, Value: r, Stack: string(debug.Stack())}
		}
	}()
	var local []Finding
	var obs []Observation
	pass := &Pass{Check: c, Doc: doc, Forum: a, Profile: ProfileOf(a, ci), CountIndex: ci,
		report: func(f Finding) { local = append(local, f) }, ctx: ctx}
	if observe {
		pass.observe = func(o Observation) { obs = append(obs, o) }
	}
	c.Run(pass)
	// The unit's own lists become its result, without a copy.
	return local, obs, nil
}

// escalate applies the profile's "raised when another rule also fires on
// the count" severities (Variant.EscalateWith).
func escalate(checks []*Check, fs []Finding, a *forum.Assumption) []Finding {
	type key struct {
		rule  string
		count int
	}
	var fired map[key]bool
	for _, c := range checks {
		v := c.VariantIn(Profile{Circuit: a.Circuit()})
		if v == nil || v.EscalateWith == "" {
			continue
		}
		if fired == nil {
			fired = map[key]bool{}
			for _, f := range fs {
				if f.CountIndex >= 0 {
					fired[key{f.Rule, f.CountIndex}] = true
				}
			}
		}
		for i := range fs {
			f := &fs[i]
			if f.Rule == c.ID && f.CountIndex >= 0 && fired[key{v.EscalateWith, f.CountIndex}] && f.Severity < v.EscalateTo {
				f.Severity = v.EscalateTo
			}
		}
	}
	return fs
}

// Sort orders findings by position, then rule, then message, so output is
// the same on every run whatever order checks ran in.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Span.End != b.Span.End {
			return a.Span.End < b.Span.End
		}
		return a.Message < b.Message
	})
}

// keepIfCountsFlawed drops a finding whose FlawedCounts are not all flawed:
// each must carry a warning or error of another rule in the run. Notices
// do not count.
func keepIfCountsFlawed(fs []Finding) []Finding {
	type key struct {
		rule  string
		count int
	}
	var flawed map[key]bool
	out := fs[:0]
	for _, f := range fs {
		if len(f.FlawedCounts) == 0 {
			out = append(out, f)
			continue
		}
		if flawed == nil {
			flawed = map[key]bool{}
			for _, g := range fs {
				if g.CountIndex >= 0 && !g.Notice && g.Severity >= Warning {
					flawed[key{g.Rule, g.CountIndex}] = true
				}
			}
		}
		keep := true
		for _, ci := range f.FlawedCounts {
			other := false
			for k := range flawed {
				if k.count == ci && k.rule != f.Rule {
					other = true
					break
				}
			}
			keep = keep && other
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}
