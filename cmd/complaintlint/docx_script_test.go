package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"os"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// docxCmds are the scripts' commands for Word files, which a txtar archive
// cannot hold:
//
//	docx TEXT DOCX      write a .docx with one paragraph per line of TEXT
//	comments DOCX       print each Word comment of DOCX as "author: text"
//	                    and the reader's text of the document after "--"
//	sha256 FILE         print the file's SHA-256
var docxCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"docx":     cmdDocx,
	"comments": cmdComments,
	"sha256":   cmdSHA256,
}

func cmdDocx(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: docx TEXT DOCX")
	}
	data, err := linttest.DocxOfText(ts.ReadFile(args[0]))
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), data, 0o644))
}

func cmdComments(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: comments DOCX")
	}
	data, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	ts.Check(err)
	for _, f := range zr.File {
		if f.Name != "word/comments.xml" {
			continue
		}
		rc, err := f.Open()
		ts.Check(err)
		var doc struct {
			Comments []struct {
				Author string `xml:"author,attr"`
				Paras  []struct {
					Text []string `xml:"r>t"`
				} `xml:"p"`
			} `xml:"comment"`
		}
		ts.Check(xml.NewDecoder(rc).Decode(&doc))
		rc.Close()
		for _, c := range doc.Comments {
			var lines []string
			for _, p := range c.Paras {
				lines = append(lines, strings.Join(p.Text, ""))
			}
			fmt.Fprintf(ts.Stdout(), "%s: %s\n", c.Author, strings.Join(lines, " | "))
		}
	}
	src, err := input.ReadDocx(args[0], data)
	ts.Check(err)
	fmt.Fprintf(ts.Stdout(), "--\n%s\n", src.Src)
}

func cmdSHA256(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: sha256 FILE")
	}
	sum := sha256.Sum256([]byte(ts.ReadFile(args[0])))
	fmt.Fprintln(ts.Stdout(), hex.EncodeToString(sum[:]))
}
