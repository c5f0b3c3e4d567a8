package input

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/document"
)

// checkMarkdownText asserts the Source contract byte by byte: same length,
// every byte either the source byte or a blank, line endings where they
// were, and still valid UTF-8.
func checkMarkdownText(t *testing.T, s document.Source) {
	t.Helper()
	if len(s.Text) != len(s.Src) {
		t.Fatalf("len(Text)=%d, len(Src)=%d", len(s.Text), len(s.Src))
	}
	for i := range s.Src {
		if s.Text[i] != s.Src[i] && s.Text[i] != ' ' {
			t.Fatalf("byte %d: Text %q, Src %q: neither kept nor blanked", i, s.Text[i], s.Src[i])
		}
		if (s.Src[i] == '\n') != (s.Text[i] == '\n') {
			t.Fatalf("byte %d: line ending moved (Src %q, Text %q)", i, s.Src[i], s.Text[i])
		}
	}
	if utf8.Valid(s.Src) && !utf8.Valid(s.Text) {
		t.Fatalf("Text is not valid UTF-8: %q", s.Text)
	}
}

func TestReadMarkdownBlanking(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"ATX heading", "## Count I\n", "   Count I\n"},
		{"ATX heading with closing hashes", "# Title #\n", "  Title  \n"},
		{"setext heading", "Parties\n-------\n", "Parties\n       \n"},
		{"emphasis and strong", "*a* **b** _c_ __d__\n", " a    b    c    d  \n"},
		{"intraword underscore is text", "snake_case_name\n", "snake_case_name\n"},
		{"code span", "use `code` here\n", "use        here\n"},
		{"fenced code block", "```go\nx = 1\n```\ntext\n", "     \n     \n   \ntext\n"},
		{"indented code block", "para\n\n    code line\n", "para\n\n             \n"},
		{"HTML comment block", "<!-- draft\nnote -->\nText\n", "          \n        \nText\n"},
		{"inline HTML comment", "A <!-- x --> B\n", "A            B\n"},
		{"inline HTML tags", "a <b>bold</b> c\n", "a    bold     c\n"},
		{"HTML block", "<div>\nhidden\n</div>\n\nshown\n", "     \n      \n      \n\nshown\n"},
		{"block quote", "> quoted\n> more\n", "  quoted\n  more\n"},
		{"bullet markers", "- one\n\n* two\n\n+ three\n", "  one\n\n  two\n\n  three\n"},
		{"inline link", "see [the Works](http://x.com \"t\") now\n", "see  the Works                    now\n"},
		{"reference link and definition", "[text][r]\n\n[r]: http://x\n", " text    \n\n             \n"},
		{"image", "![alt text](img.png) after\n", "                     after\n"},
		{"autolink", "at <https://x.com>.\n", "at  https://x.com .\n"},
		{"backslash escapes", `\*not em\* 5\. \\ x` + "\n", ` *not em * 5 .  \ x` + "\n"},
		{"hard break with backslash", "line one\\\nline two\n", "line one \nline two\n"},
		{"hard break with spaces", "a  \nb\n", "a  \nb\n"},
		{"thematic break", "a\n\n***\n\nb\n", "a\n\n   \n\nb\n"},
		{"ordered list numbers stay", "12. First\n13. Second\n", "12. First\n13. Second\n"},
		{"ordered list with parenthesis", "3) Third\n", "3) Third\n"},
		{"nested ordered list marker blanked", "1. Top\n   1. sub\n", "1. Top\n      sub\n"},
		{"table", "| a | b |\n|---|---|\n| c | d |\n", "  a   b  \n         \n  c   d  \n"},
		{"table without outer pipes, aligned", "a | b\n:-- | --:\nc | d\n", "a   b\n         \nc   d\n"},
		{"table under a paragraph line", "Damages:\n| item | usd |\n| - | - |\n| fees | 5 |\n", "Damages:\n  item   usd  \n         \n  fees   5  \n"},
		{"escaped pipe stays in a cell", "| a \\| b | c |\n|---|---|\n", "  a  | b   c  \n         \n"},
		{"pipes without a delimiter row are prose", "Plaintiff | Defendant\n", "Plaintiff | Defendant\n"},
		{"cell counts that differ are no table", "| a | b |\n|---|\n", "| a | b |\n|---|\n"},
		{"CRLF", "# T\r\n\r\nText *x*\r\n", "  T \n \nText  x  \n"},
		{"byte-order mark", "\xEF\xBB\xBF# Heading\n", "     Heading\n"},
		{"entities stay as written", "AT&amp;T\n", "AT&amp;T\n"},
		{"no-break space blanked", "17\u00a0U.S.C.\n", "17  U.S.C.\n"},
		{"space entities blanked", "17&nbsp;U.S.C. &#160;§ 5 \\&nbsp;\n", "17      U.S.C.       § 5  &nbsp;\n"},
		{"no trailing newline", "*end*", " end "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := ReadMarkdown("t.md", []byte(tc.src))
			checkMarkdownText(t, s)
			if string(s.Text) != tc.want {
				t.Errorf("Text =\n%q\nwant\n%q", s.Text, tc.want)
			}
			if !bytes.Equal(s.Src, []byte(tc.src)) || s.Format != document.FormatMarkdown {
				t.Errorf("Src or Format changed: %q %v", s.Src, s.Format)
			}
		})
	}
}

