package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/testkit"
	"github.com/factcheck/factcheck/rules"
)

// TestHardening holds the regression cases of issue 14: inputs, file names
// and neighbours that made the gate pass silently or lose a file. Each
// states the exact outcome; none may exit 0 while a conflict stands.
func TestHardening(t *testing.T) {
	const ambiguous = `" names a file and a flag: put the paths after "--" (factcheck check [flags] -- PATH...)` + "\n"
	tests := []cliCase{
		{
			// Item 1: a shell expanding "*" passes this file name.
			name:   "file named like a flag",
			files:  map[string]string{"-fail-on=none": wireArticle, "daily.txt": dailyArticle, "wire.txt": wireArticle},
			args:   []string{"check", "--fail-on", "error", "-fail-on=none", "daily.txt", "wire.txt"},
			stderr: `factcheck: "-fail-on=none` + ambiguous,
			code:   2,
		},
		{
			// Item 1: "-o" as a file would make the next article the output.
			name:   "file named -o",
			files:  map[string]string{"-o": wireArticle, "daily.txt": dailyArticle, "wire.txt": wireArticle},
			args:   []string{"check", "-o", "daily.txt", "wire.txt"},
			stderr: `factcheck: "-o` + ambiguous,
			code:   2,
		},
		{
			// Item 1: after "--" the same names are paths.
			name:  "file named like a flag after --",
			files: map[string]string{"-fail-on=none": dailyArticle, "wire.txt": wireArticle},
			args:  []string{"check", "--format", "text", "--", "-fail-on=none", "wire.txt"},
			out:   "*",
			code:  1,
		},
		{
			// Item 1: a file whose name is no flag of the command is a path.
			name:  "file named with a dash, no such flag",
			files: map[string]string{"-daily.txt": dailyArticle, "wire.txt": wireArticle},
			args:  []string{"check", "--format", "text", "-daily.txt", "wire.txt"},
			out:   "*",
			code:  1,
		},
		{
			// Item 1: the value of a flag may name a file.
			name:  "flag value that is a file",
			files: map[string]string{"daily.txt": dailyArticle, "wire.txt": wireArticle},
			args:  []string{"check", "--draft", "daily.txt", "--format", "text", "wire.txt"},
			out:   "*",
			code:  1,
		},
		{
			// Item 6: a missing draft fails the run with no report.
			name:   "missing draft prints no report",
			files:  map[string]string{"wire.txt": wireArticle},
			args:   []string{"check", "--format", "text", "--draft", "mine.md", "wire.txt"},
			stderr: "factcheck: mine.md: no such file or directory\n",
			code:   2,
		},
		{
			// Item 5: the draft inside the sources' folder is checked as the
			// draft, once, and the run says so.
			name:   "draft inside the sources folder",
			files:  map[string]string{"src/wire.txt": meetWire, "src/draft.txt": meetDaily},
			args:   []string{"check", "--format", "github", "--draft", "src/draft.txt", "src"},
			out:    "::error file=src/draft.txt,line=1,col=1,title=date::The draft dates it December 2, 2021 (draft:1); one source dates it January 2022 (wire:3)%0Asrc/wire.txt:3:1: \"Foreign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo in January 2022\"\n",
			stderr: "factcheck: src/draft.txt: the draft is also under the source paths (as src/draft.txt): it is checked as the draft, not as a source\n",
			code:   1,
		},
		{
			// Item 4: a rules file that ignores every source fails the run,
			// and every run names the rules file it uses.
			name:   "rules file ignoring every source",
			files:  map[string]string{".factcheck.yaml": "ignore:\n  paths: [\"**\"]\n", "wire.txt": meetWire, "daily.txt": meetDaily},
			args:   []string{"check", "--format", "json", "daily.txt", "wire.txt"},
			stderr: "factcheck: rules file: .factcheck.yaml\nfactcheck: .factcheck.yaml: ignore.paths leaves no source to check\n",
			code:   2,
		},
		{
			// Item 10: an ignored file is never read, so a binary one there
			// does not fail the run.
			name:   "binary file under ignore.paths",
			files:  map[string]string{".factcheck.yaml": "ignore:\n  paths: [\"src/junk/**\"]\n", "src/wire.txt": meetWire, "src/daily.txt": meetDaily, "src/junk/photo.txt": "\x89PNG\r\n\x1a\n\x00\x00"},
			args:   []string{"check", "--format", "github", "src"},
			out:    "::error file=src/daily.txt,line=1,col=1,title=date::One source dates it December 2, 2021 (daily:1); another dates it January 2022 (wire:3)%0Asrc/wire.txt:3:1: \"Foreign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo in January 2022\"\n",
			stderr: "factcheck: rules file: .factcheck.yaml\n",
			code:   1,
		},
		{
			// Item 2: one file repeating a sentence 4,001 times passes the
			// claim index's cap, which fails the run rather than hide the
			// finding (align's tests cross the event index's cap).
			name: "claims over the claim posting cap",
			files: map[string]string{
				"daily.txt":  dailyArticle,
				"wire.txt":   wireArticle,
				"repeat.txt": "Notes\n\n" + strings.Repeat("Blinken and Lavrov met in Geneva, officials said.\n", 4001),
			},
			args:   []string{"check", "--format", "github", "daily.txt", "repeat.txt", "wire.txt"},
			stderr: "factcheck: alignment limit: up to 4001 claims share one key (\"blinken\", \"class:meet\", \"geneva\", 1 more), more than the 4000 that are paired; findings may be missing, so the run fails: check fewer or less repetitive files at once\n",
			code:   2,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}

// TestHiddenCharacters (issue 14, item 3): a format character inside a
// name neither hides the conflict nor passes unseen: matching ignores it,
// the date error stands, and the name is reported.
func TestHiddenCharacters(t *testing.T) {
	const want = "::error file=daily.%[1]s,line=1,col=%[2]d,title=date::One source dates it December 2, 2021 (daily:1); another dates it January 2022 (wire:3)%%0Awire.txt:3:1: \"Foreign Minister Ada Okafor and her Swedish counterpart Erik Lindqvist last met in person in Oslo in January 2022\"\n" +
		"::warning file=daily.%[1]s,line=1,col=%[3]d,title=hidden::Source daily writes \"Erik Lindqvist\" with characters the page does not show (daily:1)\n"
	hide := func(in string) string { return strings.Replace(meetDaily, "Lindqvist", "Lind"+in+"qvist", 1) }
	for _, tc := range []struct{ name, ext, daily string }{
		{"soft hyphen", "txt", hide("\u00ad")},
		{"zero-width space", "txt", hide("\u200b")},
		{"zero-width joiner", "txt", hide("\u200d")},
		{"word joiner", "txt", hide("\u2060")},
		{"byte order mark", "txt", hide("\ufeff")},
		{"right-to-left override", "txt", hide("\u202e")},
		{"&shy; in HTML", "html", "<p>" + hide("&shy;") + "</p>\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			col, hcol := 1, 57
			if tc.ext == "html" {
				col, hcol = 4, 60
			}
			cliCase{
				files: map[string]string{"daily." + tc.ext: tc.daily, "wire.txt": meetWire},
				args:  []string{"check", "--format", "github", "daily." + tc.ext, "wire.txt"},
				out:   fmt.Sprintf(want, tc.ext, col, hcol),
				code:  1,
			}.run(t)
		})
	}
}

// TestRulesFileNamed (issue 14, item 4): a rules file found in a parent
// directory is named in every report format and on standard error, and
// accept says which file it writes.
func TestRulesFileNamed(t *testing.T) {
	dir := t.TempDir()
	testkit.WriteFile(t, filepath.Join(dir, ".factcheck.yaml"), "severity:\n  name: info\n")
	testkit.WriteFile(t, filepath.Join(dir, "story", "wire.txt"), meetWire)
	testkit.WriteFile(t, filepath.Join(dir, "story", "daily.txt"), meetDaily)
	story := filepath.Join(dir, "story")
	const rulesLine = "factcheck: rules file: ../.factcheck.yaml\n"
	for _, tc := range []struct{ format, want string }{
		{"text", "\nrules file: ../.factcheck.yaml\n"},
		{"table", "\nrules file: ../.factcheck.yaml\n"},
		{"markdown", "\n\nSources: 2 · Rules file: ../.factcheck.yaml\n"},
		{"html", ` · rules file <span class="cite">../.factcheck.yaml</span></p>`},
		{"json", "{\n  \"version\": 2,\n  \"config\": \"../.factcheck.yaml\",\n"},
		{"sarif", "\n      \"properties\": {\n        \"config\": \"../.factcheck.yaml\"\n      }\n    }\n  ]\n}\n"},
	} {
		out, stderr, code := runIn(t, story, []string{"check", "--format", tc.format, "daily.txt", "wire.txt"})
		if code != 1 || stderr != rulesLine {
			t.Errorf("%s: exit %d, stderr %q; want 1, %q", tc.format, code, stderr, rulesLine)
		}
		if !strings.Contains(out, tc.want) {
			t.Errorf("%s: the report does not name the rules file as %q:\n%s", tc.format, tc.want, out)
		}
		if tc.format == "text" && !strings.HasSuffix(out, tc.want) {
			t.Errorf("text: the rules file is not the last line:\n%s", out)
		}
	}
	out, _, _ := runIn(t, story, []string{"check", "--format", "json", "daily.txt", "wire.txt"})
	var res struct{ Findings []struct{ ID string } }
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Findings) == 0 {
		t.Fatalf("no finding to accept: %v\n%s", err, out)
	}
	out, stderr, code := runIn(t, story, []string{"accept", "--reason", "desk checked", res.Findings[0].ID, "daily.txt", "wire.txt"})
	if want := "../.factcheck.yaml: recorded 1 resolution(s) as accepted\n"; code != 0 || out != want || stderr != rulesLine {
		t.Errorf("accept: exit %d, stdout %q, stderr %q; want 0, %q, %q", code, out, stderr, want, rulesLine)
	}
}

