package source

import (
	"cmp"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Position is a place in an input file.
// Line and Column are 1-based; Column counts runes.
// Offset is the 0-based byte offset into the raw file.
type Position struct {
	Filename     string
	Offset       int
	Line, Column int
}

// String formats the position as "file:line:column".
func (p Position) String() string {
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
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
	return i + 1, utf8.RuneCount(raw[start:off]) + 1
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
