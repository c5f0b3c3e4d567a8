package lint

import (
	"fmt"
	"strings"
)

// Profile is the jurisdiction a complaint is filed in: the federal circuit
// whose law governs and the state whose law the state-law counts plead.
type Profile struct {
	Circuit string // "1".."11", "dc", "fed"
	State   string // two-letter postal code, upper case: "NY"
}

// DefaultProfile is the Second Circuit and New York, where Liveperson was
// decided.
var DefaultProfile = Profile{Circuit: "2", State: "NY"}

// Circuits lists the accepted circuit names.
var Circuits = []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "dc", "fed"}

// ParseCircuit accepts "2", "2d", "2nd", "second", "11th", "D.C.", "Federal".
func ParseCircuit(s string) (string, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.TrimSuffix(t, " circuit")
	t = strings.TrimSuffix(t, " cir.")
	t = strings.ReplaceAll(t, ".", "")
	words := map[string]string{"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
		"sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11",
		"dc": "dc", "federal": "fed", "fed": "fed", "cafc": "fed"}
	if v, ok := words[t]; ok {
		return v, nil
	}
	for _, suf := range []string{"st", "nd", "rd", "th", "d"} {
		t = strings.TrimSuffix(t, suf)
	}
	for _, c := range Circuits {
		if c == t {
			return c, nil
		}
	}
	return "", fmt.Errorf("unknown circuit %q (want 1-11, dc or fed)", s)
}

// CircuitName is the circuit as courts write it: "2d Cir.", "11th Cir.".
func CircuitName(c string) string {
	switch c {
	case "1":
		return "1st Cir."
	case "2":
		return "2d Cir."
	case "3":
		return "3d Cir."
	case "dc":
		return "D.C. Cir."
	case "fed":
		return "Fed. Cir."
	}
	return c + "th Cir."
}

// ParseState accepts a two-letter code or a state name for the common ones.
func ParseState(s string) (string, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	names := map[string]string{"NEW YORK": "NY", "N.Y.": "NY", "CALIFORNIA": "CA", "DELAWARE": "DE",
		"NEW JERSEY": "NJ", "TEXAS": "TX", "FLORIDA": "FL", "ILLINOIS": "IL", "MASSACHUSETTS": "MA"}
	if v, ok := names[t]; ok {
		return v, nil
	}
	if len(t) == 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'A' && t[1] <= 'Z' {
		return t, nil
	}
	return "", fmt.Errorf("unknown state %q (want a two-letter code such as NY)", s)
}
