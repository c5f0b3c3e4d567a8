package pattern_test

import (
	"flag"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// tokenChecker holds every token program with its compiled regexp.
type tokenChecker struct {
	progs []pattern.TokenProgram
	res   []*regexp.Regexp
	tries []*regexp.Regexp // the expression tied to the start, after one byte of context
	heads []*regexp.Regexp // the expression tied to the start of the text
}

var tokenCheckerOnce = sync.OnceValue(func() *tokenChecker {
	tc := &tokenChecker{progs: pattern.TokenPrograms()}
	for _, p := range tc.progs {
		tc.res = append(tc.res, regexp.MustCompile(p.Expr))
		tc.tries = append(tc.tries, regexp.MustCompile(`^(?s:.)(?:`+p.Expr+`)`))
		tc.heads = append(tc.heads, regexp.MustCompile(`^(?:`+p.Expr+`)`))
	}
	return tc
})

// tokenStats counts what the comparisons covered.
type tokenStats struct{ answered, declined, compared int }

// compare holds program i's token answers about s to the regexp's: Match,
// FindAll and, with tries, a try at every place.
func (tc *tokenChecker) compare(t *testing.T, i int, span pattern.Text, tries bool, st *tokenStats) {
	t.Helper()
	p := tc.progs[i]
	s := span.String()
	got, ok := p.TokenMatch(span)
	if !ok {
		st.declined++
		return
	}
	st.answered++
	if !p.MayMatch(pattern.LowerASCII(s)) {
		if got {
			t.Errorf("%q: token match in %.80q, which holds none of its first words", p.Expr, s)
		}
		return
	}
	st.compared++
	re := tc.res[i]
	if want := re.MatchString(s); got != want {
		t.Errorf("%q on %.200q: token match %v, regexp %v", p.Expr, s, got, want)
		return
	}
	// FindAll and the tries may decline where Match answered (a match
	// that may end sooner runs past the slice): the engine then asks the
	// regexp, so a declined answer is not compared.
	all, ok := p.TokenFindAll(span)
	if want := re.FindAllStringIndex(s, -1); ok && !slices.EqualFunc(all, want, slices.Equal[[]int]) {
		t.Errorf("%q on %.200q: token FindAll %v, regexp %v", p.Expr, s, all, want)
	}
	if !tries {
		return
	}
	at, ends, ok := p.TokenTries(span)
	if !ok {
		return
	}
	var wantAt, wantEnds []int
	for k := 0; k < len(s); k++ {
		var m []int
		if k == 0 {
			m = tc.heads[i].FindStringIndex(s)
		} else if isStart(s, k) {
			if m = tc.tries[i].FindStringIndex(s[k-1:]); m != nil {
				m = []int{k, k - 1 + m[1]}
			}
		}
		if m != nil {
			wantAt, wantEnds = append(wantAt, k), append(wantEnds, m[1])
		}
	}
	if !slices.Equal(at, wantAt) || !slices.Equal(ends, wantEnds) {
		t.Errorf("%q on %.200q: token tries %v %v, regexp %v %v", p.Expr, s, at, ends, wantAt, wantEnds)
	}
}

// isStart: a place where a rune begins (a try is made only there).
func isStart(s string, k int) bool { return s[k]&0xC0 != 0x80 }

// checkDocument compares every program's answers on the document's whole
// text, each paragraph and each sentence.
func (tc *tokenChecker) checkDocument(t *testing.T, d *document.Document, st *tokenStats) {
	t.Helper()
	lower := pattern.LowerASCII(d.Text)
	for i, p := range tc.progs {
		if !p.MayMatch(lower) {
			if got, ok := p.TokenMatch(d.Indexed(document.Span{End: len(d.Text)})); ok && got {
				t.Errorf("%q: token match in %s, which holds none of its first words", p.Expr, d.Path)
			}
			continue
		}
		tc.compare(t, i, d.Indexed(document.Span{End: len(d.Text)}), false, st)
		for _, para := range d.Paragraphs {
			tc.compare(t, i, d.Indexed(para.Span), false, st)
		}
		for si := range d.Sentences {
			tc.compare(t, i, d.Sentences[si].Indexed(), true, st)
		}
	}
}

// tokensAll makes TestTokenAnswersEqualRegexp read every fixture (some
// minutes); by default it reads the sample complaints and every sixth of
// the others, and with -short every tenth file.
var tokensAll = flag.Bool("tokens.all", false, "compare token answers on every fixture")

// TestTokenAnswersEqualRegexp holds the token pass's answers to the
// regexp's for every token-compiled expression on the fixtures: on the
// whole text, each paragraph and each sentence (Match and FindAll), and on
// each sentence a try at every place.
func TestTokenAnswersEqualRegexp(t *testing.T) {
	var files []string
	for _, dir := range []string{"complaints", "corpus", "realistic", "rules"} {
		filepath.WalkDir(filepath.Join("..", "..", "testdata", dir), func(path string, de os.DirEntry, err error) error {
			if err == nil && !de.IsDir() && (strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".md")) {
				files = append(files, path)
			}
			return nil
		})
	}
	if len(files) < 50 {
		t.Fatalf("only %d fixtures", len(files))
	}
	switch {
	case *tokensAll:
	case testing.Short():
		files = sample(files, 10)
	case raceEnabled:
		// The race detector makes each answer about ten times dearer;
		// the default sample would take most of CI's race run.
		files = sample(files, 40)
	default:
		files = sample(files, 6)
	}
	tc := tokenCheckerOnce()
	var st tokenStats
	answeredDocs, eligible := 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := document.Build(document.PlainSource(f, src))
		// Texts too short to index, and those holding a rune (?i) folds
		// to an ASCII letter, are answered by the regexp.
		if len(d.Text) >= 2048 && !strings.ContainsAny(d.Text, "\u017f\u212a") {
			eligible++
		}
		before := st.answered
		tc.checkDocument(t, d, &st)
		if st.answered > before {
			answeredDocs++
		}
		d.Done()
		if t.Failed() {
			t.Fatalf("in %s", f)
		}
	}
	t.Logf("%d programs, %d fixtures (%d answered from tokens, of %d long enough); %d answers from tokens (%d compared with the regexp), %d declined",
		len(tc.progs), len(files), answeredDocs, eligible, st.answered, st.compared, st.declined)
	if answeredDocs != eligible {
		t.Errorf("tokens answered for %d fixtures; %d are long enough to", answeredDocs, eligible)
	}
}

