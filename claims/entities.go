package claims

import (
	"strings"
)

// ment is a mention under construction, with its token range in the
// sentence and what coreference needs.
type ment struct {
	i, j     int // token range in the sentence
	m        Mention
	title    string // phraseKey of a title right before a person ("foreign minister")
	country  string // country modifying that title ("Russia" for "Russian Foreign Minister")
	modifier bool   // modifies the next name ("U.S." in "U.S. Secretary of State …")
	titleRef bool   // a lowercase title standing for a person ("the foreign minister")
	single   bool   // a one-word name that may be a surname
}

// findMentions reads the named things of one sentence. known holds the
// lowercase forms of words the document capitalizes away from a
// sentence start: a sentence-initial or headline word must be among them
// (or in a gazetteer) to start a name, so "Amid" and "Meet" are not names.
func (x *extractor) findMentions(toks []token, headline bool) []ment {
	s := &mentionScan{x: x, g: x.g, toks: toks, headline: headline, titleEnd: -1}
	for s.first < len(toks) && toks[s.first].kind == tPunct {
		s.first++
	}
	for i := 0; i < len(toks); {
		i = s.next(i)
	}
	return s.out
}

// mentionScan is findMentions' state over one sentence.
type mentionScan struct {
	x        *extractor
	g        *gazetteer
	toks     []token
	headline bool
	first    int // the first token that is not punctuation
	out      []ment
	// A title read before a name ("Russian Foreign Minister"): the title's
	// key, the country before it, and the token where the name starts.
	pendingTitle, pendingCountry string
	titleEnd                     int
}

// next reads the mention at token i, if any, trying the matchers in
// order, and returns the token after what it read.
func (s *mentionScan) next(i int) int {
	t := s.toks[i]
	if t.kind != tWord {
		return i + 1
	}
	if j, ok := s.titleBefore(i); ok {
		return j
	}
	if j, ok := s.titleRef(i); ok {
		return j
	}
	if !t.cap {
		return i + 1
	}
	initial := s.initial(i)
	if j, ok := s.listedName(i, initial); ok {
		return j
	}
	return s.capitalizedName(i, initial)
}

// initial reports whether token i opens the sentence or a quote,
// parenthesis or colon, where any word is capitalized.
func (s *mentionScan) initial(i int) bool {
	if i == s.first {
		return true
	}
	if i == 0 || s.toks[i-1].kind != tPunct {
		return false
	}
	switch s.toks[i-1].low {
	case "\"", "“", "(", ":", "—":
		return true
	}
	return false
}

// titleBefore reads a title before a capitalized name ("Foreign Minister",
// "spokesperson"); the name that follows takes it.
func (s *mentionScan) titleBefore(i int) (int, bool) {
	g, toks, n, t := s.g, s.toks, len(s.toks), s.toks[i]
	l := g.title(toks[i:])
	if !(l > 0 && i+l < n && toks[i+l].kind == tWord && toks[i+l].cap && (t.cap || !s.headline) && g.title(toks[i+l:]) == 0) {
		return i, false
	}
	if _, gl := g.lookup(toks[i+l:]); gl != 0 && !(toks[i+l].cap && i+l+1 < n && toks[i+l+1].cap) {
		return i, false
	}
	s.pendingTitle = phraseKey(toks[i : i+l])
	s.pendingCountry = ""
	if len(s.out) > 0 && s.out[len(s.out)-1].j >= i-2 && s.out[len(s.out)-1].m.Type == Place {
		s.pendingCountry = s.out[len(s.out)-1].m.Canonical
		s.out[len(s.out)-1].modifier = true
	}
	s.titleEnd = i + l
	return i + l, true
}

// titleRef reads a lowercase title standing for someone named elsewhere:
// "the foreign minister", "the Russian foreign minister", "Russia's foreign
// minister".
func (s *mentionScan) titleRef(i int) (int, bool) {
	g, toks, n, t := s.g, s.toks, len(s.toks), s.toks[i]
	if (t.low != "the" && t.low != "'s") || i+1 >= n {
		return i, false
	}
	k := i + 1
	country := ""
	if e, l := g.lookup(toks[k:]); l > 0 && e.typ == Place {
		country = e.canonical
		k += l
	}
	if t.low == "'s" && len(s.out) > 0 && s.out[len(s.out)-1].j == i && s.out[len(s.out)-1].m.Type == Place {
		country = s.out[len(s.out)-1].m.Canonical
	}
	if k >= n || toks[k].cap {
		return i, false
	}
	l := g.title(toks[k:])
	if l == 0 || k+l < n && toks[k+l].cap {
		return i, false
	}
	start := i + 1
	if t.low == "the" {
		start = i
	}
	s.out = append(s.out, ment{i: start, j: k + l, titleRef: true, title: phraseKey(toks[k : k+l]), country: country,
		m: Mention{Type: Person}})
	return k + l, true
}

