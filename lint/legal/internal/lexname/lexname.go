// Package lexname turns a lexicon's section name into the Go identifier of
// its handle in package lexicon: "copyright.accused-term" becomes
// CopyrightAccusedTerm. The generator of the handles and the program that
// rewrites call sites to them share it, so the two always agree.
package lexname

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Ident returns the identifier for a section name: each run of letters and
// digits, with its first letter upper-cased, joined.
func Ident(name string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	if b.Len() == 0 || !unicode.IsLetter(rune(b.String()[0])) {
		return "L" + b.String()
	}
	return b.String()
}

// Section is one lexicon of the lexicon files.
type Section struct {
	Name, Ident, File string
}

// Read lists the sections of every *.txt file in dir, sorted by name, and
// fails when two names give the same identifier.
func Read(dir string) ([]Section, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	var out []Section
	byIdent := map[string]string{}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			t := strings.TrimSpace(sc.Text())
			if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") {
				continue
			}
			fields := strings.Fields(t[1 : len(t)-1])
			if len(fields) == 0 {
				continue
			}
			s := Section{Name: fields[0], Ident: Ident(fields[0]), File: filepath.Base(f)}
			if other, dup := byIdent[s.Ident]; dup {
				fh.Close()
				return nil, fmt.Errorf("lexicons %q and %q both become %s", other, s.Name, s.Ident)
			}
			byIdent[s.Ident] = s.Name
			out = append(out, s)
		}
		err = sc.Err()
		fh.Close()
		if err != nil {
			return nil, err
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
