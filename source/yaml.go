package source

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Keys of a YAML record, lowercased with "_" and "-" removed.
var (
	yamlTitleKeys = map[string]bool{"title": true, "headline": true}
	yamlLeadKeys  = map[string]bool{"excerpt": true, "summary": true, "description": true, "subtitle": true,
		"dek": true, "lede": true, "lead": true, "abstract": true, "standfirst": true}
	yamlBodyKeys = map[string]bool{"body": true, "text": true, "content": true, "articlebody": true,
		"article": true, "story": true}
	yamlDateKeys = []string{"publisheddatetime", "datepublished", "publishedat", "publishdate",
		"publicationdate", "pubdate", "published", "date", "createdat", "created", "time"}
	yamlAuthorKeys   = map[string]bool{"author": true, "authors": true, "byline": true, "creator": true, "writer": true}
	yamlProviderKeys = map[string]bool{"provider": true, "source": true, "publisher": true, "site": true,
		"sitename": true, "outlet": true}
	yamlURLKeys = []string{"url", "canonical", "canonicalurl", "permalink", "link", "weburl", "originalurl"}
)

func yamlKey(k string) string {
	return strings.NewReplacer("_", "", "-", "").Replace(strings.ToLower(k))
}

// parseYAML reads a YAML record raw[yStart:yEnd] (front matter, or the
// whole file) and, when bodyStart >= 0, the Markdown body after it.
func parseYAML(path string, raw []byte, yStart, yEnd, bodyStart int) (*Document, error) {
	f := FormatYAML
	if bodyStart >= 0 {
		f = FormatMarkdown
	}
	d := newDocument(path, raw, f)
	b := newBuilder(len(raw))
	var root yaml.Node
	err := yaml.Unmarshal(raw[yStart:yEnd], &root)
	base := d.lines.lineOf(yStart)
	if err != nil {
		if bodyStart >= 0 {
			// Broken front matter: read the body and say nothing of it.
			readMarkdown(b, raw, bodyStart, len(raw))
			b.finish(d)
			return d, nil
		}
		return nil, &Error{Path: path, Msg: "invalid YAML: " + shiftYAMLError(err.Error(), base)}
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		if bodyStart >= 0 {
			readMarkdown(b, raw, bodyStart, len(raw))
			b.finish(d)
			return d, nil
		}
		return nil, &Error{Path: path, Msg: "YAML is not a record (a mapping of keys to values)"}
	}
	m := root.Content[0]
	type field struct {
		hint string
		node *yaml.Node
	}
	var text []field
	dates := map[string]string{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := yamlKey(m.Content[i].Value), m.Content[i+1]
		switch {
		case yamlTitleKeys[k] && v.Kind == yaml.ScalarNode:
			if d.Meta.Title == "" {
				d.Meta.Title = strings.TrimSpace(v.Value)
				text = append(text, field{"headline", v})
			}
		case yamlLeadKeys[k] && v.Kind == yaml.ScalarNode && bodyStart < 0:
			text = append(text, field{"", v})
		case yamlBodyKeys[k] && v.Kind == yaml.ScalarNode:
			text = append(text, field{"", v})
		case yamlAuthorKeys[k] && d.Meta.Author == "":
			d.Meta.Author = yamlName(v)
		case yamlProviderKeys[k] && d.Meta.Provider == "":
			d.Meta.Provider = yamlName(v)
		case v.Kind == yaml.ScalarNode:
			dates[k] = v.Value
		}
	}
	for _, k := range yamlDateKeys {
		if t, ok := parseDateValue(dates[k]); ok {
			d.Meta.Published, d.Meta.DateFrom = t, "front matter"
			break
		}
	}
	for _, k := range yamlURLKeys {
		if u := dates[k]; strings.Contains(u, "://") {
			d.Meta.URL = u
			break
		}
	}
	for _, f := range text {
		at := yamlOffset(raw, d.lines, base, f.node)
		b.endBlock()
		b.newline(at)
		b.newline(at) // fields are paragraphs apart
		from := b.len()
		if ps, ok := yamlScalar(raw, at, yEnd, f.node); ok {
			for _, p := range ps {
				if p.copied {
					b.copyRaw(raw, p.raw, p.raw+len(p.text))
				} else {
					b.decoded(p.text, p.raw)
				}
			}
		} else {
			b.decoded(f.node.Value, at)
		}
		b.linesAsBlocks(from, f.hint)
	}
	if bodyStart >= 0 {
		b.endBlock()
		b.newline(bodyStart)
		b.newline(bodyStart)
		readMarkdown(b, raw, bodyStart, len(raw))
	}
	b.finish(d)
	return d, nil
}

// linesAsBlocks makes each line of Text[from:] a block with hint.
func (b *builder) linesAsBlocks(from int, hint string) {
	s := b.sb.String()
	st := from
	for i := from; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			a, e := trimSpan(s, st, i)
			if a < e {
				b.blocks = append(b.blocks, Block{Start: a, End: e, Kind: KindBody})
				b.hints = append(b.hints, hint)
			}
			st = i + 1
		}
	}
}

