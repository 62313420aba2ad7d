package claims

import (
	"time"

	"github.com/factcheck/factcheck/source"
)

// Kind is what sort of text a claim came from.
type Kind string

const (
	KindStatement   Kind = "statement"   // a fact asserted in body text
	KindHeadline    Kind = "headline"    // the article's title
	KindCaption     Kind = "caption"     // a photo caption
	KindDescription Kind = "description" // an appositive or relative clause about an entity
)

// EntityType is the category of a named thing.
type EntityType string

const (
	Person       EntityType = "person"
	Place        EntityType = "place"
	Organization EntityType = "organization"
	Event        EntityType = "event"
	Other        EntityType = "other"
)

// Mention is one reference to an entity inside a claim.
type Mention struct {
	Start, End int    // byte offsets into the document's Text
	Text       string // as written: "Dmitri Peskov", "the Kremlin spokesman"
	Type       EntityType
	// Canonical is the document-level full form this mention links to
	// ("Peskov" → "Dmitri Peskov"), after variant normalization
	// ("US" → "United States").
	Canonical string
	// Key compares referents across sources: lowercase, with transliteration
	// and spelling variants folded ("dmitri peskov" and "dmitry peskov" share
	// a key). Two mentions with one Key but different Canonical forms are a
	// spelling divergence.
	Key string
	// Demonym is set when the text is an adjective or demonym standing for
	// a country ("Russian" → Russia): the mention says whose, not where,
	// so a place check should not compare it.
	Demonym bool
	// Locative is set for a place written as where something happened:
	// after "in", "at", "near", "outside", … ("met in Lagos"), or set off
	// after such a place ("in Paris, France"). A place check should compare
	// these; "a U.S. proposal" or "war with Ukraine" name participants.
	Locative bool
}

// Granularity is how precisely a time is known.
type Granularity string

const (
	Day    Granularity = "day"
	Week   Granularity = "week"
	Month  Granularity = "month"
	Season Granularity = "season"
	Year   Granularity = "year"
)

// TimeKind distinguishes a point in time from an open interval.
type TimeKind string

const (
	Point TimeKind = "point" // on March 3, 2023; in June 2023; Thursday
	Since TimeKind = "since" // since 2018: the start of a state that continues
)

// Time is a time expression normalized to a calendar interval.
type Time struct {
	Start, End  int    // byte offsets into the document's Text
	Text        string // as written
	Kind        TimeKind
	Granularity Granularity
	// From and To bound the interval the expression denotes, in UTC: for
	// "June 2023", 2023-06-01 and 2023-07-01 (To is exclusive).
	From, To time.Time
	// Relative is set when the value was resolved against an anchor (the
	// publication date): "Thursday", "last year".
	Relative bool
	Anchor   time.Time // zero unless Relative
	// Hedge qualifies an "ago" expression: "more than a year ago".
	Hedge string
	// Attributive is set for a time used as a modifier: a year ("the 2010
	// treaty", "the 2020 election") or a possessive ("Friday's semifinal",
	// "this year's ceremony"). It names a thing rather than dating the
	// claim, so a date check should not compare it.
	Attributive bool
	// Event names what an event-relative expression is relative to
	// ("on the eve of Russia's invasion" → "Russia's invasion"); such a
	// time has zero From and To.
	Event string
}

// Quantity is a number with its unit and the bounds its hedge allows.
type Quantity struct {
	Start, End int    // byte offsets into the document's Text
	Text       string // as written: "roughly 10 minutes"
	Value      float64
	Unit       string // singular, lowercase: "minute", "person", "year"; "" for a bare count
	// Of is the act a count of people is the object of ("kill" in
	// "killing 12 people", "injure" in "injuring 150"); "" otherwise.
	Of    string
	Hedge string // about, roughly, at least, more than, …; "" when exact
	// Low and High are the values the claim allows given its hedge
	// ("more than 10": Low 10, High +Inf; "about 10": 9 to 11).
	Low, High float64
}

// Polarity is whether a claim asserts or negates its predicate.
type Polarity string

const (
	Affirmed Polarity = "affirmed"
	Negated  Polarity = "negated"
)

// Modality is how firmly a claim is stated.
type Modality string

const (
	Asserted    Modality = "asserted"
	Hedged      Modality = "hedged"      // may, might, reportedly, appears to
	Future      Modality = "future"      // will, set to, is to, plans to
	Conditional Modality = "conditional" // would, could, if
)

// Attribution is who a claim is credited to: "U.S. officials said",
// "according to a senior U.S. official", "Peskov told TASS".
type Attribution struct {
	Start, End int    // byte offsets of the attribution phrase
	Text       string // the phrase as written
	Speaker    string // canonical speaker: "Dmitri Peskov", "a senior U.S. official"
	// Type is the speaker's entity type when the credit names one (a
	// person, an organization); "" for an unnamed source.
	Type EntityType
	Key  string // comparable like Mention.Key
	Verb string // lemma of the reporting verb: say, tell, accord
	// Mentions are the names the phrase gives, in order ("the Civil
	// Aviation Authority of Oman announced"): what the sentence says
	// besides its claims, for aligning a restatement with it.
	Mentions []Mention `json:"-"`
}

// Claim is one atomic, checkable fact from one source.
type Claim struct {
	Doc      *source.Document `json:"-"`
	Sentence int              // index into Doc.Sentences
	// Start and End span the text the claim was read from, as byte offsets
	// into Doc.Text; Text == Doc.Text[Start:End]. For an enumeration item
	// the span is the item; the frame it shares is in Frame.
	Start, End int
	Text       string
	Pos        source.Position
	Kind       Kind

	// Frame is the shared part of a split sentence that each item keeps
	// ("the minister used the call to make three points to her counterpart").
	Frame string

	Attribution *Attribution // nil when the source states it in its own voice
	Subject     *Mention     // the entity the claim is about, when known
	Predicate   string       // lemmatized main verb phrase: "meet", "speak", "release"
	// Class groups predicates that report the same kind of event
	// ("meet" for met, spoke, chatted, had face-to-face contact), from
	// data/predicates.tsv; "" when the predicate is in no class.
	Class      string
	Entities   []Mention
	Times      []Time
	Quantities []Quantity
	Polarity   Polarity
	Modality   Modality
	// Terms are the lemmatized content words, lowercase, for alignment.
	Terms []string
}
