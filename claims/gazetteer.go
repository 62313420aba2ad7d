package claims

import (
	"embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/lexicon"
	"golang.org/x/text/unicode/norm"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// entry is what a gazetteer phrase denotes.
type entry struct {
	canonical string
	typ       EntityType
	demonym   bool // an adjective or demonym ("Russian") standing for the country
	upper     bool // an all-caps alias ("LA", "US"): matches only text in capitals
}

// place is a canonical place and what contains it.
type place struct {
	country string // canonical country; the name itself for a country
	region  string // canonical region, when known
}

// gazetteer is the general world knowledge the extractor reads from
// data/: it is loaded once per process, lazily, and never written after.
type gazetteer struct {
	phrases  map[string]entry // phraseKey → entry
	firstMax map[string]int   // first token key → most tokens of a phrase starting with it
	places   map[string]place // canonical place → containment
	titles   map[string]bool  // phraseKey of a title
	titleMax map[string]int
	months   map[string]int // "feb." → 2
	weekdays map[string]int // "thursday" → 4
	seasons  map[string]int // "summer" → 6, the first month
	lemma    map[string]string
	verbs    map[string]bool
	stop     map[string]bool
	classes  map[string]string // predicate → class
	pastSame map[string]bool   // irregular verbs whose past is their base: cut, put, hit
	// timeWords are the words a time expression can start with that are
	// not numbers (nor "N units ago"): the calendar's names and the words
	// the matchers of timeMatchers look for first.
	timeWords map[string]bool
}

// load returns the process-wide gazetteer, reading data/ on first use.
var load = sync.OnceValue(buildGazetteer)

// Load builds the gazetteer and the word lists now if no call has yet: a
// caller can have them built on another goroutine while it does other
// work (pipeline does while sources are read), instead of at the start
// of extraction.
func Load() {
	load()
	vocab()
}

// dataLists parses one embedded file of data/.
func dataLists(name string) *lexicon.Lists {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("claims: missing embedded " + name) // the build embeds it: broken invariant
	}
	return lexicon.ParseLists(name, string(b))
}

// lines returns the records of a data file without sections.
func lines(name string) [][]string { return dataLists(name).Records("") }

