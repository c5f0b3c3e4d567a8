package plead

import (
	"slices"
	"sync"

	"github.com/complaintlint/complaintlint/lint/document"
)

// Parties is the one model of who the parties are that every rule reads:
// the names the caption and the Parties section give them and the defined
// terms with the role each is given. It is read once per document (a
// document.Fact, reached through the Pass's document), and each of its
// views is computed on first use and kept, so a rule that asks once per
// count or once per sentence never reads the parties again.
//
// The views keep the readings each family of rules was calibrated on (the
// copyright rules' role for every defined term, the interference rules'
// organisation names, the group-pleading rule's named defendants): they
// differ at the edges, and bringing them to one reading changes findings
// the corpora score, so that is a change of its own.
type Parties struct {
	// General: the defendants, their words and defined terms, the
	// collective terms and the number of named defendants (group pleading,
	// plausibility). In an answer's counterclaims the defendants are the
	// counterclaim defendants, read with the roles Roles gives the terms.
	General func() *GeneralParties
	// Roles classifies every defined term as plaintiff's, defendant's or a
	// third party's (copyright, DMCA).
	Roles func() PartyTerms
	// DefendantTerms and PlaintiffTerms are the defined terms whose
	// defining sentence (or the caption) gives that role.
	DefendantTerms, PlaintiffTerms func() []string
	// DefendantNames adds the names given without a defined term
	// ("Defendant Rita Gomez" is "Gomez"); DefendantWords are the
	// lower-cased words that name a defendant ("corvid").
	DefendantNames, DefendantWords func() []string
	// CaptionDefendants and CaptionPlaintiffs are the names the caption
	// lists on each side of "v.".
	CaptionDefendants, CaptionPlaintiffs func() []string
	// OwnNames are the organisation names of the complaint's own parties,
	// reduced to their core ("liveperson"), which are never a third party.
	OwnNames func() []string
}

// partiesFact is declared in init: its views read one another through
// docParties, which a variable's initializer could not refer back to.
var partiesFact *document.Fact[*Parties]

func init() { partiesFact = document.NewFact("parties", readParties) }

// docParties is the parties model of d.
func docParties(d *document.Document) *Parties { return partiesFact.Of(d) }

func readParties(d *document.Document) *Parties {
	// The lists are shared by every rule: clipped, so a rule that appends
	// to one gets its own copy instead of writing into the shared one.
	list := func(read func(*document.Document) []string) func() []string {
		return sync.OnceValue(func() []string { return slices.Clip(read(d)) })
	}
	return &Parties{
		General:           sync.OnceValue(func() *GeneralParties { return partiesOf(d) }),
		Roles:             sync.OnceValue(func() PartyTerms { return ccComputeParties(d) }),
		DefendantTerms:    list(readDefendantTerms),
		PlaintiffTerms:    list(readPlaintiffTerms),
		DefendantNames:    list(computeDefendantNames),
		DefendantWords:    list(readDefendantWords),
		CaptionDefendants: list(readCaptionDefendants),
		CaptionPlaintiffs: list(readCaptionPlaintiffs),
		OwnNames:          list(readPartyNames),
	}
}

// PartiesFor is the general view of the parties of d.
func PartiesFor(d *document.Document) *GeneralParties { return docParties(d).General() }

// DefendantTerms are the defined terms that name defendants.
func DefendantTerms(d *document.Document) []string { return docParties(d).DefendantTerms() }

// PlaintiffTerms are the defined terms that name plaintiffs.
func PlaintiffTerms(d *document.Document) []string { return docParties(d).PlaintiffTerms() }

// DefendantWords are the lower-cased words that name a defendant.
func DefendantWords(d *document.Document) []string { return docParties(d).DefendantWords() }

// captionDefendants are the names the caption lists after "v.".
func captionDefendants(d *document.Document) []string { return docParties(d).CaptionDefendants() }

// CaptionPlaintiffs are the names the caption lists before "v.".
func CaptionPlaintiffs(d *document.Document) []string { return docParties(d).CaptionPlaintiffs() }

// PartyNames are the core names of the complaint's own parties.
func PartyNames(d *document.Document) []string { return docParties(d).OwnNames() }
