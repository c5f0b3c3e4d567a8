package document

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/pattern"
	"github.com/jdkato/prose/v2"
)

// Token is a word or punctuation mark with its exact span in Src.
type Token struct {
	Span Span
	Text string // the source text of the span (curly quotes preserved)
}

// Tokens returns the document's tokens, tokenized by prose once per
// document on first use (the rules match on them through the token pass of
// package pattern, which reads the same tokens chunk by chunk and keeps only
// the matches; see TokenSpans).
func (d *Document) Tokens() []Token {
	d.tokensOnce.Do(d.tokenize)
	return d.tokens
}

// TokenMisses is how many tokens could not be realigned with the source; the
// tests hold it at zero.
func (d *Document) TokenMisses() int {
	d.tokensOnce.Do(d.tokenize)
	return d.tokenMiss
}

func (d *Document) tokenize() {
	tokenChunks(d.Text, func(toks []Token, miss int) {
		d.tokens = append(d.tokens, toks...)
		d.tokenMiss += miss
	})
}

func init() { pattern.SetTokenizer(TokenSpans) }

// TokenSpans feeds text's prose tokens to each as start/end pairs, a chunk
// of text at a time, and reports whether every token was placed in the
// text. prose holds a string, a struct and a pointer per token: tokenizing
// a long complaint whole would hold them all at once.
func TokenSpans(text string, each func(spans []int32)) bool {
	ok := true
	var spans []int32
	tokenChunks(text, func(toks []Token, miss int) {
		if miss > 0 {
			ok = false
		}
		if cap(spans) < 2*len(toks) {
			spans = make([]int32, 0, 2*len(toks))
		}
		spans = spans[:0]
		for _, t := range toks {
			spans = append(spans, int32(t.Span.Start), int32(t.Span.End))
		}
		each(spans)
	})
	return ok
}

// tokenChunk is how much text prose tokenizes at once: the chunks end at a
// line break (prose tokenizes within white-space-separated words, so a
// line break ends every token), and tokens carry offsets in the text.
const tokenChunk = 32 << 10

// tokenChunks tokenizes text a chunk at a time, handing each chunk's tokens
// (spans in text) and how many could not be placed. A text prose panics on
// counts as all missed. The tokens handed on are good until each returns:
// one buffer holds every chunk's.
func tokenChunks(text string, each func(toks []Token, miss int)) {
	var buf []Token
	for start := 0; start < len(text); {
		end := min(start+tokenChunk, len(text))
		if end < len(text) {
			if nl := strings.LastIndexByte(text[start:end], '\n'); nl > 0 {
				end = start + nl + 1
			} else {
				for end > start+1 && !utf8.RuneStart(text[end]) {
					end--
				}
			}
		}
		chunk := ProseSafe(text[start:end])
		toks, ok := proseTokens(chunk)
		if !ok {
			each(nil, 1)
			start = end
			continue
		}
		placed, miss := realignInto(buf[:0], chunk, toks)
		buf = placed
		for i := range placed {
			sp := Span{placed[i].Span.Start + start, placed[i].Span.End + start}
			placed[i] = Token{Span: sp, Text: text[sp.Start:sp.End]}
		}
		each(placed, miss)
		start = end
	}
}

// proseTokens runs prose's tokenizer. prose indexes one string with
// offsets found in its lower-cased copy and so can panic on text it did not
// expect; a panic here must not take down every check that asks for
// tokens, so it leaves the document without tokens instead.
func proseTokens(text string) (toks []prose.Token, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			toks, ok = nil, false
		}
	}()
	pd, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, false
	}
	return pd.Tokens(), true
}

// ProseSafe replaces each byte of an invalid UTF-8 sequence with '?', so
// byte offsets are kept. prose lower-cases tokens, which turns an invalid
// byte into the three-byte U+FFFD and shifts the offsets it then slices
// with (a panic: "slice bounds out of range"). The readers only hand on
// valid UTF-8; this guards the model against text built any other way.
func ProseSafe(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			b[i] = '?'
			i++
			continue
		}
		i += size
	}
	return string(b)
}

// Realign recovers byte spans for prose tokens. prose reports token text
// only, after rewriting curly quotes to straight ones and "&rsquo;" to an
// apostrophe; a forward cursor over the original text matches each token,
// letting a straight quote in the token stand for any of its curly forms.
// It returns the tokens it placed and how many it could not.
func Realign(text string, toks []prose.Token) ([]Token, int) {
	return realignInto(nil, text, toks)
}

// realignInto is Realign appending the tokens to out, whose space a
// caller reuses from chunk to chunk.
func realignInto(out []Token, text string, toks []prose.Token) ([]Token, int) {
	out = slices.Grow(out, len(toks))
	miss := 0
	cur := 0
	for _, t := range toks {
		// Skip white space.
		for cur < len(text) {
			r, size := utf8.DecodeRuneInString(text[cur:])
			if !unicode.IsSpace(r) {
				break
			}
			cur += size
		}
		if n, ok := matchAt(text, cur, t.Text); ok {
			out = append(out, Token{Span: Span{cur, cur + n}, Text: text[cur : cur+n]})
			cur += n
			continue
		}
		// Resynchronise within a short window rather than give up on the
		// rest of the document.
		found := false
		for probe := cur + 1; probe < len(text) && probe < cur+64; probe++ {
			if n, ok := matchAt(text, probe, t.Text); ok {
				out = append(out, Token{Span: Span{probe, probe + n}, Text: text[probe : probe+n]})
				cur = probe + n
				found = true
				break
			}
		}
		// prose drops some runs of punctuation and symbols without
		// emitting a token for them (e.g. "'M???|W8hr<?"); after a long
		// such run, look further ahead. A word token is looked for only
		// where a word starts (after a space, or right after the dropped
		// run: "Pe????…rson"), so a short one is not matched inside a later
		// word; a punctuation token anywhere ("000!").
		first, _ := utf8.DecodeRuneInString(t.Text)
		wordToken := isWordRune(first)
		for probe := cur + 64; !found && probe < len(text) && probe < cur+farWindow; probe++ {
			prev, _ := utf8.DecodeLastRuneInString(text[:probe])
			if wordToken && isWordRune(prev) {
				continue
			}
			if n, ok := matchAt(text, probe, t.Text); ok {
				out = append(out, Token{Span: Span{probe, probe + n}, Text: text[probe : probe+n]})
				cur = probe + n
				found = true
			}
		}
		if !found {
			miss++
		}
	}
	return out, miss
}

// isWordRune reports whether r continues a word: a letter, digit or mark.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// farWindow bounds how far past the cursor Realign looks for a token after
// prose dropped text: far enough for a dropped run of symbols (prose drops
// a run of a thousand replacement characters whole: "Pe????…rson’s"), near
// enough that a token the tokenizer invented costs little to give up on.
const farWindow = 4096

// matchAt reports whether tok matches text at off, returning the number of
// source bytes it covers.
func matchAt(text string, off int, tok string) (int, bool) {
	i := off
	for _, r := range tok {
		if i >= len(text) {
			return 0, false
		}
		sr, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case sr == r:
		case r == '"' && (sr == '“' || sr == '”'):
		case r == '\'' && (sr == '‘' || sr == '’'):
		case r == '\'' && strings.HasPrefix(text[i:], "&rsquo;"):
			size = len("&rsquo;")
		default:
			return 0, false
		}
		i += size
	}
	return i - off, true
}
