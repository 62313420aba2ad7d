package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// edited is an inconsistent pair edited at column 50 of b.
var edited = &Gold{Label: Inconsistent, Changes: []Change{{Op: "replace", Original: "blue", Edited: "white", At: At{1, 50}}}}

// finding is a report with one finding whose sides are the given claims.
func finding(sev string, cs ...Claim) *Report {
	return &Report{Version: 1, Findings: []Finding{{ID: "f1", Kind: "number", Severity: sev, Status: "unresolved", Claims: cs}}}
}

func onB(col int, text string) Claim {
	return Claim{Path: "b_summary.txt", Line: 1, Column: col, Text: text, Value: text}
}

func onA(col int, text string) Claim {
	return Claim{Path: "s/a_article.txt", Line: 3, Column: col, Text: text, Value: text}
}

func TestScore(t *testing.T) {
	all := Outcome{CaughtError: true, CaughtWarning: true, AlarmError: true, AlarmWarning: true}
	alarmOnly := Outcome{AlarmError: true, AlarmWarning: true}
	warnCaught := Outcome{CaughtWarning: true, AlarmWarning: true}
	unsupported := func(cs ...Claim) *Report { return &Report{Version: 1, Unsupported: cs} }
	tests := []struct {
		name string
		mode Mode
		r    *Report
		g    *Gold
		want Outcome
	}{
		{"nothing", Draft, &Report{Version: 1}, edited, Outcome{}},
		// Window: column − 25 ≤ 50 ≤ column + len(text) + 25.
		{"edit at column − 25", Draft, finding(Error, onB(75, "x")), edited, all},
		{"edit one before column − 25", Draft, finding(Error, onB(76, "x")), edited, alarmOnly},
		{"edit at end + 25", Draft, finding(Error, onB(20, "abcde")), edited, all}, // 20+5+25 = 50
		{"edit one past end + 25", Draft, finding(Error, onB(19, "abcde")), edited, alarmOnly},
		{"length counts characters, not bytes", Draft, finding(Error, onB(15, "€€€€€€€€€€")), edited, all}, // 15+10+25 = 50
		{"length in characters, one short", Draft, finding(Error, onB(14, "€€€€€€€€€€")), edited, alarmOnly},
		{"edit on another line", Draft, finding(Error, Claim{Path: "b_summary.txt", Line: 2, Column: 50, Text: "x"}), edited, alarmOnly},
		{"side in another file ignored", Draft, finding(Error, onA(50, "blue")), edited, Outcome{}},
		{"article side beside a b side", Plain, finding(Error, onA(50, "blue"), onB(48, "white")), edited, all},
		{"b matched by base name in plain mode", Plain, finding(Error, Claim{Path: "s/b_summary.txt", Line: 1, Column: 48, Text: "white"}), edited, all},
		{"not b by a longer name", Plain, finding(Error, Claim{Path: "s/xb_summary.txt", Line: 1, Column: 48, Text: "white"}), edited, Outcome{}},
		{"warning finding counts at warning only", Plain, finding(Warning, onB(48, "white")), edited, warnCaught},
		{"info finding counts nowhere", Plain, finding(Info, onB(48, "white")), edited, Outcome{}},
		{"status is ignored", Plain, &Report{Version: 1, Findings: []Finding{{Severity: Error, Status: "accepted", Claims: []Claim{onB(48, "white")}}}}, edited, all},
		{"unsupported far from the edit: an alarm at warning", Draft, unsupported(onB(1, "whole sentence")), edited, Outcome{AlarmWarning: true}},
		{"unsupported spanning the edit in draft", Draft, unsupported(onB(40, "gallons of white paint")), edited, warnCaught},
		{"unsupported in plain mode ignored", Plain, unsupported(onB(40, "gallons of white paint")), edited, Outcome{}},
		{"unsupported of a ignored", Draft, unsupported(onA(40, "gallons of white paint")), edited, Outcome{}},
		{"error far, warning near", Draft, &Report{Version: 1,
			Findings:    []Finding{{Severity: Error, Claims: []Claim{onB(120, "x")}}},
			Unsupported: []Claim{onB(45, "white")}}, edited, Outcome{CaughtWarning: true, AlarmError: true, AlarmWarning: true}},
		{"consistent pair: any finding on b is an alarm", Plain, finding(Error, onB(140, "far away")),
			&Gold{Label: Consistent, Changes: []Change{{At: At{1, 10}}}}, alarmOnly},
		{"consistent seed summary without changes", Draft, unsupported(onB(1, "anything")),
			&Gold{Label: Consistent}, Outcome{AlarmWarning: true}},
		{"second of two edits", Plain, finding(Error, onB(100, "x")),
			&Gold{Label: Inconsistent, Changes: []Change{{At: At{1, 10}}, {At: At{1, 90}}}}, all},
	}
	for _, tt := range tests {
		got := Score(tt.mode, tt.r, tt.g)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Score mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestHit(t *testing.T) {
	o := Outcome{CaughtWarning: true, AlarmError: true, AlarmWarning: true}
	tests := []struct {
		label   string
		atError bool
		want    bool
	}{
		{Inconsistent, true, false},
		{Inconsistent, false, true},
		{Consistent, true, true},
		{Consistent, false, true},
	}
	for _, tt := range tests {
		if got := o.Hit(tt.label, tt.atError); got != tt.want {
			t.Errorf("Hit(%s, atError=%v) = %v, want %v", tt.label, tt.atError, got, tt.want)
		}
	}
}

func TestTally(t *testing.T) {
	rs := []Result{
		{Label: Inconsistent, Outcome: Outcome{CaughtError: true, CaughtWarning: true}},
		{Label: Inconsistent, Outcome: Outcome{CaughtWarning: true, AlarmError: true}},
		{Label: Inconsistent},
		{Label: Inconsistent},
		{Label: Consistent, Outcome: Outcome{AlarmWarning: true, CaughtWarning: true}},
		{Label: Consistent},
	}
	var got Tally
	for _, r := range rs {
		got.Add(r)
	}
	want := Tally{Inconsistent: 4, Consistent: 2, Caught: [2]int{1, 2}, Alarms: [2]int{0, 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tally mismatch (-want +got):\n%s", diff)
	}
	for i, wantBA := range []float64{(0.25 + 1) / 2, (0.5 + 1 - 0.5) / 2} {
		if ba, ok := got.Balanced(i); !ok || ba != wantBA {
			t.Errorf("Balanced(%d) = %v, %v; want %v, true", i, ba, ok, wantBA)
		}
	}
	if _, ok := (Tally{Inconsistent: 3}).Balanced(0); ok {
		t.Errorf("Balanced with no consistent pair is defined, want undefined")
	}
}

func TestParseReport(t *testing.T) {
	tests := []struct {
		in, wantErr string
	}{
		{`{"version":1,"findings":[],"unsupported":[]}`, ""},
		{``, "not a JSON report: unexpected end of JSON input"},
		{`{"version":2,"findings":[],"unsupported":[]}`, ""},
		{`{"version":3}`, "report version 3, want 1 or 2"},
		{`{"version":1,"findings":[{"id":"x","severity":"fatal"}]}`, `finding x: unknown severity "fatal"`},
	}
	for _, tt := range tests {
		_, err := ParseReport([]byte(tt.in))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.wantErr {
			t.Errorf("ParseReport(%q) error = %q, want %q", tt.in, got, tt.wantErr)
		}
	}
}
