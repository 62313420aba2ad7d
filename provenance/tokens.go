package provenance

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/factcheck/factcheck/internal/lexicon"
	"github.com/factcheck/factcheck/source"
)

// token is one word of article text as read; a text keeps only its span
// (word) and whether it is quoted.
type token struct {
	Start, End int    // byte offsets into Document.Text
	Hash       uint64 // hashString(normWord(word))
	Sent       int32  // index into Document.Sentences
	Quoted     bool   // inside quotation marks: shared quotes are not copying
}

// word is a token as a text keeps it: every word of every document is
// held until the relations are built, so it is only its byte offsets
// into Document.Text; its normalized form is normWord of its text.
type word struct{ Start, End int }

// hpos is a shingle hash and the token position it starts at.
type hpos struct {
	h   uint64
	pos int32
}

// shingles are a text's hpos in two slices, h[i] starting at token pos[i]:
// 12 bytes a shingle, not 16, for every word of every document.
type shingles struct {
	h   []uint64
	pos []int32
}

// newShingles splits sorted hpos into shingles.
func newShingles(hs []hpos) shingles {
	s := shingles{h: make([]uint64, len(hs)), pos: make([]int32, len(hs))}
	for i, x := range hs {
		s.h[i], s.pos[i] = x.h, x.pos
	}
	return s
}

// unit is a sentence for paraphrase alignment: one or more consecutive
// article sentences of one block (short fragments are joined to the next
// sentence so that "U.S." split by a naive splitter still aligns).
type unit struct {
	First, Last int // token range [First, Last)
	Terms       []term
	Weight      int
}

// term is a content word of a unit: a light stem and its weight (names
// and numbers weigh more than common words).
type term struct {
	Hash   uint64
	Weight int
}

// text is a document read for provenance.
type text struct {
	doc    *source.Document
	toks   []word
	quoted []bool // parallel to toks: inside quotation marks
	// sorted holds the shingle hash at each token position (len(toks)-k+1
	// of them) with the position, sorted by hash, then position.
	sorted shingles
	units  []unit
	credit string // agency credit found in the text, "" if none
}

// minUnitTokens is the length under which a sentence is joined to the next.
const minUnitTokens = 6

// read tokenizes the article sentences of d and builds its shingles and
// alignment units. What it keeps is allocated at its final size: the
// texts of every document are held until the relations are built.
func read(d *source.Document, k int) *text {
	sc := scratchPool.Get().(*scratch)
	defer func() {
		clear(sc.norms) // substrings of d.Text: keep no document alive
		scratchPool.Put(sc)
	}()
	t := &text{doc: d, credit: agencyCredit(d.Text)}
	toks, norms := sc.toks[:0], sc.norms[:0]
	for si, s := range d.Sentences {
		if !s.Kind.IsArticle() {
			continue
		}
		toks, norms = appendTokens(toks, norms, s.Text, s.Start, si)
	}
	sc.toks, sc.norms = toks, norms
	markQuotes(d.Text, toks)
	t.toks, t.quoted = make([]word, len(toks)), make([]bool, len(toks))
	for i, tk := range toks {
		t.toks[i], t.quoted[i] = word{tk.Start, tk.End}, tk.Quoted
	}
	hs := sc.hs[:0]
	for i := 0; i+k <= len(toks); i++ {
		h := uint64(14695981039346656037)
		for _, tk := range toks[i : i+k] {
			h = (h ^ tk.Hash) * 1099511628211
			h ^= h >> 29
		}
		hs = append(hs, hpos{h, int32(i)})
	}
	sc.hs = hs
	sortHpos(hs, 56, &sc.sorting)
	t.sorted = newShingles(hs)
	t.units = units(d, toks, norms, sc)
	return t
}

// scratch is what read builds and drops, kept per worker.
type scratch struct {
	toks    []token
	norms   []string // each token's normWord, parallel to toks
	terms   []term
	hs      []hpos
	sorting []hpos // sortHpos's scratch
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// markQuotes marks tokens inside quotation marks. A quote never runs past
// the end of a line: a paragraph that leaves its quote open (the
// convention for quotes running over paragraphs) cannot invert the rest.
func markQuotes(s string, toks []token) {
	in, prev := false, 0
	for i := range toks {
		for _, r := range s[prev:toks[i].Start] {
			switch r {
			case '\n':
				in = false
			case '“', '«', '„':
				in = true
			case '”', '»':
				in = false
			case '"':
				in = !in
			}
		}
		toks[i].Quoted = in
		prev = toks[i].End
	}
}

// fold returns a transformer removing diacritics; a Chain keeps state,
// so each use gets its own.
func fold() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

// appendTokens splits s (which starts at byte off of the document's Text)
// into words: maximal runs of letters and digits, appended to toks and
// their normalized forms to norms.
func appendTokens(toks []token, norms []string, s string, off, sent int) ([]token, []string) {
	start := -1
	flush := func(end int) {
		n := normWord(s[start:end])
		toks = append(toks, token{Start: off + start, End: off + end, Sent: int32(sent), Hash: hashString(n)})
		norms = append(norms, n)
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(s))
	}
	return toks, norms
}

func normWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		if f, _, err := transform.String(fold(), w); err == nil {
			w = f
		}
	}
	return strings.ToLower(w)
}

