package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/internal/lexicon"
	"github.com/factcheck/factcheck/provenance"
	"github.com/factcheck/factcheck/rules"
	"github.com/factcheck/factcheck/source"
)

// Config says what to check and how.
type Config struct {
	Paths []string
	Draft string // the editor's own article; "" when every file is a peer
	// DraftDate, when set, is the date the draft's relative times are
	// read against, whatever the draft says (--draft-date).
	DraftDate time.Time
	Source    source.Options
	Rules     *rules.Rules // nil for defaults
	// Progress, when set, is told which stage runs ("aligning 412 claims").
	Progress func(format string, args ...any)
}

func (c Config) progress(format string, args ...any) {
	if c.Progress != nil {
		c.Progress(format, args...)
	}
}

// Result is everything a check produced, ready to print: what the
// report package renders.
type Result struct {
	Sources []*source.Document
	// Claims are each source's claims, parallel to Sources: what
	// "factcheck claims" lists.
	Claims   [][]claims.Claim
	Findings []align.Finding // sorted with align.Less
	// Stale lists resolutions in the rules file that match no finding.
	Stale []rules.Stale
	// SingleSource lists claims only one source states (informational).
	SingleSource []align.Side
	// Unsupported lists the draft's claims that no source states
	// (informational; empty without --draft).
	Unsupported []align.Side
	// Support is the draft's support map: each claim of the draft, in
	// order, marked supported (with the source claims), contradicted (with
	// the findings), partly supported (with the words no source states) or
	// unsupported (with the nearest source claim); empty without --draft.
	Support []align.Support
	// Draft is the path of the editor's draft, "" without --draft.
	Draft string
	// Config is the rules file the run applied, "" when none: a rules
	// file found in a parent directory can ignore sources or lower the
	// gate, so every format names it.
	Config string
	// DraftDate is the date the draft's relative times were read against,
	// and DraftDateFrom where it came from ("the draft", "--draft-date",
	// "the newest source"); zero without --draft or a date.
	DraftDate     time.Time
	DraftDateFrom string
	// Provenance says which sources copy which and how many independent
	// origins stand behind each fact; nil when not computed.
	Provenance *provenance.Report
}

// Run is everything one check produced.
type Run struct {
	Docs      []*source.Document
	Claims    [][]claims.Claim // by document, parallel to Docs
	Alignment *align.Alignment
	Result    *Result
	// Notes are what the run changed about its inputs that the user should
	// know (a draft also found among the sources), one line each.
	Notes []string
}

// Read loads the sources and extracts their claims, applying the rules
// file's ignores and metadata overrides. Input errors are returned with
// whatever could still be read, so the caller can name every bad file.
// Documents come back sorted by path, the draft first, whatever the order
// of the paths on the command line: the output depends only on the inputs.
func Read(cfg Config) ([]*source.Document, [][]claims.Claim, error) {
	return ReadContext(context.Background(), cfg)
}

// ReadContext is Read that stops when ctx is cancelled: it then returns
// nil documents and ctx's error, and every worker it started has exited.
// Reading the files is not interrupted (each is bounded by --max-bytes);
// claim extraction stops between documents.
func ReadContext(ctx context.Context, cfg Config) ([]*source.Document, [][]claims.Claim, error) {
	docs, cs, _, err := readContext(ctx, cfg)
	return docs, cs, err
}