func field(f []string, i int) string {
	if i < len(f) {
		return strings.TrimSpace(f[i])
	}
	return ""
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func buildGazetteer() *gazetteer {
	g := &gazetteer{
		phrases: map[string]entry{}, firstMax: map[string]int{}, places: map[string]place{},
		titles: map[string]bool{}, titleMax: map[string]int{},
		months: map[string]int{}, weekdays: map[string]int{}, seasons: map[string]int{},
		lemma: map[string]string{}, verbs: map[string]bool{}, classes: map[string]string{}, pastSame: map[string]bool{},
		timeWords: map[string]bool{},
	}
	g.readPlaces()
	g.readOrgs()
	g.readTitles()
	g.readCalendar()
	g.readVerbs()
	g.readPredicates()
	return g
}

// add lists a phrase; the first listing wins: countries before regions
// before cities before organizations. A short all-caps alias ("LA", "US")
// matches only text in capitals.
func (g *gazetteer) add(name string, e entry) {
	toks := tokenize(name, 0)
	if len(toks) == 0 {
		return
	}
	k := phraseKey(toks)
	if _, dup := g.phrases[k]; dup {
		return // the first listing wins: countries before cities before orgs
	}
	e.upper = len(toks) == 1 && isUpperWord(name) && len(name) <= 5
	g.phrases[k] = e
	f := phraseKey(toks[:1])
	if len(toks) > g.firstMax[f] {
		g.firstMax[f] = len(toks)
	}
	if spaced, ok := spacedInitials(name); ok {
		g.add(spaced, e) // "U. S.", as some corpora write "U.S."
	}
}

// regionDemonyms returns the adjectives WordNet gives a region by its
// pertainym pointer ("European" pertains to Europe, "Texan" to Texas),
// found among the region's name with the endings English demonyms take.
// The gazetteer lists countries' demonyms; its regions have none.
func regionDemonyms(name string) []string {
	low := strings.ToLower(name)
	var out []string
	for _, d := range []string{name + "n", name + "an", name + "ian", strings.TrimSuffix(name, "e") + "ian", strings.TrimSuffix(name, "s") + "n"} {
		if d != name && lexicon.Pertainym(strings.ToLower(d)) == low && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// spacedInitials writes an initialism of dotted capitals ("U.S.", "U.N.")
// with a space after each dot but the last: "U. S.".
func spacedInitials(name string) (string, bool) {
	if len(name) < 4 || len(name)%2 != 0 {
		return "", false
	}
	for i := 0; i < len(name); i += 2 {
		if name[i] < 'A' || name[i] > 'Z' || name[i+1] != '.' {
			return "", false
		}
	}
	var b strings.Builder
	for i := 0; i < len(name); i += 2 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(name[i : i+2])
	}
	return b.String(), true
}

// readPlaces reads countries (with their aliases and demonyms, and the
// plural of a demonym: "Somalis", "Americans"; not "Swiss", "Chinese"),
// regions and cities, and what contains each.
func (g *gazetteer) readPlaces() {
	for _, f := range lines("countries.tsv") {
		c := field(f, 0)
		g.places[c] = place{country: c}
		g.add(c, entry{canonical: c, typ: Place})
		for _, a := range splitList(field(f, 1)) {
			g.add(a, entry{canonical: c, typ: Place})
		}
		for _, d := range splitList(field(f, 2)) {
			g.add(d, entry{canonical: c, typ: Place, demonym: true})
			// Plural demonyms: "Somalis", "Americans"; not "Swiss", "Chinese".
			if !strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "sh") && !strings.HasSuffix(d, "ch") && !strings.HasSuffix(d, "ese") && !strings.HasSuffix(d, "i") || strings.HasSuffix(d, "li") || strings.HasSuffix(d, "ni") || strings.HasSuffix(d, "ri") || strings.HasSuffix(d, "ti") {
				g.add(d+"s", entry{canonical: c, typ: Place, demonym: true})
			}
		}
	}
	for _, f := range lines("regions.tsv") {
		r, c := field(f, 0), field(f, 1)
		if c == "" {
			c = r // a continent, sea or other region in no one country
		}
		g.places[r] = place{country: c}
		name := strings.TrimSuffix(r, " (U.S. state)")
		g.add(name, entry{canonical: r, typ: Place})
		for _, a := range splitList(field(f, 2)) {
			g.add(a, entry{canonical: r, typ: Place})
		}
		for _, d := range regionDemonyms(name) {
			g.add(d, entry{canonical: r, typ: Place, demonym: true})
			g.add(d+"s", entry{canonical: r, typ: Place, demonym: true})
		}
	}
	for _, f := range lines("cities.tsv") {
		name, c := field(f, 0), field(f, 1)
		if _, ok := g.places[name]; !ok {
			r := field(f, 3)
			if r == "" {
				r = field(f, 4)
			}
			g.places[name] = place{country: c, region: r}
		}
		g.add(name, entry{canonical: name, typ: Place})
		for _, a := range splitList(field(f, 2)) {
			g.add(a, entry{canonical: name, typ: Place})
		}
	}
}

// readOrgs reads organizations and recurring events with their aliases.
func (g *gazetteer) readOrgs() {
	for _, f := range lines("orgs.tsv") {
		name := field(f, 0)
		t := Organization
		if field(f, 1) == "event" {
			t = Event
		}
		g.add(name, entry{canonical: name, typ: t})
		for _, a := range splitList(field(f, 2)) {
			g.add(a, entry{canonical: name, typ: t})
		}
	}
}

// readTitles reads the titles that may precede a name.
func (g *gazetteer) readTitles() {
	for _, f := range lines("titles.txt") {
		toks := tokenize(field(f, 0), 0)
		if len(toks) == 0 {
			continue
		}
		g.titles[phraseKey(toks)] = true
		k := phraseKey(toks[:1])
		if len(toks) > g.titleMax[k] {
			g.titleMax[k] = len(toks)
		}
	}
}

// readCalendar reads month, weekday and season names from the calendar
// shared with source.
func (g *gazetteer) readCalendar() {
	for _, c := range lexicon.Calendar() {
		for _, form := range c.Forms {
			k := strings.ToLower(form)
			switch c.Kind {
			case "month":
				g.months[k] = c.Number
			case "weekday":
				g.weekdays[k] = c.Number
			case "season":
				g.seasons[k] = c.Number
			}
			g.timeWords[k] = true
		}
	}
	for _, w := range []string{"since", "in", "over", "during", "on"} {
		g.timeWords[w] = true
	}
	for w := range relativeDir {
		g.timeWords[w] = true
	}
	for w := range todayOffset {
		g.timeWords[w] = true
	}
}

// readVerbs reads irregular verbs (each form's lemma, and the verbs whose
// past is their base: cut, put, hit) and the regular verbs.
func (g *gazetteer) readVerbs() {
	for _, f := range lines("irregular.tsv") {
		base := field(f, 0)
		g.verbs[base] = true
		g.lemma[base] = base
		for _, form := range splitList(field(f, 1)) {
			if form == base {
				g.pastSame[base] = true
			}
		}
		for i := 1; i <= 3; i++ {
			for _, form := range splitList(field(f, i)) {
				if _, ok := g.lemma[form]; !ok {
					g.lemma[form] = base
				}
			}
		}
	}
	for _, f := range lines("verbs.txt") {
		for _, v := range strings.Fields(f[0]) {
			g.verbs[v] = true
		}
	}
}

// readPredicates reads the predicate classes and the function words
// (lexicon's one stopword file, its function list).
func (g *gazetteer) readPredicates() {
	for _, f := range lines("predicates.tsv") {
		for _, p := range splitList(field(f, 1)) {
			if _, dup := g.classes[p]; !dup {
				g.classes[p] = field(f, 0)
			}
		}
	}
	g.stop = lexicon.Stopwords(lexicon.FunctionWords)
}

// lookup finds the longest gazetteer phrase starting at toks[0].
func (g *gazetteer) lookup(toks []token) (entry, int) {
	m := g.firstMax[foldASCII(toks[0].low)]
	if m == 0 {
		return entry{}, 0
	}
	if m > len(toks) {
		m = len(toks)
	}
	for n := m; n >= 1; n-- {
		if n > 1 && !toks[n-1].cap && toks[n-1].kind == tWord && !smallWord(toks[n-1].low) {
			continue // phrases end in a name word: "Group of 20", not "Group of"
		}
		if e, ok := g.phrases[phraseKey(toks[:n])]; ok {
			if e.upper && !isUpperWord(toks[0].text) {
				continue // "La Paz" is not "LA"; "Us" is not "US"
			}
			return e, n
		}
	}
	return entry{}, 0
}

// title finds the longest title starting at toks[0], in tokens.
func (g *gazetteer) title(toks []token) int {
	m := g.titleMax[toks[0].low]
	if m > len(toks) {
		m = len(toks)
	}
	for n := m; n >= 1; n-- {
		if g.titles[phraseKey(toks[:n])] {
			return n
		}
	}
	return 0
}

func smallWord(w string) bool {
	switch w {
	case "'s", "of", "the", "and", "de", "du", "la", "le", "al", "bin", "el", "von", "van", "der", "da", "del", "dos", "das":
		return true
	}
	return false
}

// Within reports whether the place named inner lies within outer, both
// canonical names as Extract produces them: a city is within its region and
// its country, a region within its country, and every place within itself.
// Unknown names are within only themselves.
func Within(inner, outer string) bool {
	if inner == outer {
		return true
	}
	g := load()
	p, ok := g.places[inner]
	if !ok {
		return false
	}
	if p.country == outer || p.region == outer {
		return true
	}
	if r, ok := g.places[p.region]; ok && p.region != "" {
		return r.country == outer
	}
	return false
}

// CountryOf returns the country containing a canonical place, or "" when
// the place is unknown.
func CountryOf(name string) string {
	if p, ok := load().places[name]; ok {
		return p.country
	}
	return ""
}

// foldASCII removes diacritics: "genève" → "geneve".
func foldASCII(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case '’', '‘':
			r = '\''
		case 'ø':
			r = 'o'
		case 'ł':
			r = 'l'
		case 'ß':
			b.WriteString("ss")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// NameKey folds a name so spelling and transliteration variants of one
// full name compare equal: case, diacritics, punctuation, doubled letters,
// and word endings -y/-i/-iy/-yy ("Dmitri"/"Dmitry", "Kolomoisky"/"Kolomoiskyy"/
// "Kolomoiskiy") and a few digraphs (ks/x, kh/h, ph/f). Every word is kept,
// so different people who share a first name keep different keys.
func NameKey(name string) string {
	s := foldASCII(strings.ToLower(name))
	var words []string
	w := make([]byte, 0, 16)
	flush := func() {
		if len(w) > 0 {
			words = append(words, foldWord(string(w)))
			w = w[:0]
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w = append(w, s[i:i+n]...)
		case r == '\'' || r == '.' || r == '’':
			// "O'Brien" = "OBrien"; "U.S." = "US"
		default:
			flush()
		}
		i += n
	}
	flush()
	return strings.Join(words, " ")
}

func foldWord(w string) string {
	w = strings.ReplaceAll(w, "ks", "x")
	w = strings.ReplaceAll(w, "kh", "h")
	w = strings.ReplaceAll(w, "ph", "f")
	// Collapse doubled letters: "Kolomoiskyy" → "kolomoisky".
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		b = append(b, w[i])
	}
	w = string(b)
	for _, suf := range []string{"iy", "ij", "yi"} {
		if strings.HasSuffix(w, suf) && len(w) > 3 {
			w = w[:len(w)-2] + "i"
		}
	}
	if strings.HasSuffix(w, "y") && len(w) > 3 {
		w = w[:len(w)-1] + "i"
	}
	return w
}

// ClassOf returns the predicate class of a lemmatized predicate or verb
// ("chat" → "meet", "jail" → "detain"), "" when it is in no class.
func ClassOf(lemma string) string { return load().classes[lemma] }

// Titled reports whether a phrase holds a title or honorific from the
// gazetteer ("Prime Minister Ana Costa said", "said Mr. Lee"): what marks a
// credited name as a person's.
func Titled(phrase string) bool {
	g := load()
	toks := tokenize(phrase, 0)
	for i := range toks {
		if toks[i].kind == tWord && g.title(toks[i:]) > 0 {
			return true
		}
	}
	return false
}
