package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// token is one word, number or punctuation mark of a sentence, with its byte
// span in the document's Text so every slot built from tokens keeps a span.
type token struct {
	s, e  int    // byte offsets into the document's Text
	text  string // as written
	low   string // lowercase, curly apostrophes straightened
	kind  tokKind
	cap   bool // first letter upper case
	space bool // whitespace (or the sentence start) precedes it
}

// tokenize splits text (which starts at byte offset base of the document)
// into tokens. Hyphens and possessive 's are tokens of their own, glued to
// their neighbours (space false), so "G-20" and "Russia's" can be matched
// both as wholes and by parts.
func tokenize(text string, base int) []token {
	return tokenizeTo(make([]token, 0, tokenBound(text)), text, base)
}

// tokenizeTo is tokenize appending to toks, which has room for
// tokenBound(text) more tokens when it is not to grow.
func tokenizeTo(toks []token, text string, base int) []token {
	space := true
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case unicode.IsLetter(r):
			j := scanWord(text, i)
			// Initialisms and known abbreviations keep their periods: "U.S.", "Feb.".
			if j < len(text) && text[j] == '.' {
				w := text[i:j]
				if utf8.RuneCountInString(w) == 1 {
					// "U.S.", "a.m.", or a middle initial "F.": keep every
					// letter-period pair.
					k := j + 1
					for k < len(text) {
						r2, m := utf8.DecodeRuneInString(text[k:])
						if !unicode.IsLetter(r2) || k+m >= len(text) || text[k+m] != '.' {
							break
						}
						k += m + 1
					}
					if k > j+1 || unicode.IsUpper(r) {
						j = k
					}
				} else if vocab().abbrevs[strings.ToLower(w)] {
					j++
				}
			}
			// Split a possessive 's into its own token.
			w := text[i:j]
			if ps := possessiveSuffix(w); ps > 0 && ps < len(w) {
				toks = append(toks, mkTok(text, base, i, j-ps, tWord, space))
				toks = append(toks, mkTok(text, base, j-ps, j, tWord, false))
			} else {
				toks = append(toks, mkTok(text, base, i, j, tWord, space))
			}
			i = j
		case r >= '0' && r <= '9':
			j := i
			for j < len(text) {
				c := text[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			// Letter suffixes stay on: "1990s", "10th", "73.5M".
			for j < len(text) {
				r2, m := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += m
			}
			toks = append(toks, mkTok(text, base, i, j, tNum, space))
			i = j
		default:
			toks = append(toks, mkTok(text, base, i, i+n, tPunct, space))
			i += n
		}
		space = false
	}
	return toks
}

// tokenBound is at least the number of tokens tokenize finds in text,
// and seldom many more, counted without decoding: a token starts at an
// ASCII letter or digit after a byte that is neither, at a digit after a
// letter ("10th5" is "10th" and "5"), at one ASCII mark, or at a rune
// outside ASCII or a byte of invalid UTF-8 (either may also be inside a
// word: counted anyway). Sized
// so, the tokens are allocated once, not grown by doubling.
func tokenBound(text string) int {
	n := 0
	prevAlnum, prevLetter := false, false
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			// One rune, or one byte of invalid UTF-8: either may be a token.
			_, size := utf8.DecodeRuneInString(text[i:])
			n++
			i += size
			prevAlnum, prevLetter = false, false
			continue
		}
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		digit := '0' <= c && c <= '9'
		switch {
		case letter || digit:
			if !prevAlnum || digit && prevLetter {
				n++
			}
		case c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f':
			n++
		}
		prevAlnum, prevLetter = letter || digit, letter
		i++
	}
	return n
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// scanWord returns the end of the word starting at i: letters, digits, marks
// and apostrophes between letters.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if (r == '\'' || r == '’') && j+n < len(text) && isLetterAt(text, j+n) && j > i {
			j += n
			continue
		}
		break
	}
	return j
}

// possessiveSuffix is the byte length of a trailing "'s" or "’s", or 0.
func possessiveSuffix(w string) int {
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S") {
		return 2
	}
	if strings.HasSuffix(w, "’s") {
		return len("’s")
	}
	return 0
}

func mkTok(text string, base, s, e int, k tokKind, space bool) token {
	t := token{s: base + s, e: base + e, text: text[s:e], kind: k, space: space}
	t.low = lower(t.text)
	if k == tWord {
		r, _ := utf8.DecodeRuneInString(t.text)
		t.cap = unicode.IsUpper(r)
	}
	return t
}

// lower lowercases and straightens apostrophes, cheaply for ASCII.
func lower(s string) string {
	ascii := true
	up := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			up = true
		}
	}
	if ascii {
		if !up {
			return s
		}
		return strings.ToLower(s)
	}
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// isUpperWord reports whether w has at least two letters, all upper case.
func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// phraseKey is how gazetteer phrases and token runs are compared: lowercase,
// diacritics folded, tokens joined by one space where the text had space.
func phraseKey(toks []token) string {
	if len(toks) == 1 {
		return foldASCII(toks[0].low)
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.space {
			b.WriteByte(' ')
		}
		b.WriteString(foldASCII(t.low))
	}
	return b.String()
}
