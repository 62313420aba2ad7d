package main

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/factcheck/factcheck/internal/testkit"
)

var update = flag.Bool("update", false, "rewrite the want and exit sections of testdata/e2e/*.txtar")

// TestEndToEnd runs each testdata/e2e/*.txtar archive as a cliCase: its
// files are written to a temporary directory, the "args" section is run as
// a command line there with the "stdin" section as standard input, and
// standard output must equal "want", standard error "stderr" (empty when
// the section is absent) and the exit code "exit"; no file may change.
func TestEndToEnd(t *testing.T) {
	files := testkit.Glob(t, "../../testdata/e2e/*.txtar")
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			tc := archiveCase(t, ar)
			if *update {
				stdout, stderr, code := tc.exec(t)
				rewrite(t, file, ar, stdout, stderr, code)
				return
			}
			tc.run(t)
		})
	}
}

// archiveCase reads an e2e archive: its sections args, stdin, want, stderr
// and exit, and its other files as the case's files.
func archiveCase(t *testing.T, ar *txtar.Archive) cliCase {
	t.Helper()
	tc := cliCase{files: map[string]string{}}
	sections := map[string]string{}
	for _, f := range ar.Files {
		switch f.Name {
		case "args", "want", "exit", "stderr", "stdin":
			sections[f.Name] = string(f.Data)
		default:
			tc.files[f.Name] = string(f.Data)
		}
	}
	code, err := strconv.Atoi(strings.TrimSpace(sections["exit"]))
	if err != nil && !*update {
		t.Fatalf("exit section: %v", err)
	}
	tc.args = strings.Fields(sections["args"])
	tc.stdin, tc.out, tc.stderr, tc.code = sections["stdin"], sections["want"], sections["stderr"], code
	return tc
}

// rewrite sets the archive's want, stderr (dropped when empty) and exit
// sections to what a run printed.
func rewrite(t *testing.T, file string, ar *txtar.Archive, stdout, stderr string, code int) {
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
	ar.Files = slices.DeleteFunc(ar.Files, func(f txtar.File) bool { return f.Name == "stderr" })
	if stderr != "" {
		set("stderr", stderr)
	}
	set("exit", strconv.Itoa(code)+"\n")
	if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}
