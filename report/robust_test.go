package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/source"
)

// TestOddInputs renders findings no well-behaved checker produces (spans
// out of range or reversed, a side from a file not among the sources, no
// sides at all, an unknown kind, zero positions): no renderer may fail or
// panic, and JSON and SARIF stay valid JSON.
func TestOddInputs(t *testing.T) {
	raw := []byte("Первый абзац. Второй — с «кавычками».\n\nThird, in English.\n")
	d, err := source.Parse("ру/файл.txt", raw, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := len(d.Text)
	sides := []align.Side{
		{Pos: d.Pos(0), Text: "Первый абзац.", Value: "абзац", Start: 13, End: 23},
		{Pos: d.Pos(0), Text: "reversed", Value: "x", Start: 10, End: 5},
		{Pos: d.Pos(0), Text: "past the end", Value: "x", Start: n - 1, End: n + 40},
		{Pos: d.Pos(n - 1), Text: "no span", Value: "Third"},
		{Pos: source.Position{Filename: "missing.txt", Line: 4, Column: 2}, Text: "elsewhere", Value: "y", Start: 3, End: 5},
		{Text: "nowhere"},
	}
	r := &pipeline.Result{
		Sources: []*source.Document{d},
		Findings: []align.Finding{
			{ID: "a", Check: "name", Severity: align.Error, Summary: "multi\nline\tsummary", Sides: sides},
			{ID: "b", Check: "brand-new-kind", Severity: align.Severity(7), Status: "fixed"},
			{ID: "c", Check: "date", Status: align.Accepted, Sides: sides[:1]},
		},
		SingleSource: sides,
	}
	for _, format := range Formats() {
		for _, width := range []int{0, 1, 40} {
			rd, err := New(format, Options{Width: width, Color: true})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := rd.Render(&buf, r); err != nil {
				t.Errorf("%s: %v", format, err)
			}
			if !utf8.Valid(buf.Bytes()) {
				t.Errorf("%s: output is not valid UTF-8", format)
			}
			if (format == "json" || format == "sarif") && !json.Valid(buf.Bytes()) {
				t.Errorf("%s: output is not valid JSON", format)
			}
		}
	}
	page := string(render(t, "html", Options{}, r))
	if !strings.Contains(page, "<mark>абзац</mark>") {
		t.Errorf("Cyrillic value not marked:\n%s", page)
	}
}

// TestJSONContract pins the wire format's keys and their order.
func TestJSONContract(t *testing.T) {
	out := render(t, "json", goldenOptions, fixture(t))
	if !bytes.HasSuffix(out, []byte("}\n")) || bytes.HasSuffix(out, []byte("\n\n")) {
		t.Error("JSON does not end in exactly one newline")
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(out, &top); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "config", "draft", "draft_date", "draft_date_from", "sources", "findings", "stale", "unsupported", "support"} {
		if _, ok := top[k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
	if string(top["version"]) != "2" {
		t.Errorf("version = %s", top["version"])
	}
	s := string(out)
	if _, ok := top["single_source"]; ok {
		t.Error("single_source present without Options.Full")
	}
	order := []string{`"version"`, `"config"`, `"draft"`, `"draft_date"`, `"draft_date_from"`, `"sources"`, `"findings"`, `"stale"`, `"unsupported"`, `"support"`}
	last := -1
	for _, k := range order {
		i := strings.Index(s, k)
		if i <= last {
			t.Errorf("key %s out of order", k)
		}
		last = i
	}
	if !strings.Contains(s, `"published": null`) {
		t.Error("an unknown publication date is not null")
	}
	empty := string(render(t, "json", Options{}, &pipeline.Result{}))
	want := "{\n  \"version\": 2,\n  \"config\": null,\n  \"sources\": [],\n  \"findings\": [],\n  \"stale\": [],\n  \"unsupported\": [],\n  \"support\": []\n}\n"
	if empty != want {
		t.Errorf("empty result:\n%s\nwant:\n%s", empty, want)
	}
	// A draft without a date: both date keys present, null.
	undated := string(render(t, "json", Options{}, &pipeline.Result{Draft: "story.txt"}))
	want = "{\n  \"version\": 2,\n  \"config\": null,\n  \"draft\": \"story.txt\",\n  \"draft_date\": null,\n  \"draft_date_from\": null,\n" +
		"  \"sources\": [],\n  \"findings\": [],\n  \"stale\": [],\n  \"unsupported\": [],\n  \"support\": []\n}\n"
	if undated != want {
		t.Errorf("undated draft:\n%s\nwant:\n%s", undated, want)
	}
}

// TestEmptyTable: a clean run says so instead of drawing an empty table,
// and still lists stale resolutions.
func TestEmptyTable(t *testing.T) {
	r := fixture(t)
	r.Findings = nil
	out := string(render(t, "table", Options{}, r))
	want := "No findings.\n" +
		"story.txt:9:1: no source supports \"Repairs are expected to cost 2 million pounds, the council said.\" (unsupported)\n" +
		"draft: 5 claims: 1 supported, 2 contradicted, 1 partly supported, 1 unsupported (dated 2025-03-15 from the newest source)\n" +
		"factcheck.yml:9:5: resolution \"place-44aa01\" matches no finding (stale)\n" +
		"rules file: factcheck.yml\n"
	if out != want {
		t.Errorf("clean run's table = %q, want %q", out, want)
	}
}
