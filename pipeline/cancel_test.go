package pipeline

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/benchgen"
	"github.com/factcheck/factcheck/source"
	"github.com/google/go-cmp/cmp"
)

// corpus writes a generated corpus and returns its directory.
func corpus(t *testing.T, docs int) string {
	t.Helper()
	dir := t.TempDir()
	if err := benchgen.Generate(docs, 1).Write(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// settle waits, up to a generous deadline, for the goroutine count to
// come back to baseline, and fails with the stacks if it does not.
func settle(t *testing.T, baseline int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > baseline {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines left, baseline %d:\n%s", runtime.NumGoroutine(), baseline, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestCheckContextCancelled: a run cancelled before it starts, or in the
// middle of any stage, returns the context's error and no Run, and leaves
// no goroutine behind.
func TestCheckContextCancelled(t *testing.T) {
	dir := corpus(t, 60)
	for _, stage := range []string{"before", "reading", "extracting", "aligning"} {
		t.Run(stage, func(t *testing.T) {
			baseline := runtime.NumGoroutine()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			cfg := Config{Paths: []string{dir}}
			if stage == "before" {
				cancel()
			} else {
				cfg.Progress = func(format string, args ...any) {
					if strings.HasPrefix(format, stage) {
						cancel()
					}
				}
			}
			run, err := CheckContext(ctx, cfg)
			if !errors.Is(err, context.Canceled) || run != nil {
				t.Errorf("CheckContext cancelled %s: run %v, err %v; want nil, context.Canceled", stage, run != nil, err)
			}
			settle(t, baseline)
		})
	}
}

// TestCheckContextMatchesCheck: without cancellation the context variant
// is Check.
func TestCheckContextMatchesCheck(t *testing.T) {
	dir := corpus(t, 20)
	baseline := runtime.NumGoroutine()
	a, err := Check(Config{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := CheckContext(context.Background(), Config{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ids(a), ids(b)); diff != "" {
		t.Errorf("CheckContext findings differ from Check (-Check +CheckContext):\n%s", diff)
	}
	settle(t, baseline)
}

func ids(r *Run) []string {
	var out []string
	for _, f := range r.Result.Findings {
		out = append(out, f.ID+" "+f.Summary)
	}
	return out
}

// TestReadSortsByPath: documents come back sorted by path, the draft
// first, whatever the order of the paths given.
func TestReadSortsByPath(t *testing.T) {
	dir := corpus(t, 10)
	files, err := filepath.Glob(filepath.Join(dir, "*", "*"))
	if err != nil || len(files) < 4 {
		t.Fatalf("corpus: %d files, %v", len(files), err)
	}
	tests := []struct {
		name  string
		paths []string
		draft string
	}{
		{"given order", files, ""},
		{"reversed", reverse(files), ""},
		{"directory", []string{dir}, ""},
		{"draft last in sort order", files[:len(files)-1], files[len(files)-1]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, _, err := Read(Config{Paths: tc.paths, Draft: tc.draft})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range docs {
				got = append(got, d.Path)
			}
			want := append([]string(nil), files...)
			if tc.draft != "" {
				want = append([]string{tc.draft}, files[:len(files)-1]...)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Read order mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func reverse(s []string) []string {
	r := make([]string, len(s))
	for i, x := range s {
		r[len(s)-1-i] = x
	}
	return r
}

// TestEmptyDirectory: a named directory without articles is an input
// error naming it.
func TestEmptyDirectory(t *testing.T) {
	dir := t.TempDir()
	_, _, err := Read(Config{Paths: []string{dir}})
	want := fmt.Sprintf("%s: no article files in this directory (.txt, .text, .md, .markdown, .html, .htm or no extension)", dir)
	var es source.Errors
	if err == nil || !errors.As(err, &es) || err.Error() != want {
		t.Errorf("Read(empty dir) error = %v, want %q as source.Errors", err, want)
	}
}
