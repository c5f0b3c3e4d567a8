package copyright

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// CopyrightWorksOwnershipUnidentified flags a copyright count that does not
// identify the works (title, version, schedule) or how Plaintiff owns them
// (Kelly elements 1 and 2).
var CopyrightWorksOwnershipUnidentified = &lint.Check{
	ID:         "copyright-works-ownership-unidentified",
	Title:      "Copyright count does not identify the works or Plaintiff's ownership",
	Family:     legal.ClaimCopyright,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "S.D.N.Y. courts require a copyright complaint to say which specific original works are the subject of the claim and that Plaintiff owns the copyrights in them (Kelly elements 1 and 2); only the legal or beneficial owner of an exclusive right may sue (17 U.S.C. § 501(b)), by authorship, work made for hire or written transfer (§ 201).",
		Authority:   authority.Cite(authority.Kelly, authority.Ownership),
		Insufficient: []string{
			"Plaintiff's intellectual property, including its software, platforms and documentation.",
			"Plaintiff's copyrighted materials.",
			"Defendant infringed the Works. (never defined)",
			"Plaintiff has rights in the code.",
		},
		Sufficient: []string{
			"The source and object code of LP's Real-Time Engagement Module, version 8.1 (the 'Module'), written by LP employees within the scope of their employment.",
			"The works listed in Exhibit A by title, version and registration number.",
			"Plaintiff is the assignee of all right, title and interest in the Module under a written assignment dated January 4, 2011.",
		},
		Fix:     "Define each work by title and version (or attach a schedule) and allege authorship, work-for-hire, assignment or exclusive license.",
		Message: "The count does not identify the specific copyrighted works (title/version) or how Plaintiff owns them.",
		Traps: []string{
			"ownership alleged in the Parties section and incorporated",
			"a pleaded registration number identifies the work and is prima facie evidence of ownership (§ 410(c))",
			"a defined work term resolves to its definition",
			"names of Defendant's products are not Plaintiff's works",
		},
	},
	Run: runCopyrightWorksOwnership,
}

// workIdentified reports whether text names a specific work: a quoted
// title, a version, or a proper name next to a work or product noun.
func workIdentified(text pattern.Text, pt plead.PartyTerms, accused func(text string, at int, name string) bool) bool {
	if lexicon.CopyrightRegNumber().MatchText(text) || versionRe().MatchString(text.String()) {
		return true
	}
	for _, m := range quotedNames(text) {
		name := text.String()[m[0]:m[1]]
		if reAliasBefore.MatchText(text.Slice(0, max(0, m[0]-1))) {
			continue // p/k/a “T-Oak”: a party's other name, not a title
		}
		if !plead.IsPartyWord(pt, name) && !lexicon.CopyrightAccusedTerm().Match(name) {
			return true
		}
	}
	noun := lexicon.CopyrightProductNoun()
	cue := lexicon.CopyrightWorkCue()
	for _, m := range properNames(text, pt) {
		name := text.String()[m[0]:m[1]]
		if accused != nil && accused(text.String(), m[0], name) {
			continue
		}
		words := strings.Fields(name)
		last := strings.ToLower(words[len(words)-1])
		if noun.Match(last) || cue.Match(last) || strings.ContainsAny(name, "0123456789") {
			return true
		}
		rest := strings.ToLower(strings.TrimLeft(text.String()[m[1]:], " ,"))
		if loc := noun.Find(rest); loc != nil && loc[0] == 0 {
			return true
		}
		if loc := cue.Find(rest); loc != nil && loc[0] == 0 {
			return true
		}
	}
	return false
}

// reAliasBefore ends on the words that introduce a party's other name:
// "p/k/a", "a/k/a", "d/b/a", "professionally known as".
var reAliasBefore = pattern.MustCompile(`(?i)\b(?:[apfn]/k/a|d/b/a|(?:professionally|also|formerly|publicly) known as|doing business as|known professionally as|trading as)\s*$`)

