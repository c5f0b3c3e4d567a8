package config

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
)

// parser walks the YAML node tree so every error can name its line.
type parser struct {
	file  string
	known func(string) bool
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) error {
	line := 0
	if n != nil {
		line = n.Line
	}
	return &Error{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

var reYAMLLine = lazyregexp.New(`^yaml: (?:line (\d+): )?`)

// yamlError turns the YAML library's syntax error into the file:line form.
func (p *parser) yamlError(err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	line := 0
	if m := reYAMLLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	return &Error{File: p.file, Line: line, Msg: "not valid YAML: " + msg}
}

func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	n = deref(n)
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!int", "!!float":
			return "a number"
		case "!!bool":
			return "true/false"
		}
		return "a string"
	}
	return "something else"
}

// mapping checks that n is a mapping with only the given keys, each once,
// and hands each value to its handler. A null value leaves the key unset.
func (p *parser) mapping(n *yaml.Node, what string, keys map[string]func(*yaml.Node) error) error {
	n = deref(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "%s: want a mapping of keys (%s), got %s", what, strings.Join(sortedKeys(keys), ", "), kindName(n))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := deref(n.Content[i]), n.Content[i+1]
		h, ok := keys[k.Value]
		if !ok {
			prefix := ""
			if what != "the configuration" {
				prefix = what + ": "
			}
			return p.errorf(k, "%sunknown key %q (want %s)", prefix, k.Value, strings.Join(sortedKeys(keys), ", "))
		}
		if seen[k.Value] {
			return p.errorf(k, "key %q appears twice", k.Value)
		}
		seen[k.Value] = true
		if isNull(v) {
			continue
		}
		if err := h(deref(v)); err != nil {
			return err
		}
	}
	return nil
}

func sortedKeys(m map[string]func(*yaml.Node) error) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (p *parser) scalar(n *yaml.Node, what string) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", p.errorf(n, "%s: want a single value, got %s", what, kindName(n))
	}
	return strings.TrimSpace(n.Value), nil
}

func (p *parser) strings(n *yaml.Node, what, each string) ([]string, []*yaml.Node, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, nil, p.errorf(n, "%s: want a list of %s, got %s", what, each, kindName(n))
	}
	var out []string
	var nodes []*yaml.Node
	for _, it := range n.Content {
		it = deref(it)
		if it.Kind != yaml.ScalarNode || it.Tag == "!!null" {
			return nil, nil, p.errorf(it, "%s: want %s, got %s", what, each, kindName(it))
		}
		out = append(out, strings.TrimSpace(it.Value))
		nodes = append(nodes, it)
	}
	return out, nodes, nil
}

func (p *parser) profileValue(n *yaml.Node, what string, parse func(string) (string, error), dst *string) error {
	s, err := p.scalar(n, what)
	if err != nil || s == "" {
		// Empty leaves the forum to each complaint's caption.
		return err
	}
	v, err := parse(s)
	if err != nil {
		return p.errorf(n, "%s: %v", what, err)
	}
	*dst = v
	return nil
}

func (p *parser) rule(n *yaml.Node, id string) error {
	if p.known != nil && !p.known(id) {
		return p.errorf(n, "unknown rule %q (complaintlint rules lists them)", id)
	}
	return nil
}

func (p *parser) ruleList(n *yaml.Node, what string, dst *[]string) error {
	ids, nodes, err := p.strings(n, what, "rule ids")
	if err != nil {
		return err
	}
	for i, id := range ids {
		if err := p.rule(nodes[i], id); err != nil {
			return err
		}
	}
	*dst = ids
	return nil
}

func (p *parser) severities(n *yaml.Node, dst *map[string]lint.Severity) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "rules.severity: want a mapping of rule id to error, warning or info, got %s", kindName(n))
	}
	m := map[string]lint.Severity{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := deref(n.Content[i]), deref(n.Content[i+1])
		if err := p.rule(k, k.Value); err != nil {
			return err
		}
		if _, dup := m[k.Value]; dup {
			return p.errorf(k, "rules.severity: rule %q appears twice", k.Value)
		}
		s, err := p.scalar(v, "rules.severity."+k.Value)
		if err != nil {
			return err
		}
		sev, err := lint.ParseSeverity(s)
		if err != nil {
			return p.errorf(v, "rules.severity.%s: unknown severity %q (want error, warning or info; to turn a rule off use rules.disable)", k.Value, s)
		}
		m[k.Value] = sev
	}
	*dst = m
	return nil
}

func (p *parser) globs(n *yaml.Node, what string, dst *[]string, compiled *[]*glob) error {
	pats, nodes, err := p.strings(n, what, "file patterns")
	if err != nil {
		return err
	}
	for i, pat := range pats {
		g, err := compileGlob(pat)
		if err != nil {
			return p.errorf(nodes[i], "%s: %v", what, err)
		}
		*compiled = append(*compiled, g)
	}
	*dst = pats
	return nil
}

func (p *parser) suppressions(n *yaml.Node, dst *[]Suppression) error {
	if n.Kind != yaml.SequenceNode {
		return p.errorf(n, "suppress: want a list of entries with path, rule and reason, got %s", kindName(n))
	}
	for _, it := range n.Content {
		it = deref(it)
		s := Suppression{Line: it.Line}
		var pathNode, ruleNode *yaml.Node
		field := func(name string, dst *string, node **yaml.Node) func(*yaml.Node) error {
			return func(v *yaml.Node) error {
				val, err := p.scalar(v, "suppress."+name)
				*dst = val
				if node != nil {
					*node = v
				}
				return err
			}
		}
		err := p.mapping(it, "suppress entry", map[string]func(*yaml.Node) error{
			"path":   field("path", &s.Path, &pathNode),
			"rule":   field("rule", &s.Rule, &ruleNode),
			"reason": field("reason", &s.Reason, nil),
			"text":   field("text", &s.Text, nil),
		})
		if err != nil {
			return err
		}
		if it.Kind != yaml.MappingNode {
			return p.errorf(it, "suppress: want an entry with path, rule and reason, got %s", kindName(it))
		}
		switch {
		case s.Path == "":
			return p.errorf(it, "suppress entry: path is missing (the file or a pattern such as complaints/*.md)")
		case s.Rule == "":
			return p.errorf(it, "suppress entry: rule is missing")
		case s.Reason == "":
			return p.errorf(it, "suppress entry for %s: reason is missing; say why the finding is accepted", s.Rule)
		}
		if err := p.rule(ruleNode, s.Rule); err != nil {
			return err
		}
		g, err := compileGlob(s.Path)
		if err != nil {
			return p.errorf(pathNode, "suppress.path: %v", err)
		}
		s.path = g
		*dst = append(*dst, s)
	}
	return nil
}
