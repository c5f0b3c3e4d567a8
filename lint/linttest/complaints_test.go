package linttest

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestShippedComplaintsFoundFromAnyPackage(t *testing.T) {
	got := ShippedComplaints(t)
	names := map[string]bool{}
	for _, c := range got {
		names[filepath.Base(c.Path)] = true
		if len(c.Data) == 0 {
			t.Errorf("%s: read no bytes", c.Path)
		}
		if !strings.HasPrefix(c.Path, filepath.Join("..", "..", "testdata", "complaints")) {
			t.Errorf("%s: want a path relative to lint/linttest", c.Path)
		}
	}
	if !names["liveperson-fac.txt"] {
		t.Errorf("the README's sample complaint is not among %v", names)
	}
}
