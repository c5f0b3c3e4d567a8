package legal

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Classification is what a count pleads, decided by the operative statute
// and the elements its own text pleads (RULES-FORUM.md §F2), not by the
// first citation in its heading.
type Classification struct {
	// Families are the claim families assigned, the primary first; a count
	// may plead several. {ClaimOther} when none was assigned.
	Families []Claim
	// Low is set when no family reached the assignment score and the best
	// one was taken at low confidence: element rules on the count then
	// drop one severity level (F2.1 step 3).
	Low bool
	// Scores holds each family's score: statute and heading-name cues plus
	// distinct element cues (at most four).
	Scores map[Claim]int
	// Secondary: a contributory, vicarious or inducement copyright count
	// (subtype of ClaimCopyright).
	Secondary bool
	// HotNews: a hot-news misappropriation count (subtype of
	// ClaimUnfairComp).
	HotNews bool
	// CUTSA: a trade-secret count that cites California's Uniform Trade
	// Secrets Act.
	CUTSA bool
	// Mismatch is set when the heading cites a provision of one family
	// while the count pleads another's elements (F2.1 step 4), or when a
	// heading citing only a range was resolved at low confidence.
	Mismatch *HeadingMismatch
}

// HeadingMismatch records a heading citation that does not name the
// provision the count pleads.
type HeadingMismatch struct {
	// Start and End are byte offsets of the citation in the heading text
	// passed to Classify; the citation is quoted from there.
	Start, End int
	Cited      Claim // the family the citation names (for a range: "")
	Pleaded    Claim // the family the body pleads
	Range      bool  // the heading cites only a range or "et seq."
}

// cite is a statute citation found in a count.
type cite struct {
	start, end int
	families   []Claim
	strong     bool // a single specific section; weak: a range, et seq., or a bare title
	heading    bool
	cutsa      bool
	isRange    bool
	// lean is the family an ambiguous citation or name usually means
	// ("DMCA" is mostly pleaded for § 1201, a bare § 1125(a) for false
	// advertising): it weighs one more, so that a count whose body is
	// silent is still read that way, at low confidence.
	lean Claim
}

const (
	strongCue     = 3
	weakCue       = 1
	assignScore   = 3
	lowScore      = 2
	maxElementCue = 4
	// classifyWindow bounds the body text read: the heading and the first
	// allegations say what a count pleads, and a count of megabytes (a
	// pasted exhibit, a damaged export) must not cost minutes.
	classifyWindow = 24 << 10
)

// windowText is window of a span: a span of the same index.
func windowText(t pattern.Text, n int) pattern.Text {
	if w := window(t.String(), n); len(w) < t.Len() {
		return t.Slice(0, len(w))
	}
	return t
}

