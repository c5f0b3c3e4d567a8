package document

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
)

// seedComplaints adds the sample complaints (and pieces of them, so the
// fuzzer starts from inputs it can mutate quickly) to a corpus.
func seedComplaints(f *testing.F) {
	f.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "complaints", "*"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		// Pieces, not whole complaints: the fuzzer mutates and minimizes
		// small inputs far faster (minimizing costs thousands of runs per
		// input found, growing with its size).
		for i := 0; i+fuzzPiece <= len(b); i += 8192 {
			f.Add(string(b[i : i+fuzzPiece]))
		}
	}
	f.Add("COUNT I\nCOPYRIGHT INFRINGEMENT\n")
	f.Add("1. a.\n\nCOUNT I\n\n2. Plaintiff repeats ¶¶ 900–1000 and paragraphs 5 through 3.\n")
	f.Add("COUNT I\r\rCOUNT II\r\n\r\n1. “x” — y’s ¶ 3.")
	f.Add("1. PARTIES\n\n1.1 A.\n\n2. FACTS\n\n2.1 B 2.5\n2.2 (c)\n\nCOUNT I\n\n3.1 Realleges ¶¶ 1.1–2.1.3 and 0.0 through 9999.9999.\n")
}

// fuzzPiece is the size of the seed pieces, and fuzzMax the largest input
// the targets look at: past a few KiB a run costs milliseconds and the
// fuzzer covers little in CI's short runs; structure bugs show on short
// texts.
const (
	fuzzPiece = 1024
	fuzzMax   = 4096
)

// FuzzBuild checks the structure parser's invariants on arbitrary text:
// no panic; sentences within bounds, in order and not overlapping, each
// with its index; counts in order; every scope sentence index valid.
func FuzzBuild(f *testing.F) {
	seedComplaints(f)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > fuzzMax {
			return
		}
		defer watchdog(text)()
		d := Build(PlainSource("fuzz.txt", []byte(text)))
		n := len(d.Text)
		prevEnd := 0
		for i, s := range d.Sentences {
			if s.Span.Start < 0 || s.Span.End > n || s.Span.Start > s.Span.End {
				t.Fatalf("sentence %d span %v outside [0,%d]", i, s.Span, n)
			}
			if s.Span.Start < prevEnd {
				t.Fatalf("sentence %d span %v overlaps or precedes the previous (end %d)", i, s.Span, prevEnd)
			}
			prevEnd = s.Span.End
			if s.Index != i {
				t.Fatalf("sentence %d has Index %d", i, s.Index)
			}
			if s.Text != d.Text[s.Span.Start:s.Span.End] {
				t.Fatalf("sentence %d text does not match its span", i)
			}
		}
		prev := -1
		for ci := range d.Counts {
			c := &d.Counts[ci]
			if c.Heading.Start < prev || c.Heading.Start > c.Heading.End || c.Heading.End > n {
				t.Fatalf("count %d heading %v after %d (len %d)", ci, c.Heading, prev, n)
			}
			prev = c.Heading.Start
			for _, si := range c.Sentences {
				if si < 0 || si >= len(d.Sentences) {
					t.Fatalf("count %d sentence index %d of %d", ci, si, len(d.Sentences))
				}
			}
			for _, si := range d.ScopeSentences(ci) {
				if si < 0 || int(si) >= len(d.Sentences) {
					t.Fatalf("count %d scope sentence index %d of %d", ci, si, len(d.Sentences))
				}
			}
		}
		for pi, p := range d.Paragraphs {
			if p.FirstSentence > p.EndSentence || p.EndSentence > len(d.Sentences) {
				t.Fatalf("paragraph %d sentences [%d,%d) of %d", pi, p.FirstSentence, p.EndSentence, len(d.Sentences))
			}
		}
	})
}

// FuzzRealign checks token realignment: every placed token's span is in
// bounds, in order, and its text is the source text there; tokens prose
// produced from valid UTF-8 text are all placed.
func FuzzRealign(f *testing.F) {
	seedComplaints(f)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > fuzzMax {
			return
		}
		defer watchdog(text)()
		text = ProseSafe(text)
		pd, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
		if err != nil {
			return
		}
		toks, miss := Realign(text, pd.Tokens())
		prevEnd := 0
		for i, tk := range toks {
			if tk.Span.Start < prevEnd || tk.Span.End > len(text) || tk.Span.Start > tk.Span.End {
				t.Fatalf("token %d span %v (previous end %d, len %d)", i, tk.Span, prevEnd, len(text))
			}
			if tk.Text != text[tk.Span.Start:tk.Span.End] {
				t.Fatalf("token %d text %q, source %q", i, tk.Text, text[tk.Span.Start:tk.Span.End])
			}
			prevEnd = tk.Span.End
		}
		if miss != 0 {
			t.Fatalf("%d of %d tokens not realigned in %q", miss, len(pd.Tokens()), text)
		}
	})
}

// watchdog crashes the fuzz worker when one input takes more than ten
// seconds, so the fuzzer records a hang as a failing input instead of
// stalling silently. Call the result when done.
func watchdog(text string) func() {
	t := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("input of %d bytes took more than 10s", len(text))) })
	return func() { t.Stop() }
}

// TestTokensInvalidUTF8 is the fuzzer's first find: prose's tokenizer
// panicked on invalid UTF-8 before "'re".
func TestTokensInvalidUTF8(t *testing.T) {
	for _, text := range []string{"\x80\x99\xe2\x80're", "1. Defendant\xff's copy \xe2\x80n't ok.\n"} {
		d := Build(PlainSource("x.txt", []byte(text)))
		toks := d.Tokens()
		if d.TokenMisses() != 0 || len(toks) == 0 {
			t.Errorf("%q: %d tokens, %d misses", text, len(toks), d.TokenMisses())
		}
		for _, tk := range toks {
			if tk.Text != text[tk.Span.Start:tk.Span.End] {
				t.Errorf("%q: token %q at %v", text, tk.Text, tk.Span)
			}
		}
	}
}
