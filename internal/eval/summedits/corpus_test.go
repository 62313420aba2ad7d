package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// corpus is the development corpus relative to this package's directory.
const corpus = "../../../../shared/corpora/summedits-news"

func needCorpus(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("skipped: no corpus at %s", corpus)
	}
}

// TestCorpusGold checks the corpus against what the score assumes: every
// gold.yaml parses, labels agree with INDEX.tsv, and each change's column
// (in characters) is where its edited words stand in b.
func TestCorpusGold(t *testing.T) {
	needCorpus(t)
	ps, err := LoadPairs(corpus)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 427 {
		t.Errorf("LoadPairs: %d pairs, want 427", len(ps))
	}
	index := readIndex(t)
	for _, p := range ps {
		if got := index[p.Folder]; got != p.Gold.Label {
			t.Errorf("%s: gold label %q, INDEX.tsv %q", p.Folder, p.Gold.Label, got)
		}
		if strings.Contains(p.Summary, "\n") {
			t.Errorf("%s: b has more than one line", p.Folder)
		}
		b := []rune(p.Summary)
		for _, c := range p.Gold.Changes {
			if c.Edited == "" {
				continue // a deletion: nothing stands at its column
			}
			start := c.At.Column - 1
			if end := start + len([]rune(c.Edited)); c.At.Line != 1 || end > len(b) || string(b[start:end]) != c.Edited {
				t.Errorf("%s: %s is not %q", p.Folder, c.At, c.Edited)
			}
		}
	}
}

func readIndex(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(corpus, "INDEX.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	labels := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fs := strings.Split(sc.Text(), "\t"); !strings.HasPrefix(sc.Text(), "#") && len(fs) >= 2 {
			labels[fs[0]] = fs[1]
		}
	}
	return labels
}

// TestRunCorpus builds factcheck and scores three pairs end to end.
func TestRunCorpus(t *testing.T) {
	needCorpus(t)
	if testing.Short() {
		t.Skip("skipped in -short: builds factcheck")
	}
	bin := filepath.Join(t.TempDir(), "factcheck")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/factcheck/factcheck/cmd/factcheck").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	js := filepath.Join(t.TempDir(), "results.json")
	var stdout, stderr bytes.Buffer
	code := run([]string{"-bin", bin, "-corpus", corpus, "-only", "_63f9455b8d931ba6e664fb84_1", "-every", "1", "-json", js}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("run exit %d\nstdout:\n%s\nstderr:\n%s", code, &stdout, &stderr)
	}
	for _, want := range []string{"balanced accuracy", "draft  error", "plain  warning+", "recall by edit type"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, &stdout)
		}
	}
	data, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	var rs []Result
	if err := json.Unmarshal(data, &rs); err != nil {
		t.Fatal(err)
	}
	// _1 and _10 … _19: eleven folders, two modes, draft first, sorted.
	if len(rs) != 22 || rs[0].Mode != Draft || rs[0].Folder != "002_63f9455b8d931ba6e664fb84_1" || rs[21].Mode != Plain {
		t.Errorf("results: %d, first %s %s, last %s", len(rs), rs[0].Mode, rs[0].Folder, rs[len(rs)-1].Mode)
	}
}

func TestRunFlags(t *testing.T) {
	tests := [][]string{
		{"-corpus", "x"},                             // no -bin
		{"-bin", "x", "-mode", "both2"},              // bad mode
		{"-bin", "x", "-every", "4", "-offset", "4"}, // offset out of range
		{"-bin", os.Args[0], "-corpus", filepath.Join(os.TempDir(), "no-such-corpus")},
		{"-bin", "no-such-factcheck", "-corpus", corpus},
	}
	for _, args := range tests {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("run(%q) = %d, want 2; stderr %s", args, code, &errb)
		}
	}
}
