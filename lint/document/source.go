package document

// Format is the kind of file a document was read from.
type Format int

// Input formats.
const (
	FormatText Format = iota
	FormatMarkdown
	FormatDocx
)

func (f Format) String() string {
	switch f {
	case FormatMarkdown:
		return "markdown"
	case FormatDocx:
		return "docx"
	}
	return "text"
}

// Source is what an input reader hands to Build.
//
// Src holds the bytes positions refer to: the file's exact bytes for text
// and Markdown; for .docx, the paragraphs' text one paragraph per line, so
// that a line number is the paragraph number a reader counts in Word.
//
// Text is the analysis text. It has exactly the length of Src, byte for
// byte, so an offset into one is an offset into the other; readers blank
// out what is not prose (Markdown markers, HTML comments, code blocks, a
// byte-order mark, carriage returns) with spaces. Text may share Src's
// bytes (PlainSource). Build copies them once into the document's strings,
// one string for both when they are the same bytes.
type Source struct {
	Path   string
	Format Format
	Src    []byte
	Text   []byte
	// Hints carry what the file format knows about a line that its text
	// does not show: a heading style, or an automatic paragraph number.
	// They are keyed by 1-based line.
	Hints map[int]LineHint
	// OnePerLine says every line is its own paragraph (.docx).
	OnePerLine bool
}

// LineHint is format knowledge about one line.
type LineHint struct {
	// Heading is the heading level (1-6) from Markdown "#" or a Word
	// heading style; 0 when the line is not marked as a heading.
	Heading int
	// Number is the allegation number a reader sees when the format numbers
	// paragraphs itself (Word automatic numbering, Markdown list items);
	// 0 when the line carries no such number.
	Number int
	// NumberText is the rendered label ("12.", "(a)") for display.
	NumberText string
	// Furniture marks a line that belongs to the page, not the text: a
	// court's filing header or a repeated page footer on pleading paper.
	// The builder reads past it without ending the paragraph around it.
	Furniture bool
}

// PlainSource wraps bytes read as plain text, blanking what is not text: a
// byte-order mark, carriage returns, form feeds, and Unicode spaces that the
// patterns' \s would not match (a no-break space is two bytes and becomes two
// spaces, so offsets never move), and on pleading paper the margin line
// numbers and page furniture (markPleadingPaper).
//
// Text is src itself when there is nothing to blank, as in most files: a
// second copy of a long complaint would be one more byte per byte of it for
// the whole lint. Neither may be changed afterwards; to blank more, copy
// Text first (the Markdown reader starts from AnalysisText's copy).
func PlainSource(path string, src []byte) Source {
	s := Source{Path: path, Format: FormatText, Src: src, Text: SharedAnalysisText(src)}
	markPleadingPaper(&s)
	return s
}

// SharedAnalysisText is AnalysisText that returns src itself, not a copy,
// when folding changes nothing.
func SharedAnalysisText(src []byte) []byte {
	if !needsFolding(src) {
		return src
	}
	return AnalysisText(src)
}

// needsFolding reports whether AnalysisText would change a byte of src.
func needsFolding(src []byte) bool {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		return true
	}
	for i, b := range src {
		switch {
		case b == '\r' || b == '\f' || b == '\v' || b == '\t' || b == 0:
			return true
		case b == 0xC2 && i+1 < len(src) && src[i+1] == 0xA0:
			return true
		case b == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] >= 0x80 && src[i+2] <= 0x8A || src[i+2] == 0xAF):
			return true
		}
	}
	return false
}

// AnalysisText returns a copy of src with width-preserving whitespace folding.
func AnalysisText(src []byte) []byte {
	t := make([]byte, len(src))
	copy(t, src)
	if len(t) >= 3 && t[0] == 0xEF && t[1] == 0xBB && t[2] == 0xBF {
		t[0], t[1], t[2] = ' ', ' ', ' '
	}
	for i := 0; i < len(t); i++ {
		switch b := t[i]; {
		case b == '\r' || b == '\f' || b == '\v' || b == '\t':
			t[i] = ' '
		case b == 0:
			t[i] = ' '
		case b == 0xC2 && i+1 < len(t) && t[i+1] == 0xA0: // U+00A0 no-break space
			t[i], t[i+1] = ' ', ' '
			i++
		case b == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] >= 0x80 && t[i+2] <= 0x8A || t[i+2] == 0xAF):
			// U+2000..U+200A typographic spaces and U+202F narrow no-break space.
			t[i], t[i+1], t[i+2] = ' ', ' ', ' '
			i += 2
		}
	}
	return t
}
