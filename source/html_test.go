package source

import (
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

func TestArticleRegion(t *testing.T) {
	long := strings.Repeat("The harbour authority opened the ferry terminal. ", 2)
	for _, c := range []struct {
		name, page string
		want       atom.Atom
	}{
		{"article with text", "<nav>Home</nav><article><p>" + long + "</p></article>", atom.Article},
		{"main when the article is empty", "<article></article><main><p>" + long + "</p></main>", atom.Main},
		{"article before main", "<main><article><p>" + long + "</p></article></main>", atom.Article},
		{"too little text", "<article><p>Short.</p></article>", 0},
		{"no region", "<div><p>" + long + "</p></div>", 0},
	} {
		raw := []byte(c.page)
		if got := articleRegion(htmlTokens(raw, 0), raw); got != c.want {
			t.Errorf("%s: articleRegion = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestHTMLWalkHints reads the blocks of small pages and lists each with
// the hint the walk gave it.
func TestHTMLWalkHints(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		{"first h1 is the headline, later ones headings",
			"<h1>Ferry Opens</h1><p>Text here.</p><h1>More</h1>",
			"headline:Ferry Opens|:Text here.|heading:More"},
		{"list items and captions",
			"<ul><li>One item</li></ul><figure><figcaption>A ferry</figcaption></figure>",
			"list:One item|caption:A ferry"},
		{"a block mostly of links",
			`<p><a href="/a">Rain all week</a> and <a href="/b">Team wins</a></p>`,
			"linklist:Rain all week and Team wins"},
		{"skipped elements leave no text",
			"<script>var x;</script><nav>Home</nav><p>Body.</p>",
			":Body."},
		{"outside the article only the first h1",
			"<h1>Ferry Opens</h1><p>Teaser.</p><article><p>" + strings.Repeat("The terminal opened today. ", 4) + "</p></article>",
			"headline:Ferry Opens|:" + strings.TrimSpace(strings.Repeat("The terminal opened today. ", 4))},
	} {
		raw := []byte(c.page)
		d := parseHTML("t.html", raw, 0)
		var got []string
		for i, b := range d.Blocks {
			got = append(got, d.hints[i]+":"+d.Text[b.Start:b.End])
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, g, c.want)
		}
	}
}
