package legal

import (
	"strconv"
	"strings"

	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
)

var (
	reMoney = lazyregexp.New(`(?i)\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|k|m|mm|bn)\b)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|one hundred)\s+(thousand|million|billion)\s+dollars\b|\b(\d{1,3}(?:,\d{3})+|\d+)\s+(thousand |million |billion )?dollars\b`)
	// The diversity-jurisdiction amount is not CFAA loss.
	reJurisdictionalAmount = lazyregexp.New(`(?i)exclusive of (?:interest|costs)`)
)

// Amount is one dollar figure found in text.
type Amount struct {
	Start, End int
	Value      float64
	Text       string
}

var wordNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "one hundred": 100,
}

var scale = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mm": 1e6, "billion": 1e9, "bn": 1e9,
}

// Money finds dollar amounts in s and parses them ("$48,200", "$22k",
// "$2.3 million", "five thousand dollars").
func Money(s string) []Amount {
	if !strings.Contains(s, "$") && !strings.Contains(strings.ToLower(s), "dollars") {
		return nil
	}
	var out []Amount
	for _, m := range reMoney.FindAllStringSubmatchIndex(s, -1) {
		var v float64
		switch {
		case m[2] >= 0:
			whole := strings.ReplaceAll(s[m[2]:m[3]], ",", "")
			n, _ := strconv.ParseFloat(whole, 64)
			if m[4] >= 0 {
				frac, _ := strconv.ParseFloat("0."+s[m[4]:m[5]], 64)
				n += frac
			}
			if m[6] >= 0 {
				n *= scale[strings.ToLower(s[m[6]:m[7]])]
			}
			v = n
		case m[8] >= 0:
			v = wordNumbers[strings.ToLower(s[m[8]:m[9]])] * scale[strings.ToLower(s[m[10]:m[11]])]
		case m[12] >= 0:
			n, _ := strconv.ParseFloat(strings.ReplaceAll(s[m[12]:m[13]], ",", ""), 64)
			if m[14] >= 0 {
				n *= scale[strings.TrimSpace(strings.ToLower(s[m[14]:m[15]]))]
			}
			v = n
		}
		out = append(out, Amount{Start: m[0], End: m[1], Value: v, Text: s[m[0]:m[1]]})
	}
	return out
}

// IsJurisdictionalAmount reports a sentence pleading the § 1332 amount in
// controversy ("exceeds $75,000, exclusive of interest and costs").
func IsJurisdictionalAmount(s string) bool {
	// The rules ask it of every sentence of a count, and a case-folded
	// expression is tried at every offset: a sentence without the
	// phrase's first letters (which fold to nothing outside ASCII, unlike
	// the s of "exclusive") is answered without it.
	if !containsFoldASCII(s, "exclu") {
		return false
	}
	return reJurisdictionalAmount.MatchString(s)
}
