package document

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLineIndexPositions(t *testing.T) {
	src := "first line\r\n§ 1201 — “quoted” text’s end\nthird\n"
	li := NewLineIndex(src)
	cases := []struct {
		find      string
		line, col int
	}{
		{"first", 1, 1},
		{"line", 1, 7},
		{"§", 2, 1},
		{"1201", 2, 3},
		{"—", 2, 8},
		{"“", 2, 10},
		{"quoted", 2, 11},
		{"text", 2, 19},
		{"s end", 2, 24},
		{"third", 3, 1},
	}
	for _, c := range cases {
		off := strings.Index(src, c.find)
		p := li.Position(off)
		if p.Line != c.line || p.Column != c.col {
			t.Errorf("%q at %d:%d, want %d:%d", c.find, p.Line, p.Column, c.line, c.col)
		}
		if back := li.Offset(c.line, c.col); back != off {
			t.Errorf("Offset(%d,%d) = %d, want %d", c.line, c.col, back, off)
		}
	}
	// The carriage return is not part of line 1's text.
	if sp := li.LineSpan(1); src[sp.Start:sp.End] != "first line" {
		t.Errorf("line 1 = %q", src[sp.Start:sp.End])
	}
}

func TestBOMIsNotAColumn(t *testing.T) {
	src := "\xEF\xBB\xBFCOUNT I\n"
	li := NewLineIndex(src)
	if p := li.Position(3); p.Column != 1 {
		t.Errorf("first letter after BOM at column %d, want 1", p.Column)
	}
	d := Build(PlainSource("bom.txt", []byte(src+"COPYRIGHT INFRINGEMENT\n\n1. Defendant copied.\n")))
	if len(d.Counts) != 1 {
		t.Fatalf("BOM hid the count heading: %s", d)
	}
}

func TestAnalysisTextKeepsWidth(t *testing.T) {
	src := []byte("\xEF\xBB\xBFa\u00a0b\u2009c\r\n\fd\te\u202Ff")
	txt := AnalysisText(src)
	if len(txt) != len(src) {
		t.Fatalf("length %d, want %d", len(txt), len(src))
	}
	if got := strings.Fields(string(txt)); strings.Join(got, "|") != "a|b|c|d|e|f" {
		t.Errorf("fields %q", got)
	}
}

// Every sentence span is exact: the source bytes of the span are the
// sentence's text, and a flagged word's column counts characters.
func TestSentenceSpansExact(t *testing.T) {
	text := "FACTUAL ALLEGATIONS\n\n12. Under 17 U.S.C. § 1201, Defendant’s “Smart Chat” — sold since Jan. 2013 — copied LP’s code. It did so again.\n"
	d := build(text)
	for _, s := range d.Sentences {
		if d.Src[s.Span.Start:s.Span.End] != s.Text {
			t.Errorf("span text %q != sentence text %q", d.Src[s.Span.Start:s.Span.End], s.Text)
		}
	}
	if len(d.Sentences) != 3 {
		t.Fatalf("sentences: %q", sentenceTexts(d))
	}
	s := d.Sentences[1]
	if !strings.HasPrefix(s.Text, "Under 17") || !strings.HasSuffix(s.Text, "code.") {
		t.Errorf("sentence = %q", s.Text)
	}
	off := strings.Index(text, "copied")
	p := d.Lines.Position(off)
	line := strings.Split(text, "\n")[2]
	before, _, _ := strings.Cut(line, "copied")
	wantCol := 1 + utf8.RuneCountInString(before)
	if p.Line != 3 || p.Column != wantCol {
		t.Errorf("'copied' at %d:%d, want 3:%d", p.Line, p.Column, wantCol)
	}
	if wantCol != 79 {
		t.Errorf("column arithmetic: %d", wantCol)
	}
}

func sentenceTexts(d *Document) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}

func TestTokensRealign(t *testing.T) {
	text := "FACTUAL ALLEGATIONS\n\n1. Defendant’s “first smart chat” claim isn't true — it’s false; see Ex. D at 2 ($48,200).\n\n" +
		"2. LP&rsquo;s counsel (Jane Roe, Esq.) wrote: ‘stop’. Kelly v. L.L. Cool J., 145 F.R.D. 32 (S.D.N.Y. 1992).\n"
	d := build(text)
	toks := d.Tokens()
	if d.TokenMisses() != 0 {
		t.Fatalf("%d tokens could not be realigned", d.TokenMisses())
	}
	if len(toks) < 40 {
		t.Fatalf("only %d tokens", len(toks))
	}
	prev := 0
	for _, tok := range toks {
		if tok.Span.Start < prev {
			t.Fatalf("token %q out of order", tok.Text)
		}
		prev = tok.Span.End
		if d.Src[tok.Span.Start:tok.Span.End] != tok.Text {
			t.Errorf("token %q does not match its span", tok.Text)
		}
	}
	want := map[string]bool{"“": false, "’s": false, "&rsquo;s": false, "$": false, "48,200": false}
	for _, tok := range toks {
		if _, ok := want[tok.Text]; ok {
			want[tok.Text] = true
		}
	}
	for k, seen := range want {
		if !seen {
			t.Errorf("no token %q", k)
		}
	}
}
