package provenance

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/factcheck/factcheck/source"
)

// token is one word of article text.
type token struct {
	Start, End int // byte offsets into Document.Text
	Sent       int // index into Document.Sentences
	Norm       string
	Hash       uint64
	Quoted     bool // inside quotation marks: shared quotes are not copying
}

// hpos is a shingle hash and the token position it starts at.
type hpos struct {
	h   uint64
	pos int32
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
	toks   []token
	shing  []uint64 // shingle hash at each token position, len(toks)-k+1
	sorted []hpos   // the shingles sorted by hash, then position
	units  []unit
	credit string // agency credit found in the text, "" if none
}

// minUnitTokens is the length under which a sentence is joined to the next.
const minUnitTokens = 6

// read tokenizes the article sentences of d and builds its shingles and
// alignment units.
func read(d *source.Document, k int) *text {
	t := &text{doc: d, credit: agencyCredit(d.Text)}
	for si, s := range d.Sentences {
		if !s.Kind.IsArticle() {
			continue
		}
		t.toks = appendTokens(t.toks, s.Text, s.Start, si)
	}
	markQuotes(d.Text, t.toks)
	if n := len(t.toks) - k + 1; n > 0 {
		t.shing = make([]uint64, n)
		for i := range t.shing {
			h := uint64(14695981039346656037)
			for _, tk := range t.toks[i : i+k] {
				h = (h ^ tk.Hash) * 1099511628211
				h ^= h >> 29
			}
			t.shing[i] = h
		}
	}
	t.sorted = make([]hpos, len(t.shing))
	for i, h := range t.shing {
		t.sorted[i] = hpos{h, int32(i)}
	}
	slices.SortFunc(t.sorted, func(a, b hpos) int {
		if c := cmp.Compare(a.h, b.h); c != 0 {
			return c
		}
		return cmp.Compare(a.pos, b.pos)
	})
	t.units = units(d, t.toks)
	return t
}

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
// into words: maximal runs of letters and digits.
func appendTokens(toks []token, s string, off, sent int) []token {
	start := -1
	flush := func(end int) {
		w := s[start:end]
		n := normWord(w)
		toks = append(toks, token{Start: off + start, End: off + end, Sent: sent, Norm: n, Hash: hashString(n)})
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
	return toks
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

// units groups tokens into alignment units.
func units(d *source.Document, toks []token) []unit {
	var us []unit
	for i := 0; i < len(toks); {
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
		us = append(us, newUnit(d, toks, i, j))
		i = j
	}
	return us
}

func newUnit(d *source.Document, toks []token, first, last int) unit {
	u := unit{First: first, Last: last}
	var seen []term
	for i := first; i < last; i++ {
		tk := toks[i]
		if stopword[tk.Norm] || (utf8.RuneCountInString(tk.Norm) < 3 && !isNumber(tk.Norm)) {
			continue
		}
		w := 1
		r, _ := utf8.DecodeRuneInString(d.Text[tk.Start:tk.End])
		if isNumber(tk.Norm) || (unicode.IsUpper(r) && i > first && toks[i-1].Sent == tk.Sent) {
			w = 2
		}
		seen = append(seen, term{Hash: hashString(stem(tk.Norm)), Weight: w})
	}
	// Sort, then keep each stem once with its highest weight.
	slices.SortFunc(seen, func(a, b term) int {
		if c := cmp.Compare(a.Hash, b.Hash); c != 0 {
			return c
		}
		return cmp.Compare(b.Weight, a.Weight)
	})
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

var stopword = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same
she should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your
yours yourself said says say told tell according one two three new last first year years day days week time
may might must shall us mr mrs ms`) {
		m[w] = true
	}
	return m
}()
