package pleading

import (
	"fmt"
	"slices"
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// PleadingGroupDefendants flags, in a case against two or more named defendants,
// a count that attributes every act to "Defendants" collectively and none
// to any one of them (Atuahene; Weiland type 4).
var PleadingGroupDefendants = &lint.Check{
	ID:         "pleading-group-defendants",
	Title:      "Count lumps the defendants together",
	Severity:   lint.Warning,
	Confidence: 0.6,
	Group:      hygieneGroup,
	Doc: lint.Doc{
		Requirement: "Where there are several defendants, lumping them together without a factual basis to distinguish their conduct fails Rule 8 (Atuahene), and asserting claims against multiple defendants without saying who did what is the fourth kind of shotgun pleading Weiland describes. The rule runs on documents naming two or more defendants in the caption or the Parties section; it is downgraded to info where the complaint pleads alter-ego, agency or conspiracy facts that make liability joint.",
		Authority:   authority.Cite(authority.Atuahene, authority.Weiland),
		Insufficient: []string{
			"Defendants accessed Plaintiff's servers and copied its code.",
			"Defendants, and each of them, disseminated false statements.",
			"The Defendants conspired to misappropriate Plaintiff's trade secrets.",
		},
		Sufficient: []string{
			"Acme Corp., through its VP of Engineering John Doe, accessed ...; Acme Holdings, its parent, approved and funded the project in a May 2013 board resolution (Ex. J).",
		},
		Fix:     "Say which defendant did each act (and through whom); plead agency, alter-ego or conspiracy facts if liability is joint.",
		Message: msgGroupDefendants,
		Traps: []string{
			"single-defendant cases (the rule is inert)",
			"alter-ego or conspiracy theories pleaded with facts showing joint action (info)",
			"\"Defendants\" defined as a single corporate family with explicit agency or joint-operation allegations (no finding; info in the Ninth Circuit, RULES-FORUM.md §F3.2)",
			"Doe defendants are not counted as named defendants",
			"a remedy count (\"Injunctive Relief\", \"Accounting\") that re-alleges the facts in which each defendant acts",
		},
	},
	Run: runGroupDefendants,
}

const msgGroupDefendants = "The count attributes every act to 'Defendants' collectively, so no defendant can tell what it is accused of doing."

func runGroupDefendants(p *lint.Pass) {
	d := p.Doc
	pt := plead.PartiesFor(d)
	if pt.Named < 2 {
		return
	}
	var first *document.Sentence
	var at actorMention
	for _, si := range p.Count().Sentences {
		s := &d.Sentences[si]
		if !plead.AllegationSentence(s) || incorporationSentence(d, si) {
			continue
		}
		if ms := collectiveActs(s.Indexed(), pt); len(ms) > 0 {
			first, at = s, ms[0]
			break
		}
	}
	if first == nil {
		return
	}
	// A count brought "(Against All Defendants)" on a theory that makes
	// each defendant answer for another's act (contributory or vicarious
	// liability, aiding and abetting, conspiracy: "each other's
	// infringement") must say within itself which defendant is the actor
	// and which answers for it; a facts section that names one defendant's
	// act does not say that. Such a count is read by its own allegations
	// unless they name a defendant or point to the facts by paragraph. Any
	// other count is judged over its whole scope, so a summary "Defendants"
	// sentence after facts that say who did what stays quiet.
	read := p.Scope()
	if ownOnlyGroupCount(p, pt) || blanketAgainstAll(p) {
		read = p.Own()
	}
	relationship := map[int]bool{} // per paragraph: pleads the defendants' relationship
	cited := citedParagraphs(p)
	individual := false
	var acted []string
	for _, s := range read {
		if s.Heading || !individualActs(s.Indexed(), pt) {
			continue
		}
		// An act put on information and belief by a blanket preface that
		// gives no basis ("The allegations in paragraphs 9 through 12 are
		// made upon information and belief.") is not a fact the pleader
		// vouches for, so it gives no factual basis to tell the defendants
		// apart.
		if plead.BeliefPrefaced(d, s.Index) || unsupportedBelief(s) {
			continue
		}
		// Another count's allegations, swept in by a range that runs through
		// it, say who did that count's acts, not this one's: "OpCo
		// reproduced the Works" in a copyright count does not say who
		// circumvented in the next.
		// A paragraph the count's own allegations cite by number
		// ("Defendants misappropriated the trade secrets as alleged in
		// paragraph 19") is the count saying who did its acts.
		if s.Count >= 0 && s.Count != p.CountIndex && !cited[s.Paragraph] {
			continue
		}
		// What one defendant does for another in pleading their relationship
		// ("Turner runs it from Pecos Holdings' office ... Pecos Operations is
		// the alter ego of Pecos Holdings") is not conduct the count
		// complains of.
		rel, ok := relationship[s.Paragraph]
		if !ok {
			body := paragraphBody(d, s)
			rel = lexicon.GroupJoint().Match(body) || lexicon.GroupFamily().Match(body)
			relationship[s.Paragraph] = rel
		}
		// A dated or documented act is conduct even where the paragraph
		// also says how the defendants are related ("Acme Holdings, its
		// parent, approved and funded the project in a May 2013 board
		// resolution (Ex. J)").
		if rel && !documentedFact(s.Indexed()) {
			continue
		}
		individual = true
		acted = append(acted, actingDefendants(s.Text, pt)...)
	}
	// A count brought against all defendants must reach them by acts of
	// their own: where the facts say what one or two of seven defendants
	// did and the count holds all seven to "Defendants", most of them are
	// sued on the label alone. One silent defendant among five is left to
	// the reader.
	// A count whose heading names no defendant, and whose own allegations
	// name none either and hold "Defendants" to every act, is brought
	// against all of them as much as one headed "(Against All
	// Defendants)" -- unless it is a conspiracy, aiding-and-abetting or
	// vicarious theory, which holds them to one another's acts.
	all := againstAllDefendants(d, p.Count()) || headingNamesEveryDefendant(d, p.Count(), pt) || undesignated(d, p.Count()) && plainDefendants(first.Text[at.start:at.end]) && ownNameNoDefendant(p, pt) && !jointTheory(p)
	if individual && (!all || len(acted) == 0 || 2*silentEntities(pt, acted) < len(pt.Entities)) {
		return
	}
	// RULES.md lists "Defendants" defined as a single corporate family
	// with explicit agency allegations as a false-positive trap, with no
	// note to keep (unlike the alter-ego and conspiracy trap, which is
	// downgraded): a name the complaint gives a parent and its subsidiary
	// together after saying why they act as one hides no defendant's part.
	// The Ninth Circuit keeps such a family as a note (RULES-FORUM.md
	// §F3.2), handled below.
	if p.Profile.Circuit != "9" && familyPleadedAsOne(d, pt, first.Text[at.start:at.end]) {
		return
	}
	sev := p.Check.SeverityIn(p.Profile)
	if jointLiabilityPleaded(p) || (p.Profile.Circuit == "9" && familyWithRoles(p, pt, first.Text)) {
		sev = lint.Info
	}
	f := lint.Finding{Span: lint.Span{Start: first.Span.Start + at.start, End: first.Span.Start + at.end}, Severity: sev}
	// The message quotes the collective the count uses: a defined term
	// ("OpenMind") is not the word "Defendants".
	if actor := first.Text[at.start:at.end]; !strings.HasPrefix(strings.TrimPrefix(strings.ToLower(actor), "the "), "defendants") {
		f.Message = fmt.Sprintf(msgGroupDefinedTerm, actor)
	}
	p.Report(f)
}

const msgGroupDefinedTerm = "The count attributes every act to '%s', a term naming several defendants collectively, so no defendant can tell what it is accused of doing."

// jointLiabilityPleaded reports alter-ego, agency or conspiracy allegations
// in the count's scope that make collective pleading defensible: such an
// allegation with a concrete fact in the same paragraph, or a corporate
// family (parent, subsidiary) together with an explicit agency or alter-ego
// allegation.
func jointLiabilityPleaded(p *lint.Pass) bool {
	d := p.Doc
	joint, family := false, false
	for _, s := range p.Scope() {
		if s.Heading {
			continue
		}
		if lexicon.GroupJoint().MatchText(s.Indexed()) {
			joint = true
			if jointActionFacts(paragraphBody(d, s)) {
				return true
			}
		}
		family = family || lexicon.GroupFamily().MatchText(s.Indexed())
	}
	return joint && family
}

// paragraphBody is the text of the paragraph a sentence sits in, without its
// allegation number.
func paragraphBody(d *document.Document, s *document.Sentence) string {
	para := &d.Paragraphs[s.Paragraph]
	return d.Text[max(para.NumberEnd, para.Span.Start):para.Span.End]
}

var reAgainstAny = pattern.MustCompile(`(?i)\bagainst\b`)

// undesignated reports a count whose heading says nothing about whom it is
// brought against ("COUNT TWO: REMOVAL OF COPYRIGHT MANAGEMENT
// INFORMATION"), read like againstAllDefendants.
func undesignated(d *document.Document, c *document.Count) bool {
	if c == nil {
		return false
	}
	return !reAgainstAny.MatchText(d.Indexed(headingWithTail(d, c)))
}

// headingWithTail is a count's heading through to its first numbered
// allegation: a heading that wraps over more lines than the count-heading
// reader takes leaves its tail there ("… (Against Defendants Orbit and
// Vale)").
func headingWithTail(d *document.Document, c *document.Count) document.Span {
	end := c.Heading.End
	for _, pi := range c.Paragraphs {
		if d.Paragraphs[pi].Number > 0 {
			end = max(end, d.Paragraphs[pi].Span.Start)
			break
		}
	}
	return document.Span{Start: c.Heading.Start, End: end}
}

// jointTheory reports a count whose heading or own allegations plead
// liability for one another's acts (conspiracy, concert of action,
// aiding and abetting, contributory or vicarious liability).
func jointTheory(p *lint.Pass) bool {
	if reSecondaryTheory.MatchText(p.Doc.Indexed(p.Count().Heading)) {
		return true
	}
	for _, s := range p.Own() {
		if reSecondaryTheory.MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}

// plainDefendants reports a collective actor that is the word "Defendants"
// itself, not a name the complaint gives a group of them ("Orbit").
func plainDefendants(actor string) bool {
	return strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(actor), "the "), "The "), "defendants")
}

