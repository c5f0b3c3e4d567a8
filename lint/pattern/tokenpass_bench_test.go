package pattern_test

import (
	"slices"
	"strings"
	"testing"

	_ "github.com/complaintlint/complaintlint/lint/document" // registers prose's tokenizer
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// tokenBenchText is the 650 KB complaint .ci/bench times as c600k: the two
// long sample complaints, ten times over.
func tokenBenchText(b *testing.B) string {
	var sb strings.Builder
	for range 10 {
		sb.Write(linttest.Complaint60KB(b))
	}
	return sb.String()
}

// BenchmarkTokenPass is the whole token pass over a 650 KB complaint:
// prose's tokenizer and the matching of every token program.
//
//	go test ./lint/pattern -run '^$' -bench Token
func BenchmarkTokenPass(b *testing.B) {
	text := tokenBenchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if pattern.TokenPassMatches(text) < 0 {
			b.Fatal("the token pass declined the text")
		}
	}
}

// BenchmarkTokenMatching is the matching alone: prose's spans are recorded
// once and replayed to the pass.
func BenchmarkTokenMatching(b *testing.B) {
	text := tokenBenchText(b)
	prose := pattern.CurrentTokenizer()
	if prose == nil {
		b.Fatal("no tokenizer registered")
	}
	var chunks [][]int32
	ok := prose(text, func(spans []int32) { chunks = append(chunks, slices.Clone(spans)) })
	replay := func(_ string, each func([]int32)) bool {
		for _, c := range chunks {
			each(c)
		}
		return ok
	}
	pattern.SetTokenizer(replay)
	defer pattern.SetTokenizer(prose)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if pattern.TokenPassMatches(text) < 0 {
			b.Fatal("the token pass declined the text")
		}
	}
}
