package plead

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// AllegationSentence reports whether the hygiene rules read s at all: a
// sentence of the facts or of a count, never a heading, the caption, the
// parties, jurisdiction and venue, the prayer, the jury demand or the
// signature block. Numbered paragraphs of a complaint without section
// headings count as facts.
func AllegationSentence(s *document.Sentence) bool {
	if s.Heading {
		return false
	}
	switch s.Section {
	case document.SectionFacts, document.SectionCounts:
		return true
	case document.SectionOther:
		return s.Allegation >= 0 || s.Count >= 0
	}
	return false
}

// ---------------------------------------------------------------- parties

// GeneralParties is what the hygiene rules know about who is who.
type GeneralParties struct {
	// words are the lower-case words of the parties' own names and defined
	// terms: "Acme Software Corp." is a party, not a concrete fact.
	Words map[string]bool
	// terms are the defined terms that name a party.
	Terms map[string]bool
	// defendants are the individual defendants' names and short names
	// ("Acme Software Corp.", "Acme"), longest first.
	Defendants []string
	// collective are defined terms that name several defendants at once
	// ("the Acme Defendants", (collectively, "Acme")).
	Collective []string
	// subgroups maps a collective term that the complaint defines by naming
	// some but not all of the named defendants ("Defendants Lyndale, Kane
	// and Holloway (together, the “Sales Defendants”)") to the name keys of
	// its members: an act of a subgroup is attributed to those defendants,
	// not to "Defendants" at large.
	Subgroups map[string][]string
	// entity maps each spelling in defendants to the name key of the
	// defendant it names ("Kestrel Holdings" → "kestrel mobility
	// holdings"), and entities lists the distinct named defendants by key.
	Entity   map[string]string
	Entities []string
	// named is the number of distinct named defendants in the caption or
	// the Parties section (Doe defendants left out).
	Named int
	// counter is set for an answer's counterclaims, where the defendants
	// are the counterclaim defendants (the main action's plaintiffs) and a
	// bare "Defendants" names the parties who claim.
	Counter bool
}

var (
	// ReRoleName is a role word and the capitalised name after it,
	// "Defendant Beta Corp.", "Counter-Defendants Harbor Point": group 1 is
	// the name, to be cut where it ends with TrimPartyName. The general
	// parties view reads the named parties with it, and the group-pleading
	// rule finds a defendant acting under a name the Parties section never
	// gave.
	ReRoleName = pattern.MustPattern(`\b(?:Plaintiffs?|Defendants?|Counter-?(?:[Pp]laintiffs?|[Dd]efendants?))[ \t]+((?:(?:[A-Z0-9][\w.&'’/-]*|of|and|&|de|la|von|van)[ ,]*){1,8})`)
	// ReCapWord is one word of a name with the marks names carry inside
	// them ("O’Brien", "L.L.C.", "AT&T", "24/7"); capitals are the caller's
	// test. The parties view splits names into words with it, and the
	// plausibility rule walks a sentence's words with it to find two
	// capitalised ones together.
	ReCapWord = pattern.MustPattern(`[A-Za-z0-9][A-Za-z0-9'’.&/-]*`)
	// ReCorpTail is a whole token that is a corporate form or a group word
	// ("Inc.", "L.L.C.", "GmbH", "Holdings"): where a company's name ends.
	// The parties view cuts and compares names at it, and the group-pleading
	// rule steps over it when it reads what follows a party's name.
	ReCorpTail = pattern.MustPattern(`(?i)^(?:inc|corp|corporation|co|company|llc|l\.l\.c|ltd|limited|l\.p|lp|llp|l\.l\.p|lllp|pllc|pbc|p\.b\.c|n\.a|n\.v|p\.c|plc|gmbh|s\.a|s\.p\.a|ag|b\.v|pty|holdings?|group)\.?,?$`)
	reCollDef  = pattern.MustPattern(`(?i)\((?:collectively|together)`)
	// Words of a corporate suffix that also tell companies of one family
	// apart.
	reFamilyWord = pattern.MustPattern(`(?i)^(?:holdings?|group)\.?,?$`)
)

