package cfaa

import (
	"testing"
)

// TestEndSentence: a message sentence ending in a quoted sentence keeps the
// quote's own full stop instead of adding a second one after the quote.
func TestEndSentence(t *testing.T) {
	for in, want := range map[string]string{
		"'had passwords to the design folder.'": "'had passwords to the design folder.'",
		"'did they copy it?'":                   "'did they copy it?'",
		"'loss of major clients'":               "'loss of major clients'.",
	} {
		if got := endSentence(in); got != want {
			t.Errorf("endSentence(%q) = %q, want %q", in, got, want)
		}
	}
}
