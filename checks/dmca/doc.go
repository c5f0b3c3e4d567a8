// Package dmca holds the rules for DMCA counts: anti-circumvention under
// § 1201 (RULES.md §3.B) and copyright management information under § 1202
// (RULES-FORUM.md §F4). cues.go holds the measure, circumvention and CMI
// readings only these rules use.
package dmca