// ownNameNoDefendant reports a count whose own allegations give no act to a
// named defendant and point to no paragraph in a sentence about the
// defendants.
func ownNameNoDefendant(p *lint.Pass, pt *plead.GeneralParties) bool {
	d := p.Doc
	for _, s := range p.Own() {
		if incorporationSentence(d, s.Index) {
			continue
		}
		if plead.ReParaRef.MatchText(s.Indexed()) && (len(collectiveActs(s.Indexed(), pt)) > 0 || plead.MentionsDefendant(pt.Defendants, s.Indexed())) {
			return false
		}
		// A defendant named as the actor; a name in the object ("a false
		// notice naming the Council as owner") says nothing of who acted.
		if individualActs(s.Indexed(), pt) {
			return false
		}
	}
	return true
}

var reAgainstAll = pattern.MustCompile(`(?i)\bagainst (?:all|both|each of the|each|the) (?:named )?defendants\b`)

var reSecondaryTheory = pattern.MustCompile(`(?i)\b(?:contributor(?:y|ily)|vicarious(?:ly)?|aid(?:ed|ing|s)? and abet\w*|conspir\w*|in concert|each other(?:'s|’s)?|one another(?:'s|’s)?)\b`)

// ownOnlyGroupCount reports a count brought against all defendants on a
// theory of liability for one another's acts, whose own allegations name
// no defendant and cite no paragraph of the facts.
func ownOnlyGroupCount(p *lint.Pass, pt *plead.GeneralParties) bool {
	d := p.Doc
	c := p.Count()
	if !againstAllDefendants(d, c) {
		return false
	}
	secondary := reSecondaryTheory.MatchText(d.Indexed(c.Heading))
	for _, s := range p.Own() {
		if incorporationSentence(d, s.Index) {
			continue
		}
		// A paragraph reference points to who did what only in a sentence
		// about the defendants: "Purchasers ... have directly infringed,
		// as described in paragraph 14" locates the direct infringement,
		// not any defendant's part in it.
		if plead.ReParaRef.MatchText(s.Indexed()) && (len(collectiveActs(s.Indexed(), pt)) > 0 || plead.MentionsDefendant(pt.Defendants, s.Indexed())) {
			return false
		}
		for _, name := range pt.Defendants {
			if len(plead.TermIndexes(s.Text, name)) > 0 {
				return false
			}
		}
		secondary = secondary || reSecondaryTheory.MatchText(s.Indexed())
	}
	return secondary
}

