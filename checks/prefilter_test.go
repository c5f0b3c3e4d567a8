package checks

import (
	"github.com/complaintlint/complaintlint/lint/pattern"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks/copyright"
)

// TestAppositiveNamesEqualsRegexp: the shape test that lets AppositiveNames
// skip a sentence must never skip one ReAppositiveName matches. Every line
// and paragraph of the shipped complaints is tried, with cases at the edges
// of the shape.
func TestAppositiveNamesEqualsRegexp(t *testing.T) {
	texts := []string{
		"sells a competing service, DataPulse.",
		"sells a competing service,\t\n “DataPulse”.",
		"sells a competing service, \"DataPulse\";",
		"sells a competing service,DataPulse.",
		"sells a competing service, dataPulse.",
		"sells a competing SERVICE, DataPulse.",
		"a well-known-, Brand)",
		"product, “",
		"product, ",
		",",
		"",
		"trading-signals service, DataPulse Pro X2",
	}
	for _, dir := range []string{"complaints", "realistic"} {
		files, err := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no shipped complaints in %s: %v", dir, err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, strings.Split(string(data), "\n")...)
			texts = append(texts, strings.Split(string(data), "\n\n")...)
		}
	}
	matched := 0
	for _, s := range texts {
		want := copyright.ReAppositiveName.FindAllStringSubmatchIndex(s, -1)
		if got := copyright.AppositiveNames(pattern.Plain(s)); !reflect.DeepEqual(got, want) {
			t.Fatalf("appositiveNames(%q) = %v, want %v", s, got, want)
		}
		if want != nil {
			matched++
		}
	}
	if matched < 5 {
		t.Fatalf("only %d texts hold an appositive name: the test no longer exercises the filter", matched)
	}
}