func TestReadMarkdownHints(t *testing.T) {
	tests := []struct {
		name, src string
		want      map[int]document.LineHint
	}{
		{"heading levels", "# One\n\nTwo\n===\n\n### Three\n\nFour\n----\n",
			map[int]document.LineHint{1: {Heading: 1}, 3: {Heading: 1}, 6: {Heading: 3}, 8: {Heading: 2}}},
		{"ordered list renumbered from its start", "5. a\n5. b\n9. c\n",
			map[int]document.LineHint{1: {Number: 5, NumberText: "5."}, 2: {Number: 6, NumberText: "6."}, 3: {Number: 7, NumberText: "7."}}},
		{"loose list numbers by item, not line", "1. a\n\n   more a\n\n1. b\n",
			map[int]document.LineHint{1: {Number: 1, NumberText: "1."}, 5: {Number: 2, NumberText: "2."}}},
		{"nested list gets a label only", "1. a\n   1. sub\n   2. sub\n2. b\n",
			map[int]document.LineHint{1: {Number: 1, NumberText: "1."}, 2: {NumberText: "1."}, 3: {NumberText: "2."}, 4: {Number: 2, NumberText: "2."}}},
		{"list in a block quote", "> 3) quoted\n",
			map[int]document.LineHint{1: {Number: 3, NumberText: "3)"}}},
		{"bullets get nothing", "- a\n- b\n", map[int]document.LineHint{}},
		{"code that looks like a list gets nothing", "```\n1. not a list\n# nor a heading\n```\n", map[int]document.LineHint{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := ReadMarkdown("t.md", []byte(tc.src))
			if !reflect.DeepEqual(s.Hints, tc.want) {
				t.Errorf("Hints = %v, want %v", s.Hints, tc.want)
			}
		})
	}
}

