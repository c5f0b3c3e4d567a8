package annotate

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// rootInfo is where a part's root element lies.
type rootInfo struct {
	name       xml.Name
	start      int // its "<"
	tagEnd     int // just past its start tag
	endStart   int // its end tag's "<"; tagEnd when the element is empty (<x/>)
	selfClosed bool
}

// scan decodes a whole part, calling fn (when not nil) with every start
// element, and reports where the root element is. A DTD is refused, as the
// reader refuses it.
func scan(name string, data []byte, fn func(xml.StartElement)) (rootInfo, error) {
	var root rootInfo
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	depth := 0
	for {
		start := int(d.InputOffset())
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return root, fmt.Errorf("%s is not well-formed XML: %w", name, err)
		}
		end := int(d.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				root = rootInfo{name: t.Name, start: start, tagEnd: end}
			}
			depth++
			if fn != nil {
				fn(t)
			}
		case xml.EndElement:
			depth--
			if depth == 0 {
				root.endStart = start
				root.selfClosed = start == end
			}
		case xml.Directive:
			return root, fmt.Errorf("%s: the XML declares a DTD or entities, which Word never writes", name)
		}
	}
	if root.tagEnd == 0 {
		return root, fmt.Errorf("%s has no root element", name)
	}
	return root, nil
}

// wellFormed decodes every token of a part.
func wellFormed(name string, data []byte) error {
	_, err := scan(name, data, nil)
	return err
}

// appendToRoot inserts content as the last children of the root element,
// opening an empty root element (<x/>) to do so.
func appendToRoot(data []byte, root rootInfo, content string) []byte {
	var b bytes.Buffer
	if root.selfClosed {
		// "<x .../>" becomes "<x ...>content</x>".
		tag := data[root.start:root.tagEnd]
		slash := bytes.LastIndexByte(tag, '/')
		b.Write(data[:root.start+slash])
		b.WriteString(">" + content + "</" + qname(tag) + ">")
		b.Write(data[root.tagEnd:])
		return b.Bytes()
	}
	b.Write(data[:root.endStart])
	b.WriteString(content)
	b.Write(data[root.endStart:])
	return b.Bytes()
}

// qname is the element name at the start of a start tag, as written.
func qname(tag []byte) string {
	i := 1
	for i < len(tag) && !strings.ContainsRune(" \t\r\n/>", rune(tag[i])) {
		i++
	}
	return string(tag[1:i])
}

// prefixOf returns the prefix of a root written with one (with a colon
// after it), or "" when the root uses the default namespace.
func prefixOf(data []byte, root rootInfo) string {
	if p, _, ok := strings.Cut(qname(data[root.start:root.tagEnd]), ":"); ok {
		return p + ":"
	}
	return ""
}

func isWord(space string) bool { return space == nsW || space == nsWStrict }

// rootNamespace is the WordprocessingML namespace a part uses: transitional
// unless its root is in the strict one.
func rootNamespace(name string, data []byte) (string, error) {
	root, err := scan(name, data, nil)
	if err != nil {
		return "", err
	}
	if root.name.Space == nsWStrict {
		return nsWStrict, nil
	}
	return nsW, nil
}

// attr returns a WordprocessingML (or unqualified) attribute.
func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == "" || isWord(a.Name.Space)) {
			return a.Value, true
		}
	}
	return "", false
}

// commentIDs lists the comment ids a part uses: comments, and the range
// and reference markers of the document.
func commentIDs(name string, data []byte) ([]int, error) {
	var ids []int
	_, err := scan(name, data, func(se xml.StartElement) {
		if !isWord(se.Name.Space) {
			return
		}
		switch se.Name.Local {
		case "comment", "commentRangeStart", "commentRangeEnd", "commentReference":
			if v, ok := attr(se, "id"); ok {
				if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n >= 0 && n < 1<<30 {
					ids = append(ids, n)
				}
			}
		}
	})
	return ids, err
}

// commentsTarget is the part the document's comments relationship points
// to, "" when there is none.
func commentsTarget(rels []byte) (string, error) {
	target := ""
	_, err := scan(documentRels, rels, func(se xml.StartElement) {
		if se.Name.Local != "Relationship" || target != "" {
			return
		}
		var typ, tgt, mode string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Type":
				typ = a.Value
			case "Target":
				tgt = a.Value
			case "TargetMode":
				mode = a.Value
			}
		}
		if (typ == relComments || typ == relCommentsS) && mode != "External" && tgt != "" {
			target = resolve(tgt)
		}
	})
	return target, err
}

// resolve turns a relationship target of document.xml into a part name.
func resolve(target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean(path.Join("/word", target)), "/")
}

