package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Labels of gold.yaml's human_label.
const (
	Consistent   = "consistent"
	Inconsistent = "inconsistent"
)

// Summary is the file name of the summary (b) in every folder and in the
// temporary directory factcheck runs in; sides are matched by base name.
const Summary = "b_summary.txt"

// Gold is one folder's gold.yaml: the fields the score reads.
type Gold struct {
	InstanceID string   `yaml:"instance_id"`
	Article    string   `yaml:"seed_document"`
	Label      string   `yaml:"human_label"`
	EditTypes  []string `yaml:"edit_types"`
	ChangeKind string   `yaml:"change_kind"`
	Original   string   `yaml:"original_summary"`
	Changes    []Change `yaml:"changes"`
}

// Change is one edited span of the word diff from the seed summary to b.
type Change struct {
	Op       string `yaml:"op"`
	Original string `yaml:"original"`
	Edited   string `yaml:"edited"`
	At       At     `yaml:"at"`
}

// At is a position in b: Line and Column are 1-based, Column counts
// characters (runes), as in factcheck's claims.
type At struct{ Line, Column int }

func (a At) String() string { return fmt.Sprintf("%s:%d:%d", Summary, a.Line, a.Column) }

var atRE = regexp.MustCompile(`^` + regexp.QuoteMeta(Summary) + `:(\d+):(\d+)$`)

// UnmarshalYAML reads "b_summary.txt:LINE:COLUMN".
func (a *At) UnmarshalYAML(n *yaml.Node) error {
	m := atRE.FindStringSubmatch(n.Value)
	if n.Kind != yaml.ScalarNode || m == nil {
		return fmt.Errorf("%d:%d: at %q: want %s:LINE:COLUMN", n.Line, n.Column, n.Value, Summary)
	}
	a.Line, _ = strconv.Atoi(m[1])
	a.Column, _ = strconv.Atoi(m[2])
	if a.Line < 1 || a.Column < 1 {
		return fmt.Errorf("%d:%d: at %q: line and column are 1-based", n.Line, n.Column, n.Value)
	}
	return nil
}

// ParseGold decodes a gold.yaml; name prefixes every error.
func ParseGold(name string, data []byte) (*Gold, error) {
	var g Gold
	if err := yaml.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s:%v", name, err)
	}
	if g.Label != Consistent && g.Label != Inconsistent {
		return nil, fmt.Errorf("%s: human_label %q: want %q or %q", name, g.Label, Consistent, Inconsistent)
	}
	if g.Article == "" {
		return nil, fmt.Errorf("%s: no seed_document", name)
	}
	return &g, nil
}

// Pair is one corpus folder.
type Pair struct {
	Folder  string // base name, e.g. 001_63f9455b8d931ba6e664fb84_0
	Dir     string // path to the folder
	Summary string // b's text, without the final newline
	Gold    *Gold
}

// LoadPairs reads every folder of corpus in sorted order (os.ReadDir sorts
// by name). It reports every unreadable folder at once.
func LoadPairs(corpus string) ([]Pair, error) {
	ents, err := os.ReadDir(corpus)
	if err != nil {
		return nil, err
	}
	var ps []Pair
	var errs []error
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		p, err := loadPair(filepath.Join(corpus, e.Name()))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ps = append(ps, p)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return ps, nil
}

func loadPair(dir string) (Pair, error) {
	name := filepath.Join(dir, "gold.yaml")
	data, err := os.ReadFile(name)
	if err != nil {
		return Pair{}, err
	}
	g, err := ParseGold(name, data)
	if err != nil {
		return Pair{}, err
	}
	b, err := os.ReadFile(filepath.Join(dir, Summary))
	if err != nil {
		return Pair{}, err
	}
	if _, err := os.Stat(filepath.Join(dir, "a_article.txt")); err != nil {
		return Pair{}, err
	}
	return Pair{Folder: filepath.Base(dir), Dir: dir, Summary: strings.TrimRight(string(b), "\r\n"), Gold: g}, nil
}
