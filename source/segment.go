package source

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

type abbrevKind uint8

const (
	abbrevTitle  abbrevKind = iota + 1 // never ends a sentence
	abbrevNumber                       // never ends one before a number
	abbrevMaybe                        // ends one only before an opener
)

// maxSentence caps a sentence's length in bytes; a longer run of text
// without a boundary is cut at a space before the cap.
const maxSentence = 2000

// splitSentences calls emit with the byte span of every sentence of s, a
// block's text. Spans are trimmed and hold at least one letter or digit.
func splitSentences(s string, emit func(start, end int)) {
	out := func(a, b int) {
		a, b = trimSpan(s, a, b)
		for b-a > maxSentence {
			cut := a + maxSentence
			for cut > a+maxSentence/2 && !utf8.RuneStart(s[cut]) {
				cut--
			}
			if sp := strings.LastIndexByte(s[a+maxSentence/2:cut], ' '); sp > 0 {
				cut = a + maxSentence/2 + sp
			}
			x, y := trimSpan(s, a, cut)
			emitIfText(s, x, y, emit)
			a, _ = trimSpan(s, cut, b)
		}
		emitIfText(s, a, b, emit)
	}
	start := 0
	i := 0
	for i < len(s) {
		r, n := decodeRune(s, i)
		if !isTerminal(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := decodeRune(s, j)
			if !isTerminal(r2) {
				break
			}
			j += n2
		}
		for j < len(s) {
			r2, n2 := decodeRune(s, j)
			if !isClosing(r2) {
				break
			}
			j += n2
		}
		if j >= len(s) {
			break
		}
		if r2, _ := decodeRune(s, j); !isSpace(r2) {
			i = j // "U.S.-Russia", "3.5", "example.com"
			continue
		}
		k := skipSpace(s, j)
		// Closing quotes set off by spaces ("the orchestra. ”") stay.
		for k < len(s) {
			q, qn := decodeRune(s, k)
			if !(q == '”' || q == '’' || (q == '"' || q == '\'') && (k+qn == len(s) || isSpaceAt(s, k+qn))) {
				break
			}
			j = k + qn
			k = skipSpace(s, j)
		}
		if k >= len(s) {
			break
		}
		next, _ := decodeRune(s, k)
		if isLower(next) || !boundaryAfter(s, start, i, r, k) {
			i = j
			continue
		}
		out(start, j)
		start, i = k, k
	}
	out(start, len(s))
}

func emitIfText(s string, a, b int, emit func(int, int)) {
	for i := a; i < b; {
		r, n := decodeRune(s, i)
		if isLetter(r) || isDigit(r) {
			emit(a, b)
			return
		}
		i += n
	}
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := decodeRune(s, i)
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

func isSpaceAt(s string, i int) bool {
	r, _ := decodeRune(s, i)
	return isSpace(r)
}

// boundaryAfter decides whether the terminator r at s[i] ends the sentence
// that began at start, given that the next one would begin at s[k].
func boundaryAfter(s string, start, i int, r rune, k int) bool {
	if r != '.' {
		return true
	}
	// The word before the period, without opening quotes and brackets.
	ws := i
	for ws > start && i-ws < 64 {
		q, n := decodeLastRune(s, ws)
		if isSpace(q) {
			break
		}
		ws -= n
	}
	word := strings.TrimLeft(s[ws:i], "\"'“‘([{")
	if word == "" {
		return true
	}
	// A period directly after another ("...") is an ellipsis.
	if strings.HasSuffix(word, ".") {
		return opener(s, k)
	}
	next, _ := decodeRune(s, k)
	// "4. 5 million", "( . 538)": a number split by the period.
	if isDigit(next) && i > 0 && isDigit(rune(s[i-1])) {
		return false
	}
	if kind, ok := lookupAbbrev(word); ok {
		switch kind {
		case abbrevTitle:
			return false
		case abbrevNumber:
			return !isDigit(next) && opener(s, k)
		case abbrevMaybe:
			return opener(s, k)
		}
	}
	// An initial ("John F. Kennedy") or a dotted abbreviation ("U.S.").
	if utf8.RuneCountInString(word) == 1 && isLetter(firstRune(word)) {
		return opener(s, k)
	}
	if strings.IndexByte(word, '.') > 0 {
		return opener(s, k)
	}
	// A list number at the start of a sentence ("1. The first …").
	if ws == start && allDigits(word) && len(word) <= 3 {
		return false
	}
	return true
}

func lookupAbbrev(w string) (abbrevKind, bool) {
	if k, ok := vocab().abbrevs[w]; ok {
		return k, true
	}
	return 0, false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// opener reports whether the word at s[k] usually opens a sentence.
func opener(s string, k int) bool {
	e := k
	for e < len(s) && e-k < 20 {
		r, n := decodeRune(s, e)
		if !isLetter(r) {
			break
		}
		e += n
	}
	if e == k {
		// a quote or a digit: a new sentence unless it is a number
		r, _ := decodeRune(s, k)
		return r == '"' || r == '“' || r == '\''
	}
	return vocab().openers[s[k:e]]
}

// segment splits every block into sentences and positions them.
func segment(d *Document) {
	p := positioner{d: d}
	// Every document's sentences are held for the whole run: gathered in
	// a buffer kept per worker, then copied out at their final size.
	buf := sentencePool.Get().(*[]Sentence)
	ss := (*buf)[:0]
	for bi, b := range d.Blocks {
		text := d.Text[b.Start:b.End]
		splitSentences(text, func(a, e int) {
			st, en := b.Start+a, b.Start+e
			ss = append(ss, Sentence{
				Start: st, End: en, Text: d.Text[st:en], Kind: b.Kind, Why: b.Why,
				Block: bi, Pos: p.pos(st),
			})
		})
	}
	if len(ss) > 0 {
		d.Sentences = slices.Clone(ss)
	} else if d.Sentences = d.Sentences[:0]; cap(d.Sentences) > 0 {
		d.Sentences = slices.Clone(d.Sentences)
	}
	clear(ss) // substrings of d.Text: keep no document alive
	*buf = ss[:0]
	sentencePool.Put(buf)
}

// sentencePool holds segment's buffers.
var sentencePool = sync.Pool{New: func() any { return new([]Sentence) }}

// positioner computes positions for increasing offsets without counting
// each line again from its start.
type positioner struct {
	d              *Document
	raw, col, lidx int
	ok             bool
}

func (p *positioner) pos(off int) Position {
	d := p.d
	raw := d.offsets.raw(off)
	if raw > len(d.Raw) {
		raw = len(d.Raw)
	}
	t := d.lines
	li := sort.Search(len(t), func(i int) bool { return t[i] > raw }) - 1
	if li < 0 {
		li = 0
	}
	var col int
	if p.ok && li == p.lidx && raw >= p.raw {
		col = p.col + utf8.RuneCount(d.Raw[p.raw:raw])
	} else {
		_, col = t.position(d.Raw, raw)
	}
	p.raw, p.lidx, p.col, p.ok = raw, li, col, true
	return Position{Filename: d.Path, Offset: raw, Line: li + 1, Column: col}
}

// applyKinds gives each sentence its block's kind, then marks the ones the
// rules ignore.
func applyKinds(d *Document, opt Options) {
	for i := range d.Sentences {
		s := &d.Sentences[i]
		b := d.Blocks[s.Block]
		s.Kind, s.Why = b.Kind, b.Why
		for _, re := range opt.Ignore {
			if re.MatchString(s.Text) {
				s.Kind, s.Why = KindFurniture, "ignored by rules"
				break
			}
		}
	}
}
