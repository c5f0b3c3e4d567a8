package checks

import (
	"fmt"
	"os"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/legal"
)

func TestZZAccused(t *testing.T) {
	path := os.Getenv("ZZ")
	raw, _ := os.ReadFile(path)
	src, _ := input.Read(path, raw, "")
	d := document.Build(src)
	pt := partiesOf(d)
	fmt.Printf("parties %+v\n", pt)
	for ci := range d.Counts {
		if !d.Counts[ci].Has(legal.ClaimCopyright) {
			continue
		}
		p := &lint.Pass{Check: CopyrightAccusedActsUnspecified, Doc: d, CountIndex: ci}
		ix := newAccusedIndex(p)
		fmt.Printf("terms %q names %q plaintiff %q\n", ix.terms, ix.names, ix.plaintiff)
		for _, s := range p.Scope() {
			if ix.accusedRef(p, s) {
				fmt.Printf("REF: %q\n", s.Text)
			}
		}
	}
}

func TestZZTiming(t *testing.T) {
	path := os.Getenv("ZZ")
	raw, _ := os.ReadFile(path)
	src, _ := input.Read(path, raw, "")
	d := document.Build(src)
	pt := partiesOf(d)
	var counts []int
	for ci := range d.Counts {
		if d.Counts[ci].Has(legal.ClaimCopyright) {
			counts = append(counts, ci)
		}
	}
	p := &lint.Pass{Check: CopyrightRegistrationTimingRemedies, Doc: d, CountIndex: -1}
	st := earliestAct(p, counts, pt)
	if st != nil {
		fmt.Printf("start %v %q\n", st.when, st.s.Text)
	}
	for _, r := range registrationDates(d) {
		fmt.Printf("reg %v %q\n", r.when, r.s.Text)
	}
}

func TestZZFindings(t *testing.T) {
	path := os.Getenv("ZZ")
	raw, _ := os.ReadFile(path)
	src, _ := input.Read(path, raw, "")
	d := document.Build(src)
	fs, _ := lint.Run(d, All, lint.Options{Profile: lint.DefaultProfile})
	for _, f := range fs {
		pos := d.Lines.Position(f.Span.Start)
		fmt.Printf("%d:%d %s %s [%s] %q\n", pos.Line, pos.Column, f.Severity, f.Rule, f.Count, d.Slice(f.Span))
		for _, r := range f.Related {
			rp := d.Lines.Position(r.Span.Start)
			fmt.Printf("    related %d:%d %s %q\n", rp.Line, rp.Column, r.Message, d.Slice(r.Span))
		}
	}
}

func TestZZPeriod(t *testing.T) {
	path := os.Getenv("ZZ")
	raw, _ := os.ReadFile(path)
	src, _ := input.Read(path, raw, "")
	d := document.Build(src)
	pt := partiesOf(d)
	fmt.Printf("parties %+v\n", pt)
	for ci := range d.Counts {
		if !d.Counts[ci].Has(legal.ClaimCopyright) {
			continue
		}
		p := &lint.Pass{Check: CopyrightInfringementPeriodMissing, Doc: d, CountIndex: ci}
		scope := p.Scope()
		for _, s := range scope {
			if !isAct(s.Text) || !mentionsDefendant(pt.defendant, s.Text) || isIncorporation(p, s) {
				continue
			}
			fmt.Printf("ACT %q\n  dates=%v defs=%v para=%v anaph=%v rel=%v\n", s.Text, actDates(s.Text), defsDateAct(p, s, pt), paragraphDatesAct(d, pt, s), anaphoricDate(d, s), relativeAnchorResolves(scope, pt, s))
		}
	}
}

func TestZZCalled(t *testing.T) {
	s := `Defendant Grindworks Software LLC ("Grindworks") has sold a bot called "AutoGrind" since
June 2019.`
	fmt.Println(reCalledName.String())
	fmt.Println(reCalledName.FindAllStringSubmatch(s, -1))
	pt := partyTerms{defendant: []string{"Grindworks"}}
	m := reCalledName.FindStringIndex(s)
	fmt.Println(actorBefore(pt, s, m[0]))
}

func TestZZCirc(t *testing.T) {
	path := os.Getenv("ZZ")
	raw, _ := os.ReadFile(path)
	src, _ := input.Read(path, raw, "")
	d := document.Build(src)
	pt := partiesOf(d)
	for i := range d.Sentences {
		s := &d.Sentences[i]
		tx := blankStatute(s.Text)
		var circs []string
		for _, l := range verbMatches(legal.Lex("circumvent"), tx, pt) {
			circs = append(circs, fmt.Sprintf("%s(actor %d)", tx[l[0]:l[1]], actorBefore(pt, tx, l[0])))
		}
		fmt.Printf("%d measure=%v circ=%v\n", i, measureNamed(tx, pt), circs)
	}
}
