package process

import "github.com/complaintlint/complaintlint/lint"

// Enable keeps the findings of the enabled rules. The runner already skips
// disabled checks; this also selects the rules that are not checks (the
// findings about suppression directives), so --enable, --disable and the
// configuration's rules treat every rule of the catalogue alike.
type Enable struct {
	// Only, when non-empty, keeps just these rules; Disabled drops rules.
	Only, Disabled map[string]bool
}

// Name implements Processor.
func (Enable) Name() string { return "enable" }

// Process implements Processor.
func (e Enable) Process(r *lint.FileResult) {
	if len(e.Only) == 0 && len(e.Disabled) == 0 {
		return
	}
	sel := lint.Options{Only: e.Only, Disabled: e.Disabled}
	kept := r.Findings[:0]
	for _, f := range r.Findings {
		if sel.Enabled(&lint.Check{ID: f.Rule}) {
			kept = append(kept, f)
		}
	}
	r.Findings = kept
}
