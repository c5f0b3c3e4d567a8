// Package cfaa holds the rules for Computer Fraud and Abuse Act counts
// (RULES.md §3.C, and the Ninth Circuit public-data rule of RULES-FORUM.md
// §F3.3): authorization, the $5,000 loss threshold and what counts as
// loss, the subsection theory and the limitations window. cues.go holds
// the statute recitals and access and loss readings they share.
package cfaa
