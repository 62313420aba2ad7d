package align

import (
	"fmt"
	"sort"
)

var hiddenCheck = Check{
	Name: "hidden",
	Doc: `A checked value holds characters the page does not show.
A name or a number written with a format character inside it (a soft
hyphen, a zero-width space or joiner, a word joiner, a byte order mark, a
bidirectional control, or "&shy;" in HTML): the reader sees one name, the
bytes hold another. Matching ignores those characters, so the value
is still compared with the other sources; this warning says the file holds
them, since they are how a value is made to escape a check.`,
	Severity: Warning,
	Run:      runHidden,
}

// runHidden reports every entity mention, time and quantity whose span holds an
// offset where the source package left out a format character.
func runHidden(p *Pass) []Finding {
	a := p.a
	type span struct{ doc, start, end int }
	seen := map[span]bool{}
	var out []Finding
	for _, n := range a.nodes {
		d := a.docs[n.doc]
		if len(d.Hidden) == 0 {
			continue
		}
		report := func(start, end int, text string) {
			k := span{n.doc, start, end}
			if seen[k] || !hiddenIn(d.Hidden, start, end) {
				return
			}
			seen[k] = true
			f := Finding{Check: "hidden", Severity: Warning, Status: Unresolved, Subject: d.Path,
				Summary: fmt.Sprintf("%q in %s holds hidden characters (format characters the page does not show)", text, a.fileLabel(d.Path)),
				Sides:   []Side{{Pos: d.Pos(start), Text: n.c.Text, Value: text, Start: start, End: end}}}
			f.ID = findingID("hidden", []string{d.Path}, []string{text})
			out = append(out, f)
		}
		for _, m := range n.c.Entities {
			report(m.Start, m.End, m.Text)
		}
		for _, t := range n.c.Times {
			report(t.Start, t.End, t.Text)
		}
		for _, q := range n.c.Quantities {
			report(q.Start, q.End, q.Text)
		}
	}
	return out
}

// hiddenIn reports whether a sorted list of offsets has one strictly
// inside [start, end): a character left out inside a word, not beside it.
func hiddenIn(hidden []int, start, end int) bool {
	i := sort.SearchInts(hidden, start+1)
	return i < len(hidden) && hidden[i] < end
}
