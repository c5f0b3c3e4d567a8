package input

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// XML namespaces of the parts read. Word writes the transitional namespace;
// the ISO "strict" flavour uses the purl.oclc.org one, with the same names.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// Errors for XML that is refused rather than parsed.
var (
	ErrXMLTooDeep = errors.New("the XML nests too deeply")
	ErrXMLDTD     = errors.New("the XML declares a DTD or entities, which Word never writes")
)

// xmlReader is a token stream over one part with the limits a hostile file
// needs: bounded nesting, no DTD, and markup-compatibility blocks resolved
// the way a consumer that knows no extensions must resolve them.
type xmlReader struct {
	d     *xml.Decoder
	ctx   context.Context
	part  string
	depth int
	// elements counts the elements read, skipped ones included.
	elements int
	// tokStart and tokEnd are the byte offsets in the part of the token
	// next returned last (equal for the end of a self-closing element,
	// which the decoder makes up without reading anything).
	tokStart, tokEnd int64
	// charset is an encoding other than UTF-8 the part declared; the
	// decoder's own error for it names Go's API, not what to do.
	charset string
}

func newXMLReader(ctx context.Context, part string, r io.Reader) *xmlReader {
	d := xml.NewDecoder(newTagScanner(r))
	d.Strict = true
	x := &xmlReader{d: d, ctx: ctx, part: part}
	// Word writes every part in UTF-8. A part declaring another encoding
	// (ISO-8859-1 from a converter, say) is refused with what to do;
	// decoding it would move the byte offsets annotate writes comments at.
	d.CharsetReader = func(label string, _ io.Reader) (io.Reader, error) {
		x.charset = label
		return nil, errors.New("unsupported encoding")
	}
	return x
}

// next returns the next token. mc:Choice branches are skipped and the
// mc:AlternateContent / mc:Fallback wrappers are dropped, so callers see the
// fallback content in place: it is the content written for readers that do
// not understand the extension, which is what this reader is. It returns
// io.EOF at the end of the part.
func (x *xmlReader) next() (xml.Token, error) {
	for {
		x.tokStart = x.d.InputOffset()
		tok, err := x.d.Token()
		x.tokEnd = x.d.InputOffset()
		if err != nil {
			return nil, x.wrap(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := x.started(); err != nil {
				return nil, err
			}
			if t.Name.Space == nsMC {
				switch t.Name.Local {
				case "Choice":
					if err := x.skip(); err != nil {
						return nil, err
					}
					continue
				case "AlternateContent", "Fallback":
					continue
				}
			}
		case xml.EndElement:
			x.depth--
			if t.Name.Space == nsMC && (t.Name.Local == "AlternateContent" || t.Name.Local == "Fallback") {
				continue
			}
		case xml.Directive:
			// <!DOCTYPE ...> and <!ENTITY ...>: the doorway to entity
			// expansion attacks; Office never writes them.
			return nil, fmt.Errorf("%s: %w", x.part, ErrXMLDTD)
		}
		return tok, nil
	}
}

// started counts an element just begun against the nesting and element
// limits.
func (x *xmlReader) started() error {
	x.depth++
	if x.depth > docxLimit.maxDepth {
		return fmt.Errorf("%s: %w (more than %d levels)", x.part, ErrXMLTooDeep, docxLimit.maxDepth)
	}
	x.elements++
	if x.elements > docxLimit.maxElements {
		return &LimitError{What: "XML elements in " + x.part, Limit: fmt.Sprintf("%d", docxLimit.maxElements)}
	}
	// Reading stops within a few hundred elements of the deadline.
	if x.elements&255 == 0 {
		return x.ctx.Err()
	}
	return nil
}

// skip consumes the rest of the element whose start was just returned.
func (x *xmlReader) skip() error {
	for open := 1; open > 0; {
		tok, err := x.d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return x.wrap(err)
		}
		switch tok.(type) {
		case xml.StartElement:
			open++
			if err := x.started(); err != nil {
				return err
			}
		case xml.EndElement:
			open--
			x.depth--
		case xml.Directive:
			return fmt.Errorf("%s: %w", x.part, ErrXMLDTD)
		}
	}
	return nil
}

// wrap names the part in a decoder error. Limit errors from the part reader
// pass through unchanged (besides the name) so errors.Is still finds them.
func (x *xmlReader) wrap(err error) error {
	if errors.Is(err, io.EOF) {
		return err
	}
	if x.charset != "" {
		return fmt.Errorf("%s is in the %q encoding; complaintlint reads Word files in UTF-8, as Word saves them: open the file in Word or LibreOffice and save it again as a Word document (.docx)", x.part, x.charset)
	}
	var syn *xml.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Errorf("%s is not well-formed XML (line %d): %s", x.part, syn.Line, syn.Msg)
	}
	return fmt.Errorf("%s: %w", x.part, err)
}

// wordName returns the local name of a WordprocessingML element and "" for
// elements of any other vocabulary (drawing, VML, vendor extensions).
func wordName(n xml.Name) string {
	if n.Space == nsW || n.Space == nsWStrict {
		return n.Local
	}
	return ""
}

// attr returns the value of the w:-namespaced (or unqualified) attribute.
func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == nsW || a.Name.Space == nsWStrict || a.Name.Space == "") {
			return a.Value, true
		}
	}
	return "", false
}

// intAttr parses a numeric attribute; ok is false when it is absent or not
// a number.
func intAttr(se xml.StartElement, local string) (int, bool) {
	v, ok := attr(se, local)
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, false
	}
	return n, true
}

// onOff reads a toggle property such as <w:vanish/>: present means on
// unless w:val says otherwise.
func onOff(se xml.StartElement) bool {
	v, ok := attr(se, "val")
	if !ok {
		return true
	}
	switch v {
	case "0", "false", "off":
		return false
	}
	return true
}

// children consumes the element just started, calling fn for every element
// inside it with its path of Word local names below that element
// ("numPr/ilvl"). When fn returns true the element's content is skipped.
func (x *xmlReader) children(fn func(path string, t xml.StartElement) (skip bool)) error {
	var path []string
	for {
		tok, err := x.next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			path = append(path, wordName(t.Name))
			if fn(strings.Join(path, "/"), t) {
				if err := x.skip(); err != nil {
					return err
				}
				path = path[:len(path)-1]
			}
		case xml.EndElement:
			if len(path) == 0 {
				return nil
			}
			path = path[:len(path)-1]
		}
	}
}