// window returns s cut to at most n bytes, at a rune boundary.
func window(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// familyOrder ranks families when several are assigned: the primary family
// is the first in this order, which keeps count names stable ("Count III
// (CFAA)") for counts that plead several.
var familyOrder = []Claim{ClaimDMCA, ClaimDMCA1202, ClaimCopyright, ClaimCFAA, ClaimCDAFA, ClaimTradeSecret,
	ClaimLanhamA, ClaimDilution, ClaimCybersquatting, ClaimLanhamFA, ClaimFAL, ClaimUCL, ClaimGBL, ClaimStateConsumer,
	ClaimInterference, ClaimUnfairComp, ClaimUnjustEnrichment, ClaimContract}

// The state consumer-protection citations, split so that the Illinois
// form, which begins with digits, is asked only of text naming ILCS.
const (
	stateConsumerILCS   = `\b\d{3}\s*ILCS\s*(?:505|510)`
	stateConsumerOthers = `\b6\s*Del\.?\s*C(?:ode)?\.?\s*(?:Ann\.\s*)?(?:tit\.\s*6,?\s*)?§{1,2}\s*25(?:13|32)|\bFla\.?\s*Stat\.?\s*(?:Ann\.\s*)?§{1,2}\s*501\.2|\b(?:Mass\.?\s*Gen\.?\s*Laws|M\.?\s*G\.?\s*L\.?)\s*(?:ch\.|c\.|chapter)\s*93A|\bN\.?\s*J\.?\s*(?:Stat\.?\s*Ann\.?|S\.?\s*A\.?)\s*§{1,2}\s*56:8|\bTex\.?\s*Bus\.?\s*&\s*Com\.?\s*Code\s*(?:Ann\.\s*)?§{1,2}\s*17\.4[1-9]|\b(?:Wash\.?\s*Rev\.?\s*Code|RCW)\s*(?:§{1,2}\s*)?19\.86|\bConn\.?\s*Gen\.?\s*Stat\.?\s*§{1,2}\s*42-110|\bconsumer fraud (?:and deceptive business practices )?act\b|\bdeceptive trade practices act\b|\bconsumer protection act\b|\bunfair trade practices act\b|\bunfair and deceptive (?:acts|trade practices) act\b|\b(?:UDTPA|DTPA|FDUTPA|CUTPA|ICFA|CFA)\b|\bchapter 93A\b`
)

var (
	// A federal title and its sections: "17 U.S.C. §§ 1201–1205", "15
	// U.S.C. § 1125(a)(1)(B)", "18 U.S.C. § 1030 et seq.".
	reUSCCite = pattern.MustPattern(`(?i)\b(15|17|18)\s*U\.?\s*S\.?\s*C\.?\s*(?:A\.\s*)?(?:§{1,2}|sections?|secs?\.)?\s*((?:\d{3,4}[a-z]?(?:\s*\([a-zA-Z0-9]{1,4}\))*(?:\s*(?:,|and|&|through|to|-|–|—)\s*(?:§{1,2}\s*)?)?)+)(\s*et\.?\s*seq\.?)?`)
	// A section with no title: "§ 1202(b)", "Section 43(a)(1)(B)". The
	// section mark is matched without case folding, which leaves it what
	// it is (§ has no other case), so that the pattern has anchors and is
	// tried only where a "§" or "section" occurs, instead of running over
	// every byte of every count.
	reBareSection = pattern.MustPattern(`(?i)(?:(?-i:§{1,2})|\bsections?)\s*(1201|1202|1030|1125|1114|1836|1839|43)((?:\s*\([a-zA-Z0-9]{1,4}\))*)`)
	reSectionNum  = pattern.MustPattern(`(\d{3,4})((?:\s*\([a-zA-Z0-9]{1,4}\))*)`)
	reRange       = pattern.MustPattern(`(\d{3,4})[a-z]?(?:\s*\([a-zA-Z0-9]{1,4}\))*\s*(?:–|-|—|through|to)\s*(?:§{1,2}\s*)?(\d{3,4})`)

	// State statutes.
	reCalBP    = pattern.MustPattern(`(?i)\b(?:Cal(?:ifornia|\.)?\s*)?Bus(?:iness|\.)?\s*(?:&|and)\s*Prof(?:essions|\.)?\s*Code\s*(?:§{1,2}|sections?)?\s*((?:17200|17500)(?:\s*(?:,|and|&)\s*(?:§{1,2}\s*)?(?:17200|17500))*)`)
	reCalPenal = pattern.MustPattern(`(?i)\b(?:Cal(?:ifornia|\.)?\s*)?Penal\s*Code\s*(?:§{1,2}|sections?)\s*502\b`)
	reCalCivTS = pattern.MustPattern(`(?i)\bCiv(?:il|\.)?\s*Code\s*(?:§{1,2}|sections?)\s*3426|California Uniform Trade Secrets Act|\bCUTSA\b`)
	reNYGBL    = pattern.MustPattern(`(?i)\b(?:N\.?\s*Y\.?\s*)?Gen(?:eral|\.)?\s*Bus(?:iness|\.)?\s*(?:Law|L\.)\s*(?:§{1,2}|sections?)?\s*(349|350)|\bGBL\b`)
	// State trademark-dilution statutes: Cal. Bus. & Prof. Code § 14247,
	// N.Y. Gen. Bus. Law § 360-l, and the model state act's "injury to
	// business reputation; dilution".
	reStateDilution = pattern.MustPattern(`(?i)\bBus(?:iness|\.)?\s*(?:&|and)\s*Prof(?:essions|\.)?\s*Code\s*(?:§{1,2}|sections?)?\s*14(?:247|330)\b|\b(?:Gen(?:eral|\.)?\s*Bus(?:iness|\.)?\s*(?:Law|L\.)|GBL)\s*(?:§{1,2}|sections?)?\s*360-?l\b`)
	// Consumer-protection and deceptive-practices statutes of other states:
	// their citations (815 ILCS 505, 6 Del. C. § 2532, Fla. Stat. §
	// 501.204, Mass. Gen. Laws ch. 93A, N.J. Stat. Ann. § 56:8-2, Tex. Bus.
	// & Com. Code § 17.46, Wash. Rev. Code § 19.86, Conn. Gen. Stat. §
	// 42-110b) and their names.
	reStateConsumer = pattern.MustPattern(`(?i)` + stateConsumerILCS + `|` + stateConsumerOthers)
	// reStateConsumerOthers is reStateConsumer without the Illinois
	// citation, whose only anchors are digits: text without "ILCS" asks
	// this one and is not tried at every number it holds.
	reStateConsumerOthers = pattern.MustPattern(`(?i)` + stateConsumerOthers)
	reStateName           = pattern.MustPattern(`(?i)\bUnfair Competition Law\b|\bUCL\b|\bFalse Advertising Law\b|\bFAL\b|Comprehensive Computer Data Access and Fraud Act|\bCDAFA\b|\bUniform Trade Secrets Act\b`)

	// Heading names of causes of action.
	reHName1201        = pattern.MustPattern(`(?i)anti-?circumvention|circumvention of (?:technological|copyright protection|access)|\bcircumvent`)
	reHNameDMCA        = pattern.MustPattern(`(?i)digital millennium|\bdmca\b`)
	reHName1202        = pattern.MustPattern(`(?i)copyright management information|\bCMI\b`)
	reHNameCFAA        = pattern.MustPattern(`(?i)computer fraud and abuse|\bcfaa\b`)
	reHNameTS          = pattern.MustPattern(`(?i)trade secrets?|defend trade secrets|\bdtsa\b|misappropriation of (?:confidential|proprietary)`)
	reHNameDeclaratory = pattern.MustPattern(`(?i)\bdeclaratory\b|\bdeclaration of (?:non-?infringement|invalidity|rights)`)
	reHNameMisapp      = pattern.MustPattern(`(?i)\bmisappropriation\b`)
	reHNameHotNews     = pattern.MustPattern(`(?i)hot[- ]news`)
	reHNameFA          = pattern.MustPattern(`(?i)false (?:and misleading )?(?:advertising|promotion)|deceptive (?:acts|practices|business)`)
	// Disparagement of a competitor's goods is a § 43(a)(1)(B) claim only
	// where the count invokes the Lanham Act; under its own name it is the
	// common-law tort (injurious falsehood, trade libel), like defamation.
	reHNameDisparagement = pattern.MustPattern(`(?i)commercial disparagement|product disparagement`)
	reHNameLanhamA       = pattern.MustPattern(`(?i)trademark|trade dress|passing off|false designation|false association|false endorsement`)
	reHNameLanham        = pattern.MustPattern(`(?i)\blanham act\b`)
	reHNameDilution      = pattern.MustPattern(`(?i)\bdilut(?:ion|e|es|ed|ing)\b`)
	reHNameCyber         = pattern.MustPattern(`(?i)cyber-?squatting|cyberpiracy|\bACPA\b|anti-?cybersquatting|domain names?`)
	// The heading words of a confusion-based mark claim; a dilution or
	// cybersquatting heading that also names one of these pleads both.
	reHNameConfusion = pattern.MustPattern(`(?i)infring|false designation|false association|false endorsement|passing off|trade dress|counterfeit`)
	reHNameUnfair    = pattern.MustPattern(`(?i)unfair competition`)
	reHNameCommonLaw = pattern.MustPattern(`(?i)common[- ]law`)
	reFedLanhamCite  = pattern.MustPattern(`(?i)\b15\s*U\.?\s*S\.?\s*C|\blanham\b|§\s*43\s*\(a\)|section\s*43\s*\(a\)`)

	// The words of a count heading that are not its cause of action: the
	// count's number, the parties it runs against.
	reCountLabelWords = lazyregexp.New(`(?i)\b(?:count|claim|claims|cause|causes|of|action|for|relief|as|and|an?|the|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[ivxlc]+|\d+|no|against|all|each|every|defendants?|plaintiffs?|by|on|behalf|individually|collectively|severally|jointly)\b|\([^)]*\b(?:against|defendants?|plaintiffs?)\b[^)]*\)`)
	reCauseWords      = lazyregexp.New(`[A-Za-z]{4,}`)
	reCMIPhrase       = pattern.MustPattern(`(?i)copyright management information`)
)

// Classify assigns claim families to a count from its heading (the cause
// label and its continuation lines) and its own body text. Incorporated
// allegations are not read: they tell what facts a count relies on, not
// what it pleads.
func Classify(heading, body string) Classification {
	return ClassifyText(pattern.Plain(heading), pattern.Plain(body))
}

// ClassifyText is Classify of a count's heading and body as spans of its
// document (document.Build passes them), so that the cue lists read the
// document's index.
func ClassifyText(headingText, bodyText pattern.Text) Classification {
	cl := Classification{Scores: map[Claim]int{}}
	bodyText = windowText(bodyText, classifyWindow)
	heading, body := headingText.String(), bodyText.String()
	// A declaratory-judgment count pleads a controversy, not the elements
	// of the claim it names ("DECLARATORY JUDGMENT OF NON-INFRINGEMENT (17
	// U.S.C. § 501)"): no family's element rules read it.
	if reHNameDeclaratory.MatchString(heading) {
		cl.Families = []Claim{ClaimOther}
		return cl
	}
	all := heading + "\n" + body
	cites := findCites(headingText, bodyText)
	names := headingNames(heading, all)
	strongHeading := false
	for _, n := range names {
		strongHeading = strongHeading || n.strong
	}
	for _, c := range cites {
		if c.heading && c.strong {
			strongHeading = true
		}
	}

	// Statute and name cues: a body citation is strong only when the
	// heading names no family of its own (a contract count that mentions
	// 17 U.S.C. § 501 in passing stays a contract count). Weak cues add up
	// to less than one strong cue.
	label := map[Claim]int{}
	strongLabel := map[Claim]bool{}
	leaned := map[Claim]bool{}
	specificHeading := map[Claim]cite{}
	headingFamilies := map[Claim]bool{}
	for _, c := range append(cites, names...) {
		strong := c.strong && (c.heading || !strongHeading)
		if c.heading {
			for _, f := range c.families {
				headingFamilies[f] = true
			}
		}
		for _, f := range c.families {
			switch {
			case strong:
				strongLabel[f] = true
			case f == c.lean:
				label[f] += weakCue + 1
				leaned[f] = true
			default:
				label[f] += weakCue
			}
			if c.heading && c.strong && c.end > c.start {
				if _, seen := specificHeading[f]; !seen {
					specificHeading[f] = c
				}
			}
		}
		cl.CUTSA = cl.CUTSA || c.cutsa
	}
	for f := range label {
		label[f] = min(strongCue-1, label[f])
	}
	for f := range strongLabel {
		label[f] = strongCue
	}
	// The UCL borrows violations of other laws as its "unlawful" prong: in
	// a count whose heading names the UCL, a statute the body cites (Cal.
	// Penal Code § 502, 18 U.S.C. § 1030) is the predicate, not a second
	// claim, and its family's rules do not read the count.
	borrowing := headingFamilies[ClaimUCL] && strongLabel[ClaimUCL]
	if borrowing {
		for f := range label {
			if !headingFamilies[f] && f != ClaimUCL && f != ClaimFAL {
				delete(label, f)
				delete(strongLabel, f)
			}
		}
	}

	allCues := newElementCues(pattern.Plain(all), label)
	allCues.joined = pattern.Join(headingText, bodyText)
	elems := map[Claim]int{}
	for _, f := range familyOrder {
		elems[f] = allCues.of(f)
	}
	bodyElems := newElementCues(bodyText, label)
	for _, f := range familyOrder {
		if s := label[f] + elems[f]; s > 0 {
			cl.Scores[f] = s
		}
	}

	assigned := map[Claim]bool{}
	labelled := len(label) > 0
	for _, f := range familyOrder {
		if cl.Scores[f] >= assignScore && label[f] > 0 {
			assigned[f] = true
		}
	}
	// F2.1 step 4: the heading's specific citation names a family whose
	// elements the body never pleads, while another family's are pleaded.
	for _, f := range familyOrder {
		c, cited := specificHeading[f]
		if !cited || !assigned[f] || borrowing && f == ClaimUCL || bodyElems.of(f) > 0 {
			continue
		}
		for _, g := range familyOrder {
			if g == f || label[g]+elems[g] < assignScore || borrowing && label[g] == 0 || bodyElems.of(g) == 0 {
				continue
			}
			if _, gCited := specificHeading[g]; gCited {
				continue
			}
			delete(assigned, f)
			assigned[g] = true
			if cl.Mismatch == nil {
				cl.Mismatch = &HeadingMismatch{Start: c.start, End: c.end, Cited: f, Pleaded: g}
			}
		}
	}
	// A count whose heading and citations name nothing is classified by
	// its elements alone. One whose heading names a cause of action
	// outside the families ("CIVIL CONSPIRACY") is not: it pleads that
	// cause, whatever contract or copying facts it recites.
	// Read only for a count without labels: the heading's words are
	// rewritten by a large expression, which cost a sixth of classifying.
	namesCause := !labelled && reCauseWords.MatchString(reCountLabelWords.ReplaceAllString(heading, " "))
	if !labelled && !namesCause {
		for _, f := range familyOrder {
			if cl.Scores[f] >= assignScore {
				assigned[f] = true
			}
		}
	}
	resolveExclusions(assigned, label)

	for _, f := range familyOrder {
		if assigned[f] {
			cl.Families = append(cl.Families, f)
		}
	}
	if len(cl.Families) == 0 {
		best, bestScore := ClaimOther, 0
		for _, f := range familyOrder {
			eligible := label[f] > 0 || !labelled && !namesCause
			if s := cl.Scores[f]; eligible && (s > bestScore || s == bestScore && leaned[f] && !leaned[best]) {
				best, bestScore = f, s
			}
		}
		if bestScore >= lowScore {
			cl.Families = []Claim{best}
			cl.Low = true
		} else {
			cl.Families = []Claim{ClaimOther}
		}
	}
	if cl.Mismatch == nil {
		cl.Mismatch = weakHeadingMismatch(cites, cl)
	}
	// The subtypes are read only for the family they refine.
	cl.Secondary = hasClaim(cl.Families, ClaimCopyright) && label[ClaimCopyright] > 0 && Lex("class.copyright-secondary").Match(heading)
	cl.HotNews = hasClaim(cl.Families, ClaimUnfairComp) && Lex("class.hot-news").Match(all)
	if !hasClaim(cl.Families, ClaimTradeSecret) {
		cl.CUTSA = false
	}
	return cl
}

// resolveExclusions applies the table's traps: a state consumer-protection
// count is never a Lanham count unless the count also cites the Lanham Act
// specifically, and a UCL count is not common-law unfair competition.
func resolveExclusions(assigned map[Claim]bool, label map[Claim]int) {
	state := assigned[ClaimUCL] || assigned[ClaimFAL] || assigned[ClaimGBL] || assigned[ClaimStateConsumer]
	if state && label[ClaimLanhamFA] < strongCue {
		delete(assigned, ClaimLanhamFA)
	}
	if assigned[ClaimUCL] && label[ClaimUnfairComp] < strongCue {
		delete(assigned, ClaimUnfairComp)
	}
	if assigned[ClaimCDAFA] && label[ClaimCFAA] < strongCue {
		delete(assigned, ClaimCFAA)
	}
	// Trade-secret misappropriation is not unfair competition by
	// misappropriation.
	if assigned[ClaimTradeSecret] && label[ClaimUnfairComp] < strongCue {
		delete(assigned, ClaimUnfairComp)
	}
}

// weakHeadingMismatch applies the second trigger of
// claim-heading-statute-mismatch: a heading whose statute citations are
// all ranges or bare sections (§§ 1201–1205, § 1125(a)) and either name
// none of the families the count was found to plead, or name one only at
// low confidence.
func weakHeadingMismatch(cites []cite, cl Classification) *HeadingMismatch {
	var first *cite
	covers := false
	for i := range cites {
		c := &cites[i]
		if !c.heading || c.end <= c.start || len(c.families) == 0 {
			continue
		}
		if c.strong {
			return nil
		}
		if first == nil {
			first = c
		}
		for _, f := range cl.Families {
			covers = covers || hasClaim(c.families, f)
		}
	}
	if first == nil || cl.Families[0] == ClaimOther {
		return nil
	}
	m := &HeadingMismatch{Start: first.start, End: first.end, Cited: first.lean, Pleaded: cl.Families[0], Range: true}
	switch {
	case !covers:
		m.Range = false
		return m
	case cl.Low && first.isRange:
		return m
	}
	return nil
}

// findCites extracts statute citations from the heading and the body.
func findCites(heading, body pattern.Text) []cite {
	var out []cite
	for part, span := range []pattern.Text{heading, body} {
		text := span.String()
		inHeading := part == 0
		add := func(c cite) {
			c.heading = inHeading
			out = append(out, c)
		}
		for _, m := range reUSCCite.FindAllTextSubmatchIndex(span, -1) {
			title := text[m[2]:m[3]]
			secs := text[m[4]:m[5]]
			etSeq := m[6] >= 0 && m[7] > m[6]
			add(uscCite(title, secs, etSeq, m[0], m[1]))
		}
		for _, m := range reBareSection.FindAllTextSubmatchIndex(span, -1) {
			if covered(out, inHeading, m[0]) {
				continue
			}
			n := text[m[2]:m[3]]
			sub := strings.ReplaceAll(text[m[4]:m[5]], " ", "")
			var c cite
			switch n {
			case "43":
				c = lanhamCite(sub)
			case "1125":
				c = lanhamCite(sub)
			default:
				c = sectionCite(n)
			}
			c.start, c.end = m[0], m[1]
			if len(c.families) > 0 {
				add(c)
			}
		}
		for _, m := range reCalBP.FindAllTextSubmatchIndex(span, -1) {
			var fs []Claim
			nums := text[m[2]:m[3]]
			if strings.Contains(nums, "17200") {
				fs = append(fs, ClaimUCL)
			}
			if strings.Contains(nums, "17500") {
				fs = append(fs, ClaimFAL)
			}
			add(cite{start: m[0], end: m[1], families: fs, strong: true})
		}
		for _, m := range reCalPenal.FindAllTextIndex(span, -1) {
			add(cite{start: m[0], end: m[1], families: []Claim{ClaimCDAFA}, strong: true})
		}
		for _, m := range reCalCivTS.FindAllTextIndex(span, -1) {
			add(cite{start: m[0], end: m[1], families: []Claim{ClaimTradeSecret}, strong: true, cutsa: true})
		}
		dilution := reStateDilution.FindAllTextIndex(span, -1)
		for _, m := range dilution {
			add(cite{start: m[0], end: m[1], families: []Claim{ClaimDilution}, strong: true})
		}
		for _, m := range reNYGBL.FindAllTextIndex(span, -1) {
			if within(dilution, m[0]) {
				continue // "GBL § 360-l" is dilution, not §§ 349-350
			}
			add(cite{start: m[0], end: m[1], families: []Claim{ClaimGBL}, strong: true})
		}
		stateConsumer := reStateConsumerOthers
		if containsFoldASCII(text, "ilcs") {
			stateConsumer = reStateConsumer
		}
		for _, m := range stateConsumer.FindAllTextIndex(span, -1) {
			if strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:m[0]], " ")), "cybersquatting") {
				continue // the federal Anticybersquatting Consumer Protection Act
			}
			add(cite{start: m[0], end: m[1], families: []Claim{ClaimStateConsumer}, strong: true})
		}
		for _, m := range reStateName.FindAllTextIndex(span, -1) {
			name := strings.ToLower(text[m[0]:m[1]])
			var f Claim
			switch {
			case strings.Contains(name, "unfair competition") || name == "ucl":
				f = ClaimUCL
			case strings.Contains(name, "false advertising") || name == "fal":
				f = ClaimFAL
			case strings.Contains(name, "trade secrets"):
				f = ClaimTradeSecret
			default:
				f = ClaimCDAFA
			}
			// A name is evidence, not a citation: it is never quoted as
			// the heading's cite.
			add(cite{families: []Claim{f}, strong: true})
		}
	}
	return out
}

