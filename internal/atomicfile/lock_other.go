//go:build !unix || solaris || illumos || aix

package atomicfile

// Lock is a no-op where flock is not available: concurrent writers of one
// file may then lose an update (each write is still atomic).
// TODO(issue 14): LockFileEx on Windows, fcntl on Solaris.
func Lock(path string) (unlock func(), err error) { return func() {}, nil }
