// Package checks is complaintlint's registry of rules: All, in the order of
// RULES.md §3 and RULES-FORUM.md, built from the section lists in all.go,
// with the severity policy, the forum profiles and the element marks applied
// to every rule. The rules themselves sit in one package per claim family —
// copyright, dmca, cfaa, lanham, interference, unfaircomp, tradesecret,
// contract, ucl, and pleading for the rules that read any count — one file
// per rule named after its id, with the cues only that family reads in its
// cues.go. What several families read (the parties model, shared cues) is
// in internal/plead and the authorities they cite in internal/authority.
// Every rule's id, severity, message, authority and fix come from RULES.md;
// the cue lists they share live in lint/legal/lexicons/*.txt. The tests here
// are the ones across families: the corpus, the fixtures, the registry.
package checks
