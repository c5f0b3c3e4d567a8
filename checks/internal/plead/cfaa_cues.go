package plead

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// PreferOwn returns the first sentence of the count's own body, else the
// first sentence.
func PreferOwn(p *lint.Pass, ss []*document.Sentence) *document.Sentence {
	for _, s := range ss {
		if s.Count == p.CountIndex {
			return s
		}
	}
	if len(ss) > 0 {
		return ss[0]
	}
	return nil
}

// reNamedYear is a year that names a document ("the 2007 Agreement", "the
// 2019 Carrier Agreement"), which dates nothing that happened.
var reNamedYear = legal.MustPattern(`\b(?:19|20)\d{2}\s+(?:[A-Z][\w-]*\s+){0,3}(?:Agreement|Agreements|License|Licence|Contract|Terms|Policy|Amendment|Addendum|Order|Plan|SOW|Statement of Work)\b`)

// HasEventTime reports a date in text other than the year in a document's
// name.
func HasEventTime(text string) bool {
	return legal.HasTime(reNamedYear.ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) }))
}

// ---------------------------------------------------------------- parties

var (
	reDefendantNamed = legal.MustPattern(`\bDefendants?\s+((?:(?:[A-Z][\w.&'’/-]*|of|and|de|van|von)\s+){0,4}[A-Z][\w.&'’/-]*)(,?\s+(?:Inc|LLC|L\.L\.C|Corp|Co|Ltd|LLP|L\.P|P\.C|PLLC|N\.A|GmbH|B\.V|S\.A|PLC)\b)?`)
	reNameStop       = legal.MustPattern(`^(?:The|This|These|Such|Each|All|Any|Its|Their|His|Her|Defendant|Defendants|Plaintiff|Plaintiffs)$`)
)

// DefendantNames is DefendantTerms plus the names a complaint gives
// defendants without a defined term: "Defendant Rita Gomez" is "Gomez" in
// the allegations that follow, "Defendant Acme Chat, Inc." is "Acme Chat".
func DefendantNames(d *document.Document) []string { return docParties(d).DefendantNames() }

func computeDefendantNames(d *document.Document) []string {
	out := append([]string(nil), DefendantTerms(d)...)
	seen := map[string]bool{}
	for _, t := range out {
		seen[t] = true
	}
	// Terms defined without a party word ("Helix Devices Corp. (“Helix”)
	// sells a copy") whose full name the caption lists as a defendant.
	for _, def := range d.Definitions {
		if seen[def.Term] {
			continue
		}
		if nearestParty(definitionHead(d, def)) == "" && captionParty(d, def) == "defendant" {
			seen[def.Term] = true
			out = append(out, def.Term)
		}
	}
	add := func(t string) {
		if len(t) >= 3 && !seen[t] && !reNameStop.MatchString(t) {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, t := range partyParenTerms(d, "defendant") {
		add(t)
	}
	for _, m := range reDefendantNamed.FindAllTextSubmatch(d.Indexed(document.Span{End: len(d.Text)}), -1) {
		words := strings.Fields(m[1])
		for len(words) > 0 && reNameStop.MatchString(words[0]) {
			words = words[1:]
		}
		// A company: the words before its corporate suffix ("Greenway
		// Provisions Co." is "Greenway Provisions").
		company := m[2] != ""
		for i, w := range words {
			if reCorpSuffixWord.MatchString(strings.TrimRight(w, ",.")) {
				words, company = words[:i], true
				break
			}
		}
		if len(words) == 0 {
			continue
		}
		if company || len(words) == 1 {
			add(trimName(strings.Join(words, " ")))
			continue
		}
		// A person: the surname is how later allegations refer to them.
		add(trimName(words[len(words)-1]))
	}
	return out
}

var reCorpSuffixWord = legal.MustPattern(`^(?:Inc|LLC|L\.L\.C|Corp|Corporation|Co|Company|Ltd|Limited|LLP|L\.P|LP|P\.C|PC|PLLC|N\.A|GmbH|AG|B\.V|S\.A|PLC|Holdings)$`)

func trimName(t string) string {
	t = strings.TrimRight(t, ",.")
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		t = strings.TrimSuffix(t, suf)
	}
	return t
}

var (
	reNameBeforeParen = legal.MustPattern(`((?:[A-Z][\w.&'’/-]*,?\s+){0,5}[A-Z][\w.&'’/-]*),?\s*\((?:the\s+)?[“"]$`)
	reCaptionParty    = legal.MustPattern(`(?i)\b(plaintiff|defendant)s?\b`)
)

// captionParty reads the caption for the party a defined term names: the
// full name before the parenthetical ("Helix Devices Corp.") is looked up in
// the caption, and the first party word after it ("HELIX DEVICES CORP., a
// California corporation, Defendant.") decides. "" when the caption does
// not say.
func captionParty(d *document.Document, def document.Definition) string {
	s := d.Sentences[def.Sentence].Text
	rel := def.Span.Start - d.Sentences[def.Sentence].Span.Start
	if rel <= 0 || rel > len(s) {
		return ""
	}
	m := reNameBeforeParen.FindStringSubmatch(s[:rel])
	if m == nil {
		return ""
	}
	words := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(m[1]))
	if len(words) == 0 || !abbreviates(def.Term, words) {
		return ""
	}
	if len(words) > 2 {
		words = words[:2]
	}
	end := len(d.Text)
	if len(d.Allegations) > 0 {
		end = d.Allegations[0].Span.Start
	}
	caption := strings.ToLower(d.Text[:end])
	key := strings.ToLower(strings.Join(words, " "))
	i := strings.Index(caption, key)
	if i < 0 {
		return ""
	}
	after := caption[i+len(key):]
	if len(after) > 160 {
		after = after[:160]
	}
	if pm := reCaptionParty.FindStringSubmatch(after); pm != nil {
		return strings.ToLower(pm[1])
	}
	return ""
}

