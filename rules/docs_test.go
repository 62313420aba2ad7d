package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/align"
)

// The documentation's examples parse, and it lists the messages the
// malformed table expects, so the two cannot drift apart.
func TestDocs(t *testing.T) {
	path := filepath.Join("..", "docs", "rules.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(doc, -1)
	if len(blocks) < 6 {
		t.Fatalf("found %d yaml examples in %s, want one per key", len(blocks), path)
	}
	for _, b := range blocks {
		if strings.Contains(b[1], "runs-on:") {
			continue // the CI workflow, not a rules file
		}
		if _, err := Parse(FileName, []byte(b[1])); err != nil {
			t.Errorf("example in %s does not parse:\n%s\n%v", path, b[1], err)
		}
	}
	for _, tc := range malformed {
		msg := strings.Replace(tc.want, "rules.yml:", FileName+":", 1)
		if strings.HasPrefix(msg, FileName+":1:1: rules file must be a mapping") {
			continue // the doc quotes a shorter scalar
		}
		if tc.name == "alias wrong type" || tc.name == "invalid source glob" || tc.name == "bad published date" || tc.name == "blank reason" || tc.name == "not YAML tabs" || tc.name == "wrong type scalar" {
			continue // variants of messages the doc already shows
		}
		if !strings.Contains(doc, msg) {
			t.Errorf("%s does not show the error %q", path, msg)
		}
	}
}

// Every check align runs can be tuned under "severity", and the
// documentation names each: the list is derived, never kept by hand.
func TestSeverityKeysAreTheChecks(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "rules.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range align.Checks() {
		r, err := Parse(FileName, []byte("severity:\n  "+c.Name+": info\n"))
		if err != nil {
			t.Errorf("severity key %q: %v", c.Name, err)
			continue
		}
		if got := r.Severity[c.Name]; got != align.Info {
			t.Errorf("severity key %q: got %v, want info", c.Name, got)
		}
		if !strings.Contains(string(doc), "`"+c.Name+"`") {
			t.Errorf("docs/rules.md does not name the check %q", c.Name)
		}
	}
	if _, err := Parse(FileName, []byte("severity:\n  nmae: info\n")); err == nil {
		t.Error(`severity key "nmae" parsed; want an unknown check kind error`)
	}
}