// addRelationship makes sure document.xml's relationships include one to
// the comments part, creating the relationships part when there is none.
func addRelationship(rels []byte, ns, commentsName string) ([]byte, error) {
	typ := relComments
	if ns == nsWStrict {
		typ = relCommentsS
	}
	target := "/" + commentsName
	if t, ok := strings.CutPrefix(commentsName, "word/"); ok {
		target = t
	}
	if rels == nil {
		return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<Relationships xmlns="` + nsRels + `"><Relationship Id="rId1" Type="` + typ + `" Target="` + escape(target) + `"/></Relationships>`), nil
	}
	existing, err := commentsTarget(rels)
	if err != nil || existing != "" {
		return rels, err
	}
	ids := map[string]bool{}
	root, err := scan(documentRels, rels, func(se xml.StartElement) {
		for _, a := range se.Attr {
			if a.Name.Local == "Id" {
				ids[a.Value] = true
			}
		}
	})
	if err != nil {
		return nil, err
	}
	id := ""
	for n := len(ids) + 1; ; n++ {
		if id = "rId" + strconv.Itoa(n); !ids[id] {
			break
		}
	}
	p := prefixOf(rels, root)
	return appendToRoot(rels, root, `<`+p+`Relationship Id="`+id+`" Type="`+typ+`" Target="`+escape(target)+`"/>`), nil
}

// addOverride makes sure [Content_Types].xml gives the comments part its
// content type.
func addOverride(types []byte, commentsName string) ([]byte, error) {
	partName := "/" + commentsName
	found := false
	root, err := scan(contentTypesPart, types, func(se xml.StartElement) {
		if se.Name.Local != "Override" {
			return
		}
		for _, a := range se.Attr {
			if a.Name.Local == "PartName" && strings.EqualFold(a.Value, partName) {
				found = true
			}
		}
	})
	if err != nil || found {
		return types, err
	}
	p := prefixOf(types, root)
	return appendToRoot(types, root, `<`+p+`Override PartName="`+escape(partName)+`" ContentType="`+typeComments+`"/>`), nil
}

// escape escapes text for XML character data and attribute values.
func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}

// commentsXML is the comments part with the new comments appended: a new
// part when the document has none.
func commentsXML(existing []byte, ns string, comments []Comment, ids []int, opt Options) ([]byte, error) {
	if existing == nil {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
		b.WriteString(`<w:comments xmlns:w="` + ns + `">`)
		for i, c := range comments {
			writeComment(&b, "w", "", ids[i], c.Text, opt)
		}
		b.WriteString(`</w:comments>`)
		return []byte(b.String()), nil
	}
	root, err := scan(defaultComments, existing, nil)
	if err != nil {
		return nil, err
	}
	// The new comments use the root's prefix when it is a WordprocessingML
	// one, and otherwise declare their own.
	w, decl := strings.TrimSuffix(prefixOf(existing, root), ":"), ""
	if w == "" || !isWord(root.name.Space) {
		if isWord(root.name.Space) {
			ns = root.name.Space
		}
		w, decl = "w", ` xmlns:w="`+ns+`"`
	}
	var b strings.Builder
	for i, c := range comments {
		writeComment(&b, w, decl, ids[i], c.Text, opt)
	}
	return appendToRoot(existing, root, b.String()), nil
}

// writeComment writes one w:comment, one paragraph per line of text.
func writeComment(b *strings.Builder, w, decl string, id int, text string, opt Options) {
	fmt.Fprintf(b, `<%s:comment%s %s:id="%d" %s:author="%s"`, w, decl, w, id, w, escape(opt.Author))
	if !opt.Date.IsZero() {
		fmt.Fprintf(b, ` %s:date="%s"`, w, opt.Date.UTC().Format("2006-01-02T15:04:05Z"))
	}
	if opt.Initials != "" {
		fmt.Fprintf(b, ` %s:initials="%s"`, w, escape(opt.Initials))
	}
	b.WriteString(">")
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, line := range lines {
		fmt.Fprintf(b, `<%s:p>`, w)
		if i == 0 {
			// The mark Word shows at the start of a comment.
			fmt.Fprintf(b, `<%s:r><%s:annotationRef/></%s:r>`, w, w, w)
		}
		if line != "" {
			fmt.Fprintf(b, `<%s:r><%s:t xml:space="preserve">%s</%s:t></%s:r>`, w, w, escape(line), w, w)
		}
		fmt.Fprintf(b, `</%s:p>`, w)
	}
	fmt.Fprintf(b, `</%s:comment>`, w)
}
