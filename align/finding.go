package align

import (
	"fmt"

	"github.com/factcheck/factcheck/internal/enum"
	"github.com/factcheck/factcheck/source"
)

// Severity ranks findings. The zero value is Info.
type Severity int

const (
	Info Severity = iota
	Warning
	Error
)

var severityNames = enum.Names[Severity]{"info", "warning", "error"}

func (s Severity) String() string { return severityNames.Name("severity", s) }

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	if v, ok := severityNames.Parse(s); ok {
		return v, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// MarshalText writes the severity's name, so JSON and YAML show "error".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Status is where an editor stands on a finding.
type Status string

const (
	Unresolved    Status = "unresolved"
	Accepted      Status = "accepted"       // the divergence is real and fine as it is
	FalsePositive Status = "false-positive" // the checker was wrong
	Fixed         Status = "fixed"          // a source was corrected
)

// Resolved reports whether the status takes the finding out of CI gating.
func (s Status) Resolved() bool { return s != Unresolved && s != "" }

// Side is one source's part in a finding.
type Side struct {
	Pos   source.Position
	Text  string // the quoted claim text
	Value string // the value this side asserts: "March 3, 2023", "Dmitri Volkov"
	// Norm is Value normalized: sides whose Norm is equal assert the same
	// value however they write it ("Thursday" and "March 2, 2023" read
	// against one publication day). "" when the check compares Value as
	// written.
	Norm string
	// Start and End locate Value inside the document's Text (byte offsets),
	// for highlighting; both 0 when the value is the whole claim.
	Start, End int
}

// Finding is one divergence between sources.
type Finding struct {
	// ID is stable across unrelated edits: it is derived from the check,
	// the normalized referents and the conflicting values, never from
	// line numbers.
	ID       string
	Check    string // the Check's Name: "date", "name", …
	Severity Severity
	Status   Status
	Reason   string // the resolution's reason when resolved
	Summary  string // one line an editor understands
	Sides    []Side // sorted by position; at least two for a conflict
	// Subject is the path of the one document the finding is about when it
	// is not a disagreement between equals: the source whose own date
	// misleads (source-date), the file hiding characters (hidden). "" for
	// a conflict.
	Subject string
	// Copies are the paths of the documents identical to Subject (the same
	// bytes, read the same way, in the same event) that the finding is
	// about as well, sorted: a story republished many times is one
	// source-date finding, its copies' claims among the sides.
	Copies []string
	// Context marks a disagreement among sources alone when checking a
	// draft: shown, but it does not decide the exit code.
	Context bool
}

// Pos is where the finding is reported: its first side.
func (f *Finding) Pos() source.Position {
	if len(f.Sides) == 0 {
		return source.Position{}
	}
	return f.Sides[0].Pos
}

// Less orders findings by file, line, column, check and summary, the order
// every renderer prints them in.
func Less(a, b *Finding) bool {
	if c := a.Pos().Compare(b.Pos()); c != 0 {
		return c < 0
	}
	if a.Check != b.Check {
		return a.Check < b.Check
	}
	if a.Summary != b.Summary {
		return a.Summary < b.Summary
	}
	return a.ID < b.ID
}
