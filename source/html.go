package source

import (
	"bytes"
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlSkip are elements whose text is never article text.
var htmlSkip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Iframe: true, atom.Object: true,
	atom.Head: true, atom.Title: true, atom.Canvas: true, atom.Dialog: true, atom.Menu: true,
}

// htmlBlock are elements that start and end a block of text.
var htmlBlock = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Figcaption: true, atom.Figure: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Br: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Pre: true, atom.Address: true, atom.Hr: true, atom.Body: true,
	atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Caption: true,
	atom.Summary: true, atom.Details: true, atom.Time: false,
}

type htmlTok struct {
	typ        html.TokenType
	a          atom.Atom
	start, end int // raw span
	attrs      map[string]string
}

// parseHTML reads the visible article text of an HTML page: inside
// <article> or <main> when the page has one, without scripts, styles,
// navigation, header, footer, asides, forms, comments, and without
// elements whose class or id names furniture.
func parseHTML(path string, raw []byte, start int) *Document {
	d := newDocument(path, raw, FormatHTML)
	toks := htmlTokens(raw, start)
	htmlMeta(d, toks, raw)
	w := &htmlWalk{raw: raw, b: newBuilder(len(raw)), region: articleRegion(toks, raw)}
	for _, t := range toks {
		switch t.typ {
		case html.StartTagToken, html.SelfClosingTagToken:
			w.startTag(t)
		case html.EndTagToken:
			w.endTag(t)
		case html.TextToken:
			w.text(t)
		}
	}
	w.endBlock()
	w.b.finish(d)
	return d
}

// articleRegion is the element the article's text is in: <article>, then
// <main>, when they hold text; 0 for the whole page.
func articleRegion(toks []htmlTok, raw []byte) atom.Atom {
	for _, want := range []atom.Atom{atom.Article, atom.Main} {
		depth, n := 0, 0
		for _, t := range toks {
			switch {
			case t.typ == html.StartTagToken && t.a == want:
				depth++
			case t.typ == html.EndTagToken && t.a == want && depth > 0:
				depth--
			case t.typ == html.TextToken && depth > 0:
				n += len(bytes.TrimSpace(raw[t.start:t.end]))
			}
		}
		if n >= 80 {
			return want
		}
	}
	return 0
}

// htmlFrame is an open element.
type htmlFrame struct {
	a    atom.Atom
	name string
	skip bool // furniture or not text (script, nav, …): its text is left out
}

// htmlWalk is parseHTML's state as it walks the tokens: the open elements
// and the counts of those that matter.
type htmlWalk struct {
	raw    []byte
	b      *builder
	region atom.Atom // see articleRegion
	stack  []htmlFrame
	// skip, inRegion and inLink count the open skipped, region and link
	// elements; h1 is set once the page's first <h1> has started a block.
	skip, inRegion, inLink int
	h1                     bool
	// linkBytes and textBytes measure the open block: one mostly of link
	// text is a link list.
	linkBytes, textBytes int
}

// endBlock closes the open block, hinting a link list.
func (w *htmlWalk) endBlock() {
	b := w.b
	if b.open >= 0 {
		n := len(b.blocks)
		b.endBlock()
		if len(b.blocks) > n && w.textBytes > 0 && w.linkBytes*10 >= w.textBytes*7 && b.hints[n] != "headline" {
			b.hints[n] = "linklist"
		}
	}
	w.linkBytes, w.textBytes = 0, 0
}

// hint is what the innermost telling element says of a new block: the
// page's first <h1> is its headline.
func (w *htmlWalk) hint() string {
	for i := len(w.stack) - 1; i >= 0; i-- {
		switch w.stack[i].a {
		case atom.H1:
			if !w.h1 {
				w.h1 = true
				return "headline"
			}
			return "heading"
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return "heading"
		case atom.Li, atom.Dd, atom.Dt:
			return "list"
		case atom.Figcaption, atom.Caption:
			return "caption"
		case atom.P, atom.Blockquote, atom.Td, atom.Div, atom.Section, atom.Article:
			return ""
		}
	}
	return ""
}

// popTo closes the open elements from i up.
func (w *htmlWalk) popTo(i int) {
	for j := len(w.stack) - 1; j >= i; j-- {
		if w.stack[j].skip {
			w.skip--
		}
		if w.region != 0 && w.stack[j].a == w.region {
			w.inRegion--
		}
		if w.stack[j].a == atom.A {
			w.inLink--
		}
	}
	w.stack = w.stack[:i]
}

