package provenance

import (
	"fmt"
	"sort"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/source"
)

// Kind is how two sources are related.
type Kind string

const (
	Copy        Kind = "copy"        // near-verbatim shared passages
	Paraphrase  Kind = "paraphrase"  // same facts in the same order, reworded
	Independent Kind = "independent" // some shared text, not enough to be derived
)

// Basis is the evidence a direction rests on.
type Basis string

const (
	ByCredit      Basis = "credit"      // one source carries an agency credit such as "(AP)"
	ByDate        Basis = "date"        // one source was published earlier
	ByContainment Basis = "containment" // one source holds the other's text plus much more
)

// Span is a stretch of one source's article text.
type Span struct {
	Path string
	// Start and End are byte offsets into the document's Text.
	Start, End int
	// StartLine, StartCol, EndLine and EndCol locate the span in the raw
	// file (1-based; columns count runes; End is the last character's
	// position, inclusive).
	StartLine, StartCol int
	EndLine, EndCol     int
}

// String formats the span as "file:line:col-line:col".
func (s Span) String() string {
	return fmt.Sprintf("%s:%d:%d-%d:%d", escape.Path(s.Path), s.StartLine, s.StartCol, s.EndLine, s.EndCol)
}

// Lines formats the span's line range as "file:12-14" ("file:12" for one line).
func (s Span) Lines() string {
	if s.StartLine == s.EndLine {
		return fmt.Sprintf("%s:%d", escape.Path(s.Path), s.StartLine)
	}
	return fmt.Sprintf("%s:%d-%d", escape.Path(s.Path), s.StartLine, s.EndLine)
}

// PassageKind says how a passage was matched.
type PassageKind string

const (
	// Verbatim passages share word shingles, allowing small edits and
	// injected tokens between matching runs.
	Verbatim PassageKind = "verbatim"
	// Reworded passages are aligned sentences that share content words,
	// names and numbers but few shingles.
	Reworded PassageKind = "reworded"
)

// Passage is one stretch of text two sources share.
type Passage struct {
	Kind PassageKind
	A, B Span   // the passage in Relation.A and in Relation.B
	Text string // excerpt of A's side, whitespace collapsed, shortened
	// Words is the number of words matched on A's side, bridged gaps left
	// out (Verbatim), or the weight of the content words both sentences
	// share, names and numbers counting twice (Reworded).
	Words int
}

// Relation is what the text of two sources says about their provenance.
type Relation struct {
	A, B string // paths, A < B
	Kind Kind
	// From and To give the direction of copying when the evidence allows
	// (From is the origin); both "" when unknown or for Independent.
	From, To string
	// Basis names the evidence that set the direction: "credit", "date",
	// "containment", or "" when unknown.
	Basis Basis
	// Evidence explains the kind and the direction in one line.
	Evidence string
	Passages []Passage // sorted by position in A, then B
	// Coverage is the fraction of the shorter source's article words that
	// lie in verbatim passages.
	Coverage float64
	// Score is the fraction of the shorter source's sentences that are in
	// the monotone sentence alignment (verbatim or reworded).
	Score float64
}

// Anomaly kinds.
const (
	// AnomalyInjected is a token fused to a word inside a copied passage.
	AnomalyInjected = "injected-token"
	// AnomalyDate is a copy whose publication date disagrees with its origin's.
	AnomalyDate = "copy-date"
)

// Anomaly is something only visible when a copy is set beside its origin.
type Anomaly struct {
	Kind   string // AnomalyInjected or AnomalyDate
	Pos    source.Position
	Text   string // the fused token, or the copy's date
	Detail string // one line an editor understands, citing the other side
}

// Report is the provenance of one run.
type Report struct {
	Relations []Relation
	Origins   [][]string
	Clusters  []Cluster
	Anomalies []Anomaly
}

// Build computes the whole provenance report with the thresholds p. The
// alignment may be nil, in which case there are no clusters; fs are the
// findings after rules, which decide each cluster's state.
func Build(docs []*source.Document, a *align.Alignment, fs []align.Finding, p Params) *Report {
	return Read(docs, p).Build(a, fs)
}

