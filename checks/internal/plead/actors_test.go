package plead

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

func TestContainsFoldASCII(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"the Defendant's server", true},
		{"DEFENDANTS", true},
		{"defendant", true},
		{"defendan", false},
		{"de fendant", false},
		{"", false},
		{"Counterclaim-dEfEnDaNt", true},
	} {
		if got := containsFoldASCII(c.s, "defendant"); got != c.want {
			t.Errorf("containsFoldASCII(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestMayNamePartyIsNecessary holds the cheap pre-checks to what they
// stand for on the shipped complaints: wherever ActorBefore finds a
// defendant or a plaintiff, or MentionsDefendant a defendant, the
// pre-check says the sentence may name one.
func TestMayNamePartyIsNecessary(t *testing.T) {
	var defendants, plaintiffs int
	for _, c := range linttest.ShippedComplaints(t) {
		f, data := c.Path, c.Data
		d := document.Build(document.PlainSource(f, data))
		pt := PartyRoles(d)
		for i := range d.Sentences {
			s := &d.Sentences[i]
			mayD, mayP := MayNameDefendant(pt, s.Text), MayNamePlaintiff(pt, s.Text)
			if MentionsDefendant(pt.Defendant, s.Indexed()) && !mayD {
				t.Errorf("%s: MentionsDefendant but not MayNameDefendant: %q", f, s.Text)
			}
			for pos := 0; pos <= len(s.Text); pos++ {
				if pos < len(s.Text) && s.Text[pos] != ' ' {
					continue
				}
				switch ActorBefore(pt, s.Indexed(), pos) {
				case PartyDefendant:
					defendants++
					if !mayD {
						t.Errorf("%s: actor before %d is a defendant but not MayNameDefendant: %q", f, pos, s.Text)
					}
				case PartyPlaintiff:
					plaintiffs++
					if !mayP {
						t.Errorf("%s: actor before %d is a plaintiff but not MayNamePlaintiff: %q", f, pos, s.Text)
					}
				}
			}
		}
		d.Done()
	}
	if defendants == 0 || plaintiffs == 0 {
		t.Errorf("the complaints never name a party (%d defendant, %d plaintiff actors)", defendants, plaintiffs)
	}
}
