package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testkit"
)

// TestEditorsLoop plays the editor's loop on a copy of the seeds: a check
// fails, every finding is accepted with a reason, the check passes, an
// unrelated edit keeps it passing (IDs are stable), and changing a
// conflicting value raises a new unresolved finding.
func TestEditorsLoop(t *testing.T) {
	dir := t.TempDir()
	seeds := testkit.Glob(t, "../../testdata/seeds/*.txt")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(s)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// clusterStates maps each provenance cluster that names a finding to
	// its state, by the finding IDs it names.
	var clusterStates map[string]string
	check := func(step string, wantCode int) []string {
		t.Helper()
		out, stderr, code := runIn(t, dir, []string{"check", "--format", "json", "--full", "."})
		if code != wantCode {
			t.Fatalf("%s: exit %d, want %d\nstderr:\n%s", step, code, wantCode, stderr)
		}
		var r struct {
			Findings []struct {
				ID, Status string
			}
			Provenance struct {
				Clusters []struct {
					State    string
					Findings []string
				}
			}
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		clusterStates = map[string]string{}
		for _, c := range r.Provenance.Clusters {
			if len(c.Findings) > 0 {
				clusterStates[strings.Join(c.Findings, " ")] = c.State
			}
		}
		var unresolved []string
		for _, f := range r.Findings {
			if f.Status == "unresolved" {
				unresolved = append(unresolved, f.ID)
			}
		}
		return unresolved
	}

	ids := check("first check", 1)
	if len(ids) == 0 {
		t.Fatal("the seeds have no unresolved findings")
	}
	if len(clusterStates) == 0 {
		t.Fatal("no provenance cluster names a finding")
	}
	before := clusterStates
	// The table shows "#<hash>"; accept takes that as well as the full ID.
	short := append([]string{"#" + ids[0][strings.LastIndexByte(ids[0], '-')+1:]}, ids[1:]...)
	args := append([]string{"accept", "--reason", "checked with the desk", "--by", "test"}, short...)
	if out, stderr, code := runIn(t, dir, append(args, ".")); code != 0 {
		t.Fatalf("accept: exit %d\n%s%s", code, out, stderr)
	}
	rulesFile, err := os.ReadFile(filepath.Join(dir, ".factcheck.yaml"))
	if err != nil {
		t.Fatalf("accept wrote no rules file: %v", err)
	}
	for _, id := range ids {
		if !bytes.Contains(rulesFile, []byte(id)) {
			t.Errorf("rules file lacks %s:\n%s", id, rulesFile)
		}
	}
	if left := check("after accepting", 0); len(left) != 0 {
		t.Fatalf("still unresolved after accepting all: %v", left)
	}
	// Provenance reads the findings after rules: the clusters that
	// diverged on them are now resolved, and still name them.
	for fs, state := range before {
		if state != "diverge" {
			t.Errorf("before accepting, the cluster of %s is %q, want diverge", fs, state)
		}
		if got := clusterStates[fs]; got != "resolved" {
			t.Errorf("after accepting, the cluster of %s is %q, want resolved", fs, got)
		}
	}

	// An unrelated edit: a new paragraph at the top of one source moves
	// every line but changes no conflicting value.
	edit(t, filepath.Join(dir, seedNamed(seeds, "002")), func(s string) string {
		return "Editor's note: this story was updated with reaction.\n\n" + s
	})
	if left := check("after an unrelated edit", 0); len(left) != 0 {
		t.Fatalf("an unrelated edit changed finding IDs: %v", left)
	}

	// Changing a conflicting value is a new conflict.
	edit(t, filepath.Join(dir, seedNamed(seeds, "002")), func(s string) string {
		return strings.Replace(s, "December 2, 2021", "November 5, 2021", 1)
	})
	if left := check("after changing a conflicting value", 1); len(left) == 0 {
		t.Fatal("changing a conflicting value raised no new finding")
	}
	// The accepted finding it replaced is now stale, and says so.
	out, _, _ := runIn(t, dir, []string{"check", "--format", "text", "."})
	if !strings.Contains(out, "stale") {
		t.Errorf("the replaced resolution is not reported as stale:\n%s", out)
	}
}

// seedNamed finds the seed whose name starts with prefix.
func seedNamed(seeds []string, prefix string) string {
	for _, s := range seeds {
		if strings.HasPrefix(filepath.Base(s), prefix) {
			return filepath.Base(s)
		}
	}
	panic("no seed " + prefix)
}

func edit(t *testing.T, path string, f func(string) string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(f(string(data))), 0o644); err != nil {
		t.Fatal(err)
	}
}