// startTag opens an element; a block element ends the open block.
func (w *htmlWalk) startTag(t htmlTok) {
	if htmlBlock[t.a] {
		w.endBlock()
	}
	if t.typ == html.SelfClosingTagToken || voidElement(t.a) {
		return
	}
	if t.a == atom.Body || htmlBlock[t.a] {
		// A head left open ends where the body begins.
		for i := len(w.stack) - 1; i >= 0; i-- {
			if w.stack[i].a == atom.Head {
				for j := len(w.stack) - 1; j >= i; j-- {
					if w.stack[j].skip {
						w.skip--
					}
				}
				w.stack = w.stack[:i]
				break
			}
		}
	}
	if len(w.stack) >= maxHTMLDepth {
		return // see maxHTMLDepth
	}
	f := htmlFrame{a: t.a, name: t.attrs["\x00name"], skip: htmlSkip[t.a] || classFurniture(t.attrs)}
	if t.a == atom.Header && w.inRegion > 0 && w.region != 0 {
		f.skip = classFurniture(t.attrs) // an article's own header holds its headline
	}
	w.stack = append(w.stack, f)
	if f.skip {
		w.skip++
	}
	if w.region != 0 && t.a == w.region {
		w.inRegion++
	}
	if t.a == atom.A {
		w.inLink++
	}
}

// endTag closes the innermost open element of the tag's name and those
// inside it.
func (w *htmlWalk) endTag(t htmlTok) {
	if htmlBlock[t.a] {
		w.endBlock()
	}
	name := t.attrs["\x00name"]
	for i := len(w.stack) - 1; i >= 0; i-- {
		if w.stack[i].name == name {
			w.popTo(i)
			return
		}
	}
}

// text adds a text token to the open block, or starts one, unless it is
// skipped or outside the article region (where only the page's first <h1>,
// its headline when the page keeps it above the article, counts).
func (w *htmlWalk) text(t htmlTok) {
	b, raw := w.b, w.raw
	if w.skip > 0 {
		return
	}
	if w.region != 0 && w.inRegion == 0 {
		inH1 := false
		for _, f := range w.stack {
			inH1 = inH1 || f.a == atom.H1
		}
		if !inH1 || w.h1 && b.open < 0 {
			return
		}
	}
	if b.open < 0 {
		if len(bytes.TrimSpace(raw[t.start:t.end])) == 0 {
			return
		}
		b.newline(t.start)
		b.startBlock(w.hint())
	}
	n0 := b.len()
	htmlText(b, raw, t.start, t.end)
	w.textBytes += b.len() - n0
	if w.inLink > 0 {
		w.linkBytes += b.len() - n0
	}
}

// maxHTMLDepth caps the open elements parseHTML tracks, as browsers cap
// the DOM depth their parser builds (512 in Chromium): deeper elements are
// read as text of the deepest one. Every tag looks down the stack, so
// without the cap 200,000 nested divs took 20 s, quadratic in the depth.
const maxHTMLDepth = 512

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.Img, atom.Meta, atom.Link, atom.Input, atom.Hr, atom.Area, atom.Base,
		atom.Col, atom.Embed, atom.Source, atom.Track, atom.Wbr, atom.Param:
		return true
	}
	return false
}

func classFurniture(attrs map[string]string) bool {
	if attrs == nil {
		return false
	}
	if attrs["role"] == "navigation" || attrs["role"] == "banner" || attrs["role"] == "contentinfo" || attrs["aria-hidden"] == "true" || attrs["hidden"] != "" {
		return true
	}
	for _, k := range []string{"class", "id"} {
		for _, w := range strings.FieldsFunc(strings.ToLower(attrs[k]), func(r rune) bool { return !isAlnum(r) }) {
			if vocab().furnitureClass[w] {
				return true
			}
		}
	}
	return false
}

// htmlTokens tokenizes raw[start:], keeping each token's raw span and the
// attributes of start tags.
func htmlTokens(raw []byte, start int) []htmlTok {
	z := html.NewTokenizer(bytes.NewReader(raw[start:]))
	z.SetMaxBuf(0)
	var toks []htmlTok
	off := start
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		r := z.Raw()
		t := htmlTok{typ: tt, start: off, end: off + len(r)}
		off += len(r)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, more := z.TagName()
			t.a = atom.Lookup(name)
			t.attrs = map[string]string{"\x00name": string(name)}
			for more && tt != html.EndTagToken {
				var k, v []byte
				k, v, more = z.TagAttr()
				t.attrs[string(k)] = string(v)
			}
		case html.TextToken:
		default:
			continue // comments, doctype
		}
		toks = append(toks, t)
	}
	return toks
}

