// The acceptance test of issue 13: drafts with planted errors of every
// kind and faithful paraphrases, against an invented story and against
// ECB+ articles read in place (skipped when the corpus is absent). Every
// planted error must be found at error severity on its line, and no
// paraphrase line may draw an error or a warning. Its table:
//
//	go test -run Planted -v ./cmd/factcheck/
//
// Cases the checker does not pass yet wait in testdata/drafts/pending;
// run them with
//
//	go test -run Planted -v ./cmd/factcheck/ -args -pending

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"

	"golang.org/x/tools/txtar"

	"github.com/factcheck/factcheck/internal/testkit"
)

var pending = flag.Bool("pending", false, "also run testdata/drafts/pending: planted-error cases the checker does not pass yet")

// TestPlanted runs each testdata/drafts/*.txtar: an editor's draft with
// errors planted in it, one per line, and faithful paraphrases, one per line.
// The draft is checked against its sources with --format json, and every
// planted line must draw an error-severity finding of the expected kind with
// a side in the draft on that line, and no paraphrase line may draw any
// finding at error or warning with a side on it.
//
// An archive's sources are its other files, or, when it has a "corpus"
// section, files read in place from a folder outside the repository (so that
// no corpus text is copied into testdata); the case is skipped when that
// folder is absent.
//
// Sections: "draft.txt" (the draft); "planted", one "LINE KIND note" a line,
// KIND being the check expected (number, date, place, entity, polarity);
// "paraphrase", one "LINE note" a line; optional "corpus", the folder
// relative to the repository root on its first line and the file-name
// prefixes of the sources, space separated, on its second.
func TestPlanted(t *testing.T) {
	files := testkit.Glob(t, "../../testdata/drafts/*.txtar")
	if *pending {
		more, _ := filepath.Glob("../../testdata/drafts/pending/*.txtar")
		files = append(files, more...)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			c := loadPlanted(t, file)
			rep := checkPlanted(t, c)
			rows, failures := assessPlanted(c, rep)
			table := plantedTable(rows)
			t.Logf("%s: draft lines against %d sources:\n%s", filepath.Base(file), len(c.sources), table)
			for _, f := range failures {
				t.Error(f)
			}
			if len(failures) > 0 {
				t.Logf("%d of %d listed lines failed; table above", len(failures), len(c.planted)+len(c.paraphrase))
			}
		})
	}
}

// plantedCase is one archive, its files written to dir.
type plantedCase struct {
	dir        string
	draft      string   // the draft's path, relative to dir
	lines      []string // the draft's lines; lines[0] is line 1
	sources    []string // paths relative to dir, or absolute for a corpus
	planted    []plantedLine
	paraphrase []plantedLine
}

// plantedLine is one line of a "planted" (Kind set) or "paraphrase" section.
type plantedLine struct {
	Line int
	Kind string
	Note string
}

// plantedReport is the part of the JSON report (report/json.go) the test reads.
type plantedReport struct {
	Draft    string `json:"draft"`
	Findings []struct {
		ID       string         `json:"id"`
		Kind     string         `json:"kind"`
		Severity string         `json:"severity"`
		Summary  string         `json:"summary"`
		Claims   []plantedClaim `json:"claims"`
	} `json:"findings"`
	Unsupported []plantedClaim `json:"unsupported"`
}

