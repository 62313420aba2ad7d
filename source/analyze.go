package source

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// feat is what analyze knows about one block.
type feat struct {
	text     string
	words    int
	terminal bool // ends like a sentence: . ! ? … (closing quotes aside)
	leadIn   bool // ends with a colon: "The official said:"
	list     bool // a list item
	question bool // a Title Case question: "Is This the End of the Line?"

	content []uint64
}

// titleLike: no sentence punctuation (or a Title Case question) and short
// enough to be a headline, a menu entry or a label.
func (f *feat) titleLike() bool {
	return (!f.terminal || f.question) && !f.leadIn && f.words <= 30
}

func features(d *Document, sc *pageScratch) []feat {
	fs := grown(sc.fs, len(d.Blocks))
	sc.fs = fs
	words := 0
	for i, b := range d.Blocks {
		fs[i] = shape(d.Text[b.Start:b.End])
		fs[i].list = i < len(d.hints) && d.hints[i] == "list"
		words += fs[i].words
	}
	// Every block's content words in one array, sized by the blocks'
	// words (which a block's content words seldom outnumber), instead of
	// a slice grown word by word for each block.
	all := grown(sc.words, words)[:0]
	for i := range fs {
		n := len(all)
		all = appendContentWords(all, fs[i].text)
		fs[i].content = all[n:len(all):len(all)]
	}
	sc.words = all
	return fs
}

// grown returns s with length n, reusing its array when it holds n.
func grown[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// shape is what a block's text alone tells: its words and how it ends
// (the features but list and content).
func shape(s string) feat {
	f := feat{text: s, words: countWords(s)}
	t := strings.TrimRightFunc(s, func(r rune) bool { return isClosing(r) || isSpace(r) })
	if t != "" {
		r, _ := utf8.DecodeLastRuneInString(t)
		f.terminal = isTerminal(r)
		f.leadIn = r == ':' && f.words >= 4
		f.question = r == '?' && f.words >= 5 && f.words <= 15 && titleCase(s)
	}
	return f
}

func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var sp bool
		if c < utf8.RuneSelf {
			sp = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = isSpace(r)
			i += size
		}
		if sp {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// appendContentWords appends to out the distinct words of s that carry
// its topic, sorted, as hashes of their lowercased form: three letters or
// more, not a function word, a final plural "s" folded ("ministers" and
// "minister" share one).
func appendContentWords(out []uint64, s string) []uint64 {
	first := len(out)
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		if len(w) < 3 {
			return
		}
		n := len(w)
		if n > 4 && (w[n-1] == 's' || w[n-1] == 'S') && w[n-2] != 's' && w[n-2] != 'S' {
			w = w[:n-1]
		}
		h := wordHash(w)
		if vocab().stopHashes[h] {
			return
		}
		out = append(out, h)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				if start < 0 {
					start = i
				}
			} else {
				flush(i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isLetter(r) || isDigit(r) {
			if start < 0 {
				start = i
			}
		} else {
			flush(i)
		}
		i += n
	}
	flush(len(s))
	slices.Sort(out[first:])
	return out[:first+len(slices.Compact(out[first:]))]
}

// wordHash is FNV-1a over the lowercased word.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			for _, r := range strings.ToLower(w[i:]) {
				var buf [4]byte
				for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
					h ^= uint64(b)
					h *= 1099511628211
				}
			}
			return h
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

