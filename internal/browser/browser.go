// Package browser owns finding the headless Chromium the browser tests
// drive: Debian's chromium, or the one $FACTCHECK_CHROMIUM names.
package browser

import (
	"os"
	"os/exec"
	"testing"
)

// Chromium returns $FACTCHECK_CHROMIUM, /usr/bin/chromium, or chromium on
// $PATH; "" when there is none (the tests then skip).
func Chromium() string {
	if p := os.Getenv("FACTCHECK_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// Skip is the message a test skips with when Chromium is absent.
const Skip = "chromium not found (/usr/bin/chromium or $FACTCHECK_CHROMIUM): skipping the headless-browser test; install it with apt-get install -y chromium"

// ForTest returns the Chromium a browser test drives, skipping the test
// when there is none and under -short, as every browser test does.
func ForTest(t testing.TB) string {
	t.Helper()
	bin := Chromium()
	if bin == "" {
		t.Skip(Skip)
	}
	if testing.Short() {
		t.Skip("-short: skipping the headless-browser test")
	}
	return bin
}
