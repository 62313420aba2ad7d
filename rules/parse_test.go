package rules

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/testkit"
	"github.com/factcheck/factcheck/source"
)

// Each malformed file gives exactly one error, and this is it.
var malformed = []struct {
	name, in, want string
}{
	{"unknown key", "aliases: {}\nseverty:\n  name: warning\n",
		`rules.yml:2:1: unknown key "severty" (did you mean "severity"?)`},
	{"unknown nested key", "ignore:\n  path: [drafts/**]\n",
		`rules.yml:2:3: unknown key "path" (did you mean "paths"?)`},
	{"unknown key far from any", "colour: red\n",
		`rules.yml:1:1: unknown key "colour" (want aliases, resolutions, severity, ignore or sources)`},
	{"wrong type", "resolutions:\n  id: date-0123abcd\n",
		`rules.yml:2:3: "resolutions" must be a list of {id, status, reason}, got a mapping`},
	{"wrong type scalar", "aliases: 42\n",
		`rules.yml:1:10: "aliases" must be a mapping of canonical names to lists of variants, got a number`},
	{"wrong type in resolution", "resolutions:\n  - id: [a, b]\n    status: accepted\n    reason: r\n",
		`rules.yml:2:9: "id" must be a string, got a list`},
	{"bad date", "resolutions:\n  - id: date-0123abcd\n    status: accepted\n    reason: ok\n    date: 2026-13-01\n",
		`rules.yml:5:11: bad date "2026-13-01" (want YYYY-MM-DD)`},
	{"bad published date", "sources:\n  wire.md:\n    published: 2 December 2021\n",
		`rules.yml:3:16: bad date "2 December 2021" (want YYYY-MM-DD)`},
	{"unknown status", "resolutions:\n  - id: date-0123abcd\n    status: resolved\n    reason: ok\n",
		`rules.yml:3:13: unknown status "resolved" (want accepted, false-positive or fixed)`},
	{"misspelt status", "resolutions:\n  - id: date-0123abcd\n    status: acepted\n    reason: ok\n",
		`rules.yml:3:13: unknown status "acepted" (did you mean "accepted"?)`},
	{"missing reason", "resolutions:\n  - id: date-0123abcd\n    status: accepted\n",
		`rules.yml:2:5: resolution "date-0123abcd" needs a "reason"`},
	{"blank reason", "resolutions:\n  - id: date-0123abcd\n    status: accepted\n    reason: '  '\n",
		`rules.yml:2:5: resolution "date-0123abcd" needs a "reason"`},
	{"misspelt reason", "resolutions:\n  - id: date-0123abcd\n    status: accepted\n    reasn: ok\n",
		`rules.yml:4:5: unknown key "reasn" (did you mean "reason"?)`},
	{"missing status", "resolutions:\n  - id: date-0123abcd\n    reason: ok\n",
		`rules.yml:2:5: resolution "date-0123abcd" is missing "status" (accepted, false-positive or fixed)`},
	{"missing id", "resolutions:\n  - status: accepted\n    reason: ok\n",
		`rules.yml:2:5: resolution is missing "id"`},
	{"id with space", "resolutions:\n  - id: date 0123abcd\n    status: accepted\n    reason: ok\n",
		`rules.yml:2:9: resolution id "date 0123abcd" contains white space`},
	{"duplicate id", "resolutions:\n  - id: date-0123abcd\n    status: accepted\n    reason: ok\n  - id: date-0123abcd\n    status: fixed\n    reason: corrected\n",
		`rules.yml:5:9: duplicate resolution id "date-0123abcd" (first at line 2)`},
	{"duplicate key", "severity:\n  name: warning\nseverity:\n  date: info\n",
		`rules.yml:3:1: duplicate key "severity" (first at line 1)`},
	{"invalid glob", "ignore:\n  paths: ['articles/[a-']\n",
		`rules.yml:2:11: invalid glob "articles/[a-": syntax error in pattern`},
	{"invalid source glob", "sources:\n  'x/[':\n    provider: AP\n",
		`rules.yml:2:3: invalid glob "x/[": syntax error in pattern`},
	{"invalid regexp", "ignore:\n  sentences:\n    - '(Read more'\n",
		`rules.yml:3:7: invalid regular expression "(Read more": missing closing )`},
	{"not YAML", "aliases: [unclosed\nseverity: {}\n",
		`rules.yml:1:1: not valid YAML: did not find expected ',' or ']'`},
	{"not YAML tabs", "aliases:\n\tX: [Y]\n",
		`rules.yml:2:1: not valid YAML: found character that cannot start any token`},
	{"not text", "\xff\xfe\x00binary",
		`rules.yml:1:1: not valid UTF-8 text`},
	{"not a mapping", "just some prose, not rules\n",
		`rules.yml:1:1: rules file must be a mapping of keys (aliases, resolutions, severity, ignore, sources), got "just some prose, not rules"`},
	{"two documents", "aliases: {}\n---\nseverity: {}\n",
		`rules.yml:2:1: more than one YAML document (a rules file is one mapping)`},
	{"alias bomb", `aliases:
  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
  g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
`, `rules.yml:3:10: YAML aliases (*a) are not allowed in a rules file`},
	{"unknown severity kind", "severity:\n  nmae: warning\n",
		`rules.yml:2:3: unknown check kind "nmae" (did you mean "name"?)`},
	{"unknown severity", "severity:\n  name: fatal\n",
		`rules.yml:2:9: unknown severity "fatal" (want error, warning or info)`},
	{"unknown fail-on", "severity:\n  fail-on: always\n",
		`rules.yml:2:12: unknown fail-on level "always" (want error, warning, info or none)`},
	// Trust tiers were parsed and never used, and were dropped.
	{"trust dropped", "sources:\n  wire.md:\n    trust: wire\n",
		`rules.yml:3:5: unknown key "trust" (want published or provider)`},
	{"alias declared twice", "aliases:\n  Sergey Lavrov: [Sergei Lavrov]\n  Sergei Lavrov: [S. Lavrov]\n",
		`rules.yml:3:3: name "Sergei Lavrov" is already declared in aliases at line 2`},
	{"alias wrong type", "aliases:\n  Sergey Lavrov: {a: b}\n",
		`rules.yml:2:18: aliases of "Sergey Lavrov" must be a list of names, got a mapping`},
}

