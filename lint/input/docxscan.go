package input

import (
	"errors"
	"fmt"
	"io"
)

// ErrXMLTagTooLong is a start tag longer than any Word writes: a flood of
// attributes or namespace declarations, which the XML decoder would
// otherwise hold in memory all at once.
var ErrXMLTagTooLong = errors.New("an XML tag is longer than Word ever writes (a flood of attributes?)")

// tagScanner passes a part's bytes to the XML decoder while measuring the
// two things the decoder reads whole into memory before handing them over:
// a tag, with all its attributes and namespace declarations, and a run of
// character data. It follows only enough of XML to tell them apart (a tag
// opens with "<" and closes with ">" outside quotes); markup it does not
// follow (comments, CDATA) can make it count less, never refuse a tag
// Word writes.
type tagScanner struct {
	r       io.Reader
	inTag   bool
	quote   byte // the quote open inside a tag, 0 for none
	run     int  // bytes of the current tag or character data
	maxTag  int
	maxText int
}

func newTagScanner(r io.Reader) *tagScanner {
	return &tagScanner{r: r, maxTag: docxLimit.maxTag, maxText: MaxTextSize}
}

func (s *tagScanner) Read(b []byte) (int, error) {
	n, err := s.r.Read(b)
	for _, c := range b[:n] {
		switch {
		case s.quote != 0:
			if c == s.quote {
				s.quote = 0
			}
		case s.inTag && (c == '"' || c == '\''):
			s.quote = c
		case s.inTag && c == '>':
			s.inTag, s.run = false, 0
			continue
		case !s.inTag && c == '<':
			s.inTag, s.run = true, 0
		}
		s.run++
		if s.inTag && s.run > s.maxTag {
			return 0, fmt.Errorf("%w (limit %s)", ErrXMLTagTooLong, byteSize(int64(s.maxTag)))
		}
		if !s.inTag && s.run > s.maxText {
			return 0, textTooLarge()
		}
	}
	return n, err
}
