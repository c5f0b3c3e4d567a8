package checks_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// hotFamilies are the rule families that cost the most on the shipped
// complaints (the copyright, DMCA and CFAA counts of the LivePerson
// complaint, the Lanham and interference counts of the twenty-count one,
// and the general pleading rules, family "").
var hotFamilies = []legal.Claim{legal.ClaimCopyright, legal.ClaimDMCA, legal.ClaimLanhamFA, legal.ClaimInterference, legal.ClaimCFAA, ""}

// BenchmarkHotRules lints the shipped 60 KB complaint whole, as a user's
// run does, and reports as rule-cpu-ns/op the processor time the
// benchmark's thread spends in each hot family's rules (other helpers'
// load on a shared machine shows in wall time, not in this): what the family adds to the run, including the per-document
// facts only it computes (the accused-works index, the DMCA measures), and
// not the facts rules that ran before it computed for all. The model is
// built afresh each time, since the facts live with it.
func BenchmarkHotRules(b *testing.B) {
	src := linttest.Complaint60KB(b)
	for _, fam := range hotFamilies {
		name := string(fam)
		if name == "" {
			name = "general"
		}
		b.Run(name, func(b *testing.B) {
			var spent time.Duration
			n := 0
			for _, c := range checks.All {
				if c.Family != fam {
					continue
				}
				n++
				run := c.Run
				c.Run = func(p *lint.Pass) {
					t0 := threadCPU()
					run(p)
					spent += threadCPU() - t0
				}
				defer func() { c.Run = run }()
			}
			if n == 0 {
				b.Fatalf("no rules in family %s", fam)
			}
			// The rules run on this goroutine (lint.Options.Workers is 0):
			// kept on one thread, that thread's time is theirs.
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				pattern.ResetMemo()
				s, err := input.Read("bench.txt", src, "")
				if err != nil {
					b.Fatal(err)
				}
				benchSink, _ = lint.Run(document.Build(s), checks.All, lint.Options{})
			}
			b.ReportMetric(float64(spent.Nanoseconds())/float64(b.N), "rule-cpu-ns/op")
		})
	}
}

var benchSink any
