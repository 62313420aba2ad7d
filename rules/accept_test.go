package rules

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/testkit"
)

var update = flag.Bool("update", false, "rewrite testdata/rules/*.golden")

// golden compares got with testdata/rules/name.golden, rewriting it with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	testkit.Golden(t, filepath.Join("..", "testdata", "rules", name+".golden"), got, *update)
}

// copyFixture copies testdata/rules/name into a fresh temp dir as
// FileName and returns its path.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	return rulesFile(t, string(readFile(t, filepath.Join("..", "testdata", "rules", name))), 0o600)
}

// rulesFile writes data with perm into a fresh temp dir as FileName and
// returns its path: the rules file a test accepts into.
func rulesFile(t *testing.T, data string, perm os.FileMode) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, []byte(data), perm); err != nil {
		t.Fatal(err)
	}
	return path
}

// readFile returns the file's bytes, failing the test when it cannot be
// read.
func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestAcceptGolden(t *testing.T) {
	newRes := []Resolution{
		{ID: "name-deadbeef", Reason: "same person, transliterated"},
		{ID: "number-89abcdef", Status: align.FalsePositive, Reason: `"12" counts the injured: #2 is the dead`, By: "ed", Date: "2026-11-23"},
	}
	for _, tc := range []struct {
		fixture string
		res     []Resolution
	}{
		{"accept-comments", append([]Resolution{{ID: "date-0123abcd", Status: align.Fixed, Reason: "the wire ran a correction"}}, newRes...)},
		{"accept-nokey", newRes},
		{"accept-comment-only", newRes[:1]},
		{"accept-empty-key", newRes[:1]},
		{"accept-flow", newRes},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			path := copyFixture(t, tc.fixture+".yaml")
			if err := Accept(path, tc.res); err != nil {
				t.Fatal(err)
			}
			got := readFile(t, path)
			golden(t, tc.fixture, got)
			if diff := cmp.Diff([]string{FileName}, testkit.DirNames(t, filepath.Dir(path))); diff != "" {
				t.Errorf("files left behind (-want +got):\n%s", diff)
			}
			if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
				t.Errorf("mode not kept: %v, %v", fi.Mode(), err)
			}
			r, err := Parse(path, got)
			if err != nil {
				t.Fatalf("written file does not parse: %v", err)
			}
			for _, want := range tc.res {
				i := slices.IndexFunc(r.Resolutions, func(x Resolution) bool { return x.ID == want.ID })
				if i < 0 {
					t.Errorf("resolution %s missing after Accept", want.ID)
					continue
				}
				g := r.Resolutions[i]
				if want.Status == "" {
					want.Status = align.Accepted
				}
				if g.Status != want.Status || g.Reason != want.Reason || (want.Date != "" && g.Date != want.Date) || (want.By != "" && g.By != want.By) {
					t.Errorf("resolution %s read back as %+v, want %+v", want.ID, g, want)
				}
			}
			// Accepting the same again changes nothing.
			if err := Accept(path, tc.res); err != nil {
				t.Fatal(err)
			}
			again := readFile(t, path)
			if diff := cmp.Diff(string(got), string(again)); diff != "" {
				t.Errorf("second Accept changed the file (-first +second):\n%s", diff)
			}
		})
	}
}

func TestAcceptCreates(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	err := Accept(path, []Resolution{{ID: "date-0123abcd", Reason: "the wire was right", By: "desk", Date: "2026-11-23"}})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "accept-new", readFile(t, path))
	if diff := cmp.Diff([]string{FileName}, testkit.DirNames(t, dir)); diff != "" {
		t.Errorf("files left behind (-want +got):\n%s", diff)
	}
}

