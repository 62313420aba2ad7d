package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/pipeline"
	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// repoRoot walks up from the package directory to the directory holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// TestSARIFSchema validates the SARIF output against the official OASIS
// SARIF 2.1.0 schema, kept beside the project (../shared/schemas).
func TestSARIFSchema(t *testing.T) {
	path := filepath.Join(repoRoot(t), "..", "shared", "schemas", "sarif-schema-2.1.0.json")
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("SARIF schema not found at %s: skipping schema validation (CI provides it)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatalf("compiling %s: %v", path, err)
	}
	for name, r := range map[string]*pipeline.Result{"fixture": fixture(t), "empty": {}} {
		out := render(t, "sarif", goldenOptions, r)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%s: output is not JSON: %v", name, err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("%s: SARIF output does not validate against %s:\n%v", name, path, err)
		}
	}
	// The schema has teeth: a level SARIF does not know is refused.
	bad := bytes.Replace(render(t, "sarif", goldenOptions, fixture(t)), []byte(`"level": "error"`), []byte(`"level": "fatal"`), 1)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if schema.Validate(inst) == nil {
		t.Error(`a result with level "fatal" validated`)
	}
}

// TestSARIFMapping checks what the schema cannot: one result per finding,
// a location for every side, levels, fingerprints and suppressions.
func TestSARIFMapping(t *testing.T) {
	r := fixture(t)
	var log sarifLog
	if err := json.Unmarshal(render(t, "sarif", goldenOptions, r), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	type got struct {
		Rule, Level, ID string
		Locations       int
		Suppressed      bool
	}
	var want, have []got
	for _, f := range ordered(r.Findings) {
		want = append(want, got{f.Check, level(f.Severity, "note"), f.ID, len(f.Sides), f.Status.Resolved()})
	}
	for _, res := range run.Results {
		have = append(have, got{res.RuleID, res.Level, res.PartialFingerprints[fingerprintKey], len(res.Locations), len(res.Suppressions) > 0})
		if rule := run.Tool.Driver.Rules[res.RuleIndex].ID; rule != res.RuleID {
			t.Errorf("result %s: ruleIndex points at %s", res.RuleID, rule)
		}
	}
	if diff := cmp.Diff(want, have); diff != "" {
		t.Errorf("results mismatch (-want +got):\n%s", diff)
	}
	loc := run.Results[0].Locations[1].PhysicalLocation
	if loc.ArtifactLocation.URI != "sources/herald.txt" || loc.Region.StartLine != 3 || loc.Region.StartColumn != 1 || loc.Region.Snippet == nil {
		t.Errorf("second location of the first result = %+v", loc)
	}
	if n := len(run.Invocations); n != 1 || len(run.Invocations[0].ToolConfigurationNotifications) != len(r.Stale) {
		t.Errorf("stale resolutions not reported as configuration notifications: %+v", run.Invocations)
	}
}

func TestSARIFURI(t *testing.T) {
	for in, want := range map[string]string{
		"sources/wire.txt":  "sources/wire.txt",
		"a b/c#d?.txt":      "a%20b/c%23d%3F.txt",
		"/abs/path.md":      "/abs/path.md",
		"c:colon/x.txt":     "./c:colon/x.txt",
		"näive/ünïcode.txt": "n%C3%A4ive/%C3%BCn%C3%AFcode.txt",
	} {
		if got := sarifURI(in); got != want {
			t.Errorf("sarifURI(%q) = %q, want %q", in, got, want)
		}
	}
}
