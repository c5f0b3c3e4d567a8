// Package contract holds the rule for breach of contract counts
// (RULES.md §3.H): the provisions breached, the plaintiff's performance and
// the damages.
package contract
