package legal

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/pattern"
)

func TestLexiconsCompile(t *testing.T) {
	names := LexiconNames()
	if len(names) < 20 {
		t.Fatalf("only %d lexicons", len(names))
	}
	for _, n := range names {
		if Lex(n).Regexp() == nil {
			t.Errorf("%s: not compiled", n)
		}
	}
}

func TestParseLexiconsErrors(t *testing.T) {
	for _, bad := range []string{
		"pattern before section\n",
		"[a]\n(unclosed\n",
		"[a]\nx\n[a]\ny\n",
		"[empty]\n",
	} {
		if _, err := pattern.ParseLexicons(bad); err == nil {
			t.Errorf("ParseLexicons(%q) accepted bad input", bad)
		}
	}
}

func TestLexiconWordStartAndQuotes(t *testing.T) {
	l, err := pattern.ParseLexicons("[x]\nport\\b\n[y]\ndefendant's\\b\n")
	if err != nil {
		t.Fatal(err)
	}
	if l["x"].Match("support") {
		t.Error("a lexicon matched inside a word")
	}
	if !l["x"].Match("the port") {
		t.Error("a lexicon missed a whole word")
	}
	if !l["y"].Match("Defendant’s code") {
		t.Error("a straight apostrophe in a pattern did not match a curly one")
	}
}

func TestDates(t *testing.T) {
	has := []string{
		"Beginning no later than March 2012, Defendant copied the Module.",
		"On or about June 14, 2013, Defendant's engineers copied it.",
		"From 2006 through May 2014 (the Infringement Period)",
		"in Q2 2013", "during FY2013", "in the summer of 2012", "on 6/14/2013", "on 2013-06-14",
		"Sept. 3, 2013", "in the second quarter of 2013",
	}
	for _, s := range has {
		if !HasTime(s) {
			t.Errorf("HasTime(%q) = false", s)
		}
	}
	hasNot := []string{
		"Defendant copied LivePerson's source code.",
		"Defendant violated 17 U.S.C. § 1201.",
		"Plaintiff's damages exceed $2013.",
		"Reg. No. TX 7-654-321",
		"Defendant made 2000 copies.",
		"No. 2014 in the series",
		"1,999 customers",
	}
	for _, s := range hasNot {
		if HasTime(s) {
			t.Errorf("HasTime(%q) = true (%v)", s, Dates(s))
		}
	}
	d := Dates("Since March 4, 2012 and through 2014")
	if len(d) != 2 || d[0].Year != 2012 || d[1].Year != 2014 {
		t.Errorf("Dates: %+v", d)
	}
}

func TestMoney(t *testing.T) {
	cases := map[string]float64{
		"LP paid $48,200 to CyberFirm":     48200,
		"about $22k in credits":            22000,
		"costing LP about $2.3 million":    2.3e6,
		"five thousand dollars":            5000,
		"$8,500.50 restoring files":        8500.5,
		"$ 12,500 rotating credentials":    12500,
		"more than 10,000 dollars in fees": 10000,
	}
	for s, want := range cases {
		m := Money(s)
		if len(m) != 1 || m[0].Value != want {
			t.Errorf("Money(%q) = %+v, want %v", s, m, want)
		}
	}
	if len(Money("no amount here, only 2013 and § 1030")) != 0 {
		t.Error("found money where there is none")
	}
	if !IsJurisdictionalAmount("exceeds $75,000, exclusive of interest and costs") {
		t.Error("jurisdictional amount not recognised")
	}
}

func TestRecognize(t *testing.T) {
	cases := []struct {
		heading, body string
		want          Claim
	}{
		{"COPYRIGHT INFRINGEMENT", "", ClaimCopyright},
		{"VIOLATION OF THE DMCA, 17 U.S.C. § 1201", "", ClaimDMCA},
		{"CIRCUMVENTION OF TECHNOLOGICAL MEASURES", "17 U.S.C. § 1201(a)", ClaimDMCA},
		{"Removal of Copyright Management Information (17 U.S.C. § 1202)", "", ClaimDMCA1202},
		{"COMPUTER FRAUD AND ABUSE ACT", "", ClaimCFAA},
		{"FALSE ADVERTISING", "", ClaimLanhamFA},
		{"UNFAIR COMPETITION (15 U.S.C. § 1125(a))", "", ClaimLanhamFA},
		{"UNFAIR COMPETITION UNDER NEW YORK COMMON LAW", "", ClaimUnfairComp},
		{"MISAPPROPRIATION OF TRADE SECRETS", "", ClaimTradeSecret},
		{"BREACH OF THE 2007 SERVICES AGREEMENT", "", ClaimContract},
		{"TORTIOUS INTERFERENCE WITH CONTRACT", "", ClaimInterference},
		{"UNJUST ENRICHMENT", "", ClaimUnjustEnrichment},
		{"TRADEMARK INFRINGEMENT", "15 U.S.C. § 1114", ClaimLanhamA},
		{"CIVIL CONSPIRACY", "", ClaimOther},
		{"", "Defendant violated 18 U.S.C. § 1030(a)(2)(C).", ClaimCFAA},
	}
	for _, c := range cases {
		got := Recognize(c.heading, c.body)
		if got[0] != c.want {
			t.Errorf("Recognize(%q, %q) = %v, want %s first", c.heading, c.body, got, c.want)
		}
	}
	// Copyright management information is outside the DMCA § 1201 family.
	for _, c := range Recognize("Removal of Copyright Management Information (17 U.S.C. § 1202)", "") {
		if c == ClaimDMCA {
			t.Error("§ 1202 count recognised as § 1201")
		}
	}
	if !CitesNewYorkLaw("under the common law of the State of New York") || CitesNewYorkLaw("under California law") {
		t.Error("CitesNewYorkLaw")
	}
	if strings.Contains(Normalize("LP’s “code”"), "’") {
		t.Error("Normalize kept a curly quote")
	}
}

// TestBuiltInLexicons parses every built-in lexicon with its syntax
// checked, which the run-time reader skips for speed.
func TestBuiltInLexicons(t *testing.T) {
	checked, err := readLexicons(true)
	if err != nil {
		t.Fatal(err)
	}
	unchecked, err := readLexicons(false)
	if err != nil {
		t.Fatal(err)
	}
	if len(checked) != len(unchecked) || len(checked) < 100 {
		t.Fatalf("checked %d lexicons, unchecked %d", len(checked), len(unchecked))
	}
	for name, l := range checked {
		if unchecked[name].Regexp().String() != l.Regexp().String() {
			t.Errorf("%s: expressions differ", name)
		}
	}
}

// A lexicon line that opens with a character that is not a word character
// ("©", "§ 16600", "\(c\) \d{4}") matches after a space or a quotation
// mark; the word boundary before the other lines would never let it.
func TestLexiconLineOpeningWithSymbol(t *testing.T) {
	lex, err := pattern.ParseLexicons("[t]\nnotices?\\b\n©\n\\(c\\) \\d{4}\n§\\s*16600\\b\n")
	if err != nil {
		t.Fatal(err)
	}
	l := lex["t"]
	for _, s := range []string{`the mark "© 2015 RLX"`, "stamped (c) 2023 on it", "void under § 16600.", "a notice"} {
		if !l.Match(s) {
			t.Errorf("%q: no match", s)
		}
	}
	for _, s := range []string{"noticeable", "16600 units"} {
		if l.Match(s) {
			t.Errorf("%q: matched", s)
		}
	}
}
