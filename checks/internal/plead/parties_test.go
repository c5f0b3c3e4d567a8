package plead

import (
	"slices"
	"sync"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

const partiesDraft = `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

ORCHARD SOFTWARE, INC.,
Plaintiff,
v.
ACME CHAT, INC. and BETA DATA LLC,
Defendants.

COMPLAINT

PARTIES

1. Plaintiff Orchard Software, Inc. (“Orchard”) is a Delaware corporation.

2. Defendant Acme Chat, Inc. (“Acme”) is a California corporation.

3. Defendant Beta Data LLC (“Beta”) is a Nevada company.
`

// TestPartiesAreReadOncePerDocument: every rule reads the same model, its
// views are what the readers compute, and a rule appending to a view does
// not change it for the others.
func TestPartiesAreReadOncePerDocument(t *testing.T) {
	d := document.Build(document.PlainSource("c.txt", []byte(partiesDraft)))
	var wg sync.WaitGroup
	models := make([]*Parties, 8)
	for i := range models {
		wg.Go(func() { models[i] = docParties(d) })
	}
	wg.Wait()
	for _, m := range models {
		if m != models[0] {
			t.Fatal("two models of one document's parties")
		}
	}
	for name, v := range map[string][2][]string{
		"defendant terms":    {DefendantTerms(d), readDefendantTerms(d)},
		"plaintiff terms":    {PlaintiffTerms(d), readPlaintiffTerms(d)},
		"caption defendants": {captionDefendants(d), readCaptionDefendants(d)},
		"own names":          {PartyNames(d), readPartyNames(d)},
	} {
		if !slices.Equal(v[0], v[1]) || len(v[0]) == 0 {
			t.Errorf("%s: model %q, read %q", name, v[0], v[1])
		}
	}
	if got := DefendantTerms(d); !slices.Equal(got, []string{"Acme", "Beta"}) {
		t.Errorf("defendant terms %q, want Acme and Beta", got)
	}
	grown := append(DefendantTerms(d), "Extra")
	grown[0] += "!"
	if got := DefendantTerms(d); !slices.Equal(got, []string{"Acme", "Beta"}) {
		t.Errorf("a rule's append changed the shared view: %q", got)
	}
	if docParties(document.Build(document.PlainSource("c.txt", []byte(partiesDraft)))) == models[0] {
		t.Error("another document shares the first one's model")
	}
}

// TestNamedInHeading: a count heading's "Against ..." names a defendant by
// its whole name; a shorter defendant's name inside a longer one is not
// named by it.
func TestNamedInHeading(t *testing.T) {
	names := []string{"ClipVault", "ClipVault Holdings", "Helix"}
	for _, c := range []struct {
		against string
		want    []string
	}{
		{"ClipVault Holdings)", []string{"ClipVault Holdings"}},
		{"ClipVault and ClipVault Holdings", []string{"ClipVault Holdings", "ClipVault"}},
		{"ClipVault)", []string{"ClipVault"}},
		{"Helixware LLC", nil},
	} {
		if got := NamedInHeading(c.against, names); !slices.Equal(got, c.want) {
			t.Errorf("namedInHeading(%q) = %q, want %q", c.against, got, c.want)
		}
	}
}
