package progmatch

import (
	"math/rand"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// mustMatcher compiles expr, packs its program into the Matcher's form
// (its classes shared with every program packed before), checks that it
// unpacks to the same program, and returns a matcher of the packed one.
func mustMatcher(t testing.TB, expr string) *Matcher {
	t.Helper()
	prog, n, err := Compile(expr)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Flatten(prog, n, &sharedClasses)
	if err != nil {
		t.Fatalf("%q: %v", expr, err)
	}
	if err := Check(&p); err != nil {
		t.Fatalf("%q: %v", expr, err)
	}
	if err := SameProg(Syntax(&p), prog); err != nil || p.NumSubexp != n {
		t.Fatalf("%q: program changed in its packing (%v, %d subexpressions for %d)", expr, err, p.NumSubexp, n)
	}
	return New(p, Literal(expr), 0)
}

// sharedClasses holds the classes of every program the tests pack, as a
// generated table's programs share theirs.
var sharedClasses Classes

// Compare checks every method against regexp on s; it is exported to the
// tests only through this file.
func compare(t testing.TB, m *Matcher, re *regexp.Regexp, s string) {
	t.Helper()
	if got, want := m.MatchString(s), re.MatchString(s); got != want {
		t.Fatalf("%q on %q: MatchString %v, regexp %v", re, s, got, want)
	}
	if got, want := m.FindStringIndex(s), re.FindStringIndex(s); !slices.Equal(got, want) {
		t.Fatalf("%q on %q: FindStringIndex %v, regexp %v", re, s, got, want)
	}
	if got, want := m.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("%q on %q: FindStringSubmatchIndex %v, regexp %v", re, s, got, want)
	}
	for _, n := range []int{-1, 0, 1, 2} {
		got, want := m.FindAllStringSubmatchIndex(s, n), re.FindAllStringSubmatchIndex(s, n)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%q on %q: FindAllStringSubmatchIndex(%d) %v, regexp %v", re, s, n, got, want)
		}
	}
}

func TestCases(t *testing.T) {
	cases := []struct {
		expr  string
		texts []string
	}{
		{`\bcat\b`, []string{"cat", "a cat.", "concat", "cats", "_cat", "écat", "cat_", ""}},
		{`\Bat\B`, []string{"cats", "at", "bat"}},
		{`^ab$`, []string{"ab", "ab\n", "\nab", "xab"}},
		{`(?m)^ab$`, []string{"ab", "x\nab\ny", "ab\n", "\nab", "xab", "ab\r\n"}},
		{`(?m)$`, []string{"", "a\n", "ab"}},
		{`\Aa|b\z`, []string{"ab", "ba", "a\nb"}},
		{`(?i)k`, []string{"K", "k", "\u212a", "x\u212ay"}},
		{`(?i)\x{212a}`, []string{"K", "k", "\u212a"}},
		{`(?i)s+`, []string{"ſ", "Sſs", "xſx"}},
		{`(?i)[a-z]+`, []string{"ſK\u212a", "123"}},
		{`(?i)straße`, []string{"STRASSE", "Straße", "STRAẞE"}},
		{`a*`, []string{"", "b", "aab", "baa"}},
		{`a*?`, []string{"", "aaa"}},
		{`(a*)+`, []string{"", "b", "aab"}},
		{`(a|ab)(c|bcd)(d*)`, []string{"abcd", "abc", "acd"}},
		{`a|ab`, []string{"ab", "b"}},
		{`ab|a`, []string{"ab", "a"}},
		{`((a)|(b))+`, []string{"ab", "ba", "aab"}},
		{`(a(b(c)?)?)?d`, []string{"abcd", "abd", "ad", "d", "xd"}},
		{`a.*?b`, []string{"axxbxxb", "ab", "a\nb"}},
		{`a.*b`, []string{"axxbxxb", "a\nb"}},
		{`(?s)a.*b`, []string{"a\nb"}},
		{`a{2,3}?`, []string{"aaaa"}},
		{`x(){0}y`, []string{"xy"}},
		{`(x)?(y)?z`, []string{"z", "yz", "xz"}},
		{`.`, []string{"\xff", "\xe2\x80", "é", ""}},
		{`\xff|\x{fffd}`, []string{"\xff", "\ufffd"}},
		{`[^a]`, []string{"\xff", "a", "\n"}},
		{`é+`, []string{"éé", "\xc3", "e"}},
		{`^(?s:.)(?:\bword)`, []string{" word", "aword", "\xffword", "éword"}},
		{`^(?:\d+)`, []string{"123a", "a123"}},
		{`$^`, []string{"", "a"}},
		{`a^b`, []string{"ab", "a^b"}},
		{`(?U)a+`, []string{"aaa"}},
		{`a*|b`, []string{"abaab", "bb", ""}},
		{`\b`, []string{"ab cd", ""}},
		{`(?m)^`, []string{"a\nb\n"}},
		{`x*`, []string{"\xffé\xe2\x80x"}},
		{`[[:^alpha:]]+`, []string{"ab12cd"}},
		{`\pL+\PL`, []string{"héllo!", "日本語。"}},
	}
	for _, c := range cases {
		m := mustMatcher(t, c.expr)
		re := regexp.MustCompile(c.expr)
		for _, s := range c.texts {
			compare(t, m, re, s)
		}
	}
}

