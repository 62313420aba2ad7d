package report

import (
	"bufio"
	"encoding/json"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
)

// SARIF 2.1.0, the subset factcheck writes. One result per finding with a
// location for every side; the rule is the finding's kind.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations,omitempty"`
		ColumnKind  string            `json:"columnKind"`
		Results     []sarifResult     `json:"results"`
		// Properties name the rules file the run applied (absent when
		// none): SARIF's property bag for what the format has no field for.
		Properties *sarifRunProperties `json:"properties,omitempty"`
	}
	sarifRunProperties struct {
		Config string `json:"config"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string        `json:"id"`
		Name                 string        `json:"name"`
		ShortDescription     sarifMessage  `json:"shortDescription"`
		FullDescription      *sarifMessage `json:"fullDescription,omitempty"`
		DefaultConfiguration sarifConfig   `json:"defaultConfiguration"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifInvocation struct {
		ExecutionSuccessful            bool                `json:"executionSuccessful"`
		ToolConfigurationNotifications []sarifNotification `json:"toolConfigurationNotifications,omitempty"`
	}
	sarifNotification struct {
		Descriptor sarifDescriptorRef `json:"descriptor"`
		Level      string             `json:"level"`
		Message    sarifMessage       `json:"message"`
		Locations  []sarifLocation    `json:"locations"`
	}
	sarifDescriptorRef struct {
		ID string `json:"id"`
	}
	sarifResult struct {
		RuleID              string             `json:"ruleId"`
		RuleIndex           int                `json:"ruleIndex"`
		Level               string             `json:"level"`
		Message             sarifMessage       `json:"message"`
		Locations           []sarifLocation    `json:"locations"`
		PartialFingerprints map[string]string  `json:"partialFingerprints"`
		Properties          *sarifProperties   `json:"properties,omitempty"`
		Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifMessage `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int           `json:"startLine"`
		StartColumn int           `json:"startColumn"`
		Snippet     *sarifMessage `json:"snippet,omitempty"`
	}
	sarifProperties struct {
		Context bool `json:"context,omitempty"`
	}
	sarifSuppression struct {
		Kind          string `json:"kind"`
		Status        string `json:"status"`
		Justification string `json:"justification,omitempty"`
	}
)

// sarifSchema is the schema URI written into the log.
const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// fingerprintKey names the partial fingerprint holding the finding ID.
const fingerprintKey = "factcheckFindingId/v1"

// writeSARIF writes a SARIF 2.1.0 log of one run.
func writeSARIF(w *bufio.Writer, r *pipeline.Result, _ Options) error {
	fs := ordered(r.Findings)
	// Rules: align's checks in their order, then any other kind the
	// findings use, sorted, so ruleIndex is stable across runs.
	var rules []sarifRule
	index := map[string]int{}
	for _, c := range align.Checks() {
		index[c.Name] = len(rules)
		rules = append(rules, sarifRuleOf(c.Name, c.Doc, c.Severity))
	}
	var extra []string
	for _, f := range fs {
		if _, ok := index[f.Check]; !ok {
			index[f.Check] = -1
			extra = append(extra, f.Check)
		}
	}
	sort.Strings(extra)
	for _, k := range extra {
		index[k] = len(rules)
		rules = append(rules, sarifRuleOf(k, "Sources disagree ("+k+")", align.Warning))
	}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "factcheck",
			InformationURI: "https://github.com/factcheck/factcheck",
			Rules:          rules,
		}},
		ColumnKind: "unicodeCodePoints", // Position.Column counts runes
		Results:    []sarifResult{},
	}
	if r.Config != "" {
		run.Properties = &sarifRunProperties{Config: escape.PathUTF8(r.Config)}
	}
	tt := newTitler(r)
	for _, f := range fs {
		res := sarifResult{
			RuleID:              f.Check,
			RuleIndex:           index[f.Check],
			Level:               level(f.Severity, "note"),
			Message:             sarifMessage{tt.title(&f)},
			Locations:           []sarifLocation{},
			PartialFingerprints: map[string]string{fingerprintKey: f.ID},
		}
		if f.Context {
			res.Properties = &sarifProperties{Context: true}
		}
		for _, s := range f.Sides {
			loc := sarifLoc(s.Pos.Filename, s.Pos.Line, s.Pos.Column, oneLine(s.Text))
			if s.Value != "" {
				loc.Message = &sarifMessage{s.Value}
			}
			res.Locations = append(res.Locations, loc)
		}
		if f.Status.Resolved() {
			res.Suppressions = []sarifSuppression{{Kind: "external", Status: "accepted", Justification: suppressionText(f)}}
		}
		run.Results = append(run.Results, res)
	}
	if len(r.Stale) > 0 {
		inv := sarifInvocation{ExecutionSuccessful: true}
		for _, s := range sortedStale(r.Stale) {
			p := s.Position
			inv.ToolConfigurationNotifications = append(inv.ToolConfigurationNotifications, sarifNotification{
				Descriptor: sarifDescriptorRef{ID: "stale-resolution"},
				Level:      "warning",
				Message:    sarifMessage{staleText(s)},
				Locations:  []sarifLocation{sarifLoc(p.Filename, p.Line, p.Column, "")},
			})
		}
		run.Invocations = []sarifInvocation{inv}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// sarifRuleOf describes a kind: the first line of its doc is the short
// description, the rest the full one.
func sarifRuleOf(kind, doc string, sev align.Severity) sarifRule {
	title, rest, _ := strings.Cut(doc, "\n")
	r := sarifRule{
		ID: kind, Name: kind, ShortDescription: sarifMessage{title},
		DefaultConfiguration: sarifConfig{Level: level(sev, "note")},
	}
	if rest = oneLine(rest); rest != "" {
		r.FullDescription = &sarifMessage{rest}
	}
	return r
}

func sarifLoc(path string, line, col int, snippet string) sarifLocation {
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	loc := sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: sarifURI(path)},
		Region:           sarifRegion{StartLine: line, StartColumn: col},
	}}
	if snippet != "" {
		loc.PhysicalLocation.Region.Snippet = &sarifMessage{snippet}
	}
	return loc
}

// sarifURI turns a path into a URI reference with forward slashes,
// percent-encoding what a URI cannot hold (spaces, '#', '?').
func sarifURI(path string) string {
	return (&url.URL{Path: filepath.ToSlash(path)}).String()
}

// suppressionText says why a resolved finding is suppressed: its status,
// and the reason when there is one.
func suppressionText(f align.Finding) string {
	if f.Reason == "" {
		return string(f.Status)
	}
	return string(f.Status) + ": " + f.Reason
}
