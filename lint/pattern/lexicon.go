package pattern

import (
	"bufio"
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
)

// Lexicon is one named cue list compiled to a single case-insensitive
// alternation. Each line of its section in lexicon.txt is one RE2 fragment.
type Lexicon struct {
	Name     string
	Patterns []string

	// The alternation is compiled on first use: a run that lints no DMCA
	// count never pays for the DMCA lexicons, and a one-line file starts
	// in milliseconds.
	expr string
	raw  bool
	// free marks lines that open with a character that is not a word
	// character ("©", "§ 16600", "\(c\) \d{4}"): the word boundary put before
	// every other line could never match before them after a space, so
	// they go without it.
	free []bool
	once sync.Once
	re   *Pattern
	// branches are the lines as patterns of their own, each with its own
	// anchors. On the text of an indexed document a question is answered
	// branch by branch: at a place where only "trade secret" can begin,
	// only that line's small expression runs, instead of the whole list's
	// automaton, and lines that never occur are never compiled. nil when
	// some line has no anchors, so that only the whole list can answer.
	branches []*Pattern
	// splittable: every line has anchors; worked out once, not per question.
	splitOnce  sync.Once
	splittable bool
	// lines finds the anchors of every line that has them in one pass over
	// text that no index covers; rest is the alternation of the lines
	// without anchors (nil when every line has them).
	linesOnce sync.Once
	lines     *anchorSet
	rest      *Pattern
}

func (l *Lexicon) pattern() *Pattern {
	l.once.Do(func() {
		l.re = MustPattern(l.expr)
		head := `(?i)\b(?:`
		if l.raw {
			head = `(?i)(?:`
		}
		branches := make([]*Pattern, len(l.Patterns))
		for i, line := range l.Patterns {
			h := head
			if l.lineFree(i) {
				h = `(?i)(?:`
			}
			branches[i] = MustPattern(h + line + ")")
		}
		l.branches = branches
	})
	return l.re
}

// split returns the branches when t is indexed text and every branch has
// anchors, or nil when the whole alternation must answer.
func (l *Lexicon) split(t Text) []*Pattern {
	l.pattern()
	l.splitOnce.Do(func() {
		l.splittable = true
		for _, b := range l.branches {
			if b.get().anchors == nil {
				l.splittable = false
			}
		}
	})
	if !l.splittable {
		return nil
	}
	if t.ix == nil || len(t.s) == 0 {
		return nil
	}
	return l.branches
}

// Match reports whether any pattern occurs in s: whether some line matches
// somewhere, which is what the alternation answers.
func (l *Lexicon) Match(s string) bool { return l.MatchText(Plain(s)) }

// MatchText is Match of t.
func (l *Lexicon) MatchText(t Text) bool {
	l.pattern()
	if len(t.s) < memoMinLen {
		return l.matchLines(t)
	}
	r := memoFor(l.re, t)
	if v, ok := r.getMatch(); ok {
		return v
	}
	v := l.matchLines(t)
	r.putMatch(v)
	return v
}

// prepareLines builds lines and rest on first use.
func (l *Lexicon) prepareLines() {
	l.pattern()
	l.linesOnce.Do(func() {
		// The anchors are counted first, so that the list is made once at
		// its size.
		n := 0
		for _, b := range l.branches {
			n += len(b.get().anchors)
		}
		tagged := make([]taggedAnchor, 0, n)
		var rest []string
		var restFree []bool
		for i, b := range l.branches {
			c := b.get()
			if c.anchors == nil {
				rest = append(rest, l.Patterns[i])
				restFree = append(restFree, l.lineFree(i))
				continue
			}
			for _, a := range c.anchors {
				tagged = append(tagged, taggedAnchor{text: a, tag: int32(i), wordStart: c.wordStart})
			}
		}
		l.lines = newAnchorSet(tagged)
		if len(rest) > 0 {
			l.rest = MustPattern(alternation(rest, l.raw, restFree))
		}
	})
}

