package lexname

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIdent(t *testing.T) {
	for name, want := range map[string]string{
		"copyright.accused-act":      "CopyrightAccusedAct",
		"tpm":                        "Tpm",
		"class.dmca1202-verb":        "ClassDmca1202Verb",
		"ca_ucl.copyright_predicate": "CaUclCopyrightPredicate",
		"1202.cmi":                   "L1202Cmi",
	} {
		if got := Ident(name); got != want {
			t.Errorf("Ident(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestReadRejectsClashingNames(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("[a.b-c]\nx\n[a-b.c raw]\ny\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(dir); err == nil || !strings.Contains(err.Error(), "ABC") {
		t.Fatalf("clash not reported: %v", err)
	}
}

// Every built-in lexicon gets a handle of its own.
func TestReadBuiltIn(t *testing.T) {
	sections, err := Read("../../lexicons")
	if err != nil {
		t.Fatal(err)
	}
	if len(sections) < 200 {
		t.Fatalf("only %d lexicons read", len(sections))
	}
	seen := map[string]bool{}
	for _, s := range sections {
		if seen[s.Name] {
			t.Errorf("lexicon %s listed twice", s.Name)
		}
		seen[s.Name] = true
	}
}
