// Package plead holds the facts and cues rules of several claim families
// read: the parties model (Parties, read once per document), sentence,
// paragraph and quotation helpers, and the cue patterns more than one
// family matches. A cue one family alone uses stays in that family's
// cues.go. Its names are exported only for the family packages under
// checks; internal keeps them from anyone else.
package plead