// againstAllDefendants reports a count whose heading brings it against
// every defendant ("(Against All Defendants)", "— Against Each Defendant"),
// its wrapped tail included.
// unsupportedBelief reports a sentence alleged "upon information and
// belief" that gives no basis for the belief: like a paragraph covered by
// a belief preface, it shows no defendant acting, so it does not tell the
// defendants' conduct apart ("Upon information and belief, Vasko knew of
// and assisted Alden's plan.").
func unsupportedBelief(s *document.Sentence) bool {
	loc := lexicon.Ib().FindText(s.Indexed())
	if loc == nil {
		return false
	}
	return !lexicon.IbBasis().Match(s.Text[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + s.Text[loc[1]:])
}

// headingNamesEveryDefendant reports a count heading that is brought
// against each named defendant by name ("(Against Defendants Alden and
// Vasko)" where those are the only two): it is a count against all of
// them, so a defendant the count's facts never show acting is as silent
// as under "(Against All Defendants)".
func headingNamesEveryDefendant(d *document.Document, c *document.Count, pt *plead.GeneralParties) bool {
	if c == nil || len(pt.Entities) < 2 {
		return false
	}
	tail := d.Indexed(headingWithTail(d, c))
	loc := reAgainstAny.FindTextIndex(tail)
	if loc == nil {
		return false
	}
	after := tail.String()[loc[1]:]
	named := map[string]bool{}
	for _, name := range pt.Defendants {
		if len(plead.TermIndexes(after, name)) > 0 {
			named[pt.Entity[name]] = true
		}
	}
	for _, e := range pt.Entities {
		if !named[e] {
			return false
		}
	}
	return true
}

func againstAllDefendants(d *document.Document, c *document.Count) bool {
	if c == nil {
		return false
	}
	return reAgainstAll.MatchText(d.Indexed(headingWithTail(d, c)))
}

// jointActionFacts reports a paragraph that backs an alter-ego, agency or
// conspiracy allegation with facts of the joint action: a date, a sum, an
// exhibit or a quoted statement ("Acme Holdings approved and funded the
// project in a May 2013 board resolution"). A paragraph whose only concrete
// detail is a name ("Defendants launched StackForge, which offers HPC
// products, and conspired with one another") pleads the conspiracy as a
// label.
func jointActionFacts(body string) bool {
	return documentedFact(pattern.Plain(body))
}

// documentedFact reports a date or period, a sum, an exhibit or a quoted
// statement: the markers that tie an allegation to a particular event.
func documentedFact(text pattern.Text) bool {
	return legal.HasTimeText(text) || len(legal.Money(text.String())) > 0 || plead.QuotedStatement(text) != nil || plead.HasExhibit(text)
}

// silentEntities counts the named defendants that are not among those
// that acted.
func silentEntities(pt *plead.GeneralParties, acted []string) int {
	n := 0
	for _, e := range pt.Entities {
		if !slices.ContainsFunc(acted, func(a string) bool { return plead.SameEntity(a, e) }) {
			n++
		}
	}
	return n
}

// familyWithRoles reports the Ninth Circuit trap of RULES-FORUM.md §F3.2:
// the collective actor in text is a defined corporate family ("the OpenAI
// Defendants") and the complaint gives its members their roles entity by
// entity, or pleads agency or alter-ego facts for them. Naming a family
// collectively is then a drafting choice the court can read through, and
// the finding is a note.
func familyWithRoles(p *lint.Pass, pt *plead.GeneralParties, text string) bool {
	d := p.Doc
	family := false
	for _, def := range d.Definitions {
		// "Defendants" names them all; a family is a defined subset.
		if strings.EqualFold(strings.TrimPrefix(def.Term, "the "), "defendants") ||
			!slices.Contains(pt.Collective, def.Term) || len(plead.TermIndexes(text, def.Term)) == 0 {
			continue
		}
		body := paragraphBody(d, &d.Sentences[def.Sentence])
		family = family || lexicon.GroupFamily().Match(body) || plead.SharedRootName(membersNamed(pt, d.Sentences[def.Sentence].Text)) >= 2
	}
	if !family {
		return false
	}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Section != document.SectionParties && s.Section != document.SectionPreliminary {
			continue
		}
		if lexicon.GroupJoint().MatchText(s.Indexed()) || len(actingDefendants(s.Text, pt)) > 0 {
			return true
		}
	}
	return false
}

