//go:build unix && !solaris && !illumos && !aix

package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// Lock takes an exclusive lock for a read-modify-write of path and
// returns its release. The lock is an advisory flock on the directory
// holding path, not on the file: WriteFile replaces the file by a rename,
// so a lock on the old file would not stop a second writer that opened the
// new one, while the directory stays the same. Every writer of path that
// takes Lock first (factcheck accept) waits for the one holding it; it
// must read the file after Lock returns, so it sees the last write. The
// lock is released when the process exits, however it exits.
func Lock(path string) (unlock func(), err error) {
	dir := filepath.Dir(path)
	d, err := os.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot lock: %w", path, reason(err))
	}
	for {
		err = syscall.Flock(int(d.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("%s: cannot lock %s: %w", path, dir, err)
	}
	return func() {
		syscall.Flock(int(d.Fd()), syscall.LOCK_UN)
		d.Close()
	}, nil
}
