package checks_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// Messages quote, never paraphrase: every fragment a finding's message puts
// in quotation marks must occur in the document it was found in. Legal
// terms and authority are written without quotation marks, so a quoted
// fragment is always a claim about the pleading's own words.

var (
	reEllipsis = regexp.MustCompile(`\s*(?:…|\.\.\.)\s*`)
	reSpaces   = regexp.MustCompile(`\s+`)
)

// normalizeQuoted folds what the engine folds when it copies a span into a
// message: curly quotes to straight ones and runs of white space to one.
func normalizeQuoted(s string) string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'").Replace(s)
	return reSpaces.ReplaceAllString(s, " ")
}

// quotation is one quoted passage of a message: the candidate texts between
// its opening mark and each closing mark that could end it. A passage may
// itself contain apostrophes and quotation marks (the pleading's
// "Defendant's" or its defined terms), so the first closing mark is not
// necessarily the right one; the passage is faithful when some candidate,
// cut at its ellipses, occurs in the document.
type quotation struct{ candidates []string }

func isOpenContext(r rune) bool  { return r == ' ' || r == '(' || r == '[' || r == '\n' || r == ':' }
func isCloseContext(r rune) bool { return strings.ContainsRune(" .,;:)]?!\n", r) }

// quotations finds the quoted passages of a message.
func quotations(msg string) []quotation {
	rs := []rune(msg)
	var out []quotation
	for i, r := range rs {
		var closers string
		switch r {
		case '\'', '‘':
			closers = "'’"
		case '"', '“':
			closers = `"”`
		default:
			continue
		}
		if i > 0 && !isOpenContext(rs[i-1]) {
			continue
		}
		var q quotation
		for j := i + 2; j < len(rs); j++ {
			if strings.ContainsRune(closers, rs[j]) && (j+1 == len(rs) || isCloseContext(rs[j+1])) {
				q.candidates = append(q.candidates, string(rs[i+1:j]))
			}
		}
		if len(q.candidates) > 0 {
			out = append(out, q)
		}
	}
	return out
}

// faithful reports whether a candidate's pieces all occur in text.
func faithful(text, candidate string) bool {
	for _, part := range reEllipsis.Split(candidate, -1) {
		if part = strings.TrimSpace(part); part != "" && !strings.Contains(text, normalizeQuoted(part)) {
			return false
		}
	}
	return true
}

func TestQuotationsParse(t *testing.T) {
	doc := `Defendant's "Agreement" says lost revenue and goodwill harm.`
	msg := `The count says 'lost revenue' and 'goodwill … harm'; Defendant's 'Defendant's "Agreement" says' and 'never said'.`
	var bad []string
	for _, q := range quotations(msg) {
		ok := false
		for _, c := range q.candidates {
			ok = ok || faithful(doc, c)
		}
		if !ok {
			bad = append(bad, q.candidates[0])
		}
	}
	if len(bad) != 1 || bad[0] != "never said" {
		t.Fatalf("unfaithful quotations = %q, want only %q", bad, "never said")
	}
}

// reReportedSpeech is a message putting a statement in the pleading's
// mouth: "the count says that ...", "states that", "pleads only that",
// "says Defendant ...". Such a clause must quote the pleading's words; a
// message that only names what the count lacks says "does not", "never" or
// "no".
var (
	reReportedSpeech = regexp.MustCompile(`(?i)\b(?:says|states|alleges|pleads|asserts)(?: only)? that\b|\bsays (?:Defendant|Plaintiff|the Defendant|the Plaintiff)\b`)
	reClauseEnd      = regexp.MustCompile(`;|\. |\bbut\b|\bwithout\b|,\s*(?:and|so|which)\b`)
)

// paraphrases returns the reported-speech clauses of a message that quote
// nothing.
func paraphrases(msg string) []string {
	var out []string
	for _, m := range reReportedSpeech.FindAllStringIndex(msg, -1) {
		clause := msg[m[0]:]
		if e := reClauseEnd.FindStringIndex(clause[m[1]-m[0]:]); e != nil {
			clause = clause[:m[1]-m[0]+e[0]]
		}
		if len(quotations(" "+clause+" ")) == 0 {
			out = append(out, clause)
		}
	}
	return out
}

func TestParaphrasesParse(t *testing.T) {
	for msg, want := range map[string]int{
		"The count states that works were distributed without CMI but not which copies.":               1,
		"The count says Defendant provided false CMI but does not identify the statement.":             1,
		"The count says 'removed' but never says how, where or when CMI was removed.":                  0,
		"The DMCA count says Defendant circumvented 'security measures' but never names the measure.":  0,
		"The count never says when the accused copying happened.":                                      0,
		"The count says only that reasonable measures were taken, without describing them.":            1,
		"The count cites § 1202(b)(3) but never says which copies were distributed, where or to whom.": 0,
	} {
		if got := len(paraphrases(msg)); got != want {
			t.Errorf("%q: %d paraphrases, want %d", msg, got, want)
		}
	}
}

// fixturePaths lists every rule fixture, corpus file and sample complaint.
func fixturePaths(t *testing.T) []string {
	t.Helper()
	var paths []string
	for _, glob := range []string{"../testdata/rules/*/*", "../testdata/corpus/*.txt", "../testdata/corpus/*.md",
		"../testdata/complaints/*.txt", "../testdata/complaints/*.md", "../testdata/realistic/*.txt", "../testdata/realistic/*.md"} {
		m, _ := filepath.Glob(glob)
		paths = append(paths, m...)
	}
	if len(paths) < 100 {
		t.Fatalf("found only %d documents to check", len(paths))
	}
	return paths
}

// lintEach lints every document of fixturePaths.
func lintEach(t *testing.T, fn func(path string, doc *document.Document, fs []lint.Finding)) {
	for _, path := range fixturePaths(t) {
		var doc *document.Document
		var fs []lint.Finding
		if strings.Contains(filepath.ToSlash(path), "/rules/") {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			fx, err := linttest.Parse(raw)
			if err != nil {
				t.Fatal(err)
			}
			doc, fs = lintFixture(t, path, fx)
		} else {
			doc, fs = lintPath(t, path, lint.DefaultProfile)
		}
		fn(path, doc, fs)
	}
}

// TestMessagesQuoteTheDocument lints every rule fixture, corpus file and
// sample complaint and checks each quoted fragment of each message against
// the document text, and that no message reports the pleading's statements
// in its own words.
func TestMessagesQuoteTheDocument(t *testing.T) {
	checked := 0
	lintEach(t, func(path string, doc *document.Document, fs []lint.Finding) {
		// The analysis text, and the source bytes a Markdown or Word
		// reader turned into it: a quotation of either is the pleading's.
		text := normalizeQuoted(doc.Text) + "\x00" + normalizeQuoted(doc.Src)
		for _, f := range fs {
			p := doc.Lines.Position(f.Span.Start)
			for _, q := range quotations(f.Message) {
				checked++
				ok := false
				for _, c := range q.candidates {
					ok = ok || faithful(text, c)
				}
				if !ok {
					t.Errorf("%s:%d: %s quotes %q, which the document does not contain: %s", path, p.Line, f.Rule, q.candidates[0], f.Message)
				}
			}
			for _, c := range paraphrases(f.Message) {
				t.Errorf("%s:%d: %s reports the pleading's words without quoting them (%q): %s", path, p.Line, f.Rule, c, f.Message)
			}
		}
	})
	if checked == 0 {
		t.Fatal("no message quoted anything; the test would prove nothing")
	}
}
