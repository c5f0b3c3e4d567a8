package checks_test

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/process"
)

// lintText lints a complaint held in a string as the command line does:
// no assumed forum beyond what the caption says.
func lintText(t *testing.T, text string, opts lint.Options) (*document.Document, []lint.Finding) {
	t.Helper()
	src, err := input.Read("t.txt", []byte(text), "")
	if err != nil {
		t.Fatal(err)
	}
	doc := document.Build(src)
	fs, errs := process.Lint(doc, checks.All, opts)
	for _, e := range errs {
		t.Error(e)
	}
	return doc, fs
}

func rulesWithPrefix(fs []lint.Finding, prefix string) []string {
	var out []string
	for _, f := range fs {
		if strings.HasPrefix(f.Rule, prefix) {
			out = append(out, f.Rule)
		}
	}
	return out
}

const nyStyleInterference = `
FACTS

1. Plaintiff Orchard Labs, Inc. ("Orchard") employs twelve engineers, each an at-will employee.

2. Defendant Branchline Corp. ("Branchline") hired away five of them in March 2025.

COUNT I
TORTIOUS INTERFERENCE

3. Orchard repeats paragraphs 1 and 2.

4. Branchline induced Orchard's engineers to resign and join Branchline.

5. Orchard has been damaged.
`

// TestHarnessNDCalInterference (RULES-FORUM.md §F6 harness 1): a New
// York-style interference count in an N.D. Cal. complaint gets no ny-*
// finding; under a New York caption the same count does.
func TestHarnessNDCalInterference(t *testing.T) {
	_, fs := lintText(t, "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"+nyStyleInterference, lint.Options{})
	if got := rulesWithPrefix(fs, "ny-"); len(got) > 0 {
		t.Errorf("N.D. Cal.: New York rules ran: %v", got)
	}
	_, fs = lintText(t, "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n"+nyStyleInterference, lint.Options{})
	if got := rulesWithPrefix(fs, "ny-interference-at-will-employees"); len(got) != 1 {
		t.Errorf("S.D.N.Y.: ny-interference-at-will-employees %d times, want 1", len(got))
	}
}

// TestHarnessRangeOverCMI (harness 2): "17 U.S.C. §§ 1201–1205" over a
// CMI-only body is a § 1202 count: no § 1201 finding and no heading
// mismatch (a range, not a wrong cite).
func TestHarnessRangeOverCMI(t *testing.T) {
	doc, fs := lintText(t, `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

FACTS

1. Plaintiff Lakeshore Gazette LLC ("Lakeshore") publishes news articles, each with the author's name, title and copyright notice.

2. Defendant Aggregate Wire Inc. ("Aggregate") republished 140 of them in 2024.

COUNT II
VIOLATION OF 17 U.S.C. §§ 1201–1205

3. Lakeshore repeats paragraphs 1 and 2.

4. Aggregate removed the author's name, the title and the copyright notice from each article and distributed the articles knowing the information had been removed.
`, lint.Options{})
	if !doc.Counts[0].Has(legal.ClaimDMCA1202) || doc.Counts[0].Has(legal.ClaimDMCA) {
		t.Errorf("count read as %v, want dmca1202 only", doc.Counts[0].Claims)
	}
	if got := rulesWithPrefix(fs, "dmca-1201-"); len(got) > 0 {
		t.Errorf("§ 1201 rules ran on a § 1202 count: %v", got)
	}
	if got := rulesWithPrefix(fs, "claim-heading-statute-mismatch"); len(got) > 0 {
		t.Errorf("range heading reported as a mismatch")
	}
	if got := rulesWithPrefix(fs, "copyright-registration-missing"); len(got) > 0 {
		t.Errorf("a § 1202 count needs no registration (RULES-FORUM.md §F6 problem 6)")
	}
}

// TestHarnessFAL (harness 3): a § 17500 false-advertising count is
// California's, not the Lanham Act's.
func TestHarnessFAL(t *testing.T) {
	doc, fs := lintText(t, `UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

FACTS

1. Plaintiff Clearpoint Water Co. ("Clearpoint") sells filtered water.

2. Defendant Summit Springs Inc. ("Summit") advertises its bottled water on billboards.

COUNT III
FALSE ADVERTISING UNDER CALIFORNIA BUSINESS & PROFESSIONS CODE § 17500

3. Clearpoint repeats paragraphs 1 and 2.

4. Summit's billboards say its water is "the purest in America," which is untrue or misleading.
`, lint.Options{})
	if !doc.Counts[0].Has(legal.ClaimFAL) || doc.Counts[0].Has(legal.ClaimLanhamFA) {
		t.Errorf("count read as %v, want ca-fal only", doc.Counts[0].Claims)
	}
	if got := rulesWithPrefix(fs, "lanham-"); len(got) > 0 {
		t.Errorf("Lanham rules ran on a § 17500 count: %v", got)
	}
}

// TestHarnessNoCaption (harness 4): with no caption, an interference count
// that names no state's law draws no state-law rule.
func TestHarnessNoCaption(t *testing.T) {
	_, fs := lintText(t, nyStyleInterference, lint.Options{})
	if got := rulesWithPrefix(fs, "ny-"); len(got) > 0 {
		t.Errorf("state-law rules ran with no forum: %v", got)
	}
	n := 0
	for _, f := range fs {
		if f.Rule == "forum-assumed" {
			n++
			if !strings.HasPrefix(f.Message, "No court caption was recognized") {
				t.Errorf("notice: %q", f.Message)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d forum notices, want 1", n)
	}
}
