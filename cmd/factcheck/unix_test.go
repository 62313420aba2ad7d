//go:build unix

// The tests that need a Unix system: the command run in a child process
// as another user (file modes apply even when the tests run as root) or
// stopped by a signal in the middle of a write. A read it may not do, a
// write it cannot finish and a signal all leave the files as they were.

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/internal/testkit"
)

// TestMain lets a test run the command in a child process under another
// user: the child is this test binary with FACTCHECK_TEST_ARGS set, or
// linked under the name factcheck. With
// FACTCHECK_TEST_SIGNAL set, the child is stopped by a signal in the
// middle of a write (TestSignalRemovesTemporary).
func TestMain(m *testing.M) {
	if out, ok := os.LookupEnv("FACTCHECK_TEST_SIGNAL"); ok {
		signalChild(out)
	}
	// Linked as "factcheck" (ecosystemBin), the test binary is the command,
	// for scripts that run it by name.
	if filepath.Base(os.Args[0]) == "factcheck" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	if a, ok := os.LookupEnv("FACTCHECK_TEST_ARGS"); ok {
		var args []string
		if err := json.Unmarshal([]byte(a), &args); err != nil {
			os.Exit(99)
		}
		os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// signalChild is the child of TestSignalRemovesTemporary: with the
// command's signal handler installed, it starts replacing out through a
// temporary file, as -o and accept do, says so, and waits on standard
// input for the signal.
func signalChild(out string) {
	onSignal(os.Stderr, os.Exit)
	f, err := atomicfile.Create(out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(99)
	}
	if _, err := f.Write(bytes.Repeat([]byte("{\"findings\": []}\n"), 1<<16)); err != nil {
		os.Exit(99)
	}
	fmt.Println("writing")
	io.Copy(io.Discard, os.Stdin)
	os.Exit(98) // the signal never came
}

// nobody is the user a root test runs the command as, so that file
// permissions apply (CI runs as root, and root reads a mode 000 file).
const nobody = 65534

// permDir returns a directory every user can reach, removed after the
// test whatever modes the test left in it.
func permDir(t *testing.T) string {
	t.Helper()
	d, err := os.MkdirTemp("", "factcheck-perm-")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(d, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepath.WalkDir(d, func(p string, e fs.DirEntry, err error) error {
			if e != nil && e.IsDir() {
				os.Chmod(p, 0o755)
			}
			return nil
		})
		os.RemoveAll(d)
	})
	return d
}

// giveAway makes path writable by the unprivileged user: owned by nobody
// when the test is root; the test's own otherwise.
func giveAway(t *testing.T, path string) {
	t.Helper()
	if os.Geteuid() == 0 {
		if err := os.Chown(path, nobody, nobody); err != nil {
			t.Fatal(err)
		}
	}
}

// runUnprivileged runs the command line in dir as a user without
// privileges: in this process when the test is not root, else in a copy
// of the test binary started as nobody.
func runUnprivileged(t *testing.T, dir string, args []string) (stdout, stderr string, code int) {
	t.Helper()
	if os.Geteuid() != 0 {
		return runIn(t, dir, args)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skipf("no test binary to re-run: %v", err)
	}
	bin := filepath.Join(permDir(t), "factcheck.test")
	copyFile(t, exe, bin, 0o755)
	a, _ := json.Marshal(args)
	cmd := exec.Command(bin)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "FACTCHECK_TEST_ARGS="+string(a))
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Skipf("cannot run as an unprivileged user: %v", err)
	}
	if code == 99 {
		t.Fatalf("helper could not read its arguments")
	}
	return out.String(), errb.String(), code
}

func copyFile(t *testing.T, from, to string, mode fs.FileMode) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, mode)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestPermissionDenied: a directory and a file the user may not read are
// named, and the run exits 2 with no report (issue 14, item 6).
func TestPermissionDenied(t *testing.T) {
	base := permDir(t)
	testkit.WriteFile(t, filepath.Join(base, "src", "wire.txt"), wireArticle)
	testkit.WriteFile(t, filepath.Join(base, "src", "daily.txt"), dailyArticle)
	testkit.WriteFile(t, filepath.Join(base, "src", "locked", "inner.txt"), wireArticle)
	testkit.WriteFile(t, filepath.Join(base, "src", "secret.txt"), wireArticle)
	for _, p := range []string{"src/locked", "src/secret.txt"} {
		if err := os.Chmod(filepath.Join(base, p), 0); err != nil {
			t.Fatal(err)
		}
	}
	before := snapshot(t, base)
	stdout, stderr, code := runUnprivileged(t, base, []string{"check", "src"})
	want := "factcheck: src/locked: permission denied\nfactcheck: src/secret.txt: permission denied\n"
	if diff := cmp.Diff(want, stderr); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
	if code != 2 || stdout != "" {
		t.Errorf("exit %d, want 2 and no report; stdout:\n%s", code, stdout)
	}
	if diff := cmp.Diff(before, snapshot(t, base)); diff != "" {
		t.Errorf("the run changed the files (-before +after):\n%s", diff)
	}
}

