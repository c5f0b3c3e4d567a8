package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// Token is a word or punctuation mark with its exact span in Src.
type Token struct {
	Span Span
	Text string // the source text of the span (curly quotes preserved)
}

// Tokens returns the document's tokens, tokenized by prose once per
// document on first use: most checks work on sentences and never pay for it.
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
	pd, err := prose.NewDocument(d.Text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return
	}
	toks := pd.Tokens()
	d.tokens, d.tokenMiss = Realign(d.Text, toks)
}

// Realign recovers byte spans for prose tokens. prose reports token text
// only, after rewriting curly quotes to straight ones and "&rsquo;" to an
// apostrophe; a forward cursor over the original text matches each token,
// letting a straight quote in the token stand for any of its curly forms.
// It returns the tokens it placed and how many it could not.
func Realign(text string, toks []prose.Token) ([]Token, int) {
	out := make([]Token, 0, len(toks))
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
		if !found {
			miss++
		}
	}
	return out, miss
}

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
