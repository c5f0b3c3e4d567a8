package pattern_test

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// indexedSlices indexes the text of two real-shaped complaints and returns
// every fourth paragraph (every sixteenth under the race detector), each a
// span of its indexed text, as the model's sentences are.
func indexedSlices(t *testing.T) []pattern.Text {
	t.Helper()
	every := 4
	if raceEnabled {
		every = 16
	}
	var out []pattern.Text
	for _, name := range []string{"liveperson-fac.txt", "sample-complaint.md"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "complaints", name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		n := 0
		ix := pattern.NewIndex(text)
		t.Cleanup(ix.Release)
		for start := 0; start < len(text); {
			end := strings.Index(text[start:], "\n\n")
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			if end > start && n%every == 0 {
				out = append(out, ix.Span(start, end))
			}
			n++
			start = end + 2
		}
	}
	return out
}

// TestIndexedMatchesEqualRegexp checks the pre-filtered answers of every
// pattern in the source, on indexed text and on an unindexed copy, against
// Go's regexp: the pre-filter and the index may only make answers faster,
// never different.
func TestIndexedMatchesEqualRegexp(t *testing.T) {
	slices := indexedSlices(t)
	exprs := sourcePatterns
	if testing.Short() {
		exprs = exprs[:len(exprs)/4]
	}
	for _, e := range exprs {
		p := pattern.MustPattern(e)
		oracle := regexp.MustCompile(e)
		for _, span := range slices {
			s := span.String()
			plain := strings.Clone(s)
			want := oracle.FindAllStringSubmatchIndex(plain, -1)
			if got := p.FindAllTextSubmatchIndex(span, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q on %.60q: indexed %v, regexp %v", e, s, got, want)
			}
			if got := p.MatchText(span); got != (want != nil) {
				t.Fatalf("%q on %.60q: indexed MatchString %v", e, s, got)
			}
			// The same text as a plain string takes the scanning path.
			if got := p.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q on %.60q: scanned %v, regexp %v", e, s, got, want)
			}
		}
	}
}

// TestSparseTableMatchesEqualRegexp: with the hit table of a long text,
// which leaves out the densest anchor lists and so sends their patterns to
// scan the slice instead, the answers are still regexp's.
func TestSparseTableMatchesEqualRegexp(t *testing.T) {
	t.Cleanup(pattern.ForceDenseGap(128))
	slices := indexedSlices(t)
	step := 3
	if testing.Short() {
		step = 12
	}
	for i := 0; i < len(sourcePatterns); i += step {
		e := sourcePatterns[i]
		p := pattern.MustPattern(e)
		oracle := regexp.MustCompile(e)
		for _, span := range slices {
			s := span.String()
			want := oracle.FindAllStringSubmatchIndex(s, -1)
			if got := p.FindAllTextSubmatchIndex(span, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q on %.60q: indexed %v, regexp %v", e, s, got, want)
			}
		}
	}
}

// TestLexiconBranchesEqualAlternation checks that answering line by line
// on indexed text gives what the whole alternation gives.
func TestLexiconBranchesEqualAlternation(t *testing.T) {
	slices := indexedSlices(t)
	for _, name := range legal.LexiconNames() {
		l := legal.Lex(name)
		oracle := regexp.MustCompile(l.Regexp().String())
		for _, span := range slices {
			s := span.String()
			want := oracle.FindAllStringIndex(s, -1)
			if got := l.FindAllText(span); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %.60q: lines %v, alternation %v", name, s, got, want)
			}
			if got := l.MatchText(span); got != (want != nil) {
				t.Fatalf("%s on %.60q: Match %v", name, s, got)
			}
			// A plain string (a rule's derived text) takes the one-pass
			// scan of every line's anchors.
			if got := l.FindAll(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %.60q: scanned lines %v, alternation %v", name, s, got, want)
			}
			if got := l.Match(s); got != (want != nil) {
				t.Fatalf("%s on %.60q: scanned Match %v", name, s, got)
			}
		}
	}
}

// TestMatchingLinesEqualsEachLine checks that counting a lexicon's matching
// lines in one pass gives what asking each line's own expression gives, on
// indexed slices and on the same text outside any index.
func TestMatchingLinesEqualsEachLine(t *testing.T) {
	slices := indexedSlices(t)
	for _, name := range legal.LexiconNames() {
		if !strings.HasPrefix(name, "class.") {
			continue
		}
		l := legal.Lex(name)
		var lines []*regexp.Regexp
		for _, line := range l.Patterns {
			lines = append(lines, regexp.MustCompile(`(?i)\b(?:`+line+`)`))
		}
		for _, span := range slices {
			s := span.String()
			want := 0
			for _, re := range lines {
				if re.MatchString(s) {
					want++
				}
			}
			if got := l.MatchingLinesText(span); got != want {
				t.Fatalf("%s on %.60q: indexed %d lines, each line %d", name, s, got, want)
			}
			if got := l.MatchingLines(s); got != want {
				t.Fatalf("%s on %.60q: scanned %d lines, each line %d", name, s, got, want)
			}
		}
	}
}
