package pattern

// Anchors returns the literal strings one of which every match of expr
// begins with, lower-cased (nil when the engine finds none and tries every
// place), as the pre-filter reads them: from the generated anchor table
// when expr is in it, else worked out from the expression.
func Anchors(expr string) []string {
	a, _, _ := lookupAnchors(expr)
	return a
}