// markdownComplaint uses the characters complaints are full of (§, curly
// quotes, em dashes, no-break spaces) inside and around markup, and lists
// numbered the lazy way Markdown allows.
const markdownComplaint = "# UNITED STATES DISTRICT COURT\n" +
	"\n" +
	"**ACME CORP.**, Plaintiff, v. **BETA LLC**, Defendant.\n" +
	"\n" +
	"<!-- TODO: confirm the caption with the client -->\n" +
	"\n" +
	"## Parties\n" +
	"\n" +
	"1. Plaintiff Acme Corp. (“*Acme*”) is a Delaware corporation.\n" +
	"1. Defendant Beta LLC (“Beta”) is a New York company — see [its filing](https://example.com/beta \"NY DOS\").\n" +
	"\n" +
	"## Count I — Copyright Infringement\n" +
	"\n" +
	"3. Plaintiff repeats the allegations of paragraphs 1 and 2.\n" +
	"4. Beta copied the “Works,” infringing 17\u00a0U.S.C. **§ 501**.\n" +
	"   1. a sub-point, not an allegation\n" +
	"7. Beta’s infringement was willful — `deliberate`.\n" +
	"\n" +
	"## Count II — Breach of Contract\n" +
	"\n" +
	"6. The parties entered into a contract.\n" +
	"\n" +
	"## Prayer for Relief\n" +
	"\n" +
	"WHEREFORE, Plaintiff requests judgment.\n"

func TestReadMarkdownPositions(t *testing.T) {
	s := ReadMarkdown("complaint.md", []byte(markdownComplaint))
	checkMarkdownText(t, s)
	// Prose keeps its offsets: each phrase is found at the same byte in the
	// analysis text as in the file.
	for _, phrase := range []string{"“", "Acme", "”) is a Delaware", "— see", "its filing", "Count I — Copyright Infringement",
		"“Works,”", "§ 501", "Beta’s infringement was willful —", "WHEREFORE", "3. Plaintiff", "7. Beta"} {
		i := strings.Index(string(s.Src), phrase)
		if i < 0 {
			t.Fatalf("fixture lacks %q", phrase)
		}
		if got := string(s.Text[i : i+len(phrase)]); got != phrase {
			t.Errorf("at byte %d: Text %q, want %q", i, got, phrase)
		}
	}
	// Markup is gone.
	for _, gone := range []string{"**", "##", "<!--", "TODO", "https://", "NY DOS", "deliberate", "`", "](", "*Acme*"} {
		if strings.Contains(string(s.Text), gone) {
			t.Errorf("Text still contains %q", gone)
		}
	}
}

func TestReadMarkdownComplaint(t *testing.T) {
	d := document.Build(ReadMarkdown("complaint.md", []byte(markdownComplaint)))
	var titles []string
	for _, c := range d.Counts {
		titles = append(titles, c.Label+": "+c.Title)
	}
	if want := []string{"I: Copyright Infringement", "II: Breach of Contract"}; !reflect.DeepEqual(titles, want) {
		t.Fatalf("counts = %q, want %q\n%s", titles, want, d)
	}
	byCount := map[int][]int{}
	var numbers []int
	for _, a := range d.Allegations {
		numbers = append(numbers, a.Number)
		byCount[a.Count] = append(byCount[a.Count], a.Number)
	}
	// "1." twice renders 1, 2; "7." after 3, 4 renders 5; the nested "1."
	// is no allegation.
	if want := []int{1, 2, 3, 4, 5, 6}; !reflect.DeepEqual(numbers, want) {
		t.Errorf("allegation numbers = %v, want %v", numbers, want)
	}
	if want := map[int][]int{-1: {1, 2}, 0: {3, 4, 5}, 1: {6}}; !reflect.DeepEqual(byCount, want) {
		t.Errorf("allegations by count = %v, want %v", byCount, want)
	}
	if !d.HasSection(document.SectionParties) || !d.HasSection(document.SectionPrayer) {
		t.Errorf("sections missing:\n%s", d)
	}
	if got := len(d.Counts[0].Incorporated); got != 2 {
		t.Errorf("count I incorporates %d allegations, want 2", got)
	}
	// A heading line is a heading paragraph, located where the file has it.
	for _, p := range d.Paragraphs {
		if d.Slice(p.Span) == "Count II — Breach of Contract" && (!p.Heading || p.Line != 19) {
			t.Errorf("Count II heading: Heading=%v line %d, want true, 19", p.Heading, p.Line)
		}
	}
}
