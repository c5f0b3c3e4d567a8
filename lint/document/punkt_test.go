package document

import (
	"os"
	"reflect"
	"testing"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// TestPunktModelIsCurrent checks that punkt_english.txt is the library's
// English model, entry for entry. After upgrading the library, run
// go test ./lint/document -run TestPunktModelIsCurrent -update.
func TestPunktModelIsCurrent(t *testing.T) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	lib, err := sentences.LoadTraining(b)
	if err != nil {
		t.Fatal(err)
	}
	want, err := formatPunktModel(lib)
	if err != nil {
		t.Fatal(err)
	}
	if *linttest.Update {
		if err := os.WriteFile("punkt_english.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if punktModel != want {
		t.Fatal("punkt_english.txt differs from the library's model: run go test ./lint/document -run TestPunktModelIsCurrent -update")
	}
	ours, err := parsePunktModel(punktModel)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ours, lib) {
		t.Fatal("the model read from punkt_english.txt differs from the library's")
	}
	if len(ours.OrthoContext) < 10000 || len(ours.AbbrevTypes) < 100 {
		t.Fatalf("model too small: %d ortho entries, %d abbreviations", len(ours.OrthoContext), len(ours.AbbrevTypes))
	}
}

func TestParsePunktModelErrors(t *testing.T) {
	for _, bad := range []string{"[Nope]\n", "key\t1\n", "[AbbrevTypes]\nkey\n", "[AbbrevTypes]\nkey\tx\n"} {
		if _, err := parsePunktModel(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
