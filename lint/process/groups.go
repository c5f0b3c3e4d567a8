package process

import "github.com/complaintlint/complaintlint/lint"

// Groups keeps, for each group of rules (Check.Group), at most one finding
// per paragraph: the most serious, then the most confident, then the first
// by rule order, then the first by position. Findings outside any
// paragraph are kept. Rules in a group flag the same drafting problem from
// different angles; one paragraph gets one finding about it.
type Groups struct {
	group map[string]string // rule id -> group
	order map[string]int    // rule id -> position in the checks
}

// NewGroups reads the groups of checks.
func NewGroups(checks []*lint.Check) Groups {
	g := Groups{group: map[string]string{}, order: map[string]int{}}
	for i, c := range checks {
		if c.Group != "" {
			g.group[c.ID] = c.Group
			g.order[c.ID] = i
		}
	}
	return g
}

// Name implements Processor.
func (Groups) Name() string { return "groups" }

// Process implements Processor.
func (g Groups) Process(r *lint.FileResult) {
	if len(g.group) == 0 {
		return
	}
	type key struct {
		group string
		para  int
	}
	better := func(a, b lint.Finding) bool {
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.Confidence != b.Confidence {
			return a.Confidence > b.Confidence
		}
		if g.order[a.Rule] != g.order[b.Rule] {
			return g.order[a.Rule] < g.order[b.Rule]
		}
		return a.Span.Start < b.Span.Start
	}
	fs := r.Findings
	para := make([]int, len(fs)) // paragraph of each grouped finding, -1 for none
	best := map[key]int{}
	for i, f := range fs {
		para[i] = -1
		gr, ok := g.group[f.Rule]
		if !ok {
			continue
		}
		para[i] = r.Doc.ParagraphAt(f.Span.Start)
		if para[i] < 0 {
			continue
		}
		k := key{gr, para[i]}
		if j, seen := best[k]; !seen || better(f, fs[j]) {
			best[k] = i
		}
	}
	if len(best) == 0 {
		return
	}
	kept := make([]lint.Finding, 0, len(fs))
	for i, f := range fs {
		if para[i] >= 0 && best[key{g.group[f.Rule], para[i]}] != i {
			continue
		}
		kept = append(kept, f)
	}
	r.Findings = kept
}