// matchLines reports whether some line matches somewhere in s: on indexed
// text each line with anchors answers from its candidates; on other text
// one pass finds every such line's candidates. The lines without anchors
// answer together, as one alternation, last.
func (l *Lexicon) matchLines(t Text) bool {
	l.prepareLines()
	s := t.s
	if t.ix != nil && len(s) > 0 {
		for _, b := range l.branches {
			if c := b.get(); c.anchors != nil && c.matchString(t) {
				return true
			}
		}
	} else {
		found, space := false, -1
		l.lines.scanUntil(s, func(at, line int) bool {
			found = l.branches[line].get().tryMatch(s, at, &space)
			return found
		})
		if found {
			return true
		}
	}
	return l.rest != nil && l.rest.get().matchString(t)
}

// MatchingLines counts the lines of the lexicon that match somewhere in s,
// as asking each line's own expression would. On text that no index
// covers, one pass over s finds every line's candidate places at once,
// instead of one pass per line.
func (l *Lexicon) MatchingLines(s string) int { return l.MatchingLinesText(Plain(s)) }

// MatchingLinesText is MatchingLines of t.
func (l *Lexicon) MatchingLinesText(t Text) int {
	l.prepareLines()
	s := t.s
	if t.ix != nil && len(s) > 0 || l.rest != nil {
		// A line's answer about a long span (a count's body) is not
		// remembered: the memo would hash the whole span once per line,
		// which cost more than the line's question.
		ask := (*Pattern).MatchText
		if len(s) > memoMaxLen {
			ask = func(b *Pattern, t Text) bool { return b.get().matchString(t) }
		}
		n := 0
		for _, b := range l.branches {
			if ask(b, t) {
				n++
			}
		}
		return n
	}
	matched := make([]bool, len(l.branches))
	n, space := 0, -1
	l.lines.scan(s, func(at, line int) {
		if !matched[line] && l.branches[line].get().tryMatch(s, at, &space) {
			matched[line] = true
			n++
		}
	})
	return n
}

// Find returns the byte range of the leftmost match in s, or nil.
func (l *Lexicon) Find(s string) []int { return l.FindText(Plain(s)) }

// FindText is Find of t.
func (l *Lexicon) FindText(t Text) []int {
	if all := l.FindAllText(t); len(all) > 0 {
		return all[0]
	}
	return nil
}

// FindAll returns every non-overlapping match in s, as the alternation
// finds them: leftmost first and, where several lines match at the same
// place, the earliest line.
func (l *Lexicon) FindAll(s string) [][]int { return l.FindAllText(Plain(s)) }

// FindAllText is FindAll of t.
func (l *Lexicon) FindAllText(t Text) [][]int {
	s := t.s
	branches := l.split(t)
	if branches == nil && !l.splittable {
		return l.pattern().FindAllTextIndex(t, -1)
	}
	var r memoRef
	if len(s) >= memoMinLen {
		r = memoFor(l.re, t)
		if v, ok := r.getLexFind(); ok {
			return copyMatches(v)
		}
	}
	var v [][]int
	if branches != nil {
		v = findBranches(branches, t)
	} else {
		// Text no index covers (a rule's own derived text): one pass
		// finds every line's candidate places, instead of running the
		// whole list's automaton over every byte.
		v = l.findLines(s)
	}
	if len(s) >= memoMinLen {
		r.putLexFind(v)
	}
	return copyMatches(v)
}

// findLines is findBranches on text that no index covers: the places come
// from one pass of the lines' anchor set, which reports them by increasing
// position and, at one position, by line. Called only when every line has
// anchors.
func (l *Lexicon) findLines(s string) [][]int {
	l.prepareLines()
	var out [][]int
	end, space, lastAt := 0, -1, -1
	l.lines.scan(s, func(at, line int) {
		// A match found at this place ends the search here; the other
		// lines that could begin here rank lower.
		if at < end || at == lastAt {
			return
		}
		m := l.branches[line].get().try(s, at, &space, false)
		if m == nil {
			return
		}
		out = append(out, m)
		lastAt = at
		end = m[1]
		if m[1] == m[0] {
			end++
		}
	})
	return out
}

