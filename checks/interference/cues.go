package interference

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Helpers of the New York families (RULES.md §3.E-F): which theory an
// interference count pleads, who the third parties are, which sentences are
// about the plaintiff's employees, and whether wrongful means are pleaded.
// The cue lists live in lint/legal/lexicons/ny_interference.txt.

// matchWithout reports whether l matches text once the phrases of not are
// blanked ("Computer Fraud and Abuse Act" is no plea of fraud).
func matchWithout(l, not *pattern.Lexicon, span pattern.Text) bool {
	if not != nil {
		if locs := not.FindAllText(span); len(locs) > 0 {
			text := span.String()
			for _, loc := range locs {
				text = text[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + text[loc[1]:]
			}
			return l.Match(text)
		}
	}
	return l.MatchText(span)
}

// employeeMention reports a mention of the plaintiff's staff: an employee
// noun not owned by a defendant ("Defendant's engineers" are not LP's).
func employeeMention(terms []string, text pattern.Text) bool {
	own := lexicon.NyInterferenceOwnStaff()
	agentPossessive := lexicon.NyInterferenceAgentPossessive()
	for _, loc := range lexicon.NyInterferenceEmployee().FindAllText(text) {
		from := loc[0] - 60
		if from < 0 {
			from = 0
		}
		prefix := text.String()[from:loc[0]]
		if own.MatchText(text.Slice(from, loc[0])) || ownedByDefendantTerm(terms, prefix) || agentPossessive.MatchText(text.From(loc[1])) {
			continue
		}
		return true
	}
	return false
}

var reTrailingWords = pattern.MustPattern(`(?:\s+\S+){0,3}\s*$`)

// ownedByDefendantTerm reports a prefix ending in "24/7's " or "Acme's key ".
func ownedByDefendantTerm(terms []string, prefix string) bool {
	// A possessive needs an apostrophe (Normalize makes the curly ones
	// straight); most prefixes have none, and finding the last words is an
	// expression tried at every offset.
	if len(terms) == 0 || !strings.ContainsAny(prefix, "'‘’") {
		return false
	}
	tail := legal.Normalize(reTrailingWords.FindString(" " + prefix))
	for _, t := range terms {
		if strings.Contains(tail, t+"'s") || strings.Contains(tail, t+"s'") {
			return true
		}
	}
	return false
}

// employeeTheorySentence reports a sentence about hiring, soliciting or
// inducing the plaintiff's employees to leave.
func employeeTheorySentence(terms []string, text pattern.Text) bool {
	return employeeMention(terms, text) && lexicon.NyInterferenceHiring().MatchText(text)
}

var reClauseBreak = pattern.MustPattern(`;|,\s+(?:and|or|as well as)\s+`)

// employeeClauses returns the clauses of a sentence that speak of the
// plaintiff's employees: "... through the fabricated reports, and by luring
// away LP's engineers" yields only the last clause, so wrongful means aimed
// at customers are not read as means used on the employees.
func employeeClauses(terms []string, text string) []string {
	var out []string
	for _, c := range employeeClauseSpans(terms, pattern.Plain(text)) {
		out = append(out, c.String())
	}
	return out
}

// employeeClauseSpans is employeeClauses of a span: the clauses are spans
// of the same text, so that on a sentence of the document they are asked
// about through its index instead of being scanned as new strings.
func employeeClauseSpans(terms []string, t pattern.Text) []pattern.Text {
	var out []pattern.Text
	for _, c := range splitText(reClauseBreak, t) {
		if employeeMention(terms, c) {
			out = append(out, c)
		}
	}
	return out
}

// splitText is re.Split(t.String(), -1), the pieces as spans of t.
func splitText(re *pattern.Pattern, t pattern.Text) []pattern.Text {
	s := t.String()
	if len(s) == 0 {
		return []pattern.Text{t}
	}
	matches := re.FindAllTextIndex(t, -1)
	out := make([]pattern.Text, 0, len(matches)+1)
	beg, end := 0, 0
	for _, m := range matches {
		end = m[0]
		if m[1] != 0 {
			out = append(out, t.Slice(beg, end))
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, t.Slice(beg, len(s)))
	}
	return out
}

// wrongfulMeans reports crimes, independent torts or conduct aimed solely at
// harming the plaintiff (Guard-Life; Carvel).
func wrongfulMeans(text string) bool { return wrongfulMeansText(pattern.Plain(text)) }

// wrongfulMeansText is wrongfulMeans of a span.
func wrongfulMeansText(t pattern.Text) bool {
	return matchWithout(lexicon.NyInterferenceWrongfulMeans(), lexicon.NyInterferenceNotWrongful(), t)
}

// sabotage reports disparagement or sabotage aimed at the relationship.
func sabotage(text string) bool {
	return lexicon.NyInterferenceSabotage().Match(text)
}

// ownTheoryIsOnlyEmployees reports a count whose own sentences speak of the
// plaintiff's employees and of no other relationship.
func ownTheoryIsOnlyEmployees(terms []string, own []*document.Sentence) bool {
	emp, rel := false, false
	for _, s := range own {
		if employeeMention(terms, s.Indexed()) {
			emp = true
		}
		if plead.RelationshipMention(s.Indexed()) {
			rel = true
		}
	}
	return emp && !rel
}

// isPartyName reports whether a name is one of the parties'.
func isPartyName(parties []string, name string) bool {
	c := plead.OrgCore(name)
	if len(c) < 2 {
		return true
	}
	for _, p := range parties {
		if len(p) >= 2 && (strings.Contains(c, p) || strings.Contains(p, c)) {
			return true
		}
	}
	return false
}

// Capitalised words that open a list without naming anyone: "clients,
// including Fortune 500 companies".
var namedListStop = map[string]bool{"the": true, "plaintiff": true, "plaintiffs": true, "defendant": true,
	"defendants": true, "its": true, "their": true, "his": true, "her": true, "exhibit": true, "ex": true,
	"fortune": true, "global": true, "many": true, "several": true, "numerous": true, "major": true,
	"large": true, "national": true, "leading": true, "various": true, "other": true, "certain": true,
	"some": true, "all": true, "each": true, "those": true, "these": true, "both": true, "multiple": true,
	"prominent": true, "well-known": true, "existing": true, "prospective": true, "potential": true,
	"new": true, "u.s": true, "american": true, "top": true, "dozens": true, "hundreds": true}

// reGenericAfterName matches a generic group noun right after a capitalized
// word, which makes that word a place or a market, not a counterparty.
var reGenericAfterName = pattern.MustCompile(`^\s+(?:[a-z][\w-]*\s+){0,2}(?:customers|clients|companies|businesses|firms|users|operators|consumers|purchasers|buyers|retailers|dealers|distributors|accounts|markets?|entities|organi[sz]ations|institutions|hospitals|schools|agencies|carriers|residents|region|area|territory)\b`)

// reGenericGroupWord is a group noun a complaint may capitalize as a defined
// term ("Users", "Members", "Subscribers").
var reGenericGroupWord = pattern.MustCompile(`(?i)^(?:users?|members?|subscribers?|consumers?|dealers?|patients?|students?|advertisers?|publishers?|carriers?|operators?|companies|businesses)$`)

var reThirdPartyContext = pattern.MustCompile(`(?i)\b(?:negotiat\w*|rfps?|bids?|renew\w*|orders?|purchas\w*|subscri\w*|pilot|engag\w*|sign\w*|award\w*|select\w*|switch\w*|terminat\w*|cancel\w*|defect\w*)\b`)

// identifiesThirdParty reports whether a sentence identifies a particular
// third party: a pseudonym ("Client A"), an organisation that is not a
// party, a named member of a list of customers, a proper name right after a
// relationship word ("relationships with Coral Sea Airways"), an exhibit
// listing them, or a dated contract with one.
func identifiesThirdParty(parties []string, text pattern.Text) bool {
	if lexicon.NyInterferencePseudonym().MatchText(text) {
		return true
	}
	rel := plead.RelationshipMention(text) || lexicon.NyInterferenceContract().MatchText(text) || reThirdPartyContext.MatchText(text)
	if rel {
		for _, loc := range lexicon.NyInterferenceOrganization().FindAllText(text) {
			if !isPartyName(parties, text.String()[loc[0]:loc[1]]) {
				return true
			}
		}
	}
	for _, m := range lexicon.NyInterferenceNamedList().Regexp().FindAllTextSubmatch(text, -1) {
		name := strings.TrimRight(m[1], ".,'’")
		if !namedListStop[strings.ToLower(name)] && !isPartyName(parties, name) {
			return true
		}
	}
	for _, m := range lexicon.NyInterferenceNamedCounterparty().Regexp().FindAllTextSubmatchIndex(text, -1) {
		name := strings.TrimRight(text.String()[m[2]:m[3]], ".,'’")
		first, _, _ := strings.Cut(name, " ")
		// "sales to Texas operators", "contracts with Midwest hospitals": a
		// place or a market before a generic noun names no one.
		if reGenericAfterName.MatchText(text.From(m[3])) {
			continue
		}
		// "relationships with Customers", "sales to Distributors": a
		// capitalized defined term for the group, not one of its members.
		if plead.RelationshipMention(pattern.Plain(first)) || reGenericGroupWord.MatchString(first) {
			continue
		}
		if !namedListStop[strings.ToLower(first)] && !isPartyName(parties, name) && !isPartyName(parties, first) {
			return true
		}
	}
	if plead.RelationshipMention(text) && plead.HasExhibit(text) {
		return true
	}
	if plead.RelationshipMention(text) && datedContract(text) {
		return true
	}
	return false
}

// datedContract reports a contract word within a few words of a date: "a
// storage agreement dated May 1, 2020", "its 2019 supply contract".
func datedContract(text pattern.Text) bool {
	con := lexicon.NyInterferenceContract()
	for _, m := range legal.DatesText(text) {
		from, to := m.Start-50, m.End+50
		if from < 0 {
			from = 0
		}
		if to > len(text.String()) {
			to = len(text.String())
		}
		if con.MatchText(text.Slice(from, to)) {
			return true
		}
	}
	return false
}

// thirdPartyBreach reports a breach by the third party: a breach word with a
// customer, client or employee (or a word of procurement) before it, so that
// "Defendant breached its agreement with LP" does not count.
func thirdPartyBreach(parties, terms []string, text pattern.Text) bool {
	for _, loc := range lexicon.NyInterferenceBreach().FindAllText(text) {
		before := text.String()[:loc[0]]
		if plead.RelationshipMention(pattern.Plain(before)) || employeeMention(terms, pattern.Plain(before)) ||
			lexicon.NyInterferenceProcure().Match(before) || identifiesThirdParty(parties, pattern.Plain(before)) {
			return true
		}
	}
	return false
}

// interferenceAnchor picks the count's own sentence that alleges the
// interference, preferring one that also names the relationship.
func interferenceAnchor(p *lint.Pass, pred func(*document.Sentence) bool) *document.Sentence {
	act := lexicon.NyInterferenceAct()
	own := p.Own()
	for _, pick := range []func(*document.Sentence) bool{
		func(s *document.Sentence) bool { return act.MatchText(s.Indexed()) && pred(s) },
		func(s *document.Sentence) bool { return act.MatchText(s.Indexed()) },
		pred,
	} {
		for _, s := range own {
			if pick(s) {
				return s
			}
		}
	}
	return nil
}

// tortCountReferenced reports that the count incorporates, or cites by
// number, another count pleading an independent tort (defamation, trade
// secrets, fraud, CFAA): that tort can supply the wrongful means.
func tortCountReferenced(p *lint.Pass) bool {
	d := p.Doc
	c := p.Count()
	tort := lexicon.NyInterferenceTortCount()
	isTort := func(ci int) bool {
		if ci == p.CountIndex {
			return false
		}
		o := &d.Counts[ci]
		return tort.Match(o.Title) || o.Has(legal.ClaimTradeSecret) || o.Has(legal.ClaimLanhamFA) || o.Has(legal.ClaimCFAA)
	}
	for _, ci := range c.SweptCounts {
		if isTort(ci) {
			return true
		}
	}
	ref := lexicon.NyInterferenceCountRef().Regexp()
	for _, s := range p.Own() {
		for _, m := range ref.FindAllTextSubmatch(s.Indexed(), -1) {
			for ci := range d.Counts {
				o := &d.Counts[ci]
				if strings.EqualFold(o.Numeral(), m[1]) || strings.EqualFold(o.Label, m[1]) {
					if isTort(ci) {
						return true
					}
				}
			}
		}
	}
	return false
}