type plantedClaim struct {
	Path   string `json:"path"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
}

func loadPlanted(t *testing.T, file string) *plantedCase {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c := &plantedCase{dir: t.TempDir(), draft: "draft.txt"}
	var corpus string
	haveDraft := false
	for _, f := range ar.Files {
		switch f.Name {
		case "planted":
			c.planted = parsePlantedLines(t, file, f.Name, f.Data, true)
			continue
		case "paraphrase":
			c.paraphrase = parsePlantedLines(t, file, f.Name, f.Data, false)
			continue
		case "corpus":
			corpus = string(f.Data)
			continue
		case c.draft:
			haveDraft = true
			c.lines = strings.Split(string(f.Data), "\n")
		default:
			c.sources = append(c.sources, f.Name)
		}
		testkit.WriteFile(t, filepath.Join(c.dir, f.Name), f.Data)
	}
	if !haveDraft {
		t.Fatalf("%s: no %s section", file, c.draft)
	}
	if corpus != "" {
		if len(c.sources) > 0 {
			t.Fatalf("%s: both a corpus section and source files %v", file, c.sources)
		}
		c.sources = corpusSources(t, file, corpus)
	}
	if len(c.sources) == 0 {
		t.Fatalf("%s: no sources", file)
	}
	if len(c.planted) == 0 {
		t.Fatalf("%s: no planted lines", file)
	}
	// The lists must name real, distinct lines of the draft, or a typo
	// would pass as a line with nothing on it.
	seen := map[int]string{}
	for _, pl := range slices.Concat(c.planted, c.paraphrase) {
		if pl.Line > len(c.lines) || strings.TrimSpace(c.lines[pl.Line-1]) == "" {
			t.Fatalf("%s: line %d of %s is blank or past its end", file, pl.Line, c.draft)
		}
		if prev, dup := seen[pl.Line]; dup {
			t.Fatalf("%s: draft line %d listed twice (%s, %s)", file, pl.Line, prev, pl.Note)
		}
		seen[pl.Line] = pl.Note
	}
	return c
}

// parsePlantedLines reads "LINE KIND note" lines (withKind) or "LINE note"
// lines; blank lines and lines starting with # are skipped.
func parsePlantedLines(t *testing.T, file, section string, data []byte, withKind bool) []plantedLine {
	t.Helper()
	var out []plantedLine
	for i, s := range strings.Split(string(data), "\n") {
		s = strings.TrimSpace(s)
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		num, rest, _ := strings.Cut(s, " ")
		n, err := strconv.Atoi(num)
		if err != nil || n < 1 {
			t.Fatalf("%s: section %s, line %d: want a draft line number first, got %q", file, section, i+1, s)
		}
		pl := plantedLine{Line: n, Note: strings.TrimSpace(rest)}
		if withKind {
			kind, note, _ := strings.Cut(pl.Note, " ")
			switch kind {
			case "number", "date", "place", "entity", "polarity":
			default:
				t.Fatalf("%s: section %s, line %d: unknown kind %q (want number, date, place, entity or polarity)", file, section, i+1, kind)
			}
			pl.Kind, pl.Note = kind, strings.TrimSpace(note)
		}
		out = append(out, pl)
	}
	return out
}

// corpusSources returns the absolute paths of the files in the corpus folder
// whose names start with one of the listed prefixes; it skips the test when
// the folder is absent.
func corpusSources(t *testing.T, file, section string) []string {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(section), "\n")
	if len(lines) != 2 {
		t.Fatalf("%s: corpus section: want a folder line and a prefixes line, got %d lines", file, len(lines))
	}
	dir, err := filepath.Abs(filepath.Join("../..", strings.TrimSpace(lines[0])))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("corpus folder %s is absent here (%v); this case reads it in place", dir, err)
	}
	var out []string
	for _, prefix := range strings.Fields(lines[1]) {
		n := 0
		for _, e := range entries {
			if e.Type().IsRegular() && strings.HasPrefix(e.Name(), prefix) {
				out = append(out, filepath.Join(dir, e.Name()))
				n++
			}
		}
		if n == 0 {
			t.Fatalf("%s: no file in %s starts with %q", file, dir, prefix)
		}
	}
	return out
}

// checkPlanted runs the command in process and decodes its JSON report.
func checkPlanted(t *testing.T, c *plantedCase) *plantedReport {
	t.Helper()
	args := append([]string{"check", "--format", "json", "--draft", c.draft}, c.sources...)
	stdout, stderr, code := runIn(t, c.dir, args)
	if code != 0 && code != 1 {
		t.Fatalf("factcheck %s: exit %d\nstderr:\n%s", strings.Join(args, " "), code, stderr)
	}
	var rep plantedReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("factcheck %s: decoding the JSON report: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), err, stdout, stderr)
	}
	if rep.Draft == "" {
		rep.Draft = c.draft
	}
	return &rep
}

// plantedRow is one draft line of the result table.
type plantedRow struct {
	line   int
	expect string // a kind, "paraphrase", or "-" for a line not listed
	result string // ok, MISSED, KIND, FLAGGED, or "-" for a line not listed
	found  []string
	text   string
}

// assessPlanted compares the findings on each draft line with the lists and
// returns one row per listed line and per other line with a finding, in line
// order, and a message per failed line.
func assessPlanted(c *plantedCase, rep *plantedReport) (rows []plantedRow, failures []string) {
	type hit struct{ kind, severity string }
	hits := map[int][]hit{}
	var found = map[int][]string{}
	for _, f := range rep.Findings {
		for _, l := range draftLines(rep.Draft, f.Claims) {
			hits[l] = append(hits[l], hit{f.Kind, f.Severity})
			found[l] = append(found[l], f.Kind+"/"+f.Severity)
		}
	}
	for _, l := range draftLines(rep.Draft, rep.Unsupported) {
		found[l] = append(found[l], "unsupported")
	}
	listed := map[int]bool{}
	text := func(l int) string {
		if l >= 1 && l <= len(c.lines) {
			return strings.TrimSpace(c.lines[l-1])
		}
		return ""
	}
	for _, pl := range c.planted {
		listed[pl.Line] = true
		row := plantedRow{line: pl.Line, expect: pl.Kind, found: found[pl.Line], text: text(pl.Line)}
		var errorKinds []string
		for _, h := range hits[pl.Line] {
			if h.severity == "error" {
				errorKinds = append(errorKinds, h.kind)
			}
		}
		switch {
		case slices.Contains(errorKinds, pl.Kind):
			row.result = "ok"
		case len(errorKinds) > 0:
			row.result = "KIND"
			failures = append(failures, fmt.Sprintf("draft line %d (%s): want kind %s at error, got %s at error: %q",
				pl.Line, pl.Note, pl.Kind, strings.Join(errorKinds, ", "), row.text))
		default:
			row.result = "MISSED"
			got := "nothing"
			if len(row.found) > 0 {
				got = strings.Join(row.found, ", ")
			}
			failures = append(failures, fmt.Sprintf("draft line %d (%s): want kind %s at error, got %s: %q",
				pl.Line, pl.Note, pl.Kind, got, row.text))
		}
		rows = append(rows, row)
	}
	for _, pl := range c.paraphrase {
		listed[pl.Line] = true
		row := plantedRow{line: pl.Line, expect: "paraphrase", result: "ok", found: found[pl.Line], text: text(pl.Line)}
		var bad []string
		for _, h := range hits[pl.Line] {
			if h.severity == "error" || h.severity == "warning" {
				bad = append(bad, h.kind+"/"+h.severity)
			}
		}
		if len(bad) > 0 {
			row.result = "FLAGGED"
			failures = append(failures, fmt.Sprintf("draft line %d (paraphrase: %s): want no error or warning, got %s: %q",
				pl.Line, pl.Note, strings.Join(bad, ", "), row.text))
		}
		rows = append(rows, row)
	}
	for l, fs := range found {
		if !listed[l] {
			rows = append(rows, plantedRow{line: l, expect: "-", result: "-", found: fs, text: text(l)})
		}
	}
	slices.SortFunc(rows, func(a, b plantedRow) int { return a.line - b.line })
	return rows, failures
}

// draftLines returns the distinct draft lines among the claims' positions.
func draftLines(draft string, claims []plantedClaim) []int {
	var out []int
	for _, cl := range claims {
		if filepath.Clean(cl.Path) == filepath.Clean(draft) && !slices.Contains(out, cl.Line) {
			out = append(out, cl.Line)
		}
	}
	return out
}

func plantedTable(rows []plantedRow) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "LINE\tEXPECT\tRESULT\tFOUND ON THE LINE\tDRAFT")
	for _, r := range rows {
		found := "-"
		if len(r.found) > 0 {
			found = strings.Join(r.found, ", ")
		}
		text := r.text
		if n := 70; len([]rune(text)) > n {
			text = string([]rune(text)[:n-1]) + "…"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", r.line, r.expect, r.result, found, text)
	}
	w.Flush()
	return b.String()
}