// listedName reads a name the gazetteer lists (a place, an organization,
// an event), unless it is a lone function word opening the sentence or the
// modal "May". A place before a capitalized word or a common noun
// modifies it: "Russian Foreign Minister", "U.S. officials", "A Texas
// jury", "U.S. support".
func (s *mentionScan) listedName(i int, initial bool) (int, bool) {
	g, toks, n, t := s.g, s.toks, len(s.toks), s.toks[i]
	e, l := g.lookup(toks[i:])
	if l == 0 || l == 1 && initial && g.stop[t.low] || t.low == "may" && l == 1 {
		return i, false
	}
	mm := ment{i: i, j: i + l, m: Mention{Type: e.typ, Canonical: e.canonical, Demonym: e.demonym}}
	if e.demonym || (i+l < n && toks[i+l].cap && toks[i+l].kind == tWord) {
		mm.modifier = e.typ == Place
	}
	if e.typ == Place && i+l < n && toks[i+l].kind == tWord && !toks[i+l].cap && !g.stop[toks[i+l].low] && toks[i+l].low != "'s" {
		if _, isVerb := g.verbLemma(toks[i+l].low); !isVerb || strings.HasSuffix(toks[i+l].low, "s") && !strings.HasSuffix(toks[i+l].low, "ss") && g.lemma[toks[i+l].low] == "" && i+l+1 < n && !toks[i+l+1].cap && g.stop[toks[i+l+1].low] == false {
			mm.modifier = true
		}
	}
	s.out = append(s.out, mm)
	return i + l, true
}

// capRun is the end of the run of capitalized words at i, with connectors
// inside ("Bank of America", "Osama bin Laden"); a title before a name, or
// a listed place after a word that is not a connector, ends it ("told
// Peskov Washington's position" is two names).
func (s *mentionScan) capRun(i int) int {
	g, toks, n := s.g, s.toks, len(s.toks)
	j := i
	for j < n {
		u := toks[j]
		if u.kind == tWord && u.cap && u.low != "'s" {
			if s.headline && !s.x.known[u.low] {
				break
			}
			if j > i && g.title(toks[j:]) > 0 && j+1 < n && toks[j+1].cap {
				break
			}
			if e, gl := g.lookup(toks[j:]); j > i && gl > 0 && e.typ == Place && !smallWord(toks[j-1].low) {
				break
			}
			j++
			continue
		}
		if j > i && j+1 < n && toks[j+1].cap && toks[j+1].kind == tWord && (u.low == "of" || u.low == "de" || u.low == "bin" || u.low == "al" || u.low == "van" || u.low == "von" || u.low == "da" || u.low == "del" || u.low == "-" && !u.space && !toks[j+1].space) {
			j++
			continue
		}
		break
	}
	return j
}

// ordinaryWord reports whether the capitalized run [i, j) is no name: a
// verb or adverb opening the sentence ("Choosing DeGeneres …"), a word
// capitalized by position ("Amid", "Those") or by a headline, a function
// word, a number word, a capitalized adjective, or a lone calendar name.
func (s *mentionScan) ordinaryWord(i, j int, initial bool) bool {
	g, toks, n, t := s.g, s.toks, len(s.toks), s.toks[i]
	known := s.x.known[t.low]
	// "Jones, a retired firefighter, …": an appositive vouches for a name.
	appos := j == i+1 && j+2 < n && toks[j].low == "," && (toks[j+1].low == "a" || toks[j+1].low == "an" || toks[j+1].low == "the")
	if initial && !known && j > i+1 && !s.headline {
		if _, isVerb := g.verbLemma(t.low); isVerb || strings.HasSuffix(t.low, "ly") {
			return true
		}
	}
	if s.headline && !known || initial && !known && (j == i+1 && !appos || g.stop[t.low]) {
		return true
	}
	if g.stop[t.low] || vocab().numberWords[t.low] > 0 || (j == i+1 && vocab().nonNames[t.low]) {
		return true
	}
	if j != i+1 {
		return false
	}
	_, isMonth := g.months[t.low]
	_, isDay := g.weekdays[t.low]
	_, isSeason := g.seasons[t.low]
	return isMonth || isDay || isSeason
}

