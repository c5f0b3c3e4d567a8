package dmca

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

// DMCA1202CMIUnidentified reports a § 1202 count that never says what CMI
// was on which works.
var DMCA1202CMIUnidentified = &lint.Check{
	ID:         "dmca-1202-cmi-unidentified",
	Title:      "§ 1202 count does not say what CMI was on which works",
	Family:     legal.ClaimDMCA1202,
	Severity:   lint.Warning,
	Confidence: 0.7,
	Doc: lint.Doc{
		Requirement: "§ 1202(c) defines CMI by category: the title, the author's name, the copyright owner's name, terms and conditions for use, identifying numbers or symbols, conveyed with copies of the work. Courts have dismissed CMI claims that did not say what CMI was on which works (Tremblay); claims survived where the CMI types and works were specified (Intercept).",
		Authority:   authority.Cite(authority.Section1202c, authority.Tremblay, authority.Intercept),
		Insufficient: []string{
			"Plaintiffs' works contained copyright management information, which Defendants removed.",
			"Defendants removed CMI within the meaning of 17 U.S.C. § 1202(c).",
			"The Works were published with one or more forms of CMI.",
		},
		Sufficient: []string{
			"Each of the 1,204 articles listed in Exhibit B was published on plaintiff.example with the author's byline, the headline, the notice '© 2023 Plaintiff Media, Inc.' and a link to the Terms of Use immediately below the text.",
			"Each licensed file in the repositories listed in Exhibit 1 begins with a header comment stating the author's name, a copyright notice and the MIT licence text.",
		},
		Fix:     "List the CMI types and where they appeared on each work (or attach a schedule of works with their CMI).",
		Message: "The § 1202 count does not say what CMI (author, title, copyright notice, terms) was on which works; courts have dismissed CMI claims for that gap.",
		Traps: []string{
			"CMI types listed in the facts section and incorporated",
			"works listed in an exhibit or schedule",
			"a statutory recital followed by \"specifically, ...\"",
			"\"right, title and interest\" is not a title",
			"a notice only in a site-wide footer or terms page is noted at info, not as missing",
			"a notice in the footer of each page of a printed guide or book travels with the copy: only a footer of a website is site-wide",
		},
	},
	Run: runDMCA1202CMIUnidentified,
}

const msgCMIWorksUnidentified = "The § 1202 count names kinds of CMI but not the works that carried them; courts have dismissed CMI claims that did not say what CMI was on which works."

func runDMCA1202CMIUnidentified(p *lint.Pass) {
	works, sitewide := lexicon.CmiWorks(), lexicon.CmiSitewide()
	var typed, identified, withWork bool
	var site *document.Sentence
	var siteAt []int
	for _, s := range p.Scope() {
		text := plead.WithTermDefinitions(p, s)
		if namesCMIType(text) {
			typed = true
			if loc := sitewide.FindText(s.Indexed()); loc != nil && !footerOfWork(s.Indexed(), loc) {
				if site == nil {
					site, siteAt = s, loc
				}
			} else {
				withWork = true
			}
		}
		identified = identified || works.Match(text)
	}
	anchor := cmiAnchor(p, lexicon.CmiMention())
	switch {
	case !typed && falseCMIStated(p):
		// A § 1202(a) count's CMI is the false statement itself; quoting
		// or describing it says what the CMI was.
	case !typed:
		p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
	case !identified:
		p.ReportMissing(anchor, lint.Info, msgCMIWorksUnidentified)
	case !withWork && site != nil:
		// The only CMI pleaded sits in a site-wide footer or terms page,
		// not with the copies of the works.
		p.Report(lint.Finding{Span: plead.PhraseSpan(site, siteAt), Severity: lint.Info, Message: msgCMISitewide})
	}
}

// footerOfWork reports a "footer" hit in a sentence that names no website:
// the footer of each page of a printed guide or book is part of the copy,
// not a site-wide notice.
func footerOfWork(text pattern.Text, loc []int) bool {
	return strings.HasPrefix(strings.ToLower(text.String()[loc[0]:loc[1]]), "footer") && !lexicon.CmiWebPlace().MatchText(text)
}

const msgCMISitewide = "The only place the count gives for the CMI is site-wide, not with each work; CMI is information that accompanies the copies of the work, so say where it appeared on the works themselves."

// falseCMIStated reports a count that pleads only the § 1202(a) theory
// (false CMI) and states the false CMI: quoted beside the false-CMI or
// distribution words, or described as the defendant's own name, logo or
// credit on the copies.
func falseCMIStated(p *lint.Pass) bool {
	th := cmiTheoriesOf(p)
	if !th.falseCMI || th.removal || th.distribution {
		return false
	}
	falseCMI, distribute := lexicon.CmiFalse(), lexicon.CmiDistribute()
	terms := plead.DefendantWords(p.Doc)
	for _, s := range p.Scope() {
		text := cmiText(p, s)
		if (falseCMI.Match(text) || distribute.Match(text)) && plead.QuotedStatement(s.Indexed()) != nil {
			return true
		}
		if describesOwnAttribution(terms, legal.Normalize(strings.ToLower(s.Text))) {
			return true
		}
	}
	return false
}