// Regexp exposes the whole alternation for callers that need submatches.
func (l *Lexicon) Regexp() *Pattern { return l.pattern() }

// findBranches is FindAll of the alternation of branches, from each
// branch's candidate places.
func findBranches(branches []*Pattern, t Text) [][]int {
	s := t.s
	type cand struct {
		at, branch int
		end        int // the match's end when tokens found it; -1: try
	}
	var cands []cand
	for bi, b := range branches {
		c := b.get()
		// A branch the token pass answers gives every place where a try
		// of it would match, and the match's end.
		if at, ends, ok := c.tokenTries(t); ok {
			for k := range at {
				cands = append(cands, cand{at[k], bi, ends[k]})
			}
			continue
		}
		for _, at := range c.starts(t) {
			cands = append(cands, cand{at, bi, -1})
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.at != b.at {
			return a.at - b.at
		}
		return a.branch - b.branch
	})
	var out [][]int
	end, space := 0, t.spaceHint()
	for i := 0; i < len(cands); i++ {
		c := cands[i]
		if c.at < end {
			continue
		}
		var m []int
		if c.end >= 0 {
			m = []int{c.at, c.end}
		} else if m = branches[c.branch].get().try(s, c.at, &space, false); m == nil {
			continue
		}
		out = append(out, m)
		end = m[1]
		if m[1] == m[0] {
			end++
		}
		// The other lines that could begin here rank lower.
		for i+1 < len(cands) && cands[i+1].at == c.at {
			i++
		}
	}
	return out
}

// ParseLexicons reads the lexicon file format: "[name]" or "[name raw]"
// opens a section, each following non-blank line not starting with "#" is a
// pattern fragment. Sections are wrapped in (?i) and, unless marked raw, a
// leading \b so that "port" never matches inside "support".
func ParseLexicons(data string) (map[string]*Lexicon, error) {
	return parseLexicons(data, true)
}

// parseLexicons is ParseLexicons; with check false it leaves the syntax of
// each fragment to the first compile. The lexicons built into the binary
// are read that way, since parsing them all costs more than the rest of a
// short run; TestBuiltInLexicons checks them with check true.
func parseLexicons(data string, check bool) (map[string]*Lexicon, error) {
	out := map[string]*Lexicon{}
	var cur *Lexicon
	raw := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
			fields := strings.Fields(t[1 : len(t)-1])
			if len(fields) == 0 {
				return nil, fmt.Errorf("lexicon line %d: empty section name", line)
			}
			if _, dup := out[fields[0]]; dup {
				return nil, fmt.Errorf("lexicon line %d: section %q defined twice", line, fields[0])
			}
			cur = &Lexicon{Name: fields[0], raw: len(fields) > 1 && fields[1] == "raw"}
			out[cur.Name] = cur
			raw[cur.Name] = cur.raw
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("lexicon line %d: pattern outside a section", line)
		}
		if check {
			if _, err := syntax.Parse(t, syntax.Perl); err != nil {
				return nil, fmt.Errorf("lexicon line %d (%s): %w", line, cur.Name, err)
			}
			// QuoteTolerant turns a quote into a class of its forms, which
			// inside another class ("['’]s") nests and silently changes the
			// pattern: write the straight quote alone ("'s").
			if m := reQuoteInClass.Regexp().FindString(t); m != "" {
				return nil, fmt.Errorf("lexicon line %d (%s): quote inside a character class %q; write the straight quote outside a class", line, cur.Name, m)
			}
		}
		cur.Patterns = append(cur.Patterns, SpaceTolerant(QuoteTolerant(t)))
	}
	for name, l := range out {
		if len(l.Patterns) == 0 {
			return nil, fmt.Errorf("lexicon %q has no patterns", name)
		}
		if !raw[name] {
			l.free = make([]bool, len(l.Patterns))
			for i, p := range l.Patterns {
				l.free[i] = !opensWithWord(p)
			}
		}
		expr := alternation(l.Patterns, raw[name], l.free)
		if check {
			if _, err := syntax.Parse(expr, syntax.Perl); err != nil {
				return nil, fmt.Errorf("lexicon %q: %w", name, err)
			}
		}
		l.expr = expr
	}
	return out, nil
}

