package main

// The harness the command's tests share: the fixture articles, the command
// run in this process in a given directory (runIn), a command line with its
// exact outcome (cliCase), and what a run must leave unchanged on disk
// (snapshot, noTemporaries).

import (
	"bytes"
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/testkit"
)

// Two short articles that disagree on a count, so a run that reads both
// has a finding.
const (
	wireArticle  = "Blinken and Lavrov meet\n\nU.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov last met in person in Geneva in January 2022, officials said.\n\nThe talks lasted two hours.\n"
	dailyArticle = "U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov last met in person in Geneva on December 2, 2021, officials said.\n"
)

// Two invented reports of one meeting that disagree on its date.
const (
	meetWire  = "Okafor meets Lindqvist\n\nForeign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo in January 2022, officials said.\n"
	meetDaily = "Foreign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo on December 2, 2021, officials said.\n"
)

// cliCase is one run of the command line in a fresh directory, with its
// exact standard output, standard error and exit code; no file there may
// change. TestBadInput, TestWriteOverInput, TestHardening and every e2e
// archive are cliCases.
type cliCase struct {
	name  string
	files map[string]string
	setup func(t *testing.T, dir string)
	args  []string
	stdin string
	// out is the exact standard output; "*" means any non-empty output.
	out    string
	stderr string
	code   int
}

// exec runs the case in a fresh directory holding its files and returns
// what the command printed and its exit code. It fails the test when the
// run changed, added or removed a file there.
func (tc cliCase) exec(t *testing.T) (stdout, stderr string, code int) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range tc.files {
		testkit.WriteFile(t, filepath.Join(dir, name), data)
	}
	if tc.setup != nil {
		tc.setup(t, dir)
	}
	before := snapshot(t, dir)
	stdout, stderr, code = runWithStdin(t, dir, tc.args, tc.stdin)
	if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
		t.Errorf("factcheck %s changed the files (-before +after):\n%s", strings.Join(tc.args, " "), diff)
	}
	return stdout, stderr, code
}

// run execs the case and checks what it printed and its exit code.
func (tc cliCase) run(t *testing.T) {
	stdout, stderr, code := tc.exec(t)
	cmdline := strings.Join(tc.args, " ")
	if diff := cmp.Diff(tc.stderr, stderr); diff != "" {
		t.Errorf("factcheck %s: stderr mismatch (-want +got):\n%s", cmdline, diff)
	}
	if code != tc.code {
		t.Errorf("factcheck %s: exit %d, want %d", cmdline, code, tc.code)
	}
	if tc.out == "*" {
		if stdout == "" {
			t.Errorf("factcheck %s: no report on standard output", cmdline)
		}
	} else if diff := cmp.Diff(tc.out, stdout); diff != "" {
		t.Errorf("factcheck %s: stdout mismatch (-want +got):\n%s", cmdline, diff)
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

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
func cr(s string) string   { return strings.ReplaceAll(s, "\n", "\r") }

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symbolic links: %v", err)
	}
}

// fileState is what a run must not change about a file.
type fileState struct {
	Mode fs.FileMode
	Size int64
	Sum  [32]byte // of the first 4 MiB
}

// snapshot records every file under dir, links not followed.
func snapshot(t *testing.T, dir string) map[string]fileState {
	t.Helper()
	m := map[string]fileState{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable: recorded as absent both times
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		st := fileState{Mode: info.Mode(), Size: info.Size()}
		if info.Mode().IsRegular() {
			if f, err := os.Open(p); err == nil {
				buf := make([]byte, 4<<20)
				n, _ := f.Read(buf)
				f.Close()
				st.Sum = sha256.Sum256(buf[:n])
			}
		}
		rel, _ := filepath.Rel(dir, p)
		m[rel] = st
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// noTemporaries fails when a temporary file of an atomic write is left
// in dir.
func noTemporaries(t *testing.T, dir string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left in %s", e.Name(), dir)
		}
	}
}

// skipUnderRace skips a test of a script around the command: the script
// starts the command as a process and shares no memory with the test, so
// the race detector adds nothing to the run go test ./... makes without it
// (9 s of CI's race run for TestAction alone).
func skipUnderRace(t *testing.T) {
	t.Helper()
	if raceEnabled {
		t.Skip("runs the command as a process; tested without -race")
	}
}