// htmlText appends the text of raw[s:e]: entities decoded, white space
// collapsed to single spaces.
func htmlText(b *builder, raw []byte, s, e int) {
	lit := s
	i := s
	for i < e {
		c := raw[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			j := i
			for j < e && (raw[j] == ' ' || raw[j] == '\t' || raw[j] == '\n' || raw[j] == '\r' || raw[j] == '\f') {
				j++
			}
			if c == ' ' && j == i+1 {
				i++ // a single space is copied as it is
				continue
			}
			b.copyRaw(raw, lit, i)
			b.space(i)
			i, lit = j, j
		case c == '&':
			i, lit = stepEntity(b, raw, i, e, lit, func(at int) { b.copyRaw(raw, lit, at) })
		default:
			i++
		}
	}
	b.copyRaw(raw, lit, e)
}

// htmlMeta reads the page's own description of itself: meta tags, the
// title element, a canonical link, the first <time datetime>.
func htmlMeta(d *Document, toks []htmlTok, raw []byte) {
	var title, timeAttr string
	for i, t := range toks {
		if t.typ != html.StartTagToken && t.typ != html.SelfClosingTagToken {
			continue
		}
		switch t.a {
		case atom.Meta:
			key := strings.ToLower(t.attrs["property"])
			if key == "" {
				key = strings.ToLower(t.attrs["name"])
			}
			if key == "" {
				key = strings.ToLower(t.attrs["itemprop"])
			}
			v := strings.TrimSpace(html.UnescapeString(t.attrs["content"]))
			if v == "" {
				continue
			}
			switch key {
			case "og:title", "twitter:title":
				if d.Meta.Title == "" {
					d.Meta.Title = v
				}
			case "article:published_time", "datepublished", "date", "pubdate", "publish-date", "publishdate",
				"dc.date", "dc.date.issued", "parsely-pub-date", "sailthru.date", "og:published_time", "publication_date":
				if tm, ok := parseDateValue(v); ok && d.Meta.Published.IsZero() {
					d.Meta.Published, d.Meta.DateFrom = tm, "meta "+key
				}
			case "author", "article:author", "byl", "parsely-author", "dc.creator", "sailthru.author":
				if d.Meta.Author == "" && !strings.Contains(v, "://") {
					d.Meta.Author = strings.TrimPrefix(strings.TrimPrefix(v, "By "), "by ")
				}
			case "og:site_name", "application-name", "publisher":
				if d.Meta.Provider == "" {
					d.Meta.Provider = v
				}
			case "og:url":
				if d.Meta.URL == "" {
					d.Meta.URL = v
				}
			}
		case atom.Link:
			if strings.EqualFold(t.attrs["rel"], "canonical") && d.Meta.URL == "" {
				d.Meta.URL = t.attrs["href"]
			}
		case atom.Title:
			if title == "" && i+1 < len(toks) && toks[i+1].typ == html.TextToken {
				title = strings.Join(strings.Fields(html.UnescapeString(string(raw[toks[i+1].start:toks[i+1].end]))), " ")
			}
		case atom.Time:
			if timeAttr == "" {
				timeAttr = t.attrs["datetime"]
			}
		case atom.Script:
			if strings.Contains(t.attrs["type"], "ld+json") && i+1 < len(toks) && toks[i+1].typ == html.TextToken {
				jsonLD(d, raw[toks[i+1].start:toks[i+1].end])
			}
		}
	}
	if d.Meta.Title == "" {
		d.Meta.Title = title
	}
	if d.Meta.Published.IsZero() && timeAttr != "" {
		if tm, ok := parseDateValue(timeAttr); ok {
			d.Meta.Published, d.Meta.DateFrom = tm, "time element"
		}
	}
}

// jsonLD reads schema.org metadata (NewsArticle and kin): headline,
// datePublished, author and publisher names.
func jsonLD(d *Document, b []byte) {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return
	}
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && d.Meta.Published.IsZero() {
				if t, ok := parseDateValue(s); ok {
					d.Meta.Published, d.Meta.DateFrom = t, "json-ld datePublished"
				}
			}
			if s, ok := x["headline"].(string); ok && d.Meta.Title == "" {
				d.Meta.Title = strings.TrimSpace(s)
			}
			if d.Meta.Author == "" {
				d.Meta.Author = ldName(x["author"])
			}
			if d.Meta.Provider == "" {
				d.Meta.Provider = ldName(x["publisher"])
			}
			if g, ok := x["@graph"]; ok {
				walk(g, depth+1)
			}
		}
	}
	walk(v, 0)
}

func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			return strings.TrimSpace(s)
		}
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}
