package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"unicode/utf8"
)

// Mode is how factcheck is run on a pair.
type Mode string

const (
	// Draft runs `check --format json --draft b_summary.txt DIR_WITH_a`.
	Draft Mode = "draft"
	// Plain runs `check --format json DIR_WITH_a_AND_b`.
	Plain Mode = "plain"
)

// Window is how many characters either side of a side's text an edit may
// start and still count as caught (the corpus README's 25).
const Window = 25

// Report is the part of factcheck's JSON report (version 1) the score reads.
type Report struct {
	Version     int       `json:"version"`
	Findings    []Finding `json:"findings"`
	Unsupported []Claim   `json:"unsupported"`
}

// Finding is one entry of findings[].
type Finding struct {
	ID       string  `json:"id"`
	Kind     string  `json:"kind"`
	Severity string  `json:"severity"`
	Status   string  `json:"status"`
	Summary  string  `json:"summary"`
	Claims   []Claim `json:"claims"`
}

// Claim is one side of a finding, or an unsupported claim.
type Claim struct {
	Path   string `json:"path"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
	Value  string `json:"value"`
}

// Severities a report may carry; any other is an error, not a silent miss.
const (
	Error   = "error"
	Warning = "warning"
	Info    = "info"
)

// ParseReport decodes and checks a factcheck JSON report.
func ParseReport(data []byte) (*Report, error) {
	var r Report
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("not a JSON report: %v", err)
	}
	// Version 2 is version 1 less keys this package does not read.
	if r.Version != 1 && r.Version != 2 {
		return nil, fmt.Errorf("report version %d, want 1 or 2", r.Version)
	}
	for _, f := range r.Findings {
		switch f.Severity {
		case Error, Warning, Info:
		default:
			return nil, fmt.Errorf("finding %s: unknown severity %q", f.ID, f.Severity)
		}
	}
	return &r, nil
}

// Item is one thing the report says about b: a side in b of a finding, or
// in draft mode an unsupported claim of b (Kind "unsupported", counted at
// warning).
type Item struct {
	Severity string `json:"severity"`
	Kind     string `json:"kind"`
	Status   string `json:"status,omitempty"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Text     string `json:"text"`
	Value    string `json:"value"`
}

// OnSummary lists what r says about b, in report order: every side in b of
// every finding whatever its status (there is no rules file), then in draft
// mode every unsupported claim of b.
func OnSummary(m Mode, r *Report) []Item {
	var items []Item
	for _, f := range r.Findings {
		for _, c := range f.Claims {
			if inSummary(c) {
				items = append(items, Item{Severity: f.Severity, Kind: f.Kind, Status: f.Status,
					Line: c.Line, Column: c.Column, Text: c.Text, Value: c.Value})
			}
		}
	}
	if m == Draft {
		for _, c := range r.Unsupported {
			if inSummary(c) {
				items = append(items, Item{Severity: Warning, Kind: "unsupported",
					Line: c.Line, Column: c.Column, Text: c.Text, Value: c.Value})
			}
		}
	}
	return items
}

func inSummary(c Claim) bool { return filepath.Base(c.Path) == Summary }

// Near reports whether an edit at e falls in its window: on its line, and
// column − Window ≤ e.Column ≤ column + characters of its text + Window.
func (it Item) Near(e At) bool {
	return it.Line == e.Line && it.Column-Window <= e.Column &&
		e.Column <= it.Column+utf8.RuneCountInString(it.Text)+Window
}

// Outcome is what one run of factcheck on one pair scores. Caught* say an
// item on b lies near an edited span (what recall counts on inconsistent
// pairs); Alarm* say there is any item on b at all (what the false-alarm
// rate counts on consistent pairs). *Warning is at warning or above.
type Outcome struct {
	CaughtError   bool `json:"caught_error"`
	CaughtWarning bool `json:"caught_warning"`
	AlarmError    bool `json:"alarm_error"`
	AlarmWarning  bool `json:"alarm_warning"`
}

// Score decides the outcome of report r of mode m on the pair with gold g.
func Score(m Mode, r *Report, g *Gold) Outcome {
	var o Outcome
	for _, it := range OnSummary(m, r) {
		atError := it.Severity == Error
		atWarning := atError || it.Severity == Warning
		near := false
		for _, c := range g.Changes {
			near = near || it.Near(c.At)
		}
		o.AlarmError = o.AlarmError || atError
		o.AlarmWarning = o.AlarmWarning || atWarning
		o.CaughtError = o.CaughtError || atError && near
		o.CaughtWarning = o.CaughtWarning || atWarning && near
	}
	return o
}

// Hit is the outcome the score counts for the pair at a severity: caught
// for an inconsistent pair, a false alarm for a consistent one.
func (o Outcome) Hit(label string, atError bool) bool {
	switch {
	case label == Inconsistent && atError:
		return o.CaughtError
	case label == Inconsistent:
		return o.CaughtWarning
	case atError:
		return o.AlarmError
	default:
		return o.AlarmWarning
	}
}
