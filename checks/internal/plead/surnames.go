package plead

import (
	"strings"
	"unicode"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Surnames: a complaint introduces an individual by full name ("Defendant
// Dana Pryor is an individual residing in ...", or "Dana Pryor is ..."
// under a caption that lists "DANA PRYOR, an individual") and then calls
// them by surname alone ("Pryor registered the domain"). The parties model
// gives such a person the surname as a further name, for the copyright
// rules (DefendantNames) and the group-pleading rule (GeneralParties) alike.
// A surname another party's name shares ("Kane" for Kane Holdings and Rita
// Kane) names no one defendant, and one the complaint also writes as a
// lower-case word ("Price", "Bond") would match sentences that name no
// party; neither is given.

// personWords splits a name into its words when it can be a person's: two
// to four capitalised words, no corporate form, no digits.
func personWords(name string) []string {
	words := strings.Fields(strings.TrimRight(strings.TrimSpace(name), ",."))
	if len(words) < 2 || len(words) > 4 {
		return nil
	}
	for _, w := range words {
		w = strings.Trim(w, ",.")
		if w == "" || ReCorpTail.MatchString(w) || strings.ContainsAny(w, "&/0123456789") {
			return nil
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return nil
		}
	}
	return words
}

// surnameOf is the last word of a person's name, without a generational
// suffix ("Jr.", "III") or a possessive.
func surnameOf(words []string) string {
	for len(words) > 1 {
		last := strings.ToLower(strings.Trim(words[len(words)-1], ",."))
		if last != "jr" && last != "sr" && last != "ii" && last != "iii" && last != "iv" {
			break
		}
		words = words[:len(words)-1]
	}
	return trimName(words[len(words)-1])
}

// usableSurname reports that surname, the last word of the party name
// full, can stand for that party alone in d: at least three letters, no
// other party name in others holds it as a word, and the complaint never
// writes it as a lower-case word.
func usableSurname(d *document.Document, surname, full string, others []string) bool {
	if len([]rune(surname)) < 3 {
		return false
	}
	r := []rune(surname)
	if !unicode.IsUpper(r[0]) {
		return false
	}
	// A caption in capitals spells the surname "PRYOR".
	if strings.ToUpper(surname) == surname {
		surname = titleCase(surname)
	}
	key := NameKey(full)
	for _, o := range others {
		if NameKey(o) == key || strings.EqualFold(strings.TrimSpace(o), strings.TrimSpace(full)) {
			continue
		}
		for _, w := range ReCapWord.FindAllString(o, -1) {
			if strings.EqualFold(strings.Trim(w, ".,’'"), surname) {
				return false
			}
		}
	}
	return len(WordIndexes(d.Text, strings.ToLower(surname))) == 0
}

var reIndividualCue = pattern.MustPattern(`(?i)\b(?:an individual|a natural person|individually|resid(?:es|ing|ent)|domiciled|citizen of|(?:his|her) (?:own )?(?:name|capacity|home|residence))\b`)

// isIndividual reports that the caption or the Parties section says the
// party full names is a person: "DAMON PRYOR, an individual" in the
// caption, or a Parties sentence holding the name and "resides in",
// "an individual", "a citizen of".
func isIndividual(d *document.Document, full string) bool {
	up := strings.ToUpper(full)
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Section != document.SectionParties && s.Section != document.SectionCaption && s.Section != document.SectionPreliminary {
			continue
		}
		at := strings.Index(s.Text, full)
		if at < 0 {
			at = strings.Index(s.Text, up)
		}
		if at < 0 {
			continue
		}
		rest := s.Text[at+len(full):]
		if s.Section == document.SectionCaption {
			// A caption lists every party in one run: only the words
			// right after this party's name, up to the next party,
			// describe it.
			if i := strings.IndexAny(rest, ";\n"); i >= 0 {
				rest = rest[:i]
			}
			if len(rest) > 40 {
				rest = rest[:40]
			}
		}
		if reIndividualCue.MatchString(rest) {
			return true
		}
	}
	return false
}