func readContext(ctx context.Context, cfg Config) ([]*source.Document, [][]claims.Claim, []string, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	paths := cfg.Paths
	if cfg.Draft != "" {
		paths = append([]string{cfg.Draft}, paths...)
	}
	opt := cfg.Source
	if r := cfg.Rules; r != nil {
		opt.Ignore = append(opt.Ignore, r.IgnoreSentences...)
		// Ignored files are never read (docs/rules.md); the draft always is.
		opt.Skip = func(p string) bool { return p != cfg.Draft && r.Ignored(p) }
	}
	// The lexicon's tables are decoded, and the claims package's
	// gazetteer built, while the sources are read (tens of milliseconds):
	// claims extraction, their first user, would otherwise wait for them
	// on every core.
	loaded := make(chan struct{})
	go func() {
		lexicon.Load()
		claims.Load()
		close(loaded)
	}()
	defer func() { <-loaded }()
	cfg.progress("reading %d paths", len(paths))
	docs, err := source.Load(paths, opt)
	var notes []string
	docs, notes = dropDraftCopies(docs, cfg.Draft)
	if r := cfg.Rules; r != nil {
		kept := docs[:0]
		for _, d := range docs {
			if r.Ignored(d.Path) && d.Path != cfg.Draft {
				continue
			}
			if o, ok := r.Source(d.Path); ok {
				if !o.Published.IsZero() {
					d.Meta.Published = o.Published
					d.Meta.DateFrom = "rules file"
				}
				if o.Provider != "" {
					d.Meta.Provider = o.Provider
				}
			}
			kept = append(kept, d)
		}
		docs = kept
		// A gate whose rules ignore every source checked nothing: it fails,
		// as an empty directory does.
		if len(docs) == 0 && err == nil && len(paths) > 0 {
			err = fmt.Errorf("%s: ignore.paths leaves no source to check", escape.Path(r.Path))
		}
	}
	sortDocs(docs, cfg.Draft)
	dateDraft(docs, cfg)
	if cerr := ctx.Err(); cerr != nil {
		return nil, nil, nil, cerr
	}
	cfg.progress("extracting claims from %d sources", len(docs))
	cs, cerr := claims.ExtractAllContext(ctx, docs, claims.Options{})
	if cerr != nil {
		return nil, nil, nil, cerr
	}
	return docs, cs, notes, err
}

// dropDraftCopies takes the draft out of the sources when a source path
// also reaches it ("--draft dir/draft.txt dir"): read twice, the draft
// would state every one of its claims as a source too, and support itself.
// The copy read as the draft stays; the note says what was done.
func dropDraftCopies(docs []*source.Document, draft string) ([]*source.Document, []string) {
	if draft == "" || draft == "-" {
		return docs, nil
	}
	dinfo, err := os.Stat(draft)
	if err != nil {
		return docs, nil
	}
	var notes []string
	kept := docs[:0]
	seen := false
	for _, d := range docs {
		if d.Path == draft && !seen {
			seen = true
			kept = append(kept, d)
			continue
		}
		if d.Path != "-" && (filepath.Clean(d.Path) == filepath.Clean(draft) || sameFile(d.Path, dinfo)) {
			notes = append(notes, fmt.Sprintf("%s: the draft is also under the source paths (as %s): it is checked as the draft, not as a source", escape.Path(draft), escape.Path(d.Path)))
			continue
		}
		kept = append(kept, d)
	}
	return kept, notes
}

func sameFile(path string, info os.FileInfo) bool {
	i, err := os.Stat(path)
	return err == nil && os.SameFile(i, info)
}

// dateDraft gives the draft the date its relative times are read
// against: --draft-date, else its own, else the newest source's (a draft
// is written after its sources, and "on Friday" in it means the Friday
// they report). Documents are sorted with the draft first.
func dateDraft(docs []*source.Document, cfg Config) {
	if cfg.Draft == "" || len(docs) == 0 || docs[0].Path != cfg.Draft {
		return
	}
	d := docs[0]
	switch {
	case !cfg.DraftDate.IsZero():
		d.Meta.Published, d.Meta.DateFrom = cfg.DraftDate, "--draft-date"
	case d.Meta.Published.IsZero():
		var newest time.Time
		for _, s := range docs[1:] {
			if s.Meta.Published.After(newest) {
				newest = s.Meta.Published
			}
		}
		if !newest.IsZero() {
			d.Meta.Published, d.Meta.DateFrom = newest, "the newest source"
		}
	default:
		if d.Meta.DateFrom == "" {
			d.Meta.DateFrom = "the draft"
		}
	}
}

// Check runs every stage over the configured paths.
func Check(cfg Config) (*Run, error) {
	return CheckContext(context.Background(), cfg)
}

