package source

import (
	"bytes"
	"regexp"

	"golang.org/x/net/html"
)

var (
	atxRe      = regexp.MustCompile(`^(#{1,6})(?:[ \t]+|$)`)
	fenceRe    = regexp.MustCompile("^(`{3,}|~{3,})")
	hrRe       = regexp.MustCompile(`^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	setext1Re  = regexp.MustCompile(`^=+[ \t]*$`)
	setext2Re  = regexp.MustCompile(`^-+[ \t]*$`)
	linkDefRe  = regexp.MustCompile(`^\[[^\]]+\]:[ \t]*\S`)
	htmlLineRe = regexp.MustCompile(`^</?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?/?>\s*$`)
	tableSepRe = regexp.MustCompile(`^\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?$`)
)

func parseMarkdown(path string, raw []byte, start int) *Document {
	return parseWith(path, raw, start, FormatMarkdown, readMarkdown)
}

// readMarkdown appends the text of the Markdown in raw[from:to]: markup
// left out, each heading, list item and paragraph a block.
func readMarkdown(b *builder, raw []byte, from, to int) {
	var fence []byte
	inComment := false
	para := false
	h1 := false
	for _, l := range splitLines(raw, from, to) {
		cs, ce := trimBytes(raw, l.start, l.end)
		t := raw[cs:ce]
		if fence != nil {
			if bytes.HasPrefix(t, fence) && len(bytes.Trim(t, string(fence[:1]))) == 0 {
				fence = nil
			}
			b.newline(l.start)
			continue
		}
		if inComment {
			if bytes.Contains(t, []byte("-->")) {
				inComment = false
			}
			continue
		}
		if len(t) == 0 {
			b.endBlock()
			para = false
			b.copyRaw(raw, l.start, l.end)
			b.eol(raw, l)
			continue
		}
		if m := fenceRe.Find(t); m != nil {
			b.endBlock()
			para = false
			fence = append([]byte(nil), m...)
			continue
		}
		if bytes.HasPrefix(t, []byte("<!--")) {
			b.endBlock()
			para = false
			if !bytes.Contains(t, []byte("-->")) {
				inComment = true
			}
			continue
		}
		if para && (setext1Re.Match(t) || setext2Re.Match(t)) {
			// The paragraph above was a heading.
			if setext1Re.Match(t) && !h1 {
				b.hint, h1 = "headline", true
			} else {
				b.hint = "heading"
			}
			b.endBlock()
			para = false
			b.newline(l.start)
			continue
		}
		if hrRe.Match(t) || linkDefRe.Match(t) || htmlLineRe.Match(t) || tableSepRe.Match(t) {
			b.endBlock()
			para = false
			b.newline(l.start)
			continue
		}
		// Block quotes: drop the markers and read what they hold.
		for cs < ce && raw[cs] == '>' {
			cs++
			if cs < ce && raw[cs] == ' ' {
				cs++
			}
			t = raw[cs:ce]
		}
		if len(t) == 0 {
			b.endBlock()
			para = false
			b.newline(l.start)
			continue
		}
		if m := atxRe.FindSubmatchIndex(t); m != nil {
			b.endBlock()
			para = false
			hint := "heading"
			if m[3]-m[2] == 1 && !h1 {
				hint, h1 = "headline", true
			}
			e := ce
			for e > cs+m[1] && raw[e-1] == '#' {
				e--
			}
			b.startBlock(hint)
			inline(b, raw, cs+m[1], e)
			b.endBlock()
			b.eol(raw, l)
			continue
		}
		if n := listMarker(string(t)); n > 0 {
			b.endBlock()
			b.startBlock("list")
			inline(b, raw, cs+n, ce)
			b.eol(raw, l)
			para = true
			continue
		}
		if !para {
			hint := ""
			if bytes.HasPrefix(t, []byte("![")) && bytes.HasSuffix(t, []byte(")")) {
				hint = "caption" // an image alone: its alt text describes the photo
			}
			b.startBlock(hint)
			para = true
		}
		inline(b, raw, cs, ce)
		b.eol(raw, l)
	}
	b.endBlock()
}

// inline appends the text of one line of Markdown, raw[s:e], without its
// emphasis, code, link and image markup.
func inline(b *builder, raw []byte, s, e int) {
	lit := s
	flush := func(i int) {
		b.copyRaw(raw, lit, i)
	}
	i := s
	for i < e {
		c := raw[i]
		switch {
		case c == '\\' && i+1 < e && isASCIIPunct(raw[i+1]):
			flush(i)
			lit = i + 1
			i += 2
		case c == '`':
			n := 0
			for i+n < e && raw[i+n] == '`' {
				n++
			}
			close := findRun(raw, i+n, e, '`', n)
			if close < 0 {
				i += n
				continue
			}
			flush(i)
			a, z := i+n, close
			if z-a >= 2 && raw[a] == ' ' && raw[z-1] == ' ' {
				a, z = a+1, z-1
			}
			b.copyRaw(raw, a, z)
			i = close + n
			lit = i
		case c == '!' && i+1 < e && raw[i+1] == '[' || c == '[':
			open := i
			if c == '!' {
				open = i + 1
			}
			closeB := matchBracket(raw, open, e, '[', ']')
			if closeB < 0 || closeB+1 >= e || (raw[closeB+1] != '(' && raw[closeB+1] != '[') {
				i++
				continue
			}
			var after int
			if raw[closeB+1] == '(' {
				after = matchBracket(raw, closeB+1, e, '(', ')')
			} else {
				after = matchBracket(raw, closeB+1, e, '[', ']')
			}
			if after < 0 {
				i++
				continue
			}
			flush(i)
			inline(b, raw, open+1, closeB)
			i = after + 1
			lit = i
		case c == '<':
			lim := e
			if lim > i+200 {
				lim = i + 200
			}
			j := bytes.IndexByte(raw[i:lim], '>')
			if j > 0 && j < 200 && (isASCIILetter(next(raw, i+1, e)) || next(raw, i+1, e) == '/' || next(raw, i+1, e) == '!') && !bytes.ContainsAny(raw[i+1:i+j], "<\n") {
				flush(i)
				i += j + 1
				lit = i
				continue
			}
			i++
		case c == '*' || c == '~' || c == '_':
			n := 0
			for i+n < e && raw[i+n] == c {
				n++
			}
			before := i == s || isSpaceByte(raw[i-1])
			after := i+n >= e || isSpaceByte(raw[i+n])
			drop := !(before && after)
			if c == '_' {
				// snake_case keeps its underscores
				drop = drop && (i == s || !isASCIIAlnum(raw[i-1]) || i+n >= e || !isASCIIAlnum(raw[i+n]))
			}
			if c == '~' && n < 2 {
				drop = false
			}
			if drop {
				flush(i)
				lit = i + n
			}
			i += n
		case c == '&':
			i, lit = stepEntity(b, raw, i, e, lit, flush)
		default:
			i++
		}
	}
	flush(e)
}

