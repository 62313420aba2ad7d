package testkit

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// Golden compares got with the file at path, or, when update is set (the
// calling package's -update flag), rewrites the file with got.
func Golden(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update in this package to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// DirNames lists a directory's entries, sorted.
func DirNames(t testing.TB, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// RenderGFM parses md as GitHub does (GFM, raw HTML kept, as GitHub keeps a
// <details> block), hands every node to visit while walking the tree, and
// returns the HTML it renders to.
func RenderGFM(t testing.TB, md []byte, visit func(n gast.Node, entering bool) gast.WalkStatus) string {
	t.Helper()
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
	doc := gm.Parser().Parse(text.NewReader(md))
	err := gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		return visit(n, entering), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := gm.Renderer().Render(&buf, md, doc); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// Case is one row of a table test of a function of one argument: the
// argument and the result wanted. It names an unnamed struct, a tuple, so
// that a table writes its rows {in, want}.
type Case[I, W comparable] = struct {
	In   I
	Want W
}

// Cases calls f with the argument of every row and reports each result
// that is not the row's Want as "name(in) = got, want want", values as
// show writes them.
func Cases[I, W comparable](t testing.TB, name string, f func(in I) W, rows []Case[I, W]) {
	t.Helper()
	for _, r := range rows {
		if got := f(r.In); got != r.Want {
			t.Errorf("%s(%s) = %s, want %s", name, show(r.In), show(got), show(r.Want))
		}
	}
}

// Pair is one row of a table test of a function of two strings: its
// arguments and the result wanted. It names an unnamed struct, a tuple,
// so that a table writes its rows {a, b, want}.
type Pair[W comparable] = struct {
	A, B string
	Want W
}

// Pairs calls f with the two strings of every row and reports each result
// that is not the row's Want as "name(a, b) = got, want want", values as
// show writes them.
func Pairs[W comparable](t testing.TB, name string, f func(a, b string) W, rows []Pair[W]) {
	t.Helper()
	for _, r := range rows {
		if got := f(r.A, r.B); got != r.Want {
			t.Errorf("%s(%q, %q) = %s, want %s", name, r.A, r.B, show(got), show(r.Want))
		}
	}
}

// show writes a value of a table row: by its String method when it has one,
// so that an enumeration reads as its names (Opposite, Negated), else in Go
// syntax (strings quoted).
func show(v any) string {
	if _, ok := v.(fmt.Stringer); ok {
		return fmt.Sprint(v) // fmt, not String itself: it survives a nil receiver
	}
	return fmt.Sprintf("%#v", v)
}

// WriteFile writes data to the file at path, making its directories.
func WriteFile[D string | []byte](t testing.TB, path string, data D) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Glob returns the files that match pattern, in lexical order. It fails the
// test when none does, so that a moved testdata folder cannot pass as a
// table of no cases.
func Glob(t testing.TB, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no files match %s: %v", pattern, err)
	}
	return files
}
