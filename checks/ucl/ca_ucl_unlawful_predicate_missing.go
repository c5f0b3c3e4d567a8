package ucl

import (
	"strconv"
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// CAUCLUnlawfulPredicateMissing reports a UCL count on the "unlawful" prong
// that names no law violated.
var CAUCLUnlawfulPredicateMissing = &lint.Check{
	ID:         "ca-ucl-unlawful-predicate-missing",
	Title:      "UCL \"unlawful\" prong names no predicate law",
	Family:     legal.ClaimUCL,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "The UCL's \"unlawful\" prong borrows violations of other laws and makes them independently actionable (Cel-Tech); a UCL claim that rests on a failed predicate fails with it (Krantz).",
		Authority:   authority.Cite(authority.CelTech, authority.Krantz),
		Insufficient: []string{
			"Defendant's acts are unlawful, unfair and fraudulent within the meaning of § 17200. (no law named)",
			"Defendant's conduct violates numerous state and federal laws.",
		},
		Sufficient: []string{
			"Defendant's conduct is unlawful because it violates 17 U.S.C. § 1202(b) (Count II) and Cal. Penal Code § 502(c)(2) (Count IV).",
		},
		Fix:     "Name each predicate statute and the conduct violating it, or plead the unfair/fraudulent prong with its own facts.",
		Message: "The UCL 'unlawful' prong needs a predicate violation of another law; the count names none.",
		Traps: []string{
			"UCL counts pleading only the unfair and fraudulent prongs",
			"the UCL's own sections (§§ 17200, 17203, 17204) are not predicates; a violation of the FAL (§ 17500) is one",
			"predicates named in paragraphs the count incorporates by number",
		},
	},
	Run: runCAUCLUnlawfulPredicate,
}

const msgUCLCopyrightPredicate = "The only predicate the count names for the UCL 'unlawful' prong is copyright infringement; a UCL claim resting on copying risks preemption under 17 U.S.C. § 301 (Kodadek)."

func runCAUCLUnlawfulPredicate(p *lint.Pass) {
	unlawful := lexicon.CaUclUnlawful()
	anchor := plead.OwnAnchor(p, unlawful)
	if anchor == nil && !unlawful.Match(p.Count().Title) {
		return // the unfair and fraudulent prongs only
	}
	named, onlyCopyright := plead.UCLPredicates(p)
	switch {
	case !named:
		p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
	case onlyCopyright:
		p.ReportMissing(anchor, lint.Info, msgUCLCopyrightPredicate)
	default:
		reportFlawedPredicateCounts(p, anchor)
	}
}

// reportFlawedPredicateCounts is the rule's info case (RULES-FORUM.md
// §F3.3): every predicate the UCL count names is another count of the
// complaint ("violates 17 U.S.C. § 1202(b) (Count II)"), and the run keeps
// the note only if each of those counts draws a warning or error from
// another rule — the UCL claim falls with its predicate (Krantz).
func reportFlawedPredicateCounts(p *lint.Pass, anchor *document.Sentence) {
	if anchor == nil {
		return
	}
	counts, refs, ok := predicateCounts(p)
	if !ok || len(counts) == 0 {
		return
	}
	var quoted []string
	for _, r := range refs {
		quoted = append(quoted, plead.Quote(p.Doc, r))
	}
	f := lint.Finding{Span: anchor.Span, Severity: lint.Info, Confidence: 0.5, Missing: true, FlawedCounts: counts,
		Message: "The UCL 'unlawful' prong rests only on the claims the count names (" + strings.Join(quoted, ", ") +
			"), and each of those counts has a pleading gap reported at warning or error; a UCL claim falls with its predicate (Krantz)."}
	p.Report(f)
}

// reCountRef is a reference to a count by number: "Count II", "Claim 3",
// "the Second Cause of Action".
var reCountRef = pattern.MustPattern(`(?i)\b(?:(?:count|claim|cause of action)\s+([ivxlc]+|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:count|claim(?: for relief)?|cause of action))\b`)

var countWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// predicateCounts reads the predicates the UCL count names in its own
// paragraphs: the other counts they are (by reference, or a statute a
// count reference follows, or a statute another count's heading cites),
// with the spans of the references. ok is false when some predicate is a
// law no other count pleads: that predicate stands on its own.
func predicateCounts(p *lint.Pass) (counts []int, refs []lint.Span, ok bool) {
	predicate := lexicon.CaUclPredicate()
	seen := map[int]bool{}
	add := func(ci int, s *document.Sentence, loc []int) {
		if !seen[ci] {
			seen[ci] = true
			counts = append(counts, ci)
			refs = append(refs, plead.PhraseSpan(s, loc))
		}
	}
	for _, s := range p.Own() {
		if plead.IsIncorporation(p, s) {
			continue
		}
		for _, loc := range predicate.FindAllText(s.Indexed()) {
			phrase := s.Text[loc[0]:loc[1]]
			// "15 U.S.C." names a title of the code, not a law: the
			// section that follows it ("§ 1125(a)") is the predicate.
			if reCodeTitle.MatchString(phrase) {
				continue
			}
			if ci, ok := countReferenced(p, phrase); ok {
				add(ci, s, loc)
				continue
			}
			// A statute followed by the count that pleads it: "§ 1202(b)
			// (Count II)".
			tail := s.Text[loc[1]:min(len(s.Text), loc[1]+40)]
			if m := reCountRef.FindStringIndex(tail); m != nil {
				if ci, ok := countReferenced(p, tail[m[0]:m[1]]); ok {
					add(ci, s, []int{loc[1] + m[0], loc[1] + m[1]})
					continue
				}
			}
			if ci, ok := countCiting(p, phrase); ok {
				add(ci, s, loc)
				continue
			}
			return nil, nil, false
		}
	}
	return counts, refs, true
}

// reCodeTitle is a code's title alone: "15 U.S.C.", "16 C.F.R.".
var reCodeTitle = pattern.MustPattern(`^(?:\d+\s*)?(?:U\.?\s*S\.?\s*C\.?|C\.?\s?F\.?\s?R\.?)$`)

// countReferenced resolves a count reference to another count's index.
func countReferenced(p *lint.Pass, phrase string) (int, bool) {
	m := reCountRef.FindStringSubmatch(phrase)
	if m == nil {
		return 0, false
	}
	word := strings.ToLower(m[1] + m[2])
	for ci := range p.Doc.Counts {
		o := &p.Doc.Counts[ci]
		if ci == p.CountIndex {
			continue
		}
		if strings.EqualFold(o.Numeral(), word) || strings.EqualFold(o.Label, word) ||
			(o.Ordinal > 0 && (countWords[word] == o.Ordinal || strconv.Itoa(o.Ordinal) == word)) {
			return ci, true
		}
	}
	return 0, false
}

// countCiting finds another count whose heading cites the statute phrase.
func countCiting(p *lint.Pass, phrase string) (int, bool) {
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	want := norm(phrase)
	if len(want) < 4 {
		return 0, false
	}
	for ci := range p.Doc.Counts {
		if ci != p.CountIndex && strings.Contains(norm(p.Doc.Counts[ci].Title), want) {
			return ci, true
		}
	}
	return 0, false
}