// membersNamed lists the named defendants (by key) whose names a sentence
// spells out.
func membersNamed(pt *plead.GeneralParties, text string) []string {
	var out []string
	for _, name := range pt.Defendants {
		if k := pt.Entity[name]; k != "" && !slices.Contains(out, k) && len(plead.TermIndexes(text, name)) > 0 {
			out = append(out, k)
		}
	}
	return out
}

// familyPleadedAsOne reports a collective actor that the complaint defines
// as a name for several defendants ("Tremont Transportation Fuels LLC and
// Tremont USA Company LLC (collectively, “Tremont”)") where its Parties or
// opening section says both that they are one corporate family and why they
// are treated together: agency, alter ego, or one business run by the same
// officers ("Tremont USA Company LLC ... is its sole member ... The two
// operate as a single fuelling business under the Tremont name, share
// officers").
func familyPleadedAsOne(d *document.Document, pt *plead.GeneralParties, actor string) bool {
	term := strings.TrimSpace(actor)
	defined := false
	for _, c := range pt.Collective {
		if strings.EqualFold(strings.TrimPrefix(c, "the "), strings.TrimPrefix(strings.TrimPrefix(term, "the "), "The ")) {
			defined = true
		}
	}
	if !defined {
		return false
	}
	for pi := range d.Paragraphs {
		para := &d.Paragraphs[pi]
		if para.FirstSentence >= para.EndSentence {
			continue
		}
		switch d.Sentences[para.FirstSentence].Section {
		case document.SectionParties, document.SectionPreliminary, document.SectionCaption:
		default:
			continue
		}
		body := paragraphBody(d, &d.Sentences[para.FirstSentence])
		if lexicon.GroupFamily().Match(body) && lexicon.GroupJoint().Match(body) {
			return true
		}
	}
	return false
}

