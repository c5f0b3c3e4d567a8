package lsp

import (
	"fmt"
	"io"
	"log"
	"strings"
	"testing"
	"time"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
)

// factTemplates are allegation sentences of the kinds the rules read:
// dated and undated acts, access, loss, advertising, contracts.
var factTemplates = []string{
	"On or about March %d, 2013, Defendant’s engineers accessed LP’s “Engagement Module” on the shared staging server.",
	"Defendant copied portions of the LP Chat Software, including its rules engine (version %d.0), into its competing product.",
	"LP spent $%d,000 investigating the intrusion and restoring its systems — costs that 18 U.S.C. § 1030(e)(11) counts as loss.",
	"Upon information and belief, Defendant told customers that its platform was “%d times faster” than LP’s.",
	"The Co-Marketing Agreement (§ %d.2) forbade either party from reverse engineering the other’s software.",
	"Defendant’s employees circumvented the password protection on LP’s reporting dashboard on %d occasions.",
}

// bigComplaint builds a Markdown complaint of about size bytes laid out as
// real ones are: a caption, numbered facts, then counts of every claim
// family, each incorporating all preceding paragraphs (the costliest
// incorporation for the engine) and adding a few allegations of its own.
func bigComplaint(size int) []byte {
	var b strings.Builder
	b.WriteString("# UNITED STATES DISTRICT COURT\n## SOUTHERN DISTRICT OF NEW YORK\n\nLIVEPERSON, INC., Plaintiff, v. 24/7 CUSTOMER, INC., Defendant.\n\n## FACTS\n\n")
	counts := []string{
		"Copyright Infringement (17 U.S.C. § 501)", "Circumvention (17 U.S.C. § 1201)",
		"Computer Fraud and Abuse Act (18 U.S.C. § 1030)", "False Advertising (15 U.S.C. § 1125(a))",
		"Tortious Interference with Contract", "Unfair Competition",
		"Breach of Contract", "Misappropriation of Trade Secrets", "Unjust Enrichment", "Copyright Infringement (17 U.S.C. § 501)",
	}
	roman := []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}
	const countsSize = 12 << 10 // the counts, written after the facts
	n := 1
	for b.Len() < size-countsSize {
		fmt.Fprintf(&b, "%d. %s\n\n", n, fmt.Sprintf(factTemplates[n%len(factTemplates)], n))
		n++
	}
	for c, title := range counts {
		fmt.Fprintf(&b, "## COUNT %s — %s\n\n%d. LP repeats the allegations of all preceding paragraphs.\n\n", roman[c], title, n)
		n++
		for i := 0; i < 5; i++ {
			fmt.Fprintf(&b, "%d. %s\n\n", n, fmt.Sprintf(factTemplates[(c+i)%len(factTemplates)], n))
			n++
		}
	}
	b.WriteString("## PRAYER FOR RELIEF\n\nWHEREFORE, LP asks for damages.\n")
	return []byte(b.String())
}

// BenchmarkLintSource300KB is a 100-page complaint relinted after a
// keystroke: it must take well under the 150 ms debounce.
func BenchmarkLintSource300KB(b *testing.B) {
	text := bigComplaint(300 << 10)
	opts := driver.Options{Checks: checks.All, Lint: lint.Options{Profile: lint.DefaultProfile}}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		src, err := input.Read("big.md", text, "markdown")
		if err != nil {
			b.Fatal(err)
		}
		driver.LintSource(src, opts)
	}
}

// BenchmarkRelint300KB is the server's whole path for one keystroke: apply
// an incremental change, lint, convert findings to UTF-16 diagnostics.
func BenchmarkRelint300KB(b *testing.B) {
	text := bigComplaint(300 << 10)
	s := &Server{opts: Options{Checks: checks.All}, log: log.New(io.Discard, "", 0)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		text = applyChanges(text, []TextDocumentContentChangeEvent{{Range: &Range{Position{500, 3}, Position{500, 3}}, Text: "x"}}, encUTF16)
		res := s.lint(snapshot{uri: "file:///big.md", path: "/big.md", format: "markdown", text: text, opts: driver.Options{Checks: checks.All, Lint: lint.Options{Profile: lint.DefaultProfile}}})
		diagnostics(res, encUTF16)
	}
}

// TestLargeComplaintIsRealistic checks that the benchmark's generated
// complaint is a real load (counts and findings); its speed is measured by
// BenchmarkLintLargeComplaint, never asserted against the clock.
func TestLargeComplaintIsRealistic(t *testing.T) {
	text := bigComplaint(300 << 10)
	src, err := input.Read("big.md", text, "markdown")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res := driver.LintSource(src, driver.Options{Checks: checks.All, Lint: lint.Options{Profile: lint.DefaultProfile}})
	took := time.Since(start)
	if len(res.Doc.Counts) < 6 || len(res.Findings) == 0 {
		t.Fatalf("the generated complaint has %d counts and %d findings: not a realistic load", len(res.Doc.Counts), len(res.Findings))
	}
	t.Logf("%d bytes, %d counts, %d findings, linted in %v", len(text), len(res.Doc.Counts), len(res.Findings), took)
}