var (
	photoPrefixRe = regexp.MustCompile(`^(?:(?i:photo|photos|image|image caption|picture|file photo|caption|pictured|video)\s*[:,]|FILE\s*[-–—]|\((?i:photo|image))`)
	creditTailRe  = regexp.MustCompile(`\(([^()]{3,80})\)\s*$`)
	creditWordRe  = regexp.MustCompile(`(?i)\b(photo|photos|photograph|photographer|images?|credit|courtesy|getty|shutterstock|pool)\b|/(AP|AFP|Reuters|EPA|Getty)\b|\bvia (AP|AFP|Reuters)\b|©`)
	bylineRe      = regexp.MustCompile(`^(?:(?:By|BY|by)\s+\S|(?i:written by|words by|reporting by)\s+\S)`)
	authorBoxRe   = regexp.MustCompile(`^(?i:author|about the author|posted by|more posts by|view all posts|all posts by|more from|follow)\b`)
	breadcrumbRe  = regexp.MustCompile(`\S\s*(>|›|»|/)\s*\S`)
	datelineRe    = regexp.MustCompile(`^((?:[A-Z][A-Z.'’-]{2,}(?:[ ,]+(?:[A-Z][A-Za-z.'’-]*|\d{1,2})){0,4}(?:\s*\([A-Za-z .&-]{1,30}\))?)|\([A-Z][A-Za-z]{1,15}\))\s*(?:—|–|--|-)\s+\S`)
	headerKeyRe   = regexp.MustCompile(`^\s*([A-Za-z][A-Za-z ]{0,24}):\s*`)
	nameLineRe    = regexp.MustCompile(`^[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}$`)
)

// analyze fills the metadata the text states, splits header and dateline
// blocks, then gives every block a Kind and a Why: the passes run in order,
// and a block keeps the first kind a pass gives it.
func analyze(d *Document) {
	splitHeader(d)
	splitDateline(d)
	p := newPage(d)
	for _, pass := range passes {
		pass.run(p)
	}
	p.finish()
	p.release()
}

// page is what the passes of analyze share: the blocks' features and the
// kinds given so far.
type page struct {
	d     *Document
	fs    []feat
	kinds []Kind
	whys  []string
	// first is the first sentence-like paragraph (len(fs) when none):
	// everything above it is the top of the page, where dates, bylines and
	// the headline sit. top bounds the top for the byline and date passes.
	first, top int
	// df counts the sentence-like blocks that use each content word (the
	// topic); counted marks the blocks counted, bodyBlocks their number.
	df         map[uint64]int
	counted    []bool
	bodyBlocks int
	sc         *pageScratch
}

// pageScratch holds a page's arrays and topic map from one document to
// the next: a page is dropped once its document's blocks have their
// kinds, and a fresh one was five allocations and a map a document.
type pageScratch struct {
	fs      []feat
	words   []uint64 // the blocks' content words, which fs[i].content slice
	kinds   []Kind
	whys    []string
	counted []bool
	df      map[uint64]int
}

var pagePool = &sync.Pool{New: func() any { return &pageScratch{df: map[uint64]int{}} }}

// maxPooledTopic is the most words a topic map given back to the pool
// may hold: a clear costs its size, and one long document should not
// cost every later one.
const maxPooledTopic = 1 << 13

func newPage(d *Document) *page {
	n := len(d.Blocks)
	sc := pagePool.Get().(*pageScratch)
	sc.kinds, sc.whys = grown(sc.kinds, n), grown(sc.whys, n)
	clear(sc.kinds)
	clear(sc.whys)
	clear(sc.df)
	return &page{d: d, fs: features(d, sc), kinds: sc.kinds, whys: sc.whys, df: sc.df, sc: sc}
}

// release gives the page's arrays back to the pool, holding nothing of
// its document.
func (p *page) release() {
	sc := p.sc
	clear(sc.fs[:cap(sc.fs)])
	if len(sc.df) > maxPooledTopic {
		sc.df = map[uint64]int{}
	}
	*p = page{}
	pagePool.Put(sc)
}

// set gives block i a kind unless an earlier pass gave it one.
func (p *page) set(i int, k Kind, why string) {
	if p.kinds[i] == "" {
		p.kinds[i], p.whys[i] = k, why
	}
}

// inBody reports whether block i counts toward the topic: a headline, or a
// sentence-like block of six words or more that is body or caption so far.
func (p *page) inBody(i int) bool {
	f := &p.fs[i]
	return p.kinds[i] == KindHeadline || (p.kinds[i] == "" || p.kinds[i] == KindCaption) && (f.terminal || f.leadIn || f.words > 30) && f.words >= 6
}

