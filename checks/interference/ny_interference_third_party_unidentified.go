package interference

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

// NYInterferenceThirdPartyUnidentified reports this pleading gap: an interference count about
// "customers" in general, without any particular customer relationship.
var NYInterferenceThirdPartyUnidentified = &lint.Check{
	ID:         "ny-interference-third-party-unidentified",
	Title:      "Interference count never identifies the third-party relationships",
	Family:     legal.ClaimInterference,
	Severity:   lint.Warning,
	Confidence: 0.65,
	NY:         true,
	Doc: lint.Doc{
		Requirement: "New York requires the complaint to identify the particular relationships the defendant interfered with, and the defendant's conduct must be directed at those third parties. In Liveperson the client-relationship counts survived where specific client relationships and conduct aimed at them were pleaded.",
		Authority:   authority.Cite(authority.McGill, authority.Carvel),
		Insufficient: []string{
			"Defendant interfered with LP's relationships with its customers and prospective customers.",
			"LP had business relationships with numerous e-commerce companies.",
			"LP reasonably expected to enter into contracts with prospective clients.",
		},
		Sufficient: []string{
			"LP had written subscription agreements with Client A (since 2008) and Client B (since 2010), each running through December 2014.",
			"LP was in final-round renewal negotiations with Client C, whose procurement lead told LP on May 3, 2013 that LP was the selected vendor, when ...",
		},
		Fix:     "Name (or pseudonymously identify) each customer relationship, the contract or negotiation, and what Defendant did toward that customer.",
		Message: "The interference count refers to customers only in general; New York requires the specific third-party relationships Defendant interfered with.",
		Traps: []string{
			"confidentiality pseudonyms (\"Customer 1\", \"Client A\") with concrete contract facts",
			"customers named in the facts section and incorporated, or listed in an exhibit",
			"the parties' own names (\"LivePerson, Inc.\") do not identify a third party",
			"counts about employees only (see ny-interference-at-will-employees)",
		},
	},
	Run: runNYThirdPartyUnidentified,
}

var reContractBetween = pattern.MustCompile(`\b(?i:contract|agreement)s?\s+(?i:between|with)\s+(?:[A-Z][^\s,;]*\s+){0,4}(?i:and)\s+[A-Z][^\s,;]*|\b(?i:contract|agreement)s?\s+(?i:with)\s+[A-Z][^\s,;]*`)

func runNYThirdPartyUnidentified(p *lint.Pass) {
	if plead.PleadsOtherStateLaw(p) {
		return
	}
	// Customer relationships the count itself pleads; a sentence about the
	// plaintiff's employees ("directing the advisers to solicit its
	// clients") is about the employee theory, whose third parties are the
	// employees.
	terms := plead.DefendantTerms(p.Doc)
	pleaded := lexicon.NyInterferenceRelationshipPleaded()
	reportThirdPartyUnidentified(p, func(s *document.Sentence) bool {
		return plead.RelationshipMention(s.Indexed()) && pleaded.MatchText(s.Indexed()) && !employeeMention(terms, s.Indexed())
	}, nil)
}

// identifiesFact is identifiesThirdParty of a sentence with its term
// definitions, answered once per sentence and document: the New York and
// California rules of every interference count ask it of the same
// sentences.
var identifiesFact = document.NewSentenceFact("identifies a third party", func(d *document.Document, s *document.Sentence) bool {
	return identifiesThirdParty(plead.PartyNames(d), plead.DocWithTermDefinitionsText(d, s))
})

// reportThirdPartyUnidentified reports an interference count whose own
// sentences plead relationships (as rel says) and whose scope never
// identifies a third party. California's rule shares the reading.
// lower, when not nil, reports that the finding is a note (info) rather
// than a warning.
func reportThirdPartyUnidentified(p *lint.Pass, rel func(*document.Sentence) bool, lower func() bool) {
	var relOwn bool
	for _, s := range p.Own() {
		if rel(s) {
			relOwn = true
			break
		}
	}
	// The rows of the state's lists this rule decides.
	prefix := "ny-interference"
	if p.Law().State == "CA" {
		prefix = "ca-interference"
	}
	rows := []string{prefix + "-contract.contract", prefix + "-prospective.relationship"}
	if !relOwn {
		for _, r := range rows {
			p.ObserveNotChecked(r, "the count itself pleads no customer relationship")
		}
		return
	}
	// A count about prospective relations is satisfied by a customer named
	// in the count itself, or in a sentence of the facts that is not only
	// about an existing contract with it: a customer named as the party to
	// a signed agreement does not identify the expectancy.
	prospectiveOnly := lexicon.NyInterferenceProspectiveHeading().Match(p.Count().Title) &&
		!lexicon.NyInterferenceContract().Match(p.Count().Title)
	// An existing-contract count names its third party by naming the
	// contract's other side: "The Agreement is a valid contract between
	// Brightline and Okonjo" (a departing employee whose covenant the new
	// employer procured her to breach) identifies the relationship.
	if !prospectiveOnly {
		defendants := plead.DefendantTerms(p.Doc)
		for _, s := range p.Own() {
			if reContractBetween.MatchString(plead.WithTermDefinitions(p, s)) || breachedByCoDefendant(defendants, p.Count().Title, s.Text) {
				for _, r := range rows {
					p.Observe(r, lint.Pleaded, s)
				}
				return
			}
		}
	}
	context := lexicon.NyInterferenceProspectiveContext()
	contract := lexicon.NyInterferenceContract()
	for _, s := range p.Scope() {
		// The sentence's own span of the index when it uses no definition
		// to add: answered from the index instead of scanned.
		text := plead.WithTermDefinitionsText(p, s)
		if prospectiveOnly && s.Count != p.CountIndex && contract.MatchText(text) && !context.MatchText(text) {
			continue
		}
		if identifiesFact.Of(p.Doc, s) {
			for _, r := range rows {
				p.Observe(r, lint.Pleaded, s)
			}
			return
		}
	}
	sev := p.Check.SeverityIn(p.Profile)
	if lower != nil && lower() {
		sev = lint.Info
	}
	p.ReportMissing(interferenceAnchor(p, rel), sev, "")
}

// breachedByCoDefendant reports a sentence naming, as the one who breached,
// a defendant the count is not brought against: "Sethi and Kroll breached
// the Agreements", "procured Sethi's and Kroll's continuing breaches of
// Sections 2 and 4". In an interference count the one who breaches is the
// third party, so the contract's other side is identified — typically a
// departing employee sued alongside the new employer.
func breachedByCoDefendant(defendants []string, title, text string) bool {
	for _, d := range defendants {
		if len(d) < 2 || strings.Contains(title, d) {
			continue
		}
		for from := 0; ; {
			i := strings.Index(text[from:], d)
			if i < 0 {
				break
			}
			from += i + len(d)
			for k, w := range strings.Fields(text[from:]) {
				if k == 5 {
					break
				}
				if strings.HasPrefix(strings.ToLower(w), "breach") {
					return true
				}
			}
		}
	}
	return false
}
