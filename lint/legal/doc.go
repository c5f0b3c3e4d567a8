// Package legal holds the vocabulary the checks share: the lexicons of
// RULES.md §2.5 (kept as data in lexicons/*.txt so they can be tuned
// without touching code, named by typed handles in package lexicon), dates
// and periods, dollar amounts, and the recognizer that decides which claim
// family a count pleads.
//
// It is built on the pattern engine, lint/pattern: a lexicon is a
// pattern.Lexicon, its expressions pattern.Patterns, and the texts it reads
// pattern.Texts. How a question is answered fast (anchors, the document's
// index, the generated tables) is the engine's business, not this
// package's.
package legal
