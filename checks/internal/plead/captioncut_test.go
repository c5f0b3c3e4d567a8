package plead

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// captionLines tries reCaptionCut only on a line holding one of the
// column rule's characters: every line the pattern matches holds one.
func TestCaptionCutNeedsARuleCharacter(t *testing.T) {
	lines := []string{"ACME CORP.,   :", "  ) Case No. 3:24", "Plaintiff,  x", "DEFENDANT  §", "JOHN DOE,    |", "The plaintiff sues the defendant."}
	for _, c := range linttest.ShippedComplaints(t) {
		lines = append(lines, strings.Split(string(c.Data), "\n")...)
	}
	for _, l := range lines {
		if reCaptionCut.MatchString(l) && !strings.ContainsAny(l, ":|)x§") {
			t.Errorf("reCaptionCut matches %q, which holds none of its rule characters", l)
		}
	}
}
