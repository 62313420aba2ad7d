package rules

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/source"
)

const applyRules = `aliases:
  Sergey Lavrov: [Sergei Lavrov]
severity:
  number: warning
resolutions:
  - id: date-0123abcd
    status: accepted
    reason: the wire was corrected later
  - id: number-89abcdef
    status: false-positive
    reason: injured vs. dead
  - id: place-ffffffff
    status: fixed
    reason: this finding no longer exists
`

func side(file string, line int, value string) align.Side {
	return align.Side{Pos: source.Position{Filename: file, Line: line, Column: 1}, Text: "… " + value + " …", Value: value}
}

// unresolved is a finding as a check gives it, before rules apply: an
// unresolved error, of the check its ID names.
func unresolved(id string, sides ...align.Side) align.Finding {
	check, _, _ := strings.Cut(id, "-")
	return align.Finding{ID: id, Check: check, Severity: align.Error, Status: align.Unresolved, Sides: sides}
}

func TestApply(t *testing.T) {
	r, err := Parse("rules.yml", []byte(applyRules))
	if err != nil {
		t.Fatal(err)
	}
	in := []align.Finding{
		unresolved("date-0123abcd", side("a.md", 1, "December 2, 2021"), side("b.md", 3, "January 2022")),
		unresolved("number-89abcdef", side("a.md", 2, "12"), side("b.md", 4, "14")),
		unresolved("number-11111111", side("a.md", 5, "3"), side("b.md", 6, "4")),
		unresolved("name-22222222", side("a.md", 7, "Sergey Lavrov"), side("b.md", 8, "sergei lavrov")),
		unresolved("name-33333333", side("a.md", 9, "Sergei Lavrov"), side("b.md", 10, "Sergei Ryabkov")),
		// A place finding with alias-like values is not a name finding.
		unresolved("place-44444444", side("a.md", 11, "Sergey Lavrov"), side("b.md", 12, "Sergei Lavrov")),
	}
	orig := make([]align.Finding, len(in))
	copy(orig, in)

	want := make([]align.Finding, len(in))
	copy(want, in)
	want[0].Status, want[0].Reason = align.Accepted, "the wire was corrected later"
	want[1].Severity, want[1].Status, want[1].Reason = align.Warning, align.FalsePositive, "injured vs. dead"
	want[2].Severity = align.Warning
	// The name findings stay as they are: a declared alias is accepted by
	// the name check itself (align.Options.Alias, TestSameAlias).
	wantStale := []Stale{{ID: "place-ffffffff", Position: at("rules.yml", []byte(applyRules), 12, 5)}}

	got, stale := Apply(in, r)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Apply findings mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantStale, stale); diff != "" {
		t.Errorf("Apply stale mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(orig, in); diff != "" {
		t.Errorf("Apply changed its input (-before +after):\n%s", diff)
	}
	if s := stale[0].Position.String(); s != "rules.yml:12:5" {
		t.Errorf("stale position = %s, want rules.yml:12:5", s)
	}
}

func TestApplyNil(t *testing.T) {
	in := []align.Finding{{ID: "date-0123abcd", Check: "date", Severity: align.Error}}
	got, stale := Apply(in, nil)
	if diff := cmp.Diff(in, got); diff != "" || stale != nil {
		t.Errorf("Apply(nil rules) = %v, stale %v (-want +got):\n%s", got, stale, diff)
	}
	if got, _ := Apply(nil, nil); len(got) != 0 {
		t.Errorf("Apply(nil) = %v", got)
	}
}

func TestFailing(t *testing.T) {
	fs := []align.Finding{
		{ID: "a-1", Severity: align.Error},
		{ID: "a-2", Severity: align.Error, Status: align.Accepted, Reason: "ok"},
		{ID: "a-3", Severity: align.Error, Context: true},
		{ID: "a-4", Severity: align.Warning},
		{ID: "a-5", Severity: align.Warning, Status: align.Fixed, Reason: "ok"},
		{ID: "a-6", Severity: align.Info, Status: align.Unresolved},
		{ID: "a-7", Severity: align.Info, Status: align.FalsePositive, Reason: "ok"},
	}
	for _, tc := range []struct {
		failOn FailOn
		want   int
	}{
		{FailOnError, 1},
		{FailOnWarning, 2},
		{FailOnInfo, 3},
		{FailOnNone, 0},
	} {
		if got := Failing(fs, tc.failOn); got != tc.want {
			t.Errorf("Failing(fail-on %s) = %d, want %d", tc.failOn, got, tc.want)
		}
	}
	if got := Failing(nil, FailOnInfo); got != 0 {
		t.Errorf("Failing(nil) = %d", got)
	}
}

