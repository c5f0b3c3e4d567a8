package pattern

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/pattern/internal/progmatch"
)

// The table programs replace regexp in the tries, so they must answer
// exactly as regexp does: these tests check that the table holds the
// program regexp would compile for each form, and that the matcher running
// it gives regexp's answer (match or not, every capture index) on every
// text the engine hands it over the shipped complaints and the corpus, and
// on random slices.

// tableForms lists every form the table holds a program for.
type tableForm struct {
	id   int32
	k    int
	expr string
}

func tableForms(t testing.TB) []tableForm {
	t.Helper()
	anchorTable.once.Do(loadAnchorTable)
	var out []tableForm
	for id, e := range allTableExprs() {
		f := tableFacts(int32(id))
		anchors, _ := tableEntry(int32(id))
		for k := range formCount {
			fe := formExpr(k, e, &f, anchors != nil)
			m := tableMatcher(int32(id), k, fe)
			if (fe == "") != (m == nil) {
				t.Fatalf("%q form %d: expression %q but program %v", e, k, fe, m != nil)
			}
			if m != nil {
				out = append(out, tableForm{int32(id), k, fe})
			}
		}
	}
	if len(out) < 1000 {
		t.Fatalf("only %d table programs", len(out))
	}
	return out
}

// TestTableProgramsAreRegexpsPrograms checks that each table program is,
// instruction for instruction, the one regexp compiles from the form.
func TestTableProgramsAreRegexpsPrograms(t *testing.T) {
	for _, f := range tableForms(t) {
		m := tableMatcher(f.id, f.k, f.expr)
		want, n, err := progmatch.Compile(f.expr)
		if err != nil {
			t.Fatal(err)
		}
		if err := progmatch.Check(m.Prog()); err != nil {
			t.Fatalf("%q: %v", f.expr, err)
		}
		if m.Prog().NumSubexp != n {
			t.Errorf("%q: table says %d subexpressions, %d compiled", f.expr, m.Prog().NumSubexp, n)
		}
		if err := progmatch.SameProg(progmatch.Syntax(m.Prog()), want); err != nil {
			t.Errorf("%q: %v", f.expr, err)
		}
		if got := regexp.MustCompile(f.expr).NumSubexp(); got != n {
			t.Errorf("%q: %d subexpressions, regexp has %d", f.expr, n, got)
		}
	}
}

// checkedForm answers with a table program and fails the test when
// regexp answers otherwise.
type checkedForm struct {
	m  *progmatch.Matcher
	re *regexp.Regexp
	t  testing.TB
	n  *int
	mu *sync.Mutex
}

func (c checkedForm) count() {
	c.mu.Lock()
	*c.n++
	c.mu.Unlock()
}

func (c checkedForm) MatchString(s string) bool {
	c.count()
	got, want := c.m.MatchString(s), c.re.MatchString(s)
	if got != want {
		c.t.Errorf("%q on %q: MatchString %v, regexp %v", c.re, s, got, want)
	}
	return want
}

func (c checkedForm) FindStringIndex(s string) []int {
	c.count()
	got, want := c.m.FindStringIndex(s), c.re.FindStringIndex(s)
	if !slices.Equal(got, want) {
		c.t.Errorf("%q on %q: FindStringIndex %v, regexp %v", c.re, s, got, want)
	}
	return want
}

func (c checkedForm) FindStringSubmatchIndex(s string) []int {
	c.count()
	got, want := c.m.FindStringSubmatchIndex(s), c.re.FindStringSubmatchIndex(s)
	if !slices.Equal(got, want) {
		c.t.Errorf("%q on %q: FindStringSubmatchIndex %v, regexp %v", c.re, s, got, want)
	}
	return want
}

func (c checkedForm) FindAllStringSubmatchIndex(s string, n int) [][]int {
	c.count()
	got, want := c.m.FindAllStringSubmatchIndex(s, n), c.re.FindAllStringSubmatchIndex(s, n)
	if !slices.EqualFunc(got, want, slices.Equal) {
		c.t.Errorf("%q on %.200q: FindAllStringSubmatchIndex %v, regexp %v", c.re, s, got, want)
	}
	return want
}