// overlap is the share of block i's content words that the topic uses
// (elsewhere than in block i itself).
func (p *page) overlap(i int) float64 {
	f := p.fs[i]
	if len(f.content) == 0 {
		return 0
	}
	min := 1
	if p.inBody(i) {
		min = 2 // its own words count once
	}
	k := 0
	for _, w := range f.content {
		if p.df[w] >= min {
			k++
		}
	}
	return float64(k) / float64(len(f.content))
}

// passes are the rules of analyze in the order they run.
var passes = []struct {
	name string
	run  func(*page)
}{
	{"reader hints", (*page).markHints},
	{"first paragraph", (*page).findFirst},
	{"furniture words", (*page).markFurnitureWords},
	{"top dates and bylines", (*page).markTop},
	{"byline under the first paragraph", (*page).markWireByline},
	{"captions", (*page).markCaptions},
	{"credits", (*page).markCredits},
	{"repeated captions", (*page).markRepeats},
	{"topic", (*page).countTopic},
	{"headline", (*page).findHeadline},
	{"subheadings", (*page).markSubheadings},
	{"lists", (*page).markLists},
	{"title-like lines", (*page).markTitleLines},
	{"off topic", (*page).markOffTopic},
}

// hintKinds are the kinds the reader of a format knows for a block.
var hintKinds = map[string]struct {
	kind Kind
	why  string
}{
	"headline": {KindHeadline, "title"},
	"caption":  {KindCaption, "caption element"},
	"credit":   {KindCredit, "credit"},
	"header":   {KindDateline, "header line"},
	"dateline": {KindDateline, "dateline"},
	"linklist": {KindFurniture, "link list"},
	"nav":      {KindFurniture, "navigation"},
}

// markHints takes the kinds the reader knew (an HTML title, a figcaption).
func (p *page) markHints() {
	for i, h := range p.d.hints {
		if k, ok := hintKinds[h]; ok {
			p.set(i, k.kind, k.why)
		}
	}
}

// findFirst finds the first sentence-like paragraph and the top above it.
func (p *page) findFirst() {
	n := len(p.fs)
	p.first = n
	for i, f := range p.fs {
		if p.kinds[i] == "" && f.terminal && !f.question && f.words >= 8 && !bylineRe.MatchString(f.text) {
			p.first = i
			break
		}
	}
	p.top = p.first + 2
	if p.top > 15 && p.first > 15 {
		p.top = 15
	}
}

// markFurnitureWords marks page furniture named by its own words; an
// author box at the top is a byline.
func (p *page) markFurnitureWords() {
	for i := range p.fs {
		if p.kinds[i] != "" {
			continue
		}
		if why := furnitureWords(p.fs[i]); why != "" {
			if why == "author box" && i < p.top {
				p.set(i, KindCredit, "byline")
			} else {
				p.set(i, KindFurniture, why)
			}
		}
	}
}

// markTop marks dates and bylines at the top and reads the publication
// date and author from them.
func (p *page) markTop() {
	d, n := p.d, len(p.fs)
	for i := 0; i < n && i < p.top+3; i++ {
		if p.kinds[i] != "" && p.kinds[i] != KindDateline {
			continue
		}
		f := p.fs[i]
		if f.words <= 20 && bylineRe.MatchString(f.text) {
			p.set(i, KindCredit, "byline")
			if t, _, _, ok := findDate(f.text); ok && d.Meta.Published.IsZero() {
				d.Meta.Published, d.Meta.DateFrom = t, "byline"
			}
			if d.Meta.Author == "" {
				d.Meta.Author = bylineName(f.text)
			}
			continue
		}
		if t, updated, ok := dateLine(f.text); ok {
			p.set(i, KindDateline, "date line")
			if !updated && (d.Meta.Published.IsZero() || d.Meta.DateFrom == "byline") {
				d.Meta.Published, d.Meta.DateFrom = t, "date line"
			}
			continue
		}
		if i < p.first && p.kinds[i] == "" && p.nameLine(i) && i+1 < n && (i+1 >= p.first || p.kinds[i+1] == KindDateline) {
			p.set(i, KindCredit, "byline")
		}
	}
}

