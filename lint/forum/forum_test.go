package forum

import (
	"slices"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

func build(text string) *document.Document {
	return document.Build(document.PlainSource("t.txt", []byte(text)))
}

const body = "\n\nPlaintiff,\n    v.\nDefendant.\n\nCOMPLAINT\n\nFACTS\n\n1. A fact.\n\nCOUNT I\nBREACH OF CONTRACT\n\n2. Defendant breached the Agreement.\n"

// TestDistrictTable: all 94 districts, per circuit as RULES-FORUM.md §F1.5
// counts them, each with a unique key.
func TestDistrictTable(t *testing.T) {
	want := map[string]int{"dc": 1, "1": 5, "2": 6, "3": 6, "4": 9, "5": 9, "6": 9, "7": 7, "8": 10, "9": 15, "10": 8, "11": 9}
	got := map[string]int{}
	seen := map[string]bool{}
	for _, d := range Districts {
		got[d.Circuit]++
		if seen[d.ID] {
			t.Errorf("duplicate key %s", d.ID)
		}
		seen[d.ID] = true
		if DistrictByID(d.Abbrev) != &Districts[indexOf(d.ID)] {
			t.Errorf("%s: not found by its abbreviation", d.Abbrev)
		}
	}
	if len(Districts) != 94 {
		t.Errorf("%d districts, want 94", len(Districts))
	}
	for c, n := range want {
		if got[c] != n {
			t.Errorf("circuit %s: %d districts, want %d", c, got[c], n)
		}
	}
}

func indexOf(id string) int {
	for i, d := range Districts {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// TestEveryDistrictCaption: each district's caption phrase, under the
// usual court line, is read as that district.
func TestEveryDistrictCaption(t *testing.T) {
	for _, d := range Districts {
		court := "UNITED STATES DISTRICT COURT\nFOR THE " + d.Phrase
		if d.ID == "dnmari" {
			court = "IN THE DISTRICT COURT FOR THE NORTHERN MARIANA ISLANDS"
		}
		c := ReadCaption(build(court + body))
		if c.Kind != KindFederal || c.District == nil || c.District.ID != d.ID || c.Circuit != d.Circuit || c.State != d.State {
			t.Errorf("%s: read %+v", d.Abbrev, c)
		}
	}
}

// TestCaptions: caption styles of federal and state courts, and what is
// not a caption.
func TestCaptions(t *testing.T) {
	cases := []struct {
		name, caption string
		kind          Kind
		district      string
		circuit       string
		state         string
		quote         string
	}{
		{"ndcal three lines", "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN FRANCISCO DIVISION", KindFederal, "ndcal", "9", "CA", "UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA"},
		{"sdny one line", "UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF NEW YORK", KindFederal, "sdny", "2", "NY", "UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF NEW YORK"},
		{"markdown heading", "# IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF DELAWARE", KindFederal, "ddel", "3", "DE", ""},
		{"indented pleading paper", "                UNITED STATES DISTRICT COURT\n              CENTRAL DISTRICT OF CALIFORNIA", KindFederal, "cdcal", "9", "CA", ""},
		{"dash separated", "UNITED STATES DISTRICT COURT — EASTERN DISTRICT OF TEXAS", KindFederal, "edtex", "5", "TX", ""},
		{"comma separated", "UNITED STATES DISTRICT COURT, WESTERN DISTRICT OF WASHINGTON", KindFederal, "wdwash", "9", "WA", ""},
		{"court line split", "UNITED STATES\nDISTRICT COURT\nDISTRICT OF MINNESOTA", KindFederal, "dminn", "8", "MN", ""},
		{"district of columbia", "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA", KindFederal, "ddc", "dc", "DC", ""},
		{"west virginia not virginia", "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF WEST VIRGINIA", KindFederal, "sdwva", "4", "WV", ""},
		{"arkansas not kansas", "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF ARKANSAS", KindFederal, "edark", "8", "AR", ""},
		{"hawaii okina", "UNITED STATES DISTRICT COURT\nDISTRICT OF HAWAIʻI", KindFederal, "dhaw", "9", "HI", ""},
		{"middle district of florida", "UNITED STATES DISTRICT COURT\nMIDDLE DISTRICT OF FLORIDA\nTAMPA DIVISION", KindFederal, "mdfla", "11", "FL", ""},
		{"northern district of illinois", "IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF ILLINOIS\nEASTERN DIVISION", KindFederal, "ndill", "7", "IL", ""},
		{"district of massachusetts", "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS", KindFederal, "dmass", "1", "MA", ""},
		{"district of colorado", "UNITED STATES DISTRICT COURT\nDISTRICT OF COLORADO", KindFederal, "dcolo", "10", "CO", ""},
		{"northern district of ohio", "UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF OHIO", KindFederal, "ndohio", "6", "OH", ""},
		{"bankruptcy", "UNITED STATES BANKRUPTCY COURT\nSOUTHERN DISTRICT OF NEW YORK", KindBankruptcy, "sdny", "2", "NY", ""},
		{"mdl panel line skipped", "UNITED STATES JUDICIAL PANEL ON MULTIDISTRICT LITIGATION\nUNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF GEORGIA", KindFederal, "ndga", "11", "GA", ""},
		{"abbreviation in case number", "ACME CORP. v. BETA LLC\nCase No. 3:24-cv-01234 (N.D. Cal.)", KindFederal, "ndcal", "9", "CA", "Case No. 3:24-cv-01234 (N.D. Cal.)"},
		{"alias token", "Civil Action No. 2:25-cv-00077 EDTX", KindFederal, "edtex", "5", "TX", ""},
		{"ny supreme court", "SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF NEW YORK", KindState, "", "", "NY", "SUPREME COURT OF THE STATE OF NEW YORK"},
		{"ca superior court", "SUPERIOR COURT OF THE STATE OF CALIFORNIA\nCOUNTY OF SAN FRANCISCO", KindState, "", "", "CA", ""},
		{"delaware chancery", "IN THE COURT OF CHANCERY OF THE STATE OF DELAWARE", KindState, "", "", "DE", ""},
		{"cook county", "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\nCOUNTY DEPARTMENT, CHANCERY DIVISION", KindState, "", "", "IL", ""},
		{"texas state district court", "IN THE DISTRICT COURT OF TRAVIS COUNTY, TEXAS\n250TH JUDICIAL DISTRICT", KindState, "", "", "TX", ""},
		{"florida circuit court two lines", "IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT\nIN AND FOR MIAMI-DADE COUNTY, FLORIDA", KindState, "", "", "FL", ""},
		{"massachusetts commonwealth", "COMMONWEALTH OF MASSACHUSETTS\nSUPERIOR COURT OF MASSACHUSETTS", KindState, "", "", "MA", ""},
		{"court of federal claims", "UNITED STATES COURT OF FEDERAL CLAIMS", KindUnknown, "", "", "", ""},
		{"division line alone", "OAKLAND DIVISION", KindUnknown, "", "", "", ""},
		{"citation is no caption", "Plaintiffs rely on Smith v. Jones, 100 F. Supp. 3d 1 (S.D.N.Y. 2015).", KindUnknown, "", "", "", ""},
		{"no caption", "", KindUnknown, "", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := build(c.caption + body)
			got := ReadCaption(d)
			id := ""
			if got.District != nil {
				id = got.District.ID
			}
			if got.Kind != c.kind || id != c.district || got.Circuit != c.circuit || got.State != c.state {
				t.Errorf("read kind=%s district=%s circuit=%s state=%s; want %s %s %s %s", got.Kind, id, got.Circuit, got.State, c.kind, c.district, c.circuit, c.state)
			}
			if c.quote != "" && quote(d, got.Span) != c.quote {
				t.Errorf("quoted %q, want %q", quote(d, got.Span), c.quote)
			}
		})
	}
}

// TestTwoDistricts: a transferred case's caption names a second court; the
// first decides and the other is kept as related.
func TestTwoDistricts(t *testing.T) {
	d := build("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\n\nTransferred from the United States District Court for the District of New Jersey" + body)
	c := ReadCaption(d)
	if c.District.ID != "ndill" || !strings.Contains(quote(d, c.Related), "District of New Jersey") {
		t.Errorf("read %s, related %q", c.District.ID, quote(d, c.Related))
	}
}

// TestCaptionEndsAtFirstSection: a district named in the body (venue) is
// not the caption.
func TestCaptionEndsAtFirstSection(t *testing.T) {
	d := build("COMPLAINT\n\nJURISDICTION AND VENUE\n\n1. Venue is proper in the United States District Court for the Southern District of New York.\n")
	if c := ReadCaption(d); c.Kind != KindUnknown {
		t.Errorf("venue allegation read as caption: %+v", c)
	}
}

// TestGoverningLaw: §F1.3's precedence, count by count.
func TestGoverningLaw(t *testing.T) {
	doc := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

COMPLAINT

FACTS

1. Plaintiff, a corporation organized under the laws of the State of New York, licensed its software to Defendant.

2. The License Agreement provides that it "shall be governed by the laws of the State of New York."

COUNT I
BREACH OF CONTRACT

3. Defendant breached Section 4 of the License Agreement.

COUNT II
TORTIOUS INTERFERENCE

4. Defendant induced Plaintiff's customers to cancel their contracts.

COUNT III
UNFAIR COMPETITION (New York common law)

5. Defendant misappropriated Plaintiff's labors and expenditures in bad faith.

COUNT IV
VIOLATION OF CAL. BUS. & PROF. CODE § 17200

6. Defendant's acts were unlawful, unfair or fraudulent business practices, and Plaintiff lost money or property.

COUNT V
VIOLATION OF N.Y. GEN. BUS. LAW § 349

7. Defendant engaged in consumer-oriented deceptive acts or practices.
`
	d := build(doc)
	type want struct {
		state string
		src   LawSource
	}
	cases := []struct {
		name  string
		s     Settings
		wants []want
	}{
		{"from caption", Settings{}, []want{{"NY", LawClause}, {"CA", LawForum}, {"NY", LawCountText}, {"CA", LawCountText}, {"NY", LawCountText}}},
		{"state flag", Settings{State: "TX"}, []want{{"TX", LawFlag}, {"TX", LawFlag}, {"TX", LawFlag}, {"CA", LawCountText}, {"NY", LawCountText}}},
	}
	for _, c := range cases {
		a := Resolve(d, c.s)
		for ci, w := range c.wants {
			got := a.Law(ci)
			if got.State != w.state || got.Source != w.src {
				t.Errorf("%s: Count %d: %s/%s, want %s/%s", c.name, ci+1, got.State, got.Source, w.state, w.src)
			}
		}
		if c.s.State == "TX" && a.Law(3).Overrode != "TX" {
			t.Errorf("statute count under --state TX: Overrode %q", a.Law(3).Overrode)
		}
	}
	// A narrow clause does not reach the interference count; a broad one
	// does.
	broad := strings.Replace(doc, `"shall be governed by the laws of the State of New York."`, `that "any dispute arising out of or relating to this Agreement shall be governed by the laws of the State of New York."`, 1)
	if l := Resolve(build(broad), Settings{}).Law(1); l.State != "NY" || l.Source != LawClause {
		t.Errorf("broad clause: interference count %s/%s, want NY/clause", l.State, l.Source)
	}
}

// TestUnknownForum: no caption and no setting leaves the circuit unknown
// and no state law on a count that names none; a default applies only
// then.
func TestUnknownForum(t *testing.T) {
	d := build("FACTS\n\n1. A fact.\n\nCOUNT I\nTORTIOUS INTERFERENCE\n\n2. Defendant interfered.\n")
	a := Resolve(d, Settings{})
	if a.Circuit() != "" || a.Law(0).State != "" || a.Forum.Source != SourceNone || a.ProfileLabel(0) != "neutral" {
		t.Errorf("unknown forum: %+v law %+v label %s", a.Forum, a.Law(0), a.ProfileLabel(0))
	}
	a = Resolve(d, Settings{DefaultCircuit: "2", DefaultState: "NY"})
	if a.Circuit() != "2" || a.Law(0).State != "NY" || a.Forum.Source != SourceDefault || a.ProfileLabel(0) != "2d/NY" {
		t.Errorf("default forum: %+v law %+v label %s", a.Forum, a.Law(0), a.ProfileLabel(0))
	}
	msg, _, _ := a.Notice(d)
	if !strings.HasPrefix(msg, "No court caption was recognized; the 2d Cir. and New York law are assumed by default.") {
		t.Errorf("notice %q", msg)
	}
}

// TestNoticeQuotesOnlyThePleading: the notice quotes the caption and the
// count's words as written and names nothing else from the pleading.
func TestNoticeQuotesOnlyThePleading(t *testing.T) {
	d := build("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nFACTS\n\n1. A fact.\n\nCOUNT I\nTORTIOUS INTERFERENCE\n\n2. Defendant's interference is actionable under California law.\n")
	msg, spans, _ := Resolve(d, Settings{}).Notice(d)
	for _, want := range []string{"'UNITED STATES DISTRICT COURT SOUTHERN DISTRICT OF NEW YORK' → S.D.N.Y., 2d Cir.", "read under New York law", "Count I (Tortious interference): California law ('California law')", HowToChange} {
		if !strings.Contains(msg, want) {
			t.Errorf("notice %q lacks %q", msg, want)
		}
	}
	if len(spans) != 1 || d.SourceSlice(spans[0]) != "California law" {
		t.Errorf("related spans %v", spans)
	}
}

// TestAbbreviationPrefilterMissesNoDistrict: the check that spares a
// caption line the abbreviation pattern passes every way a district's
// abbreviation or key can be written, so the pattern still finds them all.
func TestAbbreviationPrefilterMissesNoDistrict(t *testing.T) {
	for i := range Districts {
		d := &Districts[i]
		ab := strings.ToUpper(d.Abbrev)
		forms := []string{ab, strings.TrimSuffix(ab, "."), strings.ReplaceAll(ab, " ", "")}
		for _, k := range []string{d.ID, aliasOf(d)} {
			if len(k) >= 4 || shortAliases[k] {
				forms = append(forms, strings.ToUpper(k))
			}
		}
		for _, f := range forms {
			line := "CASE NO. 3:24-CV-01 (" + f + ")"
			m := reAbbrev().FindStringSubmatch(line)
			if m == nil {
				t.Errorf("%s: the pattern does not find %q", d.ID, f)
				continue
			}
			if !mayHoldAbbrev(line) || !mayHoldAbbrev(m[1]) {
				t.Errorf("%s: the prefilter skips %q", d.ID, f)
			}
		}
	}
	if mayHoldAbbrev("PLAINTIFF ALLEGES THE FACTS.") {
		t.Error("a line with no abbreviation passes the prefilter; reAbbrev would be compiled for nothing")
	}
}

// TestPlainKeys checks that the keys mayHoldAbbrev looks for, listed
// apart from the district lookup, are reAbbrev's plain alternatives and
// name their districts there.
func TestPlainKeys(t *testing.T) {
	keys := plainKeys()
	if len(keys) < 50 {
		t.Fatalf("only %d plain keys", len(keys))
	}
	lookup := districtKeys()
	for _, k := range keys {
		if !slices.Contains(lookup.tokens, k) || lookup.abbrev[strings.ToLower(k)] == nil {
			t.Errorf("plain key %q is not an alternative of reAbbrev naming a district", k)
		}
	}
}
