//go:build unix

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/internal/testkit"
)

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
