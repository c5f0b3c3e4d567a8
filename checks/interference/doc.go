// Package interference holds the rules for tortious interference counts
// under New York law (RULES.md §3.E) and California law (RULES-FORUM.md
// §F3.3): the contract or relationship interfered with, the third party,
// wrongful means or an independently wrongful act, and at-will employees.
// cues.go holds the interference readings these rules share.
package interference
