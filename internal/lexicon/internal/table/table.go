// Package table owns the binary layout of the lexicon's generated WordNet
// tables: the generator encodes them and package lexicon decodes them.
package table

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// magic starts every encoded table; bump the digit when the layout changes.
const magic = "factcheck-wordnet-tables 1\n"

// POS indexes: synset ids are grouped by part of speech in this order.
const (
	Noun = iota
	Verb
	Adj
	Adv
	NumPOS
)

// CSR is a compressed sparse row table: row i is Val[Start[i]:Start[i+1]].
type CSR struct {
	Start []uint32
	Val   []int32
}

// Row returns row i.
func (c *CSR) Row(i int32) []int32 { return c.Val[c.Start[i]:c.Start[i+1]] }

// Rows returns the number of rows.
func (c *CSR) Rows() int { return len(c.Start) - 1 }

// Add appends a row.
func (c *CSR) Add(row ...int32) {
	if len(c.Start) == 0 {
		c.Start = append(c.Start, 0)
	}
	c.Val = append(c.Val, row...)
	c.Start = append(c.Start, uint32(len(c.Val)))
}

// Tables is the whole lexicon. Lemma ids index the sorted lemma strings;
// synset ids are dense, grouped by POS (PosStart). Lexical pointer tables
// (Ant, Deriv, Pert) hold, per source synset, triples
// (source lemma, target synset, target lemma).
type Tables struct {
	Header string // provenance, one line

	Lemmas   Strings // sorted, lowercase, multiword with spaces
	PosStart [NumPOS + 1]int32
	LemmaSyn CSR     // lemma -> synsets, by POS then WordNet sense order
	SynLemma CSR     // synset -> lemmas, in synset word order
	Hyper    CSR     // synset -> hypernyms and instance hypernyms (@, @i)
	Similar  CSR     // adjective satellite -> head synsets (&); empty for heads
	Ant      CSR     // synset -> antonym triples (!)
	Deriv    CSR     // synset -> derivationally related triples (+)
	Pert     CSR     // adjective synset -> pertainym triples (\), nouns only
	Depth    []uint8 // synset -> shortest hypernym path length to a root

	ExcForms Strings // sorted inflected forms from the *.exc files
	ExcBase  CSR     // form -> lemma<<2 | pos
}

// Strings is a sorted string table stored as one string plus offsets.
type Strings struct {
	Data string
	Off  []uint32 // len n+1
}

// Len returns the number of strings.
func (s *Strings) Len() int { return len(s.Off) - 1 }

// At returns string i.
func (s *Strings) At(i int32) string { return s.Data[s.Off[i]:s.Off[i+1]] }

// Find returns the index of w, or -1.
func (s *Strings) Find(w string) int32 {
	lo, hi := 0, s.Len()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.At(int32(m)) < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < s.Len() && s.At(int32(lo)) == w {
		return int32(lo)
	}
	return -1
}

// MakeStrings builds a table from sorted, distinct strings.
func MakeStrings(sorted []string) Strings {
	var b strings.Builder
	off := make([]uint32, 0, len(sorted)+1)
	for _, s := range sorted {
		off = append(off, uint32(b.Len()))
		b.WriteString(s)
	}
	off = append(off, uint32(b.Len()))
	return Strings{Data: b.String(), Off: off}
}

// Encode returns the encoding of t: varints, start arrays as deltas.
func (t *Tables) Encode() []byte {
	e := &enc{}
	e.buf = append(e.buf, magic...)
	e.str(t.Header)
	e.strings(&t.Lemmas)
	for _, p := range t.PosStart {
		e.uv(uint64(p))
	}
	for _, c := range t.csrs() {
		e.csr(c)
	}
	e.str(string(t.Depth))
	e.strings(&t.ExcForms)
	e.csr(&t.ExcBase)
	return e.buf
}

func (t *Tables) csrs() []*CSR {
	return []*CSR{&t.LemmaSyn, &t.SynLemma, &t.Hyper, &t.Similar, &t.Ant, &t.Deriv, &t.Pert}
}

type enc struct{ buf []byte }

func (e *enc) uv(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }

func (e *enc) str(s string) {
	e.uv(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *enc) strings(s *Strings) {
	e.str(s.Data)
	e.deltas(s.Off)
}

// deltas writes a nondecreasing sequence as its length and differences.
func (e *enc) deltas(v []uint32) {
	e.uv(uint64(len(v)))
	prev := uint32(0)
	for _, x := range v {
		e.uv(uint64(x - prev))
		prev = x
	}
}

func (e *enc) csr(c *CSR) {
	e.deltas(c.Start)
	e.uv(uint64(len(c.Val)))
	for _, x := range c.Val {
		e.uv(uint64(x))
	}
}

// Decode reads tables written by Encode. The string tables share data's
// memory, so data should be immutable (an embedded string).
func Decode(data string) (*Tables, error) {
	if !strings.HasPrefix(data, magic) {
		return nil, errors.New("table: bad magic")
	}
	d := &dec{buf: data, i: len(magic)}
	t := &Tables{}
	t.Header = d.str()
	d.strings(&t.Lemmas)
	for i := range t.PosStart {
		t.PosStart[i] = int32(d.uv())
	}
	for _, c := range t.csrs() {
		d.csr(c)
	}
	t.Depth = []uint8(d.str())
	d.strings(&t.ExcForms)
	d.csr(&t.ExcBase)
	if d.err != nil {
		return nil, d.err
	}
	if d.i != len(data) {
		return nil, fmt.Errorf("table: %d trailing bytes", len(data)-d.i)
	}
	return t, nil
}

type dec struct {
	buf string
	i   int
	err error
}

var errOverrun = errors.New("table: data end inside a value")

// uv reads one varint; past the end of the data it sets d.err and returns 0.
func (d *dec) uv() uint64 {
	var v uint64
	for s := uint(0); d.i < len(d.buf) && s < 64; s += 7 {
		b := d.buf[d.i]
		d.i++
		v |= uint64(b&0x7f) << s
		if b < 0x80 {
			return v
		}
	}
	d.err = errOverrun
	d.i = len(d.buf)
	return 0
}

func (d *dec) str() string {
	n := d.uv()
	if n > uint64(len(d.buf)-d.i) {
		d.err = errOverrun
		return ""
	}
	s := d.buf[d.i : d.i+int(n)]
	d.i += int(n)
	return s
}

// count reads a length, rejecting one longer than the remaining data (each
// value takes at least a byte).
func (d *dec) count() int {
	n := d.uv()
	if n > uint64(len(d.buf)-d.i) {
		d.err = errOverrun
		return 0
	}
	return int(n)
}

func (d *dec) deltas() []uint32 {
	v := make([]uint32, d.count())
	prev := uint32(0)
	for k := range v {
		prev += uint32(d.uv())
		v[k] = prev
	}
	return v
}

func (d *dec) strings(s *Strings) {
	s.Data = d.str()
	s.Off = d.deltas()
	if len(s.Off) == 0 || s.Off[len(s.Off)-1] != uint32(len(s.Data)) {
		d.err = errors.New("table: string offsets do not match data")
	}
}

func (d *dec) csr(c *CSR) {
	c.Start = d.deltas()
	c.Val = make([]int32, d.count())
	for k := range c.Val {
		c.Val[k] = int32(d.uv())
	}
	if len(c.Start) == 0 || c.Start[len(c.Start)-1] != uint32(len(c.Val)) {
		d.err = errors.New("table: row starts do not match values")
	}
}
