package main

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"sort"
	"strconv"
)

const (
	legalPath   = "github.com/complaintlint/complaintlint/lint/legal"
	lexiconPath = "github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// result is what rewriting one file did.
type result struct {
	src       []byte
	rewritten int
	// left lists the calls left as they were, with why: a name that is not
	// a string literal, or one no lexicon file defines.
	left []string
}

// rewrite replaces each legal.Lex("name") call of src by the lexicon
// package's handle for that name (idents maps names to identifiers), adds
// the lexicon import and drops the legal import when nothing else uses it.
func rewrite(filename string, src []byte, idents map[string]string) (result, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, filename, src, parser.ParseComments)
	if err != nil {
		return result{}, err
	}
	legalName, legalSpec := importName(file, legalPath)
	if legalName == "" {
		return result{src: src}, nil
	}
	type edit struct {
		from, to int
		text     string
	}
	var edits []edit
	var left []string
	shadowed := false
	// A file that already imports the handles (half of it converted, as
	// after merging a branch that still names lexicons by string) uses
	// "lexicon" as that import: only a file that does not import it can
	// shadow the name with its own.
	imported, _ := importName(file, lexiconPath)
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "lexicon" && imported != "lexicon" {
			shadowed = true
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || !isLexCall(call, legalName) {
			return true
		}
		pos := fset.Position(call.Pos())
		lit, ok := call.Args[0].(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			left = append(left, fmt.Sprintf("%s: the lexicon is named by a value, not a literal", pos))
			return true
		}
		name, err := strconv.Unquote(lit.Value)
		if err != nil {
			left = append(left, fmt.Sprintf("%s: %v", pos, err))
			return true
		}
		ident, ok := idents[name]
		if !ok {
			left = append(left, fmt.Sprintf("%s: no lexicon named %q", pos, name))
			return true
		}
		edits = append(edits, edit{fset.Position(call.Pos()).Offset, fset.Position(call.End()).Offset, "lexicon." + ident + "()"})
		return true
	})
	if len(edits) == 0 {
		return result{src: src, left: left}, nil
	}
	calls := len(edits)
	if shadowed {
		return result{src: src, left: append(left, filename+": declares its own \"lexicon\"; rewrite it by hand")}, nil
	}
	if n, _ := importName(file, lexiconPath); n == "" {
		// The new import goes right after the legal one.
		end := fset.Position(legalSpec.End()).Offset
		text := "\n\t" + strconv.Quote(lexiconPath)
		if d := importDecl(file, legalSpec); d != nil && !d.Lparen.IsValid() {
			// import "…/legal" on its own becomes a group.
			start := fset.Position(d.Pos()).Offset
			edits = append(edits, edit{start, end, "import (\n\t" + string(src[fset.Position(legalSpec.Pos()).Offset:end]) + text + "\n)"})
		} else {
			edits = append(edits, edit{end, end, text})
		}
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].from > edits[j].from })
	out := append([]byte(nil), src...)
	for _, e := range edits {
		out = append(out[:e.from], append([]byte(e.text), out[e.to:]...)...)
	}
	out, err = dropUnusedImport(filename, out, legalPath)
	if err != nil {
		return result{}, err
	}
	formatted, err := format.Source(out)
	if err != nil {
		return result{}, fmt.Errorf("%s: the rewritten file does not format: %w", filename, err)
	}
	return result{src: formatted, rewritten: calls, left: left}, nil
}

func isLexCall(call *ast.CallExpr, legalName string) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Lex" || len(call.Args) != 1 {
		return false
	}
	x, ok := sel.X.(*ast.Ident)
	return ok && x.Name == legalName
}

// importName returns the name a file refers to an import by ("" when it
// does not import it) and its spec.
func importName(file *ast.File, path string) (string, *ast.ImportSpec) {
	for _, spec := range file.Imports {
		if p, _ := strconv.Unquote(spec.Path.Value); p == path {
			if spec.Name != nil {
				return spec.Name.Name, spec
			}
			return lastElem(path), spec
		}
	}
	return "", nil
}

func lastElem(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[i+1:]
		}
	}
	return path
}

func importDecl(file *ast.File, spec *ast.ImportSpec) *ast.GenDecl {
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			for _, s := range g.Specs {
				if s == spec {
					return g
				}
			}
		}
	}
	return nil
}

// dropUnusedImport removes the import of path when nothing in src refers to
// it any more.
func dropUnusedImport(filename string, src []byte, path string) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, filename, src, parser.ParseComments)
	if err != nil {
		return nil, fmt.Errorf("%s: the rewritten file does not parse: %w", filename, err)
	}
	name, spec := importName(file, path)
	if spec == nil || name == "_" || name == "." {
		return src, nil
	}
	used := false
	ast.Inspect(file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == name {
				used = true
			}
		}
		return !used
	})
	if used {
		return src, nil
	}
	from, to := fset.Position(spec.Pos()).Offset, fset.Position(spec.End()).Offset
	if d := importDecl(file, spec); d != nil && !d.Lparen.IsValid() {
		from, to = fset.Position(d.Pos()).Offset, fset.Position(d.End()).Offset
	}
	return append(src[:from:from], src[to:]...), nil
}
