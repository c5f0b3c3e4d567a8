package interference

import (
	"testing"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// TestEmployeeWordsBeforeJoining: every sentence whose text joined with its
// term definitions mentions employees, a covenant or at-will employment (the
// questions runNYAtWillEmployees asks of it) has one of those words in
// itself or in one of the definitions, as the per-sentence fact finds them,
// on every shipped complaint: skipping the others changes no answer.
func TestEmployeeWordsBeforeJoining(t *testing.T) {
	asked, throughDefs := 0, 0
	for _, c := range linttest.EveryComplaint(t) {
		d := document.Build(document.PlainSource(c.Path, c.Data))
		p := &lint.Pass{Doc: d}
		terms := plead.DefendantTerms(d)
		for i := range d.Sentences {
			s := &d.Sentences[i]
			tt := plead.WithTermDefinitionsText(p, s)
			says := employeeMention(terms, tt) || matchWithout(lexicon.NyInterferenceCovenant(), lexicon.NyInterferenceNotCovenant(), tt) ||
				lexicon.NyInterferenceEmployeeAtWill().MatchText(tt)
			if !says {
				continue
			}
			asked++
			if !mayConcernEmployees.Of(d, s) {
				throughDefs++
			}
			if !plead.AnyWithTermDefinitions(p, s, func(o *document.Sentence) bool { return mayConcernEmployees.Of(d, o) }) {
				t.Errorf("%s: sentence %d %q: the joined text speaks of employees, no part of it has the words", c.Path, i, s.Text)
			}
		}
		d.Done()
	}
	if asked == 0 || throughDefs == 0 {
		t.Errorf("want sentences that speak of employees themselves and through a definition, got %d and %d", asked, throughDefs)
	}
}
