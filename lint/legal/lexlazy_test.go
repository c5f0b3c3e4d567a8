package legal

import (
	"math"
	"runtime"
	"testing"
)

// TestLexParsesOneSectionAsTheWholeFile holds Lex, which parses only the
// section asked for, to the lexicon the whole files give.
func TestLexParsesOneSectionAsTheWholeFile(t *testing.T) {
	all, err := readLexicons(true)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) == 0 {
		t.Fatal("no lexicons read")
	}
	if names := LexiconNames(); len(names) != len(all) {
		t.Errorf("LexiconNames lists %d lexicons, the files hold %d", len(names), len(all))
	} else {
		for _, n := range names {
			if all[n] == nil {
				t.Errorf("LexiconNames lists %q, which the files do not define", n)
			}
		}
	}
	for name, want := range all {
		got := Lex(name)
		if got.Regexp().String() != want.Regexp().String() {
			t.Errorf("%s: Lex reads %q, the whole files %q", name, got.Regexp().String(), want.Regexp().String())
		}
	}
}

// TestIndexSectionsCopiesNoFile holds the sections index to offsets: a
// one-line run asks for a dozen small lexicons, and copying every file
// (160 KB) to find them was a hundred page faults of its start-up. The
// index itself (about 300 names) is well under the files' size.
func TestIndexSectionsCopiesNoFile(t *testing.T) {
	total := 0
	entries, err := lexiconFiles.ReadDir("lexicons")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		total += int(info.Size())
	}
	// The least of a few tries: another test's background compiling
	// only adds to a try.
	least := uint64(math.MaxUint64)
	for range 3 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		at, _ := indexLexiconFiles()
		runtime.ReadMemStats(&after)
		if len(at) == 0 {
			t.Fatal("no sections found")
		}
		least = min(least, after.TotalAlloc-before.TotalAlloc)
	}
	if least > uint64(total)/4 {
		t.Errorf("indexing the sections allocated %d bytes, the files hold %d: it should keep offsets, not copies", least, total)
	}
	t.Logf("index: %d bytes allocated for %d bytes of files", least, total)
}
