package pattern

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// Under (?i), regexp folds the Kelvin sign to "k" and the long s to "s";
// the anchor filter must find the same matches, in a text no index covers,
// in a slice of an indexed text, and for a pattern of the anchor table.
func TestFoldRunesReachAnchors(t *testing.T) {
	exprs := []string{
		`(?i)\bsecurity\s+measures?\b`,
		`(?i)\b(?:license|activation)\s+keys?\b`,
		`(?i)\bpass(?:word|code)s?\b`,
		// An anchor-table pattern (its candidates come from the trie).
		`(?i)(?:\b(?:CFAA|DMCA|CLRA|CDAFA|DTSA|CUTSA)\b)`,
	}
	if _, _, id := lookupAnchors(exprs[3]); id < 0 {
		t.Fatalf("%s is not in the anchor table", exprs[3])
	}
	phrases := "It bypassed the security mea\u017fures, took the license \u212aey, " +
		"reset every PA\u017f\u017fword and sued under CUT\u017fA and the \u212ause. " +
		"a\u212aey tests a boundary after a word byte."
	clean := strings.Repeat("Plain allegations of fact without any cue at all. ", 60)
	text := clean + phrases + clean
	ix := NewIndex(text)
	defer ix.Release()
	slice := ix.Span(len(clean)-7, len(clean)+len(phrases)+9)
	for _, expr := range exprs {
		re := regexp.MustCompile(expr)
		p := MustPattern(expr)
		for name, span := range map[string]Text{"unindexed": Plain(phrases), "indexed slice": slice, "indexed text": ix.Text()} {
			s := span.String()
			want := re.FindAllStringSubmatchIndex(s, -1)
			if want == nil {
				t.Fatalf("%s: regexp finds nothing in the %s; the test text is wrong", expr, name)
			}
			if got := p.FindAllTextSubmatchIndex(span, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%s in the %s: got %v, regexp %v", expr, name, got, want)
			}
			if !p.MatchText(span) {
				t.Errorf("%s in the %s: MatchString false", expr, name)
			}
		}
	}
}

func TestFoldForAnchors(t *testing.T) {
	folded, pos := foldForAnchors("A\u212aB\u017fc")
	if folded != "akbsc" {
		t.Errorf("folded %q, want %q", folded, "akbsc")
	}
	if want := []int32{0, 1, 4, 5, 7, 8}; !reflect.DeepEqual(pos, want) {
		t.Errorf("positions %v, want %v", pos, want)
	}
	if _, pos := foldForAnchors("Plain ASCII"); pos != nil {
		t.Errorf("an ASCII text needs no position map, got %v", pos)
	}
}

// Table patterns with the same anchors share one list of places, and it
// holds the places of those anchors.
func TestTablePatternsShareAnchorLists(t *testing.T) {
	trie := tableTrie()
	if trie.patterns >= len(trie.classOf) {
		t.Fatalf("%d anchor lists for %d table patterns: none shared", trie.patterns, len(trie.classOf))
	}
	byList := map[string]int32{}
	for id, c := range trie.classOf {
		list, _ := tableEntry(int32(id))
		key := strings.Join(list, "\x00")
		if prev, ok := byList[key]; ok && prev != c {
			t.Fatalf("pattern %d has the anchors of list %d but list %d", id, prev, c)
		}
		byList[key] = c
	}
	if len(byList) != trie.patterns {
		t.Fatalf("%d distinct anchor lists, the trie has %d", len(byList), trie.patterns)
	}
}
