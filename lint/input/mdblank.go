package input

import (
	"bytes"

	"github.com/complaintlint/complaintlint/lint/document"
)

// blankMarkdown is a minimal line-based pass: heading markers, emphasis
// markers, block quotes and HTML comments become spaces.
func blankMarkdown(t []byte, s document.Source) {
	lines := bytes.Split(t, []byte("\n"))
	off := 0
	inFence := false
	inComment := false
	for li, ln := range lines {
		start := off
		off += len(ln) + 1
		trim := bytes.TrimLeft(ln, " ")
		if bytes.HasPrefix(trim, []byte("```")) || bytes.HasPrefix(trim, []byte("~~~")) {
			inFence = !inFence
			blank(t[start : start+len(ln)])
			continue
		}
		if inFence {
			blank(t[start : start+len(ln)])
			continue
		}
		for i := 0; i < len(ln); i++ {
			p := start + i
			if inComment {
				if bytes.HasPrefix(t[p:], []byte("-->")) {
					t[p], t[p+1], t[p+2] = ' ', ' ', ' '
					i += 2
					inComment = false
					continue
				}
				if t[p] != '\n' {
					t[p] = ' '
				}
				continue
			}
			if bytes.HasPrefix(t[p:], []byte("<!--")) {
				inComment = true
				t[p], t[p+1], t[p+2], t[p+3] = ' ', ' ', ' ', ' '
				i += 3
				continue
			}
		}
		lead := len(ln) - len(trim)
		if n := headingLevel(trim); n > 0 {
			s.Hints[li+1] = document.LineHint{Heading: n}
			blank(t[start+lead : start+lead+n])
		}
		for bytes.HasPrefix(t[start+lead:start+len(ln)], []byte(">")) {
			t[start+lead] = ' '
			lead++
		}
		for i := start; i < start+len(ln); i++ {
			if t[i] == '*' || (t[i] == '_' && (i == start || t[i-1] == ' ' || t[i-1] == '_' || i+1 >= start+len(ln) || t[i+1] == ' ' || t[i+1] == '_' || isPunct(t[i+1]) || isPunct(t[i-1]))) {
				t[i] = ' '
			}
		}
	}
}

func isPunct(b byte) bool { return bytes.IndexByte([]byte(".,;:!?)("), b) >= 0 }

func headingLevel(line []byte) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(line) && line[n] != ' ') {
		return 0
	}
	return n
}

func blank(b []byte) {
	for i := range b {
		b[i] = ' '
	}
}
