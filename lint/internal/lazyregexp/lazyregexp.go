// Package lazyregexp is a regular expression compiled on first use, for
// package-level patterns. Go runs every linked package's initialisation
// before main, so a pattern compiled into a package variable costs every
// run, including a one-line file, --version and a pre-commit hook on a
// small draft, whether or not the run ever asks it anything.
package lazyregexp

import (
	"regexp"
	"sync"
	"sync/atomic"
)

// Regexp is a regular expression compiled the first time it is used; its
// methods are those of *regexp.Regexp that the packages use.
type Regexp struct {
	expr string
	once sync.Once
	rx   *regexp.Regexp
}

// compiled counts the expressions compiled so far, for tests that check a
// short run leaves a package's patterns alone.
var compiled atomic.Int64

// Compiled reports how many Regexps have been compiled in this process.
func Compiled() int64 { return compiled.Load() }

// New returns expr, to be compiled on first use. An invalid expression
// panics then, as regexp.MustCompile would at start-up; the packages' tests
// use every pattern they declare, or call Compile.
func New(expr string) *Regexp { return &Regexp{expr: expr} }

// Regexp returns the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp {
	r.once.Do(func() {
		r.rx = regexp.MustCompile(r.expr)
		compiled.Add(1)
	})
	return r.rx
}

// String returns the source text of the expression.
func (r *Regexp) String() string { return r.expr }

// Match is (*regexp.Regexp).Match.
func (r *Regexp) Match(b []byte) bool { return r.Regexp().Match(b) }

// MatchString is (*regexp.Regexp).MatchString.
func (r *Regexp) MatchString(s string) bool { return r.Regexp().MatchString(s) }

// FindStringIndex is (*regexp.Regexp).FindStringIndex.
func (r *Regexp) FindStringIndex(s string) []int { return r.Regexp().FindStringIndex(s) }

// FindStringSubmatch is (*regexp.Regexp).FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.Regexp().FindStringSubmatch(s) }

// FindStringSubmatchIndex is (*regexp.Regexp).FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.Regexp().FindStringSubmatchIndex(s)
}

// FindSubmatchIndex is (*regexp.Regexp).FindSubmatchIndex.
func (r *Regexp) FindSubmatchIndex(b []byte) []int { return r.Regexp().FindSubmatchIndex(b) }

// FindAllIndex is (*regexp.Regexp).FindAllIndex.
func (r *Regexp) FindAllIndex(b []byte, n int) [][]int { return r.Regexp().FindAllIndex(b, n) }

// FindAllStringIndex is (*regexp.Regexp).FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.Regexp().FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is (*regexp.Regexp).FindAllStringSubmatch.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.Regexp().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is (*regexp.Regexp).FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.Regexp().FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is (*regexp.Regexp).ReplaceAllString.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.Regexp().ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is (*regexp.Regexp).ReplaceAllStringFunc.
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.Regexp().ReplaceAllStringFunc(src, repl)
}
