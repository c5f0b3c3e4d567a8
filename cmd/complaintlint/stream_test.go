package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateStream = flag.Bool("update-stream", false, "rewrite testdata/stream from this run")

// streamFixtures are the complaints of the multi-file run: several
// configurations, named out of group order, a file that cannot be read
// between them.
var streamFixtures = map[string]string{
	"strict/twenty.txt":    "../../testdata/complaints/twenty-counts.txt",
	"lenient/ninth.txt":    "../../testdata/complaints/ninth-circuit.txt",
	"strict/sample.md":     "../../testdata/complaints/sample-complaint.md",
	"top.txt":              "../../testdata/complaints/liveperson-fac.txt",
	"lenient/ninth-ai.txt": "../../testdata/complaints/ninth-circuit-ai.txt",
}

// streamArgs names the files so that the configuration groups interleave
// (strict, lenient, none, strict, none, lenient) with a missing file in
// the middle: the output order is the order named, whatever the groups.
var streamArgs = []string{"strict/twenty.txt", "lenient/ninth.txt", "missing.txt", "strict/sample.md", "top.txt", "lenient/ninth-ai.txt"}

// streamWorkspace makes the run's folder and changes into it.
func streamWorkspace(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range streamFixtures {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		write(t, dir, name, data)
	}
	write(t, dir, "strict/.complaintlint.yml", []byte("fail-on: info\nrules:\n  severity:\n    copyright-infringement-period-missing: warning\n"))
	write(t, dir, "lenient/.complaintlint.yml", []byte("fail-on: none\nmin-severity: warning\n"))
	t.Chdir(dir)
	return dir
}

// Every format of a multi-file run over several configuration groups, with
// a file error in the middle, a --max-findings cap and a baseline, is
// byte for byte what the whole-run reporters wrote before results were
// streamed (testdata/stream, written by the version that held every
// result until the end).
func TestStreamedOutputUnchanged(t *testing.T) {
	golden, _ := filepath.Abs("testdata/stream")
	dir := streamWorkspace(t)
	// The baseline records one file's findings, so the run reports only
	// the others' and says how many it left out.
	code, _, stderr := runCLI(t, "", "--write-baseline", "base.json", "strict/sample.md")
	if code != exitClean {
		t.Fatalf("--write-baseline: exit %d: %s", code, stderr)
	}
	var args []string
	for _, f := range formatNames() {
		args = append(args, "-f", f+"="+f+".out")
	}
	args = append(args, "--max-findings", "7", "--baseline", "base.json", "-j", "3")
	code, stdout, stderr := runCLI(t, "", append(args, streamArgs...)...)
	got := map[string]string{"exit": string(rune('0' + code)), "stdout": stdout, "stderr": stderr}
	for _, f := range formatNames() {
		data, err := os.ReadFile(f + ".out")
		if err != nil {
			t.Fatal(err)
		}
		got[f] = string(data)
	}
	// One format on standard output, the rest to files, as most runs are.
	for _, f := range []string{"text", "line", "json"} {
		_, out, errs := runCLI(t, "", append([]string{"-f", f, "--max-findings", "7", "--baseline", "base.json", "-j", "2"}, streamArgs...)...)
		got[f+"-stdout"] = out
		got[f+"-stdout-stderr"] = errs
	}
	// --write-baseline keeps only each file's entries until the run ends.
	code, _, stderr = runCLI(t, "", append([]string{"--write-baseline", "all.json", "-j", "3"}, streamArgs...)...)
	data, err := os.ReadFile("all.json")
	if err != nil {
		t.Fatal(err)
	}
	got["write-baseline"] = string(data)
	got["write-baseline-stderr"] = string(rune('0'+code)) + "\n" + stderr
	for name, text := range got {
		text = strings.ReplaceAll(text, dir, "$DIR")
		path := filepath.Join(golden, name+".golden")
		if *updateStream {
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if text != string(want) {
			t.Errorf("%s differs from %s:\n%s", name, path, firstDiff(text, string(want)))
		}
	}
}

// firstDiff shows where two outputs part.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(0, i-200)
	return "got:  …" + got[lo:min(len(got), i+200)] + "\nwant: …" + want[lo:min(len(want), i+200)]
}
