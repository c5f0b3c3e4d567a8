package checks_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
)

// rulesSpec finds ../shared/RULES.md beside the repository.
func rulesSpec(t *testing.T) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	b, err := os.ReadFile(filepath.Join(specDir(dir), "RULES.md"))
	if err != nil {
		t.Skip("../shared/RULES.md not present beside the repository")
	}
	return string(b)
}

// forumSpec reads ../shared/RULES-FORUM.md, the second part of the
// specification; "" when it is not there.
func forumSpec(t *testing.T) string {
	t.Helper()
	rulesSpec(t)
	dir, _ := os.Getwd()
	for ; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
	}
	b, err := os.ReadFile(filepath.Join(specDir(dir), "RULES-FORUM.md"))
	if err != nil {
		t.Skip("../shared/RULES-FORUM.md not present beside the repository")
	}
	return string(b)
}

// forumSpecIDs returns the rule ids RULES-FORUM.md defines, by its
// section number ("F1", "F4").
func forumSpecIDs(spec string) map[string][]string {
	out := map[string][]string{}
	section := ""
	reSection := regexp.MustCompile(`^## (F\d)\. `)
	reRule := regexp.MustCompile(`^#### ([a-z0-9-]+)\s*$`)
	for _, line := range strings.Split(spec, "\n") {
		if m := reSection.FindStringSubmatch(line); m != nil {
			section = m[1]
		}
		if m := reRule.FindStringSubmatch(line); m != nil && section != "" {
			out[section] = append(out[section], m[1])
		}
	}
	return out
}

// specIDs returns the rule ids of RULES.md §3 by section letter.
func specIDs(spec string) map[string][]string {
	out := map[string][]string{}
	section := ""
	reSection := regexp.MustCompile(`^### ([A-H])\. `)
	reRule := regexp.MustCompile(`^#### ([a-z0-9-]+)\s*$`)
	for _, line := range strings.Split(spec, "\n") {
		if m := reSection.FindStringSubmatch(line); m != nil {
			section = m[1]
		}
		if strings.HasPrefix(line, "## 4.") {
			break
		}
		if m := reRule.FindStringSubmatch(line); m != nil && section != "" {
			out[section] = append(out[section], m[1])
		}
	}
	return out
}

// TestRuleIDsMatchSpec checks the ids in code against both parts of the
// specification: every id of RULES.md and of RULES-FORUM.md §F1-F4 is
// implemented, and every id in code is defined by one of the two.
func TestRuleIDsMatchSpec(t *testing.T) {
	spec := specIDs(rulesSpec(t))
	fspec := forumSpecIDs(forumSpec(t))
	var want []string
	for _, ids := range spec {
		want = append(want, ids...)
	}
	for _, sec := range []string{"F1", "F2", "F3", "F4"} {
		want = append(want, fspec[sec]...)
	}
	defined := map[string]bool{}
	for _, id := range want {
		defined[id] = true
	}
	for _, ids := range fspec {
		for _, id := range ids {
			defined[id] = true
		}
	}
	got := map[string]bool{}
	for _, c := range checks.All {
		got[c.ID] = true
		if !defined[c.ID] {
			t.Errorf("%s is defined in neither RULES.md nor RULES-FORUM.md", c.ID)
		}
	}
	sort.Strings(want)
	for _, id := range want {
		if !got[id] {
			t.Errorf("%s (specified) is not implemented", id)
		}
	}
	if len(fspec["F1"]) != 1 || len(fspec["F2"]) != 1 || len(fspec["F3"]) != 11 || len(fspec["F4"]) != 5 {
		t.Errorf("RULES-FORUM.md §F1-F4 ids: %v", fspec)
	}
}

// TestRegistryMetadata: every rule carries what reporters and explain need.
func TestRegistryMetadata(t *testing.T) {
	seen := map[string]bool{}
	reID := regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)+$`)
	for _, c := range checks.All {
		if seen[c.ID] {
			t.Errorf("%s registered twice", c.ID)
		}
		seen[c.ID] = true
		if !reID.MatchString(c.ID) {
			t.Errorf("%q is not a rule id", c.ID)
		}
		if c.Title == "" || c.Doc.Message == "" || c.Doc.Authority == "" || c.Doc.Fix == "" || c.Doc.Requirement == "" {
			t.Errorf("%s: title, message, authority, fix and requirement are all required", c.ID)
		}
		if len(c.Doc.Insufficient) == 0 {
			t.Errorf("%s: no insufficient example", c.ID)
		}
		if c.Run == nil {
			t.Errorf("%s: no Run", c.ID)
		}
		if c.Confidence <= 0 || c.Confidence > 1 {
			t.Errorf("%s: confidence %v", c.ID, c.Confidence)
		}
		if c.Scope == lint.ScopeDocument && c.Family != "" {
			t.Errorf("%s: a document rule has no claim family", c.ID)
		}
		// Authorities never carry the spec's confirmation markers.
		if strings.Contains(c.Doc.Authority, "[M]") || strings.Contains(c.Doc.Authority, "[U]") || strings.Contains(c.Doc.Authority, "[V") {
			t.Errorf("%s: authority carries a marker: %s", c.ID, c.Doc.Authority)
		}
	}
}

// TestAuthoritiesComeFromSpec: every case name cited by a rule appears in
// RULES.md, so no citation is invented.
func TestAuthoritiesComeFromSpec(t *testing.T) {
	spec := rulesSpec(t) + "\n" + forumSpec(t)
	norm := func(s string) string {
		return strings.Join(strings.Fields(strings.NewReplacer("*", "", "’", "'").Replace(s)), " ")
	}
	nspec := norm(spec)
	for _, c := range checks.All {
		// The authority a rule cites under another forum profile counts too.
		authorities := []string{c.Doc.Authority}
		for _, v := range c.Variants {
			if v.Authority != "" {
				authorities = append(authorities, v.Authority)
			}
		}
		for _, part := range strings.Split(strings.Join(authorities, "; "), "; ") {
			if strings.HasPrefix(part, "none (") {
				continue // an engine notice or drafting hygiene: no authority (RULES-FORUM.md §F1.4, §F2)
			}
			// The case name: up to the first comma after " v. ", or the
			// statute as written.
			name := part
			if i := strings.Index(part, " v. "); i >= 0 {
				if j := strings.Index(part[i:], ","); j >= 0 {
					name = part[:i+j]
				}
			} else if j := strings.Index(part, " ("); j >= 0 {
				name = part[:j]
			}
			name = norm(name)
			if strings.Contains(name, "U.S.C.") || strings.Contains(name, "Fed. R. Civ. P.") || strings.Contains(name, " Code §") {
				continue // statutes and rules are checked by hand against RULES.md §5 and RULES-FORUM.md
			}
			if !strings.Contains(nspec, name) {
				t.Errorf("%s cites %q, which neither RULES.md nor RULES-FORUM.md names", c.ID, name)
			}
		}
	}
}

// specDir is ../shared beside the repository root, or $COMPLAINTLINT_SPEC_DIR
// for a checkout that does not sit beside the specification.
func specDir(root string) string {
	if env := os.Getenv("COMPLAINTLINT_SPEC_DIR"); env != "" {
		return env
	}
	return filepath.Join(root, "..", "shared")
}