// sample keeps the sample complaints and every nth other file.
func sample(files []string, n int) []string {
	var out []string
	for i, f := range files {
		if i%n == 0 || strings.Contains(f, "complaints") {
			out = append(out, f)
		}
	}
	return out
}

// fuzzWords are what generated texts are made of: the lexicons' words and
// the characters where word runs and prose's tokens part.
var fuzzWords = strings.Fields(`trade secret secrets misappropriat misappropriated
	copyright copyrights infringement infringed infring work works registered
	non disclosure nondisclosure non-disclosure confidentiality agreement agreed
	Defendant Defendant's Defendant’s Plaintiff's plaintiffs don't can't won't isn't
	U.S.C. § 1030 17 501 18 1836 $5,000 (c) CFAA DTSA Lanham false advertising
	at the same time since then thereafter from that date on onward shortly afterwards
	without authorization exceeded authorized access Kelvin KEY — – - ' ’ " “ ”
	lost profits revenues customers clients willful willfully reasonable measures
	use only solely for prohibited restricted licensed granted obligations to keep
	Section 2 of the Agreement provides that it shall not; e-mail e.g., i.e.,`)

// foldWords fold to ASCII letters under (?i): a text holding one is
// answered by the regexp.
var foldWords = []string{"ſecret", "\u212aey", "ſince"}

// genText builds a text of about n bytes from fuzzWords, with every kind of
// separator between them; with fold, some of foldWords too.
func genText(r *rand.Rand, n int, fold bool) string {
	seps := []string{" ", " ", " ", "\n", "  ", "-", "'", "’", "", ", ", ". ", "\n\n", " — ", "\t", "n't ", "'s "}
	var b strings.Builder
	for b.Len() < n {
		if fold && r.Intn(50) == 0 {
			b.WriteString(foldWords[r.Intn(len(foldWords))])
		}
		b.WriteString(fuzzWords[r.Intn(len(fuzzWords))])
		b.WriteString(seps[r.Intn(len(seps))])
	}
	return b.String()
}

// The fuzz target's bounds on one exec: how much of the fuzzer's own
// string joins the generated text, and how many programs are compared.
const (
	fuzzExtraMax        = 256
	fuzzProgramsPerExec = 2
)

// checkText indexes text as a document would and compares the answers of
// every program that may match it (at most limit of them, drawn by r, when
// limit > 0) on the whole text and on slices of it.
func checkText(t *testing.T, text string, r *rand.Rand, limit int) tokenStats {
	ix := pattern.NewIndex(text)
	defer ix.Release()
	tc := tokenCheckerOnce()
	var st tokenStats
	lower := pattern.LowerASCII(text)
	// With a limit the programs are visited in an order r draws, and only
	// until limit of them may match: asking all 2,650 whether they may
	// match would be most of a fuzz exec.
	order := make([]int, len(tc.progs))
	for i := range order {
		order[i] = i
	}
	if limit > 0 {
		order = r.Perm(len(tc.progs))
	}
	var candidates []int
	for _, i := range order {
		if limit > 0 && len(candidates) == limit {
			break
		}
		if tc.progs[i].MayMatch(lower) {
			candidates = append(candidates, i)
		}
	}
	for _, i := range candidates {
		tc.compare(t, i, ix.Text(), false, &st)
		for range 4 {
			a := r.Intn(len(text))
			b := a + r.Intn(len(text)-a) + 1
			tc.compare(t, i, ix.Span(a, b), b-a < 400, &st)
		}
	}
	hasFold := strings.ContainsAny(text, "\u017f\u212a")
	if hasFold && st.answered > 0 {
		t.Errorf("a text holding ſ or K answered from tokens")
	}
	return st
}

func TestTokenAnswersGenerated(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	n := 20
	if testing.Short() {
		n = 4
	}
	var total tokenStats
	for k := range n {
		st := checkText(t, genText(r, 3000, k%4 == 3), r, 0)
		total.answered += st.answered
		total.compared += st.compared
		if t.Failed() {
			return
		}
	}
	t.Logf("%d answers from tokens, %d compared with the regexp", total.answered, total.compared)
	if total.compared == 0 {
		t.Error("no answer compared")
	}
}

// FuzzTokenAnswers compares the token answers with the regexp's on texts
// made from the fuzzer's words: its input picks words and separators.
func FuzzTokenAnswers(f *testing.F) {
	f.Add(int64(1), "trade secrets-don't")
	f.Add(int64(2), "ſecret K § U.S.C. — n't 's")
	f.Fuzz(func(t *testing.T, seed int64, extra string) {
		// An exec compares a few programs, picked by the seed, on a text
		// just long enough to be indexed: the fuzzer then runs thousands
		// of texts a second instead of a handful, and across them every
		// program is drawn.
		if len(extra) > fuzzExtraMax {
			extra = extra[:fuzzExtraMax]
		}
		r := rand.New(rand.NewSource(seed))
		text := genText(r, 1100, seed%2 == 0) + extra + genText(r, 1100, false)
		checkText(t, text, r, fuzzProgramsPerExec)
	})
}
