package provenance

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/factcheck/factcheck/source"
)

var dateLine = regexp.MustCompile(`(?m)^\s*(?:date|Date:)\s*(\d{4}-\d{2}-\d{2})`)

// load parses files; when the source package leaves Published zero it
// reads a "date 2023-03-02" or "Date:2025-04-11" line, as the ingest of
// issue 3 does.
func load(t testing.TB, paths ...string) []*source.Document {
	t.Helper()
	var docs []*source.Document
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := source.Parse(p, raw, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Meta.Published.IsZero() {
			if m := dateLine.FindSubmatch(raw); m != nil {
				d.Meta.Published, _ = time.Parse("2006-01-02", string(m[1]))
				d.Meta.DateFrom = "test date line"
			}
		}
		docs = append(docs, d)
	}
	return docs
}

func TestExploreSeeds(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	docs := load(t, paths...)
	r := Build(docs, nil)
	for _, rel := range r.Relations {
		t.Logf("%s %s %s %s->%s cov=%.2f score=%.2f\n  %s", filepath.Base(rel.A), filepath.Base(rel.B), rel.Kind, rel.From, rel.To, rel.Coverage, rel.Score, rel.Evidence)
		for _, p := range rel.Passages {
			t.Logf("    %s %s %s %d %q", p.Kind, p.A.Lines(), p.B.Lines(), p.Words, p.Text)
		}
	}
	t.Logf("origins %v", r.Origins)
	for _, a := range r.Anomalies {
		t.Logf("anomaly %s %s %q %s", a.Kind, a.Pos, a.Text, a.Detail)
	}
}

const ecbDir = "/work/shared/corpora/ecbplus"

func TestExploreECB(t *testing.T) {
	dirs, _ := filepath.Glob(ecbDir + "/*")
	if len(dirs) == 0 {
		t.Skip("no ecbplus corpus")
	}
	total := map[Kind]int{}
	pairs := 0
	for _, dir := range dirs {
		paths, _ := filepath.Glob(dir + "/*.txt")
		docs := load(t, paths...)
		pairs += len(docs) * (len(docs) - 1) / 2
		rels := Relations(docs)
		for _, r := range rels {
			total[r.Kind]++
			if r.Kind != Independent {
				longest := 0
				for _, p := range r.Passages {
					longest = max(longest, p.Words)
				}
				t.Logf("%s %s %s cov=%.2f score=%.2f %s", r.Kind, r.A[len(ecbDir)+1:], filepath.Base(r.B), r.Coverage, r.Score, r.Evidence)
			}
		}
	}
	t.Logf("pairs %d: %v", pairs, total)
}

func TestExplorePair(t *testing.T) {
	a, b := os.Getenv("PA"), os.Getenv("PB")
	if a == "" {
		t.Skip()
	}
	for _, r := range Relations(load(t, ecbDir+"/"+a, ecbDir+"/"+b)) {
		t.Logf("%s %s", r.Kind, r.Evidence)
		for _, p := range r.Passages {
			t.Logf("  %s %s %s %d %q", p.Kind, p.A.Lines(), p.B.Lines(), p.Words, p.Text)
		}
	}
}
