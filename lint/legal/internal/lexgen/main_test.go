package main

import (
	"os"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/legal/internal/lexname"
)

func TestGenerate(t *testing.T) {
	src, err := generate([]lexname.Section{{Name: "copyright.accused-act", Ident: "CopyrightAccusedAct", File: "copyright.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	want := `func CopyrightAccusedAct() *pattern.Lexicon { return legal.Lex("copyright.accused-act") }`
	if !strings.Contains(string(src), want) {
		t.Errorf("generated:\n%s\nwant a line %s", src, want)
	}
}

// names.go is what the generator makes of today's lexicon files.
func TestNamesUpToDate(t *testing.T) {
	sections, err := lexname.Read("../../lexicons")
	if err != nil {
		t.Fatal(err)
	}
	want, err := generate(sections)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../lexicon/names.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatal("lint/legal/lexicon/names.go is out of date: run go generate ./lint/legal/lexicon")
	}
}
