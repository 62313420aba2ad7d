package report

import (
	"strings"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/source"
)

// The act is the words that govern a side's value in its claim, for a
// title that says what the value counts or dates: "26 pirates were
// captured", "the bridge collapsed on". It is read from the claim the side quotes (its
// predicate, the quantity's act and unit, the words as written), never
// searched for elsewhere; a side whose claim gives no short act has none,
// and its title keeps the bare value.

// lightVerbs carry no act of their own: "the deal is worth $4 billion",
// "officials said".
var lightVerbs = map[string]bool{"be": true, "have": true, "do": true, "say": true}

// maxActWords bounds an act taken as written after a count ("have died");
// maxDatedWords the clause written before a date ("voters went to the
// polls on").
const (
	maxActWords   = 3
	maxDatedWords = 8
)

// claimIndex finds the claim a side quotes: by document and position.
type claimIndex map[source.Position][]*claims.Claim

func newClaimIndex(cs [][]claims.Claim) claimIndex {
	ix := claimIndex{}
	for _, doc := range cs {
		for i := range doc {
			c := &doc[i]
			ix[c.Pos] = append(ix[c.Pos], c)
		}
	}
	return ix
}

// claim is the claim at s's position whose text holds s's value.
func (ix claimIndex) claim(s align.Side) *claims.Claim {
	for _, c := range ix[s.Pos] {
		if s.Start >= c.Start && s.End <= c.End && s.Start < s.End {
			return c
		}
	}
	return nil
}

// act is the words that say what s's value is in its claim, for the
// check's sentence: for a number, the verb phrase after the count ("were
// injured", "died"); for a date, the clause up to it as written ("the
// bridge collapsed on").
// "" when the claim gives none.
func (ix claimIndex) act(check string, s align.Side) string {
	c := ix.claim(s)
	if c == nil || (c.Modality != "" && c.Modality != claims.Asserted) {
		return ""
	}
	switch check {
	case "number":
		for _, q := range c.Quantities {
			if q.Start == s.Start && q.End == s.End {
				return countAct(c, q)
			}
		}
	case "date":
		for _, tm := range c.Times {
			if tm.Start == s.Start && tm.End == s.End {
				return datedAct(c, tm)
			}
		}
	}
	return ""
}

// coordinators are the conjunctions that join clauses: a verb after one
// ("at the plant for 37 years and worked on the third floor") belongs to
// another clause than the count before it.
var coordinators = map[string]bool{"and": true, "or": true, "but": true, "nor": true}

// countAct is what a count's claim says happened to what it counts: the
// passive of the act it is the object of ("killing 12 people" → "were
// killed"), or the verb as written when the count is the clause's subject
// ("12 people died" → "died", "40 houses were destroyed" → "were
// destroyed").
func countAct(c *claims.Claim, q claims.Quantity) string {
	if q.Of != "" {
		return "were " + claims.Participle(q.Of)
	}
	k := predicateWord(c)
	if k < 0 {
		return ""
	}
	words := claims.Words(c)
	verb := words[k]
	switch {
	case verb.Start >= q.End:
		// The count is the subject: the words from it to the verb.
		between := claims.WordsOf(c.Text[q.End-c.Start:verb.End-c.Start], q.End)
		if len(between) == 0 || len(between) > maxActWords {
			return ""
		}
		for _, w := range between {
			if w.Punct || w.Number || coordinators[w.Low] {
				return ""
			}
		}
		return strings.Join(strings.Fields(c.Text[q.End-c.Start:verb.End-c.Start]), " ")
	case verb.End <= q.Start && strings.TrimSpace(c.Text[verb.End-c.Start:q.Start-c.Start]) == "" && !strings.Contains(c.Predicate, " "):
		// The count is the verb's object ("captured 26 pirates"): the
		// passive, for plural things counted.
		// The count must close the verb's complement: "left 60 others
		// missing" is not "60 others were left".
		qw := claims.WordsOf(q.Text, q.Start)
		if len(qw) == 0 {
			return ""
		}
		last := qw[len(qw)-1]
		if last.Number || last.Punct || last.Lemma == last.Low {
			return ""
		}
		if after := claims.WordsOf(c.Text[q.End-c.Start:], q.End); len(after) > 0 && !after[0].Punct && !after[0].Stop {
			return ""
		}
		return "were " + claims.Participle(c.Predicate)
	}
	return ""
}

// datedAct is the clause a date ends, as written from the claim's start:
// its subject, verb and what the verb governs ("the bridge collapsed on"),
// when it holds the claim's predicate, no punctuation and no more than
// maxDatedWords words.
func datedAct(c *claims.Claim, tm claims.Time) string {
	k := predicateWord(c)
	if k < 0 || c.Start > tm.Start {
		return ""
	}
	words := claims.Words(c)
	if words[k].End > tm.Start {
		return ""
	}
	var out []string
	for _, w := range words {
		if w.Start >= tm.Start {
			break
		}
		if w.Punct || len(out) == maxDatedWords {
			return ""
		}
		t := w.Text
		if len(out) == 0 && w.Cap && (w.Stop || !named(c, w)) && strings.ToUpper(t) != t {
			t = strings.ToLower(t) // "The bridge", "Voters" inside the sentence
		}
		out = append(out, t)
	}
	return strings.Join(out, " ")
}

// named reports whether w is part of a name the claim mentions.
func named(c *claims.Claim, w claims.Word) bool {
	for _, m := range c.Entities {
		if w.Start >= m.Start && w.End <= m.End {
			return true
		}
	}
	return false
}

// valueText is a side's value as the title writes it: a count spelled out
// at the start of its sentence loses the capital it had there ("Twelve
// people died" → "says twelve people died").
func valueText(check string, s align.Side) string {
	v := s.Value
	if check != "number" || v == "" {
		return v
	}
	first, _, _ := strings.Cut(v, " ")
	if _, ok := claims.NumberWord(strings.ToLower(first)); ok && first != strings.ToUpper(first) {
		return strings.ToLower(v[:1]) + v[1:]
	}
	return v
}

// predicateWord is the index in claims.Words(c) of the word that is the
// claim's predicate, -1 when the claim has none worth naming.
func predicateWord(c *claims.Claim) int {
	head, _, _ := strings.Cut(c.Predicate, " ")
	if head == "" || lightVerbs[head] {
		return -1
	}
	for i, w := range claims.Words(c) {
		if w.Lemma == head && !w.Punct && !w.Number {
			return i
		}
	}
	return -1
}
