package align

import (
	"sort"

	"github.com/factcheck/factcheck/claims"
)

// A passage is one source sentence read as units: the units of all its
// claims, in order, each remembering its claim. A draft claim is compared
// with passages rather than with single claims, because a draft sentence
// often restates a whole source sentence that the claims reader split in
// two ("His accomplice also ran from police but surrendered himself on
// Thursday").
type passage struct {
	doc   int
	sent  int    // index into the document's Sentences
	units []unit // sorted by position; a unit two claims share appears once
}

// buildPassages reads every sentence of the sources (not the draft) into
// a passage.
func (a *Alignment) buildPassages() {
	a.buildPassagesOf(func(doc int) bool { return doc != a.draft })
}

// buildPassagesOf reads every sentence of the documents keep accepts into
// a passage.
func (a *Alignment) buildPassagesOf(keep func(doc int) bool) {
	type key struct{ doc, sent int }
	at := map[key]int{}
	for i, n := range a.nodes {
		if !keep(n.doc) {
			continue
		}
		k := key{n.doc, n.c.Sentence}
		p, ok := at[k]
		if !ok {
			p = len(a.passes)
			at[k] = p
			a.passes = append(a.passes, passage{doc: n.doc, sent: n.c.Sentence})
		}
		a.passes[p].units = append(a.passes[p].units, a.units(i)...)
		a.passes[p].units = append(a.passes[p].units, attributionUnits(n.c, i)...)
	}
	for p := range a.passes {
		a.passes[p].units = mergeUnits(a.passes[p].units)
	}
}

// mergeUnits sorts units by position and keeps one of each span: claims
// that share words (an enumeration's frame, a subject two verbs share)
// read them twice. A unit inside a kept unit is dropped, but for a
// nationality in a count (unitsOf).
func mergeUnits(us []unit) []unit {
	sort.SliceStable(us, func(i, j int) bool {
		if us[i].start != us[j].start {
			return us[i].start < us[j].start
		}
		if us[i].end != us[j].end {
			return us[i].end > us[j].end
		}
		// A name one claim reads where another reads a plain word
		// ("Israel's three airlines" in apposition) is kept as the name.
		return us[i].kind == uEntity && us[j].kind != uEntity
	})
	out := us[:0]
	end, last := -1, -1 // end of the unit holding the others; start of the last unit kept
	count := false      // whether that unit is a quantity
	for _, u := range us {
		switch {
		case u.start >= end:
			end, count = u.end, u.kind == uQuantity
		case !count || u.kind != uEntity || u.start <= last:
			continue // inside a unit already kept
		}
		out = append(out, u)
		last = u.start
	}
	return out
}

// side cites a passage: its sentence as written.
func (a *Alignment) passageSide(p int) Side {
	s := a.docs[a.passes[p].doc].Sentences[a.passes[p].sent]
	return Side{Pos: s.Pos, Text: s.Text}
}

// attributionUnits reads the names of a claim's attribution phrase as
// units: "the Civil Aviation Authority of Oman announced that it will open
// its airspace" is what a draft restates as "Oman is opening its
// airspace", though the claim is only what was announced.
func attributionUnits(c *claims.Claim, node int) []unit {
	if c.Attribution == nil {
		return nil
	}
	var out []unit
	for k := range c.Attribution.Mentions {
		m := &c.Attribution.Mentions[k]
		if m.Key != "" {
			out = append(out, unit{kind: uEntity, start: m.Start, end: m.End, text: m.Text, key: m.Key, ent: m, node: node, credit: true})
		}
	}
	return out
}
