package lexicon_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// A handle is the lexicon of its name, and answers like it.
func TestHandles(t *testing.T) {
	if l := lexicon.CopyrightAccusedTerm(); l.Name != "copyright.accused-term" {
		t.Errorf("CopyrightAccusedTerm is %q", l.Name)
	}
	if !lexicon.Tpm().Match("its password and encryption") {
		t.Error("Tpm does not match a password")
	}
	if lexicon.Tpm().Match("the weather was fine") {
		t.Error("Tpm matches a sentence without a measure")
	}
}
