// Package legal holds the vocabulary the checks share: the lexicons of
// RULES.md §2.5 (kept as data in lexicon.txt so they can be tuned without
// touching code), dates and periods, dollar amounts, and the recognizer that
// decides which claim family a count pleads.
package legal
