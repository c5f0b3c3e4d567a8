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
	root := "."
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		if abs, err := filepath.Abs(root); err != nil || abs == filepath.Dir(abs) {
			t.Fatalf("no go.mod above the test's directory")
		}
		root = filepath.Join(root, "..")
	}
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