// definitionHead is the defining sentence up to the defined term.
func definitionHead(d *document.Document, def document.Definition) string {
	s := d.Sentences[def.Sentence]
	rel := def.Span.Start - s.Span.Start
	if rel < 0 || rel > len(s.Text) {
		return ""
	}
	return s.Text[:rel]
}

var (
	rePartyParen = legal.MustPattern(`\b(Plaintiff|Defendant|PLAINTIFF|DEFENDANT)S?s?\s+(?:[A-Z0-9][\w.,&'’/-]*\s+){0,6}\(([^()\n]{2,160})\)`)
	reParenQuote = legal.MustPattern(`[“"]([^”"\n]{2,40})[”"]`)
)

// partyParenTerms reads parentheticals the model's defined-term pattern
// does not take, such as (“24/7” or “Defendant”) and (“LivePerson” or
// “LP”), after "Plaintiff ..." or "Defendant ...", and returns the quoted
// names for the party asked for.
func partyParenTerms(d *document.Document, party string) []string {
	var out []string
	for _, m := range rePartyParen.FindAllTextSubmatch(d.Indexed(document.Span{End: len(d.Text)}), -1) {
		if strings.ToLower(m[1]) != party {
			continue
		}
		for _, q := range reParenQuote.FindAllStringSubmatch(m[2], -1) {
			t := strings.TrimSpace(q[1])
			if !strings.EqualFold(t, "plaintiff") && !strings.EqualFold(t, "defendant") &&
				!strings.EqualFold(t, "plaintiffs") && !strings.EqualFold(t, "defendants") {
				out = append(out, t)
			}
		}
	}
	return out
}

// abbreviates reports that a defined term is a short form of the name
// before it: its first word begins a word of the name ("Helix" for "Helix
// Devices Corp."), or it is the name's initials ("HDC"). "outside
// LivePerson (the “Trade Secrets”)" defines no name for LivePerson.
func abbreviates(term string, name []string) bool {
	tw := strings.Fields(term)
	if len(tw) == 0 {
		return false
	}
	first := strings.ToLower(tw[0])
	initials := ""
	for _, w := range name {
		lw := strings.ToLower(w)
		if strings.HasPrefix(lw, first) || strings.HasPrefix(first, lw) {
			return true
		}
		initials += lw[:1]
	}
	return strings.HasPrefix(initials, strings.ToLower(strings.ReplaceAll(term, " ", "")))
}
