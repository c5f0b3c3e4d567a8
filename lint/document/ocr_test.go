package document

import (
	"math/rand"
	"strings"
	"testing"
)

// foldOCRAlways is foldOCR with every replacement run on every line, the
// reference for the words foldOCR looks for before running one.
func foldOCRAlways(t string) string {
	out := t
	if m := reOCRCount.FindStringSubmatchIndex(out); m != nil && !strings.EqualFold(out[m[4]:m[5]], "count") {
		gap := (m[5] - m[4] - 5) + (m[7] - m[6])
		out = out[:m[4]] + "COUNT" + strings.Repeat(" ", gap) + out[m[7]:]
	}
	out = reOCRClaim.ReplaceAllStringFunc(out, func(m string) string {
		if m[3] == 'i' || m[3] == 'I' {
			return m
		}
		return m[:3] + "I" + m[4:]
	})
	out = reOCRFor.ReplaceAllStringFunc(out, func(m string) string { return m[:1] + "O" + m[2:] })
	out = reOCROf.ReplaceAllStringFunc(out, func(m string) string {
		i := len("cause") + strings.Index(m[len("cause"):], strings.TrimLeft(m[len("cause"):], " "))
		return m[:i] + "O" + m[i+1:]
	})
	if m := reOCRNumeral.FindStringSubmatchIndex(out); m != nil {
		tok := out[m[4]:m[5]]
		if strings.ContainsAny(tok, "l|") || reRomanLetter.MatchString(tok) && strings.ContainsAny(tok, "1") {
			fixed := strings.NewReplacer("l", "I", "|", "I", "1", "I").Replace(tok)
			out = out[:m[4]] + fixed + out[m[5]:]
		}
	}
	return out
}

func TestFoldOCR(t *testing.T) {
	for in, want := range map[string]string{
		"C0UNT l":                      "COUNT I",
		"C O U N T  Il":                "COUNT      II",
		"CLA1M F0R RELIEF":             "CLAIM FOR RELIEF",
		"SECOND CLAlM FOR RELIEF":      "SECOND CLAIM FOR RELIEF",
		"FIRST CAUSE 0F ACTION":        "FIRST CAUSE OF ACTION",
		"The claim for relief stands.": "The claim fOr relief stands.",
		"Plaintiff sold 10 units.":     "Plaintiff sold 10 units.",
		"CLA\u017fM 1":                 "CLA\u017fM 1",
	} {
		if got := foldOCR(in); got != want {
			t.Errorf("foldOCR(%q) = %q, want %q", in, got, want)
		}
	}
}

// Looking for the words first changes no line's repair.
func TestFoldOCRAgreesWithAlwaysReplacing(t *testing.T) {
	words := []string{"COUNT", "C0UNT", "C O U N T", "count", "l", "Il", "1", "CLAIM", "cla1m", "ClaLm", "claims",
		"F0R RELIEF", "for relief", "f0r  relief", "reliefs", "CAUSE 0F ACTION", "cause of action", "Cause  0f action",
		"actions", "|", "Plaintiff", "acclaim", "reclaim", "cla", "1l", "no.", "\u212a", "\u017f"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var parts []string
		for j := r.Intn(6); j >= 0; j-- {
			parts = append(parts, words[r.Intn(len(words))])
		}
		line := strings.Join(parts, []string{" ", "  ", ""}[r.Intn(3)])
		if got, want := foldOCR(line), foldOCRAlways(line); got != want {
			t.Fatalf("foldOCR(%q) = %q, replacing always gives %q", line, got, want)
		}
	}
}
