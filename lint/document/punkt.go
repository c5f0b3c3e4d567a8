package document

import (
	_ "embed" // the sentence model
	"fmt"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/neurosnap/sentences.v1"
)

// The English Punkt model ships inside neurosnap/sentences as compressed
// JSON; decoding it took about 20 ms, more than linting a short complaint.
// punkt_english.txt holds the same model as plain lines ("[section]", then
// "key<TAB>value"), which read in about a millisecond. A test regenerates
// it from the library's own data and fails when the two differ, so an
// upgrade of the library cannot leave a stale model behind.
//
//go:embed punkt_english.txt
var punktModel string

// punktSections are the model's tables in file order.
var punktSections = []string{"AbbrevTypes", "Collocations", "SentStarters", "OrthoContext"}

func (s *punktStorage) table(name string) sentences.SetString {
	switch name {
	case "AbbrevTypes":
		return s.AbbrevTypes
	case "Collocations":
		return s.Collocations
	case "SentStarters":
		return s.SentStarters
	case "OrthoContext":
		return s.OrthoContext
	}
	return nil
}

type punktStorage struct{ *sentences.Storage }

// parsePunktModel reads the plain-line form of the model. Each table is
// sized from its line count first: growing a map of twenty thousand words
// step by step cost more than reading them.
func parsePunktModel(data string) (*sentences.Storage, error) {
	st := punktStorage{&sentences.Storage{}}
	var cur sentences.SetString
	n := 0
	for rest := data; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		n++
		switch {
		case line == "" || line[0] == '#' && cur == nil:
			continue // comments only head the file: "##number##" is a key
		case line[0] == '[' && line[len(line)-1] == ']':
			name := line[1 : len(line)-1]
			if st.table(name) != nil || !st.known(name) {
				return nil, fmt.Errorf("sentence model line %d: unknown or repeated section %s", n, line)
			}
			cur = make(sentences.SetString, sectionSize(rest))
			st.set(name, cur)
			continue
		}
		key, val, ok := strings.Cut(line, "\t")
		if !ok || cur == nil {
			return nil, fmt.Errorf("sentence model line %d: want key<TAB>value in a section", n)
		}
		v, err := strconv.Atoi(val)
		if err != nil {
			return nil, fmt.Errorf("sentence model line %d: %w", n, err)
		}
		cur[key] = v
	}
	for _, name := range punktSections {
		if st.table(name) == nil {
			st.set(name, sentences.SetString{})
		}
	}
	return st.Storage, nil
}

// sectionSize counts the lines before the next section header.
func sectionSize(rest string) int {
	if i := strings.Index(rest, "\n["); i >= 0 {
		rest = rest[:i]
	}
	return strings.Count(rest, "\n") + 1
}

func (s *punktStorage) known(name string) bool {
	for _, n := range punktSections {
		if n == name {
			return true
		}
	}
	return false
}

func (s *punktStorage) set(name string, t sentences.SetString) {
	switch name {
	case "AbbrevTypes":
		s.AbbrevTypes = t
	case "Collocations":
		s.Collocations = t
	case "SentStarters":
		s.SentStarters = t
	case "OrthoContext":
		s.OrthoContext = t
	}
}

// formatPunktModel renders a model in the plain-line form, sorted so the
// file is stable.
func formatPunktModel(s *sentences.Storage) (string, error) {
	st := punktStorage{s}
	var b strings.Builder
	b.WriteString("# The English Punkt sentence model of gopkg.in/neurosnap/sentences.v1 (MIT\n")
	b.WriteString("# licence), re-encoded by TestPunktModelIsCurrent; do not edit.\n")
	for _, name := range punktSections {
		t := st.table(name)
		keys := make([]string, 0, len(t))
		for k := range t {
			if strings.ContainsAny(k, "\t\n") {
				return "", fmt.Errorf("sentence model key %q has a tab or newline", k)
			}
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(&b, "[%s]\n", name)
		for _, k := range keys {
			fmt.Fprintf(&b, "%s\t%d\n", k, t[k])
		}
	}
	return b.String(), nil
}
