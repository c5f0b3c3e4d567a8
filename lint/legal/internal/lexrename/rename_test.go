package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/legal/internal/lexname"
)

var idents = map[string]string{"copyright.accused-act": "CopyrightAccusedAct", "tpm": "Tpm"}

func TestRewrite(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
		rewritten       int
		left            []string
	}{
		{
			name: "grouped import, legal no longer used",
			src: `package checks

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/legal"
)

func f(s string) bool { return legal.Lex("tpm").Match(strings.TrimSpace(s)) }
`,
			want: `package checks

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

func f(s string) bool { return lexicon.Tpm().Match(strings.TrimSpace(s)) }
`,
			rewritten: 1,
		},
		{
			name: "legal still used, dynamic name left",
			src: `package checks

import "github.com/complaintlint/complaintlint/lint/legal"

func f(k, s string) bool {
	return legal.Lex("copyright.accused-act").Match(s) || legal.Lex(k).Match(s) || legal.HasTime(s)
}
`,
			want: `package checks

import (
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

func f(k, s string) bool {
	return lexicon.CopyrightAccusedAct().Match(s) || legal.Lex(k).Match(s) || legal.HasTime(s)
}
`,
			rewritten: 1,
			left:      []string{"not a literal"},
		},
		{
			name: "alias, unknown name",
			src: `package checks

import lg "github.com/complaintlint/complaintlint/lint/legal"

var a, b = lg.Lex("tpm"), lg.Lex("no-such")
`,
			want: `package checks

import (
	lg "github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

var a, b = lexicon.Tpm(), lg.Lex("no-such")
`,
			rewritten: 1,
			left:      []string{`no lexicon named "no-such"`},
		},
		{
			name: "half converted, as after a merge: the rest is rewritten",
			src: `package checks

import (
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

var a, b = lexicon.Tpm(), legal.Lex("tpm")
`,
			want: `package checks

import (
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

var a, b = lexicon.Tpm(), lexicon.Tpm()
`,
			rewritten: 1,
		},
		{
			name: "a local named lexicon: left for a person",
			src: `package checks

import "github.com/complaintlint/complaintlint/lint/legal"

func f(lexicon string) bool { return legal.Lex("tpm").Match(lexicon) }
`,
			rewritten: 0,
			left:      []string{"declares its own"},
		},
		{
			name: "no legal import: untouched",
			src: `package checks

func Lex(string) int { return 0 }

var x = Lex("tpm")
`,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := rewrite("f.go", []byte(c.src), idents)
			if err != nil {
				t.Fatal(err)
			}
			want := c.want
			if want == "" {
				want = c.src
			}
			if got := string(res.src); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
			if res.rewritten != c.rewritten {
				t.Errorf("rewritten %d, want %d", res.rewritten, c.rewritten)
			}
			if len(res.left) != len(c.left) {
				t.Fatalf("left %q, want %d entries", res.left, len(c.left))
			}
			for i, l := range c.left {
				if !strings.Contains(res.left[i], l) {
					t.Errorf("left[%d] = %q, want it to say %q", i, res.left[i], l)
				}
			}
		})
	}
}

// Rewriting a file twice changes nothing the second time, so the program
// can be re-run on a tree it has already converted.
func TestRewriteIsIdempotent(t *testing.T) {
	src := "package checks\n\nimport \"github.com/complaintlint/complaintlint/lint/legal\"\n\nvar x = legal.Lex(\"tpm\")\n"
	first, err := rewrite("f.go", []byte(src), idents)
	if err != nil {
		t.Fatal(err)
	}
	second, err := rewrite("f.go", first.src, idents)
	if err != nil {
		t.Fatal(err)
	}
	if second.rewritten != 0 || string(second.src) != string(first.src) {
		t.Errorf("second run rewrote %d:\n%s", second.rewritten, second.src)
	}
}

// The rules name their lexicons through the typed handles only: a look-up
// by a literal name added since the last conversion fails here, and
// go run ./lint/legal/internal/lexrename ./checks converts it.
func TestChecksUseHandles(t *testing.T) {
	sections, err := lexname.Read("../../lexicons")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, s := range sections {
		known[s.Name] = s.Ident
	}
	// The rules sit in one package per claim family under checks/.
	var files []string
	err = filepath.WalkDir("../../../../checks", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil || len(files) == 0 {
		t.Fatalf("no rule files found: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := rewrite(f, src, known)
		if err != nil {
			t.Fatal(err)
		}
		if res.rewritten > 0 {
			t.Errorf("%s names %d lexicons by a string: run go run ./lint/legal/internal/lexrename ./checks", f, res.rewritten)
		}
		for _, l := range res.left {
			if strings.Contains(l, "no lexicon named") {
				t.Error(l)
			}
		}
	}
}
