package document

import "testing"

// A plain-text complaint wraps lines wherever the margin falls; a line that
// begins with a year and a period is the tail of a sentence, not a numbered
// allegation, and must stay in its paragraph.
func TestWrappedYearContinuesParagraph(t *testing.T) {
	d := Build(PlainSource("t.txt", []byte("FACTS\n\n1. Plaintiff owns the Module.\n\n2. Defendant began copying the Module into its product in\n2011. It has not stopped.\n\n3. The end.\n")))
	if len(d.Allegations) != 3 {
		t.Fatalf("%d allegations, want 3\n%s", len(d.Allegations), d)
	}
	a := d.Allegations[1]
	if got := d.Text[a.Span.Start:a.Span.End]; got != "2. Defendant began copying the Module into its product in\n2011. It has not stopped." {
		t.Errorf("allegation 2 = %q", got)
	}
	found := false
	for _, s := range d.Sentences {
		if s.Text == "Defendant began copying the Module into its product in\n2011." {
			found = true
		}
	}
	if !found {
		t.Errorf("the wrapped sentence was split at the year")
	}
	// A real allegation numbered like a year in a long complaint is still an
	// allegation when the sequence reaches it.
	d = Build(PlainSource("t.txt", []byte("FACTS\n\n1. One.\n\n1901. Far too high.\n")))
	if len(d.Allegations) != 1 {
		t.Errorf("%d allegations, want 1 (1901 breaks the sequence)", len(d.Allegations))
	}
}

// A line may break between "(the" and the quoted term.
func TestWrappedDefinition(t *testing.T) {
	d := Build(PlainSource("t.txt", []byte("FACTS\n\n1. From 2006 through May 2014 (the\n\"Infringement Period\"), Defendant copied the Module.\n")))
	if len(d.Definitions) != 1 || d.Definitions[0].Term != "Infringement Period" {
		t.Errorf("definitions = %+v, want the Infringement Period", d.Definitions)
	}
}
