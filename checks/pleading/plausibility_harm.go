package pleading

import (
	"strings"
	"sync"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// What makes a harm recital, or a label, more than a conclusion in the
// same sentence (plausibility-conclusory-allegation). RULES.md § G's
// deficient recital is "As a direct and proximate result, Plaintiff has
// been damaged.": a cause and a harm, neither named. A recital that goes on
// to name what was lost, what it cost or the pleaded sum it is measured by
// ("including the cost of re-imaging the laptops", "in the amount of the
// unpaid invoices", "Plaintiff lost the Hollis contract") states a fact; one
// that names only a category of damages ("lost profits", "irreparable
// harm", "an amount to be determined at trial") does not.

var (
	// A lead that opens the description of a harm, anywhere after the
	// recital: "..., including ...", "in the form of ...", "in at least the
	// amount of ...".
	reHarmNamedLead = pattern.MustPattern(`(?i)\b(?:including|include|includes|in the form of|consisting of|namely|such as|in (?:at least |no less than |not less than )?the (?:full |total |unpaid )?(?:amount|sum|value) of|equal to)\b(?:\s+but not limited to|\s+without limitation)?,?(?:\s+by)?\s+(.+)`)
	// A clause after a causal lead ("As a direct result, ...") that says
	// what the pleader lost or spent: "Halverson lost the production
	// program", "Plaintiff was forced to replace the pump".
	reHarmLossClause = pattern.MustPattern(`(?i)^[\s,]*(?:of [^,]{1,80},\s*)?(?:[\w'’.-]+\s+){1,4}(?:(?:has|have|had)\s+)?(?:lost|paid|spent|incurred|forfeited|(?:was|were)\s+(?:forced|required|obliged)\s+to|had\s+to)\s+(.+)`)
	// A means stated after a label: "improperly induced the customers to
	// cancel by quoting them prices computed from ...".
	reMeansBy = pattern.MustPattern(`(?i)\b(?:by|through)\s+([a-z]+ing)\b\s+(.+)`)
)

// genericHarmWords are the words of a harm recital that name no particular
// harm: categories of damages, measures left to trial, and the filler
// around them. A description made only of these ("lost profits and harm to
// its goodwill, in an amount to be determined at trial") is still a
// conclusion.
var genericHarmWords = sync.OnceValue(func() map[string]bool {
	return wordSet(`a an the of to be in at and or as its their his her it this that these those such other
any all our your which who will would may has have been being is are was were by for from with on into
damage damages damaged harm harms harmed injury injuries injured loss losses lost lose losing
profit profits revenue revenues sales sale income earnings business opportunity opportunities
goodwill good will reputation reputational irreparable irreparably economic monetary financial pecuniary
substantial substantially significant significantly great greater severe serious considerable
actual compensatory consequential incidental special general punitive exemplary statutory enhanced
amount amounts sum sums determined proved proven established shown ascertained trial jury
excess exceeding jurisdictional minimum threshold least less more than not no
including include includes but limited without limitation
continue continues continuing continued ongoing future past present
money value costs fees attorney attorneys expenses
defendant defendants plaintiff plaintiffs conduct actions acts wrongful unlawful misconduct
infringement violation violations breach breaches misappropriation interference fraud
customer customers client clients market share position relationship relationships competitive advantage standing
benefit benefits produced produce generated generate yielded yield earned realized expected anticipated prospective`)
})

// genericMeansVerbs are gerunds that restate a claim rather than say how
// the act was done: "by infringing", "by engaging in unfair practices",
// "by inducing the clients to leave" (the interference element itself).
var genericMeansVerbs = sync.OnceValue(func() map[string]bool {
	return wordSet(`engaging infringing misappropriating violating breaching interfering acting doing
committing conducting competing using failing refusing continuing participating
inducing causing`)
})

// wordSet is the words of s as a set. The two sets above are made on
// first use: a short draft with no harm recital never asks them.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// namesSpecificHarm reports whether a description of harm contains a word
// that is not a generic category of damages: "the cost of its forensic
// review", "the license fees OAM would have paid", "the unpaid invoices".
// Lost customers or market share, unnamed, are a category; a party's name
// ("customers lost to Defendant") names nothing lost.
func namesSpecificHarm(desc string, pt *plead.GeneralParties) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(desc), func(r rune) bool {
		return (r < 'a' || r > 'z') && r != '\'' && r != '’'
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "'’"), "'s"), "’s")
		if len(w) > 2 && !genericHarmWords()[w] && !pt.Words[w] {
			return true
		}
	}
	return false
}

// harmNamed reports a harm recital whose rest (the text after the recital)
// names the harm: a description introduced by "including", "in the form
// of", "the amount of" ..., or, after a causal lead, a clause saying what
// the pleader lost or spent. When the rest holds a further recital ("As a
// direct result, Plaintiff has been damaged, including ..."), what follows
// that recital decides.
func harmNamed(rest string, pt *plead.GeneralParties) bool {
	if f := lexicon.PlausibilityFormula().Find(rest); f != nil {
		return harmDescribed(rest[f[1]:]) || harmNamed(rest[f[1]:], pt)
	}
	if m := reHarmNamedLead.FindStringSubmatch(rest); m != nil && namesSpecificHarm(m[1], pt) {
		return true
	}
	m := reHarmLossClause.FindStringSubmatch(rest)
	return m != nil && namesSpecificHarm(m[1], pt)
}

// meansStated reports a label that the same sentence goes on to support
// with the means used: "by quoting them prices computed from the confidential
// pricing matrix". The gerund must say how (not "by infringing", "by
// engaging in unfair practices"), its object must run to three words or
// more, and the clause must not be a label itself.
func meansStated(rest string, pt *plead.GeneralParties) bool {
	m := reMeansBy.FindStringSubmatch(rest)
	if m == nil || genericMeansVerbs()[strings.ToLower(m[1])] {
		return false
	}
	return len(strings.Fields(m[2])) >= 3 && !lexicon.Conclusory().Match(m[2]) && namesSpecificHarm(m[2], pt)
}