// TestConcurrentAccept (issue 14, item 8): two accept runs at once on one
// rules file, each recording a different finding, both land; before the
// lock one in three such pairs lost a resolution while both said
// "recorded".
func TestConcurrentAccept(t *testing.T) {
	dir := t.TempDir()
	daily, wire := filepath.Join(dir, "daily.txt"), filepath.Join(dir, "wire.txt")
	testkit.WriteFile(t, daily, strings.Replace(meetDaily, "Lindqvist", "Lind\u00adqvist", 1))
	testkit.WriteFile(t, wire, meetWire)
	out, _, _ := runIn(t, dir, []string{"check", "--format", "json", daily, wire})
	var res struct{ Findings []struct{ ID string } }
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Findings) != 2 {
		t.Fatalf("want two findings (date, hidden): %v\n%s", err, out)
	}
	for round := range 4 {
		rulesFile := filepath.Join(dir, fmt.Sprintf("rules-%d.yaml", round))
		testkit.WriteFile(t, rulesFile, "# desk rules\n")
		var wg sync.WaitGroup
		outs := make([]string, 2)
		for i, f := range res.Findings {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var stdout, stderr bytes.Buffer
				code := run([]string{"accept", "--config", rulesFile, "--reason", "desk checked", f.ID, daily, wire}, strings.NewReader(""), &stdout, &stderr)
				outs[i] = fmt.Sprintf("exit %d: %s%s", code, stdout.String(), stderr.String())
			}()
		}
		wg.Wait()
		for _, o := range outs {
			if want := "exit 0: " + rulesFile + ": recorded 1 resolution(s) as accepted\nfactcheck: rules file: " + rulesFile + "\n"; o != want {
				t.Errorf("accept: %q, want %q", o, want)
			}
		}
		rs, err := rules.Load(rulesFile)
		if err != nil {
			t.Fatal(err)
		}
		var got, want []string
		for _, r := range rs.Resolutions {
			got = append(got, r.ID)
		}
		for _, f := range res.Findings {
			want = append(want, f.ID)
		}
		slices.Sort(got)
		slices.Sort(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("round %d: resolutions in the rules file (-want +got):\n%s", round, diff)
		}
	}
}

// failWriter fails every write, as a full disk or a closed pipe does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestOutputWriteFails (issue 14, item 13): a command whose output cannot
// be written exits 2 and says so; "explain >/dev/full" exited 0.
func TestOutputWriteFails(t *testing.T) {
	for _, args := range [][]string{{"explain"}, {"explain", "date"}, {"help"}} {
		var stderr bytes.Buffer
		code := run(args, strings.NewReader(""), failWriter{}, &stderr)
		want := "factcheck: explain: writing standard output: no space left on device\n"
		if args[0] == "help" {
			want = "factcheck: writing standard output: no space left on device\n"
		}
		if code != 2 || stderr.String() != want {
			t.Errorf("factcheck %s to a failing writer: exit %d, stderr %q; want 2, %q", strings.Join(args, " "), code, stderr.String(), want)
		}
	}
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full here: %v", err)
	}
	defer full.Close()
	var stderr bytes.Buffer
	if code := run([]string{"explain"}, strings.NewReader(""), full, &stderr); code != 2 || !strings.HasSuffix(stderr.String(), "no space left on device\n") {
		t.Errorf("explain >/dev/full: exit %d, stderr %q; want 2 and the error", code, stderr.String())
	}
}