// partiesOf reads the caption, the Parties section and the defined terms.
func partiesOf(d *document.Document) *GeneralParties {
	p := &GeneralParties{Words: map[string]bool{}, Terms: map[string]bool{}}
	addWords := func(name string) {
		for _, w := range ReCapWord.FindAllString(name, -1) {
			w = strings.ToLower(strings.Trim(w, ".,’'"))
			if w != "" && w != "and" && w != "of" && w != "the" && w != "plaintiff" && w != "plaintiffs" && w != "defendant" && w != "defendants" {
				p.Words[w] = true
			}
		}
	}
	seenDef := map[string]bool{}
	p.Entity = map[string]string{}
	addDefendantOf := func(name, key string) {
		name = strings.TrimSpace(strings.Trim(strings.TrimSpace(name), ",;"))
		if name == "" || lexicon.GroupDoe().Match(name) {
			return
		}
		addWords(name)
		if !seenDef[name] {
			seenDef[name] = true
			p.Defendants = append(p.Defendants, name)
		}
		if _, ok := p.Entity[name]; !ok && key != "" {
			p.Entity[name] = key
		}
	}
	addDefendant := func(name string) { addDefendantOf(name, NameKey(name)) }
	// Defined terms of parties: (“Acme”) after "Defendant Acme Software
	// Corp." or after a list that a role word opens ("against Defendants
	// Acme Corp. (“Acme”), Beta LLC (“Beta”) and ..."), or a definition
	// opening a sentence of the caption or the Parties section.
	partiesNamed := map[string]bool{}
	collectiveHead := map[string]string{} // the text a collective term's definition follows
	// In counterclaims the main action's roles are reversed. The copyright
	// rules' role model (PartyRoles) already reads each defined term's
	// counterclaim role; a term it leaves out (the bare "Defendants") takes
	// the reverse of the main action's role unless it is itself a
	// counterclaim role ("Counterclaim Defendants").
	p.Counter = counterclaimDocument(d)
	var roles PartyTerms
	if p.Counter {
		roles = PartyRoles(d)
	}
	prevRole, prevEnd := "", -1
	for _, def := range d.Definitions {
		s := &d.Sentences[def.Sentence]
		head := d.Text[s.Span.Start:def.Span.Start]
		if j := strings.LastIndexByte(head, '('); j >= 0 {
			head = head[:j]
		}
		role, name, atStart := roleBefore(head)
		role = continueRole(role, atStart, prevRole, prevEnd, def.Span.Start)
		prevRole, prevEnd = role, def.Span.End
		lt := strings.ToLower(def.Term)
		if role == "" && strings.Contains(lt, "defendant") {
			role = "defendant"
		}
		if role == "" && strings.Contains(lt, "plaintiff") {
			role = "plaintiff"
		}
		if role == "" && name != "" {
			// "Lantern AI OpCo, LLC (“OpCo”) trains the models": the
			// caption says who the party is.
			role = captionRole(d, name)
		}
		if p.Counter {
			role = counterclaimRole(roles, def.Term, role)
		}
		inParties := (s.Section == document.SectionParties || s.Section == document.SectionCaption) && atStart && name != ""
		if role == "" && !inParties {
			continue
		}
		p.Terms[def.Term] = true
		addWords(def.Term)
		addWords(name)
		if role != "defendant" {
			continue
		}
		tail := d.Text[def.Span.Start-min(def.Span.Start-s.Span.Start, 30) : def.Span.Start]
		if reCollDef.MatchString(tail) || strings.Contains(lt, "defendants") {
			p.Collective = append(p.Collective, def.Term)
			collectiveHead[def.Term] = d.Text[listStart(d, def.Sentence):def.Span.Start]
			continue
		}
		if lt == "defendant" {
			continue
		}
		key := NameKey(def.Term)
		if name != "" {
			key = NameKey(name)
			addDefendant(name)
		}
		addDefendantOf(def.Term, key)
		if s.Section == document.SectionParties || s.Section == document.SectionCaption || s.Section == document.SectionPreliminary {
			partiesNamed[key] = true
		}
	}
	// "Defendant Beta Corp. is ..." in the Parties section, with or without
	// a defined term.
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Section != document.SectionParties && s.Section != document.SectionCaption && s.Section != document.SectionPreliminary {
			continue
		}
		for _, m := range ReRoleName.FindAllTextSubmatchIndex(s.Indexed(), -1) {
			role := strings.ToLower(s.Text[m[0]:m[2]])
			for _, name := range splitNames(TrimPartyName(s.Text[m[2]:m[3]])) {
				addWords(name)
				isDefendant := strings.HasPrefix(strings.TrimSpace(role), "defendant") || strings.HasPrefix(strings.TrimSpace(role), "counter")
				if strings.HasPrefix(role, "counter") && strings.Contains(role, "plaintiff") {
					isDefendant = false
				}
				if p.Counter && !strings.HasPrefix(role, "counter") {
					// "Counterclaim Defendants Owen Talbot" is a counterclaim
					// role; "Defendant Wexler" is the main action's, reversed.
					isDefendant = CounterPrefixed(s.Text, m[0]) == isDefendant
				}
				if isDefendant {
					if s.Section == document.SectionParties {
						addDefendant(name)
						partiesNamed[NameKey(name)] = true
					}
				}
			}
		}
	}
	delete(partiesNamed, "")
	capt, captPlaintiffs := captionDefendants(d), CaptionPlaintiffs(d)
	if p.Counter {
		capt, captPlaintiffs = captPlaintiffs, capt
	}
	for _, n := range capt {
		addDefendant(n)
		// The caption's capitals ("ACME HOLDINGS, INC.") are the body's
		// "Acme Holdings, Inc.".
		if strings.ToUpper(n) == n {
			addDefendant(titleCase(n))
		}
	}
	for _, n := range captPlaintiffs {
		addWords(n)
	}
	p.Named = len(partiesNamed)
	if k := distinctKeys(capt); k > p.Named {
		p.Named = k
		for _, n := range capt {
			if k := NameKey(n); k != "" && !lexicon.GroupDoe().Match(n) && !slices.Contains(p.Entities, k) {
				p.Entities = append(p.Entities, k)
			}
		}
	} else {
		for k := range partiesNamed {
			p.Entities = append(p.Entities, k)
		}
		slices.Sort(p.Entities)
	}
	// An individual defendant goes by surname once introduced ("Damon
	// Pryor is Crestvault's founder ... Pryor registered the domains").
	others := append(append([]string(nil), p.Defendants...), captPlaintiffs...)
	for term := range p.Terms {
		others = append(others, term)
	}
	// "Orrin Vale" is the short name of Orrin Vale, LLC, no person.
	company := map[string]bool{}
	for _, name := range p.Defendants {
		for _, w := range strings.Fields(name) {
			if ReCorpTail.MatchString(w) {
				company[p.Entity[name]] = true
			}
		}
	}
	for _, name := range slices.Clone(p.Defendants) {
		words := personWords(name)
		if words == nil || company[p.Entity[name]] {
			continue
		}
		sn := surnameOf(words)
		if strings.ToUpper(sn) == sn {
			sn = titleCase(sn)
		}
		if usableSurname(d, sn, name, others) && isIndividual(d, name) {
			addDefendantOf(sn, p.Entity[name])
		}
	}
	// Longest names first so "Acme Holdings" wins over "Acme".
	for i := 1; i < len(p.Defendants); i++ {
		for j := i; j > 0 && len(p.Defendants[j]) > len(p.Defendants[j-1]); j-- {
			p.Defendants[j], p.Defendants[j-1] = p.Defendants[j-1], p.Defendants[j]
		}
	}
	p.Subgroups = map[string][]string{}
	for term, head := range collectiveHead {
		// "Defendants" names them all, however the definition lists them.
		if strings.EqualFold(strings.TrimPrefix(term, "the "), "defendants") {
			continue
		}
		// A corporate family defined as one ("Rx Logic Solutions, LLC and
		// Rx Logic Health, Inc. (collectively, “Rx Logic”)") still hides
		// which company acted; a defined set of distinct defendants (the
		// departing employees) is told apart from the rest.
		if members := namedEntities(p, head); len(members) > 0 && len(members) < len(p.Entities) && SharedRootName(members) < 2 {
			p.Subgroups[term] = members
		}
	}
	return p
}

