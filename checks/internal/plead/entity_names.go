package plead

import (
	"strings"
)

// SharedRootName is the largest number of named defendants whose names
// open with the same word ("openai opco", "openai gp", "openai global").
func SharedRootName(entities []string) int {
	n := map[string]int{}
	best := 0
	for _, e := range entities {
		if f := strings.Fields(e); len(f) > 0 {
			n[f[0]]++
			best = max(best, n[f[0]])
		}
	}
	return best
}
