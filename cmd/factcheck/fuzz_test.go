package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testkit"
)

// FuzzCheck runs the whole command on an arbitrary file beside a fixed
// article. Invariants: no panic; exit 0, 1 or 2; exit 2 exactly when
// standard error names the file; otherwise the JSON report parses.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		wireArticle, dailyArticle, crlf(dailyArticle), cr(dailyArticle),
		"---\ntitle: T\ndate: 2021-12-02\n---\n" + dailyArticle,
		"<html><head><title>T</title></head><body><p>" + dailyArticle + "</p></body></html>",
		"# Head\n\n**Blinken** met _Lavrov_ in [Geneva](x) on December 2, 2021.\n",
		"title: T\nbody: " + dailyArticle,
		"", " \n", "\x89PNG\r\n\x1a\n", "caf\xe9", "\xff\xfeh\x00",
	} {
		for ext := byte(0); ext < 4; ext++ {
			f.Add([]byte(s), ext)
		}
	}
	exts := []string{".txt", ".md", ".html", ".yaml"}
	f.Fuzz(func(t *testing.T, data []byte, ext byte) {
		dir := t.TempDir()
		name := "f" + exts[int(ext)%len(exts)]
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		testkit.WriteFile(t, filepath.Join(dir, "wire.txt"), wireArticle)
		stdout, stderr, code := runIn(t, dir, []string{"check", "--format", "json", name, "wire.txt"})
		switch code {
		case 0, 1:
			if stderr != "" {
				t.Fatalf("exit %d with stderr %q", code, stderr)
			}
			var v any
			if err := json.Unmarshal([]byte(stdout), &v); err != nil {
				t.Fatalf("report is not JSON: %v", err)
			}
		case 2:
			for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
				if !strings.HasPrefix(l, "factcheck: "+name+": ") {
					t.Fatalf("message does not name %s: %q", name, l)
				}
			}
		default:
			t.Fatalf("exit %d", code)
		}
	})
}
