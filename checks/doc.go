// Package checks holds complaintlint's rules, one file per rule named after
// its id, and the explicit registry All. Every rule's id, severity, message,
// authority and fix come from RULES.md; the cue lists they share live in
// lint/legal/lexicon.txt.
package checks
