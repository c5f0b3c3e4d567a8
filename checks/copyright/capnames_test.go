package copyright

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var (
	reCapNameStd    = regexp.MustCompile(reCapNameExpr)
	reQuotedNameStd = regexp.MustCompile(reQuotedNameExpr)
)

func sameMatches(t *testing.T, s string) {
	t.Helper()
	got, want := capNames(s), reCapNameStd.FindAllStringIndex(s, -1)
	if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		t.Fatalf("capNames(%q) = %v, want %v", s, got, want)
	}
	got, want = quotedNameMatches(s), reQuotedNameStd.FindAllStringSubmatchIndex(s, -1)
	if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		t.Fatalf("quotedNameMatches(%q) = %v, want %v", s, got, want)
	}
}

var capNameCases = []string{
	"", "A", "a", "Acme", "the Acme Assist product", "Bank of America", "Bank  of  America",
	"Acme ofX", "Acme of x", "Acme fortune", "Acme for Good", "Acme & Co", "Acme &Co", "Acme &",
	"AT&T Mobility LLC", "Acme\tAssist\nPro", "Acme  ", "Acme 2.0", "Acme v2", "x Acme", "xAcme",
	"_Acme", "éAcme Assist", "“Acme Assist”", "Acme and the Beta", "Acme the Beta", "Acme theBeta",
	"Acme de La Cruz", "Acme dE", "Acme.Com Corp.", "Acme-Pro/Max+ Plus", "ACME, INC.", "LP's code",
	"its “Acme Assist” product", "Defendant's 'Acme' tool", "LP's code", "'A'", "“A’", "‘A”", "\"A\nB\"",
	"'A" + strings.Repeat("b", 60) + "'", "'A" + strings.Repeat("b", 61) + "'", "'A" + strings.Repeat("é", 60) + "'",
	"'A\xffb'", "\xe2\x80\x9cA\xe2\x80", "“Ab‘c”", "'A''B'", "''A'", "“12 Angry Men”",
	"24/7 Customer", "Acme\u00a0Assist", "Acme\fAssist\rPro", "Acme \vAssist", "A B C d E",
}

// TestCapNamesIsTheExpression holds capNames and quotedNameMatches to the
// expressions they walk,
// on hand-made cases and on the whole text and every line of the shipped
// complaints and drafts.
func TestCapNamesIsTheExpression(t *testing.T) {
	for _, s := range capNameCases {
		sameMatches(t, s)
	}
	var files []string
	for _, pat := range []string{"complaints/*.txt", "complaints/*.md", "realistic/*.txt", "realistic/*.md"} {
		fs, err := filepath.Glob(filepath.Join("..", "..", "testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Fatal("no shipped complaints")
	}
	names := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sameMatches(t, string(data))
		names += len(capNames(string(data)))
	}
	if names == 0 {
		t.Error("no names in the shipped complaints: the comparison tested nothing")
	}
}

func FuzzCapNames(f *testing.F) {
	for _, s := range capNameCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameMatches(t, s) })
}
