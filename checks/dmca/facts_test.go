package dmca

import (
	"slices"
	"testing"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// everyComplaint builds the document of every complaint the repository
// ships, so that a per-sentence fact is compared with the joined-text
// answer it replaced on every sentence the rules have seen.
func everyComplaint(t *testing.T, each func(path string, d *document.Document)) {
	t.Helper()
	for _, c := range linttest.EveryComplaint(t) {
		d := document.Build(document.PlainSource(c.Path, c.Data))
		each(c.Path, d)
		d.Done()
	}
}

// TestMeasureFactAsJoined: the measure fact, which asks the sentence's span
// and joins its definitions only when one of them has a measure word,
// answers as measureNamed of the sentence and of the sentence joined with
// its definitions did, on every sentence of every complaint.
func TestMeasureFactAsJoined(t *testing.T) {
	yes, joined := 0, 0
	everyComplaint(t, func(path string, d *document.Document) {
		pt := plead.PartyRoles(d)
		for i := range d.Sentences {
			s := &d.Sentences[i]
			want := false
			if !s.Heading {
				own := measureNamed(s.Indexed(), pt)
				want = own || measureNamed(pattern.Plain(s.Text+" "+docDefsText(d, s, pt)), pt)
				if want && !own {
					joined++
				}
			}
			if got := measureFact.Of(d, s); got != want {
				t.Errorf("%s: sentence %d %q: measure named %v, want %v", path, i, s.Text, got, want)
			}
			if want {
				yes++
			}
		}
	})
	if yes == 0 || joined == 0 {
		t.Errorf("want measures named in sentences and through definitions, got %d and %d", yes, joined)
	}
}

// joinedAccessFacts is how the access facts were computed before they were
// asked per sentence: the neighbours' text joined into one string.
func joinedAccessFacts(d *document.Document, s *document.Sentence, pt plead.PartyTerms) accessFacts {
	rev := lexicon.DmcaRevocation()
	obj := lexicon.DmcaGrantObject()
	third := lexicon.PartyThird()
	strong := lexicon.DmcaCircumventStrong()
	forged := lexicon.DmcaCredentialForged()
	tpm := lexicon.Tpm()
	cred := lexicon.DmcaCredentialTpm()
	var f accessFacts
	if s.Heading {
		return f
	}
	t := dmcaText(s)
	f.grant = dmcaGrant(pt, t)
	f.third = thirdPartyCredential(pt, t)
	for _, m := range rev.FindAllText(t) {
		f.revoked = f.revoked || obj.MatchText(t)
		after := t.Slice(m[1], min(t.Len(), m[1]+50))
		before := t.Slice(max(0, m[0]-50), m[0])
		if (third.MatchText(after) && !reOwnCredential.MatchText(after)) || (third.MatchText(before) && !reOwnCredential.MatchText(before)) {
			f.revokedThird = true
		}
	}
	if f.grant == nil {
		for _, loc := range verbMatches(strong, t, pt) {
			if plead.ActorBefore(pt, t, loc[0]) == plead.PartyPlaintiff {
				continue
			}
			near := neighbours(d, s)
			for _, m := range tpm.FindAll(near) {
				if !cred.Match(near[m[0]:m[1]]) {
					f.separate = true
				}
			}
		}
		for _, loc := range verbMatches(forged, t, pt) {
			if plead.ActorBefore(pt, t, loc[0]) != plead.PartyPlaintiff && tpm.MatchText(t) {
				f.separate = true
			}
		}
	}
	return f
}

// TestAccessFactsAsJoined: each sentence's access facts, asked per sentence
// over spans, equal the facts computed over the joined neighbours' text, on
// every sentence of every complaint.
func TestAccessFactsAsJoined(t *testing.T) {
	var grants, thirds, revoked, separate int
	everyComplaint(t, func(path string, d *document.Document) {
		pt := plead.PartyRoles(d)
		for i := range d.Sentences {
			s := &d.Sentences[i]
			want := joinedAccessFacts(d, s, pt)
			got := *accessFactsOf(d, i)
			if !slices.Equal(got.grant, want.grant) || !slices.Equal(got.third, want.third) || got.revoked != want.revoked ||
				got.revokedThird != want.revokedThird || got.separate != want.separate {
				t.Errorf("%s: sentence %d %q: access facts %+v, want %+v", path, i, s.Text, got, want)
			}
			if want.grant != nil {
				grants++
			}
			if want.third != nil {
				thirds++
			}
			if want.revoked || want.revokedThird {
				revoked++
			}
			if want.separate {
				separate++
			}
		}
	})
	if grants == 0 || thirds == 0 || revoked == 0 || separate == 0 {
		t.Errorf("want every fact found somewhere, got %d grants, %d third-party credentials, %d revocations, %d separate measures", grants, thirds, revoked, separate)
	}
}