// capitalizedName reads a name the gazetteer does not list: a run of
// capitalized words, typed by its words (nameType).
func (s *mentionScan) capitalizedName(i int, initial bool) int {
	toks, n := s.toks, len(s.toks)
	j := s.capRun(i)
	if j == i || s.ordinaryWord(i, j, initial) {
		return i + 1
	}
	// "the Chinese Foreign ministry": a lowercase institution word ends the name.
	lowerOrg := false
	if j < n && !toks[j].cap && vocab().lowerOrgWord[toks[j].low] {
		j++
		lowerOrg = true
	}
	mm := ment{i: i, j: j}
	words := 0
	acronym := true
	for k := i; k < j; k++ {
		if toks[k].kind == tWord && toks[k].cap {
			words++
			if !isUpperWord(toks[k].text) {
				acronym = false
			}
		}
	}
	for j > i+1 && smallWord(toks[j-1].low) {
		j-- // "Gulf of" without its name
	}
	s.nameType(&mm, i, j, words, acronym, lowerOrg)
	mm.m.Canonical = joinText(toks[i:j])
	s.out = append(s.out, mm)
	return j
}

// placeNoun reports whether a common noun beside the name [i, j) says it
// is a place: "the town of Zarand", "Kerman province".
func (s *mentionScan) placeNoun(i, j int) bool {
	toks := s.toks
	before := i > 1 && toks[i-1].low == "of" && !toks[i-2].cap && vocab().placeNouns[toks[i-2].low]
	after := j < len(toks) && !toks[j].cap && vocab().placeNouns[toks[j].low]
	return before || after
}

// nameType types the name [i, j) of capitalized words: by a prefix ("Lake
// …", "Hurricane …") or a suffix ("… Ministry", "… Summit", "… River", "… Act"), a title
// before it (a person), capitals only (an organization), "the" before it
// (a team, a band, a brand), or its length (two to four words: a person).
func (s *mentionScan) nameType(mm *ment, i, j, words int, acronym, lowerOrg bool) {
	toks := s.toks
	last := toks[j-1].low
	switch {
	case lowerOrg:
		mm.m.Type = Organization
	case vocab().placePrefix[toks[i].low] && j > i+1:
		mm.m.Type = Place
	case vocab().orgSuffix[last]:
		mm.m.Type = Organization
	case vocab().eventSuffix[last] || vocab().eventPrefix[toks[i].low] && j > i+1:
		mm.m.Type = Event
	case vocab().placeSuffix[last]:
		mm.m.Type = Place
	case s.titleEnd == i:
		mm.m.Type = Person
		mm.title, mm.country = s.pendingTitle, s.pendingCountry
	case acronym:
		mm.m.Type = Organization
	case vocab().lawSuffix[last]:
		mm.m.Type = Other
	case i > 0 && toks[i-1].low == "the" && s.titleEnd != i:
		// People are not "the Jacksonville Jaguars": a team, a band, a brand.
		mm.m.Type = Other
		if strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
			mm.m.Type = Organization
		}
	case words >= 2 && words <= 4 && !anyAcronym(toks[i:j]) && !hasOf(toks[i:j]):
		mm.m.Type = Person
	default:
		mm.m.Type = Other
		mm.single = words == 1
		if i > 0 && (toks[i-1].low == "in" || toks[i-1].low == "near") && words == 1 || s.placeNoun(i, j) {
			mm.m.Type = Place
		}
	}
}

// corefer links surname-only mentions and title mentions to the full names
// the document introduces, and fills Canonical and Key. Mentions are
// visited in document order; a surname links to the nearest full name
// before it (or the first after it), so two Smiths stay apart.
func (x *extractor) corefer(sents []*sentWork) {
	resolvePeople(sents)
	x.finishMentions(sents, x.acronyms(sents))
}

// person is a full name read in the document, for coreference.
type person struct {
	canonical string
	title     string
	country   string
	order     int // the mention's place among all mentions
}