// nameLine reports whether block i is a name alone: two to four
// capitalized words.
func (p *page) nameLine(i int) bool {
	f := &p.fs[i]
	return f.words >= 2 && f.words <= 4 && nameLineRe.MatchString(f.text)
}

// markWireByline marks a name alone right under the first paragraph (a
// wire byline).
func (p *page) markWireByline() {
	for i := p.first; i < len(p.fs) && i <= p.first+2; i++ {
		if p.kinds[i] == "" && i > 0 && p.nameLine(i) {
			p.set(i, KindCredit, "byline")
			if p.d.Meta.Author == "" {
				p.d.Meta.Author = p.fs[i].text
			}
		}
	}
}

// markCaptions marks captions that say so or end with their credit.
func (p *page) markCaptions() {
	for i, f := range p.fs {
		if p.kinds[i] != "" {
			continue
		}
		if photoPrefixRe.MatchString(f.text) {
			p.set(i, KindCaption, "photo label")
		} else if m := creditTailRe.FindStringSubmatchIndex(f.text); m != nil && f.words <= 80 && countWords(f.text[:m[0]]) >= 4 {
			if c := f.text[m[2]:m[3]]; creditWordRe.MatchString(c) && (strings.Contains(c, "/") || strings.Contains(strings.ToLower(c), "photo")) {
				p.set(i, KindCaption, "ends with a photo credit")
			}
		}
	}
}

// markCredits marks credit lines and the captions above them.
func (p *page) markCredits() {
	fs := p.fs
	for i, f := range fs {
		if p.kinds[i] == "" && f.words <= 12 && !f.terminal && creditWordRe.MatchString(f.text) {
			p.set(i, KindCredit, "photo credit")
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				if p.kinds[j] != "" || fs[j].words < 3 || fs[j].words > 80 {
					break
				}
				p.set(j, KindCaption, "followed by a credit line")
				if j == 0 || fs[j-1].text != fs[j].text {
					break
				}
			}
		}
	}
}

// markRepeats marks a block repeated right after itself: a caption shown
// twice.
func (p *page) markRepeats() {
	for i, f := range p.fs {
		if p.kinds[i] != "" {
			continue
		}
		if i+1 < len(p.fs) && f.words >= 5 && p.fs[i+1].text == f.text {
			p.set(i, KindCaption, "repeated back to back")
			p.set(i+1, KindCaption, "repeated back to back")
		}
	}
}

// countTopic counts how many sentence-like blocks use each content word
// (into the page's df, empty until then).
func (p *page) countTopic() {
	p.sc.counted = grown(p.sc.counted, len(p.fs))
	p.counted = p.sc.counted
	clear(p.counted)
	for i, f := range p.fs {
		if p.inBody(i) {
			p.counted[i] = true
			p.bodyBlocks++
			for _, w := range f.content {
				p.df[w]++
			}
		}
	}
}

// findHeadline finds the headline when the reader gave none: a title-like
// line just above the first paragraph that shares its topic, else a line
// that is the title of the metadata. The headline then joins the topic.
func (p *page) findHeadline() {
	if !slices.Contains(p.kinds, KindHeadline) && !p.headlineAbove() && p.d.Meta.Title != "" {
		for i := range p.fs {
			if p.kinds[i] == "" && normTitle(p.fs[i].text) == normTitle(p.d.Meta.Title) {
				p.set(i, KindHeadline, "same as the title")
				break
			}
		}
	}
	for i := range p.fs {
		if p.kinds[i] == KindHeadline && !p.counted[i] {
			for _, w := range p.fs[i].content {
				p.df[w]++
			}
		}
	}
}

