package report

import (
	"bytes"
	"flag"
	"path/filepath"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/testkit"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/provenance"
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
	testkit.Golden(t, filepath.Join("..", "testdata", "report", name), got, *update)
}

func render(t *testing.T, format string, opt Options, r *pipeline.Result) []byte {
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
		got := render(t, format, Options{}, &pipeline.Result{})
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

// withProvenance is the fixture with a provenance report built by hand (so
// that the goldens follow the renderers, not the provenance package's
// thresholds): the herald copies the wire by its credit, the gazette and
// the herald share a paraphrase of unknown direction, and one anomaly.
func withProvenance(t *testing.T) *pipeline.Result {
	r := fixture(t)
	span := func(path string, line int) provenance.Span {
		return provenance.Span{Path: path, StartLine: line, StartCol: 1, EndLine: line + 1, EndCol: 40}
	}
	r.Provenance = &provenance.Report{
		Relations: []provenance.Relation{
			{A: "sources/gazette.txt", B: "sources/herald.txt", Kind: provenance.Paraphrase, Evidence: "4 of 6 sentences aligned in order", Coverage: 0.1, Score: 0.67,
				Passages: []provenance.Passage{{Kind: provenance.Reworded, A: span("sources/gazette.txt", 3), B: span("sources/herald.txt", 3), Text: "the bridge was closed", Words: 9}}},
			{A: "sources/gazette.txt", B: "sources/wire.txt", Kind: provenance.Independent, Evidence: "few shared words", Coverage: 0.02, Score: 0.1},
			{A: "sources/herald.txt", B: "sources/wire.txt", Kind: provenance.Copy, From: "sources/wire.txt", To: "sources/herald.txt", Basis: provenance.ByCredit,
				Evidence: "the herald credits the wire", Coverage: 0.82, Score: 0.9,
				Passages: []provenance.Passage{{Kind: provenance.Verbatim, A: span("sources/herald.txt", 3), B: span("sources/wire.txt", 3), Text: "inspectors found a crack", Words: 31}}},
		},
		Origins:   [][]string{{"sources/gazette.txt", "sources/herald.txt", "sources/wire.txt"}, {"story.txt"}},
		Anomalies: []provenance.Anomaly{{Kind: provenance.AnomalyInjected, Pos: r.Sources[1].Pos(0), Text: "bridgeX", Detail: "fused token in a passage copied from sources/wire.txt:3"}},
	}
	return r
}

// TestGoldenProvenance renders the provenance the two ways Markdown and
// HTML show it: summarised with the tables collapsed (the default) and
// whole (--provenance full).
func TestGoldenProvenance(t *testing.T) {
	full := goldenOptions
	full.ProvenanceFull = true
	for _, c := range []struct {
		format, file string
		opt          Options
	}{
		{"markdown", "markdown-provenance.golden", goldenOptions},
		{"markdown", "markdown-provenance-full.golden", full},
		{"html", "html-provenance.golden", goldenOptions},
		{"html", "html-provenance-full.golden", full},
	} {
		t.Run(c.file, func(t *testing.T) {
			golden(t, c.file, render(t, c.format, c.opt, withProvenance(t)))
		})
	}
}

// TestProvenanceOptionOnlyMarkdownHTML checks --provenance full changes no
// other format's bytes.
func TestProvenanceOptionOnlyMarkdownHTML(t *testing.T) {
	full := goldenOptions
	full.ProvenanceFull = true
	for _, format := range Formats() {
		if format == "markdown" || format == "html" {
			continue
		}
		r := withProvenance(t)
		if a, b := render(t, format, goldenOptions, r), render(t, format, full, r); !bytes.Equal(a, b) {
			t.Errorf("%s: --provenance full changed the output", format)
		}
	}
}
