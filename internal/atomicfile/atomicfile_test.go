package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileReplacesAndLeavesNoTemporary(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.md")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "new" {
		t.Errorf("content = %q, want new", got)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want the old file's 0600", fi.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("want only the file left, got %d entries", len(entries))
	}
}

func TestWriteFileFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "sub")
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("x")); err == nil {
		t.Fatal("writing over a directory should fail")
	}
	if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
		t.Errorf("the directory was disturbed: %v", err)
	}
}

func TestInside(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "sources")
	os.Mkdir(src, 0o755)
	file := filepath.Join(src, "a.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	for _, tc := range []struct {
		out  string
		want bool
	}{
		{file, true},
		{filepath.Join(src, "report.md"), true},
		{filepath.Join(dir, "report.md"), false},
		{filepath.Join(dir, "sources-report.md"), false},
	} {
		if _, got := Inside(tc.out, []string{src}); got != tc.want {
			t.Errorf("Inside(%q) = %v, want %v", tc.out, got, tc.want)
		}
	}
	if _, got := Inside(file, []string{file}); !got {
		t.Errorf("an input file itself must count as inside")
	}
}
