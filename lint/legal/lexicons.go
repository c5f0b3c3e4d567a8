package legal

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/complaintlint/complaintlint/lint/pattern"
)

// This file is the part of the lexicons that is vocabulary: the built-in
// cue lists of lexicons/*.txt, found and parsed by name. The Lexicon type
// and the file format are the pattern engine's (lint/pattern).

// The lexicon files are compiled into the binary. One file per claim family
// keeps each list next to its neighbours; section names are global.
//
//go:embed lexicons/*.txt
var lexiconFiles embed.FS

// readLexicons reads every built-in lexicon file.
func readLexicons(check bool) (map[string]*pattern.Lexicon, error) {
	entries, err := lexiconFiles.ReadDir("lexicons")
	if err != nil {
		return nil, err
	}
	var all strings.Builder
	for _, e := range entries {
		b, err := lexiconFiles.ReadFile("lexicons/" + e.Name())
		if err != nil {
			return nil, err
		}
		all.Write(b)
		all.WriteString("\n")
	}
	if !check {
		return pattern.ParseLexiconsUnchecked(all.String())
	}
	return pattern.ParseLexicons(all.String())
}

// Lex returns the named lexicon. Rules name a lexicon through its typed
// handle in package lexicon, which calls Lex; a rule calls Lex itself only
// for a name it computes (a lexicon chosen from a table). An unknown name
// is a programming error caught by the package tests, so it panics rather
// than returning nil.
func Lex(name string) *pattern.Lexicon {
	if l, ok := lexSections.parsed.Load(name); ok {
		return l.(*pattern.Lexicon)
	}
	lexSections.once.Do(indexSections)
	lexSections.mu.Lock()
	defer lexSections.mu.Unlock()
	if l, ok := lexSections.parsed.Load(name); ok {
		return l.(*pattern.Lexicon)
	}
	sec, ok := lexSections.at[name]
	if !ok {
		panic("legal: no lexicon named " + name)
	}
	text, err := sectionText(sec)
	if err != nil {
		panic("legal: lexicons: " + err.Error())
	}
	m, err := pattern.ParseLexiconsUnchecked(text)
	if err != nil {
		panic("legal: lexicons: " + err.Error())
	}
	l := m[name]
	lexSections.parsed.Store(name, l)
	return l
}

// lexSections is every lexicon's section of text, found once, and the
// lexicons parsed so far. A short run asks for a few dozen of the 300
// lexicons: parsing each on its first question, instead of reading and
// parsing every file at the first, is most of a one-line draft's work
// after start-up. Every check asks through Lex on every count, so a
// lexicon already parsed is read without the lock.
var lexSections struct {
	once   sync.Once
	mu     sync.Mutex
	at     map[string]lexSection
	files  []string  // the lexicon files, by lexSection.file
	parsed sync.Map  // name -> *pattern.Lexicon
	buf    [512]byte // sectionText's, under mu
}

// lexSection is where a lexicon's section lies in the embedded files: its
// "[name ...]" line up to the next section's, as byte offsets.
type lexSection struct {
	file, start, end int32
}

// lexiconCount is about how many lexicons the files define, so that the
// index is made at its size instead of growing through every doubling.
const lexiconCount = 400

// indexSections finds each lexicon's section, from its "[name ...]" line
// to the next, in the embedded files. The files are checked whole by
// ParseLexicons in the package tests. It keeps offsets, not text, and reads
// through one small buffer: embed.FS.ReadFile copies a whole file (160 KB
// for all of them), and that copy's fresh pages were a hundred page faults
// of a one-line run, which asks for a dozen small sections.
func indexSections() {
	lexSections.at, lexSections.files = indexLexiconFiles()
}

// indexLexiconFiles finds every section of the embedded files, for
// indexSections.
func indexLexiconFiles() (at map[string]lexSection, files []string) {
	at = make(map[string]lexSection, lexiconCount)
	entries, _ := lexiconFiles.ReadDir("lexicons")
	r := bufio.NewReaderSize(nil, 4096)
	for _, e := range entries {
		path := "lexicons/" + e.Name()
		f, err := lexiconFiles.Open(path)
		if err != nil {
			continue
		}
		file := int32(len(files))
		files = append(files, path)
		r.Reset(f)
		name, start, off := "", int32(0), int32(0)
		for {
			line, err := r.ReadSlice('\n')
			if errors.Is(err, bufio.ErrBufferFull) {
				// A line longer than the buffer: read it whole, so that
				// the offsets stay exact.
				long := append([]byte(nil), line...)
				for errors.Is(err, bufio.ErrBufferFull) {
					line, err = r.ReadSlice('\n')
					long = append(long, line...)
				}
				line = long
			}
			if len(line) == 0 {
				break
			}
			t := bytes.TrimSpace(line)
			if len(t) >= 2 && t[0] == '[' && t[len(t)-1] == ']' {
				if name != "" {
					at[name] = lexSection{file: file, start: start, end: off}
				}
				name, start = strings.Fields(string(t[1 : len(t)-1]))[0], off
			}
			off += int32(len(line))
			if err != nil {
				break
			}
		}
		if name != "" {
			at[name] = lexSection{file: file, start: start, end: off}
		}
	}
	return at, files
}

// sectionText reads one section found by indexSections, copying it once,
// into the string it returns, through a small buffer: a long complaint
// asks for most of the lexicons, and a []byte converted to a string would
// copy each twice. Called with lexSections.mu held.
func sectionText(sec lexSection) (string, error) {
	f, err := lexiconFiles.Open(lexSections.files[sec.file])
	if err != nil {
		return "", err
	}
	r := io.NewSectionReader(f.(io.ReaderAt), int64(sec.start), int64(sec.end-sec.start))
	var b strings.Builder
	b.Grow(int(sec.end - sec.start))
	buf := lexSections.buf[:]
	for {
		n, err := r.Read(buf)
		b.Write(buf[:n])
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
	}
}

// LexiconNames lists every lexicon, sorted, for documentation and tests.
func LexiconNames() []string {
	lexSections.once.Do(indexSections)
	names := make([]string, 0, len(lexSections.at))
	for n := range lexSections.at {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