func TestRandom(t *testing.T) {
	exprs := []string{`(a|ab)*c`, `(?i)(k|s)+\b`, `\b(a+|b)+?(c)?`, `(?m)^(a|b)*$`, `a{1,3}b?a`, `[ab]*?(b)`}
	alphabet := []string{"a", "b", "c", " ", "\n", "K", "ſ", "\u212a", "\xff", "é"}
	r := rand.New(rand.NewSource(1))
	for _, e := range exprs {
		m := mustMatcher(t, e)
		re := regexp.MustCompile(e)
		for range 2000 {
			var b strings.Builder
			for range r.Intn(12) {
				b.WriteString(alphabet[r.Intn(len(alphabet))])
			}
			compare(t, m, re, b.String())
		}
	}
}

func TestFallback(t *testing.T) {
	m := mustMatcher(t, `a+b`)
	re := regexp.MustCompile(`a+b`)
	old := MaxVisitBits
	MaxVisitBits = 64
	defer func() { MaxVisitBits = old }()
	before := Fallbacks()
	compare(t, m, re, strings.Repeat("a", 100)+"b")
	if Fallbacks() == before {
		t.Fatal("a text past the cap was not handed to regexp")
	}
}

func TestCheckRejectsMalformed(t *testing.T) {
	prog, n, _ := Compile(`(a|b)+c`)
	var classes Classes
	good, err := Flatten(prog, n, &classes)
	if err != nil || Check(&good) != nil {
		t.Fatalf("a compiled program failed: %v, %v", err, Check(&good))
	}
	bad := []func(p *Prog){
		func(p *Prog) { p.Start = len(p.Inst) },
		func(p *Prog) { p.Inst = p.Inst[:len(p.Inst)-1] }, // an Out past the end
		func(p *Prog) { p.Classes = nil },
		func(p *Prog) { p.Inst[0] = Inst(15, 0, 0) },
	}
	for pc, w := range good.Inst {
		switch instOp(w) {
		case syntax.InstAlt:
			bad = append(bad, func(p *Prog) { p.Inst[pc] = Inst(syntax.InstAlt, instOut(w), uint32(len(p.Inst))) })
		case syntax.InstRune1, syntax.InstRune:
			bad = append(bad, func(p *Prog) { p.Inst[pc] = Inst(instOp(w), instOut(w), uint32(len(p.Classes))) })
			// A class of another op.
			bad = append(bad, func(p *Prog) { p.Inst[pc] = Inst(syntax.InstRuneAny, instOut(w), instArg(w)) })
		}
	}
	for i, spoil := range bad {
		p := good
		p.Inst = slices.Clone(good.Inst)
		spoil(&p)
		if Check(&p) == nil {
			t.Errorf("malformed program %d passed", i)
		}
	}
}

func TestFlattenRefusesTooLong(t *testing.T) {
	prog, n, err := Compile(`(?:abcdefghij){1000}(?:klmnopqrst){1000}`)
	if err != nil {
		t.Fatal(err)
	}
	if len(prog.Inst) <= MaxInst {
		t.Skipf("only %d instructions", len(prog.Inst))
	}
	var classes Classes
	if _, err := Flatten(prog, n, &classes); err == nil {
		t.Fatal("a program longer than the form holds was packed")
	}
}

func FuzzMatcher(f *testing.F) {
	f.Add(`(a|ab)(c|bcd)(d*)`, "abcd")
	f.Add(`(?i)\bſk\b`, "SK \u212a")
	f.Add(`(?m)^a*?$`, "a\naa\n")
	f.Fuzz(func(t *testing.T, expr, s string) {
		re, err := regexp.Compile(expr)
		if err != nil || len(expr) > 100 {
			return
		}
		compare(t, mustMatcher(t, expr), re, s)
	})
}