// headlineAbove marks a title-like line among the four blocks above the
// first paragraph (datelines, credits and captions aside) that shares the
// topic; it reports whether it found one.
func (p *page) headlineAbove() bool {
	if p.first >= len(p.fs) {
		return false
	}
	looked := 0
	for j := p.first - 1; j >= 0 && looked < 4; j-- {
		switch p.kinds[j] {
		case KindDateline, KindCredit, KindCaption:
			continue
		case "":
		default:
			looked++
			continue
		}
		looked++
		if p.fs[j].titleLike() && p.fs[j].words >= 3 && p.overlap(j) >= 0.3 {
			p.set(j, KindHeadline, "title-like line above the article that shares its topic")
			return true
		}
	}
	return false
}

// markSubheadings: section headings inside the page are labels, not claims.
func (p *page) markSubheadings() {
	for i, h := range p.d.hints {
		if h == "heading" && p.kinds[i] == "" && p.fs[i].titleLike() {
			p.set(i, KindFurniture, "subheading")
		}
	}
}

// markLists: a run of three or more list items that are mostly titles, or
// that do not share the article's topic, is a list of other pages.
func (p *page) markLists() {
	fs, n := p.fs, len(p.fs)
	for i := 0; i < n; {
		if !fs[i].list || p.kinds[i] != "" {
			i++
			continue
		}
		j := i
		titles, short, sum := 0, 0, 0.0
		for j < n && fs[j].list && p.kinds[j] == "" {
			if fs[j].titleLike() {
				titles++
			}
			if fs[j].words <= 4 {
				short++
			}
			sum += p.overlap(j)
			j++
		}
		if k := j - i; k >= 3 && (2*titles > k || sum/float64(k) < 0.2) {
			why := "headline list"
			if 2*short > k {
				why = "tag list"
			}
			for m := i; m < j; m++ {
				p.set(m, KindFurniture, why)
			}
			if i > 0 && p.kinds[i-1] == "" && fs[i-1].titleLike() && fs[i-1].words <= 4 {
				p.set(i-1, KindFurniture, "list heading")
			}
		}
		i = j
	}
}

// markTitleLines: title-like lines in runs are lists of other stories;
// alone they are labels, menus and section names, unless they carry the
// topic in the middle of the body (a sentence that lost its period).
func (p *page) markTitleLines() {
	fs, n := p.fs, len(p.fs)
	for i := 0; i < n; {
		if p.kinds[i] != "" || !fs[i].titleLike() {
			i++
			continue
		}
		j := i
		for j < n && (p.kinds[j] == "" && fs[j].titleLike() || p.kinds[j] == KindFurniture) {
			j++
		}
		cnt := 0
		for m := i; m < j; m++ {
			if p.kinds[m] == "" {
				cnt++
			}
		}
		for m := i; m < j; m++ {
			if p.kinds[m] != "" {
				continue
			}
			switch {
			case cnt >= 3:
				p.set(m, KindFurniture, "headline list")
			case fs[m].words >= 10 && !titleCase(fs[m].text) && p.overlap(m) >= 0.25 && cnt < 3:
				// body text without final punctuation
			case fs[m].words <= 3:
				p.set(m, KindFurniture, "short line")
			default:
				p.set(m, KindFurniture, "title-like line")
			}
		}
		i = j
	}
}

// markOffTopic: off-topic sentences that sit next to strong furniture are
// furniture too (prompts, promotions, other stories' teasers). It repeats
// until nothing changes, and needs four body blocks to know the topic.
func (p *page) markOffTopic() {
	n := len(p.fs)
	strong := func(i int) bool {
		return i >= 0 && i < n && p.kinds[i] == KindFurniture && strongFurniture[p.whys[i]]
	}
	for changed := p.bodyBlocks >= 4; changed; {
		changed = false
		for i := range p.fs {
			if p.kinds[i] != "" || len(p.fs[i].content) < 3 {
				continue
			}
			ov := p.overlap(i)
			before, after := strong(i-1), strong(i+1)
			if ov == 0 && (before || after) || ov < 0.1 && before && after {
				p.set(i, KindFurniture, "off topic, next to furniture")
				changed = true
			}
		}
	}
}

