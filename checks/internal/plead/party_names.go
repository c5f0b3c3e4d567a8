package plead

import (
	"strings"
	"unicode"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// The names a complaint gives its parties, read for the parties model's
// views (parties.go): the defined terms of each side, the names and words
// that name a defendant without a defined term, and the core names of the
// complaint's own parties.

// readDefendantTerms reads the names a complaint uses for defendants: the
// defined terms whose defining sentence calls the party a defendant
// ("Defendant 24/7 Customer, Inc. (“24/7”)").
func readDefendantTerms(d *document.Document) []string {
	var out []string
	prevRole, prevEnd := "", -1
	for _, def := range d.Definitions {
		s := &d.Sentences[def.Sentence]
		// The words before the definition's parenthesis, not before the
		// term's first use: in "Kestrel Mobility, Inc. (“Kestrel”)" the
		// term first occurs inside the name it abbreviates.
		head := d.Text[s.Span.Start:def.Span.Start]
		if j := strings.LastIndexByte(head, '('); j >= 0 {
			head = head[:j]
		}
		head = strings.TrimRight(head, " “\"'‘(")
		role, name, atStart := roleBefore(head)
		role = continueRole(role, atStart, prevRole, prevEnd, def.Span.Start)
		if role == "" {
			// "Emberwall Security, Inc. (“Emberwall”), a competitor":
			// the caption gives the role.
			role = captionRole(d, name)
		}
		if role == "" {
			role = nearestParty(head)
		}
		prevRole, prevEnd = role, def.Span.End
		if role == "defendant" && !strings.EqualFold(def.Term, "defendant") && !strings.EqualFold(def.Term, "defendants") {
			out = append(out, def.Term)
		}
	}
	return out
}

var reEitherParty = pattern.MustPattern(`(?i)\b(plaintiff|defendant|against)s?\b`)

// nearestParty returns "plaintiff" or "defendant" for the party word
// closest before a defined term, so that in "Plaintiff LP (“LP”) and
// Defendant Acme (“Acme”) ..." LP is a plaintiff and Acme a defendant.
func nearestParty(head string) string {
	ms := reEitherParty.FindAllStringSubmatch(head, -1)
	if len(ms) == 0 {
		return ""
	}
	// "Plaintiff Acme ("Acme"), for its complaint against Beta Corp.
	// ("Beta")": the party a complaint is against is a defendant.
	if last := strings.ToLower(ms[len(ms)-1][1]); last != "against" {
		return last
	}
	return "defendant"
}

// readPlaintiffTerms reads the names a complaint uses for plaintiffs: the
// defined terms whose defining sentence calls the party a plaintiff
// ("Plaintiff LivePerson, Inc. (“LP”)").
func readPlaintiffTerms(d *document.Document) []string {
	var out []string
	for _, def := range d.Definitions {
		s := d.Sentences[def.Sentence].Text
		head := s
		if i := strings.Index(s, def.Term); i > 0 {
			head = s[:i]
		}
		party := nearestParty(head)
		if party == "" {
			party = captionParty(d, def)
		}
		if party == "plaintiff" && !strings.EqualFold(def.Term, "plaintiff") && !strings.EqualFold(def.Term, "plaintiffs") {
			out = append(out, def.Term)
		}
	}
	for _, t := range partyParenTerms(d, "plaintiff") {
		dup := false
		for _, o := range out {
			dup = dup || o == t
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}

var (
	reNameBeforeParen = pattern.MustPattern(`((?:[A-Z][\w.&'’/-]*,?\s+){0,5}[A-Z][\w.&'’/-]*),?\s*\((?:the\s+)?[“"]$`)
	reCaptionParty    = pattern.MustPattern(`(?i)\b(plaintiff|defendant)s?\b`)
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
	rePartyParen = pattern.MustPattern(`\b(Plaintiff|Defendant|PLAINTIFF|DEFENDANT)S?s?\s+(?:[A-Z0-9][\w.,&'’/-]*\s+){0,6}\(([^()\n]{2,160})\)`)
	reParenQuote = pattern.MustPattern(`[“"]([^”"\n]{2,40})[”"]`)
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

var (
	reDefendantNamed = pattern.MustPattern(`\bDefendants?\s+((?:(?:[A-Z][\w.&'’/-]*|of|and|de|van|von)\s+){0,4}[A-Z][\w.&'’/-]*)(,?\s+(?:Inc|LLC|L\.L\.C|Corp|Co|Ltd|LLP|L\.P|P\.C|PLLC|N\.A|GmbH|B\.V|S\.A|PLC)\b)?`)
	reNameStop       = pattern.MustPattern(`^(?:The|This|These|Such|Each|All|Any|Its|Their|His|Her|Defendant|Defendants|Plaintiff|Plaintiffs)$`)
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
		// A person: the surname is how later allegations refer to them,
		// unless another party shares it or the complaint uses it as an
		// ordinary word (surnames.go, as the general view reads them).
		full := strings.Join(words, " ")
		if sn := surnameOf(words); usableSurname(d, sn, full, otherParties(d)) {
			add(sn)
		}
	}
	return out
}

// otherParties are the names that could share an individual's surname:
// the caption's parties on both sides and every defined term of a party.
func otherParties(d *document.Document) []string {
	var out []string
	out = append(out, captionDefendants(d)...)
	out = append(out, CaptionPlaintiffs(d)...)
	out = append(out, DefendantTerms(d)...)
	out = append(out, PlaintiffTerms(d)...)
	return out
}

var reCorpSuffixWord = pattern.MustPattern(`^(?:Inc|LLC|L\.L\.C|Corp|Corporation|Co|Company|Ltd|Limited|LLP|L\.P|LP|P\.C|PC|PLLC|N\.A|GmbH|AG|B\.V|S\.A|PLC|Holdings)$`)

func trimName(t string) string {
	t = strings.TrimRight(t, ",.")
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		t = strings.TrimSuffix(t, suf)
	}
	return t
}

// readDefendantWords reads the lower-cased words that name a defendant: its defined
// terms, and the first word of each name the caption and parties give it
// ("CORVID AI, INC." is "corvid"), so that "Corvid's service" is the
// defendant acting.
func readDefendantWords(d *document.Document) []string {
	var out []string
	for _, t := range DefendantTerms(d) {
		out = append(out, strings.ToLower(t))
	}
	for _, n := range append(DefendantNames(d), captionDefendants(d)...) {
		if f := strings.Fields(strings.ToLower(n)); len(f) > 0 && len(f[0]) >= 4 {
			out = append(out, strings.Trim(f[0], ",."))
		}
	}
	return out
}

// readPartyNames collects the names the complaint uses for its own parties, so
// that "LivePerson, Inc." is never taken for an identified customer: the
// organisations named in the caption and parties sections, and the defined
// terms given to plaintiffs and defendants.
func readPartyNames(d *document.Document) []string {
	var out []string
	org := lexicon.NyInterferenceOrganization()
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Section != document.SectionCaption && s.Section != document.SectionParties {
			continue
		}
		for _, loc := range org.FindAllText(s.Indexed()) {
			if c := OrgCore(s.Text[loc[0]:loc[1]]); c != "" {
				out = append(out, c)
			}
		}
	}
	for _, def := range d.Definitions {
		s := d.Sentences[def.Sentence]
		if s.Section == document.SectionCaption || s.Section == document.SectionParties || rePartyWord.MatchText(s.Indexed()) {
			if c := OrgCore(def.Term); c != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

var (
	reCorpSuffix = pattern.MustPattern(`(?i)[,\s]+(?:inc|llc|corp|ltd|plc|gmbh|ag|llp|n\.a|co|l\.l\.c|l\.p|s\.a|n\.v|corporation|limited)\.?$`)
	reRoleWord   = pattern.MustPattern(`(?i)\b(?:plaintiffs?|defendants?|counterclaim-?\w*|the|and|of)\b`)
)

// OrgCore reduces a name to lower-case letters and digits without its
// corporate form or role words: "Plaintiff LivePerson, Inc." -> "liveperson".
func OrgCore(name string) string {
	name = reCorpSuffix.ReplaceAllString(strings.TrimSpace(name), "")
	name = reRoleWord.ReplaceAllString(name, " ")
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
