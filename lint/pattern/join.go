package pattern

// Joined is two spans of a document read as one string, the first, a line
// break, then the second (a heading and the body under it): a cue list's
// question about the whole is answered through the spans' index, not by
// scanning the joined string once per list (see joined.go).
type Joined struct{ j *joined }

// Join reads first and second as the string first + "\n" + second.
func Join(first, second Text) *Joined { return &Joined{newJoined(first, second)} }

// String returns the joined string.
func (j *Joined) String() string { return j.j.s }

// MatchingLines is l.MatchingLinesText of the joined string.
func (j *Joined) MatchingLines(l *Lexicon) int { return j.j.matchingLines(l) }

// Match is l.MatchText of the joined string.
func (j *Joined) Match(l *Lexicon) bool { return j.j.match(l) }
