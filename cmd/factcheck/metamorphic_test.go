package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/testkit"
)

// TestMetamorphic (issue 14) runs check on the seed articles and on
// transformed copies that must not change what is found: files renamed,
// read in another order, given CRLF endings, duplicated, joined by an
// unrelated article, or with format characters inside words. Findings are
// compared by check and severity (paths, and so labels and IDs, change
// with the names); the exit code must not drop.
func TestMetamorphic(t *testing.T) {
	seeds := testkit.Glob(t, "../../testdata/seeds/*.txt")
	orig := map[string]string{}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		orig[filepath.Base(p)] = string(b)
	}
	base, baseCode := metaRun(t, orig)
	if len(base) == 0 || baseCode != 1 {
		t.Fatalf("seeds: %d findings, exit %d; want findings and exit 1", len(base), baseCode)
	}
	each := func(f func(name, text string) (string, string)) map[string]string {
		out := map[string]string{}
		for n, s := range orig {
			n2, s2 := f(n, s)
			out[n2] = s2
		}
		return out
	}
	tests := []struct {
		name  string
		files map[string]string
		// superset: the transformed run may add findings (copies agree
		// with their originals, so none should be added, but a
		// duplicate only has to lose nothing).
		superset bool
	}{
		{"renamed", each(func(n, s string) (string, string) { return "z-" + strings.ToUpper(n[:4]) + ".txt", s }), false},
		{"reordered", each(func(n, s string) (string, string) { return fmt.Sprintf("%c-%s", 'z'-rune(n[2]), n), s }), false},
		{"CRLF", each(func(n, s string) (string, string) { return n, strings.ReplaceAll(s, "\n", "\r\n") }), false},
		{"duplicated", func() map[string]string {
			m := map[string]string{}
			for n, s := range orig {
				for i := range 3 {
					m[fmt.Sprintf("copy%d/%s", i, n)] = s
				}
			}
			return m
		}(), true},
		{"unrelated article added", func() map[string]string {
			m := each(func(n, s string) (string, string) { return n, s })
			m["zz-harbour.txt"] = "Harbour reopens\n\nThe harbour of Corvale reopened on Monday after repairs to the northern pier, the port authority said.\n"
			return m
		}(), false},
		{"format characters inside words", each(func(n, s string) (string, string) { return n, softHyphens(s) }), false},
	}
	// Every invisible format character the hidden check names, not only
	// the soft hyphen (issue 14, item 3).
	for _, c := range []string{"\u200b", "\u200d", "\u2060", "\ufeff", "\u202e"} {
		tests = append(tests, struct {
			name     string
			files    map[string]string
			superset bool
		}{fmt.Sprintf("format character U+%04X inside words", []rune(c)[0]), each(func(n, s string) (string, string) { return n, insideWords(s, c) }), false})
	}
	// File names that forge lines, annotations or terminal commands, open
	// HTML in Markdown, read as a flag or are not UTF-8 (items 1, 11-13):
	// the same findings, and every human format stays clean.
	hostile := []string{"a\nb ", "::error file=x::", "\x1b]52;c;aGk=\a\x1b[2J", "`<img src=x onerror=alert(1)>`", "caf\xe9 ", "-fail-on=none "}
	names := make([]string, 0, len(orig))
	for n := range orig {
		names = append(names, n)
	}
	sort.Strings(names)
	renamed := map[string]string{}
	for i, n := range names {
		renamed[hostile[i%len(hostile)]+n] = orig[n]
	}
	tests = append(tests, struct {
		name     string
		files    map[string]string
		superset bool
	}{"renamed to hostile names", renamed, false})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, code := metaRun(t, tc.files)
			if strings.HasPrefix(tc.name, "format character") {
				got = without(got, "hidden warning")
			}
			if code < baseCode {
				t.Errorf("exit %d, want %d", code, baseCode)
			}
			if tc.superset {
				got = onlyIn(got, base)
			}
			if diff := cmp.Diff(base, got); diff != "" {
				t.Errorf("findings (check severity) differ from the seeds' (-seeds +transformed):\n%s", diff)
			}
			if tc.name == "renamed to hostile names" {
				dir := t.TempDir()
				for n, s := range tc.files {
					testkit.WriteFile(t, filepath.Join(dir, "src", n), s)
				}
				for _, format := range []string{"text", "table", "markdown", "github", "html"} {
					out, _, _ := runIn(t, dir, []string{"check", "--format", format, "src"})
					checkHuman(t, format, format, out)
				}
			}
		})
	}
}

// metaRun checks files in a fresh directory and returns each finding as
// "check severity", sorted, and the exit code.
func metaRun(t *testing.T, files map[string]string) ([]string, int) {
	t.Helper()
	dir := t.TempDir()
	for n, s := range files {
		testkit.WriteFile(t, filepath.Join(dir, "src", n), s)
	}
	stdout, stderr, code := runIn(t, dir, []string{"check", "--format", "json", "src"})
	if code == 2 {
		t.Fatalf("exit 2: %s", stderr)
	}
	var r struct {
		Findings []struct{ Kind, Severity string }
	}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Kind+" "+f.Severity)
	}
	sort.Strings(out)
	return out, code
}

// softHyphens puts a soft hyphen after the third letter of every word of
// six letters or more.
func softHyphens(s string) string { return insideWords(s, "\u00ad") }

// insideWords puts c after the third letter of every word of six letters
// or more.
func insideWords(s, c string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if len(w) >= 6 && isLetters(w) {
			words[i] = w[:3] + c + w[3:]
		}
	}
	return strings.Join(words, " ")
}

func isLetters(w string) bool {
	for _, r := range w {
		if r < 'A' || r > 'z' || (r > 'Z' && r < 'a') {
			return false
		}
	}
	return true
}

func without(list []string, drop string) []string {
	var out []string
	for _, s := range list {
		if s != drop {
			out = append(out, s)
		}
	}
	return out
}

// onlyIn keeps one of each entry of want that got holds (a multiset
// intersection), so a comparison with want shows what got lost.
func onlyIn(got, want []string) []string {
	have := map[string]int{}
	for _, s := range got {
		have[s]++
	}
	var out []string
	for _, s := range want {
		if have[s] > 0 {
			have[s]--
			out = append(out, s)
		}
	}
	return out
}

// TestArgumentOrder: the same files named in any order give the same
// report, byte for byte, in every format.
func TestArgumentOrder(t *testing.T) {
	seeds := testkit.Glob(t, "../../testdata/seeds/*.txt")
	dir := t.TempDir()
	var names []string
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		testkit.WriteFile(t, filepath.Join(dir, filepath.Base(p)), string(b))
		names = append(names, filepath.Base(p))
	}
	reversed := append([]string(nil), names...)
	slices.Reverse(reversed)
	rotated := append(append([]string(nil), names[1:]...), names[0])
	for _, format := range []string{"text", "json", "sarif", "markdown", "html"} {
		want, _, code := runIn(t, dir, append([]string{"check", "--format", format}, names...))
		if code != 1 {
			t.Fatalf("%s: exit %d, want 1", format, code)
		}
		for _, order := range [][]string{reversed, rotated} {
			got, _, _ := runIn(t, dir, append([]string{"check", "--format", format}, order...))
			if got != want {
				t.Errorf("%s: files named as %v give another report:\n%s", format, order, cmp.Diff(want, got))
			}
		}
	}
}
