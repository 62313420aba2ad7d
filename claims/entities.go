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
	g := x.g
	var out []ment
	n := len(toks)
	first := 0
	for first < n && toks[first].kind == tPunct {
		first++
	}
	pendingTitle, pendingCountry := "", ""
	titleEnd := -1
	for i := 0; i < n; {
		t := toks[i]
		if t.kind != tWord {
			i++
			continue
		}
		// A title before a capitalized name: "Foreign Minister", "spokesperson".
		if l := g.title(toks[i:]); l > 0 && i+l < n && toks[i+l].kind == tWord && toks[i+l].cap &&
			(t.cap || !headline) && g.title(toks[i+l:]) == 0 {
			if _, gl := g.lookup(toks[i+l:]); gl == 0 || toks[i+l].cap && i+l+1 < n && toks[i+l+1].cap {
				pendingTitle = phraseKey(toks[i : i+l])
				pendingCountry = ""
				if len(out) > 0 && out[len(out)-1].j >= i-2 && out[len(out)-1].m.Type == Place {
					pendingCountry = out[len(out)-1].m.Canonical
					out[len(out)-1].modifier = true
				}
				titleEnd = i + l
				i += l
				continue
			}
		}
		// A lowercase title standing for someone named elsewhere:
		// "the foreign minister", "the Russian foreign minister".
		if (t.low == "the" || t.low == "'s") && i+1 < n {
			k := i + 1
			country := ""
			if e, l := g.lookup(toks[k:]); l > 0 && e.typ == Place {
				country = e.canonical
				k += l
			}
			if t.low == "'s" && len(out) > 0 && out[len(out)-1].j == i && out[len(out)-1].m.Type == Place {
				country = out[len(out)-1].m.Canonical
			}
			if k < n && !toks[k].cap {
				if l := g.title(toks[k:]); l > 0 && (k+l >= n || !toks[k+l].cap) {
					s := i + 1
					if t.low == "the" {
						s = i
					}
					out = append(out, ment{i: s, j: k + l, titleRef: true, title: phraseKey(toks[k : k+l]), country: country,
						m: Mention{Type: Person}})
					i = k + l
					continue
				}
			}
		}
		if !t.cap {
			i++
			continue
		}
		initial := i == first || (i > 0 && toks[i-1].kind == tPunct && (toks[i-1].low == "\"" || toks[i-1].low == "“" || toks[i-1].low == "(" || toks[i-1].low == ":" || toks[i-1].low == "—"))
		if e, l := g.lookup(toks[i:]); l > 0 && !(l == 1 && initial && g.stop[t.low]) && !(t.low == "may" && l == 1) {
			mm := ment{i: i, j: i + l, m: Mention{Type: e.typ, Canonical: e.canonical, Demonym: e.demonym}}
			// "Russian" in "Russian Foreign Minister" or "U.S." in "U.S. officials"
			// modifies what follows.
			if e.demonym || (i+l < n && toks[i+l].cap && toks[i+l].kind == tWord) {
				mm.modifier = e.typ == Place
			}
			// "A Texas jury", "U.S. support": a place before a common noun
			// says whose, it is not the subject.
			if e.typ == Place && i+l < n && toks[i+l].kind == tWord && !toks[i+l].cap && !g.stop[toks[i+l].low] && toks[i+l].low != "'s" {
				if _, isVerb := g.verbLemma(toks[i+l].low); !isVerb || strings.HasSuffix(toks[i+l].low, "s") && !strings.HasSuffix(toks[i+l].low, "ss") && g.lemma[toks[i+l].low] == "" && i+l+1 < n && !toks[i+l+1].cap && g.stop[toks[i+l+1].low] == false {
					mm.modifier = true
				}
			}
			out = append(out, mm)
			i += l
			continue
		}
		// A run of capitalized words, with connectors inside: "Bank of America".
		j := i
		for j < n {
			u := toks[j]
			if u.kind == tWord && u.cap && u.low != "'s" {
				if headline && !x.known[u.low] {
					break
				}
				if j > i && g.title(toks[j:]) > 0 && j+1 < n && toks[j+1].cap {
					break
				}
				if e, gl := g.lookup(toks[j:]); j > i && gl > 0 && e.typ == Place && !smallWord(toks[j-1].low) {
					break // "told Peskov Washington's position" is two names
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
		if j == i {
			i++
			continue
		}
		// "Jones, a retired firefighter, …": an appositive vouches for a name.
		appos := j == i+1 && j+2 < n && toks[j].low == "," && (toks[j+1].low == "a" || toks[j+1].low == "an" || toks[j+1].low == "the")
		if initial && !x.known[t.low] && j > i+1 && !headline {
			if _, isVerb := g.verbLemma(t.low); isVerb || strings.HasSuffix(t.low, "ly") {
				i++ // "Choosing DeGeneres …": a capitalized verb opens the sentence
				continue
			}
		}
		if headline && !x.known[t.low] || initial && !x.known[t.low] && (j == i+1 && !appos || g.stop[t.low]) {
			// An ordinary word capitalized by position: "Amid", "Those".
			i++
			continue
		}
		if g.stop[t.low] || vocab().numberWords[t.low] > 0 || (j == i+1 && vocab().nonNames[t.low]) {
			i++
			continue
		}
		if _, isMonth := g.months[t.low]; isMonth && j == i+1 {
			i++
			continue
		}
		if _, isDay := g.weekdays[t.low]; isDay && j == i+1 {
			i++
			continue
		}
		if _, isSeason := g.seasons[t.low]; isSeason && j == i+1 {
			i++
			continue
		}
		// "the Chinese Foreign ministry": a lowercase institution word ends the name.
		lowerOrg := false
		if j < n && !toks[j].cap && vocab().lowerOrgWord[toks[j].low] {
			j++
			lowerOrg = true
		}
		mm := ment{i: i, j: j}
		var last string
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
		last = toks[j-1].low
		switch {
		case lowerOrg:
			mm.m.Type = Organization
		case vocab().placePrefix[toks[i].low] && j > i+1:
			mm.m.Type = Place
		case vocab().orgSuffix[last]:
			mm.m.Type = Organization
		case vocab().eventSuffix[last]:
			mm.m.Type = Event
		case vocab().placeSuffix[last]:
			mm.m.Type = Place
		case titleEnd == i:
			mm.m.Type = Person
			mm.title, mm.country = pendingTitle, pendingCountry
		case acronym:
			mm.m.Type = Organization
		case vocab().lawSuffix[last]:
			mm.m.Type = Other
		case i > 0 && toks[i-1].low == "the" && titleEnd != i:
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
			if i > 0 && (toks[i-1].low == "in" || toks[i-1].low == "near") && words == 1 {
				mm.m.Type = Place
			}
		}
		mm.m.Canonical = joinText(toks[i:j])
		out = append(out, mm)
		i = j
	}
	return out
}

// corefer links surname-only mentions and title mentions to the full names
// the document introduces, and fills Canonical and Key. Mentions are
// visited in document order; a surname links to the nearest full name
// before it (or the first after it), so two Smiths stay apart.
func (x *extractor) corefer(sents []*sentWork) {
	type person struct {
		canonical string
		title     string
		country   string
		order     int
	}
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
				var hit *person
				ambiguous := false
				for pi := range people {
					p := &people[pi]
					if p.title != m.title || (m.country != "" && p.country != m.country) {
						continue
					}
					if hit != nil && hit.canonical != p.canonical {
						ambiguous = true
					}
					if hit == nil {
						hit = p
					}
				}
				if hit != nil && !ambiguous {
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
	// "the Fundamentalist Church of Jesus Christ of Latter Day Saints (FLDS)":
	// the acronym stands for the name before it, here and later.
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
