package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestCLIConventions checks the conventions linters share: --version,
// per-command help on standard output with exit 0, did-you-mean, and a
// missing path named before the usage.
func TestCLIConventions(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		out, err string // substrings of standard output and error
		emptyOut bool
	}{
		{args: []string{"--version"}, out: "factcheck "},
		{args: []string{"version"}, out: "factcheck "},
		{args: []string{"help"}, out: "commands:\n  check "},
		{args: []string{"--help"}, out: "commands:"},
		{args: []string{"help", "check"}, out: "usage: factcheck check [flags] PATH...\n\nreport where"},
		{args: []string{"check", "-h"}, out: "  -fail-on level"},
		{args: []string{"check", "testdata", "--help"}, out: "usage: factcheck check"},
		{args: []string{"claims", "-h"}, out: "usage: factcheck claims"},
		{args: []string{"provenance", "-help"}, out: "usage: factcheck provenance"},
		{args: []string{"accept", "-h"}, out: "  -reason string"},
		{args: []string{"serve", "-h"}, out: "usage: factcheck serve [flags]\n"},
		{args: []string{"help", "explain"}, out: "usage: factcheck explain [CHECK...]"},
		{args: []string{"help", "completion"}, out: "bash|zsh|fish"},
		{args: []string{"chek"}, code: 2, err: `unknown command "chek" (did you mean "check"?)`, emptyOut: true},
		{args: []string{"provenanse"}, code: 2, err: `(did you mean "provenance"?)`, emptyOut: true},
		{args: []string{"--versoin"}, code: 2, err: `(did you mean "version"?)`, emptyOut: true},
		{args: []string{"zzz"}, code: 2, err: "unknown command \"zzz\"\nusage:", emptyOut: true},
		{args: []string{"help", "chek"}, code: 2, err: `(did you mean "check"?)`, emptyOut: true},
		{args: []string{"check"}, code: 2, err: "factcheck: check: missing PATH (or --draft FILE)\nusage: factcheck check", emptyOut: true},
		{args: []string{"claims"}, code: 2, err: "factcheck: claims: missing PATH\nusage:", emptyOut: true},
		{args: []string{"check", "--no-such-flag", "x"}, code: 2, err: "flag provided but not defined", emptyOut: true},
		{args: []string{"check", "--provenance", "all", "x"}, code: 2, err: `factcheck: -provenance: "all": want summary or full`, emptyOut: true},
		{args: []string{"check", "--format", "markdown", "../../testdata/provenance"}, out: "<details>\n<summary>Relations, origins and claim clusters</summary>"},
		{args: []string{"check", "--format", "markdown", "--provenance", "full", "../../testdata/provenance"}, out: "```\n\n### Source relations"},
		{args: []string{"completion"}, code: 2, err: "want one shell", emptyOut: true},
		{args: []string{"completion", "tcsh"}, code: 2, err: `unknown shell "tcsh"`, emptyOut: true},
		{args: []string{"completion", "bash"}, out: "complete -o default -o filenames -F _factcheck factcheck"},
		{args: []string{"completion", "zsh"}, out: "#compdef factcheck"},
		{args: []string{"completion", "fish"}, out: "complete -c factcheck -n '__fish_seen_subcommand_from check' -l fail-on"},
	}
	for _, tt := range tests {
		code, out, errs := runCLI(tt.args...)
		if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.err) || (tt.emptyOut && out != "") {
			t.Errorf("run(%q) = %d\nstdout:\n%s\nstderr:\n%s\nwant exit %d, stdout with %q, stderr with %q", tt.args, code, out, errs, tt.code, tt.out, tt.err)
		}
		if tt.code == 0 && errs != "" {
			t.Errorf("run(%q): stderr %q, want nothing", tt.args, errs)
		}
	}
}

func TestVersionString(t *testing.T) {
	tests := []struct {
		info *debug.BuildInfo
		want string
	}{
		{nil, "(unknown)"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0 go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-01-02T15:04:05Z"}, {Key: "vcs.modified", Value: "true"},
		}}, "(devel) 0123456789ab 2026-01-02T15:04:05Z, modified go1.26.8"},
	}
	for _, tt := range tests {
		if got := versionString(tt.info); got != tt.want {
			t.Errorf("versionString(%+v) = %q, want %q", tt.info, got, tt.want)
		}
	}
}

