package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// updateSnapshot rewrites testdata/snapshot from the current engine:
//
//	go test ./cmd/complaintlint -run TestFindingsSnapshot -update-snapshot
//
// Run it only when a change is meant to alter findings, and say in the
// commit which fixtures changed and why: the snapshot is how a change to the
// engine (tokens, lexicons, matching, processors) shows that it left every
// finding of every fixture as it was.
var updateSnapshot = flag.Bool("update-snapshot", false, "rewrite testdata/snapshot from the current findings")

// snapshotDirs are the fixture trees whose findings the snapshot holds: the
// labelled corpora, the sample complaints (the Liveperson reconstruction among
// them), the per-rule fixtures and the .docx fixtures.
var snapshotDirs = []string{"complaints", "corpus", "realistic", "rules", "docx"}

// TestFindingsSnapshot lints every fixture with the command line's JSON
// output and compares the result, line by line, with the snapshot taken
// before the last change that was meant to alter findings.
func TestFindingsSnapshot(t *testing.T) {
	if raceEnabled {
		t.Skip("the snapshot lints every fixture; the race detector makes that minutes long, and the same code runs race-checked in the other tests")
	}
	root := filepath.Join("..", "..", "testdata")
	snapRoot := filepath.Join(root, "snapshot")
	var fixtures []string
	for _, dir := range snapshotDirs {
		err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !isSnapshotFixture(d.Name()) {
				return nil
			}
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			fixtures = append(fixtures, filepath.ToSlash(rel))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(fixtures)
	if len(fixtures) < 500 {
		t.Fatalf("found %d fixtures; the fixture trees hold over 500", len(fixtures))
	}

	seen := map[string]bool{}
	for _, rel := range fixtures {
		got := snapshotOf(t, root, rel)
		want := filepath.Join(snapRoot, filepath.FromSlash(rel)+".json")
		seen[filepath.Clean(want)] = true
		if *updateSnapshot {
			if err := os.MkdirAll(filepath.Dir(want), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(want, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		old, err := os.ReadFile(want)
		if err != nil {
			t.Errorf("%s: no snapshot (%v); run with -update-snapshot if the fixture is new", rel, err)
			continue
		}
		if !bytes.Equal(old, got) {
			t.Errorf("%s: findings differ from the snapshot:\n%s", rel, lineDiff(string(old), string(got)))
		}
	}

	// A snapshot whose fixture is gone would hide nothing, but it would
	// also check nothing: keep the tree exactly in step with the fixtures.
	err := filepath.WalkDir(snapRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !seen[filepath.Clean(p)] {
			if *updateSnapshot {
				return os.Remove(p)
			}
			t.Errorf("%s: snapshot of a fixture that no longer exists", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func isSnapshotFixture(name string) bool {
	switch filepath.Ext(name) {
	case ".txt", ".md", ".docx", ".fodt":
	default:
		return false
	}
	// Notes that sit beside the fixtures are not complaints.
	for _, note := range []string{"SOURCES", "FIRST-SCORE", "EXPECTED", "README", "KNOWN-GAPS"} {
		if strings.HasPrefix(name, note) {
			return false
		}
	}
	return true
}

// snapshotOf runs the command line on one fixture and returns its JSON
// document with one record per line: each finding, each count (with its
// element chart) and each file error on a line of its own, so that a
// difference names the finding that changed.
func snapshotOf(t *testing.T, root, rel string) []byte {
	t.Helper()
	var out, errb bytes.Buffer
	path := filepath.Join(root, filepath.FromSlash(rel))
	code := run([]string{"--format", "json", path}, strings.NewReader(""), &out, &errb)
	if code == 2 && out.Len() == 0 {
		t.Fatalf("%s: exit 2: %s", rel, errb.String())
	}
	var doc map[string]any
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("%s: output is not JSON: %v", rel, err)
	}
	delete(doc, "tool") // the version string depends on the build
	var b strings.Builder
	b.WriteString("{\n")
	keys := make([]string, 0, len(doc))
	for k := range doc {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(compactJSON(t, k) + ": ")
		writeRecords(t, &b, doc[k])
	}
	b.WriteString("\n}\n")
	// The fixture path is the only place the test's working folder shows.
	return []byte(strings.ReplaceAll(b.String(), filepath.ToSlash(root)+"/", "testdata/"))
}

// writeRecords writes arrays one element per line; an element that holds
// arrays of its own (a file) gets its arrays one element per line too, so
// that each finding and each count is a line.
func writeRecords(t *testing.T, b *strings.Builder, v any) {
	switch v := v.(type) {
	case []any:
		if len(v) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range v {
			if i > 0 {
				b.WriteString(",\n")
			}
			if obj, ok := e.(map[string]any); ok && hasArray(obj) {
				writeObject(t, b, obj)
				continue
			}
			b.WriteString(compactJSON(t, e))
		}
		b.WriteString("\n]")
	default:
		b.WriteString(compactJSON(t, v))
	}
}

func writeObject(t *testing.T, b *strings.Builder, obj map[string]any) {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.WriteString("{\n")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(compactJSON(t, k) + ": ")
		if arr, ok := obj[k].([]any); ok && len(arr) > 0 {
			b.WriteString("[\n")
			for j, e := range arr {
				if j > 0 {
					b.WriteString(",\n")
				}
				b.WriteString(compactJSON(t, e))
			}
			b.WriteString("\n]")
			continue
		}
		b.WriteString(compactJSON(t, obj[k]))
	}
	b.WriteString("\n}")
}

func hasArray(obj map[string]any) bool {
	for _, v := range obj {
		if _, ok := v.([]any); ok {
			return true
		}
	}
	return false
}

func compactJSON(t *testing.T, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// lineDiff lists the lines only one side has, in order, enough to see which
// findings moved without an external diff tool.
func lineDiff(old, cur string) string {
	oldLines := strings.Split(old, "\n")
	curLines := strings.Split(cur, "\n")
	inOld := map[string]int{}
	for _, l := range oldLines {
		inOld[l]++
	}
	inCur := map[string]int{}
	for _, l := range curLines {
		inCur[l]++
	}
	var b strings.Builder
	for _, l := range oldLines {
		if inCur[l] == 0 {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range curLines {
		if inOld[l] == 0 {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
