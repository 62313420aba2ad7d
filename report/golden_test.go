package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/report")

// goldenOptions are the options every golden file is rendered with.
var goldenOptions = Options{
	Width: 100,
	Title: "Marlow bridge closure: draft check",
	Date:  time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC),
}

// golden compares got with testdata/report/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", "report", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

func render(t *testing.T, format string, opt Options, r *Result) []byte {
	t.Helper()
	rd, err := New(format, opt)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rd.Render(&buf, r); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.Bytes()
}

var goldenFiles = map[string]string{
	"table":    "table.golden",
	"text":     "text.golden",
	"markdown": "markdown.golden",
	"json":     "json.golden",
	"sarif":    "sarif.golden",
	"github":   "github.golden",
	"html":     "html.golden",
}

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			r := fixture(t)
			got := render(t, format, goldenOptions, r)
			golden(t, goldenFiles[format], got)
			// Byte-identical on a second run, and the input is untouched.
			again := render(t, format, goldenOptions, r)
			if !bytes.Equal(got, again) {
				t.Errorf("%s: second run differs", format)
			}
		})
	}
}

func TestGoldenColor(t *testing.T) {
	opt := goldenOptions
	opt.Color = true
	golden(t, "table-color.golden", render(t, "table", opt, fixture(t)))
}

func TestNewUnknown(t *testing.T) {
	if _, err := New("pdf", Options{}); err == nil {
		t.Fatal(`New("pdf") succeeded`)
	}
}

func TestEmpty(t *testing.T) {
	for _, format := range Formats() {
		got := render(t, format, Options{}, &Result{})
		if format != "github" && format != "text" && len(got) == 0 {
			t.Errorf("%s: empty result printed nothing", format)
		}
	}
}

// TestGoldenNarrow renders the table for an 72-column terminal, where the
// compact layout stacks kind, severity and status in one column.
func TestGoldenNarrow(t *testing.T) {
	opt := goldenOptions
	opt.Width = 72
	golden(t, "table-narrow.golden", render(t, "table", opt, fixture(t)))
}