func next(raw []byte, i, e int) byte {
	if i < e {
		return raw[i]
	}
	return 0
}

// findRun finds the next run of exactly n copies of c in raw[i:e].
func findRun(raw []byte, i, e int, c byte, n int) int {
	if e > i+1000 {
		e = i + 1000 // a code span longer than this is not one
	}
	for i < e {
		if raw[i] != c {
			i++
			continue
		}
		k := 0
		for i+k < e && raw[i+k] == c {
			k++
		}
		if k == n {
			return i
		}
		i += k
	}
	return -1
}

// matchBracket returns the index of the bracket closing the one at
// raw[i], within a bounded distance, or -1.
func matchBracket(raw []byte, i, e int, open, close byte) int {
	depth := 0
	for j := i; j < e && j-i < 2000; j++ {
		switch raw[j] {
		case '\\':
			j++
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// stepEntity steps a text scanner over the '&' at raw[i]. When it opens a
// character reference, stepEntity copies the literal text before it
// (flush), writes the decoded text into b and returns the index after it,
// both as the next index and as the new start of literal text; otherwise
// it steps over the '&' alone, leaving lit as it is.
func stepEntity(b *builder, raw []byte, i, e, lit int, flush func(at int)) (next, nextLit int) {
	text, n := entityAt(raw, i, e)
	if n == 0 {
		return i + 1, lit
	}
	flush(i)
	b.decoded(text, i)
	return i + n, i + n
}

// entityAt decodes an HTML character reference at raw[i] ('&'): its text
// and length, or 0 when there is none.
func entityAt(raw []byte, i, e int) (string, int) {
	j := i + 1
	for j < e && j-i < 40 && (isASCIIAlnum(raw[j]) || raw[j] == '#') {
		j++
	}
	if j >= e || raw[j] != ';' || j == i+1 {
		return "", 0
	}
	src := string(raw[i : j+1])
	text := html.UnescapeString(src)
	if text == src {
		return "", 0
	}
	return text, j + 1 - i
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isASCIIAlnum(c byte) bool  { return isASCIILetter(c) || c >= '0' && c <= '9' }
func isSpaceByte(c byte) bool   { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
