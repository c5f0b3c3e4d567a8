package annotate

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Appendix is a table added at the end of the reviewed copy's body, after
// a heading paragraph that starts a new page: the element chart.
type Appendix struct {
	Heading string
	// Header is the table's first row, repeated on every page; Rows are
	// the rest. Every row has as many cells as Header.
	Header []string
	Rows   [][]string
	// Widths are the columns' widths in twentieths of a point.
	Widths []int
}

// text is what the .docx reader reads from the appendix: the heading and
// each cell as its own paragraph.
func (ap *Appendix) text() []string {
	out := []string{ap.Heading}
	out = append(out, ap.Header...)
	for _, r := range ap.Rows {
		out = append(out, r...)
	}
	return out
}

func (ap *Appendix) validate() error {
	if len(ap.Header) == 0 || len(ap.Widths) != len(ap.Header) {
		return errors.New("appendix: header and widths must name the same columns")
	}
	for _, r := range ap.Rows {
		if len(r) != len(ap.Header) {
			return fmt.Errorf("appendix: a row has %d cells, the header %d", len(r), len(ap.Header))
		}
	}
	return nil
}

// appendTable inserts the appendix at the end of the body of document.xml:
// before the body's own w:sectPr (the last section's page settings), or
// before </w:body> when there is none. Nothing before it changes.
func appendTable(doc []byte, ns string, ap *Appendix) ([]byte, error) {
	at, prefix, err := bodyEnd(doc)
	if err != nil {
		return nil, err
	}
	w, decl := strings.TrimSuffix(prefix, ":"), ""
	if w == "" {
		w, decl = "w", ` xmlns:w="`+ns+`"`
	}
	var b strings.Builder
	el := func(name string) string { return w + ":" + name }
	para := func(text string, bold, pageBreak bool) {
		fmt.Fprintf(&b, "<%s%s>", el("p"), decl)
		if pageBreak {
			fmt.Fprintf(&b, "<%s><%s/></%s>", el("pPr"), el("pageBreakBefore"), el("pPr"))
		}
		fmt.Fprintf(&b, "<%s>", el("r"))
		if bold {
			fmt.Fprintf(&b, "<%s><%s/></%s>", el("rPr"), el("b"), el("rPr"))
		}
		fmt.Fprintf(&b, `<%s xml:space="preserve">%s</%s></%s></%s>`, el("t"), escape(text), el("t"), el("r"), el("p"))
	}
	para(ap.Heading, true, true)
	fmt.Fprintf(&b, "<%s%s><%s>", el("tbl"), decl, el("tblPr"))
	fmt.Fprintf(&b, `<%s %s="0" %s="auto"/><%s>`, el("tblW"), el("w"), el("type"), el("tblBorders"))
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		fmt.Fprintf(&b, `<%s %s="single" %s="4" %s="0" %s="auto"/>`, el(side), el("val"), el("sz"), el("space"), el("color"))
	}
	fmt.Fprintf(&b, "</%s></%s><%s>", el("tblBorders"), el("tblPr"), el("tblGrid"))
	for _, wd := range ap.Widths {
		fmt.Fprintf(&b, `<%s %s="%d"/>`, el("gridCol"), el("w"), wd)
	}
	fmt.Fprintf(&b, "</%s>", el("tblGrid"))
	row := func(cells []string, header bool) {
		fmt.Fprintf(&b, "<%s>", el("tr"))
		if header {
			fmt.Fprintf(&b, "<%s><%s/></%s>", el("trPr"), el("tblHeader"), el("trPr"))
		}
		for k, c := range cells {
			fmt.Fprintf(&b, `<%s><%s><%s %s="%d" %s="dxa"/></%s>`, el("tc"), el("tcPr"), el("tcW"), el("w"), ap.Widths[k], el("type"), el("tcPr"))
			decl0 := decl
			decl = "" // inside the table the prefix is declared
			para(c, header, false)
			decl = decl0
			fmt.Fprintf(&b, "</%s>", el("tc"))
		}
		fmt.Fprintf(&b, "</%s>", el("tr"))
	}
	row(ap.Header, true)
	for _, r := range ap.Rows {
		row(r, false)
	}
	fmt.Fprintf(&b, "</%s>", el("tbl"))
	out := make([]byte, 0, len(doc)+b.Len())
	out = append(out, doc[:at]...)
	out = append(out, b.String()...)
	return append(out, doc[at:]...), nil
}

// bodyEnd finds where the appendix goes in document.xml, and the prefix
// (with its colon) the body element is written with.
func bodyEnd(doc []byte) (int, string, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	depth, bodyDepth := 0, -1
	prefix := ""
	for {
		start := int(d.InputOffset())
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return 0, "", fmt.Errorf("%s is not well-formed XML: %w", documentPart, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 && t.Name.Local == "body" {
				bodyDepth = depth
				if t.Name.Space != "" {
					prefix = t.Name.Space + ":"
				}
			} else if bodyDepth > 0 && depth == bodyDepth+1 && t.Name.Local == "sectPr" {
				return start, prefix, nil
			}
		case xml.EndElement:
			if depth == bodyDepth && t.Name.Local == "body" {
				return start, prefix, nil
			}
			depth--
		}
	}
	return 0, "", fmt.Errorf("%s has no body", documentPart)
}