// reQuoteInClass finds a character class that holds a quote mark. Only
// the package tests check the files (ParseLexicons), so a run never compiles
// it.
var reQuoteInClass = lazyregexp.New(`\[[^\]]*['"‘’“”][^\]]*\]`)

// QuoteTolerant rewrites a pattern so that a straight apostrophe or double
// quote also matches its curly forms: drafts mix "Defendant's" and
// "Defendant’s", and folding the text itself would move byte offsets.
// Patterns must not put quotes inside character classes.
func QuoteTolerant(pattern string) string {
	pattern = strings.ReplaceAll(pattern, "'", "['\u2018\u2019]")
	return strings.ReplaceAll(pattern, `"`, "[\"\u201c\u201d]")
}

// SpaceTolerant rewrites a pattern so that a space matches any run of white
// space: complaints wrap lines inside phrases ("statutory\ndamages",
// "security\n   measures"), and the analysis text keeps those line breaks
// so that offsets stay exact. Inside a character class a space becomes \s.
func SpaceTolerant(pattern string) string {
	var b strings.Builder
	inClass, escaped := false, false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case escaped:
			escaped = false
			b.WriteByte(c)
		case c == '\\':
			escaped = true
			b.WriteByte(c)
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
		case c == ']' && inClass:
			inClass = false
			b.WriteByte(c)
		case c == ' ' && inClass:
			b.WriteString(`\s`)
		case c == ' ':
			// A run of spaces is one gap; a space made optional by "?"
			// or "*" ("user ?name") may be absent.
			j := i
			for j+1 < len(pattern) && pattern[j+1] == ' ' {
				j++
			}
			if j+1 < len(pattern) && (pattern[j+1] == '?' || pattern[j+1] == '*') {
				b.WriteString(`\s*`)
				j++
			} else {
				b.WriteString(`\s+`)
			}
			i = j
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// MustCompile compiles a pattern made quote- and space-tolerant, with a
// literal pre-filter, for cue patterns that live in code rather than in the
// lexicon files.
func MustCompile(pattern string) *Pattern {
	return MustPattern(SpaceTolerant(QuoteTolerant(pattern)))
}

// lineFree reports whether line i of a bounded lexicon goes without the
// leading word boundary.
func (l *Lexicon) lineFree(i int) bool { return !l.raw && i < len(l.free) && l.free[i] }

// alternation joins lexicon lines into one case-insensitive pattern: raw
// lines as written; the others after a word boundary, except those marked
// free, which open with a character no word boundary can precede after a
// space ("©").
func alternation(lines []string, raw bool, free []bool) string {
	if raw {
		return "(?i)(?:" + strings.Join(lines, "|") + ")"
	}
	var bounded, open []string
	for i, line := range lines {
		if i < len(free) && free[i] {
			open = append(open, line)
		} else {
			bounded = append(bounded, line)
		}
	}
	if len(open) == 0 {
		return `(?i)\b(?:` + strings.Join(bounded, "|") + ")"
	}
	if len(bounded) == 0 {
		return "(?i)(?:" + strings.Join(open, "|") + ")"
	}
	return `(?i)(?:\b(?:` + strings.Join(bounded, "|") + ")|" + strings.Join(open, "|") + ")"
}

// opensWithWord reports whether a lexicon line's first character is a word
// character, or an escape or group that may stand for one; only a line
// that opens with a literal non-word character ("©", "§", "\(c\)", "\$")
// does not.
func opensWithWord(line string) bool {
	if line == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line)
	switch {
	case r == '\\':
		if len(line) < 2 {
			return true
		}
		// \w, \d, \b, \s... stand for classes; an escaped punctuation mark
		// is a literal non-word character.
		c := line[1]
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	case r == '(' || r == '[' || r == '.':
		return true
	case r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
		return true
	}
	return false
}
