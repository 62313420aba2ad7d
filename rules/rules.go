package rules

import (
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/source"
)

// FileName is the rules file Discover looks for.
const FileName = ".factcheck.yaml"

// Kinds returns the check names a rules file may tune under "severity":
// the names of align.Checks, in their order. A name not listed is a config
// error, which catches typos such as "nmae".
func Kinds() []string { return align.CheckNames() }

// statuses lists the statuses a resolution may declare.
var statuses = []align.Status{align.Accepted, align.FalsePositive, align.Fixed}

// Rules is a parsed rules file. A nil *Rules is valid everywhere and means
// "no rules file": defaults throughout.
type Rules struct {
	Path        string // the file it was read from, for messages
	Aliases     []Alias
	Resolutions []Resolution
	// Severity overrides a check's severity by check name.
	Severity map[string]align.Severity
	// FailOn is the gating threshold; FailOnError unless the file says.
	FailOn FailOn
	// IgnorePaths are globs of files never read as sources.
	IgnorePaths []Glob
	// IgnoreSentences match sentences that are never claims; hand them to
	// the source package's options.
	IgnoreSentences []*regexp.Regexp
	Sources         []SourceOverride
}

// Alias is one canonical name and the variants that mean the same person,
// place or body.
type Alias struct {
	Canonical string
	Variants  []string
	Pos       source.Position // the canonical name's key in the rules file
}

// Resolution records an editor's decision on one finding.
type Resolution struct {
	ID     string
	Status align.Status // accepted, false-positive or fixed
	Reason string       // required
	By     string       // optional: who decided
	Date   string       // optional: YYYY-MM-DD
	Pos    source.Position
}

// SourceOverride is metadata an editor supplies for files matching Glob.
// Zero fields are not overridden.
type SourceOverride struct {
	Glob      Glob
	Published time.Time
	Provider  string
	Pos       source.Position
}

// Canonical returns the canonical name that name is declared as (or a
// variant of), compared case-insensitively with runs of spaces folded.
func (r *Rules) Canonical(name string) (string, bool) {
	if r == nil {
		return "", false
	}
	k := foldName(name)
	for _, a := range r.Aliases {
		if foldName(a.Canonical) == k {
			return a.Canonical, true
		}
		for _, v := range a.Variants {
			if foldName(v) == k {
				return a.Canonical, true
			}
		}
	}
	return "", false
}

// alias returns the alias entry name belongs to.
func (r *Rules) alias(name string) (*Alias, bool) {
	c, ok := r.Canonical(name)
	if !ok {
		return nil, false
	}
	for i := range r.Aliases {
		if r.Aliases[i].Canonical == c {
			return &r.Aliases[i], true
		}
	}
	return nil, false
}

func foldName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// Ignored reports whether a source file path matches an ignore.paths glob.
func (r *Rules) Ignored(path string) bool {
	if r == nil {
		return false
	}
	for _, g := range r.IgnorePaths {
		if g.Match(path) {
			return true
		}
	}
	return false
}

// Source returns the metadata overrides for a source file: every matching
// entry applies in file order, a later one overriding the fields it sets.
func (r *Rules) Source(path string) (SourceOverride, bool) {
	var out SourceOverride
	found := false
	if r == nil {
		return out, false
	}
	for _, s := range r.Sources {
		if !s.Glob.Match(path) {
			continue
		}
		found = true
		out.Glob, out.Pos = s.Glob, s.Pos
		if !s.Published.IsZero() {
			out.Published = s.Published
		}
		if s.Provider != "" {
			out.Provider = s.Provider
		}
	}
	return out, found
}

// Threshold returns the gating threshold: flag when it is non-empty (the
// --fail-on flag wins), else the file's fail-on, else error.
func (r *Rules) Threshold(flag string) (FailOn, error) {
	if flag != "" {
		return ParseFailOn(flag)
	}
	if r == nil {
		return FailOnError, nil
	}
	return r.FailOn, nil
}

// Glob is a path pattern: path.Match syntax per segment, plus "**" as a
// whole segment matching any number of segments.
type Glob struct {
	Pattern string
	segs    []string
}

// Match reports whether the glob matches path or any trailing run of its
// segments, so "wire.md" and "articles/*.md" match
// "/home/ed/story/articles/wire.md" whatever directory check ran in.
func (g Glob) Match(path string) bool {
	p := filepath.ToSlash(filepath.Clean(path))
	segs := strings.Split(strings.TrimPrefix(p, "/"), "/")
	if strings.HasPrefix(g.Pattern, "/") {
		return matchSegs(g.segs, segs)
	}
	for i := range segs {
		if matchSegs(g.segs, segs[i:]) {
			return true
		}
	}
	return false
}
