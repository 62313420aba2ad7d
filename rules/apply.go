package rules

import (
	"fmt"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/enum"
)

// FailOn is the lowest severity of an unresolved finding that fails a
// check. The zero value is FailOnError, the default.
type FailOn int

const (
	FailOnError FailOn = iota
	FailOnWarning
	FailOnInfo
	FailOnNone // nothing fails: report only
)

var failOnNames = enum.Names[FailOn]{"error", "warning", "info", "none"}

func (f FailOn) String() string { return failOnNames.Name("failon", f) }

// ParseFailOn reads "error", "warning", "info" or "none".
func ParseFailOn(s string) (FailOn, error) {
	if v, ok := failOnNames.Parse(s); ok {
		return v, nil
	}
	return 0, fmt.Errorf("unknown fail-on level %q (want error, warning, info or none)", s)
}

// Set implements flag.Value, so --fail-on can be a flag.Var.
func (f *FailOn) Set(s string) error {
	v, err := ParseFailOn(s)
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// MarshalText writes the level's name.
func (f FailOn) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText reads a level's name.
func (f *FailOn) UnmarshalText(b []byte) error { return f.Set(string(b)) }

// Fails reports whether an unresolved finding of severity s fails the
// check at this threshold.
func (f FailOn) Fails(s align.Severity) bool {
	switch f {
	case FailOnError:
		return s >= align.Error
	case FailOnWarning:
		return s >= align.Warning
	case FailOnInfo:
		return s >= align.Info
	}
	return false
}

// Failing counts the findings that fail the check: unresolved, not
// context-only, at or above the threshold. The CLI exits 1 when it is
// positive.
func Failing(fs []align.Finding, failOn FailOn) int {
	n := 0
	for i := range fs {
		f := &fs[i]
		if f.Status.Resolved() || f.Context || !failOn.Fails(f.Severity) {
			continue
		}
		n++
	}
	return n
}

// Apply returns a copy of fs with the rules applied, in the same order:
// severity overrides by check and resolutions by ID. (Aliases act earlier:
// they are alignment's Options.Canonical and Options.Alias, so the name
// check accepts a declared alias itself.) It also returns the resolutions
// that matched no finding, in file order. A nil r returns a copy of fs
// unchanged.
func Apply(fs []align.Finding, r *Rules) (out []align.Finding, stale []Stale) {
	out = make([]align.Finding, len(fs))
	copy(out, fs)
	if r == nil {
		return out, nil
	}
	byID := make(map[string]int, len(r.Resolutions))
	for i, res := range r.Resolutions {
		if _, dup := byID[res.ID]; !dup {
			byID[res.ID] = i
		}
	}
	used := make([]bool, len(r.Resolutions))
	for i := range out {
		f := &out[i]
		if sev, ok := r.Severity[f.Check]; ok {
			f.Severity = sev
		}
		if j, ok := byID[f.ID]; ok {
			used[j] = true
			res := r.Resolutions[j]
			f.Status, f.Reason = res.Status, res.Reason
		}
	}
	for j, res := range r.Resolutions {
		if !used[j] {
			stale = append(stale, Stale{ID: res.ID, Position: res.Pos})
		}
	}
	return out, stale
}

// SameAlias reports whether the names all belong to one declared alias
// set, and the reason a name finding between them is accepted with
// ("alias declared in .factcheck.yaml:3"): align.Options.Alias.
func (r *Rules) SameAlias(names []string) (reason string, ok bool) {
	if r == nil || len(names) == 0 {
		return "", false
	}
	var set *Alias
	for _, n := range names {
		a, ok := r.alias(n)
		if !ok || (set != nil && a != set) {
			return "", false
		}
		set = a
	}
	return fmt.Sprintf("alias declared in %s:%d", r.Path, set.Pos.Line), true
}
