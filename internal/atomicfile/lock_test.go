//go:build unix && !solaris && !illumos && !aix

package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestLockExcludes: while Lock is held, another open of the directory
// cannot take the lock (asked without waiting, so no clock is involved);
// once released, it can.
func TestLockExcludes(t *testing.T) {
	dir := t.TempDir()
	unlock, err := Lock(filepath.Join(dir, "rules.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	try := func() error {
		d, err := os.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		return syscall.Flock(int(d.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	}
	if err := try(); !errors.Is(err, syscall.EWOULDBLOCK) {
		t.Errorf("lock while held: %v, want EWOULDBLOCK", err)
	}
	unlock()
	if err := try(); err != nil {
		t.Errorf("lock after release: %v", err)
	}
}
