package source

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// line is one line of the raw file: content raw[start:end], its terminator
// raw[end:next] ("\n", "\r\n", "\r" or nothing at the end of the file).
type line struct{ start, end, next int }

// splitLines cuts raw[from:to] into lines; CR, LF and CRLF all end a line.
func splitLines(raw []byte, from, to int) []line {
	// At most a line per terminator byte and one after the last: counted
	// first, the list is made once instead of grown from 64.
	ls := make([]line, 0, bytes.Count(raw[from:to], []byte("\n"))+bytes.Count(raw[from:to], []byte("\r"))+1)
	s := from
	for i := from; i < to; i++ {
		switch raw[i] {
		case '\n':
			ls = append(ls, line{s, i, i + 1})
			s = i + 1
		case '\r':
			if i+1 < to && raw[i+1] == '\n' {
				ls = append(ls, line{s, i, i + 2})
				i++
			} else {
				ls = append(ls, line{s, i, i + 1})
			}
			s = i + 1
		}
	}
	if s < to {
		ls = append(ls, line{s, to, to})
	}
	return ls
}

// eol appends the line's terminator to the text as a single "\n".
func (b *builder) eol(raw []byte, l line) {
	switch {
	case l.next == l.end:
	case raw[l.end] == '\n':
		b.copyRaw(raw, l.end, l.end+1)
	case l.next-l.end == 2:
		b.copyRaw(raw, l.end+1, l.next) // CRLF: keep the LF
	default:
		b.decoded("\n", l.end) // a lone CR
	}
}

// bomLen is 3 when raw starts with a UTF-8 byte order mark.
func bomLen(raw []byte) int {
	if bytes.HasPrefix(raw, []byte(utf8BOM)) {
		return 3
	}
	return 0
}

// parseFormat chooses the reader from the content and the extension.
func parseFormat(path string, raw []byte) (*Document, error) {
	start := bomLen(raw)
	ext := strings.ToLower(filepath.Ext(path))
	if yStart, fmEnd, bodyStart, ok := frontMatter(raw, start); ok {
		if len(bytes.TrimFunc(raw[bodyStart:], isSpace)) == 0 {
			return parseYAML(path, raw, yStart, fmEnd, -1)
		}
		return parseYAML(path, raw, yStart, fmEnd, bodyStart)
	}
	switch ext {
	case ".yaml", ".yml":
		return parseYAML(path, raw, start, len(raw), -1)
	case ".html", ".htm", ".xhtml":
		return parseHTML(path, raw, start), nil
	case ".md", ".markdown", ".mdown", ".mkd":
		return parseMarkdown(path, raw, start), nil
	}
	switch {
	case looksHTML(raw[start:]):
		return parseHTML(path, raw, start), nil
	case looksYAMLRecord(raw[start:]):
		if d, err := parseYAML(path, raw, start, len(raw), -1); err == nil {
			return d, nil
		}
	case looksMarkdown(raw[start:]):
		return parseMarkdown(path, raw, start), nil
	}
	return parseText(path, raw, start), nil
}

// frontMatter finds a "---" line at the top and the "---" or "..." line that
// closes it: the YAML is raw[yStart:fmEnd], the body starts at bodyStart.
func frontMatter(raw []byte, start int) (yStart, fmEnd, bodyStart int, ok bool) {
	if !bytes.HasPrefix(raw[start:], []byte("---")) {
		return 0, 0, 0, false
	}
	ls := splitLines(raw, start, len(raw))
	if len(ls) < 2 || strings.TrimRight(string(raw[ls[0].start:ls[0].end]), " \t") != "---" {
		return 0, 0, 0, false
	}
	for _, l := range ls[1:] {
		s := strings.TrimRight(string(raw[l.start:l.end]), " \t")
		if s == "---" || s == "..." {
			return ls[0].next, l.start, l.next, true
		}
	}
	return 0, 0, 0, false
}

func looksHTML(b []byte) bool {
	head := b
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 || head[0] != '<' {
		return false
	}
	h := strings.ToLower(string(head))
	if strings.HasPrefix(h, "<!doctype html") || strings.HasPrefix(h, "<html") ||
		strings.HasPrefix(h, "<?xml") && strings.Contains(h, "<html") {
		return true
	}
	n := 0
	for _, t := range []string{"<p>", "<p ", "<div", "<body", "<br", "</a>", "<head", "<article", "<span", "</h1>", "</h2>"} {
		if strings.Contains(h, t) {
			n++
		}
	}
	return n >= 3 && strings.HasPrefix(h, "<")
}