func runCopyrightWorksOwnership(p *lint.Pass) {
	own := p.Own()
	for _, s := range own {
		if lexicon.DefendantDenies().MatchText(s.Indexed()) {
			return
		}
	}
	d := p.Doc
	// A registration number anywhere identifies the work and is prima facie
	// evidence of ownership.
	ev := registrationIn(d)
	open := openCategoryOf(p)
	for _, s := range ev.issued {
		if lexicon.CopyrightRegNumber().MatchText(s.Indexed()) {
			p.Observe("copyright.works", lint.Pleaded, s)
			p.Observe("copyright.ownership", lint.Pleaded, s)
			return
		}
	}
	pt := plead.PartyRoles(d)
	ix := newAccusedIndex(p)
	ownership := lexicon.CopyrightOwnership()
	cue := lexicon.CopyrightWorkCue()
	identified := false
	owned := false
	var identifiedAt, ownedAt *document.Sentence
	for _, s := range ev.issued {
		if !open.claims(s) {
			owned, ownedAt = true, s
			break
		}
	}
	for _, s := range p.Scope() {
		text := s.Text
		if open.claims(s) {
			continue // a class of works owned in one breath names no work in suit
		}
		defs := definitionsText(p, s)
		if ownership.MatchText(s.Indexed()) && (ccMentionsPlaintiff(pt, pattern.Plain(text)) || reCopyrightWord.MatchText(s.Indexed())) && !mentionsOnlyDefendant(pt, s.Indexed()) {
			if !owned || ownedAt == nil {
				ownedAt = s
			}
			owned = true
		}
		if !identified {
			switch {
			case plead.HasExhibit(pattern.Plain(text)) && cue.MatchText(s.Indexed()):
				identified = true
			case (ccMentionsPlaintiff(pt, pattern.Plain(text)) || reCopyrightWord.MatchText(s.Indexed()) || ownership.MatchText(s.Indexed())) && workIdentified(s.Indexed(), pt, ix.isAccused):
				identified = true
			case defs != "" && plaintiffWorkDefined(p, s, pt, ix, open):
				identified = true
			}
		}
		if identified && identifiedAt == nil {
			identifiedAt = s
		}
		if identified && owned {
			p.Observe("copyright.works", lint.Pleaded, identifiedAt)
			p.Observe("copyright.ownership", lint.Pleaded, ownedAt)
			return
		}
	}
	// Anchor on the generic description of the works when the count has one,
	// else on the count's first sentence of infringement.
	generic := lexicon.CopyrightGenericWork()
	for _, s := range own {
		if loc := generic.FindText(s.Indexed()); loc != nil {
			p.Report(lint.Finding{Span: plead.PhraseSpan(s, loc), Severity: p.Check.SeverityIn(p.Profile), Missing: true,
				Elements: worksOwnershipMarks(identified, owned)})
			return
		}
	}
	var anchor *document.Sentence
	for _, pick := range []func(*document.Sentence) bool{
		func(s *document.Sentence) bool {
			return ccMentionsPlaintiff(pt, s.Indexed()) && (ownership.MatchText(s.Indexed()) || reRights.MatchText(s.Indexed()) || cue.MatchText(s.Indexed()))
		},
		func(s *document.Sentence) bool {
			return lexicon.CopyrightAct().MatchText(s.Indexed()) || reCopyrightWord.MatchText(s.Indexed())
		},
	} {
		for _, s := range own {
			if anchor == nil && !plead.IsIncorporation(p, s) && pick(s) {
				anchor = s
			}
		}
	}
	f := lint.Finding{Severity: p.Check.SeverityIn(p.Profile), Missing: true, Elements: worksOwnershipMarks(identified, owned)}
	if anchor != nil {
		f.Span = anchor.Span
	} else {
		f.Span = lint.HeadingLine(p.Doc, p.Count())
	}
	p.Report(f)
}

// worksOwnershipMarks names the element the finding is about: the works
// not identified, the ownership not pleaded, or both (ELEMENTS.md open
// point 2). A generic description of the works is an unidentified work
// even when the scan stopped early.
func worksOwnershipMarks(identified, owned bool) []lint.ElementMark {
	var out []lint.ElementMark
	if !identified {
		out = append(out, lint.ElementMark{ID: "copyright.works", Status: lint.Missing})
	}
	if !owned {
		out = append(out, lint.ElementMark{ID: "copyright.ownership", Status: lint.Missing})
	}
	return out
}

var reRights = pattern.MustCompile(`(?i)\brights?\b`)

