package atomicfile

import (
	"errors"
	"io/fs"
	"path/filepath"
	"testing"
)

// Errors name the file asked for, never the temporary one, and keep the
// operating-system error for errors.Is.
func TestWriteFileErrorNamesThePath(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "missing", "report.md")
	err := WriteFile(p, []byte("x"))
	want := p + ": cannot create a file in " + filepath.Join(dir, "missing") + ": no such file or directory"
	if err == nil || err.Error() != want {
		t.Errorf("WriteFile(%s) = %v, want %q", p, err, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(%v, fs.ErrNotExist) = false", err)
	}
}
