package document

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

var classSink legal.Classification

// BenchmarkClassifyCounts is the classification of every count of the 60
// KB complaint .ci/bench times (the two long sample complaints), as the
// model's count stage asks it. Each iteration classifies a fresh index of
// the document, whose candidates and token pass the element cue lists have
// found beforehand (every rule needs them, so they are not classification's
// cost), with no answer remembered from an earlier iteration.
//
//	go test ./lint/document -run '^$' -bench ClassifyCounts
func BenchmarkClassifyCounts(b *testing.B) {
	src := linttest.Complaint60KB(b)
	d := Build(PlainSource("c60.txt", src))
	if len(d.Counts) < 10 {
		b.Fatalf("only %d counts", len(d.Counts))
	}
	var lexicons []*pattern.Lexicon
	for _, name := range legal.LexiconNames() {
		if len(name) > 6 && name[:6] == "class." {
			lexicons = append(lexicons, legal.Lex(name))
		}
	}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		pattern.ResetMemo()
		d.index = pattern.NewIndex(d.Text)
		for _, l := range lexicons {
			l.MatchingLinesText(d.index.Text())
		}
		b.StartTimer()
		for i := range d.Counts {
			c := &d.Counts[i]
			classSink = legal.ClassifyText(d.Indexed(c.Heading), d.Body(c))
		}
	}
}