// within reports whether off falls inside one of the spans.
func within(spans [][]int, off int) bool {
	for _, sp := range spans {
		if sp[0] <= off && off < sp[1] {
			return true
		}
	}
	return false
}

// covered reports whether a bare section at off is part of a citation
// already found (the "§ 1202" of "17 U.S.C. § 1202").
func covered(cs []cite, inHeading bool, off int) bool {
	for _, c := range cs {
		if c.heading == inHeading && c.start <= off && off < c.end {
			return true
		}
	}
	return false
}

// uscCite reads the sections of a U.S.C. citation.
func uscCite(title, secs string, etSeq bool, start, end int) cite {
	c := cite{start: start, end: end}
	if m := reRange.FindStringSubmatch(secs); m != nil {
		lo, _ := strconv.Atoi(m[1])
		hi, _ := strconv.Atoi(m[2])
		c.isRange = true
		c.families = rangeFamilies(title, lo, hi)
		return c
	}
	strong := false
	for _, m := range reSectionNum.FindAllStringSubmatch(secs, -1) {
		var s cite
		sub := strings.ReplaceAll(m[2], " ", "")
		switch {
		case title == "15" && m[1] == "1125":
			s = lanhamCite(sub)
		case title == "15" && m[1] == "1114":
			s = cite{families: []Claim{ClaimLanhamA}, strong: true}
		case title == "15" && m[1] == "1051":
			s = cite{families: []Claim{ClaimLanhamFA, ClaimLanhamA}}
		case title == "17":
			s = sectionCite(m[1])
		case title == "18" && m[1] == "1030":
			s = cite{families: []Claim{ClaimCFAA}, strong: true}
		case title == "18" && (m[1] == "1836" || m[1] == "1839"):
			s = cite{families: []Claim{ClaimTradeSecret}, strong: true}
		}
		for _, f := range s.families {
			if !hasClaim(c.families, f) {
				c.families = append(c.families, f)
			}
		}
		strong = strong || s.strong
	}
	c.strong = strong
	if etSeq && title == "17" && !strong {
		c.isRange = true
	}
	return c
}

