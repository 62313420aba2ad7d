package claims

// Word is one token of a claim's text with what comparison needs: its span,
// its lowercase form and a lemma. It is the word layer alignment reads to
// diff two claims token by token.
type Word struct {
	Start, End int    // byte offsets into the document's Text
	Text       string // as written
	Low        string // lowercase, apostrophes straightened
	// Lemma is the base form: a verb's ("fell" → "fall") where the verb
	// lexicon knows the word, else the singular of a noun ("boats" →
	// "boat"); "" for punctuation.
	Lemma  string
	Number bool // digits or a number word ("26", "five")
	Punct  bool
	Cap    bool // first letter upper case
	Stop   bool // a function word (the stopword list)
	// Glued is set when no space precedes the word ("'s", the parts of
	// "one-year").
	Glued bool
}

// Words tokenizes a claim's text into words carrying document offsets.
func Words(c *Claim) []Word {
	return WordsOf(c.Text, c.Start)
}

// WordsOf tokenizes text that starts at byte offset base of its document.
func WordsOf(text string, base int) []Word {
	g := load()
	sc := scratches.Get().(*scratch)
	defer sc.release()
	n := tokenBound(text)
	sc.grow(n)
	toks := tokenizeTo(sc.toks[:0:n], text, base)
	out := make([]Word, len(toks))
	for i, t := range toks {
		w := Word{Start: t.s, End: t.e, Text: t.text, Low: t.low, Cap: t.cap, Glued: !t.space}
		switch t.kind {
		case tPunct:
			w.Punct = true
		case tNum:
			w.Number = true
			w.Lemma = t.low
		default:
			_, w.Number = vocab().numberWords[t.low]
			w.Stop = g.stop[t.low]
			if l, ok := g.verbLemma(t.low); ok {
				w.Lemma = l
			} else {
				w.Lemma = singular(t.low)
			}
		}
		out[i] = w
	}
	return out
}

// NumberWord returns the value of a number word ("five", "dozen").
func NumberWord(low string) (float64, bool) {
	v, ok := vocab().numberWords[low]
	return v, ok
}

// TimeUnit returns the granularity a time unit names ("weeks": Week), and
// whether low is one.
func TimeUnit(low string) (Granularity, bool) {
	g, ok := vocab().unitGran[low]
	return g, ok
}
