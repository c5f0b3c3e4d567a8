package report

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// A spool past its memory share moves to a temporary file, gives back
// every byte in order, and leaves no file behind when closed.
func TestSpoolMovesToFile(t *testing.T) {
	var s spool
	var want bytes.Buffer
	line := strings.Repeat("x", 1000) + "\n"
	for i := 0; i < 3000; i++ {
		s.WriteString(line)
		s.Write([]byte{byte('a' + i%26)})
		want.WriteString(line)
		want.WriteByte(byte('a' + i%26))
	}
	if s.file == nil {
		t.Fatalf("%d bytes still in memory", s.mem.Len())
	}
	if s.mem.Len() != 0 {
		t.Errorf("%d bytes kept in memory beside the file", s.mem.Len())
	}
	name := s.file.Name()
	var got bytes.Buffer
	if err := s.copyTo(&got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("copied %d bytes, want %d, or they differ", got.Len(), want.Len())
	}
	s.close()
	if _, err := os.Stat(name); !os.IsNotExist(err) {
		t.Errorf("spool file %s left behind: %v", name, err)
	}
}
