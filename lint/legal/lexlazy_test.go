package legal

import "testing"

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
		if got.pattern().String() != want.pattern().String() {
			t.Errorf("%s: Lex reads %q, the whole files %q", name, got.pattern().String(), want.pattern().String())
		}
	}
}
