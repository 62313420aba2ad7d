package align

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims"
)

// Check is one kind of divergence, run by the driver (see drive) in the
// manner of golang.org/x/tools/go/analysis: a check about pairs of
// aligned claims has a Pair function, called once for each pair with the
// facts the checks share; every check has a Run that makes its findings
// once the pairs were walked.
type Check struct {
	Name     string // lowercase, stable: it is the finding's kind and rules key
	Doc      string // first line is the title printed by -explain
	Severity Severity
	// Pair looks at one aligned pair and reports each disagreement with
	// p.report. Nil for a check about the whole alignment.
	Pair func(p *Pass, pr *Pair)
	// Run makes the findings: from what Pair reported (p.found, in pair
	// order), or, for a check without Pair, from the whole alignment.
	Run func(p *Pass) []Finding
}

// Title is the first line of the check's Doc.
func (c Check) Title() string {
	title, _, _ := strings.Cut(c.Doc, "\n")
	return title
}

// Checks returns the divergence kinds factcheck runs by default, in order:
// a fresh slice each call, so no importer can change what another runs.
func Checks() []Check {
	return []Check{dateCheck, placeCheck, numberCheck, nameCheck, entityCheck, polarityCheck, termCheck, attributionCheck, sourceDateCheck, hiddenCheck}
}

// CheckNames returns the names of Checks, in their order: the finding
// kinds a rules file may tune and -explain describes.
func CheckNames() []string {
	cs := Checks()
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Name
	}
	return names
}

// Lookup returns the check of that name.
func Lookup(name string) (Check, bool) {
	for _, c := range Checks() {
		if c.Name == name {
			return c, true
		}
	}
	return Check{}, false
}

//go:embed data/antonyms.txt
var antonymsData string

// lexicon is the knowledge of opposite acts shipped as data, parsed once.
// Which predicates state the same kind of act is the claims package's
// (claims.ClassOf); which classes are opposites is alignment's.
type lexicon struct {
	antonyms map[string][]string // class or lemma → its opposites
	axis     map[string]string   // lemma → the first lemma of its antonym family
}

var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{antonyms: map[string][]string{}, axis: map[string]string{}}
	for _, line := range dataLines(antonymsData) {
		f := strings.Fields(line)
		// Pairs are compared as predicates are: by class where there is one.
		for i, w := range f {
			if cl := claims.ClassOf(w); cl != "" {
				f[i] = cl
			}
		}
		if len(f) == 2 && f[0] != f[1] {
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

// samePredicate reports whether two claims' predicates (their classes
// where they have one, see predicateOf) describe the same act.
func samePredicate(a, b string) bool { return a != "" && a == b }

// predicateOf is what alignment compares of a claim's predicate: its class
// ("chatted" and "met" are both "meet"), else its head verb.
func predicateOf(c *claims.Claim) string {
	if c.Class != "" {
		return c.Class
	}
	return headVerb(c.Predicate)
}

// opposite reports whether two predicates state opposite acts.
func opposite(a, b string) bool {
	for _, o := range lex().antonyms[a] {
		if o == b {
			return true
		}
	}
	return false
}

// headVerb is the first word of a lemmatized verb phrase ("pull out" →
// "pull").
func headVerb(p string) string {
	f := strings.Fields(strings.ToLower(p))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}
