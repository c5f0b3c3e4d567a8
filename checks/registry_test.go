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

// rulesSpec reads ../shared/RULES.md and RULES-FORUM.md beside the
// repository (or in $COMPLAINTLINT_SPEC_DIR).
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
	shared := filepath.Join(dir, "..", "shared")
	if env := os.Getenv("COMPLAINTLINT_SPEC_DIR"); env != "" {
		shared = env // a checkout that does not sit beside the specification
	}
	b, err := os.ReadFile(filepath.Join(shared, "RULES.md"))
	if err != nil {
		t.Skip("../shared/RULES.md not present beside the repository")
	}
	forum, err := os.ReadFile(filepath.Join(shared, "RULES-FORUM.md"))
	if err != nil {
		t.Skip("../shared/RULES-FORUM.md not present beside the repository")
	}
	return string(b) + "\n" + forumMarker + "\n" + string(forum)
}

// forumMarker separates RULES.md from RULES-FORUM.md in the text rulesSpec
// returns.
const forumMarker = "<!-- RULES-FORUM.md -->"

// specIDs returns the rule ids of RULES.md §3 by section letter, and those
// of RULES-FORUM.md by its section ("F1".."F4").
func specIDs(spec string) map[string][]string {
	out := map[string][]string{}
	section := ""
	reSection := regexp.MustCompile(`^### ([A-H])\. `)
	reForumSection := regexp.MustCompile(`^## (F[1-4])\. `)
	reRule := regexp.MustCompile(`^#### ([a-z0-9-]+)\s*$`)
	inForum := false
	for _, line := range strings.Split(spec, "\n") {
		if line == forumMarker {
			inForum, section = true, ""
			continue
		}
		if inForum {
			if m := reForumSection.FindStringSubmatch(line); m != nil {
				section = m[1]
			} else if strings.HasPrefix(line, "## ") {
				section = ""
			}
		} else if m := reSection.FindStringSubmatch(line); m != nil {
			section = m[1]
		}
		if !inForum && strings.HasPrefix(line, "## 4.") {
			section = ""
			continue
		}
		if m := reRule.FindStringSubmatch(line); m != nil && section != "" {
			out[section] = append(out[section], m[1])
		}
	}
	return out
}

// TestRuleIDsMatchSpec checks that the ids in code are exactly the ids of
// RULES.md and RULES-FORUM.md.
func TestRuleIDsMatchSpec(t *testing.T) {
	spec := specIDs(rulesSpec(t))
	var want []string
	for _, ids := range spec {
		want = append(want, ids...)
	}
	var got []string
	for _, c := range checks.All {
		got = append(got, c.ID)
	}
	sort.Strings(want)
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		missing, extra := diff(want, got), diff(got, want)
		t.Errorf("rule ids differ from RULES.md §3 and RULES-FORUM.md\nnot implemented: %v\nnot in the spec: %v", missing, extra)
	}
}

func diff(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	var out []string
	for _, x := range a {
		if !in[x] {
			out = append(out, x)
		}
	}
	return out
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
	spec := rulesSpec(t)
	norm := func(s string) string {
		return strings.Join(strings.Fields(strings.NewReplacer("*", "", "’", "'").Replace(s)), " ")
	}
	nspec := norm(spec)
	for _, c := range checks.All {
		authorities := []string{c.Doc.Authority}
		for _, v := range c.Forum {
			authorities = append(authorities, v.Authority)
		}
		for _, part := range strings.Split(strings.Join(authorities, "; "), "; ") {
			if part == "" {
				continue
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