// hashString is 64-bit FNV-1a, inline: no allocation per word.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// units groups tokens into alignment units; norms are the tokens'
// normalized words.
func units(d *source.Document, toks []token, norms []string, sc *scratch) []unit {
	n := 0
	for i := 0; i < len(toks); n++ {
		i = unitEnd(d, toks, i)
	}
	us := make([]unit, 0, n)
	for i := 0; i < len(toks); {
		j := unitEnd(d, toks, i)
		us = append(us, newUnit(d, toks, norms, i, j, sc))
		i = j
	}
	return us
}

// unitEnd returns where the unit starting at token i ends: at the end of
// its sentence, or of the next ones while it is short and in one block.
func unitEnd(d *source.Document, toks []token, i int) int {
	j := i
	for j < len(toks) {
		s := toks[j].Sent
		for j < len(toks) && toks[j].Sent == s {
			j++
		}
		if j-i >= minUnitTokens || j == len(toks) || d.Sentences[toks[j].Sent].Block != d.Sentences[s].Block {
			break
		}
	}
	return j
}

func newUnit(d *source.Document, toks []token, norms []string, first, last int, sc *scratch) unit {
	u := unit{First: first, Last: last}
	seen := sc.terms[:0]
	for i := first; i < last; i++ {
		tk, norm := toks[i], norms[i]
		if stopword[norm] || (utf8.RuneCountInString(norm) < 3 && !isNumber(norm)) {
			continue
		}
		w := 1
		r, _ := utf8.DecodeRuneInString(d.Text[tk.Start:tk.End])
		if isNumber(norm) || (unicode.IsUpper(r) && i > first && toks[i-1].Sent == tk.Sent) {
			w = 2
		}
		seen = append(seen, term{Hash: hashString(stem(norm)), Weight: w})
	}
	sc.terms = seen
	// Sort, then keep each stem once with its highest weight.
	slices.SortFunc(seen, func(a, b term) int {
		if c := cmp.Compare(a.Hash, b.Hash); c != 0 {
			return c
		}
		return cmp.Compare(b.Weight, a.Weight)
	})
	n := 0
	for i, t := range seen {
		if i == 0 || seen[i-1].Hash != t.Hash {
			n++
		}
	}
	if n > 0 {
		u.Terms = make([]term, 0, n)
	}
	for i, t := range seen {
		if i > 0 && seen[i-1].Hash == t.Hash {
			continue
		}
		u.Terms = append(u.Terms, t)
		u.Weight += t.Weight
	}
	return u
}

// stem is a crude, language-light stem: the first six letters, which
// folds inflections (minister/ministers, America/American) cheaply.
func stem(w string) string {
	n := 0
	for i := range w {
		if n == 6 {
			return w[:i]
		}
		n++
	}
	return w
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// agencyCredits are news agencies whose parenthesized credit in a dateline
// ("CITY (AP) —") marks a wire story.
var agencyCredits = []string{"AP", "Reuters", "AFP", "UPI", "dpa", "Bloomberg", "PA", "ANI", "PTI", "IANS", "Xinhua", "TASS", "EFE", "ANSA", "Kyodo", "Yonhap", "CNN"}

// agencyCredit returns the first agency credit "(AP)" in s, or "".
func agencyCredit(s string) string {
	best, bestAt := "", -1
	for _, a := range agencyCredits {
		c := "(" + a + ")"
		// A credit is detection, not a position we report: scanning for the
		// marker is fine here.
		if i := strings.Index(s, c); i >= 0 && (bestAt < 0 || i < bestAt) {
			best, bestAt = c, i
		}
	}
	return best
}

// stopword holds the words too common to show that a passage was copied:
// the copy list of lexicon's one stopword file.
var stopword = lexicon.Stopwords(lexicon.CopyStopwords)

// sortHpos sorts hs by hash, then position, as slices.SortFunc with
// cmpTwo does, with every hash's byte at shift (56 for the top byte; 48
// when the top byte is one for all) counted into 256 buckets first: a
// bucket is then a few shingles, sorted by insertion, where a
// comparison sort of the whole took log2(len) comparisons a shingle.
// tmp is scratch, grown as needed.
func sortHpos(hs []hpos, shift uint, tmp *[]hpos) {
	if len(hs) < 64 {
		slices.SortFunc(hs, cmpHpos)
		return
	}
	var start [257]int
	for _, x := range hs {
		start[int(byte(x.h>>shift))+1]++
	}
	for b := 1; b <= 256; b++ {
		start[b] += start[b-1]
	}
	if cap(*tmp) < len(hs) {
		*tmp = make([]hpos, len(hs))
	}
	out := (*tmp)[:len(hs)]
	next := start
	for _, x := range hs {
		b := byte(x.h >> shift)
		out[next[b]] = x
		next[b]++
	}
	for b := range 256 {
		bucket := out[start[b]:start[b+1]]
		if len(bucket) > 32 {
			slices.SortFunc(bucket, cmpHpos)
			continue
		}
		for i := 1; i < len(bucket); i++ {
			for j := i; j > 0 && cmpHpos(bucket[j-1], bucket[j]) > 0; j-- {
				bucket[j-1], bucket[j] = bucket[j], bucket[j-1]
			}
		}
	}
	copy(hs, out)
}

func cmpHpos(a, b hpos) int { return cmpTwo(a.h, uint64(a.pos), b.h, uint64(b.pos)) }
