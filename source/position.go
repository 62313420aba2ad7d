package source

import (
	"cmp"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/escape"
)

// Position is a place in an input file.
// Line and Column are 1-based; Column counts runes.
// Offset is the 0-based byte offset into the raw file.
type Position struct {
	Filename     string
	Offset       int
	Line, Column int
}

// String formats the position as "file:line:column", the file name
// escaped as every human format prints it (escape.Path): a newline or an
// ESC sequence in a name cannot forge a line or reach the terminal.
func (p Position) String() string {
	return fmt.Sprintf("%s:%d:%d", escape.Path(p.Filename), p.Line, p.Column)
}

// Less orders positions by file, then place in the file.
func (p Position) Less(q Position) bool { return p.Compare(q) < 0 }

// Compare orders positions by file, then line and column: -1, 0 or +1.
// Within one file, line and column order is byte-offset order.
func (p Position) Compare(q Position) int {
	switch {
	case p.Filename != q.Filename:
		return strings.Compare(p.Filename, q.Filename)
	case p.Line != q.Line:
		return cmp.Compare(p.Line, q.Line)
	default:
		return cmp.Compare(p.Column, q.Column)
	}
}

// lineTable holds the byte offset at which each line of a raw file starts.
type lineTable []int

func newLineTable(raw []byte) lineTable {
	t := lineTable{0}
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '\n':
			t = append(t, i+1)
		case '\r':
			// A lone CR ends a line too (old Mac files); CRLF counts once.
			if i+1 >= len(raw) || raw[i+1] != '\n' {
				t = append(t, i+1)
			}
		}
	}
	return t
}

// position returns the line and rune column of a raw byte offset.
func (t lineTable) position(raw []byte, off int) (line, col int) {
	return t.positionMarked(raw, off, nil)
}

// positionMarked is position counting runes from the nearest of marks,
// when given, instead of from the line start: a claim on a line of
// megabytes then costs markEvery bytes, not the line (counting from the
// line start made a long single-line file quadratic). raw must be valid
// UTF-8, as a Document's is.
func (t lineTable) positionMarked(raw []byte, off int, marks runeMarks) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(raw) {
		off = len(raw)
	}
	i := sort.Search(len(t), func(i int) bool { return t[i] > off }) - 1
	start := t[i]
	if start == 0 && off >= 3 && len(raw) >= 3 && raw[0] == 0xef && raw[1] == 0xbb && raw[2] == 0xbf {
		start = 3 // a byte order mark is not a column
	}
	if marks != nil && off-start > 2*markEvery {
		// In valid UTF-8 every byte but a continuation byte starts a rune.
		// Only a long line is worth it: counting from the marks scans up to
		// 2*markEvery bytes, more than an ordinary paragraph.
		return i + 1, off - start - (marks.cont(raw, off) - marks.cont(raw, start)) + 1
	}
	return i + 1, utf8.RuneCount(raw[start:off]) + 1
}

// markEvery is the spacing of rune marks in bytes.
const markEvery = 4096

// runeMarks holds the number of UTF-8 continuation bytes before every
// markEvery-th byte of a raw file.
type runeMarks []int

func newRuneMarks(raw []byte) runeMarks {
	m := make(runeMarks, len(raw)/markEvery+1)
	n := 0
	for i, c := range raw {
		if i%markEvery == 0 {
			m[i/markEvery] = n
		}
		if c&0xC0 == 0x80 {
			n++
		}
	}
	if len(raw)%markEvery == 0 {
		m[len(raw)/markEvery] = n
	}
	return m
}

// cont returns the number of continuation bytes in raw[:off].
func (m runeMarks) cont(raw []byte, off int) int {
	k := off / markEvery
	n := m[k]
	for _, c := range raw[k*markEvery : off] {
		if c&0xC0 == 0x80 {
			n++
		}
	}
	return n
}

// run maps a stretch of article text onto the raw bytes it came from:
// Text[Text:Text+Len] was read from Raw[Raw:Raw+Len] byte for byte, or,
// when Len is 0 in the raw file (an entity, an escape), from RawLen bytes.
type run struct {
	Text, Raw, Len int
}

// offsetMap maps byte offsets in a document's Text to byte offsets in its
// raw file. Runs are sorted by Text offset and do not overlap.
type offsetMap []run

// raw maps a Text offset to its raw offset. An offset inside a stretch that
// was rewritten (an HTML entity, a YAML escape) maps to the stretch's start.
func (m offsetMap) raw(off int) int {
	if len(m) == 0 {
		return off
	}
	i := sort.Search(len(m), func(i int) bool { return m[i].Text > off }) - 1
	if i < 0 {
		return m[0].Raw
	}
	r := m[i]
	d := off - r.Text
	if d > r.Len {
		d = r.Len
	}
	return r.Raw + d
}