// yamlName reads a name that is a string, a list of strings or a record
// with a "name".
func yamlName(v *yaml.Node) string {
	switch v.Kind {
	case yaml.ScalarNode:
		return strings.TrimSpace(v.Value)
	case yaml.SequenceNode:
		var names []string
		for _, c := range v.Content {
			if n := yamlName(c); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	case yaml.MappingNode:
		for i := 0; i+1 < len(v.Content); i += 2 {
			if yamlKey(v.Content[i].Value) == "name" {
				return yamlName(v.Content[i+1])
			}
		}
	}
	return ""
}

// shiftYAMLError makes yaml.v3's "yaml: line N: …" count lines of the file.
func shiftYAMLError(msg string, base int) string {
	msg = strings.TrimPrefix(msg, "yaml: ")
	if strings.HasPrefix(msg, "line ") {
		rest := msg[len("line "):]
		if i := strings.IndexByte(rest, ':'); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil {
				return fmt.Sprintf("line %d:%s", n+base, rest[i+1:])
			}
		}
	}
	return msg
}

// lineOf returns the 0-based line index holding raw offset off.
func (t lineTable) lineOf(off int) int {
	lo, hi := 0, len(t)
	for lo < hi {
		m := (lo + hi) / 2
		if t[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// yamlOffset returns the raw offset of a node: yaml.v3 counts lines from
// the start of what it parsed and columns in runes.
func yamlOffset(raw []byte, t lineTable, base int, n *yaml.Node) int {
	li := base + n.Line - 1
	if li < 0 || li >= len(t) {
		return 0
	}
	off := t[li]
	for c := 1; c < n.Column && off < len(raw) && raw[off] != '\n' && raw[off] != '\r'; c++ {
		_, size := utf8.DecodeRune(raw[off:])
		off += size
	}
	return off
}

// piece is a stretch of a decoded scalar: copied from raw[raw:], or
// decoded from an escape or a folded line break at raw.
type piece struct {
	text   string
	raw    int
	copied bool
}

// yamlScalar decodes the scalar that starts at raw[at:] into pieces and
// checks the result against the parser's value; ok is false when they
// differ (an unusual form), and the caller maps the value as a whole.
func yamlScalar(raw []byte, at, end int, n *yaml.Node) ([]piece, bool) {
	var ps []piece
	switch n.Style {
	case yaml.DoubleQuotedStyle:
		ps = decodeQuoted(raw, at, end, '"')
	case yaml.SingleQuotedStyle:
		ps = decodeQuoted(raw, at, end, '\'')
	case yaml.LiteralStyle, yaml.FoldedStyle:
		ps = decodeBlockScalar(raw, at, end, n.Style == yaml.FoldedStyle)
	case 0:
		ps = decodePlain(raw, at, end, n.Value)
	default:
		return nil, false
	}
	var sb strings.Builder
	for _, p := range ps {
		sb.WriteString(p.text)
	}
	got := sb.String()
	if got == n.Value {
		return ps, true
	}
	// Block scalars differ only in their final newlines (chomping).
	if (n.Style == yaml.LiteralStyle || n.Style == yaml.FoldedStyle) && strings.TrimRight(got, "\n") == strings.TrimRight(n.Value, "\n") {
		return ps, true
	}
	return nil, false
}

// decodeQuoted decodes a quoted scalar starting at its opening quote,
// folding line breaks as YAML does.
func decodeQuoted(raw []byte, at, end int, q byte) []piece {
	var ps []piece
	lit := at + 1 // start of pending literal text
	flush := func(i int) {
		if i > lit {
			ps = append(ps, piece{text: string(raw[lit:i]), raw: lit, copied: true})
		}
	}
	i := at + 1
	for i < end {
		c := raw[i]
		switch {
		case c == q && q == '\'' && i+1 < end && raw[i+1] == '\'':
			flush(i)
			ps = append(ps, piece{text: "'", raw: i})
			i += 2
			lit = i
		case c == q:
			flush(i)
			return ps
		case c == '\\' && q == '"' && i+1 < end:
			flush(i)
			s, n := yamlEscape(raw[i:end])
			if n == 0 {
				return ps
			}
			if n < 0 { // escaped line break: join without space
				i = skipBreakAndIndent(raw, i+1, end)
			} else {
				ps = append(ps, piece{text: s, raw: i})
				i += n
			}
			lit = i
		case c == '\n' || c == '\r':
			// trailing white space before the break is dropped
			e := i
			for e > lit && (raw[e-1] == ' ' || raw[e-1] == '\t') {
				e--
			}
			flush(e)
			breaks := 0
			j := i
			for j < end {
				if raw[j] == '\r' && j+1 < end && raw[j+1] == '\n' {
					j += 2
					breaks++
				} else if raw[j] == '\n' || raw[j] == '\r' {
					j++
					breaks++
				} else if raw[j] == ' ' || raw[j] == '\t' {
					j++
				} else {
					break
				}
			}
			if breaks == 1 {
				ps = append(ps, piece{text: " ", raw: i})
			} else {
				ps = append(ps, piece{text: strings.Repeat("\n", breaks-1), raw: i})
			}
			i = j
			lit = i
		default:
			i++
		}
	}
	flush(i)
	return ps
}

func skipBreakAndIndent(raw []byte, i, end int) int {
	i = skipOneBreak(raw, i, end)
	for i < end && (raw[i] == ' ' || raw[i] == '\t') {
		i++
	}
	return i
}

// yamlEscape decodes the escape at b[0] ('\\'): the text and its length,
// -1 for an escaped line break, 0 when it is malformed.
func yamlEscape(b []byte) (string, int) {
	if len(b) < 2 {
		return "", 0
	}
	simple := map[byte]string{'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n", 'v': "\v",
		'f': "\f", 'r': "\r", 'e': "\x1b", ' ': " ", '"': "\"", '/': "/", '\\': "\\", 'N': "\u0085",
		'_': "\u00a0", 'L': "\u2028", 'P': "\u2029"}
	if s, ok := simple[b[1]]; ok {
		return s, 2
	}
	width := 0
	switch b[1] {
	case '\n', '\r':
		return "", -1
	case 'x':
		width = 2
	case 'u':
		width = 4
	case 'U':
		width = 8
	default:
		return "", 0
	}
	if len(b) < 2+width {
		return "", 0
	}
	v, err := strconv.ParseUint(string(b[2:2+width]), 16, 32)
	if err != nil {
		return "", 0
	}
	return string(rune(v)), 2 + width
}

// decodePlain decodes a plain scalar: its first line, then folded
// continuation lines while they still spell a prefix of want.
func decodePlain(raw []byte, at, end int, want string) []piece {
	var ps []piece
	got := ""
	i := at
	for i < end {
		e := i
		for e < end && raw[e] != '\n' && raw[e] != '\r' {
			if raw[e] == '#' && e > i && (raw[e-1] == ' ' || raw[e-1] == '\t') {
				break
			}
			e++
		}
		s, t := i, e
		for t > s && (raw[t-1] == ' ' || raw[t-1] == '\t') {
			t--
		}
		if got != "" {
			if !strings.HasPrefix(want, got+" ") {
				break
			}
			ps = append(ps, piece{text: " ", raw: s})
			got += " "
		}
		ps = append(ps, piece{text: string(raw[s:t]), raw: s, copied: true})
		got += string(raw[s:t])
		if got == want || !strings.HasPrefix(want, got) {
			break
		}
		i = skipBreakAndIndent(raw, e, end)
		for i < end && (raw[i] == '\n' || raw[i] == '\r') {
			i = skipBreakAndIndent(raw, i, end)
		}
	}
	return ps
}

// decodeBlockScalar decodes a literal (|) or folded (>) scalar whose
// indicator is at raw[at].
func decodeBlockScalar(raw []byte, at, end int, folded bool) []piece {
	var ps []piece
	i := at
	for i < end && raw[i] != '\n' && raw[i] != '\r' {
		i++
	}
	i = skipOneBreak(raw, i, end)
	indent := -1
	prevBlank := true
	first := true
	for i < end {
		e := i
		for e < end && raw[e] != '\n' && raw[e] != '\r' {
			e++
		}
		sp := 0
		for i+sp < e && raw[i+sp] == ' ' {
			sp++
		}
		blank := i+sp == e
		if !blank {
			if indent < 0 {
				indent = sp
			}
			if sp < indent {
				break
			}
		}
		if blank {
			ps = append(ps, piece{text: "\n", raw: i})
			prevBlank = true
		} else {
			more := sp > indent
			if !first {
				if folded && !prevBlank && !more {
					ps = append(ps, piece{text: " ", raw: i})
				} else if !prevBlank || !folded {
					ps = append(ps, piece{text: "\n", raw: i})
				}
			}
			ps = append(ps, piece{text: string(raw[i+indent : e]), raw: i + indent, copied: true})
			prevBlank = false
			first = false
		}
		i = skipOneBreak(raw, e, end)
	}
	ps = append(ps, piece{text: "\n", raw: i - 1})
	return ps
}

func skipOneBreak(raw []byte, i, end int) int {
	if i < end && raw[i] == '\r' {
		i++
	}
	if i < end && raw[i] == '\n' {
		i++
	}
	return i
}

// looksYAMLRecord reports whether a file without a telling extension is a
// YAML record: its first line is a key, and it parses as a mapping that
// holds article text.
func looksYAMLRecord(b []byte) bool {
	i := 0
	for i < len(b) && (b[i] == '\n' || b[i] == '\r' || b[i] == ' ') {
		i++
	}
	e := bytes.IndexByte(b[i:], '\n')
	if e < 0 {
		return false
	}
	first := string(b[i : i+e])
	if !yamlFirstKeyRe.MatchString(first) || strings.Contains(first, " | ") {
		return false
	}
	var m map[string]any
	if yaml.Unmarshal(b, &m) != nil || len(m) < 2 {
		return false
	}
	for k, v := range m {
		k = yamlKey(k)
		if _, ok := v.(string); ok && (yamlTitleKeys[k] || yamlLeadKeys[k] || yamlBodyKeys[k]) {
			return true
		}
	}
	return false
}

var yamlFirstKeyRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*:(\s|$)`)
