package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck/internal/testkit"
)

// ecosystemBin puts this test binary on PATH under the name factcheck
// (TestMain runs it as the command), so a script written for the real
// command runs unchanged, without a separate build.
func ecosystemBin(t *testing.T) (path string) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Symlink(self, filepath.Join(dir, "factcheck")); err != nil {
		t.Fatal(err)
	}
	return dir + string(os.PathListSeparator) + os.Getenv("PATH")
}

// storyDir writes two sources that disagree on a date, and a third that
// agrees with one of them, under a name the shell and flags must not
// reinterpret.
func storyDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt":             "The council met on March 3, 2024 in Springfield.\n",
		"b.txt":             "The council met on March 9, 2024 in Springfield.\n",
		"-fail-on=none.txt": "The council met on March 3, 2024 in Springfield.\n",
		"agree/c.md":        "The council met on March 3, 2024 in Springfield.\n",
	} {
		testkit.WriteFile(t, filepath.Join(dir, name), text)
	}
	return dir
}

// TestAction runs the "Check" step of action.yml as GitHub runs it: bash,
// the inputs in the step's environment, factcheck on PATH. It writes the
// SARIF report whatever the gate says, annotates, and fails on the gate.
func TestAction(t *testing.T) {
	skipUnderRace(t)
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Runs struct {
			Using string
			Steps []struct {
				Name, Shell, Run string
				Env              map[string]string
			}
		}
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if action.Runs.Using != "composite" {
		t.Fatalf("action.yml: runs.using = %q, want composite", action.Runs.Using)
	}
	var script string
	var install bool
	for _, s := range action.Runs.Steps {
		if s.Name == "Check" {
			script = s.Run
			for k := range s.Env {
				if !strings.HasPrefix(k, "FACTCHECK_") {
					t.Errorf("action.yml: Check step's env %s: want FACTCHECK_*", k)
				}
			}
		}
		install = install || strings.Contains(s.Run, "go install ./cmd/factcheck")
	}
	if script == "" || !install {
		t.Fatalf("action.yml: want a step that runs go install ./cmd/factcheck and a step named Check")
	}
	path := ecosystemBin(t)
	tests := []struct {
		name   string
		inputs map[string]string
		code   int
		annot  string // in standard output
	}{
		{"conflict fails", map[string]string{"FACTCHECK_PATHS": "a.txt b.txt"}, 1, "::error file=a.txt,line=1,col=1,title=date::"},
		{"fail-on none passes", map[string]string{"FACTCHECK_PATHS": "a.txt\nb.txt\n", "FACTCHECK_FAIL_ON": "none"}, 0, "::error file=a.txt"},
		{"file named like a flag", map[string]string{"FACTCHECK_PATHS": "-fail-on=none.txt b.txt"}, 1, "::error file=-fail-on=none.txt"},
		{"agreeing sources", map[string]string{"FACTCHECK_PATHS": "a.txt agree"}, 0, ""},
		{"draft", map[string]string{"FACTCHECK_PATHS": "a.txt agree", "FACTCHECK_DRAFT": "b.txt"}, 1, "::error file=b.txt,line=1,col=1,title=date::"},
		{"missing file", map[string]string{"FACTCHECK_PATHS": "nope.txt"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := storyDir(t)
			cmd := exec.Command(bash, "-e", "-c", script)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "PATH="+path, "FACTCHECK_SARIF=out.sarif",
				"FACTCHECK_DRAFT=", "FACTCHECK_CONFIG=", "FACTCHECK_FAIL_ON=")
			for k, v := range tt.inputs {
				cmd.Env = append(cmd.Env, k+"="+v)
			}
			out, err := cmd.Output()
			code := cmd.ProcessState.ExitCode()
			if code != tt.code {
				t.Fatalf("exit %d (%v), want %d\n%s", code, err, tt.code, out)
			}
			if !strings.Contains(string(out), tt.annot) || (tt.annot == "" && len(out) != 0) {
				t.Errorf("stdout:\n%s\nwant %q", out, tt.annot)
			}
			sarif, err := os.ReadFile(filepath.Join(dir, "out.sarif"))
			if tt.code == 2 {
				if err == nil {
					t.Errorf("bad input wrote a SARIF report")
				}
				return
			}
			var doc struct {
				Version string
				Runs    []struct{ Results []json.RawMessage }
			}
			if err != nil || json.Unmarshal(sarif, &doc) != nil || doc.Version != "2.1.0" || len(doc.Runs) != 1 {
				t.Fatalf("SARIF report: %v\n%s", err, sarif)
			}
			if got, want := len(doc.Runs[0].Results) > 0, tt.annot != ""; got != want {
				t.Errorf("SARIF has results: %v, want %v", got, want)
			}
		})
	}
}

// TestPreCommitHook runs the hook's entry as pre-commit does: the entry's
// words, then the changed files' names, in one process.
func TestPreCommitHook(t *testing.T) {
	skipUnderRace(t)
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID, Entry, Language, Files string
		RequireSerial              bool `yaml:"require_serial"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	if len(hooks) != 1 || hooks[0].ID != "factcheck" || hooks[0].Language != "golang" || !hooks[0].RequireSerial {
		t.Fatalf(".pre-commit-hooks.yaml: %+v, want one golang hook factcheck with require_serial", hooks)
	}
	h := hooks[0]
	entry := strings.Fields(h.Entry)
	if entry[0] != "factcheck" {
		t.Fatalf("entry %q: want it to run factcheck", h.Entry)
	}
	path := ecosystemBin(t)
	tests := []struct {
		files []string
		code  int
	}{
		{[]string{"a.txt", "b.txt"}, 1},
		{[]string{"-fail-on=none.txt", "b.txt"}, 1}, // a name is never a flag
		{[]string{"a.txt", "agree/c.md"}, 0},
		{[]string{"gone.txt"}, 2},
	}
	for _, tt := range tests {
		dir := storyDir(t)
		// entry[0] is looked up on the PATH that holds the linked binary.
		bin := filepath.Join(strings.Split(path, string(os.PathListSeparator))[0], entry[0])
		cmd := exec.Command(bin, append(entry[1:], tt.files...)...)
		cmd.Dir = dir
		out, _ := cmd.CombinedOutput()
		if code := cmd.ProcessState.ExitCode(); code != tt.code {
			t.Errorf("%s %s: exit %d, want %d\n%s", h.Entry, strings.Join(tt.files, " "), code, tt.code, out)
		}
	}
}