// CheckContext is Check that stops when ctx is cancelled, between stages
// and between documents: it then returns a nil Run and ctx's error, with
// no goroutine of its own left running. Otherwise, as Check, input errors
// come back with the Run of whatever could be read, and so do the limits
// alignment hit (align.Limit): either means findings may be missing.
func CheckContext(ctx context.Context, cfg Config) (*Run, error) {
	docs, cs, notes, err := readContext(ctx, cfg)
	if cerr := ctx.Err(); cerr != nil {
		return nil, cerr
	}
	opt := align.Options{Draft: cfg.Draft, Places: Gazetteer()}
	if cfg.Rules != nil {
		opt.Canonical, opt.Alias = cfg.Rules.Canonical, cfg.Rules.SameAlias
	}
	cfg.progress("aligning claims of %d sources", len(docs))
	// Provenance reads the documents (tokens, shingles) without the
	// alignment: on the other cores while alignment, mostly serial, runs.
	texts := make(chan *provenance.Texts, 1)
	go func() { texts <- provenance.Read(docs, provenance.DefaultParams()) }()
	// Provenance compares the texts within the alignment's events: from
	// as soon as the events are known, while claims are aligned and the
	// checks run; only its clusters wait for the findings.
	related := make(chan *provenance.Related, 1)
	relating := false
	opt.Events = func(evs []align.Event) {
		relating = true
		go func() { related <- (<-texts).RelateEvents(evs) }()
	}
	a := align.Cluster(docs, cs, opt)
	if !relating {
		go func() { related <- (<-texts).Relate(a) }()
	}
	if cerr := ctx.Err(); cerr != nil {
		<-related
		return nil, cerr
	}
	// A cap alignment hit may hide a finding: the run fails (exit 2)
	// rather than pass on what it did not compare.
	for _, l := range a.Limits {
		err = errors.Join(err, errors.New(l.String()))
	}
	fs := align.Run(a, align.Checks())
	if cerr := ctx.Err(); cerr != nil {
		<-related
		return nil, cerr
	}
	res := &Result{Sources: docs, Claims: cs, Draft: cfg.Draft}
	if cfg.Rules != nil {
		res.Config = cfg.Rules.Path
	}
	if cfg.Draft != "" && len(docs) > 0 && docs[0].Path == cfg.Draft {
		res.DraftDate, res.DraftDateFrom = docs[0].Meta.Published, docs[0].Meta.DateFrom
	}
	res.Findings, res.Stale = rules.Apply(fs, cfg.Rules)
	res.SingleSource = align.SingleSource(a)
	res.Unsupported = align.Unsupported(a)
	res.Support = linkSupport(align.SupportMap(a), res.Findings)
	cfg.progress("tracing provenance of %d sources", len(docs))
	res.Provenance = (<-related).Build(a, res.Findings)
	return &Run{Docs: docs, Claims: cs, Alignment: a, Result: res, Notes: notes}, err
}

// Gazetteer answers alignment's place questions from the claims package's
// gazetteer; benchmarks that run the align stage alone use it.
func Gazetteer() align.Gazetteer { return gazetteer{} }

type gazetteer struct{}

func (gazetteer) Within(inner, outer string) bool { return claims.Within(inner, outer) }
func (gazetteer) Known(place string) bool         { return claims.CountryOf(place) != "" }
func (gazetteer) Country(place string) string     { return claims.CountryOf(place) }

// linkSupport names, on each contradicted claim of the draft's support
// map, the findings (after rules) that have a side on it.
func linkSupport(sm []align.Support, fs []align.Finding) []align.Support {
	byPos := map[string][]string{}
	for _, f := range fs {
		for _, s := range f.Sides {
			k := s.Pos.String()
			if ids := byPos[k]; len(ids) == 0 || ids[len(ids)-1] != f.ID {
				byPos[k] = append(byPos[k], f.ID)
			}
		}
	}
	out := make([]align.Support, len(sm))
	for i, s := range sm {
		s.Findings = byPos[s.Claim.Pos.String()]
		if len(s.Findings) > 0 {
			s.State = align.Contradicted
		}
		out[i] = s
	}
	return out
}