// finish dates the document from its URL when nothing else did, makes
// every block left a body block, and takes the title from the headline.
func (p *page) finish() {
	d := p.d
	if d.Meta.Published.IsZero() {
		if t, ok := urlDate(d.Meta.URL); ok {
			d.Meta.Published, d.Meta.DateFrom = t, "url"
		}
	}
	for i := range d.Blocks {
		if p.kinds[i] == "" {
			p.kinds[i] = KindBody
		}
		d.Blocks[i].Kind, d.Blocks[i].Why = p.kinds[i], p.whys[i]
		if p.kinds[i] == KindHeadline && d.Meta.Title == "" {
			d.Meta.Title = p.fs[i].text
		}
	}
}

// lowerASCII lowercases s, without allocating when it is lowercase ASCII.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// strongFurniture are the signals sure enough to pull an off-topic
// neighbour in with them; a lone label or subheading is not.
var strongFurniture = map[string]bool{
	"navigation": true, "prompt": true, "headline list": true, "tag list": true, "link list": true,
	"author box": true, "breadcrumb": true, "list heading": true, "off topic, next to furniture": true,
	"repeated across sources": true,
}

// titleCase reports whether most longer words of s are capitalized, as in
// "Interior, Commerce Departments Overturn Rule".
func titleCase(s string) bool {
	caps, n := 0, 0
	for _, w := range strings.Fields(s) {
		if len(w) < 4 {
			continue
		}
		n++
		if r, _ := utf8.DecodeRuneInString(w); isUpper(r) {
			caps++
		}
	}
	return n >= 3 && caps*10 >= n*7
}

