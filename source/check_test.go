package source

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDoc asserts the invariants every document keeps: spans in bounds,
// Text == doc.Text[Start:End], sentences in order and not overlapping,
// positions in the raw file whose line and column agree with the offset,
// and raw bytes that begin with the sentence wherever the text was copied.
func checkDoc(t testing.TB, d *Document) {
	t.Helper()
	prevEnd, prevOff := 0, 0
	for i, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			t.Fatalf("%s: sentence %d span [%d,%d) out of bounds (text %d bytes)", d.Path, i, s.Start, s.End, len(d.Text))
		}
		if d.Text[s.Start:s.End] != s.Text {
			t.Fatalf("%s: sentence %d Text %q != doc.Text[%d:%d] %q", d.Path, i, s.Text, s.Start, s.End, d.Text[s.Start:s.End])
		}
		if s.Start < prevEnd {
			t.Fatalf("%s: sentence %d starts at %d before the previous one ends at %d", d.Path, i, s.Start, prevEnd)
		}
		prevEnd = s.End
		if s.Block < 0 || s.Block >= len(d.Blocks) {
			t.Fatalf("%s: sentence %d block %d out of range", d.Path, i, s.Block)
		}
		if b := d.Blocks[s.Block]; s.Start < b.Start || s.End > b.End {
			t.Fatalf("%s: sentence %d [%d,%d) spans outside its block [%d,%d)", d.Path, i, s.Start, s.End, b.Start, b.End)
		}
		p := s.Pos
		if p.Filename != d.Path {
			t.Fatalf("%s: sentence %d filename %q", d.Path, i, p.Filename)
		}
		if p.Offset < 0 || p.Offset > len(d.Raw) {
			t.Fatalf("%s: sentence %d offset %d out of the raw file (%d bytes)", d.Path, i, p.Offset, len(d.Raw))
		}
		if p.Offset < prevOff {
			t.Fatalf("%s: sentence %d offset %d before the previous %d", d.Path, i, p.Offset, prevOff)
		}
		prevOff = p.Offset
		// Counting from the start of the file is slow: check a sample of
		// big documents.
		if len(d.Sentences) <= 300 || i%(len(d.Sentences)/100) == 0 {
			line, col := slowPosition(d.Raw, p.Offset)
			if line != p.Line || col != p.Column {
				t.Fatalf("%s: sentence %d at offset %d says %d:%d, the file says %d:%d", d.Path, i, p.Offset, p.Line, p.Column, line, col)
			}
			if want := d.Pos(s.Start); want != p {
				t.Fatalf("%s: sentence %d Pos %v, Document.Pos %v", d.Path, i, p, want)
			}
		}
		// Where the sentence's first bytes were copied, the raw file holds them.
		if r, ok := runAt(d.offsets, s.Start); ok && r.Len > 0 {
			n := r.Text + r.Len - s.Start
			if n > s.End-s.Start {
				n = s.End - s.Start
			}
			if got := string(d.Raw[p.Offset : p.Offset+n]); got != s.Text[:n] {
				t.Fatalf("%s: sentence %d cited at %v: raw has %q, sentence %q", d.Path, i, p, got, s.Text[:n])
			}
		}
	}
	for i, b := range d.Blocks {
		if b.Start < 0 || b.End > len(d.Text) || b.Start > b.End {
			t.Fatalf("%s: block %d span [%d,%d) out of bounds", d.Path, i, b.Start, b.End)
		}
	}
}

// runAt finds the run that holds Text offset off.
func runAt(m offsetMap, off int) (run, bool) {
	for i := len(m) - 1; i >= 0; i-- {
		if m[i].Text <= off {
			if m[i].Len > 0 && off >= m[i].Text+m[i].Len {
				return run{}, false
			}
			return m[i], true
		}
	}
	return run{}, false
}

// slowPosition counts lines and runes from the start of the file.
func slowPosition(raw []byte, off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off; i++ {
		switch raw[i] {
		case '\n':
			line, start = line+1, i+1
		case '\r':
			if i+1 >= len(raw) || raw[i+1] != '\n' {
				line, start = line+1, i+1
			}
		}
	}
	if start == 0 && off >= 3 && strings.HasPrefix(string(raw), utf8BOM) {
		start = 3
	}
	return line, utf8.RuneCount(raw[start:off]) + 1
}
