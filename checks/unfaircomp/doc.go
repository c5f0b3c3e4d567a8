// Package unfaircomp holds the rule for New York common-law unfair
// competition counts (RULES.md §3.F): misappropriation in bad faith. The
// preemption rule of that section reads any state claim and is in pleading.
package unfaircomp
