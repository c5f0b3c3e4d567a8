package pattern

import (
	"os"
	"path/filepath"
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
		paths, err := filepath.Glob(filepath.Join("..", "legal", "lexicons", "*.txt"))
		if err != nil || len(paths) == 0 {
			testLexicons.err = os.ErrNotExist
			return
		}
		var all strings.Builder
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				testLexicons.err = err
				return
			}
			all.Write(b)
			all.WriteString("\n")
		}
		testLexicons.all, testLexicons.err = ParseLexicons(all.String())
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

func TestLexReadsTheCueLists(t *testing.T) {
	if l := Lex("conclusory"); len(l.Patterns) == 0 {
		t.Fatal("conclusory has no lines")
	}
}
