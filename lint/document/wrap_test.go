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

// A cross-reference wrapped before its last paragraph number ("as described
// in paragraphs 8 and\n9.") is the tail of a sentence: the number steps back
// and the line before stops mid-sentence. A count that later incorporates
// "paragraphs 1 through 13" must not sweep in a "paragraph 9" inside Count I.
func TestWrappedParagraphReferenceContinuesParagraph(t *testing.T) {
	text := "FACTS\n\n1. One.\n\n2. Two.\n\nCOUNT I\n\n3. Plaintiff took reasonable measures, as described in paragraphs 1 and\n2.\n\n4. Defendant took the files.\n\nCOUNT II\n\n5. Plaintiff realleges paragraphs 1 and 2.\n"
	d := Build(PlainSource("t.txt", []byte(text)))
	if len(d.Allegations) != 5 {
		t.Fatalf("%d allegations, want 5\n%s", len(d.Allegations), d)
	}
	if got := d.Text[d.Allegations[2].Span.Start:d.Allegations[2].Span.End]; got != "3. Plaintiff took reasonable measures, as described in paragraphs 1 and\n2." {
		t.Errorf("allegation 3 = %q", got)
	}
	if len(d.Counts) != 2 || len(d.Counts[1].SweptCounts) != 0 {
		t.Errorf("Count II sweeps in %v, want no count\n%s", d.Counts[len(d.Counts)-1].SweptCounts, d)
	}
	// A number that steps back after a finished sentence is still a
	// paragraph (numbering restarted, as in counterclaims).
	d = Build(PlainSource("t.txt", []byte("ANSWER\n\n1. Admitted.\n\n2. Denied.\n\nCOUNTERCLAIMS\n\n1. Counterclaimant owns the Module.\n")))
	if len(d.Allegations) != 3 {
		t.Errorf("%d allegations, want 3 (restarted numbering)\n%s", len(d.Allegations), d)
	}
}

// A line may break between "(the" and the quoted term.
func TestWrappedDefinition(t *testing.T) {
	d := Build(PlainSource("t.txt", []byte("FACTS\n\n1. From 2006 through May 2014 (the\n\"Infringement Period\"), Defendant copied the Module.\n")))
	if len(d.Definitions) != 1 || d.Definitions[0].Term != "Infringement Period" {
		t.Errorf("definitions = %+v, want the Infringement Period", d.Definitions)
	}
}

// A definition may say what else it takes in before the term: "(together
// with the other guides in Exhibit A, the “Guides”)", "(collectively with
// its affiliates, the "Acme Parties")".
func TestDefinitionTogetherWith(t *testing.T) {
	for text, want := range map[string]string{
		"FACTS\n\n1. Plaintiff owns the Biology Review (together with the other guides in Exhibit A, the \"Guides\").\n": "Guides",
		"FACTS\n\n1. Acme Corp. (collectively with its affiliates, the “Acme Parties”) sells software.\n":                "Acme Parties",
		"FACTS\n\n1. Plaintiff owns the Module (together, the \"Works\").\n":                                             "Works",
	} {
		d := Build(PlainSource("t.txt", []byte(text)))
		if len(d.Definitions) != 1 || d.Definitions[0].Term != want {
			t.Errorf("%q: definitions = %+v, want %q", text, d.Definitions, want)
		}
	}
	// A parenthetical that is no definition stays none: "(with the help
	// of counsel)".
	d := Build(PlainSource("t.txt", []byte("FACTS\n\n1. Plaintiff wrote to Defendant (together with a copy of the notice) on May 2, 2020.\n")))
	if len(d.Definitions) != 0 {
		t.Errorf("definitions = %+v, want none", d.Definitions)
	}
}
