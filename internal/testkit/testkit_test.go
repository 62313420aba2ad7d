package testkit

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// recorder is a testing.TB that keeps what a helper reports.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestPairsReportsEachWrongRow(t *testing.T) {
	r := &recorder{TB: t}
	Pairs(r, "join", func(a, b string) string { return a + b }, []Pair[string]{
		{"a", "b", "ab"},
		{"a", "b", "ba"},
		{"x", "", "x"},
		{"", "y", ""},
	})
	want := []string{`join("a", "b") = "ab", want "ba"`, `join("", "y") = "y", want ""`}
	if diff := cmp.Diff(want, r.errs); diff != "" {
		t.Errorf("Pairs reports mismatch (-want +got):\n%s", diff)
	}
}

func TestCasesReportsEachWrongRow(t *testing.T) {
	r := &recorder{TB: t}
	Cases(r, "len", func(s string) int { return len(s) }, []Case[string, int]{
		{"ab", 2},
		{"abc", 2},
		{"", 0},
		{"\n", 0},
	})
	want := []string{`len("abc") = 3, want 2`, `len("\n") = 1, want 0`}
	if diff := cmp.Diff(want, r.errs); diff != "" {
		t.Errorf("Cases reports mismatch (-want +got):\n%s", diff)
	}
}

// level is an enumeration with names, as the packages' Relation or
// Polarity are.
type level int

func (l level) String() string { return [...]string{"Low", "High"}[l] }

func TestRowsShowStringersByName(t *testing.T) {
	r := &recorder{TB: t}
	Pairs(r, "cmp", func(a, b string) level { return level(len(a) / 2) }, []Pair[level]{
		{"ab", "", 0},
		{"x", "", 0},
	})
	Cases(r, "of", func(l level) bool { return l == 1 }, []Case[level, bool]{
		{0, true},
		{1, true},
	})
	want := []string{`cmp("ab", "") = High, want Low`, `of(Low) = false, want true`}
	if diff := cmp.Diff(want, r.errs); diff != "" {
		t.Errorf("reports mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteFileMakesDirectories(t *testing.T) {
	dir := t.TempDir()
	WriteFile(t, filepath.Join(dir, "a", "b", "c.txt"), "text\n")
	WriteFile(t, filepath.Join(dir, "a", "d.txt"), []byte("bytes\n"))
	for name, want := range map[string]string{"a/b/c.txt": "text\n", "a/d.txt": "bytes\n"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != want {
			t.Errorf("%s: read back %q, %v; want %q", name, got, err, want)
		}
	}
	if diff := cmp.Diff([]string{"b", "d.txt"}, DirNames(t, filepath.Join(dir, "a"))); diff != "" {
		t.Errorf("DirNames(a) mismatch (-want +got):\n%s", diff)
	}
}

func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }

func TestGlobFailsOnNoMatch(t *testing.T) {
	dir := t.TempDir()
	WriteFile(t, filepath.Join(dir, "b.txt"), "b")
	WriteFile(t, filepath.Join(dir, "a.txt"), "a")
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}
	if diff := cmp.Diff(want, Glob(t, filepath.Join(dir, "*.txt"))); diff != "" {
		t.Errorf("Glob mismatch (-want +got):\n%s", diff)
	}
	r := &recorder{TB: t}
	Glob(r, filepath.Join(dir, "*.md"))
	if diff := cmp.Diff([]string{"no files match " + filepath.Join(dir, "*.md") + ": <nil>"}, r.errs); diff != "" {
		t.Errorf("Glob of no file: reports mismatch (-want +got):\n%s", diff)
	}
}
