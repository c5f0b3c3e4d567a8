package input

import (
	"fmt"
	"strings"
	"testing"
)

func TestBlankPleadingPaperNumbers(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 30; i++ {
		n := i%28 + 1
		if i == 12 {
			fmt.Fprintf(&b, "%2d        17.  Acme's infringement was willful.\n", n)
			continue
		}
		fmt.Fprintf(&b, "%2d   text of line %d\n", n, i)
	}
	text := []byte(b.String())
	blankPleadingPaperNumbers(text)
	lines := strings.Split(string(text), "\n")
	if got := lines[12]; !strings.HasPrefix(got, "          17.  Acme's") {
		t.Errorf("margin number not blanked: %q", got)
	}
	if strings.ContainsAny(lines[0][:2], "0123456789") {
		t.Errorf("first margin number kept: %q", lines[0])
	}
}

func TestBlankPleadingPaperNumbersLeavesListsAlone(t *testing.T) {
	// A few numbered lines are a list or a table, not a page margin.
	in := "1   Widgets\n2   Gadgets\n3   Sprockets\n\n1.  Plaintiff sues.\n"
	text := []byte(in)
	blankPleadingPaperNumbers(text)
	if string(text) != in {
		t.Errorf("changed a short list: %q", text)
	}
}
