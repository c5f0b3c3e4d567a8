package document

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

var proseTokenSink int

// BenchmarkProseTokenizer is prose's tokenizer alone over the shipped 60 KB
// complaint, the floor every run that reads tokens pays per byte (the
// design requires prose's tokens): a tokenizer running at this rate over a
// folder's megabytes bounds how fast the folder can be linted.
func BenchmarkProseTokenizer(b *testing.B) {
	text := string(AnalysisText(linttest.Complaint60KB(b)))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		toks, ok := proseTokens(text)
		if !ok || len(toks) < len(text)/10 {
			b.Fatalf("prose gave %d tokens for %d bytes", len(toks), len(text))
		}
		proseTokenSink += len(toks)
	}
}

// BenchmarkTokenSpans is the token stage as the model runs it: prose's
// tokens, chunk by chunk, placed on the text and cut into word runs.
func BenchmarkTokenSpans(b *testing.B) {
	text := string(AnalysisText(linttest.Complaint60KB(b)))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		n := 0
		if !TokenSpans(text, func(spans []int32) { n += len(spans) / 2 }) || n < len(text)/10 {
			b.Fatalf("%d tokens placed for %d bytes", n, len(text))
		}
		proseTokenSink += n
	}
}