// TestQuietVerbose: -q prints the findings alone, -v names the rules file
// and every file read, left out or skipped.
func TestQuietVerbose(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "The council met on March 3, 2024 in Springfield.\n")
	write("b.txt", "The council met on March 9, 2024 in Springfield.\n")
	write("notes.json", "{}\n")
	write(".hidden.txt", "x\n")
	rules := filepath.Join(dir, "rules.yaml")
	if err := os.WriteFile(rules, []byte("severity:\n  fail-on: none\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, qout, qerr := runCLI("check", "-q", "--format", "text", "--config", rules, dir)
	if code != 0 || qerr != "" {
		t.Errorf("check -q = %d, stderr %q; want 0 and nothing on stderr", code, qerr)
	}
	_, out, _ := runCLI("check", "--format", "text", "--config", rules, dir)
	if qout != out {
		t.Errorf("check -q changed the report:\n%s\nwant\n%s", qout, out)
	}
	code, vout, verr := runCLI("check", "-v", "--format", "text", "--config", rules, dir)
	if code != 0 || vout != out {
		t.Errorf("check -v = %d, report changed:\n%s", code, vout)
	}
	for _, want := range []string{
		"factcheck: rules file: " + rules + "\n",
		"factcheck: skipped " + filepath.Join(dir, ".hidden.txt") + ": hidden\n",
		"factcheck: skipped " + filepath.Join(dir, "notes.json") + ": not an article file",
		"factcheck: read " + filepath.Join(dir, "a.txt") + ": 1 sentences, ",
		"factcheck: read " + filepath.Join(dir, "b.txt") + ": 1 sentences, ",
	} {
		if !strings.Contains(verr, want) {
			t.Errorf("check -v: stderr lacks %q:\n%s", want, verr)
		}
	}
	if code, _, errs := runCLI("check", "-q", "-v", dir); code != 2 || !strings.Contains(errs, "choose one") {
		t.Errorf("check -q -v = %d, %q; want 2", code, errs)
	}
}

// TestVersionBuilt checks --version of a real build: go build stamps the
// module and VCS information the flag reads.
func TestVersionBuilt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	skipUnderRace(t)
	bin := filepath.Join(t.TempDir(), "factcheck")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil || !strings.HasPrefix(string(out), "factcheck ") || !strings.Contains(string(out), " go1.") {
		t.Errorf("factcheck --version = %q, %v; want \"factcheck VERSION … goX\"", out, err)
	}
}

// TestProfiles checks that -cpuprofile and -memprofile write gzipped
// profiles (as pprof writes them) and leave the report as it was.
func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	code, want, _ := runCLI("check", "--format", "json", "../../testdata/provenance")
	gotCode, got, errs := runCLI("check", "--format", "json", "--cpuprofile", cpu, "--memprofile", mem, "../../testdata/provenance")
	if gotCode != code || got != want {
		t.Errorf("with profiles: exit %d (want %d), report changed: %v; stderr %q", gotCode, code, got != want, errs)
	}
	for _, p := range []string{cpu, mem} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
			t.Errorf("%s: not a gzipped profile (%d bytes)", filepath.Base(p), len(b))
		}
	}
}

// TestGCPercentRestored: check sets the collector's target and memory
// limit while it runs (followLiveHeap) and gives the caller's back, so tests and other commands in
// one process keep theirs.
func TestGCPercentRestored(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set: check leaves the collector alone")
	}
	before := debug.SetGCPercent(137)
	defer debug.SetGCPercent(before)
	limit := debug.SetMemoryLimit(3 << 30)
	defer debug.SetMemoryLimit(limit)
	runCLI("check", "--format", "json", "../../testdata/provenance")
	if got := debug.SetGCPercent(before); got != 137 {
		t.Errorf("after check the GC percent is %d, want the caller's 137", got)
	}
	if got := debug.SetMemoryLimit(limit); got != 3<<30 && os.Getenv("GOMEMLIMIT") == "" {
		t.Errorf("after check the memory limit is %d, want the caller's %d", got, 3<<30)
	}
}
