package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/rules"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestAliasAcceptsName: with the rules file's alias, the name finding
// between two spellings of one minister comes out of the check accepted,
// with the alias's reason; without it, unresolved. A resolution by ID
// still wins over the alias.
func TestAliasAcceptsName(t *testing.T) {
	dir := t.TempDir()
	for name, spelling := range map[string]string{"a.txt": "Dmitri Volkov", "b.txt": "Dmitry Volkov"} {
		text := "Foreign Minister " + spelling + " met the trade delegation in Oslo on Tuesday, the ministry said.\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const alias = "aliases:\n  Dmitry Volkov: [Dmitri Volkov]\n"
	type got struct {
		id             string // not compared: an alias changes the name's key
		Status, Reason string
	}
	check := func(yaml string) []got {
		t.Helper()
		cfg := Config{Paths: []string{dir}}
		if yaml != "" {
			rs, err := rules.Parse("rules.yml", []byte(yaml))
			if err != nil {
				t.Fatal(err)
			}
			cfg.Rules = rs
		}
		run, err := Check(cfg)
		if err != nil {
			t.Fatal(err)
		}
		var out []got
		for _, f := range run.Result.Findings {
			if f.Check == "name" {
				out = append(out, got{f.ID, string(f.Status), f.Reason})
			}
		}
		return out
	}
	if diff := cmp.Diff([]got{{"", string(align.Unresolved), ""}}, check(""), cmpopts.IgnoreUnexported(got{})); diff != "" {
		t.Errorf("without rules (-want +got):\n%s", diff)
	}
	aliased := check(alias)
	if diff := cmp.Diff([]got{{"", string(align.Accepted), "alias declared in rules.yml:2"}}, aliased, cmpopts.IgnoreUnexported(got{})); diff != "" {
		t.Errorf("with the alias (-want +got):\n%s", diff)
	}
	if len(aliased) != 1 {
		return
	}
	resolved := alias + "resolutions:\n  - id: " + aliased[0].id + "\n    status: false-positive\n    reason: one man\n"
	if diff := cmp.Diff([]got{{"", string(align.FalsePositive), "one man"}}, check(resolved), cmpopts.IgnoreUnexported(got{})); diff != "" {
		t.Errorf("with the alias and a resolution (-want +got):\n%s", diff)
	}
}
