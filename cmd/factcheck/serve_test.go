package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// served is a factcheck serve running in this process.
type served struct {
	url  string
	done chan int
	mu   sync.Mutex
	errb bytes.Buffer
}

// startServe runs "factcheck serve --addr 127.0.0.1:0 args..." in the
// test's process and returns once it listens.
func startServe(t *testing.T, args ...string) *served {
	t.Helper()
	pr, pw := io.Pipe()
	s := &served{done: make(chan int, 1)}
	go func() {
		code := run(append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), io.Discard, pw)
		pw.Close()
		s.done <- code
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		line := sc.Text()
		s.log(line)
		if u, ok := strings.CutPrefix(line, "factcheck: serving "); ok {
			s.url = strings.TrimSuffix(strings.Fields(u)[0], "/")
			break
		}
	}
	if s.url == "" {
		t.Fatalf("serve did not start:\n%s", s.stderr())
	}
	go func() {
		for sc.Scan() {
			s.log(sc.Text())
		}
	}()
	return s
}

func (s *served) log(line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.errb.WriteString(line + "\n")
}

func (s *served) stderr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.errb.String()
}

// stop sends sig to the process, as a terminal's Ctrl-C or a service
// manager would, and returns serve's exit code.
func (s *served) stop(t *testing.T, sig syscall.Signal) int {
	t.Helper()
	if err := syscall.Kill(os.Getpid(), sig); err != nil {
		t.Fatal(err)
	}
	return <-s.done
}

// TestServeCommand: serve listens on loopback, answers the page, and stops
// cleanly on SIGTERM with exit 0; it refuses a non-loopback address
// without -public, and paths.
func TestServeCommand(t *testing.T) {
	s := startServe(t)
	resp, err := http.Get(s.url + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.HasPrefix(s.url, "http://127.0.0.1:") {
		t.Errorf("GET %s/: %s", s.url, resp.Status)
	}
	if code := s.stop(t, syscall.SIGTERM); code != exitClean {
		t.Errorf("serve exited %d after SIGTERM, want 0:\n%s", code, s.stderr())
	}
	if !strings.HasSuffix(s.stderr(), "factcheck: stopped\n") {
		t.Errorf("stderr:\n%s", s.stderr())
	}
	if _, err := http.Get(s.url + "/"); err == nil {
		t.Error("the server still answers after it stopped")
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--addr", "0.0.0.0:8080"}, "factcheck: -addr 0.0.0.0:8080: not a loopback address: the page would be open to other machines (add -public to mean it)\n"},
		{[]string{"serve", "--addr", ":8080"}, "factcheck: -addr :8080: not a loopback address: the page would be open to other machines (add -public to mean it)\n"},
		{[]string{"serve", "--addr", "8080"}, "factcheck: -addr 8080: want host:port, as 127.0.0.1:8080\n"},
		{[]string{"serve", "drafts/"}, "factcheck: serve: unexpected argument \"drafts/\" (serve takes no paths)\n"},
	} {
		var errb bytes.Buffer
		if code := run(c.args, strings.NewReader(""), io.Discard, &errb); code != exitInput || errb.String() != c.want {
			t.Errorf("%v: exit %d, stderr %q; want 2, %q", c.args, code, errb.String(), c.want)
		}
	}
}
