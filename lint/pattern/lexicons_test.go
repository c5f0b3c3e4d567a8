package pattern

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// The engine's own tests ask some questions of real cue lists, the
// vocabulary's (lint/legal/lexicons), which they read from the files:
// lint/legal imports this package, so these tests cannot import it.
var testLexicons struct {
	once sync.Once
	all  map[string]*Lexicon
	err  error
}

// Lex returns the built-in cue list named name, as legal.Lex does.
func Lex(name string) *Lexicon {
	testLexicons.once.Do(func() {
		var text string
		text, testLexicons.err = cueListText()
		if testLexicons.err == nil {
			testLexicons.all, testLexicons.err = ParseLexicons(text)
		}
	})
	if testLexicons.err != nil {
		panic("reading the cue lists: " + testLexicons.err.Error())
	}
	l, ok := testLexicons.all[name]
	if !ok {
		panic("no cue list named " + name)
	}
	return l
}

// cueListText is every cue list file of the vocabulary, one after another.
func cueListText() (string, error) {
	paths, err := filepath.Glob(filepath.Join("..", "legal", "lexicons", "*.txt"))
	if err != nil || len(paths) == 0 {
		return "", os.ErrNotExist
	}
	var all strings.Builder
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return "", err
		}
		all.Write(b)
		all.WriteString("\n")
	}
	return all.String(), nil
}

// LexiconNames lists the built-in cue lists' names, sorted, as
// legal.LexiconNames does.
func LexiconNames() []string {
	Lex("conclusory")
	return slices.Sorted(maps.Keys(testLexicons.all))
}

func TestLexReadsTheCueLists(t *testing.T) {
	if l := Lex("conclusory"); len(l.Patterns) == 0 {
		t.Fatal("conclusory has no lines")
	}
}
