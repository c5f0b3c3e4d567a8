package contract

import (
	"slices"
	"testing"
)

func TestInstrumentNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The Use Policy, acknowledged by Dallaire in exchange for continued employment, is a binding agreement between Granite Bar and Dallaire.", []string{"Use Policy"}},
		{"The Laboratory Records Policy is a valid and enforceable contract.", []string{"Laboratory Records Policy"}},
		{"The Employee Handbook constitutes a contract between the parties.", []string{"Employee Handbook"}},
		{"This is a binding agreement.", nil},
		{"Each is a valid contract.", nil},
		{"The Use Policy is posted on the intranet.", nil},
		{"The Agreement was signed on May 1, 2020.", nil},
	} {
		if got := instrumentNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("instrumentNames(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
