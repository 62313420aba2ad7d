package source

import "time"

// Format is how a file was read.
type Format string

const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	FormatYAML     Format = "yaml" // a file that is one YAML record
)

// Kind says what part of an article a block or sentence is.
type Kind string

const (
	KindBody      Kind = "body"
	KindHeadline  Kind = "headline"  // the article's own title
	KindCaption   Kind = "caption"   // a photo caption: a claim like any other
	KindCredit    Kind = "credit"    // a photo credit or byline line: not a claim
	KindDateline  Kind = "dateline"  // a date line or "Date:" line near the top
	KindFurniture Kind = "furniture" // site navigation, headline lists, prompts
)

// IsArticle reports whether text of this kind is part of the article's
// claims (body, headline, caption).
func (k Kind) IsArticle() bool {
	return k == KindBody || k == KindHeadline || k == KindCaption
}

// Metadata is what a source says about itself.
type Metadata struct {
	Title     string
	Published time.Time // zero when unknown; date precision is what matters
	Author    string
	Provider  string
	URL       string
	// Dateline is the place and agency that open a wire story, as in
	// "CITY (AP) —", without the dash.
	Dateline string
	// DateFrom names where Published was read ("front matter", "meta",
	// "dateline", "Date: line", "override"), for explanations.
	DateFrom string
}

// Block is a stretch of the document's text that is one visual unit: a
// paragraph, a heading, a caption, a list item.
type Block struct {
	Start, End int // byte offsets into Document.Text
	Kind       Kind
	// Why says which signal chose Kind when it is not body (for -explain
	// and tests), e.g. "headline list", "link list", "repeated across sources".
	Why string
}

// Sentence is one sentence of article text.
// Invariant: Text == doc.Text[Start:End].
type Sentence struct {
	Start, End int // byte offsets into Document.Text
	Text       string
	Kind       Kind
	Block      int // index into Document.Blocks
	Pos        Position
	// Why says which signal chose Kind when it differs from the block's
	// (e.g. "ignored by rules"); otherwise it is the block's Why.
	Why string
}

// Document is one source file, read and segmented.
type Document struct {
	Path   string // as given on the command line; "-" reads standard input
	Raw    []byte // the file's bytes as read
	Format Format
	Meta   Metadata

	// Text is the visible text of the file: markup removed, escapes and
	// entities decoded. Offsets in Blocks and Sentences index into it, and
	// Pos maps them back to the raw file.
	Text      string
	Blocks    []Block
	Sentences []Sentence
	// Hidden are the offsets in Text where format characters of the file
	// (soft hyphens, zero-width spaces, bidirectional controls) were left
	// out, sorted: Text reads as the page does, and a value that had one
	// inside can be reported.
	Hidden []int

	offsets offsetMap
	lines   lineTable
	marks   runeMarks // column counting on long lines
	hints   []string  // per block, from the reader: "list", "h1", "caption"…
}

// Pos returns the position in the raw file of a byte offset into Text.
func (d *Document) Pos(off int) Position {
	raw := d.offsets.raw(off)
	line, col := d.lines.positionMarked(d.Raw, raw, d.marks)
	return Position{Filename: d.Path, Offset: raw, Line: line, Column: col}
}

// newDocument starts a document over raw bytes; the reader that fills Text
// also records the offset runs that map it back.
func newDocument(path string, raw []byte, f Format) *Document {
	return &Document{Path: path, Raw: raw, Format: f, lines: newLineTable(raw), marks: newRuneMarks(raw)}
}
