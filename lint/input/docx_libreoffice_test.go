package input

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// convertWithLibreOffice turns a flat ODF file into .docx with a real word
// processor.
func convertWithLibreOffice(t *testing.T, fodt string) []byte {
	t.Helper()
	return linttest.ConvertWithLibreOffice(t, fodt, "docx", t.TempDir())
}

func TestLibreOfficeDocx(t *testing.T) {
	data := convertWithLibreOffice(t, filepath.Join("..", "..", "testdata", "docx", "complaint.fodt"))
	type line struct {
		text    string
		number  int
		label   string
		heading int
	}
	accepted := []line{
		{"UNITED STATES DISTRICT COURT", 0, "", 0},
		{"ACME CORP., Plaintiff,", 0, "", 0},
		{"v. BETA LLC, Defendant.", 0, "", 0},
		{"Case No. 1:24-cv-00001", 0, "", 0},
		{"COMPLAINT", 0, "", 1},
		{"Parties", 0, "", 1},
		{"Plaintiff Acme Corp. (“Acme”) is a Delaware corporation.", 1, "1.", 0},
		{"Defendant Beta LLC (“Beta”) is a New York company.", 2, "2.", 0},
		{"Count I — Copyright Infringement", 0, "", 2},
		{"Acme repeats the allegations of paragraphs 1 and 2.", 3, "3.", 0},
		{"Beta copied the “Works” without permission, infringing 17 U.S.C. § 501.", 4, "4.", 0},
		{"Beta’s infringement was willful.", 5, "5.", 0},
		{"Beta’s copying caused Acme lost sales.", 6, "6.", 0},
		{"Count II — Breach of Contract", 0, "", 2},
		{"Acme and Beta entered into a written contract.", 7, "7.", 0},
		{"Exhibits", 0, "", 1},
		{"The registration certificate.", 1, "1.", 0},
	}
	check := func(t *testing.T, s document.Source, want []line) {
		t.Helper()
		got := lines(s)
		if len(got) != len(want) {
			t.Fatalf("%d paragraphs, want %d:\n%s", len(got), len(want), s.Src)
		}
		for i, w := range want {
			h := s.Hints[i+1]
			g := line{got[i], h.Number, h.NumberText, h.Heading}
			if g != w {
				t.Errorf("paragraph %d = %+v\n          want %+v", i+1, g, w)
			}
		}
	}

	t.Run("accepted", func(t *testing.T) {
		s := readOK(t, data, DocxOptions{})
		check(t, s, accepted)
		d := document.Build(s)
		var titles []string
		for _, c := range d.Counts {
			titles = append(titles, c.Title)
		}
		if want := []string{"Copyright Infringement", "Breach of Contract"}; !reflect.DeepEqual(titles, want) {
			t.Errorf("count titles = %q, want %q", titles, want)
		}
		var countI []int
		for _, a := range d.Allegations {
			if a.Count == 0 {
				countI = append(countI, a.Number)
			}
		}
		if want := []int{3, 4, 5, 6}; !reflect.DeepEqual(countI, want) {
			t.Errorf("count I allegations = %v, want %v", countI, want)
		}
	})
	t.Run("original", func(t *testing.T) {
		want := append([]line(nil), accepted...)
		want[10].text = "Beta knowingly copied the “Works”, infringing 17 U.S.C. § 501."
		// The inserted allegation came with an inserted paragraph break
		// after "willful."; without it, the original has one paragraph 5
		// (its empty remainder on line 13), and the contract allegation is 6.
		want[12] = line{}
		want[14].number, want[14].label = 6, "6."
		check(t, readOK(t, data, DocxOptions{Original: true}), want)
	})
}
