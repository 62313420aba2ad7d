package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/factcheck/factcheck/internal/testkit"
)

var update = flag.Bool("update", false, "rewrite the want and exit sections of testdata/e2e/*.txtar")

// TestEndToEnd runs each testdata/e2e/*.txtar archive: its files are written
// to a temporary directory, the "args" section is run as a command line
// there, and standard output must equal "want" and the exit code "exit".
// A "stderr" section, when present, must equal standard error; a "stdin"
// section is given as standard input.
func TestEndToEnd(t *testing.T) {
	files := testkit.Glob(t, "../../testdata/e2e/*.txtar")
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			sections := map[string]string{}
			for _, f := range ar.Files {
				switch f.Name {
				case "args", "want", "exit", "stderr", "stdin":
					sections[f.Name] = string(f.Data)
					continue
				}
				testkit.WriteFile(t, filepath.Join(dir, f.Name), f.Data)
			}
			args := strings.Fields(sections["args"])
			stdout, stderr, code := runWithStdin(t, dir, args, sections["stdin"])
			if *update {
				rewrite(t, file, ar, stdout, code)
				return
			}
			wantCode, err := strconv.Atoi(strings.TrimSpace(sections["exit"]))
			if err != nil {
				t.Fatalf("exit section: %v", err)
			}
			if diff := cmp.Diff(sections["want"], stdout); diff != "" {
				t.Errorf("factcheck %s: output mismatch (-want +got):\n%s\nstderr:\n%s", sections["args"], diff, stderr)
			}
			if code != wantCode {
				t.Errorf("factcheck %s: exit %d, want %d\nstderr:\n%s", sections["args"], code, wantCode, stderr)
			}
			if want, ok := sections["stderr"]; ok {
				if diff := cmp.Diff(want, stderr); diff != "" {
					t.Errorf("stderr mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// runIn runs the command line with dir as the working directory.
func runIn(t *testing.T, dir string, args []string) (stdout, stderr string, code int) {
	t.Helper()
	return runWithStdin(t, dir, args, "")
}

// runWithStdin is runIn with standard input.
func runWithStdin(t *testing.T, dir string, args []string, stdin string) (stdout, stderr string, code int) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func rewrite(t *testing.T, file string, ar *txtar.Archive, stdout string, code int) {
	t.Helper()
	set := func(name, data string) {
		for i := range ar.Files {
			if ar.Files[i].Name == name {
				ar.Files[i].Data = []byte(data)
				return
			}
		}
		ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(data)})
	}
	set("want", stdout)
	set("exit", strconv.Itoa(code)+"\n")
	if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}
