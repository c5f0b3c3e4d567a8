package document

import (
	"math/rand"
	"strings"
	"testing"
)

// repairLabelWordsAlways is repairLabelWords with every replacement run
// on every line, the reference for the words it looks for first.
func repairLabelWordsAlways(out string) string {
	out = reOCRClaim.ReplaceAllStringFunc(out, func(m string) string {
		if m[3] == 'i' || m[3] == 'I' {
			return m
		}
		return m[:3] + "I" + m[4:]
	})
	out = reOCRFor.ReplaceAllStringFunc(out, func(m string) string { return m[:1] + "O" + m[2:] })
	return reOCROf.ReplaceAllStringFunc(out, func(m string) string {
		i := len("cause") + strings.Index(m[len("cause"):], strings.TrimLeft(m[len("cause"):], " "))
		return m[:i] + "O" + m[i+1:]
	})
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
func TestRepairLabelWordsAgreesWithAlwaysReplacing(t *testing.T) {
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
		if got, want := repairLabelWords(line), repairLabelWordsAlways(line); got != want {
			t.Fatalf("repairLabelWords(%q) = %q, replacing always gives %q", line, got, want)
		}
	}
}
