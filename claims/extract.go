package claims

import (
	"context"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/factcheck/factcheck/internal/par"
	"github.com/factcheck/factcheck/source"
)

// Options tune extraction.
type Options struct {
	// Aliases maps a variant name (any case) to the canonical form to use
	// for it, on top of the gazetteers; the rules file feeds it.
	Aliases map[string]string
}

// extractor holds the per-document state of one Extract call.
type extractor struct {
	g       *gazetteer
	doc     *source.Document
	anchor  time.Time
	known   map[string]bool // words the document capitalizes mid-sentence
	aliases map[string]string
	lastPer string          // the last person named as a subject, for "he said"
	lastHe  string          // the last such person known or not known to be a woman
	lastShe string          // the last such person known or not known to be a man
	gender  map[string]byte // canonical person → 'm' or 'f', from titles
	prevNP  string          // the previous clause's subject phrase, for "… but said …"
	lastOrg string          // the last organization named as a subject or speaker, for "it said"
	sc      *scratch        // room reused sentence after sentence; nil in tests
}

// sentWork is one sentence on its way to claims.
type sentWork struct {
	idx  int
	kind Kind
	toks []token
	from int // first token of content (after a caption label)
	// titleCase is set for a line capitalized like a headline: its
	// capitals are not evidence of names.
	titleCase bool
	ments     []ment
	times     []Time
	tspan     [][2]int // token ranges of times
	quants    []Quantity
	qspan     [][2]int
	adj       []bool // token follows a demonym or modifier mention: a noun
	covered   []bool // token read as part of a name, time or quantity
	vlem      []string
	vstate    []uint8 // per token: 0 not looked up, 1 a verb form (vlem), 2 not
}

// verbLemma memoizes the gazetteer's verbLemma per token: the splitter asks
// about the same tokens many times.
func (w *sentWork) verbLemma(g *gazetteer, k int) (string, bool) {
	if w.vstate == nil {
		w.vstate = make([]uint8, len(w.toks))
		w.vlem = make([]string, len(w.toks))
	}
	switch w.vstate[k] {
	case 1:
		return w.vlem[k], true
	case 2:
		return "", false
	}
	l, ok := g.verbLemma(w.toks[k].low)
	if ok {
		w.vstate[k], w.vlem[k] = 1, l
	} else {
		w.vstate[k] = 2
	}
	return l, ok
}

// Extract returns the claims of one document, sorted by position.
func Extract(d *source.Document, opt Options) []Claim {
	if d == nil {
		return nil
	}
	x := &extractor{g: load(), doc: d, anchor: day(d.Meta.Published), known: map[string]bool{}, gender: map[string]byte{}}
	if len(opt.Aliases) > 0 {
		x.aliases = make(map[string]string, len(opt.Aliases))
		for k, v := range opt.Aliases {
			x.aliases[strings.ToLower(k)] = v
		}
	}
	sc := scratches.Get().(*scratch)
	defer sc.release()
	x.sc = sc
	sents := sentenceWork(d, sc)
	x.noteKnown(sents)
	tp := &timeParser{g: x.g, anchor: x.anchor}
	for _, w := range sents {
		covered := x.readMentions(w)
		x.readTimes(w, tp, covered)
		x.readQuantities(w, covered)
	}
	x.corefer(sents)
	// Every document's claims are held until the report is written: one
	// slice of the final size, not one grown by appending.
	all := sc.claims[:0]
	for _, w := range sents {
		all = x.sentenceClaims(w, all)
	}
	sc.claims = all
	var out []Claim
	if len(all) > 0 {
		out = make([]Claim, len(all))
		copy(out, all)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		return out[a].End > out[b].End
	})
	return out
}

// scratch holds what one document's sentences need while its claims are
// extracted: their tokens, the verb lemmas found for them, two flags a
// token, and the claims read. It is reused from document to document (no claim keeps any of
// it); a fresh slice of each per sentence was a third of what extraction
// allocated.
type scratch struct {
	toks  []token
	lem   []string
	state []uint8
	flags []bool // two a token: follows a modifier (sentWork.adj), covered
	used  int    // tokens given out since the last release
	// claims are the document's, sentence after sentence, before they
	// are copied out at their final size.
	claims []Claim
	// dep and cov are one sentence's bracket depths and coverage, used
	// sentence after sentence.
	dep []int
	cov []bool
}

