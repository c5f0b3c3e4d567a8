package pattern

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// A set whose anchors all begin words is scanned word by word; it reports
// the places and tags the byte-by-byte scan reports.
func TestScanWordsAgreesWithScanFolded(t *testing.T) {
	anchors := []taggedAnchor{
		{text: "trade", tag: 0, wordStart: true}, {text: "tr", tag: 1, wordStart: true},
		{text: "secret", tag: 1, wordStart: true}, {text: "se", tag: 2, wordStart: true},
		{text: "x_1", tag: 3, wordStart: true}, {text: "9z", tag: 0, wordStart: true},
	}
	set := newAnchorSet(anchors)
	if !set.wordsOnly {
		t.Fatal("set of word anchors not scanned by words")
	}
	if newAnchorSet(append(anchors[:1:1], taggedAnchor{text: "ade", tag: 4})).wordsOnly {
		t.Fatal("an anchor that may begin inside a word is scanned by words")
	}
	words := []string{"Trade", "TRADES", "retrade", "secret", "Secrets", "se", "x_1", "ax_1", "9Z", "é", "—", " ", "\n", "-", "_", "tr", "s"}
	r := rand.New(rand.NewSource(3))
	type hit struct{ at, tag int }
	for i := 0; i < 5000; i++ {
		var parts []string
		for j := r.Intn(10); j >= 0; j-- {
			parts = append(parts, words[r.Intn(len(words))])
		}
		s := strings.Join(parts, []string{" ", "", "-"}[r.Intn(3)])
		var got, want []hit
		set.scanWords(s, func(at, tag int) bool { got = append(got, hit{at, tag}); return false })
		set.scanFolded(s, func(i int) bool {
			return i == 0 || isWordByte(s[i-1]) != isWordByte(s[i])
		}, func(at, tag int) bool { want = append(want, hit{at, tag}); return false })
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: scanWords %v, scanFolded %v", s, got, want)
		}
	}
}

// BenchmarkLexiconLinesPlain counts the matching lines of a cue list over
// the paragraphs of the 60 KB complaint as plain strings, which the
// lines' anchor set scans.
func BenchmarkLexiconLinesPlain(b *testing.B) {
	paras := strings.Split(string(linttest.Complaint60KB(b)), "\n\n")
	l := Lex("conclusory")
	l.prepareLines()
	if !l.lines.wordsOnly {
		b.Fatal("conclusory's lines are not scanned by words")
	}
	b.Run("lines", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, s := range paras {
				l.MatchingLines(s)
			}
		}
	})
	n := 0
	b.Run("scan", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, s := range paras {
				l.lines.scan(s, func(int, int) { n++ })
			}
		}
	})
}
