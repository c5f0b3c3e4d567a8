package copyright

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

var reCapNameStd = regexp.MustCompile(reCapNameExpr)

func sameMatches(t *testing.T, s string) {
	t.Helper()
	got, want := capNames(s), reCapNameStd.FindAllStringIndex(s, -1)
	if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		t.Fatalf("capNames(%q) = %v, want %v", s, got, want)
	}
}

var capNameCases = []string{
	"", "A", "a", "Acme", "the Acme Assist product", "Bank of America", "Bank  of  America",
	"Acme ofX", "Acme of x", "Acme fortune", "Acme for Good", "Acme & Co", "Acme &Co", "Acme &",
	"AT&T Mobility LLC", "Acme\tAssist\nPro", "Acme  ", "Acme 2.0", "Acme v2", "x Acme", "xAcme",
	"_Acme", "éAcme Assist", "“Acme Assist”", "Acme and the Beta", "Acme the Beta", "Acme theBeta",
	"Acme de La Cruz", "Acme dE", "Acme.Com Corp.", "Acme-Pro/Max+ Plus", "ACME, INC.", "LP's code",
	"24/7 Customer", "Acme\u00a0Assist", "Acme\fAssist\rPro", "Acme \vAssist", "A B C d E",
}

// TestCapNamesIsTheExpression holds capNames to the expression it walks,
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