func TestAcceptUpdatesInPlace(t *testing.T) {
	path := copyFixture(t, "accept-comments.yaml")
	if err := Accept(path, []Resolution{{ID: "date-0123abcd", Status: align.FalsePositive, Reason: "not a date at all"}}); err != nil {
		t.Fatal(err)
	}
	r, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Resolution{{ID: "date-0123abcd", Status: align.FalsePositive, Reason: "not a date at all", By: "desk", Date: "2026-11-20", Pos: r.Resolutions[0].Pos}}
	if diff := cmp.Diff(want, r.Resolutions); diff != "" {
		t.Errorf("resolutions after update mismatch (-want +got):\n%s", diff)
	}
	if data := readFile(t, path); !bytes.Contains(data, []byte("# see correction note")) {
		t.Errorf("the replaced reason lost its line comment:\n%s", data)
	}
	// The accepted finding is now resolved by Apply.
	fs, stale := Apply([]align.Finding{{ID: "date-0123abcd", Check: "date", Severity: align.Error}}, r)
	if fs[0].Status != align.FalsePositive || len(stale) != 0 || Failing(fs, FailOnInfo) != 0 {
		t.Errorf("Apply after Accept: %+v, stale %v", fs, stale)
	}
}

// A file that does not parse is refused and left byte for byte as it was.
func TestAcceptRefusesBrokenFile(t *testing.T) {
	for _, broken := range []string{
		"severty:\n  name: warning\n",
		"resolutions: [unclosed\n",
		"resolutions:\n  - id: a-00000000\n    status: accepted\n",
		"just prose\n",
	} {
		path := rulesFile(t, broken, 0o644)
		err := Accept(path, []Resolution{{ID: "date-0123abcd", Reason: "fine"}})
		if err == nil {
			t.Errorf("Accept into %q succeeded, want a refusal", broken)
			continue
		}
		lines := strings.Split(err.Error(), "\n")
		if lines[0] != path+": not updated, it has errors:" || len(lines) < 2 || !strings.HasPrefix(lines[1], path+":") {
			t.Errorf("refusal for %q = %q, want it to name the file and its errors", broken, err)
		}
		if diff := cmp.Diff(broken, string(readFile(t, path))); diff != "" {
			t.Errorf("refused file changed (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]string{FileName}, testkit.DirNames(t, filepath.Dir(path))); diff != "" {
			t.Errorf("files left behind (-want +got):\n%s", diff)
		}
	}
}

func TestAcceptBadResolutions(t *testing.T) {
	path := copyFixture(t, "accept-comments.yaml")
	before := readFile(t, path)
	err := Accept(path, []Resolution{
		{ID: "", Reason: "x"},
		{ID: "date 1", Reason: "x"},
		{ID: "date-1", Reason: "  "},
		{ID: "date-2", Status: "resolved", Reason: "x"},
		{ID: "date-3", Reason: "x", Date: "23/11/2026"},
		{ID: "date-3", Reason: "x"},
	})
	want := []string{
		`empty finding id`,
		`finding id "date 1" contains white space`,
		`resolution of "date-1" needs a reason`,
		`unknown status "resolved" (want accepted, false-positive or fixed)`,
		`bad date "23/11/2026" (want YYYY-MM-DD)`,
		`finding id "date-3" given twice`,
	}
	if err == nil {
		t.Fatal("Accept succeeded")
	}
	if diff := cmp.Diff(want, strings.Split(err.Error(), "\n")); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s", diff)
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("file changed on a refused accept")
	}
}

// A failed write leaves neither a changed file nor a temporary one.
func TestAcceptWriteFails(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing", FileName)
	if err := Accept(path, []Resolution{{ID: "date-0123abcd", Reason: "fine"}}); err == nil {
		t.Fatal("Accept into a missing directory succeeded")
	}
	if diff := cmp.Diff([]string(nil), testkit.DirNames(t, dir)); diff != "" {
		t.Errorf("files left behind (-want +got):\n%s", diff)
	}
}

