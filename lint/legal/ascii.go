package legal

// hasPrefixFold reports whether s begins with a, a lower-case ASCII word,
// comparing ASCII letters of s without case. (The pattern engine has its
// own, for its anchors; the two packages share no helpers.)
func hasPrefixFold(s, a string) bool {
	if len(s) < len(a) {
		return false
	}
	for j := 0; j < len(a); j++ {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != a[j] {
			return false
		}
	}
	return true
}
