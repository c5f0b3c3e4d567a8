// Package lanham holds the rules for Lanham Act false advertising counts
// (RULES.md §3.D): the advertisement and its dissemination, the falsity
// theory, materiality and injury, puffery and Dastar. cues.go holds the
// advertising readings only these rules use.
package lanham
