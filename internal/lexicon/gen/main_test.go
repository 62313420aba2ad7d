package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

const dict = "/usr/share/wordnet"

// TestGeneratedDataCurrent checks the committed tables are what the
// generator produces from the installed WordNet.
func TestGeneratedDataCurrent(t *testing.T) {
	if _, err := os.Stat(filepath.Join(dict, "data.noun")); err != nil {
		t.Skipf("WordNet not installed (%v); install Debian's wordnet-base to check the generated tables", err)
	}
	tab, err := Build(dict)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("../data/wordnet.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(tab.Encode(), committed) {
		t.Errorf("data/wordnet.bin differs from the generator's output; rerun: go run ./internal/lexicon/gen -dict %s -out internal/lexicon/data", dict)
	}
}

func TestRunWritesTables(t *testing.T) {
	if _, err := os.Stat(filepath.Join(dict, "data.noun")); err != nil {
		t.Skipf("WordNet not installed (%v)", err)
	}
	lic := "/usr/share/doc/wordnet-base/copyright"
	if _, err := os.Stat(lic); err != nil {
		t.Skipf("no license file (%v)", err)
	}
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-dict", dict, "-license", lic, "-out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("run exited %d: %s", code, stderr.String())
	}
	for _, name := range []string{"wordnet.bin", "LICENSE-WordNet"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("../data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: generated file differs from the committed one", name)
		}
	}
}

func TestRunBadDict(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-dict", t.TempDir(), "-out", t.TempDir()}, &stdout, &stderr); code != 2 {
		t.Errorf("run with an empty dictionary exited %d, want 2", code)
	}
}
