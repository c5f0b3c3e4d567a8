package lint

import (
	"fmt"
	"strings"
)

// Severity orders findings. The zero value is Info so that an unset
// severity never silently escalates a finding.
type Severity int

// Severities from least to most serious. Error marks an element courts
// routinely dismiss for when it is missing; Warning marks what is likely to
// draw a motion; Info is drafting hygiene.
const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity accepts "info", "warning" (or "warn") and "error".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "info":
		return Info, nil
	case "warning", "warn":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return Info, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// MarshalText lets severities appear by name in JSON and YAML.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText is the inverse of MarshalText.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Lower is one level less serious; Info stays Info.
func (s Severity) Lower() Severity {
	if s > Info {
		return s - 1
	}
	return Info
}
