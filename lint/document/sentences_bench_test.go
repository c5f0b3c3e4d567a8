package document

import (
	"os"
	"testing"
)

var segmentSink []Span

// BenchmarkSentences is the sentence stage alone — Punkt and the legal
// merge pass — over the Liveperson complaint (46 KB).
func BenchmarkSentences(b *testing.B) {
	src, err := os.ReadFile("../../testdata/complaints/liveperson-fac.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(AnalysisText(src))
	segmenterInstance() // the model is a one-time cost, measured apart
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		segmentSink = segment(text)
	}
}

// BenchmarkSentenceModel is reading the Punkt model, paid once per process.
func BenchmarkSentenceModel(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := parsePunktModel(punktModel); err != nil {
			b.Fatal(err)
		}
	}
}
