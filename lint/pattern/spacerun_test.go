package pattern

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// spaceRunByByte is the plain definition longestSpaceRun must agree with.
func spaceRunByByte(s string) int {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if isSpaceByte(s[i]) {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// TestLongestSpaceRun compares longestSpaceRun with the byte-by-byte
// definition on runs at the start, the end and in between, on every ASCII
// space byte and on the bytes either side of them.
func TestLongestSpaceRun(t *testing.T) {
	cases := []string{"", " ", "a", "  a", "a  ", "a \t\n\v\f\r b", "\x08\x0e\x1f!", "a b  c   d  e f",
		"é \u00a0 x", strings.Repeat(" ", 100)}
	alphabet := []byte{' ', '\t', '\n', '\v', '\f', '\r', '\x08', '\x0e', '\x1f', '!', 'a', 0xc2, 0xa0}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := longestSpaceRun(s), spaceRunByByte(s); got != want {
			t.Errorf("longestSpaceRun(%q) = %d, want %d", s, got, want)
		}
	}
}

func BenchmarkLongestSpaceRun(b *testing.B) {
	s := strings.Repeat("The Defendant copied the  Work on or about March 3, 2021.\n\n\t", 1000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		longestSpaceRun(s)
	}
}