// sectionCite reads a title 17 section (or a bare section number).
func sectionCite(n string) cite {
	switch n {
	case "1201":
		return cite{families: []Claim{ClaimDMCA}, strong: true}
	case "1202":
		return cite{families: []Claim{ClaimDMCA1202}, strong: true}
	case "1030":
		return cite{families: []Claim{ClaimCFAA}, strong: true}
	case "1114":
		return cite{families: []Claim{ClaimLanhamA}, strong: true}
	case "1836", "1839":
		return cite{families: []Claim{ClaimTradeSecret}, strong: true}
	case "106", "501":
		return cite{families: []Claim{ClaimCopyright}, strong: true}
	case "101", "201", "411", "502", "503", "504", "505":
		return cite{families: []Claim{ClaimCopyright}}
	}
	// § 1203 (civil remedies) serves both § 1201 and § 1202: a cue for
	// neither.
	return cite{}
}

// lanhamCite reads § 1125 or § 43 with its subsections: (a)(1)(A) is false
// association, (a)(1)(B) false advertising; a bare (a) is weak for both.
func lanhamCite(sub string) cite {
	s := strings.ToLower(sub)
	switch {
	case strings.HasPrefix(s, "(a)(1)(a)"):
		return cite{families: []Claim{ClaimLanhamA}, strong: true}
	case strings.HasPrefix(s, "(a)(1)(b)"):
		return cite{families: []Claim{ClaimLanhamFA}, strong: true}
	case strings.HasPrefix(s, "(c)"):
		return cite{families: []Claim{ClaimDilution}, strong: true}
	case strings.HasPrefix(s, "(d)"):
		return cite{families: []Claim{ClaimCybersquatting}, strong: true}
	}
	return cite{families: []Claim{ClaimLanhamFA, ClaimLanhamA}, lean: ClaimLanhamFA}
}

