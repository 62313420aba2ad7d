package align

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

// Check is one kind of divergence.
type Check struct {
	Name     string // lowercase, stable: it is the finding's kind and rules key
	Doc      string // first line is the title printed by -explain
	Severity Severity
	Run      func(a *Alignment) []Finding
}

// Title is the first line of the check's Doc.
func (c Check) Title() string {
	title, _, _ := strings.Cut(c.Doc, "\n")
	return title
}

// Checks are the divergence kinds factcheck runs by default, in order.
var Checks = []Check{dateCheck, placeCheck, numberCheck, nameCheck, polarityCheck, attributionCheck, sourceDateCheck}

// Lookup returns the check of that name.
func Lookup(name string) (Check, bool) {
	for _, c := range Checks {
		if c.Name == name {
			return c, true
		}
	}
	return Check{}, false
}

//go:embed data/predicates.txt
var predicatesData string

//go:embed data/antonyms.txt
var antonymsData string

// lexicon is the predicate knowledge shipped as data, parsed once.
type lexicon struct {
	class    map[string]int      // lemma → predicate class
	antonyms map[string][]string // lemma → its opposites
	axis     map[string]string   // lemma → the first lemma of its antonym family
}

var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{class: map[string]int{}, antonyms: map[string][]string{}, axis: map[string]string{}}
	for i, line := range dataLines(predicatesData) {
		for _, w := range strings.Fields(line) {
			if _, ok := l.class[w]; !ok {
				l.class[w] = i + 1
			}
		}
	}
	for _, line := range dataLines(antonymsData) {
		f := strings.Fields(line)
		if len(f) == 2 {
			l.antonyms[f[0]] = append(l.antonyms[f[0]], f[1])
			l.antonyms[f[1]] = append(l.antonyms[f[1]], f[0])
		}
	}
	// An antonym family (rise, fall, drop, increase, decrease) is one axis.
	for _, w := range sortedKeys(l.antonyms) {
		if _, done := l.axis[w]; done {
			continue
		}
		queue := []string{w}
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			if _, done := l.axis[x]; done {
				continue
			}
			l.axis[x] = w
			queue = append(queue, l.antonyms[x]...)
		}
	}
	return l
})

// dataLines returns the non-blank, non-comment lines of an embedded file.
func dataLines(data string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// samePredicate reports whether two predicate lemmas describe the same act.
func samePredicate(a, b string) bool {
	a, b = headVerb(a), headVerb(b)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	l := lex()
	ca, cb := l.class[a], l.class[b]
	return ca != 0 && ca == cb
}

// opposite reports whether two predicate lemmas are antonyms.
func opposite(a, b string) bool {
	a, b = headVerb(a), headVerb(b)
	for _, o := range lex().antonyms[a] {
		if o == b {
			return true
		}
	}
	return false
}

// headVerb is the first word of a lemmatized verb phrase ("have contact" →
// "have"), except that light verbs yield their object ("hold talks" → "talk").
func headVerb(p string) string {
	f := strings.Fields(strings.ToLower(p))
	if len(f) == 0 {
		return ""
	}
	switch f[0] {
	case "have", "hold", "make", "take", "give", "be":
		if len(f) > 1 {
			w := strings.TrimSuffix(f[len(f)-1], "s")
			if _, ok := lex().class[w]; ok {
				return w
			}
		}
	}
	return f[0]
}
