package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMetamorphic (issue 14) runs check on the seed articles and on
// transformed copies that must not change what is found: files renamed,
// read in another order, given CRLF endings, duplicated, joined by an
// unrelated article, or with format characters inside words. Findings are
// compared by check and severity (paths, and so labels and IDs, change
// with the names); the exit code must not drop.
func TestMetamorphic(t *testing.T) {
	seeds, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Skip("no seed articles")
	}
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
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, code := metaRun(t, tc.files)
			if tc.name == "format characters inside words" {
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
		})
	}
}

// metaRun checks files in a fresh directory and returns each finding as
// "check severity", sorted, and the exit code.
func metaRun(t *testing.T, files map[string]string) ([]string, int) {
	t.Helper()
	dir := t.TempDir()
	for n, s := range files {
		writeFile(t, filepath.Join(dir, "src", n), s)
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
// eight letters or more.
func softHyphens(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if len(w) >= 6 && isLetters(w) {
			words[i] = w[:3] + "\u00ad" + w[3:]
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
