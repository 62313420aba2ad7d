// Package escape owns how text from the inputs (file names, sentences,
// values) is made safe to print: in a terminal or a CI log, where a newline
// or an ESC sequence in a file name would forge lines, annotations or
// terminal commands, and in Markdown, where HTML, '|' or a backtick would
// break a table or inject markup. Every human format goes through it.
package escape

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Path returns a file name as the human formats print it: unchanged when
// it is valid UTF-8 of printable characters and starts with neither '"'
// nor ':'; otherwise quoted as a Go string ("a\nb.txt", "\x1b[2J.txt",
// "caf\xe9.txt"). A newline cannot start a forged line, an ESC sequence
// cannot reach the terminal, a name starting "::" cannot become a GitHub
// Actions command at the start of a line, and the result is valid UTF-8.
// The mapping is one-to-one: a name shown bare never starts with '"', a
// quoted one always does and unquotes to the name, so two files never
// print alike.
func Path(p string) string {
	if bare(p) {
		return p
	}
	return strconv.Quote(p)
}

// PathUTF8 is Path for formats that carry any valid UTF-8 string with
// escapes of their own (JSON): a name is quoted only when it is not
// valid UTF-8 (JSON would write U+FFFD for each bad byte, and two names
// would collide) or starts with '"' (so that a quoted name and a real one
// never print alike).
func PathUTF8(p string) string {
	if p == "" || p[0] != '"' && utf8.ValidString(p) {
		return p
	}
	return strconv.Quote(p)
}

func bare(p string) bool {
	return p == "" || p[0] != '"' && p[0] != ':' && printable(p)
}

// printable reports whether s is valid UTF-8 of printable characters
// (strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
// ASCII space).
func printable(p string) bool {
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		if r == utf8.RuneError && n == 1 || !strconv.IsPrint(r) {
			return false
		}
		i += n
	}
	return true
}

// Text folds white space in free text (a sentence, a summary, a value) to
// single spaces, so it fits one line, and escapes what is left as Line
// does. The result is valid UTF-8 and holds no control character.
func Text(s string) string { return Line(strings.Join(strings.Fields(s), " ")) }

// Line writes every character of s that a terminal would act on or a
// reader could not see as its Go escape without quotes: control
// characters other than tab ("\x1b", "\n"), format characters such as
// bidirectional overrides ("\u202e") and bytes that are not UTF-8
// ("\xff"). It is for a message line that must stay one line (standard
// error); text that needs none of this is returned as is.
func Line(s string) string {
	if printable(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			const hex = "0123456789abcdef"
			b.WriteString(`\x`)
			b.WriteByte(hex[s[i]>>4])
			b.WriteByte(hex[s[i]&0xf])
		case r == ' ' || r == '\t' || strconv.IsPrint(r):
			b.WriteString(s[i : i+n])
		default:
			q := strconv.QuoteRune(r) // '\x1b', '\u202e'
			b.WriteString(q[1 : len(q)-1])
		}
		i += n
	}
	return b.String()
}

// markdownPunct is the ASCII punctuation that can start Markdown syntax
// inline: emphasis, code, links, images, raw HTML and entities, table
// cells, strikethrough, headings. CommonMark lets any ASCII punctuation be
// backslash-escaped, and GFM's table parser takes "\|" as a '|' inside a
// cell.
const markdownPunct = "\\`*_[]<>|~&!#"

var markdownReplacer = func() *strings.Replacer {
	var pairs []string
	for _, c := range markdownPunct {
		pairs = append(pairs, string(c), `\`+string(c))
	}
	return strings.NewReplacer(pairs...)
}()

// Markdown makes text from the inputs safe as inline Markdown and as a
// table cell, the one function every Markdown table and line goes
// through: it folds the text to one line and escapes control characters
// as Text does, then backslash-escapes HTML ('<', '>', '&'), the cell
// separator '|', backticks and every other character that could start
// Markdown syntax. A sentence holding "<img src=x onerror=...>" renders
// as that text, never as an element. Pass file names through Path first.
func Markdown(s string) string { return markdownReplacer.Replace(Text(s)) }

// MarkdownCode writes s as a Markdown code span, for identifiers and file
// names outside tables: control characters escaped as Text does, and a
// fence of backticks longer than any run of backticks inside, with a
// space either side when s starts or ends with one, so a backtick in a
// file name cannot close the span and open raw HTML.
func MarkdownCode(s string) string {
	s = Text(s)
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if longest > 0 || s == "" {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}
