package source

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/testkit"
)

// write writes data to dir/name and returns the file's path.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	testkit.WriteFile(t, p, data)
	return p
}

// errorMessages returns the messages of Load's error, one per input.
func errorMessages(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("Load error %T is not Errors: %v", err, err)
	}
	var ms []string
	for _, e := range es {
		ms = append(ms, e.Error())
	}
	return ms
}

func TestBadInputs(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string // "" when the file is read
	}{
		{"empty.txt", "", "empty.txt: empty file"},
		{"blank.txt", " \n\t\r\n  \n", "blank.txt: no text (only white space)"},
		{"image.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt: binary file (PNG image), not text"},
		{"archive.txt", "\x1f\x8b\x08\x00\x00\x00\x00\x00", "archive.txt: binary file (gzip data), not text"},
		{"nul.txt", "text then\x00 a NUL byte", "nul.txt: binary file (NUL byte at line 1, column 10), not text"},
		{"bad.txt", "Café opens.\nabcd\xff more text.\n", "bad.txt: not valid UTF-8 (first bad byte at line 2, column 5)"},
		{"latin1.txt", "The caf\xe9 opened on Monday.\n", "latin1.txt: not valid UTF-8 (first bad byte at line 1, column 8); it looks like Latin-1 or Windows-1252: convert it to UTF-8"},
		{"utf16.txt", "\xff\xfeH\x00i\x00", "utf16.txt: UTF-16 text (byte order mark); convert it to UTF-8"},
		{"utf16be.txt", "\xfe\xff\x00H\x00i", "utf16be.txt: UTF-16 text (byte order mark); convert it to UTF-8"},
		{"script.html", "<html><head><script>var a = 1;</script></head><body></body></html>", "script.html: no article text found (read as html)"},
		{"notmap.yaml", "- just\n- a list\n", "notmap.yaml: YAML is not a record (a mapping of keys to values)"},
		{"broken.yaml", "title: \"open\nexcerpt: x\n", "broken.yaml: invalid YAML: line 3: found unexpected end of stream"},
		{"bom.txt", "\xef\xbb\xbfThe bridge opened on Monday.\n", ""},
		{"crlf.txt", "Bridge opens\r\n\r\nThe bridge opened on Monday. It cost\r\nmore than planned.\r\n", ""},
		{"cr.txt", "Bridge opens\r\rThe bridge opened on Monday. It cost\rmore than planned.\r", ""},
	}
	dir := t.TempDir()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := write(t, dir, tc.name, []byte(tc.data))
			docs, err := Load([]string{p}, Options{})
			var want []string
			if tc.want != "" {
				want = []string{filepath.Join(dir, tc.want)}
			}
			if diff := cmp.Diff(want, errorMessages(t, err)); diff != "" {
				t.Errorf("Load(%s) errors mismatch (-want +got):\n%s", tc.name, diff)
			}
			if tc.want != "" {
				if len(docs) != 0 {
					t.Errorf("Load(%s) returned %d documents, want none", tc.name, len(docs))
				}
				return
			}
			if len(docs) != 1 {
				t.Fatalf("Load(%s) returned %d documents", tc.name, len(docs))
			}
			d := docs[0]
			checkDoc(t, d)
			if strings.Contains(d.Text, "\r") || strings.HasPrefix(d.Text, utf8BOM) {
				t.Errorf("Text keeps a CR or the BOM: %q", d.Text)
			}
			first := d.Sentences[0]
			for _, s := range d.Sentences {
				if s.Kind == KindBody {
					first = s
					break
				}
			}
			if first.Text != "The bridge opened on Monday." || first.Pos.Column != 1 {
				t.Errorf("first body sentence %q at %v", first.Text, first.Pos)
			}
		})
	}
}

func TestCRLFPositions(t *testing.T) {
	in := "Bridge opens\r\n\r\nThe bridge opened on Monday. It cost\r\nmore than planned.\r\n"
	d, err := Parse("crlf.txt", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sentences {
		got = append(got, s.Pos.String()+" "+s.Text)
	}
	want := []string{
		"crlf.txt:1:1 Bridge opens",
		"crlf.txt:3:1 The bridge opened on Monday.",
		"crlf.txt:3:30 It cost\nmore than planned.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CRLF positions mismatch (-want +got):\n%s", diff)
	}
}

func TestMissingAndTooLarge(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", []byte("The bridge opened on Monday after years of work.\n"))
	big := write(t, dir, "big.txt", []byte(strings.Repeat("Words and more words. ", 10)))
	missing := filepath.Join(dir, "missing.txt")
	docs, err := Load([]string{missing, good, big}, Options{MaxBytes: 100})
	want := []string{
		missing + ": no such file or directory",
		big + ": file is 220 bytes, larger than the limit of 100 bytes (raise it with --max-bytes)",
	}
	if diff := cmp.Diff(want, errorMessages(t, err)); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s", diff)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(err, fs.ErrNotExist) = false for %v", err)
	}
	if len(docs) != 1 || docs[0].Path != good {
		t.Errorf("Load returned %d documents, want only %s", len(docs), good)
	}
	if _, err := Parse("x.txt", []byte("0123456789 words."), Options{MaxBytes: 10}); err == nil || err.Error() != "x.txt: file is 17 bytes, larger than the limit of 10 bytes (raise it with --max-bytes)" {
		t.Errorf("Parse over the limit: %v", err)
	}
}

