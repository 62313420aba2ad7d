package source

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
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

func features(d *Document) []feat {
	fs := make([]feat, len(d.Blocks))
	for i, b := range d.Blocks {
		s := d.Text[b.Start:b.End]
		f := feat{text: s, list: i < len(d.hints) && d.hints[i] == "list"}
		f.words = countWords(s)
		t := strings.TrimRightFunc(s, func(r rune) bool { return isClosing(r) || isSpace(r) })
		if t != "" {
			r, _ := utf8.DecodeLastRuneInString(t)
			f.terminal = isTerminal(r)
			f.leadIn = r == ':' && f.words >= 4
			f.question = r == '?' && f.words >= 5 && f.words <= 15 && titleCase(s)
		}
		f.content = contentWords(s)
		fs[i] = f
	}
	return fs
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

// contentWords returns the distinct words of s that carry its topic, as
// hashes of their lowercased form: three letters or more, not a function
// word, a final plural "s" folded ("ministers" and "minister" share one).
func contentWords(s string) []uint64 {
	var out []uint64
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
	slices.Sort(out)
	return slices.Compact(out)
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
// blocks, then gives every block a Kind and a Why.
func analyze(d *Document) {
	splitHeader(d)
	splitDateline(d)
	fs := features(d)
	n := len(d.Blocks)
	kinds := make([]Kind, n)
	whys := make([]string, n)
	set := func(i int, k Kind, why string) {
		if kinds[i] == "" {
			kinds[i], whys[i] = k, why
		}
	}
	for i, h := range d.hints {
		switch h {
		case "headline":
			set(i, KindHeadline, "title")
		case "caption":
			set(i, KindCaption, "caption element")
		case "credit":
			set(i, KindCredit, "credit")
		case "header":
			set(i, KindDateline, "header line")
		case "dateline":
			set(i, KindDateline, "dateline")
		case "linklist":
			set(i, KindFurniture, "link list")
		case "nav":
			set(i, KindFurniture, "navigation")
		}
	}

	// The first sentence-like paragraph: everything above it is the top of
	// the page, where dates, bylines and the headline sit.
	first := n
	for i := range fs {
		if kinds[i] == "" && fs[i].terminal && !fs[i].question && fs[i].words >= 8 && !bylineRe.MatchString(fs[i].text) {
			first = i
			break
		}
	}
	top := first + 2
	if top > 15 && first > 15 {
		top = 15
	}

	// Page furniture named by its own words.
	for i := range fs {
		if kinds[i] != "" {
			continue
		}
		if why := furnitureWords(fs[i]); why != "" {
			if why == "author box" && i < top {
				set(i, KindCredit, "byline")
			} else {
				set(i, KindFurniture, why)
			}
		}
	}

	// Dates and bylines at the top.
	for i := 0; i < n && i < top+3; i++ {
		if kinds[i] != "" && kinds[i] != KindDateline {
			continue
		}
		f := fs[i]
		if f.words <= 20 && bylineRe.MatchString(f.text) {
			set(i, KindCredit, "byline")
			if t, _, _, ok := findDate(f.text); ok && d.Meta.Published.IsZero() {
				d.Meta.Published, d.Meta.DateFrom = t, "byline"
			}
			if d.Meta.Author == "" {
				d.Meta.Author = bylineName(f.text)
			}
			continue
		}
		if t, updated, ok := dateLine(f.text); ok {
			set(i, KindDateline, "date line")
			if !updated && (d.Meta.Published.IsZero() || d.Meta.DateFrom == "byline") {
				d.Meta.Published, d.Meta.DateFrom = t, "date line"
			}
			continue
		}
		if i < first && kinds[i] == "" && f.words >= 2 && f.words <= 4 && nameLineRe.MatchString(f.text) && i+1 < n && (i+1 >= first || kinds[i+1] == KindDateline) {
			set(i, KindCredit, "byline")
			continue
		}
	}
	for i := first; i < n && i <= first+2; i++ {
		// A name alone right under the first paragraph (a wire byline).
		f := fs[i]
		if kinds[i] == "" && i > 0 && f.words >= 2 && f.words <= 4 && nameLineRe.MatchString(f.text) {
			set(i, KindCredit, "byline")
			if d.Meta.Author == "" {
				d.Meta.Author = f.text
			}
		}
	}

	// Captions that say so or end with their credit.
	for i := range fs {
		f := fs[i]
		if kinds[i] != "" {
			continue
		}
		if photoPrefixRe.MatchString(f.text) {
			set(i, KindCaption, "photo label")
		} else if m := creditTailRe.FindStringSubmatchIndex(f.text); m != nil && f.words <= 80 && countWords(f.text[:m[0]]) >= 4 {
			if c := f.text[m[2]:m[3]]; creditWordRe.MatchString(c) && (strings.Contains(c, "/") || strings.Contains(strings.ToLower(c), "photo")) {
				set(i, KindCaption, "ends with a photo credit")
			}
		}
	}
	// Credits and the captions above them.
	for i := range fs {
		f := fs[i]
		if kinds[i] == "" && f.words <= 12 && !f.terminal && creditWordRe.MatchString(f.text) {
			set(i, KindCredit, "photo credit")
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				if kinds[j] != "" || fs[j].words < 3 || fs[j].words > 80 {
					break
				}
				set(j, KindCaption, "followed by a credit line")
				if j == 0 || fs[j-1].text != fs[j].text {
					break
				}
			}
		}
	}
	for i := range fs {
		f := fs[i]
		if kinds[i] != "" {
			continue
		}
		if i+1 < n && f.words >= 5 && fs[i+1].text == f.text {
			set(i, KindCaption, "repeated back to back")
			set(i+1, KindCaption, "repeated back to back")
		}
	}

	// The topic: how many sentence-like blocks use each content word.
	df := make(map[uint64]int, len(d.Text)/16)
	inBody := func(i int) bool {
		return kinds[i] == KindHeadline || (kinds[i] == "" || kinds[i] == KindCaption) && (fs[i].terminal || fs[i].leadIn || fs[i].words > 30) && fs[i].words >= 6
	}
	bodyBlocks := 0
	counted := make([]bool, n)
	for i, f := range fs {
		if inBody(i) {
			counted[i] = true
			bodyBlocks++
			for _, w := range f.content {
				df[w]++
			}
		}
	}
	overlap := func(i int) float64 {
		f := fs[i]
		if len(f.content) == 0 {
			return 0
		}
		min := 1
		if inBody(i) {
			min = 2 // its own words count once
		}
		k := 0
		for _, w := range f.content {
			if df[w] >= min {
				k++
			}
		}
		return float64(k) / float64(len(f.content))
	}

	// The headline: a title-like line just above the first paragraph that
	// shares its topic.
	hasHeadline := false
	for i := range kinds {
		if kinds[i] == KindHeadline {
			hasHeadline = true
		}
	}
	if !hasHeadline && first < n {
		looked := 0
		for j := first - 1; j >= 0 && looked < 4; j-- {
			switch kinds[j] {
			case KindDateline, KindCredit, KindCaption:
				continue
			case "":
			default:
				looked++
				continue
			}
			looked++
			if fs[j].titleLike() && fs[j].words >= 3 && overlap(j) >= 0.3 {
				set(j, KindHeadline, "title-like line above the article that shares its topic")
				hasHeadline = true
				break
			}
		}
	}
	if !hasHeadline && d.Meta.Title != "" {
		for i := range fs {
			if kinds[i] == "" && normTitle(fs[i].text) == normTitle(d.Meta.Title) {
				set(i, KindHeadline, "same as the title")
				break
			}
		}
	}
	// A headline found just now joins the topic.
	for i := range fs {
		if kinds[i] == KindHeadline && !counted[i] {
			for _, w := range fs[i].content {
				df[w]++
			}
		}
	}

	// Section headings inside the page are labels, not claims.
	for i, h := range d.hints {
		if h == "heading" && kinds[i] == "" && fs[i].titleLike() {
			set(i, KindFurniture, "subheading")
		}
	}

	// Lists: a run of three or more items that are mostly titles, or that
	// do not share the article's topic, is a list of other pages.
	for i := 0; i < n; {
		if !fs[i].list || kinds[i] != "" {
			i++
			continue
		}
		j := i
		titles, short, sum := 0, 0, 0.0
		for j < n && fs[j].list && kinds[j] == "" {
			if fs[j].titleLike() {
				titles++
			}
			if fs[j].words <= 4 {
				short++
			}
			sum += overlap(j)
			j++
		}
		if k := j - i; k >= 3 && (2*titles > k || sum/float64(k) < 0.2) {
			why := "headline list"
			if 2*short > k {
				why = "tag list"
			}
			for m := i; m < j; m++ {
				set(m, KindFurniture, why)
			}
			if i > 0 && kinds[i-1] == "" && fs[i-1].titleLike() && fs[i-1].words <= 4 {
				set(i-1, KindFurniture, "list heading")
			}
		}
		i = j
	}

	// Title-like lines: in runs they are lists of other stories; alone
	// they are labels, menus and section names, unless they carry the
	// topic in the middle of the body (a sentence that lost its period).
	for i := 0; i < n; {
		if kinds[i] != "" || !fs[i].titleLike() {
			i++
			continue
		}
		j := i
		for j < n && (kinds[j] == "" && fs[j].titleLike() || kinds[j] == KindFurniture) {
			j++
		}
		cnt := 0
		for m := i; m < j; m++ {
			if kinds[m] == "" {
				cnt++
			}
		}
		for m := i; m < j; m++ {
			if kinds[m] != "" {
				continue
			}
			switch {
			case cnt >= 3:
				set(m, KindFurniture, "headline list")
			case fs[m].words >= 10 && !titleCase(fs[m].text) && overlap(m) >= 0.25 && cnt < 3:
				// body text without final punctuation
			case fs[m].words <= 3:
				set(m, KindFurniture, "short line")
			default:
				set(m, KindFurniture, "title-like line")
			}
		}
		i = j
	}

	// Off-topic sentences that sit next to furniture are furniture too
	// (prompts, promotions, other stories' teasers).
	for changed := bodyBlocks >= 4; changed; {
		changed = false
		for i := range fs {
			if kinds[i] != "" || len(fs[i].content) < 3 {
				continue
			}
			ov := overlap(i)
			before := i > 0 && kinds[i-1] == KindFurniture && strongFurniture[whys[i-1]]
			after := i+1 < n && kinds[i+1] == KindFurniture && strongFurniture[whys[i+1]]
			if ov == 0 && (before || after) || ov < 0.1 && before && after {
				set(i, KindFurniture, "off topic, next to furniture")
				changed = true
			}
		}
	}

	if d.Meta.Published.IsZero() {
		if t, ok := urlDate(d.Meta.URL); ok {
			d.Meta.Published, d.Meta.DateFrom = t, "url"
		}
	}
	for i := range d.Blocks {
		if kinds[i] == "" {
			kinds[i] = KindBody
		}
		d.Blocks[i].Kind, d.Blocks[i].Why = kinds[i], whys[i]
		if kinds[i] == KindHeadline && d.Meta.Title == "" {
			d.Meta.Title = fs[i].text
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
		d.Blocks = append(d.Blocks[:i], append(nb, d.Blocks[i+1:]...)...)
		d.hints = append(d.hints[:i], append(nh, d.hints[i+1:]...)...)
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