// sentenceRoom returns room for a sentence's depths and coverage (all
// false) of n tokens: the scratch's, or new without one.
func (x *extractor) sentenceRoom(n int) ([]int, []bool) {
	sc := x.sc
	if sc == nil {
		return make([]int, n), make([]bool, n)
	}
	if cap(sc.dep) < n {
		sc.dep, sc.cov = make([]int, n), make([]bool, n)
	}
	cov := sc.cov[:n]
	clear(cov)
	return sc.dep[:n], cov
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// grow makes room for n tokens, the next n to be released.
func (sc *scratch) grow(n int) {
	sc.used = n
	if cap(sc.toks) >= n {
		return
	}
	sc.toks = make([]token, n)
	sc.lem = make([]string, n)
	sc.state = make([]uint8, n)
	sc.flags = make([]bool, 2*n)
}

// release zeroes what was used of the scratch (no strings of the document
// kept alive in the pool; lemmas not looked up and flags unset for the
// next) and gives it back.
func (sc *scratch) release() {
	n := sc.used
	clear(sc.toks[:n])
	clear(sc.lem[:n])
	clear(sc.state[:n])
	clear(sc.flags[:2*n])
	clear(sc.claims)
	sc.claims = sc.claims[:0]
	scratches.Put(sc)
}

// articleSentence reports whether s is a sentence whose claims are read.
func articleSentence(d *source.Document, s source.Sentence) bool {
	return (s.Kind == "" || s.Kind.IsArticle()) && s.Start >= 0 && s.End <= len(d.Text) && s.Start < s.End
}

// sentenceWork tokenizes the article's sentences (headlines, captions and
// body) into sc, grown to hold them all, and finds where their content
// starts: after a caption label ("PHOTO: …", "FILE PHOTO: …") or a
// dateline ("NAIROBI (AP) — …", which says where the story was filed, not
// where its facts happened).
func sentenceWork(d *source.Document, sc *scratch) []*sentWork {
	bounds := make([]int, len(d.Sentences))
	total := 0
	for si, s := range d.Sentences {
		if articleSentence(d, s) {
			bounds[si] = tokenBound(d.Text[s.Start:s.End])
			total += bounds[si]
		}
	}
	sc.grow(total)
	toks, lem, state, flags := sc.toks[:cap(sc.toks)], sc.lem, sc.state, sc.flags
	var sents []*sentWork
	for si, s := range d.Sentences {
		if !articleSentence(d, s) {
			continue
		}
		// Each sentence's tokens end where its bound does, so none can
		// append over the next sentence's.
		b := bounds[si]
		w := &sentWork{idx: si, kind: KindStatement, toks: tokenizeTo(toks[:0:b], d.Text[s.Start:s.End], s.Start)}
		if n := len(w.toks); n <= b { // else (tokenBound wrong) made when needed
			w.vlem, w.vstate = lem[:n:n], state[:n:n]
			w.adj, w.covered = flags[:n:n], flags[b:b+n:b+n]
		}
		toks, lem, state, flags = toks[b:], lem[b:], state[b:], flags[2*b:]
		switch s.Kind {
		case source.KindHeadline:
			w.kind = KindHeadline
		case source.KindCaption:
			w.kind = KindCaption
		}
		for k := 0; k < len(w.toks) && k < 3; k++ {
			if w.toks[k].low == ":" && k > 0 {
				if isUpperWord(w.toks[0].text) && vocab().captionLabel[w.toks[0].low] {
					w.kind = KindCaption
					w.from = k + 1
				}
				break
			}
		}
		for k := w.from; k < len(w.toks) && k < w.from+10; k++ {
			if (w.toks[k].low == "—" || w.toks[k].low == "–") && isUpperWord(w.toks[w.from].text) {
				w.from = k + 1
				break
			}
		}
		w.titleCase = titleCased(w.toks[w.from:])
		sents = append(sents, w)
	}
	return sents
}

// noteKnown records the words capitalized away from a sentence start:
// they are names (or parts of them); headline title case and
// sentence-initial words are not evidence.
func (x *extractor) noteKnown(sents []*sentWork) {
	for _, w := range sents {
		if w.kind == KindHeadline || w.titleCase {
			continue
		}
		for k := w.from + 1; k < len(w.toks); k++ {
			t := w.toks[k]
			if t.kind == tWord && t.cap && w.toks[k-1].kind != tPunct || t.kind == tWord && t.cap && w.toks[k-1].low == "," {
				if !isUpperWord(t.text) || len(t.text) <= 6 {
					x.known[t.low] = true
				}
			}
		}
	}
}

// readMentions reads a sentence's mentions and marks the words after a
// demonym or modifier as nouns; it returns the tokens the names cover.
func (x *extractor) readMentions(w *sentWork) []bool {
	w.ments = x.findMentions(w.toks[w.from:], w.kind == KindHeadline || w.titleCase)
	for k := range w.ments {
		w.ments[k].i += w.from
		w.ments[k].j += w.from
	}
	markLocative(w)
	if w.adj == nil {
		w.adj = make([]bool, len(w.toks))
	}
	for _, m := range w.ments {
		if (m.m.Demonym || m.modifier) && m.j < len(w.toks) {
			w.adj[m.j] = true
		}
	}
	covered := w.covered
	if covered == nil {
		covered = make([]bool, len(w.toks))
	}
	for _, m := range w.ments {
		if m.titleRef {
			continue
		}
		for k := m.i; k < m.j; k++ {
			covered[k] = true
		}
	}
	return covered
}

// readTimes reads the time expressions of a sentence outside the names and
// marks their tokens covered.
func (x *extractor) readTimes(w *sentWork, tp *timeParser, covered []bool) {
	tp.scan(w.toks)
	for i := w.from; i < len(w.toks); {
		if covered[i] && w.toks[i].kind != tWord {
			i++
			continue
		}
		if !covered[i] {
			if tm, j := tp.parse(w.toks, i); j > i {
				tm.Text = x.doc.Text[tm.Start:tm.End]
				w.times = append(w.times, tm)
				w.tspan = append(w.tspan, [2]int{i, j})
				end := j
				if tm.Event != "" {
					// "on the eve of the one-year anniversary": the
					// event's own words are read, its count too.
					end = i + eveWords
				}
				for k := i; k < end; k++ {
					covered[k] = true
				}
				i = j
				continue
			}
		}
		i++
	}
}

// readQuantities reads the quantities of a sentence outside names and
// times. "Teixeira, 28, has hit …": a bare number set off after a name is
// an age.
func (x *extractor) readQuantities(w *sentWork, covered []bool) {
	for i := w.from; i < len(w.toks); {
		if covered[i] {
			i++
			continue
		}
		if q, j := quantityAt(x.g, w.toks, i); j > i {
			if q.Unit == "" && q.Hedge == "" && i > 1 && w.toks[i-1].low == "," && (j == len(w.toks) || w.toks[j].low == ",") && q.Value >= 1 && q.Value < 120 {
				for _, m := range w.ments {
					if m.j == i-1 && (m.m.Type == Person || m.m.Type == Other) {
						q.Unit = "age"
					}
				}
			}
			clash := false
			for k := i; k < j; k++ {
				clash = clash || covered[k] && !w.nationalityIn(k, i, j)
			}
			if !clash {
				q.Text = x.doc.Text[q.Start:q.End]
				w.quants = append(w.quants, q)
				w.qspan = append(w.qspan, [2]int{i, j})
				i = j
				continue
			}
		}
		i++
	}
}

// nationalityIn reports whether token k belongs to a nationality that
// stands inside the quantity at tokens [i, j), between its number and
// the noun it counts: "26 Somali pirates" counts pirates, and "Somali"
// stays a name of its own.
func (w *sentWork) nationalityIn(k, i, j int) bool {
	for _, m := range w.ments {
		if m.m.Demonym && m.i <= k && k < m.j && m.i > i && m.j < j {
			return true
		}
	}
	return false
}

// ExtractAll extracts every document's claims in parallel; result i holds
// the claims of docs[i].
func ExtractAll(docs []*source.Document, opt Options) [][]Claim {
	out, _ := ExtractAllContext(context.Background(), docs, opt) // a background context is never done
	return out
}

// ExtractAllContext is ExtractAll with cancellation: once ctx is done no
// document is started, and it returns ctx's error and no claims. Each
// document fills its own slot, so the result does not depend on
// scheduling.
func ExtractAllContext(ctx context.Context, docs []*source.Document, opt Options) ([][]Claim, error) {
	out := make([][]Claim, len(docs))
	load()
	if err := par.Do(ctx, len(docs), func(i int) { out[i] = Extract(docs[i], opt) }); err != nil {
		return nil, err
	}
	return out, nil
}

// titleCased reports whether a line of four or more words is capitalized
// like a headline: every word but short function words starts upper case.
func titleCased(toks []token) bool {
	g := load()
	words, lower := 0, 0
	for _, t := range toks {
		if t.kind != tWord || t.low == "'s" {
			continue
		}
		words++
		if !t.cap && !g.stop[t.low] {
			lower++
		}
	}
	return words >= 4 && lower == 0
}

// notePerson records a person as the latest named, for pronouns.
func (x *extractor) notePerson(canonical string) {
	x.lastPer = canonical
	switch x.gender[canonical] {
	case 'm':
		x.lastHe = canonical
	case 'f':
		x.lastShe = canonical
	default:
		x.lastHe, x.lastShe = canonical, canonical
	}
}

// pronoun resolves "he" or "she" to the latest compatible person.
func (x *extractor) pronoun(p string) string {
	switch p {
	case "he":
		return x.lastHe
	case "she":
		return x.lastShe
	}
	return x.lastPer
}

// markLocative flags places written as where something happened.
func markLocative(w *sentWork) {
	for k := range w.ments {
		m := &w.ments[k]
		if m.m.Type != Place || m.m.Demonym || m.i == 0 {
			continue
		}
		prev := w.toks[m.i-1].low
		if prev == "the" && m.i > 1 {
			prev = w.toks[m.i-2].low // "in the Gulf of Aden"
		}
		if vocab().locativePreps[prev] {
			m.m.Locative = true
			continue
		}
		// "in Paris, France": the country set off after a locative city.
		if prev == "," && k > 0 && w.ments[k-1].m.Locative && w.ments[k-1].j == m.i-1 {
			m.m.Locative = true
		}
	}
}
