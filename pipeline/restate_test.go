package pipeline

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/align"
)

// TestRestatementsInPlainMode: three briefs each restate one release, all
// given as sources. Plain mode compares each brief with the release
// sentence by sentence (the briefs are diffed in parallel): the brief that
// reverses the verb and the one that changes the count are flagged, the
// faithful one is not.
func TestRestatementsInPlainMode(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"release.txt": `Date: 2025-03-14

The Port of Valmara is opening its northern channel to large cargo ships, the harbour authority said on Friday.

Dredging crews spent eleven months deepening the channel to fifteen metres, the authority said.

Ships bound for the container terminal previously had to wait for high tide at the southern entrance, adding hours to each call.

The authority expects the change to bring two hundred more calls a year and to cut waiting times for freight companies.

Local fishing boats will keep a separate lane along the eastern breakwater.
`,
		"closing.txt":  "Date: 2025-03-14\n\nThe Port of Valmara is closing its northern channel to large cargo ships, the harbour authority said on Friday.\n",
		"months.txt":   "Date: 2025-03-14\n\nThe Port of Valmara is opening its northern channel to large cargo ships.\n\nDredging crews spent seven months deepening the channel to fifteen metres, the authority said.\n",
		"faithful.txt": "Date: 2025-03-14\n\nThe Port of Valmara is opening its northern channel to large cargo ships, the harbour authority said on Friday.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run, err := Check(Config{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	flagged := map[string][]string{} // brief → checks of the error findings it takes part in
	for _, f := range run.Result.Findings {
		for _, s := range f.Sides {
			if name := filepath.Base(s.Pos.Filename); name != "release.txt" && f.Severity == align.Error {
				flagged[name] = append(flagged[name], f.Check)
			}
		}
	}
	if !slices.Contains(flagged["closing.txt"], "polarity") {
		t.Errorf("closing.txt: want a polarity error, got %v", flagged["closing.txt"])
	}
	if !slices.Contains(flagged["months.txt"], "number") {
		t.Errorf("months.txt: want a number error, got %v", flagged["months.txt"])
	}
	if len(flagged["faithful.txt"]) > 0 {
		t.Errorf("faithful.txt: want no error, got %s", strings.Join(flagged["faithful.txt"], ", "))
	}
}
