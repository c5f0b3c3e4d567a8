package plead

import (
	"slices"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

// The general parties view gives an individual defendant the surname the
// allegations call them by, unless another party shares it or the
// complaint also uses it as an ordinary word.
func TestIndividualDefendantSurnames(t *testing.T) {
	const head = `UNITED STATES DISTRICT COURT
DISTRICT OF OREGON

TALLIS FORGE, LLC,

                    Plaintiff,

          v.

ORRIN VALE, LLC; DANA PRICE, an individual; and MILO QUARRY, an individual,

                    Defendants.

COMPLAINT

PARTIES

     1.   Defendant Orrin Vale, LLC ("Orrin Vale") is an Oregon company.

     2.   Dana Price resides in Salem, Oregon.

     3.   Milo Quarry resides in Eugene, Oregon.

FACTS

`
	cases := []struct {
		name, facts string
		want, not   []string
	}{
		{"both usable", "     4.   Price and Quarry copied the drawings.\n", []string{"Price", "Quarry"}, nil},
		{"common word", "     4.   Price cut the price of each part by ten percent.\n", []string{"Quarry"}, []string{"Price"}},
		{"not an individual", "     4.   Quarry copied the drawings.\n", []string{"Price", "Quarry"}, []string{"Vale"}},
	}
	for _, c := range cases {
		d := document.Build(document.PlainSource("c.txt", []byte(head+c.facts)))
		got := PartiesFor(d).Defendants
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %q not among the defendants' names %q", c.name, w, got)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: %q taken for a defendant's surname in %q", c.name, w, got)
			}
		}
	}
}

// A surname that another party's name holds names no one party.
func TestSharedSurnameIsNoAlias(t *testing.T) {
	const src = `UNITED STATES DISTRICT COURT
DISTRICT OF OREGON

KANE HOLDINGS, LLC,

                    Plaintiff,

          v.

RITA KANE, an individual; and BEN ODUYA, an individual,

                    Defendants.

COMPLAINT

PARTIES

     1.   Rita Kane resides in Salem, Oregon.

     2.   Ben Oduya resides in Bend, Oregon.

FACTS

     3.   Kane and Oduya copied the drawings.
`
	got := PartiesFor(document.Build(document.PlainSource("c.txt", []byte(src)))).Defendants
	if slices.Contains(got, "Kane") {
		t.Errorf("the plaintiff's name holds Kane, yet it names a defendant: %q", got)
	}
	if !slices.Contains(got, "Oduya") {
		t.Errorf("Oduya missing from %q", got)
	}
}