// citedParagraphs are the paragraphs the count's own allegations, other
// than its incorporation sentence, name by number.
func citedParagraphs(p *lint.Pass) map[int]bool {
	d := p.Doc
	out := map[int]bool{}
	for _, s := range p.Own() {
		if s.Heading || incorporationSentence(d, s.Index) {
			continue
		}
		for _, ai := range d.NamedAllegations(s.Text) {
			out[d.Allegations[ai].Paragraph] = true
		}
	}
	return out
}

// reRemedyTitle is a count titled by a remedy ("Injunctive Relief",
// "Accounting"): it asks for relief on acts other counts plead, and is no
// claim whose actors must be told apart.
var reRemedyTitle = pattern.MustCompile(`(?i)^\W*(?:permanent |preliminary )?(?:injunctive relief|injunction|accounting|declaratory (?:judgment|relief)|constructive trust)\b`)

// blanketAgainstAll reports a claim against all defendants that takes in
// the facts only by re-alleging "all preceding paragraphs": it never says
// which defendant's facts its collective allegations mean, so only its own
// sentences can tell the defendants apart. A count that cites the facts
// by number, or names each defendant's act itself, is read with its scope.
func blanketAgainstAll(p *lint.Pass) bool {
	c := p.Count()
	return c.Blanket && againstAllDefendants(p.Doc, c) && !reRemedyTitle.MatchString(c.Title)
}
