package pattern

import (
	"regexp/syntax"
	"sort"
	"testing"
)

// freshLexicons parses every built-in lexicon anew, so that nothing of
// theirs is prepared yet, as in a new process; the patterns they register
// are dropped again when the benchmark ends.
func freshLexicons(b *testing.B) []*Lexicon {
	b.Helper()
	text, err := cueListText()
	if err != nil {
		b.Fatal(err)
	}
	all, err := ParseLexiconsUnchecked(text)
	if err != nil {
		b.Fatal(err)
	}
	names := make([]string, 0, len(all))
	for n := range all {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]*Lexicon, len(names))
	for i, n := range names {
		out[i] = all[n]
	}
	return out
}

// forgetPatternsMadeHere loads the anchor table and drops, when the
// benchmark ends, every pattern registered while it ran.
func forgetPatternsMadeHere(b *testing.B) {
	anchorTable.once.Do(loadAnchorTable)
	patterns.Lock()
	registered := len(patterns.all)
	patterns.Unlock()
	b.Cleanup(func() {
		patterns.Lock()
		clear(patterns.all[registered:])
		patterns.all = patterns.all[:registered]
		patterns.Unlock()
	})
}

// BenchmarkLexiconPrepare is the one-time work a process does for each
// lexicon a long complaint asks about (a 60 KB complaint asks about 190 of
// the 310), on lexicons parsed afresh each iteration: lines is its lines'
// patterns and anchors (split, prepareLines), joinFacts what the count
// classification reads of them (joinFactsOf).
func BenchmarkLexiconPrepare(b *testing.B) {
	forgetPatternsMadeHere(b)
	run := func(name string, prepare func(*Lexicon)) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				lexs := freshLexicons(b)
				for _, l := range lexs {
					l.split(Text{})
				}
				b.StartTimer()
				for _, l := range lexs {
					prepare(l)
				}
				b.StopTimer()
				for _, l := range lexs {
					joinFactsMemo.Delete(l)
				}
				b.StartTimer()
			}
		})
	}
	run("lines", func(l *Lexicon) { l.prepareLines() })
	run("joinFacts", func(l *Lexicon) { joinFactsOf(l) })
}

// BenchmarkLexiconBranches is the first question's work on the lines of
// every lexicon: looking up each line's anchors (split).
func BenchmarkLexiconBranches(b *testing.B) {
	forgetPatternsMadeHere(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		lexs := freshLexicons(b)
		for _, l := range lexs {
			l.pattern()
		}
		b.StartTimer()
		for _, l := range lexs {
			l.split(Text{})
		}
	}
}

// mayTestBeginText, which parses only an expression holding "^" or "\A",
// answers as parsing every expression would, for every line of every
// lexicon and for expressions that test the start of the text in each way.
func TestMayTestBeginTextAsParsing(t *testing.T) {
	parsed := func(expr string) bool {
		re, err := syntax.Parse(expr, syntax.Perl)
		return err != nil || testsBeginText(re)
	}
	exprs := []string{`^count`, `(?i)\Acount`, `(?m)^count`, `[^a-z]count`, `\\A`, `count$`, `(?:a|^b)`, `count`}
	for _, n := range LexiconNames() {
		l := Lex(n)
		l.pattern()
		for _, b := range l.branches {
			exprs = append(exprs, b.String())
		}
	}
	begins := 0
	for _, e := range exprs {
		got, want := mayTestBeginText(e), parsed(e)
		if got != want {
			t.Errorf("%q: mayTestBeginText %v, parsing says %v", e, got, want)
		}
		if got {
			begins++
		}
	}
	if begins < 3 {
		t.Errorf("only %d expressions test the start of the text", begins)
	}
}

// BenchmarkLookupAnchors looks up in the anchor table the expression of
// every line of every lexicon, as the first question to each line does.
func BenchmarkLookupAnchors(b *testing.B) {
	var exprs []string
	for _, n := range LexiconNames() {
		l := Lex(n)
		l.pattern()
		for _, br := range l.branches {
			exprs = append(exprs, br.String())
		}
	}
	anchorTable.once.Do(loadAnchorTable)
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range exprs {
			if _, _, id := lookupAnchors(e); id < 0 {
				b.Fatalf("%q is not in the anchor table", e)
			}
		}
	}
}
