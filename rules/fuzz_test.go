package rules

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

var errLine = regexp.MustCompile(`^r\.yaml:[1-9][0-9]*:[1-9][0-9]*: \S`)

// FuzzParse feeds Parse arbitrary bytes. Invariants: no panic; an error is
// an ErrorList whose every line starts with "r.yaml:line:col: "; parsed
// rules have unique IDs, reasons and positions inside the file; and
// editing a file that parses yields a file that parses with the new
// resolution in it.
func FuzzParse(f *testing.F) {
	for _, tc := range malformed {
		f.Add([]byte(tc.in))
	}
	f.Add([]byte(applyRules))
	for _, s := range []string{
		"---\n# head\naliases: {}\n...\n",
		"%YAML 1.2\n---\nresolutions:\n- id: a-1\n  status: fixed\n  reason: r\n# foot\n",
		"\"resolutions\": # c\n  - {id: a-1, status: fixed, reason: r}\n",
		"aliases:\r\n  A: [B]\r\nresolutions:\r\n  - id: a-1\r\n    status: fixed\r\n    reason: r\r\n",
		"resolutions:\n  - id: a-1\n    status: fixed\n    reason: |\n      two\n      lines\n",
		"# only\n\n# comments\n",
		"{}\n",
		"resolutions: ~\n",
	} {
		f.Add([]byte(s))
	}
	for _, name := range []string{"full.yaml", "accept-comments.yaml", "accept-nokey.yaml", "accept-comment-only.yaml", "accept-empty-key.yaml"} {
		if data, err := os.ReadFile(filepath.Join("..", "testdata", "rules", name)); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse("r.yaml", data)
		if err != nil {
			if r != nil {
				t.Fatal("rules returned with an error")
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a non-empty ErrorList", err)
			}
			for _, e := range list {
				if !errLine.MatchString(e.Error()) {
					t.Fatalf("error %q does not start with r.yaml:line:col", e.Error())
				}
				if e.Pos.Offset < 0 || e.Pos.Offset > len(data) {
					t.Fatalf("error %q offset %d out of bounds", e.Error(), e.Pos.Offset)
				}
			}
			return
		}
		seen := map[string]bool{}
		for _, res := range r.Resolutions {
			if res.ID == "" || seen[res.ID] || res.Reason == "" || !res.Status.Resolved() {
				t.Fatalf("bad resolution %+v", res)
			}
			seen[res.ID] = true
			if res.Pos.Offset < 0 || res.Pos.Offset > len(data) {
				t.Fatalf("resolution offset %d out of bounds", res.Pos.Offset)
			}
		}
		res := []Resolution{{ID: "fuzz-0123abcd", Status: "accepted", Reason: "fuzz"}}
		if len(r.Resolutions) > 0 {
			res = append(res, Resolution{ID: r.Resolutions[0].ID, Status: "fixed", Reason: "changed"})
		}
		res, err = checkResolutions(res)
		if err != nil {
			t.Fatal(err)
		}
		out, err := edit(data, res)
		if err != nil {
			t.Fatalf("edit of a valid file failed: %v", err)
		}
		r2, err := Parse("r.yaml", out)
		if err != nil {
			t.Fatalf("edited file does not parse: %v\n--- in\n%s\n--- out\n%s", err, data, out)
		}
		for _, want := range res {
			i := slices.IndexFunc(r2.Resolutions, func(x Resolution) bool { return x.ID == want.ID })
			if i < 0 || r2.Resolutions[i].Status != want.Status || r2.Resolutions[i].Reason != want.Reason {
				t.Fatalf("edited file lacks %+v\n--- out\n%s", want, out)
			}
		}
		if len(r2.Resolutions) != len(r.Resolutions)+1 || len(r2.Aliases) != len(r.Aliases) || len(r2.Sources) != len(r.Sources) {
			t.Fatalf("edit changed more than resolutions\n--- in\n%s\n--- out\n%s", data, out)
		}
	})
}