// listStart is where the sentence holding a definition begins, taken back
// over sentence breaks that a corporate suffix made inside a list of names
// ("against OpenMind AI, Inc. (“OpenMind Inc.”), OpenMind OpCo, LLC ...").
func listStart(d *document.Document, si int) int {
	for si > 0 && d.Sentences[si-1].Paragraph == d.Sentences[si].Paragraph {
		f := strings.Fields(d.Sentences[si-1].Text)
		if len(f) == 0 || !ReCorpTail.MatchString(strings.Trim(f[len(f)-1], "(),;\"“”'")) {
			break
		}
		si--
	}
	return d.Sentences[si].Span.Start
}

// namedEntities lists the named defendants (by entity key) whose names text
// spells out.
func namedEntities(p *GeneralParties, text string) []string {
	var out []string
	for _, name := range p.Defendants {
		if len(TermIndexes(text, name)) == 0 {
			continue
		}
		for _, e := range p.Entities {
			if SameEntity(p.Entity[name], e) && !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

var reNameTok = pattern.MustPattern(`\(["“][^"”]*["”]\)|[A-Za-z0-9][\w.&'’/-]*|[,&]|\S`)

// roleBefore reads backwards from a definition's parenthesis over the
// party's name and any list of names before it ("Defendants Acme Corp.
// (“Acme”), Beta LLC (“Beta”) and Gamma Inc."), and returns the role word
// that opens the list ("defendant" or "plaintiff", or "" when none does),
// the name just before the parenthesis, and whether the list opens the
// sentence.
func roleBefore(head string) (role, name string, atStart bool) {
	toks := reNameTok.FindAllStringIndex(head, -1)
	nameStart := len(head)
	inName := true
	j := len(toks) - 1
	for ; j >= 0; j-- {
		t := head[toks[j][0]:toks[j][1]]
		if rw := strings.ToLower(strings.Trim(t, ",")); strings.HasPrefix(rw, "defendant") || strings.HasPrefix(rw, "counter-defendant") || strings.HasPrefix(rw, "counterdefendant") {
			role = "defendant"
			break
		} else if strings.HasPrefix(rw, "plaintiff") || strings.HasPrefix(rw, "counter-plaintiff") || strings.HasPrefix(rw, "counterclaim") {
			role = "plaintiff"
			break
		} else if rw == "against" {
			// "Plaintiff Terrapin, for its Complaint against Kestrel
			// Mobility, Inc. (“Kestrel”)": the parties sued are defendants
			// though the sentence opens with the plaintiff.
			role = "defendant"
			break
		}
		r, _ := utf8.DecodeRuneInString(t)
		switch {
		case t == "," || t == "&" || t == "and" || t == "of" || t == "the" || strings.HasPrefix(t, "("):
			// A comma before a corporate suffix ("Palisade Pictures, Inc.")
			// stays inside the name.
			suffixNext := t == "," && j+1 < len(toks) && ReCorpTail.MatchString(head[toks[j+1][0]:toks[j+1][1]])
			if t != "of" && t != "the" && t != "&" && !suffixNext {
				inName = false
			}
		case unicode.IsUpper(r) || unicode.IsDigit(r) || ReCorpTail.MatchString(t):
			if inName {
				nameStart = toks[j][0]
			}
		default:
			j = -2
		}
		if j == -2 {
			break
		}
	}
	if nameStart < len(head) {
		name = strings.Trim(strings.TrimSpace(head[nameStart:]), ", ")
		name = strings.TrimPrefix(name, "and ")
	}
	atStart = j == -1
	if role != "" && j >= 0 {
		// The role word may itself open the sentence.
		atStart = strings.TrimSpace(head[:toks[j][0]]) == ""
	}
	return role, name, atStart
}

// TrimPartyName cuts a "Defendant X" run where the name ends: before a verb
// ("Defendant Beta Corp. Is" never happens; "is a" is lower case) and
// before a trailing connective.
func TrimPartyName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ", ")
	for _, suf := range []string{" and", " of", " &"} {
		s = strings.TrimSuffix(s, suf)
	}
	return strings.TrimSpace(s)
}

// splitNames splits "Acme Corp., Beta LLC and Gamma Holdings, Inc." into
// names, keeping corporate suffixes with their names.
func splitNames(s string) []string {
	s = strings.ReplaceAll(s, ";", ",")
	s = strings.ReplaceAll(s, " and ", ",")
	// An ampersand joins the words of one firm's name ("One Twenty Two
	// Design & Build, LLC", "Baker & Sons, Inc."); parties are listed with
	// "and", commas or semicolons.
	parts := strings.Split(s, ",")
	var out []string
	for _, part := range parts {
		part = strings.TrimSpace(part)
		part = strings.TrimPrefix(part, "and ")
		if part == "" {
			continue
		}
		if ReCorpTail.MatchString(part) && len(out) > 0 {
			out[len(out)-1] += ", " + part
			continue
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue // "a Delaware corporation", "an individual"
		}
		out = append(out, part)
	}
	return out
}

// NameKey is how two spellings of one party compare: the words of the
// name, lower case, without punctuation, corporate suffixes or a leading
// "the" ("acme data" for "ACME DATA CORP." and for "Acme Data Corp.").
func NameKey(name string) string {
	var out []string
	for _, w := range ReCapWord.FindAllString(name, -1) {
		lw := strings.ToLower(strings.Trim(w, ".,’'"))
		// "Holdings" and "Group" name a different company of the family
		// ("Acme Corp." and "Acme Holdings, LLC" are parent and
		// subsidiary), so only the entity-form suffixes are dropped.
		if lw == "" || lw == "the" || lw == "defendant" || lw == "defendants" || (ReCorpTail.MatchString(lw) && !reFamilyWord.MatchString(lw)) {
			continue
		}
		out = append(out, lw)
	}
	return strings.Join(out, " ")
}

func distinctKeys(names []string) int {
	seen := map[string]bool{}
	for _, n := range names {
		if k := NameKey(n); k != "" && !lexicon.GroupDoe().Match(n) {
			seen[k] = true
		}
	}
	return len(seen)
}

var (
	reCaptionCut     = pattern.MustPattern(`(?:[ \t]{2,}|^[ \t]*)[:|)x§][ \t]*.*$|[ \t]+[:|)§][ \t]*$`)
	reCaptionAgainst = pattern.MustPattern(`(?i)(?:^|[\s,])(?:-\s*against\s*-|against|versus|vs?\.)(?:\s|$)`)
	reCaptionDefs    = pattern.MustPattern(`(?i)\bdefendants?\b\.?`)
	reCaptionPlfs    = pattern.MustPattern(`(?i)\bplaintiffs?\b\.?`)
	reCaptionRole    = pattern.MustPattern(`(?i),?\s*(?:an? (?:[A-Z][a-z]+ )*(?:corporation|company|limited liability company|partnership|individual|entity|citizen|resident)[^,;]*|individually|inclusive)\s*[,;]?`)
)

// captionLines are the caption's lines with the right-hand column (case
// number, document title, the ":" or ")" rule) cut off, blank lines left
// out.
func captionLines(d *document.Document) []string {
	var out []string
	for _, sec := range d.Sections {
		if sec.Kind != document.SectionCaption {
			continue
		}
		// Pleading paper numbers its lines in the margin, and a two-column
		// caption puts the case number and the list of claims to the right
		// of the parties, after a wide gap; a line indented to that column
		// continues the right-hand text.
		rightCol := 0
		lines := strings.Split(d.Slice(sec.Span), "\n")
		for _, line := range lines {
			line = reMarginNumber.ReplaceAllStringFunc(line, func(m string) string { return strings.Repeat(" ", len(m)) })
			// Oklahoma numbers each party: "(1) PRAIRIE MOTORS, INC.".
			line = rePartyNumber.ReplaceAllStringFunc(line, func(m string) string { return strings.Repeat(" ", len(m)) })
			if loc := reRightColumn.FindStringSubmatchIndex(line); loc != nil {
				rightCol = loc[3]
				line = line[:loc[2]]
			} else if indent := len(line) - len(strings.TrimLeft(line, " \t")); indent < len(line) &&
				((rightCol > 0 && indent >= rightCol-4) || (indent >= 40 && !reCourtLine.MatchString(line))) {
				// Right-hand text alone on its line ("JURY TRIAL DEMANDED").
				continue
			}
			// Every branch of reCaptionCut holds one of the rule's
			// characters: a line without any keeps its text, and a short
			// draft's caption never compiles the pattern.
			if strings.ContainsAny(line, ":|)x§") {
				line = reCaptionCut.ReplaceAllString(line, "")
			}
			line = strings.Trim(line, " \t-=_*x")
			if line != "" {
				out = append(out, line)
			}
		}
		break
	}
	return out
}

var (
	reMarginNumber = pattern.MustPattern(`^[ \t]*\d{1,2}(?:[ \t]{2,}|[ \t]*$)`)
	reRightColumn  = pattern.MustPattern(`\S([ \t]{6,})\S`)
	rePartyNumber  = pattern.MustPattern(`^[ \t]*\(\d{1,2}\)[ \t]*`)
)

var reCourtLine = pattern.MustPattern(`(?i)\b(?:court|district of|division|county of)\b`)

// readCaptionDefendants lists the names the caption gives between "v." (or
// "-against-") and "Defendant(s)".
func readCaptionDefendants(d *document.Document) []string {
	t := captionText(d)
	loc := reCaptionAgainst.FindStringIndex(t)
	if loc == nil {
		return nil
	}
	rest := t[loc[1]:]
	end := reCaptionDefs.FindStringIndex(rest)
	if end == nil {
		return nil
	}
	block := reCaptionRole.ReplaceAllString(rest[:end[0]], ",")
	return splitNames(block)
}

// readCaptionPlaintiffs lists the names before "Plaintiff(s)" in the caption,
// after the court's name.
func readCaptionPlaintiffs(d *document.Document) []string {
	lines := captionLines(d)
	if !reCaptionAgainst.MatchString(" " + strings.Join(lines, " ") + " ") {
		return nil
	}
	var head []string
	for _, l := range lines {
		if reCourtLine.MatchString(l) {
			head = nil
			continue
		}
		if reCaptionAgainst.MatchString(" " + l + " ") {
			break
		}
		head = append(head, l)
	}
	t := strings.Join(head, " ")
	if m := reCaptionPlfs.FindStringIndex(t); m != nil {
		t = t[:m[0]]
	}
	return splitNames(reCaptionRole.ReplaceAllString(t, ","))
}

// ---------------------------------------------------------------- facts

var (
	// ReTwoDigits is a number of two or more digits: once statute
	// citations are blanked, a concrete fact (RULES.md §2.5 FACT) for the
	// plausibility rules and the copyright accused-acts rule.
	ReTwoDigits = pattern.MustPattern(`\d{2,}`)
	// ReParaRef is a reference to a numbered paragraph ("¶ 12", "paragraph
	// 40"): a concrete fact for the plausibility rule, and for the
	// group-pleading rule, in a sentence about the defendants, a pointer to
	// who did what.
	ReParaRef = pattern.MustCompile(`(?i)¶+\s*\d+|\bparagraphs?\s+\d+`)
	// ReCodeToken is a file or domain name with a known extension
	// ("scraper.py", "acme.io") or a path ("/api/v2/users"): a concrete
	// fact for the plausibility rule.
	ReCodeToken = pattern.MustPattern(`\b[A-Za-z_][\w-]*\.(?:js|py|java|cpp|cs|go|rb|php|html?|css|json|xml|sql|exe|dll|jar|zip|pdf|docx?|xlsx?|pptx?|csv|txt|log|com|net|org|io|ai)\b|(?:^|\s)/[\w.-]+/[\w/.-]+`)
	// ReQuotes is one double-quoted passage, straight or curly: the
	// hygiene rules blank it so that the words a pleader quotes (a statute,
	// an e-mail) are not read as the pleader's own conclusions.
	ReQuotes = pattern.MustPattern(`[“"][^”"]*[”"]`)
)

// SameEntity reports whether the name key of a spelling that acted names
// the defendant with key entity: the same key, or a short form whose words
// all belong to it ("kurtz" names "gregor kurtz").
func SameEntity(acted, entity string) bool {
	if acted == entity {
		return true
	}
	ew := strings.Fields(entity)
	for _, w := range strings.Fields(acted) {
		if !slices.Contains(ew, w) {
			return false
		}
	}
	return acted != ""
}

// TermIndexes finds whole-word occurrences of term in text.
func TermIndexes(text, term string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(text[from:], term)
		if i < 0 {
			return out
		}
		at := from + i
		from = at + len(term)
		if at > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:at])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if from < len(text) {
			r, _ := utf8.DecodeRuneInString(text[from:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		out = append(out, at)
	}
}

var reAgainst = pattern.MustPattern(`(?i)\bagainst\b(.*)`)

// CountTargets returns the names of the defendants a count is brought
// against ("(Against Prism)", "— Against Corvex Holdings and Helix"), or
// nil when the heading names none, says "all defendants", or pleads
// secondary liability (contributory, vicarious, aiding and abetting).
func CountTargets(c *document.Count, pt *GeneralParties) []string {
	if lexicon.PlausibilitySecondaryLiability().Match(c.Title) {
		// Secondary liability rests on someone else's act: the primary
		// infringement or breach need not be the named defendant's.
		return nil
	}
	m := reAgainst.FindStringSubmatch(c.Title)
	if m == nil {
		return nil
	}
	t := strings.ToLower(m[1])
	if strings.Contains(t, "all defendants") || strings.Contains(t, "each defendant") || strings.Contains(t, "all other") {
		return nil
	}
	named := NamedInHeading(t, pt.Defendants)
	var out []string
	for _, name := range pt.Defendants {
		if slices.Contains(named, name) {
			out = append(out, name)
		}
	}
	return out
}

// NamesAny reports whether text names any of the given parties.
func NamesAny(text string, names []string) bool {
	for _, n := range names {
		if len(TermIndexes(text, n)) > 0 {
			return true
		}
	}
	return false
}

// captionRole returns the role the caption gives a party's full name
// ("CLIPVAULT, INC., ... Defendants."), or "": complaints often define a
// party in the Parties section without repeating "Defendant" before it.
func captionRole(d *document.Document, name string) string {
	k := NameKey(name)
	if k == "" {
		return ""
	}
	// A caption line may carry a second column ("COMPLAINT PRAIRIE DATA
	// SYSTEMS, INC."), so the name may end the caption's entry.
	same := func(n string) bool {
		nk := NameKey(n)
		return nk == k || strings.HasSuffix(nk, " "+k)
	}
	for _, n := range captionDefendants(d) {
		if same(n) {
			return "defendant"
		}
	}
	for _, n := range CaptionPlaintiffs(d) {
		if same(n) {
			return "plaintiff"
		}
	}
	return ""
}

// titleCase writes an all-capitals caption name the way the body of a
// complaint does: "ACME HOLDINGS, INC." is "Acme Holdings, Inc.".
func titleCase(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// continueRole carries a party role along a list of defined parties that
// the sentence reader has cut ("... against OpenMind AI, Inc. (“OpenMind
// Inc.”), OpenMind OpCo, LLC (“OpCo”) ... (collectively, “OpenMind”)"
// split after "Inc."): a definition that opens its sentence fragment with
// no role of its own, close behind one that had a role, has the same role.
func continueRole(role string, atStart bool, prevRole string, prevEnd, start int) string {
	if role == "" && atStart && prevRole != "" && prevEnd >= 0 && start-prevEnd < 160 {
		return prevRole
	}
	return role
}

// counterclaimRole is the role in an answer's counterclaims of a term whose
// main-action role is role: the role the copyright rules' model reads for it
// when it has one, or else the main action's role reversed.
func counterclaimRole(roles PartyTerms, term, role string) string {
	term = strings.Join(strings.Fields(term), " ")
	switch {
	case slices.Contains(roles.Defendant, term):
		return "defendant"
	case slices.Contains(roles.Plaintiff, term):
		return "plaintiff"
	case strings.Contains(strings.ToLower(term), "counter"):
		return role
	case role == "defendant":
		return "plaintiff"
	case role == "plaintiff":
		return "defendant"
	}
	return role
}
