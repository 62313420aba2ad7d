package align

import "github.com/factcheck/factcheck/claims"

// The driver, after golang.org/x/tools/go/analysis: each check is a value
// (Check), the driver walks the aligned pairs once and hands every pair
// check the same *Pair, whose facts (the claims' times and places, whether
// they agree, the counts they dispute) are computed on first use and then
// read by every check that needs them. A check's own state lives in its
// Pass.

// Pass is what the driver hands one check: the alignment, the facts the
// checks share, and the conflicts the check has reported so far.
type Pass struct {
	name  string // the check's
	a     *Alignment
	facts *facts
	found []conflict // what the check's Pair reported, in pair order
}

// report records one conflict of the pair being visited.
func (p *Pass) report(c conflict) { p.found = append(p.found, c) }

// grouped is the Run of a check whose findings gather its conflicts by
// group (collect): those its Pair reported, spread to the copies of their
// documents, and those the content diff found for it. summary words a
// finding from its topic and its value classes.
func grouped(summary func(a *Alignment, topic string, cls []valueClass) string) func(p *Pass) []Finding {
	return func(p *Pass) []Finding {
		cs := p.a.withDiffs(p.name, p.a.spread(p.found))
		return p.a.collect(p.name, cs, func(topic string, cls []valueClass) string {
			return summary(p.a, topic, cls)
		})
	}
}

// worded words a grouped finding as its topic, then sep, then each value
// with the files that give it (contrast), quoted or not.
func worded(sep string, quote bool) func(a *Alignment, topic string, cls []valueClass) string {
	return func(a *Alignment, topic string, cls []valueClass) string {
		return topic + sep + a.contrast(cls, quote)
	}
}

// facts are what several checks read of one claim or one document,
// computed once per run on first use.
type facts struct {
	a      *Alignment
	times  [][]claims.Time    // pointTimes of each node
	places [][]claims.Mention // places of each node
	read   []uint8            // per node: timesRead | placesRead
	late   []int8             // per document: laterThanMost, 0 not asked, 1 no, 2 yes
}

const (
	timesRead uint8 = 1 << iota
	placesRead
)

func newFacts(a *Alignment) *facts {
	return &facts{a: a,
		times:  make([][]claims.Time, len(a.nodes)),
		places: make([][]claims.Mention, len(a.nodes)),
		read:   make([]uint8, len(a.nodes)),
		late:   make([]int8, len(a.docs)),
	}
}

// pointTimes is pointTimes of node i's claim, shared: do not modify.
func (f *facts) pointTimes(i int) []claims.Time {
	if f.read[i]&timesRead == 0 {
		f.read[i] |= timesRead
		f.times[i] = pointTimes(f.a.nodes[i].c)
	}
	return f.times[i]
}

// placesOf is places of node i's claim, shared: do not modify.
func (f *facts) placesOf(i int) []claims.Mention {
	if f.read[i]&placesRead == 0 {
		f.read[i] |= placesRead
		f.places[i] = places(f.a.nodes[i].c)
	}
	return f.places[i]
}

// laterThanMost is Alignment.laterThanMost of a document, asked once.
func (f *facts) laterThanMost(doc int) bool {
	if f.late[doc] == 0 {
		f.late[doc] = 1
		if f.a.laterThanMost(doc) {
			f.late[doc] = 2
		}
	}
	return f.late[doc] == 2
}

// Pair is one aligned pair of claims as the pair checks see it: the
// alignment's pair (its nodes' indexes, shared referents, similarity), the
// two nodes, and the facts several checks read, each computed on the first
// check's asking. The driver reuses one Pair: a check must not keep it.
type Pair struct {
	pair
	n, m  *node
	facts *facts
	done  uint8 // which memoized facts below are set
	// memoized
	timesAgree, placesAgree bool
	qc                      conflict
	qAgreed, qDiffer        bool
}

const (
	timesAgreeDone uint8 = 1 << iota
	placesAgreeDone
	quantitiesDone
)

// times returns both claims' comparable points in time (pointTimes).
func (pr *Pair) times() (tn, tm []claims.Time) {
	return pr.facts.pointTimes(pr.a), pr.facts.pointTimes(pr.b)
}

// where returns the places both claims locate something in (places).
func (pr *Pair) where() (pn, pm []claims.Mention) {
	return pr.facts.placesOf(pr.a), pr.facts.placesOf(pr.b)
}

// sameAct reports whether the claims' predicates describe the same act.
func (pr *Pair) sameAct() bool { return samePredicate(pr.n.pred, pr.m.pred) }

// opposed reports whether the claims' predicates state opposite acts
// (rose/fell, approved/rejected).
func (pr *Pair) opposed() bool { return opposite(pr.n.pred, pr.m.pred) }

// timesOverlap reports whether the claims' times agree (timesAgree):
// claims without times agree with anything.
func (pr *Pair) timesOverlap() bool {
	if pr.done&timesAgreeDone == 0 {
		pr.done |= timesAgreeDone
		tn, tm := pr.times()
		pr.timesAgree = timesAgree(tn, tm)
	}
	return pr.timesAgree
}

// bothTimed reports whether both claims carry times and some of them
// overlap (timesBoth).
func (pr *Pair) bothTimed() bool {
	tn, tm := pr.times()
	return len(tn) > 0 && len(tm) > 0 && pr.timesOverlap()
}

// placed reports whether the claims' places agree (placesAgree): claims
// without places agree with anything.
func (pr *Pair) placed() bool {
	if pr.done&placesAgreeDone == 0 {
		pr.done |= placesAgreeDone
		pn, pm := pr.where()
		pr.placesAgree = pr.facts.a.placesAgree(pn, pm)
	}
	return pr.placesAgree
}

// quantities is quantityConflict of the claims' quantities: a unit both
// count with values that cannot both hold, and whether another count
// agreed.
func (pr *Pair) quantities() (c conflict, agreed, differ bool) {
	if pr.done&quantitiesDone == 0 {
		pr.done |= quantitiesDone
		pr.qc, pr.qAgreed, pr.qDiffer = quantityConflict(pr.n.c.Quantities, pr.m.c.Quantities)
	}
	return pr.qc, pr.qAgreed, pr.qDiffer
}

// drive runs the checks: one walk over the aligned pairs for the checks
// that look at pairs, then each check's Run, in order. It returns each
// check's findings, parallel to checks.
func (a *Alignment) drive(checks []Check) [][]Finding {
	f := newFacts(a)
	passes := make([]*Pass, len(checks))
	var paired []int // the checks with a Pair function
	for i, c := range checks {
		passes[i] = &Pass{name: c.Name, a: a, facts: f}
		if c.Pair != nil {
			paired = append(paired, i)
		}
	}
	if len(paired) > 0 {
		pr := &Pair{facts: f}
		for _, p := range a.pairs {
			*pr = Pair{pair: p, n: a.nodes[p.a], m: a.nodes[p.b], facts: f}
			for _, i := range paired {
				checks[i].Pair(passes[i], pr)
			}
		}
	}
	out := make([][]Finding, len(checks))
	for i, c := range checks {
		if c.Run != nil {
			out[i] = c.Run(passes[i])
		}
	}
	return out
}