// TestWriteFailureKeepsOldFile: when -o or accept cannot write (the
// directory is read-only), the old file stays byte for byte and no
// temporary file is left.
func TestWriteFailureKeepsOldFile(t *testing.T) {
	base := permDir(t)
	testkit.WriteFile(t, filepath.Join(base, "src", "wire.txt"), wireArticle)
	testkit.WriteFile(t, filepath.Join(base, "src", "daily.txt"), dailyArticle)
	const oldReport = "# the report reviewed yesterday\n"
	const oldRules = "# our rules\naliases:\n  Sergei Lavrov: [Sergey Lavrov]\n"
	report := filepath.Join(base, "out", "report.md")
	rulesFile := filepath.Join(base, ".factcheck.yaml")
	testkit.WriteFile(t, report, oldReport)
	testkit.WriteFile(t, rulesFile, oldRules)
	giveAway(t, report)
	giveAway(t, rulesFile)

	// A finding to accept, from a check of the same files.
	out, _, code := runIn(t, base, []string{"check", "--format", "json", "src"})
	var res struct{ Findings []struct{ ID string } }
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != 1 || len(res.Findings) == 0 {
		t.Fatalf("check found nothing to accept: exit %d, %v\n%s", code, err, out)
	}
	id := res.Findings[0].ID

	for _, d := range []string{base, filepath.Join(base, "out")} {
		if err := os.Chmod(d, 0o555); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		args   []string
		file   string
		old    string
		stderr string
	}{
		{"check -o", []string{"check", "--format", "markdown", "-o", "out/report.md", "src"}, report, oldReport,
			"factcheck: rules file: .factcheck.yaml\nfactcheck: out/report.md: cannot create a file in out: permission denied\n"},
		{"accept", []string{"accept", "--reason", "checked with the embassy", id, "src"}, rulesFile, oldRules,
			"factcheck: rules file: .factcheck.yaml\nfactcheck: .factcheck.yaml: cannot create a file in .: permission denied\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runUnprivileged(t, base, tc.args)
			if diff := cmp.Diff(tc.stderr, stderr); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			got, err := os.ReadFile(tc.file)
			if err != nil || string(got) != tc.old {
				t.Errorf("%s changed: %q, %v", tc.file, got, err)
			}
			noTemporaries(t, filepath.Dir(tc.file))
		})
	}
}

// TestSignalRemovesTemporary (issue 14, item 9): SIGINT or SIGTERM while
// a report is being written removes the temporary file, leaves the old
// report as it was, and exits 130 or 143.
func TestSignalRemovesTemporary(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		name string
		code int
	}{{syscall.SIGINT, "SIGINT", 130}, {syscall.SIGTERM, "SIGTERM", 143}} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "report.json")
			testkit.WriteFile(t, out, "old report\n")
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "FACTCHECK_TEST_SIGNAL="+out)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(stdout).ReadString('\n')
			if line != "writing\n" {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("child: %q, %v; stderr %q", line, err, stderr.String())
			}
			// The write is under way: the temporary file is there.
			if names := testkit.DirNames(t, dir); len(names) != 2 {
				t.Errorf("while writing: %v, want the report and a temporary file", names)
			}
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			err = cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tc.code {
				t.Errorf("exit: %v, want code %d", err, tc.code)
			}
			if want := "factcheck: stopped by " + tc.name + "\n"; stderr.String() != want {
				t.Errorf("stderr %q, want %q", stderr.String(), want)
			}
			if diff := cmp.Diff([]string{"report.json"}, testkit.DirNames(t, dir)); diff != "" {
				t.Errorf("files left (-want +got):\n%s", diff)
			}
			if data, _ := os.ReadFile(out); string(data) != "old report\n" {
				t.Errorf("the old report changed: %q", data)
			}
		})
	}
}
