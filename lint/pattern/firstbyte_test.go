package pattern

import (
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// firstByteExprs are patterns without anchors of the kinds the rules use:
// a run of capitalised words, a quoted name, a section list, a clause
// split, and forms that test the byte before their start or read to the
// end of the text.
var firstByteExprs = []string{
	`\b[A-Z][\w+.&/-]*(?:\s+(?:of|for|and|the|de|&)?\s*[A-Z0-9][\w+.&/-]*)*`,
	QuoteTolerant(`["'‘“]([A-Z0-9][^"'‘’“”\n]{0,60})["'’”]`),
	`(?i)(?:§{1,2}|\bsections?)\s*(1201|1202|1030)((?:\s*\([a-zA-Z0-9]{1,4}\))*)`,
	`;|\s[—–]\s|—|,\s+(?:and|but|while|which)\b|\s+and then\b`,
	`(?i)(?:\bparagraphs?|¶¶?)\s*(\d+(?:\s*(?:,|and|&|through|to|-|–)\s*\d+)*)`,
	`[A-Z]+\b$`,
	`\B[A-Z]\w*`,
	`(?m)^[A-Z][a-z]+`,
	`(?i)[0-9K]+k`,
	`[A-Za-z][A-Za-z'’-]*|[,;:()—–]|“|”|"`,
	`\b[A-Za-z_][\w-]*\.(?:js|py|com)\b|(?:^|\s)/[\w.-]+/[\w/.-]+`,
	`(?i)\b(?:(?:the\s+|its\s+)?(?:\w+\s+)?(?:agreement|contract)\b)`,
	`(?m)\B(?:^|[0-9])X`,
}

// Tried only where its first bytes allow, and given only the text up to
// its first stop byte, a pattern finds what regexp finds.
func TestFirstByteAgreesWithRegexp(t *testing.T) {
	words := []string{"Acme", "Corp", "of", "the", "Widget", "and", "de", "&", "Section", "sections", "§", "§§", "1201",
		"1030(a)(2)", "(c)", "paragraph", "¶¶", "12", "through", "14", ";", "—", " – ", ",", "which", "and then",
		"\"Best", "Deal\"", "“Quoted", "Name”", "'Q'", "\n", "\t", "é", "\u212a", "\xff", "X_9", "US", "K2k", "ſ",
		"file.js", "/usr/bin", "agreement", "the Contract", "9X", "X"}
	r := rand.New(rand.NewSource(7))
	for _, expr := range firstByteExprs {
		re := regexp.MustCompile(expr)
		p := MustPattern(expr)
		for i := 0; i < 3000; i++ {
			var parts []string
			for j := r.Intn(12); j >= 0; j-- {
				parts = append(parts, words[r.Intn(len(words))])
			}
			s := strings.Join(parts, []string{" ", "", ", ", "\n"}[r.Intn(4)])
			if got, want := p.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: FindAll %v, regexp %v", expr, s, got, want)
			}
			if got, want := p.FindAllStringSubmatchIndex(s, 2), re.FindAllStringSubmatchIndex(s, 2); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: FindAll 2 %v, regexp %v", expr, s, got, want)
			}
			if got, want := p.MatchString(s), re.MatchString(s); got != want {
				t.Fatalf("%s on %q: MatchString %v, regexp %v", expr, s, got, want)
			}
		}
	}
}

func TestByteFacts(t *testing.T) {
	f := byteFactsOf(`\b[A-Z][\w+.&/-]*(?:\s+(?:of|for)?\s*[A-Z0-9][\w+.&/-]*)*`)
	if f.first == nil || !f.wordStart || !f.sparse() {
		t.Fatalf("capitalised run: first %v, wordStart %v", f.first, f.wordStart)
	}
	for _, c := range []byte("AZ") {
		if !f.first.has(c) {
			t.Errorf("first bytes lack %q", c)
		}
	}
	for _, c := range []byte("az 0\"") {
		if f.first.has(c) {
			t.Errorf("first bytes hold %q", c)
		}
	}
	// The run stops at a comma or a parenthesis, never at a space.
	if f.stops == nil || !f.stops.has(',') || !f.stops.has('(') || f.stops.has(' ') || f.stops.has('A') {
		t.Errorf("stops %v", f.stops)
	}
	if got := f.stopLimit("Acme Corp, Inc.", 0, 15); got != 10 {
		t.Errorf("stopLimit = %d, want 10", got)
	}
	// A stop byte past stopScanMax is not looked for: the try is given
	// the whole rest, so a long line with no stop is not scanned to its
	// end once per try.
	long := strings.Repeat("Acme ", stopScanMax) + ","
	if got := f.stopLimit(long, 0, len(long)); got != len(long) {
		t.Errorf("stopLimit past the bound = %d, want the end %d", got, len(long))
	}
	if got := f.stopLimit(long, len(long)-10, len(long)); got != len(long) {
		t.Errorf("stopLimit near the stop = %d, want %d", got, len(long))
	}
	if got := f.stopLimit(long[:stopScanMax-1]+",", 0, stopScanMax); got != stopScanMax {
		t.Errorf("stopLimit at the bound = %d, want %d", got, stopScanMax)
	}
	// (?i)k also matches the Kelvin sign, which begins with 0xE2.
	if f := byteFactsOf(`(?i)k\d`); f.first == nil || !f.first.has(0xE2) || !f.first.has('K') || f.stops.has(0xE2) {
		t.Errorf("(?i)k: first %v stops %v", f.first, f.stops)
	}
	// A pattern that may match nothing, or begin inside a rune, has no
	// first bytes; one that consumes any byte has no stops.
	for _, expr := range []string{`x*`, `(?:\s+\S+){0,3}\s*$`, `[^"]+"`, `.+`} {
		if f := byteFactsOf(expr); f.first != nil {
			t.Errorf("%s: first bytes %v", expr, f.first)
		}
	}
	if f := byteFactsOf(`(?s).+`); f.stops != nil {
		t.Errorf("(?s).+: stops %v", f.stops)
	}
}

// BenchmarkFindAllUnanchored runs the rules' most used patterns without
// anchors over the paragraphs of the 60 KB complaint, against regexp's own
// search: FindAll, and whether two of them match at all.
func BenchmarkFindAllUnanchored(b *testing.B) {
	paras := strings.Split(string(linttest.Complaint60KB(b)), "\n\n")
	for _, expr := range firstByteExprs[:4] {
		re := regexp.MustCompile(expr)
		p := MustPattern(expr)
		name := expr[:min(12, len(expr))]
		b.Run("regexp/"+name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for _, s := range paras {
					re.FindAllStringSubmatchIndex(s, -1)
				}
			}
		})
		b.Run("pattern/"+name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for _, s := range paras {
					p.get().findAllStringSubmatchIndex(Plain(s), -1)
				}
			}
		})
	}
	for _, expr := range []string{firstByteExprs[0], firstByteExprs[6], firstByteExprs[10]} {
		re := regexp.MustCompile(expr)
		p := MustPattern(expr)
		name := expr[:min(12, len(expr))]
		b.Run("regexp-match/"+name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for _, s := range paras {
					re.MatchString(s)
				}
			}
		})
		b.Run("pattern-match/"+name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for _, s := range paras {
					p.get().matchString(Plain(s))
				}
			}
		})
	}
}