// rangeFamilies lists the families a range of sections covers.
func rangeFamilies(title string, lo, hi int) []Claim {
	var out []Claim
	in := func(n int) bool { return lo <= n && n <= hi }
	switch title {
	case "17":
		if in(106) || in(501) {
			out = append(out, ClaimCopyright)
		}
		if in(1201) {
			out = append(out, ClaimDMCA)
		}
		if in(1202) {
			out = append(out, ClaimDMCA1202)
		}
	case "18":
		if in(1030) {
			out = append(out, ClaimCFAA)
		}
		if in(1836) || in(1839) {
			out = append(out, ClaimTradeSecret)
		}
	case "15":
		if in(1114) {
			out = append(out, ClaimLanhamA)
		}
		if in(1125) {
			out = append(out, ClaimLanhamFA, ClaimLanhamA)
		}
	}
	return out
}

// headingNames reads the cause of action a heading names ("BREACH OF
// CONTRACT", "TORTIOUS INTERFERENCE"), as cues of the same weight as a
// specific citation when the name fits one family, or weak cues for each
// family an ambiguous name ("FALSE ADVERTISING", "DMCA") may mean.
func headingNames(h, all string) []cite {
	var out []cite
	add := func(strong bool, fs ...Claim) {
		out = append(out, cite{families: fs, strong: strong, heading: true})
	}
	// Whether the count cites a state false-advertising law, or the
	// Lanham Act anywhere: asked of the whole count, and only for the
	// headings that name false advertising, disparagement or unfair
	// competition, so answered on first need.
	stateFA := sync.OnceValue(func() bool {
		return reCalBP.MatchString(all) || reNYGBL.MatchString(all) || reStateName.MatchString(all) || reStateConsumer.MatchString(h)
	})
	lanhamAnywhere := sync.OnceValue(func() bool { return reFedLanhamCite.MatchString(all) })
	switch {
	case reHName1202.MatchString(h):
		add(true, ClaimDMCA1202)
	case reHName1201.MatchString(h):
		add(true, ClaimDMCA)
	case reHNameDMCA.MatchString(h):
		out = append(out, cite{families: []Claim{ClaimDMCA, ClaimDMCA1202}, heading: true, lean: ClaimDMCA})
	case reHeadCopyright.MatchString(h) || reHeadSecondary.MatchString(h):
		add(true, ClaimCopyright)
	}
	if reHNameCFAA.MatchString(h) {
		add(true, ClaimCFAA)
	}
	if reHNameTS.MatchString(h) {
		add(true, ClaimTradeSecret)
	} else if reHNameHotNews.MatchString(h) {
		add(true, ClaimUnfairComp)
	} else if reHNameMisapp.MatchString(h) {
		// Bare "misappropriation" is the unfair-competition tort unless
		// the body pleads trade secrets (RULES.md §2.4).
		out = append(out, cite{families: []Claim{ClaimTradeSecret, ClaimUnfairComp}, heading: true, lean: ClaimUnfairComp})
	}
	// Dilution and cybersquatting are mark claims without confusion: the
	// word "trademark" in their heading is no § 43(a)(1)(A) claim unless
	// the heading also names one.
	dilution, cyber := reHNameDilution.MatchString(h), reHNameCyber.MatchString(h)
	if dilution {
		add(true, ClaimDilution)
	}
	if cyber {
		add(true, ClaimCybersquatting)
	}
	if reHNameLanhamA.MatchString(h) && !reHNameFA.MatchString(h) && !reHNameDisparagement.MatchString(h) && (!dilution && !cyber || reHNameConfusion.MatchString(h)) {
		add(true, ClaimLanhamA)
	}
	switch {
	case reHNameDisparagement.MatchString(h) && !reHNameFA.MatchString(h):
		if lanhamAnywhere() && !stateFA() {
			add(true, ClaimLanhamFA)
		}
	case reHNameFA.MatchString(h) && lanhamAnywhere() && !stateFA():
		add(true, ClaimLanhamFA)
	case reHNameFA.MatchString(h) && !stateFA():
		// A federal false-advertising count that names no statute.
		add(false, ClaimLanhamFA)
		add(false, ClaimLanhamFA)
	case reHNameFA.MatchString(h):
		add(false, ClaimLanhamFA, ClaimFAL, ClaimGBL)
	case reHNameLanham.MatchString(h):
		out = append(out, cite{families: []Claim{ClaimLanhamFA, ClaimLanhamA}, heading: true, lean: ClaimLanhamFA})
	}
	if reHNameUnfair.MatchString(h) {
		switch {
		case lanhamAnywhere() && !stateFA():
			add(true, ClaimLanhamFA)
		case reHNameCommonLaw.MatchString(h) || !stateFA():
			// A UCL count always names its statute; "unfair competition"
			// without one is the common-law tort.
			add(true, ClaimUnfairComp)
		default:
			add(false, ClaimUCL, ClaimUnfairComp)
		}
	}
	if reHeadInterfer.MatchString(h) {
		add(true, ClaimInterference)
	}
	if reHeadUE.MatchString(h) {
		add(true, ClaimUnjustEnrichment)
	}
	// "Breach of Express Warranty" over a product label is a sales claim:
	// it names a contract family only when the heading also names the
	// agreement the warranty sits in.
	salesWarranty := reHeadSalesWarranty.MatchString(h) && !reHeadAgreement.MatchString(h)
	if reHeadContract.MatchString(h) && !reHeadInterfer.MatchString(h) && !salesWarranty {
		add(true, ClaimContract)
	}
	return out
}