// mentionsOnlyDefendant: "Defendant owns and operates the website" is not
// Plaintiff's ownership.
func mentionsOnlyDefendant(pt plead.PartyTerms, s pattern.Text) bool {
	return plead.MentionsDefendant(pt.Defendant, pattern.Plain(s.String())) && !ccMentionsPlaintiff(pt, pattern.Plain(s.String())) && !reCopyrightWord.MatchText(s)
}

// plaintiffWorkDefined reports a defined term in s that names one of
// Plaintiff's works specifically: its defining sentence identifies it.
func plaintiffWorkDefined(p *lint.Pass, s *document.Sentence, pt plead.PartyTerms, ix *accusedIndex, open openCategory) bool {
	for _, def := range p.Doc.DefinitionsUsed(s.Text) {
		if plead.IsPartyWord(pt, def.Term) {
			continue
		}
		ds := &p.Doc.Sentences[def.Sentence]
		if open.claims(ds) {
			continue // examples of an open class, not the works in suit
		}
		i := strings.Index(ds.Text, def.Term)
		if i < 0 {
			continue
		}
		head := ds.Text[:i]
		if plead.ActorBefore(pt, pattern.Plain(head), len(head)) == plead.PartyDefendant {
			continue
		}
		if workIdentified(pattern.Plain(head), pt, ix.isAccused) || (plead.HasExhibit(ds.Indexed()) && lexicon.CopyrightWorkCue().MatchText(ds.Indexed())) {
			return true
		}
	}
	return false
}

// isAccused reports a name that is one of Defendant's products: a harvested
// or defined accused name, or a name right after Defendant's possessive.
func (ix *accusedIndex) isAccused(text string, at int, name string) bool {
	for _, n := range append(append([]string{}, ix.names...), ix.terms...) {
		if strings.Contains(name, n) || strings.Contains(n, name) {
			return true
		}
	}
	for _, end := range possessorEnds(ix.pt, pattern.Plain(text)) {
		if end <= at && strings.TrimLeft(text[end:at], " ") == "" {
			return true
		}
	}
	return false
}

// openCategory finds where the works in suit are left open: a sentence
// that pleads a class of works "including but not limited to" some of
// them (the court's ground in the r7 apparel-images case: ownership of
// "the Content, including but not limited to" the images in an exhibit
// leaves undefined which works are sued on), and a sentence that claims a
// class "including" a term such a sentence defined. An exhibit that is
// the list of works in suit, or a registration number, still identifies
// them: the number is read before this, and a closed list has no open
// marker.
type openCategory struct {
	terms []string // terms defined inside an open-category sentence
}

func openCategoryOf(p *lint.Pass) openCategory {
	var o openCategory
	marker := lexicon.CopyrightOpenCategory()
	for _, def := range p.Doc.Definitions {
		if marker.MatchText(p.Doc.Sentences[def.Sentence].Indexed()) {
			o.terms = append(o.terms, def.Term)
		}
	}
	return o
}

var reIncluding = pattern.MustCompile(`(?i)\bincluding\b`)

// claims reports a sentence that pleads works only as an open class.
func (o openCategory) claims(s *document.Sentence) bool {
	if loc := lexicon.CopyrightOpenCategory().FindText(s.Indexed()); loc != nil && worksFollow(s.Text[loc[1]:]) {
		return true
	}
	if loc := reIncluding.FindTextIndex(s.Indexed()); loc != nil {
		after := s.Text[loc[1]:]
		for _, t := range o.terms {
			if strings.Contains(after, t) {
				return true
			}
		}
	}
	return false
}

// worksFollow reports examples of works after an open marker: an exhibit
// or a work noun ("the images in Exhibit A", "the renderings shown
// below"). "All right, title and interest, including but not limited to
// the copyrights" lists rights, not works, and leaves the works as
// defined elsewhere.
func worksFollow(after string) bool {
	if len(after) > 120 {
		after = after[:120]
	}
	if plead.HasExhibit(pattern.Plain(after)) {
		return true
	}
	cue := lexicon.CopyrightWorkCue()
	for _, m := range cue.FindAll(after) {
		if !reRightsNoun.MatchString(after[m[0]:m[1]]) {
			return true
		}
	}
	return false
}

var reRightsNoun = pattern.MustCompile(`(?i)^(?:copyrights?|registrations?)$`)
