// Package pleading holds the rules that read any count, whatever its
// claim: plausibility (conclusory allegations, information and belief),
// group and shotgun pleading (RULES.md §3.G), the forum notice and the
// heading-statute mismatch (RULES-FORUM.md §F1-F2), copyright preemption of
// state claims (§3.F) and duplicative unjust enrichment (§3.H).
package pleading