// Texts are documents read for provenance (tokens, shingles, sentence
// units): the part of Build that needs no alignment, so that a caller
// can read them while alignment runs.
type Texts struct {
	docs []*source.Document
	ts   []*text
	p    Params
}

// Read reads the documents for provenance with the thresholds p, in
// parallel.
func Read(docs []*source.Document, p Params) *Texts {
	return &Texts{docs: docs, ts: readAll(docs, p), p: p}
}

// Build is Build on documents already read, once: it drops what it read
// as it no longer needs it. The alignment may be nil; fs are the findings
// after rules.
func (t *Texts) Build(a *align.Alignment, fs []align.Finding) *Report {
	return t.Relate(a).Build(a, fs)
}

// Related are the relations and anomalies of documents read: the part of
// Build that needs the alignment's events but not the findings, so that
// a caller can compare the texts while the checks run.
type Related struct {
	docs  []*source.Document
	rels  []Relation
	anoms []Anomaly
}

// Relate compares the texts, once (it drops what it read as it no longer
// needs it), within the events of the alignment a, which may be nil. It
// reads a's events only, and only before it returns.
func (t *Texts) Relate(a *align.Alignment) *Related {
	if a == nil {
		return t.relateWith(nil)
	}
	return t.RelateEvents(a.Events)
}

// RelateEvents is Relate with only the alignment's events, which is all
// Relate reads of it: Relate(a) is RelateEvents(a.Events). It can run
// while the rest of the alignment is built (align.Options.Events).
func (t *Texts) RelateEvents(events []align.Event) *Related {
	return t.relateWith(eventsOf(t.docs, events))
}

func (t *Texts) relateWith(ev eventIDs) *Related {
	docs := t.docs
	rels, anoms := relateTexts(t.ts, t.p, ev)
	anoms = append(anoms, dateAnomalies(docs, rels)...)
	sortAnomalies(anoms)
	return &Related{docs: docs, rels: rels, anoms: anoms}
}

// Build completes the report: origins, and the clusters of the
// alignment a (none when a is nil) with the findings after rules fs.
func (r *Related) Build(a *align.Alignment, fs []align.Finding) *Report {
	rep := &Report{
		Relations: r.rels,
		Origins:   Origins(r.docs, r.rels),
		Anomalies: r.anoms,
	}
	if a != nil {
		rep.Clusters = Clusters(a, r.rels, fs)
	}
	return rep
}

// eventIDs says, by document, which event each reports: an event of the
// alignment, or a number of its own for a document outside it. Copies
// are always one event there, so no copy is lost. A nil eventIDs puts
// every document in one event.
type eventIDs []int

// same reports whether documents i and j report one event.
func (ev eventIDs) same(i, j int) bool { return ev == nil || ev[i] == ev[j] }

// eventsOf numbers the documents by the alignment's events.
func eventsOf(docs []*source.Document, evs []align.Event) eventIDs {
	byPath := map[string]int{}
	for i, e := range evs {
		for _, p := range e.Paths {
			byPath[p] = i
		}
	}
	ev := make(eventIDs, len(docs))
	for i, d := range docs {
		e, ok := byPath[d.Path]
		if !ok {
			e = -1 - i // a document outside the alignment is its own event
		}
		ev[i] = e
	}
	return ev
}

// Relations detects copy and paraphrase relations between the documents.
// Only informative pairs are returned (a shared passage or a paraphrase),
// sorted by A then B.
func Relations(docs []*source.Document, p Params) []Relation {
	rels, _ := relate(docs, p, nil)
	return rels
}

// Anomalies returns the injected tokens and date disagreements found
// between related documents.
func Anomalies(docs []*source.Document, p Params) []Anomaly {
	rels, anoms := relate(docs, p, nil)
	anoms = append(anoms, dateAnomalies(docs, rels)...)
	sortAnomalies(anoms)
	return anoms
}

func sortAnomalies(as []Anomaly) {
	sort.SliceStable(as, func(i, j int) bool {
		a, b := as[i], as[j]
		if a.Pos.Filename != b.Pos.Filename {
			return a.Pos.Filename < b.Pos.Filename
		}
		if a.Pos.Offset != b.Pos.Offset {
			return a.Pos.Offset < b.Pos.Offset
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Detail < b.Detail
	})
}