func TestThreshold(t *testing.T) {
	r, err := Parse("r.yaml", []byte("severity:\n  fail-on: warning\n"))
	if err != nil {
		t.Fatal(err)
	}
	var none *Rules
	for _, tc := range []struct {
		r    *Rules
		flag string
		want FailOn
	}{
		{none, "", FailOnError},
		{none, "info", FailOnInfo},
		{r, "", FailOnWarning},
		{r, "NONE", FailOnNone},
	} {
		got, err := tc.r.Threshold(tc.flag)
		if err != nil || got != tc.want {
			t.Errorf("Threshold(%q) = %v, %v; want %v", tc.flag, got, err, tc.want)
		}
	}
	if _, err := r.Threshold("errors"); err == nil || err.Error() != `unknown fail-on level "errors" (want error, warning, info or none)` {
		t.Errorf("Threshold(\"errors\") error = %v", err)
	}
	var f FailOn
	if err := f.Set("warning"); err != nil || f != FailOnWarning || f.String() != "warning" {
		t.Errorf("Set(warning) = %v, %v", f, err)
	}
}

// The editor's loop as the CLI plays it, minus the checking: findings
// fail, every ID is accepted with a reason, the same findings pass, a new
// conflict fails again, and the now-unmatched resolution shows as stale.
func TestEditorLoop(t *testing.T) {
	dir := t.TempDir()
	check := func(fs []align.Finding) (int, []Stale) {
		t.Helper()
		rs, err := Open("", dir)
		if err != nil {
			t.Fatal(err)
		}
		failOn, err := rs.Threshold("")
		if err != nil {
			t.Fatal(err)
		}
		out, stale := Apply(fs, rs)
		return Failing(out, failOn), stale
	}
	fs := []align.Finding{
		{ID: "date-0123abcd", Check: "date", Severity: align.Error, Sides: []align.Side{side("a.md", 1, "2021"), side("b.md", 1, "2022")}},
		{ID: "name-89abcdef", Check: "name", Severity: align.Error, Sides: []align.Side{side("a.md", 2, "Lavrov"), side("b.md", 2, "Lavrow")}},
	}
	if n, _ := check(fs); n != 2 {
		t.Fatalf("first check: %d failing, want 2", n)
	}
	path, err := Target("", dir)
	if err != nil {
		t.Fatal(err)
	}
	var res []Resolution
	for _, f := range fs {
		res = append(res, Resolution{ID: f.ID, Reason: "checked with the desk"})
	}
	if err := Accept(path, res); err != nil {
		t.Fatal(err)
	}
	if n, stale := check(fs); n != 0 || len(stale) != 0 {
		t.Fatalf("after accept: %d failing, stale %v; want 0, none", n, stale)
	}
	changed := []align.Finding{fs[0], {ID: "name-fedcba98", Check: "name", Severity: align.Error}}
	n, stale := check(changed)
	if n != 1 {
		t.Errorf("after a value changed: %d failing, want 1", n)
	}
	if len(stale) != 1 || stale[0].ID != "name-89abcdef" || stale[0].Position.Filename != path {
		t.Errorf("stale = %+v, want name-89abcdef in %s", stale, path)
	}
}

// TestSameAlias: names all in one declared alias set give the reason a
// name finding is accepted with; names in two sets, or undeclared, do not.
func TestSameAlias(t *testing.T) {
	r, err := Parse("rules.yml", []byte("aliases:\n  Dmitry Volkov: [Dmitri Volkov, D. Volkov]\n  Anna Berg: [Ana Berg]\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		names  []string
		reason string
		ok     bool
	}{
		{[]string{"Dmitri Volkov", "Dmitry Volkov"}, "alias declared in rules.yml:2", true},
		{[]string{"dmitri  volkov", "D. Volkov"}, "alias declared in rules.yml:2", true},
		{[]string{"Ana Berg", "Anna Berg", "Ana Berg"}, "alias declared in rules.yml:3", true},
		{[]string{"Dmitri Volkov", "Ana Berg"}, "", false},
		{[]string{"Dmitri Volkov", "Dmitri Volkova"}, "", false},
		{nil, "", false},
	}
	for _, tc := range tests {
		reason, ok := r.SameAlias(tc.names)
		if reason != tc.reason || ok != tc.ok {
			t.Errorf("SameAlias(%q) = %q, %v; want %q, %v", tc.names, reason, ok, tc.reason, tc.ok)
		}
	}
	var none *Rules
	if _, ok := none.SameAlias([]string{"Dmitri Volkov"}); ok {
		t.Errorf("SameAlias on nil rules = true")
	}
}