// elementLexicon is the cue list each family's element cues are counted
// from; the DMCA families add cues of their own (elementCues.count).
var elementLexicon = map[Claim]string{
	ClaimCopyright:        "class.copyright",
	ClaimCFAA:             "class.cfaa",
	ClaimCDAFA:            "class.ca-cdafa",
	ClaimLanhamA:          "class.lanham-a",
	ClaimDilution:         "class.dilution",
	ClaimCybersquatting:   "class.cybersquatting",
	ClaimStateConsumer:    "class.state-consumer",
	ClaimUCL:              "class.ca-ucl",
	ClaimFAL:              "class.ca-fal",
	ClaimGBL:              "class.ny-gbl",
	ClaimInterference:     "class.interference",
	ClaimUnfairComp:       "class.common-law-unfair-comp",
	ClaimTradeSecret:      "class.trade-secret",
	ClaimContract:         "class.contract",
	ClaimUnjustEnrichment: "class.unjust-enrichment",
	ClaimLanhamFA:         "class.lanham-fa",
	ClaimDMCA:             "class.dmca1201",
}

// elementCues counts, per family, the distinct element cues a count's own
// text pleads (at most four). Each family is counted when first asked:
// Classify needs every family's count over the heading and body, but over
// the body alone only those of the families its step 4 compares, usually
// one, and each count is some twenty cue lists run over the text.
type elementCues struct {
	text pattern.Text
	// joined, when set, is text as a count's heading and body: the cue
	// lists ask the body's span instead of scanning text.
	joined *pattern.Joined
	label  map[Claim]int
	done   map[Claim]int
}

