package source

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// builder assembles a document's Text from pieces of the raw file and
// records, for each piece, the run that maps it back. Readers never search
// the text they produced: they copy or decode a raw span and say where it
// came from.
type builder struct {
	sb     strings.Builder
	runs   offsetMap
	blocks []Block
	open   int      // Text offset where the current block began, or -1
	hints  []string // per block: what the reader knew (a heading, a list item…)
	hint   string
	hidden []int // Text offsets where a format character was left out
}

func newBuilder(sizeHint int) *builder {
	b := &builder{open: -1}
	b.sb.Grow(sizeHint)
	return b
}

func (b *builder) len() int { return b.sb.Len() }

// copyRaw appends raw[start:end] verbatim, less its format characters
// (see isHidden).
func (b *builder) copyRaw(raw []byte, start, end int) {
	for i := start; i < end; {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:end])
		if isHidden(r) {
			b.copyVisible(raw, start, i)
			b.hide()
			start = i + n
		}
		i += n
	}
	b.copyVisible(raw, start, end)
}

// isHidden reports whether r is a format character (Unicode category Cf:
// soft hyphen, zero-width space and joiners, word joiner, byte order mark,
// bidirectional controls). They are invisible on the page, so a reader
// sees "Sergei" where the bytes say "Ser\u00adgei": Text leaves them out, so
// that they cannot hide a name or a number from matching, and records
// where they were (Document.Hidden).
func isHidden(r rune) bool { return r >= 0x80 && unicode.Is(unicode.Cf, r) }

// hide records that a format character was left out at the end of Text.
func (b *builder) hide() { b.hideAt(b.sb.Len()) }

func (b *builder) hideAt(t int) {
	if len(b.hidden) == 0 || b.hidden[len(b.hidden)-1] != t {
		b.hidden = append(b.hidden, t)
	}
}

// copyVisible appends raw[start:end], which holds no format character.
func (b *builder) copyVisible(raw []byte, start, end int) {
	if end <= start {
		return
	}
	t := b.sb.Len()
	if n := len(b.runs); n > 0 {
		last := &b.runs[n-1]
		if last.Len > 0 && last.Text+last.Len == t && last.Raw+last.Len == start {
			last.Len += end - start
			b.sb.Write(raw[start:end])
			return
		}
	}
	b.runs = append(b.runs, run{Text: t, Raw: start, Len: end - start})
	b.sb.Write(raw[start:end])
}

// decoded appends s, which was read from the raw bytes starting at rawStart
// (an entity, an escape, a collapsed run of whitespace). Every offset inside
// s maps to rawStart.
func (b *builder) decoded(s string, rawStart int) {
	if strings.IndexFunc(s, isHidden) >= 0 {
		// "&shy;" and "\u200b" decode to format characters: left out too.
		var out strings.Builder
		for _, r := range s {
			if isHidden(r) {
				b.hideAt(b.sb.Len() + out.Len())
				continue
			}
			out.WriteRune(r)
		}
		s = out.String()
	}
	if s == "" {
		return
	}
	b.runs = append(b.runs, run{Text: b.sb.Len(), Raw: rawStart, Len: 0})
	b.sb.WriteString(s)
}

// space appends one separating space (mapped to rawAt) unless the text is
// empty or already ends in whitespace.
func (b *builder) space(rawAt int) {
	if b.sb.Len() == 0 {
		return
	}
	s := b.sb.String()
	switch s[len(s)-1] {
	case ' ', '\n', '\t':
		return
	}
	b.decoded(" ", rawAt)
}

// newline ends the current line of text with "\n" mapped to rawAt.
func (b *builder) newline(rawAt int) {
	if b.sb.Len() == 0 {
		return
	}
	s := b.sb.String()
	if s[len(s)-1] == '\n' {
		return
	}
	b.decoded("\n", rawAt)
}

// startBlock opens a block at the current end of Text. hint is what the
// reader knows about it ("list", "h1", "title", "caption"…), for analyze.
func (b *builder) startBlock(hint string) {
	b.endBlock()
	b.open = b.sb.Len()
	b.hint = hint
}

// endBlock closes the open block, trimming surrounding whitespace, and
// drops it when it holds no text.
func (b *builder) endBlock() {
	if b.open < 0 {
		return
	}
	s := b.sb.String()
	start, end := trimSpan(s, b.open, len(s))
	if start < end {
		b.blocks = append(b.blocks, Block{Start: start, End: end, Kind: KindBody})
		b.hints = append(b.hints, b.hint)
	}
	b.open = -1
	b.hint = ""
}

func (b *builder) finish(d *Document) {
	b.endBlock()
	d.Hidden = b.hidden
	d.Text = b.sb.String()
	d.offsets = b.runs
	d.Blocks = b.blocks
	d.hints = b.hints
}

// trimSpan narrows [start,end) of s past ASCII and Unicode white space.
func trimSpan(s string, start, end int) (int, int) {
	for start < end {
		r, n := decodeRune(s, start)
		if !isSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := decodeLastRune(s, end)
		if !isSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}
