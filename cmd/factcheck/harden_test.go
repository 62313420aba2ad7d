package main

import (
	"strings"
	"testing"
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