func TestParseMalformed(t *testing.T) {
	for _, tc := range malformed {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Parse("rules.yml", []byte(tc.in))
			if r != nil {
				t.Errorf("Parse returned rules along with the error")
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("Parse(%q) error = %v, want an ErrorList", tc.in, err)
			}
			if diff := cmp.Diff([]string{tc.want}, strings.Split(err.Error(), "\n")); diff != "" {
				t.Errorf("Parse(%q) errors mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// All errors are reported at once, in file order.
func TestParseAllErrors(t *testing.T) {
	in := `severty: {}
resolutions:
  - id: a-00000000
    status: nope
  - id: a-00000000
    status: fixed
    reason: ok
ignore:
  sentences: ['[']
`
	_, err := Parse("r.yaml", []byte(in))
	want := []string{
		`r.yaml:1:1: unknown key "severty" (did you mean "severity"?)`,
		`r.yaml:3:5: resolution "a-00000000" needs a "reason"`,
		`r.yaml:4:13: unknown status "nope" (want accepted, false-positive or fixed)`,
		`r.yaml:5:9: duplicate resolution id "a-00000000" (first at line 3)`,
		`r.yaml:9:15: invalid regular expression "[": missing closing ]`,
	}
	if err == nil {
		t.Fatal("Parse succeeded, want errors")
	}
	if diff := cmp.Diff(want, strings.Split(err.Error(), "\n")); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s", diff)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, in := range []string{"", "\n", "# only a comment\n", "---\n", "~\n", "aliases:\nresolutions:\n"} {
		r, err := Parse("r.yaml", []byte(in))
		if err != nil {
			t.Errorf("Parse(%q): %v", in, err)
			continue
		}
		if diff := cmp.Diff(&Rules{Path: "r.yaml"}, r, rulesCmp); diff != "" {
			t.Errorf("Parse(%q) mismatch (-want +got):\n%s", in, diff)
		}
	}
}

var rulesCmp = cmp.Options{
	cmp.Comparer(func(a, b *regexp.Regexp) bool { return a.String() == b.String() }),
	cmp.Comparer(func(a, b Glob) bool { return a.Pattern == b.Pattern }),
}

// at is the position of line:col in data, offset included.
func at(name string, data []byte, line, col int) source.Position {
	p := &parser{path: name, data: data, lines: lineStarts(data)}
	return p.pos(line, col)
}

func TestLoadFull(t *testing.T) {
	path := filepath.Join("..", "testdata", "rules", "full.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := &Rules{
		Path: path,
		Aliases: []Alias{
			{Canonical: "Sergey Lavrov", Variants: []string{"Sergei Lavrov", "S. Lavrov"}, Pos: at(path, data, 4, 3)},
			{Canonical: "Geneva", Variants: []string{"Genf"}, Pos: at(path, data, 5, 3)},
		},
		Severity: map[string]align.Severity{"name": align.Warning, "source-date": align.Info},
		FailOn:   FailOnWarning,
		IgnorePaths: []Glob{
			{Pattern: "drafts/**"}, {Pattern: "*.bak"},
		},
		IgnoreSentences: []*regexp.Regexp{
			regexp.MustCompile(`^Read more:`), regexp.MustCompile(`(?i)^sign up for our newsletter`),
		},
		Sources: []SourceOverride{
			{Glob: Glob{Pattern: "articles/caption.txt"}, Published: time.Date(2021, 12, 2, 0, 0, 0, 0, time.UTC), Provider: "AP", Pos: at(path, data, 19, 3)},
			{Glob: Glob{Pattern: "blogs/*.md"}, Provider: "Example Blog", Pos: at(path, data, 22, 3)},
		},
		Resolutions: []Resolution{
			{ID: "date-0123abcd", Status: align.Accepted, Reason: "the wire had the date wrong, corrected later", By: "desk", Date: "2026-11-20", Pos: at(path, data, 27, 5)},
			{ID: "number-89abcdef", Status: align.FalsePositive, Reason: "two different counts (injured vs. dead)", Pos: at(path, data, 32, 5)},
		},
	}
	if diff := cmp.Diff(want, got, rulesCmp); diff != "" {
		t.Errorf("Load(%s) mismatch (-want +got):\n%s", path, diff)
	}
	if p := got.Resolutions[0].Pos; data[p.Offset] != 'i' || p.String() != path+":27:5" {
		t.Errorf("resolution position %v (offset %d) does not point at its id", p, p.Offset)
	}
}

func TestCanonical(t *testing.T) {
	r, err := Parse("r.yaml", []byte("aliases:\n  Sergey Lavrov: [Sergei Lavrov, S. Lavrov]\n  Geneva: Genf\n"))
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		Name string
		OK   bool
	}
	for _, tc := range []struct {
		in   string
		want result
	}{
		{"Sergei Lavrov", result{"Sergey Lavrov", true}},
		{"sergei  LAVROV", result{"Sergey Lavrov", true}},
		{"Sergey Lavrov", result{"Sergey Lavrov", true}},
		{"genf", result{"Geneva", true}},
		{"Lavrov", result{"", false}},
		{"", result{"", false}},
	} {
		name, ok := r.Canonical(tc.in)
		if diff := cmp.Diff(tc.want, result{name, ok}); diff != "" {
			t.Errorf("Canonical(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
	var nilRules *Rules
	if _, ok := nilRules.Canonical("x"); ok {
		t.Error("nil rules declared an alias")
	}
}

func TestGlob(t *testing.T) {
	// match compiles the pattern and matches the path, written with slashes.
	match := func(pattern, path string) bool {
		g, err := CompileGlob(pattern)
		if err != nil {
			t.Fatalf("CompileGlob(%q): %v", pattern, err)
		}
		return g.Match(filepath.FromSlash(path))
	}
	testkit.Pairs(t, "match", match, []testkit.Pair[bool]{ // pattern, path
		{"wire.md", "wire.md", true},
		{"wire.md", "articles/wire.md", true},
		{"wire.md", "/home/ed/story/articles/wire.md", true},
		{"articles/*.md", "articles/wire.md", true},
		{"articles/*.md", "./articles/wire.md", true},
		{"articles/*.md", "articles/sub/wire.md", false},
		{"articles/**/*.md", "articles/sub/deep/wire.md", true},
		{"articles/**/*.md", "articles/wire.md", true},
		{"drafts/**", "drafts/a/b.txt", true},
		{"drafts/**", "articles/a.txt", false},
		{"*.bak", "x/y/z.bak", true},
		{"*.bak", "x/y/z.md", false},
		{"/abs/*.md", "/abs/a.md", true},
		{"/abs/*.md", "/other/abs/a.md", false},
	})
}

func TestIgnoredAndSource(t *testing.T) {
	path := filepath.Join("..", "testdata", "rules", "full.yaml")
	r, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Ignored("drafts/today.md") || r.Ignored("articles/wire.md") || !r.Ignored("old.bak") {
		t.Error("Ignored does not follow ignore.paths")
	}
	got, ok := r.Source("story/articles/caption.txt")
	want := SourceOverride{Glob: Glob{Pattern: "articles/caption.txt"}, Published: time.Date(2021, 12, 2, 0, 0, 0, 0, time.UTC), Provider: "AP", Pos: r.Sources[0].Pos}
	if diff := cmp.Diff(want, got, rulesCmp); diff != "" || !ok {
		t.Errorf("Source mismatch (ok=%v) (-want +got):\n%s", ok, diff)
	}
	if _, ok := r.Source("articles/wire.md"); ok {
		t.Error("Source matched a file no glob names")
	}
}

func TestDiscover(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := Discover(deep); err != nil || got != "" {
		t.Errorf("Discover with no file = %q, %v; want \"\", nil", got, err)
	}
	if err := os.WriteFile(filepath.Join(root, FileName), []byte("aliases: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Discover(deep)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(root, FileName); got != want {
		t.Errorf("Discover(%q) = %q, want %q", deep, got, want)
	}
	// A relative directory gives a relative path.
	t.Chdir(deep)
	if got, err := Discover("."); err != nil || got != filepath.Join("..", "..", FileName) {
		t.Errorf("Discover(\".\") = %q, %v; want %q", got, err, filepath.Join("..", "..", FileName))
	}
	if r, err := Open("", "."); err != nil || r == nil || r.Path != filepath.Join("..", "..", FileName) {
		t.Errorf("Open found %+v, %v", r, err)
	}
	if p, err := Target("", "."); err != nil || p != filepath.Join("..", "..", FileName) {
		t.Errorf("Target = %q, %v", p, err)
	}
}
