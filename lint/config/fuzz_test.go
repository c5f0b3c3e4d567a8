package config

import (
	"errors"
	"testing"
)

// FuzzParse: any bytes either parse or give an error naming the file; the
// parser never panics, and a parsed configuration can be applied.
func FuzzParse(f *testing.F) {
	f.Add([]byte(Starter))
	f.Add([]byte("rules:\n  disable: [cfaa-loss-threshold-unpled]\nsuppress:\n  - {path: a.md, rule: cfaa-loss-threshold-unpled, reason: x}\n"))
	f.Add([]byte("files:\n  include: [\"**/{a,b}/[!x]*.md\"]\n"))
	f.Add([]byte("a: &x [1]\nb: *x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(data, FileName, "/cases", known)
		if err != nil {
			if e := (*Error)(nil); !errors.As(err, &e) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		c.Includes("/cases/complaints/a.md")
		for _, e := range c.Entries() {
			e.Applies("/cases/a.md")
		}
	})
}
