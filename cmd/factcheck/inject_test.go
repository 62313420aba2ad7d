package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/factcheck/factcheck/internal/testkit"
)

// hostileNames are file names written to forge lines, annotations or
// terminal commands, open raw HTML in Markdown, or collide once their
// bytes that are not UTF-8 are replaced (issue 14, items 11 to 13).
var hostileNames = []string{
	"a\nb.txt",
	"::error file=x::forged.txt",
	"\x1b]52;c;aGk=\a\x1b[2J.txt",
	"n`<img src=x onerror=alert(1)>`.txt",
	"caf\xe9.txt",
	"caf\xe8.txt",
}

// hostileWire is the wire report with a sentence written to break a
// Markdown table and run a script.
const hostileWire = meetWire + "\nA caption read <img src=x onerror=alert(1)> | `<script>alert(2)</script>` | next to it.\n"

// hostileDir writes the hostile names, each holding the daily report,
// beside wire.txt; it skips where the file system refuses such names.
func hostileDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	testkit.WriteFile(t, filepath.Join(dir, "src", "wire.txt"), hostileWire)
	for _, n := range hostileNames {
		if err := os.WriteFile(filepath.Join(dir, "src", n), []byte(meetDaily), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", n, err)
		}
	}
	return dir
}

// TestHostileNames: in every human format, a file name or a sentence
// cannot forge a line or an annotation, reach the terminal as an escape
// sequence, break a Markdown table or open HTML; HTML, Markdown and JSON
// stay valid UTF-8 and name every file distinctly.
func TestHostileNames(t *testing.T) {
	dir := hostileDir(t)
	out, stderr, code := runIn(t, dir, []string{"check", "--format", "text", "src"})
	want := `"src/\x1b]52;c;aGk=\a\x1b[2J.txt":1:1: Six sources date it December 2, 2021 (\x1b]52;c;aGk=\a\x1b[2J:1, ::error file=x::forged:1, a b:1, caf\xe8:1, caf\xe9:1, n` + "`<img src=x onerror=alert(1)>`" + `:1); one source dates it January 2022 (wire:3) (date) [date-573d7b8e66]
	src/::error file=x::forged.txt:1:1: "Foreign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo on December 2, 2021"
	"src/a\nb.txt":1:1: "Foreign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo on December 2, 2021"
	"src/caf\xe8.txt":1:1: "Foreign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo on December 2, 2021"
	"src/caf\xe9.txt":1:1: "Foreign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo on December 2, 2021"
	src/n` + "`<img src=x onerror=alert(1)>`" + `.txt:1:1: "Foreign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo on December 2, 2021"
	src/wire.txt:3:1: "Foreign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo in January 2022"
provenance: 7 independent origins for 7 sources
`
	if diff := cmp.Diff(want, out); diff != "" || code != 1 || stderr != "" {
		t.Errorf("text: exit %d, stderr %q, output (-want +got):\n%s", code, stderr, diff)
	}

	for _, args := range [][]string{
		{"check", "--format", "text", "src"},
		{"check", "--format", "table", "src"},
		{"check", "--format", "markdown", "src"},
		{"check", "--format", "github", "src"},
		{"check", "--format", "html", "src"},
		{"provenance", "--format", "table", "src"},
		{"provenance", "--format", "markdown", "src"},
		{"claims", "src"},
	} {
		name := strings.Join(args, " ")
		format := "text"
		if len(args) == 4 {
			format = args[2]
		}
		out, stderr, _ := runIn(t, dir, args)
		if stderr != "" {
			t.Errorf("%s: stderr %q", name, stderr)
		}
		checkHuman(t, name, format, out)
		if format == "github" && strings.Count(out, "\n") != 1 {
			t.Errorf("github: want one annotation, got:\n%s", out)
		}
	}

	out, _, _ = runIn(t, dir, []string{"check", "--format", "json", "src"})
	var res struct{ Sources []struct{ Path string } }
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, s := range res.Sources {
		paths = append(paths, s.Path)
	}
	wantPaths := []string{"src/\x1b]52;c;aGk=\a\x1b[2J.txt", "src/::error file=x::forged.txt", "src/a\nb.txt", `"src/caf\xe8.txt"`, `"src/caf\xe9.txt"`, "src/n`<img src=x onerror=alert(1)>`.txt", "src/wire.txt"}
	if diff := cmp.Diff(wantPaths, paths); diff != "" {
		t.Errorf("json: source paths (-want +got):\n%s", diff)
	}
}

// checkHuman checks a human format's output: valid UTF-8, no control
// character but tab and newline, no line a CI runner would read as a
// workflow command unless the github format wrote it, and for Markdown
// and HTML no element from the inputs.
func checkHuman(t *testing.T, name, format, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s: output is not valid UTF-8", name)
	}
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if strings.ContainsFunc(l, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 }) {
			t.Errorf("%s: line %d holds a control character: %q", name, i+1, l)
		}
		// Only the github format's own commands start a line with "::".
		if strings.HasPrefix(strings.TrimSpace(l), "::") && (format != "github" || !regexp.MustCompile(`^::(error|warning|notice) file=`).MatchString(l)) {
			t.Errorf("%s: line %d reads as a workflow command: %q", name, i+1, l)
		}
	}
	switch format {
	case "markdown":
		checkMarkdown(t, name, out)
	case "html":
		if strings.Contains(out, "<img") || strings.Contains(out, "<script") {
			t.Errorf("%s: an element from the inputs:\n%s", name, out)
		}
	}
}

// checkMarkdown renders md as GitHub does (GFM, raw HTML allowed) and
// requires that no element came from the inputs and that every table
// row has its header's cells.
func checkMarkdown(t *testing.T, name, md string) {
	t.Helper()
	src := []byte(md)
	h := testkit.RenderGFM(t, src, func(n gast.Node, entering bool) gast.WalkStatus {
		if tb, ok := n.(*east.Table); ok && entering {
			head := tb.FirstChild().ChildCount()
			for r := tb.FirstChild().NextSibling(); r != nil; r = r.NextSibling() {
				if r.ChildCount() != head {
					t.Errorf("%s: a table row has %d cells, its header %d", name, r.ChildCount(), head)
				}
			}
		}
		if _, ok := n.(*gast.RawHTML); ok && entering {
			t.Errorf("%s: raw HTML from the inputs: %q", name, n.Text(src))
		}
		return gast.WalkContinue
	})
	if strings.Contains(h, "<img") || strings.Contains(h, "<script") {
		t.Errorf("%s: the rendered page holds an element from the inputs:\n%s", name, h)
	}
}
