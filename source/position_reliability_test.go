package source

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPositionMarked: counting columns from rune marks gives the columns
// counting from the line start gives, at every offset, on files with long
// lines, multi-byte runes, CR, LF, CRLF and a byte order mark.
func TestPositionMarked(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "word ", "é", "—", "日本", "🙂", "\n", "\r\n", "\r", strings.Repeat("x", 5000)}
	for round := 0; round < 6; round++ {
		var b strings.Builder
		if round%3 == 0 {
			b.WriteString(utf8BOM)
		}
		for b.Len() < 3*markEvery+round*500 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		raw := []byte(b.String())
		lines, marks := newLineTable(raw), newRuneMarks(raw)
		for off := 0; off <= len(raw); off++ {
			if off < len(raw) && !utf8.RuneStart(raw[off]) {
				continue // inside a rune: no column
			}
			l1, c1 := lines.position(raw, off)
			l2, c2 := lines.positionMarked(raw, off, marks)
			if l1 != l2 || c1 != c2 {
				t.Fatalf("round %d, offset %d of %d: marked %d:%d, want %d:%d", round, off, len(raw), l2, c2, l1, c1)
			}
		}
	}
}