func looksMarkdown(b []byte) bool {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	// The lines are read in place: a copy of the head as a string and a
	// string per line were most of what sniffing a text file allocated.
	n := 0
	for l := range bytes.SplitSeq(head, []byte("\n")) {
		t := bytes.TrimSpace(l)
		switch {
		case bytes.HasPrefix(t, []byte("# ")), bytes.HasPrefix(t, []byte("## ")), bytes.HasPrefix(t, []byte("### ")):
			n += 2
		case bytes.HasPrefix(t, []byte("```")), bytes.HasPrefix(t, []byte("~~~")):
			n += 2
		case bytes.HasPrefix(t, []byte("> ")):
			n++
		}
		if bytes.Contains(t, []byte("](")) {
			n++
		}
		if bytes.Count(t, []byte("**")) >= 2 || bytes.Count(t, []byte("__")) >= 2 {
			n++
		}
		if n >= 3 {
			return true
		}
	}
	return false
}

// parseText reads plain text: a block is a line, or lines that wrap one
// paragraph; list markers are left out of the block.
func parseText(path string, raw []byte, start int) *Document {
	return parseWith(path, raw, start, FormatText, readText)
}

// parseWith reads raw[start:] as a document of format f with read, the
// reader that appends the format's text and blocks to a builder.
func parseWith(path string, raw []byte, start int, f Format, read func(b *builder, raw []byte, from, to int)) *Document {
	d := newDocument(path, raw, f)
	b := newBuilder(len(raw))
	read(b, raw, start, len(raw))
	b.finish(d)
	return d
}

func readText(b *builder, raw []byte, from, to int) {
	prev := "" // the previous non-blank line's content, "" after a blank line
	prevList := false
	ls := splitLines(raw, from, to)
	wrapped := hardWrapped(raw, ls)
	for _, l := range ls {
		cs, ce := trimBytes(raw, l.start, l.end)
		if cs == ce {
			b.endBlock()
			prev = ""
			b.copyRaw(raw, l.start, l.end)
			b.eol(raw, l)
			continue
		}
		cur := string(raw[cs:ce])
		marker := listMarker(cur)
		indented := cs > l.start
		if marker == 0 && prev != "" && b.open >= 0 && (!prevList || indented) &&
			(continues(prev, cur) || wrapped && utf8.RuneCountInString(prev) >= 40) {
			b.copyRaw(raw, l.start, l.end)
			b.eol(raw, l)
			prev = cur
			continue
		}
		b.endBlock()
		b.copyRaw(raw, l.start, cs+marker)
		if marker > 0 {
			b.startBlock("list")
		} else {
			b.startBlock("")
		}
		b.copyRaw(raw, cs+marker, l.end)
		b.eol(raw, l)
		prev = cur
		prevList = marker > 0
	}
}

// hardWrapped reports whether the text's paragraphs are wrapped at a fixed
// width: most lines followed by another line are 50 to 100 characters long
// and no line is much longer. Such lines are joined into paragraphs.
func hardWrapped(raw []byte, ls []line) bool {
	inPara, wide := 0, 0
	for i, l := range ls {
		n := utf8.RuneCount(raw[l.start:l.end])
		if n > 110 {
			return false
		}
		if i+1 < len(ls) && ls[i+1].end > ls[i+1].start && n > 0 {
			inPara++
			if n >= 50 {
				wide++
			}
		}
	}
	return inPara >= 3 && wide*10 >= inPara*6
}

func trimBytes(raw []byte, s, e int) (int, int) {
	for s < e && (raw[s] == ' ' || raw[s] == '\t' || raw[s] == '\f' || raw[s] == '\v') {
		s++
	}
	for e > s && (raw[e-1] == ' ' || raw[e-1] == '\t' || raw[e-1] == '\f' || raw[e-1] == '\v') {
		e--
	}
	// Unicode spaces (NBSP) at the edges are trimmed by the block builder.
	return s, e
}

// listMarker returns the length of a list marker and the spaces after it
// ("- ", "* ", "• ", "1. ", "2) "), or 0.
func listMarker(s string) int {
	i := 0
	switch {
	case strings.HasPrefix(s, "- "), strings.HasPrefix(s, "* "), strings.HasPrefix(s, "+ "):
		i = 1
	case strings.HasPrefix(s, "• "), strings.HasPrefix(s, "· "):
		i = len("•")
		if strings.HasPrefix(s, "·") {
			i = len("·")
		}
	default:
		for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 || i >= len(s) || (s[i] != '.' && s[i] != ')') || i+1 >= len(s) || s[i+1] != ' ' {
			return 0
		}
		i++
	}
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i >= len(s) {
		return 0
	}
	return i
}

// continues reports whether cur carries on the sentence that prev, the
// line above it, left open: hard-wrapped text.
func continues(prev, cur string) bool {
	p := strings.TrimRight(prev, "\"'”’)] ")
	if p == "" {
		return false
	}
	r, _ := decodeLastRune(p, len(p))
	if isTerminal(r) || r == ':' {
		return false
	}
	c, _ := decodeRune(cur, 0)
	if isLower(c) {
		return true
	}
	if r == ',' || r == ';' || r == '-' && !strings.HasSuffix(p, " -") {
		return true
	}
	return false
}
