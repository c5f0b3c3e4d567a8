package checks_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
)

// The labelled corpus: testdata/corpus/NAME.{txt,md} with hand-written
// labels in NAME.labels, one expected finding per line:
//
//	# comment
//	profile circuit=11 state=NY     (optional, first)
//	Count I: copyright-infringement-period-missing
//	Count III: cfaa-loss-threshold-unpled info
//	Document: pleading-group-defendants
//
// "Count I" names a count by its Roman numeral as complaintlint numbers
// counts; "Document" is for findings outside any count. A trailing severity
// is compared and mismatches reported, but only rule and place are scored.
// Every finding the linter makes in a corpus file must be labelled: an
// unlabelled finding is a false positive. Labels are never generated.

type label struct {
	where    string // "I", "II", ... or "Document"
	rule     string
	severity string
}

func readLabels(path string) (lint.Profile, []label, error) {
	prof := lint.DefaultProfile
	f, err := os.Open(path)
	if err != nil {
		return prof, nil, err
	}
	defer f.Close()
	var out []label
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "profile ") {
			for _, kv := range strings.Fields(line)[1:] {
				k, v, _ := strings.Cut(kv, "=")
				switch k {
				case "circuit":
					prof.Circuit = v
				case "state":
					prof.State = v
				default:
					return prof, nil, fmt.Errorf("%s:%d: unknown profile key %q", path, n, k)
				}
			}
			continue
		}
		where, rest, ok := strings.Cut(line, ":")
		if !ok {
			return prof, nil, fmt.Errorf("%s:%d: want 'Count N: rule-id [severity]'", path, n)
		}
		where = strings.TrimSpace(where)
		if strings.HasPrefix(where, "Count ") {
			where = strings.TrimSpace(strings.TrimPrefix(where, "Count "))
		} else if where != "Document" {
			return prof, nil, fmt.Errorf("%s:%d: place must be 'Count <Roman numeral>' or 'Document'", path, n)
		}
		fields := strings.Fields(rest)
		if len(fields) == 0 || len(fields) > 2 {
			return prof, nil, fmt.Errorf("%s:%d: want a rule id and an optional severity", path, n)
		}
		if checks.ByID(fields[0]) == nil && !strings.HasPrefix(fields[0], "!") {
			return prof, nil, fmt.Errorf("%s:%d: unknown rule %q", path, n, fields[0])
		}
		l := label{where: where, rule: fields[0]}
		if len(fields) == 2 {
			l.severity = fields[1]
		}
		out = append(out, l)
	}
	return prof, out, sc.Err()
}

type tally struct{ tp, fp, fn int }

// TestCorpusAccuracy prints precision and recall per rule on each labelled
// corpus (testdata/corpus, and testdata/realistic, written after real
// filings and the rulings on them) and fails, per corpus, when an
// error-severity rule falls below 0.9/0.9 or a warning rule below 0.8/0.8.
func TestCorpusAccuracy(t *testing.T) {
	for _, c := range []struct{ name, dir string }{
		{"corpus", "../testdata/corpus"},
		{"realistic", "../testdata/realistic"},
	} {
		t.Run(c.name, func(t *testing.T) { scoreCorpus(t, c.name, c.dir) })
	}
}

// scoreCorpus scores one labelled corpus on its own: each corpus must meet
// the thresholds separately.
func scoreCorpus(t *testing.T, name, dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.labels"))
	if len(files) == 0 {
		t.Skip("no labelled files in " + dir)
	}
	per := map[string]*tally{}
	get := func(r string) *tally {
		if per[r] == nil {
			per[r] = &tally{}
		}
		return per[r]
	}
	counts := 0
	for _, lp := range files {
		base := strings.TrimSuffix(lp, ".labels")
		var docPath string
		for _, ext := range []string{".txt", ".md", ".docx"} {
			if _, err := os.Stat(base + ext); err == nil {
				docPath = base + ext
			}
		}
		if docPath == "" {
			t.Errorf("%s: no complaint beside it", lp)
			continue
		}
		prof, labels, err := readLabels(lp)
		if err != nil {
			t.Error(err)
			continue
		}
		raw, err := os.ReadFile(docPath)
		if err != nil {
			t.Fatal(err)
		}
		src, err := input.Read(docPath, raw, "")
		if err != nil {
			t.Errorf("%s: %v", docPath, err)
			continue
		}
		doc := document.Build(src)
		counts += len(doc.Counts)
		fs, _ := lint.Run(doc, checks.All, lint.Options{Default: prof})
		type key struct{ where, rule string }
		want := map[key]label{}
		for _, l := range labels {
			want[key{l.where, l.rule}] = l
		}
		got := map[key]lint.Finding{}
		notices := 0
		for _, f := range fs {
			// The forum notice is not a judgment about the pleading: it
			// must appear once per file and is not scored.
			if f.Rule == checks.ForumAssumed.ID {
				notices++
				continue
			}
			where := "Document"
			if f.CountIndex >= 0 {
				where = doc.Counts[f.CountIndex].Numeral()
			}
			k := key{where, f.Rule}
			if _, dup := got[k]; !dup {
				got[k] = f
			}
		}
		if notices != 1 {
			t.Errorf("%s: %d forum notices, want 1", docPath, notices)
		}
		for k, f := range got {
			if l, ok := want[k]; ok {
				get(k.rule).tp++
				if l.severity != "" && l.severity != f.Severity.String() {
					t.Logf("%s: Count %s %s: severity %s, labelled %s", docPath, k.where, k.rule, f.Severity, l.severity)
				}
			} else {
				get(k.rule).fp++
				p := doc.Lines.Position(f.Span.Start)
				t.Logf("%s:%d:%d: false positive %s (Count %s): %s", docPath, p.Line, p.Column, k.rule, k.where, f.Message)
			}
		}
		for k := range want {
			if _, ok := got[k]; !ok {
				get(k.rule).fn++
				t.Logf("%s: missed %s on Count %s", docPath, k.rule, k.where)
			}
		}
	}
	var rules []string
	for r := range per {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d files, %d counts\n", name, len(files), counts)
	fmt.Fprintf(&b, "%-58s %4s %4s %4s %9s %7s\n", "rule", "TP", "FP", "FN", "precision", "recall")
	for _, r := range rules {
		c := per[r]
		prec, rec := ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn)
		fmt.Fprintf(&b, "%-58s %4d %4d %4d %9.2f %7.2f\n", r, c.tp, c.fp, c.fn, prec, rec)
		chk := checks.ByID(r)
		if chk == nil {
			continue
		}
		minP, minR := 0.8, 0.8
		if chk.Severity == lint.Error {
			minP, minR = 0.9, 0.9
		}
		if chk.Severity >= lint.Warning && (prec < minP || rec < minR) {
			t.Errorf("%s: precision %.2f recall %.2f, below the %.1f/%.1f threshold for a %s rule", r, prec, rec, minP, minR, chk.Severity)
		}
	}
	t.Log("\n" + b.String())
	fmt.Print(b.String())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