func normTitle(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// furnitureWords names furniture that says what it is: navigation, prompts,
// author boxes, breadcrumbs.
func furnitureWords(f feat) string {
	if f.words > 40 || len(f.text) > 400 {
		return ""
	}
	t := f.text
	if len(t) <= 40 {
		if vocab().navWords[strings.TrimRight(lowerASCII(t), " .:!?|»›>")] {
			return "navigation"
		}
	}
	for _, p := range vocab().promptPrefixes {
		if hasPrefixFold(t, p) {
			return "prompt"
		}
	}
	var buf [400]byte
	low := buf[:len(t)]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	for _, p := range vocab().promptWordsB {
		if bytes.Contains(low, p) {
			return "prompt"
		}
	}
	if strings.HasPrefix(t, "©") || hasPrefixFold(t, "(c) ") {
		return "prompt"
	}
	if f.words <= 8 && !f.terminal && authorBoxRe.MatchString(t) {
		return "author box"
	}
	if !f.terminal && f.words <= 30 && strings.Count(t, " > ")+strings.Count(t, " › ")+strings.Count(t, " » ") >= 1 &&
		breadcrumbRe.MatchString(t) {
		return "breadcrumb"
	}
	for _, p := range []string{"home >", "home ›", "home »", "current:", "you are here"} {
		if hasPrefixFold(t, p) {
			return "breadcrumb"
		}
	}
	return ""
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// bylineName takes the name from a byline: the words after the last "By".
func bylineName(s string) string {
	i := strings.LastIndex(s, "By ")
	if j := strings.LastIndex(s, "by "); j > i {
		i = j
	}
	if i < 0 {
		return ""
	}
	name := strings.TrimSpace(s[i+3:])
	if _, a, _, ok := findDate(name); ok {
		name = strings.TrimSpace(name[:a])
	}
	for _, sep := range []string{" | ", " - ", " — ", ",", "\n"} {
		if k := strings.Index(name, sep); k >= 0 {
			name = name[:k]
		}
	}
	name = strings.TrimSpace(name)
	if r, _ := utf8.DecodeRuneInString(name); !isUpper(r) || countWords(name) > 6 {
		return ""
	}
	return name
}

// splitHeader reads a "Key: value | Key: value" line at the top (Title,
// Date, URL, Source, Author…) into metadata; the title becomes the
// headline block and the other fields header blocks.
func splitHeader(d *Document) {
	for i := 0; i < len(d.Blocks) && i < 3; i++ {
		b := d.Blocks[i]
		s := d.Text[b.Start:b.End]
		var rest *Block // lines of the block after the header line
		if nl := strings.IndexByte(s, '\n'); nl >= 0 {
			a, e := trimSpan(d.Text, b.Start+nl, b.End)
			rest = &Block{Start: a, End: e, Kind: KindBody}
			s = s[:nl]
		}
		type field struct {
			key, val           string
			start, end, vstart int
		}
		var fields []field
		off := 0
		for _, seg := range strings.Split(s, " | ") {
			m := headerKeyRe.FindStringSubmatchIndex(seg)
			if m == nil {
				fields = nil
				break
			}
			fields = append(fields, field{key: strings.ToLower(seg[m[2]:m[3]]), val: strings.TrimSpace(seg[m[1]:]), start: off, end: off + len(seg), vstart: off + m[1]})
			off += len(seg) + len(" | ")
		}
		if len(fields) < 2 {
			continue
		}
		var nb []Block
		var nh []string
		for _, f := range fields {
			hint := "header"
			start := b.Start + f.start
			switch f.key {
			case "title", "headline":
				if _, _, ok := dateLine(f.val); ok {
					// A timestamp where the title goes ("21 July 2013 Last
					// updated at 11:11 GMT"): the page's, no headline.
					break
				}
				if f.val != "" {
					d.Meta.Title = f.val
					hint, start = "headline", b.Start+f.vstart
				}
			case "date", "published", "publication date", "pubdate":
				if t, ok := parseDateValue(f.val); ok && d.Meta.Published.IsZero() {
					d.Meta.Published, d.Meta.DateFrom = t, "header line"
				}
			case "url", "link":
				if strings.Contains(f.val, "://") {
					d.Meta.URL = f.val
				}
			case "source", "provider", "site", "publisher", "outlet":
				d.Meta.Provider = f.val
			case "author", "by", "byline":
				d.Meta.Author = f.val
			}
			st, en := trimSpan(d.Text, start, b.Start+f.end)
			if st < en {
				nb = append(nb, Block{Start: st, End: en, Kind: KindBody})
				nh = append(nh, hint)
			}
		}
		if rest != nil && rest.Start < rest.End {
			nb = append(nb, *rest)
			nh = append(nh, d.hints[i])
		}
		d.Blocks = slices.Replace(d.Blocks, i, i+1, nb...)
		d.hints = slices.Replace(d.hints, i, i+1, nh...)
		return
	}
}

// splitDateline cuts a wire dateline ("CITY (AP) —") off the first
// paragraph that opens with one.
func splitDateline(d *Document) {
	for i := 0; i < len(d.Blocks) && i < 30; i++ {
		b := d.Blocks[i]
		s := d.Text[b.Start:b.End]
		if d.hints[i] != "" {
			continue // a title, a header field, a caption
		}
		m := datelineRe.FindStringSubmatchIndex(s)
		if m == nil || countWords(s) < 8 {
			continue
		}
		head := s[m[2]:m[3]]
		if countWords(head) > 6 {
			continue
		}
		restStart := b.Start + m[1] - 1 // m[1] is past the first rune of the body
		for restStart > b.Start {
			r, n := decodeLastRune(d.Text, restStart)
			if isSpace(r) {
				break
			}
			restStart -= n
		}
		for restStart < b.End {
			r, n := decodeRune(d.Text, restStart)
			if !isSpace(r) {
				break
			}
			restStart += n
		}
		d.Meta.Dateline = head
		dl := Block{Start: b.Start, End: b.Start + m[3], Kind: KindBody}
		// the dash stays with the dateline block
		_, dashEnd := trimSpan(d.Text, b.Start, restStart)
		dl.End = dashEnd
		body := Block{Start: restStart, End: b.End, Kind: KindBody}
		d.Blocks = append(d.Blocks[:i], append([]Block{dl, body}, d.Blocks[i+1:]...)...)
		h := d.hints[i]
		d.hints = append(d.hints[:i], append([]string{"dateline", h}, d.hints[i+1:]...)...)
		return
	}
}
