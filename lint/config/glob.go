package config

import (
	"fmt"
	"path"
	"regexp"
	"strings"
)

// glob is a compiled file pattern. The syntax is gitignore's, which people
// writing CI configuration already know:
//
//   - a pattern without a "/" matches a file name at any depth ("*.docx");
//   - a pattern with a "/" matches the path relative to the directory of the
//     configuration file ("complaints/*.md"; a leading "/" changes nothing);
//   - "*" matches within one path segment, "?" one character, "[a-z]" a
//     class, "{md,txt}" alternatives, and "**" any number of segments
//     ("drafts/**" is everything under drafts/; a trailing "/" means the same).
type glob struct {
	pattern string
	re      *regexp.Regexp
	base    bool // match the base name only
}

func compileGlob(p string) (*glob, error) {
	orig := p
	if strings.TrimSpace(p) == "" {
		return nil, fmt.Errorf("empty pattern")
	}
	p = strings.TrimPrefix(p, "./")
	if strings.HasSuffix(p, "/") {
		p += "**"
	}
	base := !strings.Contains(p, "/")
	p = strings.TrimPrefix(p, "/")
	var b strings.Builder
	b.WriteString("^")
	inBrace := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case strings.HasPrefix(p[i:], "**/"):
			b.WriteString("(?:.*/)?")
			i += 2
		case strings.HasPrefix(p[i:], "/**") && i+3 == len(p):
			b.WriteString("(?:/.*)?")
			i += 2
		case strings.HasPrefix(p[i:], "**"):
			b.WriteString(".*")
			i++
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		case c == '[':
			j := strings.IndexByte(p[i+1:], ']')
			if j < 0 {
				return nil, fmt.Errorf("pattern %q has an unclosed '['", orig)
			}
			class := p[i+1 : i+1+j]
			if strings.HasPrefix(class, "!") {
				class = "^" + class[1:]
			}
			b.WriteString("[" + strings.ReplaceAll(class, `\`, `\\`) + "]")
			i += j + 1
		case c == '{' && !inBrace:
			inBrace = true
			b.WriteString("(?:")
		case c == '}' && inBrace:
			inBrace = false
			b.WriteString(")")
		case c == ',' && inBrace:
			b.WriteString("|")
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	if inBrace {
		return nil, fmt.Errorf("pattern %q has an unclosed '{'", orig)
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("pattern %q is not valid: %w", orig, err)
	}
	return &glob{pattern: orig, re: re, base: base}, nil
}

// match reports whether rel, a slash-separated path relative to the
// configuration's directory, matches.
func (g *glob) match(rel string) bool {
	if g.base {
		return g.re.MatchString(path.Base(rel))
	}
	return g.re.MatchString(rel)
}
