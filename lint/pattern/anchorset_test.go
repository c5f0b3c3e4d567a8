package pattern

import (
	"math/rand"
	"reflect"
	"slices"
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

// A set reports what looking every anchor up at every position reports:
// the places in increasing order and, at one place, the tags in the order
// their anchors were given, each once. The anchors are kept in one array
// grouped by their first two bytes; anchors of one tag under several keys,
// and keys shared by several tags, are both covered.
func TestAnchorSetAgreesWithEveryAnchorAtEveryPlace(t *testing.T) {
	texts := []string{"trade", "tr", "secret", "se", "sec", "x_1", "9z", "ab", "abc", "a-", "re"}
	r := rand.New(rand.NewSource(5))
	type hit struct{ at, tag int }
	for round := 0; round < 300; round++ {
		var anchors []taggedAnchor
		for tag := 0; tag < 1+r.Intn(6); tag++ {
			for k := r.Intn(3); k >= 0; k-- {
				anchors = append(anchors, taggedAnchor{text: texts[r.Intn(len(texts))], tag: int32(tag), wordStart: r.Intn(2) == 0})
			}
		}
		given := slices.Clone(anchors)
		set := newAnchorSet(anchors)
		words := []string{"Trade", "retrade", "SECRET", "sec", "x_1", "9Z", "abc", "a-b", "re", "é", "—"}
		for try := 0; try < 20; try++ {
			var parts []string
			for j := r.Intn(8); j >= 0; j-- {
				parts = append(parts, words[r.Intn(len(words))])
			}
			s := strings.Join(parts, []string{" ", "", "-"}[r.Intn(3)])
			var got, want []hit
			set.scan(s, func(at, tag int) { got = append(got, hit{at, tag}) })
			for i := 0; i+1 < len(s); i++ {
				boundary := i == 0 || isWordByte(s[i-1]) != isWordByte(s[i])
				last := -1
				for _, a := range given {
					if pairKey(lowerByte(s[i]), lowerByte(s[i+1])) != pairKey(a.text[0], a.text[1]) ||
						int(a.tag) == last || a.wordStart && !boundary || !hasPrefixFold(s[i:], a.text) {
						continue
					}
					want = append(want, hit{i, int(a.tag)})
					last = int(a.tag)
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("anchors %v over %q: set %v, each anchor %v", given, s, got, want)
			}
		}
	}
}