func TestUnreadable(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "secret.txt", []byte("The bridge opened on Monday.\n"))
	locked := filepath.Join(dir, "locked")
	write(t, locked, "inner.txt", []byte("The bridge opened on Monday.\n"))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("running with permission to read a mode 000 file (root)")
	}
	_, err := Load([]string{dir}, Options{})
	want := []string{locked + ": permission denied", p + ": permission denied"}
	if diff := cmp.Diff(want, errorMessages(t, err)); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s", diff)
	}
}

func TestDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	article := "The council approved the budget on Tuesday after a long debate.\n"
	write(t, dir, "b.txt", []byte(article))
	write(t, dir, "a.md", []byte(article))
	write(t, dir, "sub/c.html", []byte("<p>"+article+"</p>"))
	write(t, dir, "sub/README", []byte(article))
	write(t, dir, "notes.yaml", []byte("title: Not read in a walk\n"))
	write(t, dir, "data.json", []byte(`{"title": "no"}`))
	write(t, dir, ".hidden.txt", []byte(article))
	write(t, dir, ".git/x.txt", []byte(article))
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "self"), filepath.Join(dir, "self")); err != nil {
		t.Fatal(err)
	}
	docs, err := Load([]string{dir}, Options{})
	var got []string
	for _, d := range docs {
		got = append(got, strings.TrimPrefix(d.Path, dir+"/")+" "+string(d.Format))
	}
	want := []string{"a.md markdown", "b.txt text", "sub/README text", "sub/c.html html"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("walk mismatch (-want +got):\n%s", diff)
	}
	real, _ := filepath.EvalSymlinks(dir)
	wantErr := []string{
		filepath.Join(dir, "self") + ": symbolic link loop",
		filepath.Join(dir, "sub", "loop") + ": symbolic link loop (leads back to " + real + ")",
	}
	if diff := cmp.Diff(wantErr, errorMessages(t, err)); diff != "" {
		t.Errorf("walk errors mismatch (-want +got):\n%s", diff)
	}
	// A YAML file named explicitly is read.
	docs, err = Load([]string{filepath.Join(dir, "notes.yaml")}, Options{})
	if err != nil || len(docs) != 1 || docs[0].Format != FormatYAML {
		t.Errorf("explicit YAML: %v, %d documents", err, len(docs))
	}
}

func TestStdin(t *testing.T) {
	f := write(t, t.TempDir(), "in.txt", []byte("The bridge opened on Monday. Traffic moved at once.\n"))
	in, err := os.Open(f)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	old := os.Stdin
	os.Stdin = in
	defer func() { os.Stdin = old }()
	docs, err := Load([]string{"-"}, Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Load(-): %v, %d documents", err, len(docs))
	}
	if s := docs[0].Sentences[1]; s.Pos.String() != "-:1:30" || s.Text != "Traffic moved at once." {
		t.Errorf("stdin sentence %q at %v", s.Text, s.Pos)
	}
}

func TestIgnoreRules(t *testing.T) {
	d, err := Parse("a.txt", []byte("The bridge opened on Monday. Follow our live coverage here.\n"), Options{Ignore: ignoreRe(`(?i)live coverage`)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sentences {
		got = append(got, string(s.Kind)+"/"+s.Why+": "+s.Text)
	}
	want := []string{"body/: The bridge opened on Monday.", "furniture/ignored by rules: Follow our live coverage here."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ignore mismatch (-want +got):\n%s", diff)
	}
}

func ignoreRe(exprs ...string) []*regexp.Regexp {
	var rs []*regexp.Regexp
	for _, e := range exprs {
		rs = append(rs, regexp.MustCompile(e))
	}
	return rs
}

// TestRepeatedAcrossSources: a line without sentence punctuation that
// reads as body in one page becomes furniture when another page of the
// same Load carries it too; sentences shared by copied articles stay body.
func TestRepeatedAcrossSources(t *testing.T) {
	dir := t.TempDir()
	page := func(lead string) []byte {
		return []byte("Dam opens gates after heavy rain\n\n" + lead + "\n\n" +
			"the valley desk brings you dam and river stories every day\n\n" +
			"Engineers said the dam held and the river would fall by Friday.\n")
	}
	a := write(t, dir, "a.txt", page("Engineers opened the dam gates on Monday as the river rose after heavy rain in the valley."))
	b := write(t, dir, "b.txt", page("The dam gates were opened on Monday because the river rose after days of heavy rain."))
	for _, c := range []struct {
		name  string
		paths []string
		want  []string // "file kind why: first 20 bytes", a sentence each
	}{
		{"one page", []string{a}, []string{
			"a.txt headline title-like line above the article that shares its topic: Dam opens gates afte",
			"a.txt body : Engineers opened the",
			"a.txt body : the valley desk brin",
			"a.txt body : Engineers said the d",
		}},
		{"two pages", []string{a, b}, []string{
			"a.txt headline title-like line above the article that shares its topic: Dam opens gates afte",
			"a.txt body : Engineers opened the",
			"a.txt furniture repeated across sources: the valley desk brin",
			"a.txt body : Engineers said the d",
			"b.txt headline title-like line above the article that shares its topic: Dam opens gates afte",
			"b.txt body : The dam gates were o",
			"b.txt furniture repeated across sources: the valley desk brin",
			"b.txt body : Engineers said the d",
		}},
	} {
		docs, err := Load(c.paths, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range docs {
			for _, s := range d.Sentences {
				got = append(got, filepath.Base(d.Path)+" "+string(s.Kind)+" "+s.Why+": "+s.Text[:20])
			}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}
