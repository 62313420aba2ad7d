package claims

import "strings"

// verbLemma returns the base form of w (lowercase) when w is a form of a
// known verb: irregular forms come from data/irregular.tsv, regular ones are
// recognized by suffix rules checked against data/verbs.txt.
func (g *gazetteer) verbLemma(w string) (string, bool) {
	if l, ok := g.lemma[w]; ok {
		return l, true
	}
	if i := strings.IndexByte(w, '\''); i > 0 {
		// Contractions: "I'm", "we're", "they've", "she'll", "I'd".
		switch w[i:] {
		case "'m", "'re":
			return "be", true
		case "'ve":
			return "have", true
		case "'ll":
			return "will", true
		case "'d":
			return "will", true // would: a modal either way
		}
	}
	if strings.HasSuffix(w, "n't") {
		return g.verbLemma(strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n"))
	}
	if g.verbs[w] {
		return w, true
	}
	n := len(w)
	try := func(c ...string) (string, bool) {
		for _, s := range c {
			if g.verbs[s] {
				return s, true
			}
		}
		return "", false
	}
	switch {
	case n > 4 && strings.HasSuffix(w, "ied"):
		if l, ok := try(w[:n-3] + "y"); ok {
			return l, true
		}
		if n >= 6 {
			return w[:n-3] + "y", true // "ferried": a verb the list lacks
		}
		return "", false
	case n > 4 && strings.HasSuffix(w, "ies"):
		return try(w[:n-3] + "y")
	case n > 3 && strings.HasSuffix(w, "ed"):
		st := w[:n-2]
		if l, ok := try(st, w[:n-1]); ok {
			return l, true
		}
		if len(st) > 2 && st[len(st)-1] == st[len(st)-2] {
			if l, ok := try(st[:len(st)-1]); ok {
				return l, true
			}
		}
		if strings.HasSuffix(st, "ck") {
			if l, ok := try(st[:len(st)-1]); ok {
				return l, true // "panicked"
			}
		}
		// A past form of a verb the list lacks: guess its base.
		if n >= 6 && !vocab().notVerbsEd[w] {
			return guessBase(st), true
		}
	case n > 4 && strings.HasSuffix(w, "ing"):
		st := w[:n-3]
		if l, ok := try(st, st+"e"); ok {
			return l, true
		}
		if len(st) > 2 && st[len(st)-1] == st[len(st)-2] {
			return try(st[:len(st)-1])
		}
		if strings.HasSuffix(st, "y") {
			return try(st[:len(st)-1] + "ie")
		}
	case n > 3 && strings.HasSuffix(w, "es"):
		return try(w[:n-2], w[:n-1])
	case n > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return try(w[:n-1])
	}
	return "", false
}

// guessBase undoes -ed for a verb outside data/verbs.txt: "checked" →
// "check", "rebuffed" → "rebuff", "chatted" → "chat", "disclosed" →
// "disclose", "announced" → "announce".
func guessBase(st string) string {
	n := len(st)
	last := st[n-1]
	if n > 2 && last == st[n-2] && last != 'l' && last != 's' && last != 'f' && last != 'z' {
		return st[:n-1]
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == 'v' || last == 'z' || last == 'c':
		return st + "e"
	case last == 's' && n > 2 && vowel(st[n-2]) && st[n-2] != 'u':
		return st + "e"
	case strings.HasSuffix(st, "ang") || strings.HasSuffix(st, "ung") && n > 4:
		return st + "e"
	case strings.HasSuffix(st, "ag") && n > 4 || strings.HasSuffix(st, "rg") || strings.HasSuffix(st, "dg"):
		return st + "e"
	case strings.HasSuffix(st, "at") && n > 4 && !vowel(st[n-3]):
		return st + "e"
	}
	return st
}
