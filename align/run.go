package align

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// Run runs the checks over an alignment and returns their findings sorted
// with Less. In draft mode, findings that do not involve the draft are
// marked Context and capped at warning: the editor can only fix the draft.
func Run(a *Alignment, checks []Check) []Finding {
	var out []Finding
	for i, fs := range a.drive(checks) {
		c := checks[i]
		for _, f := range fs {
			f.Check = c.Name
			// A check may lower a finding below its default (a date that
			// only an imprecise publication date contradicts is a warning);
			// otherwise the finding takes the check's severity.
			if f.Severity == Info || f.Severity > c.Severity {
				f.Severity = c.Severity
			}
			// A check may resolve a finding itself (the name check, an
			// alias the rules file declares); the rest are unresolved.
			if f.Status == "" {
				f.Status = Unresolved
			}
			out = append(out, f)
		}
	}
	if a.draft >= 0 {
		draft := a.docs[a.draft].Path
		for i := range out {
			// The draft's side leads: it is where the editor acts, and
			// where annotations and primary locations point.
			sort.SliceStable(out[i].Sides, func(x, y int) bool {
				return out[i].Sides[x].Pos.Filename == draft && out[i].Sides[y].Pos.Filename != draft
			})
			if !involves(&out[i], draft) {
				out[i].Context = true
				if out[i].Severity > Warning {
					out[i].Severity = Warning
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		// Draft findings come first: they decide the exit code.
		if out[i].Context != out[j].Context {
			return !out[i].Context
		}
		return Less(&out[i], &out[j])
	})
	return out
}

func involves(f *Finding, path string) bool {
	for _, s := range f.Sides {
		if s.Pos.Filename == path {
			return true
		}
	}
	return false
}

// SingleSource returns one side per group whose claims all come from one
// source: facts nobody else states. Headlines are left out (they restate
// the body).
func SingleSource(a *Alignment) []Side {
	single := func(g *Group) bool {
		if len(g.Claims) == 0 || g.Claims[0].Kind == claims.KindHeadline {
			return false
		}
		for _, c := range g.Claims[1:] {
			if c.Pos.Filename != g.Claims[0].Pos.Filename {
				return false
			}
		}
		return true
	}
	n := 0
	for i := range a.Groups {
		if single(&a.Groups[i]) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Side, 0, n) // most groups are one source's: made once, not grown
	for i := range a.Groups {
		if g := &a.Groups[i]; single(g) {
			out = append(out, claimSide(g.Claims[0], g.Claims[0].Text, 0, 0))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos.Less(out[j].Pos) })
	return out
}

func claimSide(c *claims.Claim, value string, start, end int) Side {
	return Side{Pos: c.Pos, Text: c.Text, Value: value, Start: start, End: end}
}

// value is what one side of a conflict asserts.
type value struct {
	text       string // as written, for the editor
	norm       string // normalized, for equality and the finding ID
	start, end int    // span in the document's Text
}

// conflict is one aligned pair whose claims disagree on a slot.
type conflict struct {
	a, b   int // nodes
	va, vb value
	// weak marks a disagreement that could come from an imprecise
	// publication date rather than from the sources: a finding made only of
	// weak conflicts is a warning.
	weak bool
	// slot is which of a's values disagrees, for a check that reports
	// before it reads the values (source-date: an index into pointTimes).
	slot int
}

// collect turns a check's pairwise conflicts into findings: one finding per
// group, with every side that took part, its ID derived from the check, the
// referents and the normalized values (never from positions).
func (a *Alignment) collect(check string, cs []conflict, summary func(topic string, classes []valueClass) string) []Finding {
	// Conflicts about the same referents in one group are one finding; a
	// group can hold several facts chained together, and those stay apart.
	byGroup := map[string][]conflict{}
	for _, c := range cs {
		k := fmt.Sprintf("%08d|%s", a.nodes[c.a].group, strings.Join(sharedKeys(a.nodes[c.a], a.nodes[c.b]), "|"))
		byGroup[k] = append(byGroup[k], c)
	}
	var out []Finding
	for _, g := range sortedKeys(byGroup) {
		sides := map[int]value{}
		var referents []string
		for _, c := range byGroup[g] {
			sides[c.a] = c.va
			sides[c.b] = c.vb
			referents = append(referents, sharedKeys(a.nodes[c.a], a.nodes[c.b])...)
		}
		referents = uniqueSorted(referents)
		f := Finding{}
		weak := true
		for _, c := range byGroup[g] {
			weak = weak && c.weak
		}
		if weak {
			f.Severity = Warning
		}
		classes := map[string]*valueClass{}
		nodes := make([]int, 0, len(sides))
		for n := range sides {
			nodes = append(nodes, n)
		}
		sort.Ints(nodes)
		for _, n := range nodes {
			v := sides[n]
			c := a.nodes[n].c
			s := claimSide(c, v.text, v.start, v.end)
			s.Norm = v.norm
			f.Sides = append(f.Sides, s)
			vc := classes[v.norm]
			if vc == nil {
				vc = &valueClass{norm: v.norm, text: v.text}
				classes[v.norm] = vc
			}
			vc.files = append(vc.files, c.Pos.Filename)
		}
		sort.Slice(f.Sides, func(i, j int) bool { return f.Sides[i].Pos.Less(f.Sides[j].Pos) })
		var cls []valueClass
		for _, vc := range classes {
			vc.files = uniqueSorted(vc.files)
			cls = append(cls, *vc)
		}
		sort.Slice(cls, func(i, j int) bool {
			if cls[i].files[0] != cls[j].files[0] {
				return cls[i].files[0] < cls[j].files[0]
			}
			return cls[i].norm < cls[j].norm
		})
		norms := make([]string, len(cls))
		for i, vc := range cls {
			norms[i] = vc.norm
		}
		sort.Strings(norms)
		f.ID = findingID(check, referents, norms)
		f.Summary = summary(a.topic(byGroup[g][0]), cls)
		out = append(out, f)
	}
	return out
}

// valueClass is the set of files that assert one value.
type valueClass struct {
	norm, text string
	files      []string
}

// findingID is stable across unrelated edits: the check, the referents and
// the conflicting values, hashed.
func findingID(check string, referents, values []string) string {
	h := sha256.New()
	h.Write([]byte(check))
	for _, r := range referents {
		h.Write([]byte{0})
		h.Write([]byte(r))
	}
	h.Write([]byte{1})
	for _, v := range values {
		h.Write([]byte{0})
		h.Write([]byte(v))
	}
	return check + "-" + hex.EncodeToString(h.Sum(nil))[:10]
}

func sharedKeys(n, m *node) []string {
	var out []string
	eachShared(n.keys, m.keys, func(i int) { out = append(out, n.keys[i]) })
	return out
}

// topic describes what a conflict is about: the referents both claims
// share, in the first claim's words, and the act.
func (a *Alignment) topic(c conflict) string {
	n, m := a.nodes[c.a], a.nodes[c.b]
	shared := map[string]bool{}
	for _, k := range sharedKeys(n, m) {
		shared[k] = true
	}
	var names []string
	seen := map[string]bool{}
	for _, e := range n.c.Entities {
		if !shared[e.Key] || seen[e.Key] {
			continue
		}
		seen[e.Key] = true
		names = append(names, shortName(e))
		if len(names) == 3 {
			break
		}
	}
	t := strings.Join(names, ", ")
	// The act as the first claim words it ("strike"), not its class.
	if p := headVerb(n.c.Predicate); p != "" && samePredicate(n.pred, m.pred) {
		if t != "" {
			t += " "
		}
		t += p
	}
	if t == "" {
		t = "claim"
	}
	return t
}

// shortName is a person's surname or any other entity's canonical name.
func shortName(m claims.Mention) string {
	if m.Type == claims.Person {
		if i := strings.LastIndexByte(m.Canonical, ' '); i >= 0 {
			return m.Canonical[i+1:]
		}
	}
	return m.Canonical
}

// Labels is labels for the renderers, which cite documents the way
// summaries do.
func Labels(paths []string) map[string]string { return labels(paths) }

// labels gives each document the shortest prefix of its base name, cut
// at "_", "-" or ".", that no other document's base name shares:
// "002_890d96c5aec81e35.txt" reads as "002" when that is unambiguous.
func labels(paths []string) map[string]string {
	bases := make([]string, len(paths))
	for i, p := range paths {
		base := filepath.Base(p)
		bases[i] = strings.TrimSuffix(base, filepath.Ext(base))
	}
	out := make(map[string]string, len(paths))
	for i, p := range paths {
		b := bases[i]
		label := b
		for j := 1; j < len(b); j++ {
			if c := b[j]; c != '_' && c != '-' && c != '.' {
				continue
			}
			prefix, unique := b[:j], true
			for k, o := range bases {
				if k != i && (o == prefix || strings.HasPrefix(o, prefix) && strings.ContainsRune("_-.", rune(o[len(prefix)]))) {
					unique = false
					break
				}
			}
			if unique {
				label = prefix
				break
			}
		}
		out[p] = label
	}
	return out
}

func (a *Alignment) fileLabel(path string) string {
	if l, ok := a.labels[path]; ok {
		return l
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func (a *Alignment) fileList(paths []string) string {
	ls := make([]string, len(paths))
	for i, p := range paths {
		ls[i] = a.fileLabel(p)
	}
	return strings.Join(ls, ", ")
}

// contrast writes "A in f1 but B in f2, f3" for value classes.
func (a *Alignment) contrast(classes []valueClass, quote bool) string {
	parts := make([]string, len(classes))
	for i, c := range classes {
		v := c.text
		if quote {
			v = `"` + v + `"`
		}
		parts[i] = v + " in " + a.fileList(c.files)
	}
	return strings.Join(parts, " but ")
}
