package lazyregexp

import "testing"

func TestCompiledOnFirstUse(t *testing.T) {
	before := Compiled()
	r := New(`(?i)\bcount\s+(\d+)`)
	if Compiled() != before {
		t.Fatal("New compiled the expression")
	}
	if m := r.FindStringSubmatch("see Count 3 below"); len(m) != 2 || m[1] != "3" {
		t.Fatalf("FindStringSubmatch = %q", m)
	}
	if !r.MatchString("COUNT 12") || r.Match([]byte("counting")) {
		t.Fatal("MatchString or Match answered wrongly")
	}
	if got := Compiled() - before; got != 1 {
		t.Fatalf("compiled %d times, want once", got)
	}
	if r.String() != `(?i)\bcount\s+(\d+)` {
		t.Fatalf("String = %q", r.String())
	}
}

func TestInvalidPanicsOnUse(t *testing.T) {
	r := New(`(`)
	defer func() {
		if recover() == nil {
			t.Fatal("an invalid expression did not panic on first use")
		}
	}()
	r.MatchString("x")
}