// resolvePeople resolves a lowercase title ("the foreign minister") to the
// one person named with it, else drops it; and a lone surname to the
// person of that surname named last before it (or first, when none is).
func resolvePeople(sents []*sentWork) {
	var people []person
	bySurname := map[string][]int{}
	order := 0
	for _, s := range sents {
		for k := range s.ments {
			m := &s.ments[k]
			order++
			if m.m.Type != Person || m.titleRef {
				continue
			}
			toks := s.toks[m.i:m.j]
			if len(toks) < 2 {
				continue
			}
			p := person{canonical: m.m.Canonical, title: m.title, country: m.country, order: order}
			people = append(people, p)
			sur := foldASCII(toks[len(toks)-1].low)
			bySurname[sur] = append(bySurname[sur], len(people)-1)
		}
	}
	order = 0
	for _, s := range sents {
		for k := range s.ments {
			m := &s.ments[k]
			order++
			switch {
			case m.titleRef:
				if hit := resolveTitle(people, m); hit != nil {
					m.m.Canonical = hit.canonical
				} else {
					m.m.Type = "" // unresolved: dropped
				}
			case m.single || m.m.Type == Other || (m.m.Type == Person && m.j-m.i == 1):
				sur := foldASCII(s.toks[m.i].low)
				ids := bySurname[sur]
				if len(ids) == 0 {
					break
				}
				best := ids[0]
				for _, id := range ids {
					if people[id].order < order {
						best = id
					}
				}
				m.m.Type = Person
				m.m.Canonical = people[best].canonical
			}
		}
	}
}

// resolveTitle returns the one person named with a title reference's title
// (and country), or nil when there is none or more than one.
func resolveTitle(people []person, m *ment) *person {
	var hit *person
	for pi := range people {
		p := &people[pi]
		if p.title != m.title || (m.country != "" && p.country != m.country) {
			continue
		}
		if hit != nil && hit.canonical != p.canonical {
			return nil
		}
		if hit == nil {
			hit = p
		}
	}
	return hit
}

// acronyms maps an acronym in parentheses after a name to that name: in
// "the Fundamentalist Church of Jesus Christ of Latter Day Saints (FLDS)"
// the acronym stands for the name before it, here and later.
func (x *extractor) acronyms(sents []*sentWork) map[string]string {
	acronyms := map[string]string{}
	for _, s := range sents {
		for k := 0; k+1 < len(s.ments); k++ {
			m1, m2 := &s.ments[k], &s.ments[k+1]
			if m1.m.Type == "" || m1.titleRef || m2.j-m2.i != 1 || !isUpperWord(s.toks[m2.i].text) || m1.j-m1.i < 2 {
				continue
			}
			if _, known := x.g.lookup(s.toks[m2.i:m2.j]); known > 0 {
				continue // a gazetteer acronym keeps its meaning: "(AP)"
			}
			if m2.i == m1.j+1 && s.toks[m1.j].low == "(" && m2.j < len(s.toks) && s.toks[m2.j].low == ")" {
				if _, known := acronyms[m2.m.Canonical]; !known {
					acronyms[m2.m.Canonical] = m1.m.Canonical
					if m1.m.Type != Person {
						m2.m.Type = m1.m.Type
					}
				}
			}
		}
	}
	return acronyms
}

// finishMentions sets each mention's span and text, expands acronyms,
// applies the rules file's aliases, computes the cross-source key, and
// notes the gender a title gives a person.
func (x *extractor) finishMentions(sents []*sentWork, acronyms map[string]string) {
	keys := map[string]string{}
	for _, s := range sents {
		for k := range s.ments {
			m := &s.ments[k]
			if m.m.Type == "" {
				continue
			}
			m.m.Start, m.m.End = s.toks[m.i].s, s.toks[m.j-1].e
			if full, ok := acronyms[m.m.Canonical]; ok && m.j-m.i == 1 {
				m.m.Canonical = full
				if m.m.Type == Other {
					m.m.Type = Organization
				}
			}
			m.m.Text = x.doc.Text[m.m.Start:m.m.End]
			if a, ok := x.aliases[strings.ToLower(m.m.Canonical)]; ok {
				m.m.Canonical = a
			} else if a, ok := x.aliases[strings.ToLower(m.m.Text)]; ok {
				m.m.Canonical = a
			}
			k, ok := keys[m.m.Canonical]
			if !ok {
				k = NameKey(m.m.Canonical)
				keys[m.m.Canonical] = k
			}
			m.m.Key = k
			if g, ok := vocab().genderTitles[m.title]; ok && m.m.Type == Person {
				x.gender[m.m.Canonical] = g
			}
		}
	}
}

func anyAcronym(toks []token) bool {
	for _, t := range toks {
		if isUpperWord(t.text) {
			return true
		}
	}
	return false
}

func hasOf(toks []token) bool {
	for _, t := range toks {
		if t.low == "of" {
			return true
		}
	}
	return false
}