// Accept through a symlink updates the file it points to.
func TestAcceptSymlink(t *testing.T) {
	target := copyFixture(t, "accept-nokey.yaml")
	link := filepath.Join(t.TempDir(), FileName)
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	if err := Accept(link, []Resolution{{ID: "date-0123abcd", Reason: "fine"}}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink was replaced: %v, %v", fi.Mode(), err)
	}
	r, err := Load(target)
	if err != nil || len(r.Resolutions) != 1 {
		t.Errorf("target not updated: %+v, %v", r, err)
	}
}

func TestAcceptKeepsCRLF(t *testing.T) {
	path := rulesFile(t, "# desk rules\r\naliases:\r\n  Geneva: [Genf]\r\n\r\nresolutions: []\r\n", 0o644)
	if err := Accept(path, []Resolution{{ID: "date-0123abcd", Reason: "fine"}}); err != nil {
		t.Fatal(err)
	}
	got := readFile(t, path)
	want := "# desk rules\r\naliases:\r\n  Geneva: [Genf]\r\n\r\nresolutions:\r\n  - id: date-0123abcd\r\n    status: accepted\r\n    reason: fine\r\n"
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("CRLF file mismatch (-want +got):\n%s", diff)
	}
}

// TestAcceptConcurrent (issue 14, item 8): accepts running at once on one
// rules file, new or existing, each recording its own finding, lose none:
// the file ends with every resolution, and no temporary file is left.
func TestAcceptConcurrent(t *testing.T) {
	for _, existing := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), FileName)
		want := []string{}
		if existing {
			path = rulesFile(t, "# desk rules\nresolutions:\n  - id: name-0000000000\n    status: accepted\n    reason: house style\n", 0o644)
			want = append(want, "name-0000000000")
		}
		const n = 16
		var wg sync.WaitGroup
		errs := make([]error, n)
		for i := range n {
			id := fmt.Sprintf("date-%010d", i+1)
			want = append(want, id)
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = Accept(path, []Resolution{{ID: id, Reason: "checked with the desk"}})
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("accept %d: %v", i+1, err)
			}
		}
		r, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, res := range r.Resolutions {
			got = append(got, res.ID)
		}
		slices.Sort(got)
		slices.Sort(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("existing file %v: resolutions after %d concurrent accepts (-want +got):\n%s", existing, n, diff)
		}
		if names := testkit.DirNames(t, filepath.Dir(path)); len(names) != 1 {
			t.Errorf("files left: %v", names)
		}
	}
}

// TestResolveIDs: a finding is named by its full ID or by its hash, with
// or without the table's "#"; anything else is unknown.
func TestResolveIDs(t *testing.T) {
	fs := []align.Finding{{ID: "date-5f1c2a04be"}, {ID: "source-date-0a1b2c3d4e"}}
	tests := []struct {
		name         string
		args         []string
		ids, unknown []string
	}{
		{"full", []string{"date-5f1c2a04be"}, []string{"date-5f1c2a04be"}, nil},
		{"hash", []string{"5f1c2a04be"}, []string{"date-5f1c2a04be"}, nil},
		{"table hash", []string{"#0a1b2c3d4e"}, []string{"source-date-0a1b2c3d4e"}, nil},
		{"order kept", []string{"#0a1b2c3d4e", "date-5f1c2a04be"}, []string{"source-date-0a1b2c3d4e", "date-5f1c2a04be"}, nil},
		{"unknown sorted", []string{"zz-1", "5f1c2a04be", "date-0000000000", "date"}, []string{"date-5f1c2a04be"}, []string{"date", "date-0000000000", "zz-1"}},
		{"a kind alone is no hash", []string{"source-date"}, nil, []string{"source-date"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ids, unknown := ResolveIDs(tc.args, fs)
			if diff := cmp.Diff(tc.ids, ids); diff != "" {
				t.Errorf("ResolveIDs(%q) ids mismatch (-want +got):\n%s", tc.args, diff)
			}
			if diff := cmp.Diff(tc.unknown, unknown); diff != "" {
				t.Errorf("ResolveIDs(%q) unknown mismatch (-want +got):\n%s", tc.args, diff)
			}
		})
	}
}
