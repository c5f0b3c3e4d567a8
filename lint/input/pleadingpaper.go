package input

import "regexp"

// rePaperLineNumber is a pleading-paper margin number as text extraction
// leaves it at the start of a line: "25        17.  BrightLark's ..." or a
// bare "12". A paragraph number ("17.") has a dot and is not one.
var rePaperLineNumber = regexp.MustCompile(`^ ?(\d{1,2})(?:[ \t]{2,}|[ \t]*$)`)

// Pleading paper numbers its lines 1 to 28 (or 32) on every page; a run of
// at least paperRunMin consecutive numbers, and paperTotalMin numbered
// lines in all, tell a margin from a table or a list that happens to open
// lines with numbers.
const (
	paperRunMin   = 5
	paperTotalMin = 20
	paperMaxGap   = 3 // unnumbered lines allowed between two margin numbers
)

// blankPleadingPaperNumbers blanks, in place, the margin line numbers of a
// complaint extracted from California-style pleading paper, so that "25"
// beside allegation 17 is neither a fact in the allegation nor part of its
// number. It changes nothing unless the numbers form page-long runs.
func blankPleadingPaperNumbers(text []byte) {
	type cand struct{ line, n, start, end int }
	var cands []cand
	line, start := 0, 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		if m := rePaperLineNumber.FindSubmatchIndex(text[start:i]); m != nil {
			n := 0
			for _, c := range text[start+m[2] : start+m[3]] {
				n = n*10 + int(c-'0')
			}
			cands = append(cands, cand{line, n, start + m[2], start + m[3]})
		}
		line, start = line+1, i+1
	}
	var keep []cand
	total := 0
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && cands[j].n == cands[j-1].n+1 && cands[j].line-cands[j-1].line <= paperMaxGap+1 {
			j++
		}
		if j-i >= paperRunMin {
			keep = append(keep, cands[i:j]...)
			total += j - i
		}
		i = j
	}
	if total < paperTotalMin {
		return
	}
	for _, c := range keep {
		for k := c.start; k < c.end; k++ {
			text[k] = ' '
		}
	}
}
