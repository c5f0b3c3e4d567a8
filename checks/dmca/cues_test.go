package dmca

import "testing"

// The § 1202 theory words survive the proper-word blanking, names do not.
func TestProperWordBlanksNamesOnly(t *testing.T) {
	got := reProperWord().ReplaceAllString("Display Type Co. removed the Publishers’ notice", " ")
	if want := "     . removed the   notice"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
