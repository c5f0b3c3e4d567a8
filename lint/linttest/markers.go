// Package linttest reads test fixtures whose expected findings are marked
// in the file itself, the way go/analysis's analysistest marks "// want":
// a marker line of carets under the span, then %% and the rule id, with an
// optional quoted regular expression the message must match.
//
//  24. Defendant copied the Module into its products.
//     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ %% copyright-infringement-period-missing "never says when"
//
// Marker lines are stripped before linting, so the fixture lints exactly as
// the complaint it represents. A line "%% profile circuit=11 state=CA" sets
// the forum assumed when the fixture has no caption (tests assume the
// Second Circuit and New York otherwise); "%% profile none" assumes none,
// as the command line does. A line "%% flags circuit=9 state=CA" lints the
// fixture as --circuit 9 --state CA would.
package linttest

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Want is one expected finding.
type Want struct {
	Rule    string
	Line    int // 1-based line in the stripped text
	Col     int // 1-based code-point column of the first caret
	EndCol  int // column just past the last caret
	Message *regexp.Regexp
	// FixtureLine is where the marker sits in the fixture file, for
	// messages that point a developer at it.
	FixtureLine int
}

// Fixture is a parsed fixture.
type Fixture struct {
	Text  []byte // the complaint with marker lines removed
	Wants []Want
	// Circuit and State are the forum assumed when the caption names none.
	Circuit string
	State   string
	// NoDefault: assume no forum for an uncaptioned fixture.
	NoDefault bool
	// FlagCircuit and FlagState are --circuit and --state.
	FlagCircuit string
	FlagState   string
}

var (
	reMarker  = regexp.MustCompile(`^(\s*)(\^+)\s*%%\s*([a-z0-9-]+)(?:\s+"(.*)")?\s*$`)
	reProfile = regexp.MustCompile(`^%%\s*(profile|flags)\s+(.*)$`)
)

// Parse strips marker lines from src and returns the expectations.
func Parse(src []byte) (*Fixture, error) {
	lines := strings.SplitAfter(string(src), "\n")
	fx := &Fixture{}
	var out strings.Builder
	outLine := 0 // lines written so far
	for i, l := range lines {
		trimmed := strings.TrimRight(l, "\r\n")
		if m := reProfile.FindStringSubmatch(trimmed); m != nil {
			flags := m[1] == "flags"
			for _, kv := range strings.Fields(m[2]) {
				k, v, _ := strings.Cut(kv, "=")
				switch {
				case k == "none" && !flags:
					fx.NoDefault = true
				case k == "circuit" && flags:
					fx.FlagCircuit = v
				case k == "state" && flags:
					fx.FlagState = v
				case k == "circuit":
					fx.Circuit = v
				case k == "state":
					fx.State = v
				default:
					return nil, fmt.Errorf("line %d: unknown profile key %q", i+1, k)
				}
			}
			continue
		}
		if m := reMarker.FindStringSubmatch(trimmed); m != nil {
			if outLine == 0 {
				return nil, fmt.Errorf("line %d: marker before any text", i+1)
			}
			col := utf8.RuneCountInString(m[1]) + 1
			w := Want{Rule: m[3], Line: outLine, Col: col, EndCol: col + len(m[2]), FixtureLine: i + 1}
			if m[4] != "" {
				re, err := regexp.Compile(m[4])
				if err != nil {
					return nil, fmt.Errorf("line %d: bad message pattern: %w", i+1, err)
				}
				w.Message = re
			}
			fx.Wants = append(fx.Wants, w)
			continue
		}
		out.WriteString(l)
		outLine++
	}
	fx.Text = []byte(out.String())
	return fx, nil
}

// Got is a finding reduced to what a marker asserts.
type Got struct {
	Rule       string
	Line, Col  int
	EndLine    int
	EndCol     int
	LineEndCol int // the column just past the last character of Line
	Message    string
}

// Match compares findings with wants and returns a human-readable list of
// differences (empty when they agree). rules limits which findings are
// compared: the fixture's own rule plus any rule a marker names.
func Match(fx *Fixture, got []Got, rules map[string]bool) []string {
	for _, w := range fx.Wants {
		rules[w.Rule] = true
	}
	var diffs []string
	used := make([]bool, len(got))
	for _, w := range fx.Wants {
		found := false
		for i, g := range got {
			if used[i] || g.Rule != w.Rule || g.Line != w.Line || g.Col != w.Col {
				continue
			}
			wantEnd := w.EndCol
			gotEnd := g.EndCol
			if g.EndLine != g.Line {
				gotEnd = g.LineEndCol
			}
			if gotEnd != wantEnd {
				diffs = append(diffs, fmt.Sprintf("line %d: %s: span ends at column %d, want %d (marker at fixture line %d)", w.Line, w.Rule, gotEnd, wantEnd, w.FixtureLine))
			}
			if w.Message != nil && !w.Message.MatchString(g.Message) {
				diffs = append(diffs, fmt.Sprintf("line %d: %s: message %q does not match %q", w.Line, w.Rule, g.Message, w.Message))
			}
			used[i] = true
			found = true
			break
		}
		if !found {
			diffs = append(diffs, fmt.Sprintf("line %d:%d: want %s, got none there (marker at fixture line %d)", w.Line, w.Col, w.Rule, w.FixtureLine))
		}
	}
	for i, g := range got {
		if !used[i] && rules[g.Rule] {
			diffs = append(diffs, fmt.Sprintf("line %d:%d: unexpected %s: %s", g.Line, g.Col, g.Rule, g.Message))
		}
	}
	return diffs
}
