package linttest

import (
	"os"
	"path/filepath"
	"testing"
)

// Complaint is one complaint shipped in testdata/complaints: its path
// relative to the test's package directory, and its bytes.
type Complaint struct {
	Path string
	Data []byte
}

// ShippedComplaints reads testdata/complaints/*.txt for a test in any
// package of the module: the directory is found by walking up from the
// package to go.mod, so a test states no count of "..". It fails the test
// when the directory cannot be read or holds no complaint, so a test that
// checks every complaint never passes by checking none.
func ShippedComplaints(t testing.TB) []Complaint {
	t.Helper()
	root := moduleRoot(t)
	paths, err := filepath.Glob(filepath.Join(root, "testdata", "complaints", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no shipped complaints under %s: %v", root, err)
	}
	complaints := make([]Complaint, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		complaints = append(complaints, Complaint{Path: p, Data: data})
	}
	return complaints
}

// Complaint60KB is the 60 KB complaint .ci/bench and the benchmarks time:
// the Liveperson reconstruction followed by the twenty-count complaint, so
// that a benchmark in process and the whole-program timing read one input.
func Complaint60KB(t testing.TB) []byte {
	t.Helper()
	root := moduleRoot(t)
	var src []byte
	for _, name := range []string{"liveperson-fac.txt", "twenty-counts.txt"} {
		data, err := os.ReadFile(filepath.Join(root, "testdata", "complaints", name))
		if err != nil {
			t.Fatal(err)
		}
		src = append(src, data...)
	}
	return src
}

// moduleRoot is the module's directory relative to the test's package
// directory ("../.." from lint/linttest).
func moduleRoot(t testing.TB) string {
	t.Helper()
	root := "."
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			return root
		}
		if abs, err := filepath.Abs(root); err != nil || abs == filepath.Dir(abs) {
			t.Fatalf("no go.mod above the test's directory")
		}
		root = filepath.Join(root, "..")
	}
}
