package deps

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A rule forbids a package, and everything it imports in turn, from
// depending on any of the packages named in not. Paths are relative to the
// module ("report"); a name ending in "/" forbids the whole tree under it.
type rule struct {
	from string
	not  []string
}

// rules are the "Done when" lines of issue 15 and what item 3 made true:
// presentation depends on the stages, never the other way round.
var rules = []rule{
	{"pipeline", []string{"report", "cmd/"}},
	{"claims", []string{"align", "rules", "report", "provenance", "pipeline", "cmd/"}},
	{"align", []string{"report", "rules", "provenance", "pipeline", "cmd/"}},
	{"provenance", []string{"report", "pipeline", "cmd/"}},
	{"source", []string{"claims", "align", "report", "cmd/"}},
}

// graph is a module's packages, each with what its files import: the
// package's own files (imports) and its test files (tests). Only the
// module's own packages are listed, by path relative to the module.
type graph struct {
	imports map[string][]string
	tests   map[string][]string
}

// readGraph parses the imports of every .go file under root, whatever
// its build constraints (a file built only with a tag counts too).
func readGraph(root string) (graph, error) {
	module, err := modulePath(filepath.Join(root, "go.mod"))
	if err != nil {
		return graph{}, err
	}
	g := graph{imports: map[string][]string{}, tests: map[string][]string{}}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		pkg := filepath.ToSlash(rel)
		into := g.imports
		if strings.HasSuffix(name, "_test.go") {
			into = g.tests
		}
		if _, ok := g.imports[pkg]; !ok {
			g.imports[pkg] = nil
		}
		for _, is := range f.Imports {
			p, err := strconv.Unquote(is.Path.Value)
			if err != nil {
				return fmt.Errorf("%s: %v", fset.Position(is.Pos()), err)
			}
			if p, ok := strings.CutPrefix(p, module+"/"); ok {
				into[pkg] = append(into[pkg], p)
			}
		}
		return nil
	})
	return g, err
}

func modulePath(gomod string) (string, error) {
	f, err := os.Open(gomod)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(m), `"`), nil
		}
	}
	return "", fmt.Errorf("%s: no module line", gomod)
}

// deps returns every package pkg's own files import, directly or through
// other packages of the module, each with the chain that reaches it.
func (g graph) deps(pkg string) map[string]string {
	via := map[string]string{}
	queue := []string{pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, q := range g.imports[p] {
			if _, seen := via[q]; seen || q == pkg {
				continue
			}
			if p == pkg {
				via[q] = pkg + " → " + q
			} else {
				via[q] = via[p] + " → " + q
			}
			queue = append(queue, q)
		}
	}
	return via
}

func forbidden(p string, not []string) bool {
	for _, n := range not {
		if p == n || (strings.HasSuffix(n, "/") && strings.HasPrefix(p, n)) {
			return true
		}
	}
	return false
}

// violations lists every broken rule, sorted: a package that reaches a
// forbidden one, and any file, test or not, that imports a package under
// cmd/ (commands are the top of the graph).
func (g graph) violations(rs []rule) []string {
	var out []string
	for _, r := range rs {
		if _, ok := g.imports[r.from]; !ok {
			out = append(out, fmt.Sprintf("%s: no such package", r.from))
			continue
		}
		for q, chain := range g.deps(r.from) {
			if forbidden(q, r.not) {
				out = append(out, fmt.Sprintf("%s must not import %s: %s", r.from, q, chain))
			}
		}
	}
	for _, m := range []map[string][]string{g.imports, g.tests} {
		for p, is := range m {
			for _, q := range is {
				if strings.HasPrefix(q, "cmd/") && !strings.HasPrefix(p, "cmd/") {
					out = append(out, fmt.Sprintf("%s imports %s: nothing imports a command", p, q))
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestImportRules reads this module's packages and checks the rules.
func TestImportRules(t *testing.T) {
	g, err := readGraph(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"pipeline", "report", "claims", "align", "cmd/factcheck"} {
		if _, ok := g.imports[p]; !ok {
			t.Fatalf("package %s not found: the walk missed the module's packages (have %d)", p, len(g.imports))
		}
	}
	if _, ok := g.deps("cmd/factcheck")["align"]; !ok {
		t.Fatalf("cmd/factcheck does not reach align: the imports were not read")
	}
	for _, v := range g.violations(rules) {
		t.Error(v)
	}
}

// TestViolations: the checker finds a forbidden import however far down
// the chain it is, and a test file that imports a command.
func TestViolations(t *testing.T) {
	g := graph{
		imports: map[string][]string{
			"pipeline":      {"align"},
			"align":         {"internal/x"},
			"internal/x":    {"report"},
			"report":        {"pipeline"},
			"claims":        {"source"},
			"source":        nil,
			"cmd/factcheck": {"pipeline", "report"},
		},
		tests: map[string][]string{"report": {"cmd/factcheck"}},
	}
	rs := []rule{{"pipeline", []string{"report"}}, {"claims", []string{"align"}}, {"missing", nil}}
	want := []string{
		"missing: no such package",
		"pipeline must not import report: pipeline → align → internal/x → report",
		"report imports cmd/factcheck: nothing imports a command",
	}
	if diff := cmp.Diff(want, g.violations(rs)); diff != "" {
		t.Errorf("violations mismatch (-want +got):\n%s", diff)
	}
}
