package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/testkit"
)

// aliasBomb is a "billion laughs": nine levels of nine aliases each, 9^9
// strings when expanded.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		b.WriteString(n + ": &" + n + " [" + strings.Repeat("*"+prev+",", 8) + "*" + prev + "]\n")
		prev = n
	}
	return b.String()
}

// TestBadInput runs the command line on inputs newsrooms feed it by
// mistake. Each case states the exact standard error and exit code: an
// input that cannot be read is named on standard error and exits 2, the
// rest of the run goes on, nothing panics, and no input file is written.
func TestBadInput(t *testing.T) {
	long := strings.Repeat("The council met on Tuesday and approved the budget of the city ", 16000) + "\n" // ~1 MB on one line
	// The full line repeats one clause 16,000 times: more claims sharing a
	// key than alignment pairs, which fails the run rather than pass
	// unchecked (issue 14, item 2); the short one stays under the cap.
	longOut, longErr, longCode := "", "factcheck: alignment limit: up to 16000 claims share one key (\"axis:accept\", \"budget\", \"city\"), more than the 4000 that are paired; findings may be missing, so the run fails: check fewer or less repetitive files at once\n", 2
	if testing.Short() || raceEnabled {
		long = long[:len(long)/8] + "\n"
		longOut, longErr, longCode = "*", "", 0
	}
	tests := []cliCase{
		{
			name:   "empty file",
			files:  map[string]string{"empty.txt": ""},
			args:   []string{"check", "empty.txt"},
			stderr: "factcheck: empty.txt: empty file\n",
			code:   2,
		},
		{
			name:   "white space only",
			files:  map[string]string{"blank.txt": " \n\t\r\n  \n"},
			args:   []string{"check", "blank.txt"},
			stderr: "factcheck: blank.txt: no text (only white space)\n",
			code:   2,
		},
		{
			name:   "PNG image",
			files:  map[string]string{"photo.png": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"},
			args:   []string{"check", "photo.png"},
			stderr: "factcheck: photo.png: binary file (PNG image), not text\n",
			code:   2,
		},
		{
			name:   "gzip data named .txt",
			files:  map[string]string{"wire.txt": "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"},
			args:   []string{"check", "wire.txt"},
			stderr: "factcheck: wire.txt: binary file (gzip data), not text\n",
			code:   2,
		},
		{
			name:   "invalid UTF-8",
			files:  map[string]string{"bad.txt": "Café opens.\nabcd\xff more text.\n"},
			args:   []string{"check", "bad.txt"},
			stderr: "factcheck: bad.txt: not valid UTF-8 (first bad byte at line 2, column 5)\n",
			code:   2,
		},
		{
			name:   "Latin-1 text",
			files:  map[string]string{"latin1.txt": "The caf\xe9 on the Rue de la Paix opened on Monday, the owner said.\n"},
			args:   []string{"check", "latin1.txt"},
			stderr: "factcheck: latin1.txt: not valid UTF-8 (first bad byte at line 1, column 8); it looks like Latin-1 or Windows-1252: convert it to UTF-8\n",
			code:   2,
		},
		{
			name:   "UTF-16 with a byte order mark",
			files:  map[string]string{"utf16.txt": "\xff\xfeT\x00h\x00e\x00 \x00b\x00r\x00i\x00d\x00g\x00e\x00.\x00\n\x00"},
			args:   []string{"check", "utf16.txt"},
			stderr: "factcheck: utf16.txt: UTF-16 text (byte order mark); convert it to UTF-8\n",
			code:   2,
		},
		{
			name:   "NUL byte",
			files:  map[string]string{"nul.txt": "Blinken met Lavrov\x00 in Geneva.\n"},
			args:   []string{"check", "nul.txt"},
			stderr: "factcheck: nul.txt: binary file (NUL byte at line 1, column 19), not text\n",
			code:   2,
		},
		{
			name:  "UTF-8 byte order mark",
			files: map[string]string{"bom.txt": "\xef\xbb\xbf" + dailyArticle, "wire.txt": wireArticle},
			args:  []string{"check", "bom.txt", "wire.txt"},
			out:   "*",
			code:  1,
		},
		{
			name:   "over --max-bytes",
			files:  map[string]string{"wire.txt": wireArticle},
			args:   []string{"check", "--max-bytes", "100", "wire.txt"},
			stderr: "factcheck: wire.txt: file is 198 bytes, larger than the limit of 100 bytes (raise it with --max-bytes)\n",
			code:   2,
		},
		{
			name: "a 100 MiB file, refused before it is read",
			setup: func(t *testing.T, dir string) {
				f, err := os.Create(filepath.Join(dir, "huge.txt"))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if err := f.Truncate(100 << 20); err != nil { // sparse: no disk, no time
					t.Fatal(err)
				}
			},
			args:   []string{"check", "huge.txt"},
			stderr: "factcheck: huge.txt: file is 100 MiB, larger than the limit of 16 MiB (raise it with --max-bytes)\n",
			code:   2,
		},
		{
			name: "an endless stream, read up to the limit",
			setup: func(t *testing.T, dir string) {
				if _, err := os.Stat("/dev/zero"); err != nil {
					t.Skip("no /dev/zero")
				}
			},
			args:   []string{"check", "--max-bytes", "1000", "/dev/zero"},
			stderr: "factcheck: /dev/zero: larger than the limit of 1000 bytes (raise it with --max-bytes)\n",
			code:   2,
		},
		{
			name:   "--max-bytes not positive",
			files:  map[string]string{"wire.txt": wireArticle},
			args:   []string{"check", "--max-bytes", "0", "wire.txt"},
			stderr: "factcheck: -max-bytes: 0: want a positive number of bytes\n",
			code:   2,
		},
		{
			name:   "standard input empty",
			args:   []string{"check", "-"},
			stderr: "factcheck: -: empty file\n",
			code:   2,
		},
		{
			name:  "nonexistent path",
			files: map[string]string{"wire.txt": wireArticle},
			args:  []string{"check", "wire.txt", "missing.txt"},
			// A failed run prints no report (issue 14, item 6).
			stderr: "factcheck: missing.txt: no such file or directory\n",
			code:   2,
		},
		{
			// A gate pointed at the wrong directory must not pass.
			name:   "directory without articles",
			files:  map[string]string{"notes/a.yaml": "title: x\n", "notes/data.json": "{}"},
			args:   []string{"check", "notes"},
			stderr: "factcheck: notes: no article files in this directory (.txt, .text, .md, .markdown, .html, .htm or no extension)\n",
			code:   2,
		},
		{
			name:   "nonexistent draft",
			files:  map[string]string{"wire.txt": wireArticle},
			args:   []string{"check", "--draft", "mine.md", "wire.txt"},
			stderr: "factcheck: mine.md: no such file or directory\n",
			code:   2,
		},
		{
			name:  "symbolic link loop named",
			files: map[string]string{"wire.txt": wireArticle},
			setup: func(t *testing.T, dir string) {
				symlink(t, "b.txt", filepath.Join(dir, "a.txt"))
				symlink(t, "a.txt", filepath.Join(dir, "b.txt"))
			},
			args:   []string{"check", "wire.txt", "a.txt"},
			stderr: "factcheck: a.txt: symbolic link loop\n",
			code:   2,
		},
		{
			name:  "symbolic link loop in a directory",
			files: map[string]string{"src/wire.txt": wireArticle, "src/daily.txt": dailyArticle},
			setup: func(t *testing.T, dir string) {
				symlink(t, "..", filepath.Join(dir, "src", "up"))
			},
			args:   []string{"check", "src"},
			stderr: "factcheck: src/up/src: symbolic link loop (leads back to src)\n",
			code:   2,
		},
		{
			// The directory listing names a file that is gone when it is
			// opened: a dangling link is that moment, made deterministic.
			name:  "file gone between listing and reading",
			files: map[string]string{"src/wire.txt": wireArticle, "src/daily.txt": dailyArticle},
			setup: func(t *testing.T, dir string) {
				symlink(t, "removed.txt", filepath.Join(dir, "src", "gone.txt"))
			},
			args:   []string{"check", "src"},
			stderr: "factcheck: src/gone.txt: no such file or directory\n",
			code:   2,
		},
		{
			name:  "CRLF line endings",
			files: map[string]string{"wire.txt": crlf(wireArticle), "daily.txt": crlf(dailyArticle)},
			args:  []string{"check", "wire.txt", "daily.txt"},
			out:   "*",
			code:  1,
		},
		{
			name:  "CR-only line endings",
			files: map[string]string{"wire.txt": cr(wireArticle), "daily.txt": cr(dailyArticle)},
			args:  []string{"check", "wire.txt", "daily.txt"},
			out:   "*",
			code:  1,
		},
		{
			name:   "an extremely long line",
			files:  map[string]string{"long.txt": long, "wire.txt": wireArticle},
			args:   []string{"check", "long.txt", "wire.txt"},
			out:    longOut,
			stderr: longErr,
			code:   longCode,
		},
		{
			name:  "a sentence of 50,000 characters",
			files: map[string]string{"sentence.txt": "The council said that " + strings.Repeat("the mayor, who met Lavrov in Geneva, agreed and ", 1042) + "left on Tuesday.\n", "wire.txt": wireArticle},
			args:  []string{"check", "sentence.txt", "wire.txt"},
			out:   "*",
		},
		{
			name:  "100,000 nested divs",
			files: map[string]string{"nested.html": strings.Repeat("<div>", 100000) + "<p>" + dailyArticle + "</p>" + strings.Repeat("</div>", 100000), "wire.txt": wireArticle},
			args:  []string{"check", "nested.html", "wire.txt"},
			out:   "*",
			code:  1,
		},
		{
			// Front matter is metadata: aliases are not expanded, the
			// article is read.
			name:  "alias bomb in front matter",
			files: map[string]string{"bomb.md": "---\n" + aliasBomb() + "title: Quake\n---\n" + dailyArticle, "wire.txt": wireArticle},
			args:  []string{"check", "bomb.md", "wire.txt"},
			out:   "*",
			code:  1,
		},
		{
			name:   "alias bomb in the rules file",
			files:  map[string]string{".factcheck.yaml": aliasBomb(), "wire.txt": wireArticle},
			args:   []string{"check", "wire.txt"},
			stderr: "factcheck: .factcheck.yaml:2:8: YAML aliases (*a) are not allowed in a rules file\n",
			code:   2,
		},
		{
			name:   "rules file that is not YAML",
			files:  map[string]string{"rules.yaml": "[resolutions\n  - id: {\n", "wire.txt": wireArticle},
			args:   []string{"check", "--config", "rules.yaml", "wire.txt"},
			stderr: "factcheck: rules.yaml:1:1: not valid YAML: did not find expected ',' or ']'\n",
			code:   2,
		},
		{
			name:   "rules file missing",
			files:  map[string]string{"wire.txt": wireArticle},
			args:   []string{"check", "--config", "rules.yaml", "wire.txt"},
			stderr: "factcheck: rules.yaml: no such file or directory\n",
			code:   2,
		},
		{
			name:   "provenance -o over an input file",
			files:  map[string]string{"wire.txt": wireArticle, "daily.txt": dailyArticle},
			args:   []string{"provenance", "-o", "daily.txt", "wire.txt", "daily.txt"},
			stderr: "factcheck: -o daily.txt: refusing to write over or inside the input daily.txt\n",
			code:   2,
		},
		{
			name:   "-o kept when an input cannot be read",
			files:  map[string]string{"wire.txt": wireArticle, "report.md": "old report\n"},
			args:   []string{"check", "--format", "markdown", "-o", "report.md", "wire.txt", "missing.txt"},
			stderr: "factcheck: missing.txt: no such file or directory\nfactcheck: -o report.md: not written, the run failed\n",
			code:   2,
		},
		{
			name:  "-o names a directory",
			files: map[string]string{"wire.txt": wireArticle, "out/keep.txt": "x"},
			// out is not an input; a directory is never replaced.
			args:   []string{"check", "-o", "out", "wire.txt"},
			stderr: "factcheck: out: not a regular file\n",
			code:   2,
		},
		{
			name:   "-o in a directory that does not exist",
			files:  map[string]string{"wire.txt": wireArticle},
			args:   []string{"check", "-o", "no/report.md", "wire.txt"},
			stderr: "factcheck: no/report.md: cannot create a file in no: no such file or directory\n",
			code:   2,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestWriteOverInput: no flag that names a file to write, -o or a profile
// (issue 14, item 7), may name an input of the run or a path inside one: a
// source file, a source directory, the draft or the rules file. The
// refusal names the flag, the file and the input, exits 2, and the input is
// left as it was.
func TestWriteOverInput(t *testing.T) {
	two := map[string]string{"wire.txt": wireArticle, "daily.txt": dailyArticle}
	for _, in := range []struct {
		name  string
		files map[string]string
		paths []string // what check reads
		out   string   // the file the flag names
		input string   // the input it is refused for
		rules string   // the "rules file" line before the refusal, if any
	}{
		{"over a source file", two, []string{"wire.txt", "daily.txt"}, "wire.txt", "wire.txt", ""},
		{"inside a source directory", map[string]string{"src/wire.txt": wireArticle, "src/daily.txt": dailyArticle}, []string{"src"}, "src/report.md", "src", ""},
		{"over the draft", two, []string{"--draft", "daily.txt", "wire.txt"}, "daily.txt", "daily.txt", ""},
		{"over the rules file", map[string]string{".factcheck.yaml": "aliases: {}\n", "wire.txt": wireArticle}, []string{"wire.txt"}, ".factcheck.yaml", ".factcheck.yaml", "factcheck: rules file: .factcheck.yaml\n"},
	} {
		for _, flag := range []string{"-o", "-cpuprofile", "-memprofile"} {
			tc := cliCase{
				name:   flag + " " + in.name,
				files:  in.files,
				args:   append([]string{"check", flag, in.out}, in.paths...),
				stderr: in.rules + "factcheck: " + flag + " " + in.out + ": refusing to write over or inside the input " + in.input + "\n",
				code:   2,
			}
			t.Run(tc.name, tc.run)
		}
	}
}

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

// TestLineEndings checks that CRLF and CR-only copies of the seed articles
// give the report the LF originals give, byte for byte.
func TestLineEndings(t *testing.T) {
	seeds := testkit.Glob(t, "../../testdata/seeds/*.txt")
	var want string
	for _, conv := range []struct {
		name string
		f    func(string) string
	}{{"LF", func(s string) string { return s }}, {"CRLF", crlf}, {"CR", cr}} {
		dir := t.TempDir()
		args := []string{"check", "--format", "json"}
		for _, p := range seeds {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			testkit.WriteFile(t, filepath.Join(dir, filepath.Base(p)), conv.f(strings.ReplaceAll(string(data), "\r\n", "\n")))
			args = append(args, filepath.Base(p))
		}
		out, stderr, code := runIn(t, dir, args)
		if code != 1 || stderr != "" {
			t.Fatalf("%s: exit %d, stderr %q", conv.name, code, stderr)
		}
		if want == "" {
			want = out
			continue
		}
		if diff := cmp.Diff(want, out); diff != "" {
			t.Errorf("%s report differs from LF (-LF +%s):\n%s", conv.name, conv.name, diff)
		}
	}
}

// TestManyFiles reads a directory of 20,000 small files. They share words
// in more documents than the event index pairs, so the run fails with the
// limit named rather than pass on documents it never compared (issue 14,
// item 2); before, it exited 0.
func TestManyFiles(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("20,000 files: skipped under -short and -race")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20000; i++ {
		data := []byte("The council of district " + strconv.Itoa(i) + " approved a budget of " + strconv.Itoa(i*7) + " dollars on Tuesday.\n")
		if err := os.WriteFile(filepath.Join(src, "f"+strconv.Itoa(100000+i)+".txt"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stdout, stderr, code := runIn(t, dir, []string{"check", "--format", "json", "src"})
	want := "factcheck: alignment limit: up to 20000 documents share one key (\"axis:accept\", \"budget\", \"council\", 2 more), more than the 1024 that are paired; findings may be missing, so the run fails: check fewer or less repetitive files at once\n"
	if code != 2 || stderr != want || stdout != "" {
		t.Errorf("exit %d, stderr %q, stdout starts %.200q; want exit 2, stderr %q and no report", code, stderr, stdout, want)
	}
}

// TestFilesRemovedDuringRun removes a directory's files while a check
// reads it. Whatever the timing, the run does not panic, exits 0, 1 or 2,
// and names each file it lost as missing.
func TestFilesRemovedDuringRun(t *testing.T) {
	lost := regexp.MustCompile(`^factcheck: src/f[0-9]+\.txt: no such file or directory$`)
	for round := 0; round < 5; round++ {
		dir := t.TempDir()
		var paths []string
		for i := 0; i < 200; i++ {
			p := filepath.Join(dir, "src", "f"+strconv.Itoa(1000+i)+".txt")
			article := wireArticle
			if i%2 == 1 {
				article = dailyArticle
			}
			testkit.WriteFile(t, p, article)
			paths = append(paths, p)
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			for i := len(paths) - 1; i >= 0; i -= 2 { // every other file, from the end
				os.Remove(paths[i])
			}
		}()
		_, stderr, code := runIn(t, dir, []string{"check", "--format", "json", "src"})
		<-done
		if code < 0 || code > 2 {
			t.Errorf("round %d: exit %d", round, code)
		}
		for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
			if l != "" && !lost.MatchString(l) {
				t.Errorf("round %d: unexpected message %q", round, l)
			}
		}
		t.Logf("round %d: exit %d, %d files reported missing", round, code, strings.Count(stderr, "\n"))
		if (stderr != "") != (code == 2) {
			t.Errorf("round %d: exit %d with stderr %q", round, code, stderr)
		}
	}
}
