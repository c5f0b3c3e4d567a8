package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestJSONStreamLayout: a document written a member at a time is byte for
// byte what json.Encoder writes for the same document whole, indented and
// compact, with empty containers, nesting and characters the encoder would
// escape as HTML.
func TestJSONStreamLayout(t *testing.T) {
	type inner struct {
		A []int           `json:"a"`
		M map[string]bool `json:"m"`
		S string          `json:"s"`
	}
	whole := map[string]any{
		"version": 1,
		"tool":    inner{A: []int{1, 2}, M: map[string]bool{}, S: "<Exhibit A> & § 1030(g)"},
		"files": []any{
			map[string]any{"path": "a.txt", "counts": []int{}, "findings": []inner{{A: []int{}, S: "x"}, {S: "y\nz"}}},
			map[string]any{"path": "b.txt", "counts": []int{}, "findings": []inner{}},
		},
		"empty": []any{},
	}
	stream := func(s *jsonStream) {
		// Keys in the order json.Encoder sorts a map's.
		s.beginObject()
		s.key("empty")
		s.beginArray()
		s.endArray()
		s.key("files")
		s.beginArray()
		s.item()
		s.beginObject()
		s.field("counts", []int{})
		s.key("findings")
		s.beginArray()
		s.element(inner{A: []int{}, S: "x"})
		s.element(inner{S: "y\nz"})
		s.endArray()
		s.field("path", "a.txt")
		s.endObject()
		s.item()
		s.beginObject()
		s.field("counts", []int{})
		s.key("findings")
		s.beginArray()
		s.endArray()
		s.field("path", "b.txt")
		s.endObject()
		s.endArray()
		s.field("tool", inner{A: []int{1, 2}, M: map[string]bool{}, S: "<Exhibit A> & § 1030(g)"})
		s.field("version", 1)
		s.endObject()
	}
	for _, indent := range []bool{true, false} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if indent {
			enc.SetIndent("", "  ")
		}
		if err := enc.Encode(whole); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		s := newJSONStream(&got, indent)
		stream(s)
		if err := s.finish(); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("indent %v:\n got %s\nwant %s", indent, got.String(), want.String())
		}
	}
}

// TestJSONStreamError: a value the encoder cannot write is the stream's
// error, and nothing is written after it.
func TestJSONStreamError(t *testing.T) {
	var got bytes.Buffer
	s := newJSONStream(&got, true)
	s.beginObject()
	s.field("bad", make(chan int))
	s.field("after", 1)
	s.endObject()
	if err := s.finish(); err == nil {
		t.Fatalf("no error; wrote %q", got.String())
	}
	if bytes.Contains(got.Bytes(), []byte("after")) {
		t.Errorf("wrote after the error: %q", got.String())
	}
}