func newElementCues(text pattern.Text, label map[Claim]int) *elementCues {
	return &elementCues{text: text, label: label, done: map[Claim]int{}}
}

func (e *elementCues) of(f Claim) int {
	n, ok := e.done[f]
	if !ok {
		n = e.count(f)
		e.done[f] = n
	}
	return n
}

// matchingLines is l.MatchingLinesText of the text.
func (e *elementCues) matchingLines(l *pattern.Lexicon) int {
	if e.joined != nil {
		return e.joined.MatchingLines(l)
	}
	return l.MatchingLinesText(e.text)
}

// match is l.MatchText of the text.
func (e *elementCues) match(l *pattern.Lexicon) bool {
	if e.joined != nil {
		return e.joined.Match(l)
	}
	return l.MatchText(e.text)
}

func (e *elementCues) count(f Claim) int {
	lines := func(text pattern.Text) int { return min(maxElementCue, Lex(elementLexicon[f]).MatchingLinesText(text)) }
	cueLines := func() int { return min(maxElementCue, e.matchingLines(Lex(elementLexicon[f]))) }
	switch f {
	case ClaimCopyright:
		// "copyright" inside "copyright management information" is no
		// copyright cue.
		if reCMIPhrase.MatchText(e.text) {
			return lines(pattern.Plain(reCMIPhrase.ReplaceAllText(e.text, "")))
		}
		return cueLines()
	case ClaimLanhamFA:
		// Lanham false-advertising cues count unless the count pleads a
		// state false-advertising statute instead.
		if e.label[ClaimFAL] == 0 && e.label[ClaimGBL] == 0 || e.label[ClaimLanhamFA] >= strongCue {
			return cueLines()
		}
		return 0
	case ClaimDMCA:
		n := cueLines()
		// Circumvention: a measure noun with a circumvention verb in one
		// sentence.
		for _, s := range splitSentenceTexts(e.text) {
			if Lex("tpm").MatchText(s) && Lex("circumvent").MatchText(s) && !reCMIPhrase.MatchText(s) {
				return min(maxElementCue, n+1)
			}
		}
		return n
	case ClaimDMCA1202:
		cmi := 0
		if e.match(Lex("class.dmca1202-name")) {
			cmi++
		}
		// Management-information nouns count when the count pleads a
		// removal or falsity verb: "title" and "author's name" alone are
		// ordinary words.
		nouns := 0
		if e.match(Lex("class.dmca1202-verb")) {
			nouns = e.matchingLines(Lex("class.dmca1202-noun"))
		}
		return min(maxElementCue, cmi+nouns)
	}
	if _, ok := elementLexicon[f]; ok {
		return cueLines()
	}
	return 0
}