// diffTexts are the texts the differential tests read: the shipped
// complaints, then the realistic and corpus texts (only the complaints
// in -short mode).
func diffTexts(t testing.TB) []string {
	t.Helper()
	var texts []string
	for _, c := range linttest.ShippedComplaints(t) {
		texts = append(texts, string(c.Data))
	}
	if testing.Short() {
		return texts
	}
	for _, dir := range []string{"realistic", "corpus"} {
		paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.txt"))
		if err != nil || len(paths) == 0 {
			t.Fatalf("no texts in testdata/%s: %v", dir, err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	return texts
}

// TestTableProgramsAnswerAsRegexpInTries runs every table pattern's whole
// search, from fresh state, over each text and each of its lines, with
// every form a try asks checked against regexp: the places and the cut
// texts are exactly those the engine tries.
func TestTableProgramsAnswerAsRegexpInTries(t *testing.T) {
	var mu sync.Mutex
	calls := 0
	checkForm = func(m *progmatch.Matcher) searcher {
		return checkedForm{m: m, re: regexp.MustCompile(m.String()), t: t, n: &calls, mu: &mu}
	}
	defer func() { checkForm = nil }()
	anchorTable.once.Do(loadAnchorTable)
	pats := make([]*compiled, tableLen())
	for i, e := range allTableExprs() {
		c := &compiled{expr: e}
		c.anchors, c.wordStart, c.tableID = lookupAnchors(e)
		pats[i] = c
	}
	texts := diffTexts(t)
	nShipped := len(linttest.ShippedComplaints(t))
	for ti, text := range texts {
		ix := NewIndex(text)
		spans := []Text{ix.Text()}
		if ti < 3 { // every line of the first complaints too
			start := 0
			for i := 0; i <= len(text); i++ {
				if i == len(text) || text[i] == '\n' {
					spans = append(spans, ix.Span(start, i))
					start = i + 1
				}
			}
		}
		for _, c := range pats {
			// Whole-text searches without anchors read every byte
			// twice here: every fifth text past the complaints is
			// enough for them.
			if c.anchors == nil && ti >= nShipped && ti%5 != 0 {
				continue
			}
			for _, sp := range spans {
				c.findAllStringSubmatchIndex(sp, -1)
				c.matchString(sp)
			}
		}
		ix.Release()
		if t.Failed() {
			break
		}
	}
	t.Logf("%d tries checked over %d texts", calls, len(texts))
	if calls < 10000 {
		t.Errorf("only %d tries checked", calls)
	}
}

// TestTableProgramsAnswerAsRegexpOnSlices compares every table program
// with regexp on random slices of the texts, and on slices starting where
// one of the pattern's anchors occurs.
func TestTableProgramsAnswerAsRegexpOnSlices(t *testing.T) {
	texts := diffTexts(t)
	all := strings.Join(texts, "\n")
	lower := strings.ToLower(all)
	r := rand.New(rand.NewSource(16))
	slicesPer := 20
	if testing.Short() {
		slicesPer = 5
	}
	for _, f := range tableForms(t) {
		m := tableMatcher(f.id, f.k, f.expr)
		re := regexp.MustCompile(f.expr)
		anchors, _ := tableEntry(f.id)
		for i := range slicesPer {
			at := r.Intn(len(all))
			if len(anchors) > 0 && i%2 == 0 {
				a := anchors[r.Intn(len(anchors))]
				if j := strings.Index(lower[at:], a); j >= 0 {
					at += j
				}
			}
			if f.k == formContext || f.k == formExistsContext {
				at = max(at-1, 0)
			}
			end := min(len(all), at+r.Intn(400))
			s := all[at:end]
			got, want := m.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)
			if !slices.Equal(got, want) {
				t.Fatalf("%q on %q: %v, regexp %v", f.expr, s, got, want)
			}
			if m.MatchString(s) != (want != nil) {
				t.Fatalf("%q on %q: MatchString %v", f.expr, s, want == nil)
			}
		}
	}
}

// FuzzTablePrograms compares a table program, picked by number, with
// regexp on any text.
func FuzzTablePrograms(f *testing.F) {
	forms := tableForms(f)
	f.Add(uint16(0), "the copyright infringement")
	f.Add(uint16(7), "§ 1201(a)(2)")
	f.Add(uint16(100), "K\u212aſ\xff")
	f.Fuzz(func(t *testing.T, i uint16, s string) {
		fm := forms[int(i)%len(forms)]
		m := tableMatcher(fm.id, fm.k, fm.expr)
		re := regexp.MustCompile(fm.expr)
		if got, want := m.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("%q on %q: %v, regexp %v", fm.expr, s, got, want)
		}
		if got, want := m.FindStringIndex(s), re.FindStringIndex(s); !slices.Equal(got, want) {
			t.Fatalf("%q on %q: %v, regexp %v", fm.expr, s, got, want)
		}
		if got, want := m.MatchString(s), re.MatchString(s); got != want {
			t.Fatalf("%q on %q: %v, regexp %v", fm.expr, s, got, want)
		}
	})
}

// BenchmarkTableDecode makes a matcher of every table program (what a
// run did by decoding it, now by slicing the table) once per iteration;
// BenchmarkTableCompile compiles the same forms with regexp, what a run
// did before the table.
func BenchmarkTableDecode(b *testing.B) {
	forms := tableForms(b)
	b.ResetTimer()
	for range b.N {
		for _, f := range forms {
			if tableMatcher(f.id, f.k, f.expr) == nil {
				b.Fatal("no program")
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(forms)), "ns/form")
}

func BenchmarkTableCompile(b *testing.B) {
	forms := tableForms(b)
	b.ResetTimer()
	for range b.N {
		for _, f := range forms {
			regexp.MustCompile(f.expr)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(forms)), "ns/form")
}

// TestTableByteFactsAreWorkedOut checks that the byte facts the table
// holds for each pattern are those byteFactsOf works out of it.
func TestTableByteFactsAreWorkedOut(t *testing.T) {
	anchorTable.once.Do(loadAnchorTable)
	exprs := allTableExprs()
	withFirst, withStops := 0, 0
	for id, e := range exprs {
		got, ok := tableByteFacts(int32(id))
		if !ok {
			t.Errorf("%q: no byte facts in the table", e)
			continue
		}
		want := byteFactsOf(e)
		if got.wordStart != want.wordStart || (got.first == nil) != (want.first == nil) ||
			got.first != nil && *got.first != *want.first ||
			(got.stops == nil) != (want.stops == nil) || got.stops != nil && *got.stops != *want.stops {
			t.Errorf("%q: table byte facts %+v, worked out %+v", e, got, want)
		}
		if got.first != nil {
			withFirst++
		}
		if got.stops != nil {
			withStops++
		}
	}
	if withFirst == 0 || withStops == 0 {
		t.Errorf("%d patterns with first bytes, %d with stops", withFirst, withStops)
	}
	if _, ok := tableByteFacts(int32(len(exprs))); ok {
		t.Error("the table has byte facts past its last pattern")
	}
	if _, ok := tableByteFacts(-1); ok {
		t.Error("a pattern made at run time has table byte facts")
	}
}

// TestExprIndexFindsEveryLine checks that the generated hash index finds
// every table line by its expression, at the id a binary search of the
// sorted table finds, and finds no line for expressions it lacks.
func TestExprIndexFindsEveryLine(t *testing.T) {
	anchorTable.once.Do(loadAnchorTable)
	exprs := allTableExprs()
	if !slices.IsSorted(exprs) {
		t.Fatal("the anchor table is not sorted")
	}
	for id, e := range exprs {
		got, ok := indexedTableID(e)
		if !ok || got != int32(id) {
			t.Fatalf("%q: index gives %d (%v), table line %d", e, got, ok, id)
		}
	}
	for _, e := range []string{"", "no such pattern", exprs[0] + "x", exprs[len(exprs)-1][1:]} {
		if _, found := slices.BinarySearch(exprs, e); found {
			continue
		}
		if got, ok := indexedTableID(e); !ok || got != -1 {
			t.Errorf("%q: index gives %d (%v) for an expression the table lacks", e, got, ok)
		}
	}
}

// BenchmarkTableIDLookup finds every table line by its expression, with
// the generated hash index and with the binary search the js build uses.
func BenchmarkTableIDLookup(b *testing.B) {
	anchorTable.once.Do(loadAnchorTable)
	exprs := allTableExprs()
	b.Run("index", func(b *testing.B) {
		for range b.N {
			for _, e := range exprs {
				if id, _ := indexedTableID(e); id < 0 {
					b.Fatal("not found")
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(exprs)), "ns/lookup")
	})
	b.Run("search", func(b *testing.B) {
		n := tableLen()
		for range b.N {
			for _, e := range exprs {
				if i := sort.Search(n, func(i int) bool { return tableExpr(int32(i)) >= e }); i == n {
					b.Fatal("not found")
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(exprs)), "ns/lookup")
	})
}

// TestFormExprOnDemand checks that the expression a table matcher builds
// on demand, for a text too long for its bitmap, is the one go generate
// compiled its program from.
func TestFormExprOnDemand(t *testing.T) {
	for _, f := range tableForms(t) {
		p := &Pattern{expr: tableExpr(f.id)}
		c := p.get()
		if c.tableID != f.id {
			t.Fatalf("%q: table id %d, want %d", p.expr, c.tableID, f.id)
		}
		if got := c.Expr(f.k); got != f.expr {
			t.Errorf("%q form %d: built %q, want %q", p.expr, f.k, got, f.expr)
		}
	}
}
