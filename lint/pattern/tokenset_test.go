package pattern

import (
	"reflect"
	"testing"
)

// TestGeneratedTokenSet holds token_set.go to the set of first words built
// from token_table.go at run time, table by table, and checks that the
// token pass reads it. After changing a pattern or a lexicon, run go
// generate ./lint/pattern.
func TestGeneratedTokenSet(t *testing.T) {
	gen := generatedTokenSet()
	if gen == nil {
		t.Skip("this build goes without the generated set")
	}
	want := buildTokenSet(tokenPrograms, tokenGaps)
	for _, w := range []struct {
		name      string
		got, want *wordTable
	}{{"exact", &gen.exact, &want.exact}, {"prefix", &gen.prefix, &want.prefix}, {"pairs", &gen.pairs, &want.pairs}} {
		if !reflect.DeepEqual(w.got, w.want) {
			t.Fatalf("token_set.go's %s table (%d keys) differs from the one built (%d keys): run go generate ./lint/pattern",
				w.name, len(w.got.keys), len(w.want.keys))
		}
	}
	if !reflect.DeepEqual(gen, want) {
		t.Fatalf("token_set.go differs from the set built from token_table.go: run go generate ./lint/pattern")
	}
	if tokenSetOf() != gen {
		t.Fatal("the token pass does not read the generated set")
	}
}

// TestWordTable checks that keys find their expansions and others find
// nothing, through the growth of the table.
func TestWordTable(t *testing.T) {
	var w wordTable
	for i := range 100 {
		key := string(rune('a'+i%26)) + string(rune('a'+i/26))
		w.add(key, tokenEntry{prog: int32(i)})
		if i%3 == 0 {
			w.add(key, tokenEntry{prog: int32(i), exp: 1})
		}
	}
	w.done()
	for i := range 100 {
		key := string(rune('a'+i%26)) + string(rune('a'+i/26))
		s := w.find(fnvString(key), []byte(key))
		if s == nil {
			t.Fatalf("%q not found", key)
		}
		want := []tokenEntry{{prog: int32(i)}}
		if i%3 == 0 {
			want = append(want, tokenEntry{prog: int32(i), exp: 1})
		}
		if got := w.entriesOf(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: %v, want %v", key, got, want)
		}
	}
	if s := w.find(fnvString("zz"), []byte("zz")); s != nil {
		t.Fatalf("zz found: %+v", s)
	}
}

// BenchmarkBuildTokenSet is indexing the token programs' first words,
// which a process does only when it has no generated set (the browser
// build, or a stale token_set.go).
//
//	go test ./lint/pattern -run '^$' -bench BuildTokenSet -benchmem
func BenchmarkBuildTokenSet(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildTokenSet(tokenPrograms, tokenGaps)
	}
}