// splitSentences cuts s after each sentence end: a full stop, semicolon,
// exclamation or question mark followed by white space (all of it) or by
// the end of s, or a blank line (through its last line break). It reads s
// once, byte by byte; it cuts where the regular expression
// `[.;!?](?:\s+|$)|\n\s*\n` ends its matches, which it replaces on the
// classification of every count (TestSplitSentencesEqualsRegexp).
func splitSentences(s string) []string {
	var out []string
	last := 0
	for i := 0; i < len(s); {
		end := sentenceEndAt(s, i)
		if end < 0 {
			i++
			continue
		}
		out = append(out, s[last:end])
		last, i = end, end
	}
	if last < len(s) {
		out = append(out, s[last:])
	}
	return out
}

// splitSentenceTexts is splitSentences of a span, cutting it into spans.
func splitSentenceTexts(t pattern.Text) []pattern.Text {
	var out []pattern.Text
	s := t.String()
	last := 0
	for i := 0; i < len(s); {
		end := sentenceEndAt(s, i)
		if end < 0 {
			i++
			continue
		}
		out = append(out, t.Slice(last, end))
		last, i = end, end
	}
	if last < len(s) {
		out = append(out, t.From(last))
	}
	return out
}

// sentenceEndAt returns where a sentence end beginning at i ends, or -1.
func sentenceEndAt(s string, i int) int {
	switch s[i] {
	case '.', ';', '!', '?':
		j := i + 1
		for j < len(s) && isASCIISpace(s[j]) {
			j++
		}
		if j > i+1 || j == len(s) {
			return j
		}
	case '\n':
		j := i + 1
		for j < len(s) && isASCIISpace(s[j]) {
			j++
		}
		if k := strings.LastIndexByte(s[i+1:j], '\n'); k >= 0 {
			return i + 1 + k + 1
		}
	}
	return -1
}

// isASCIISpace is regexp's \s: tab, line feed, form feed, carriage
// return and space.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func hasClaim(cs []Claim, c Claim) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s contains lower, a lower-case ASCII
// word, comparing ASCII letters without case.
func containsFoldASCII(s, lower string) bool {
	for i := 0; i+len(lower) <= len(s); i++ {
		if hasPrefixFold(s[i:], lower) {
			return true
		}
	}
	return false
}
