package source

import (
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pageOf builds the page of a document whose blocks are the given texts,
// with the reader's hints.
func pageOf(blocks, hints []string) *page {
	d := &Document{hints: hints}
	for _, b := range blocks {
		if d.Text != "" {
			d.Text += "\n\n"
		}
		d.Blocks = append(d.Blocks, Block{Start: len(d.Text), End: len(d.Text) + len(b)})
		d.Text += b
	}
	return newPage(d)
}

func runPass(t *testing.T, p *page, name string) {
	t.Helper()
	for _, pass := range passes {
		if pass.name == name {
			pass.run(p)
			return
		}
	}
	t.Fatalf("no pass %q", name)
}

// body is a sentence on a topic of its own; topic sentences share words.
const (
	body1 = "The harbour authority said the new ferry terminal would open in the spring."
	body2 = "Officials at the harbour authority expect the ferry terminal to carry more passengers."
	body3 = "The ferry terminal cost the harbour authority more than it planned to spend."
	body4 = "Passengers at the old ferry terminal waited for hours, the harbour authority said."
)

// TestPasses runs each pass of analyze alone, after the passes a case names
// (the first paragraph and the topic are always known), and lists the kind
// and why it gives each block ("" for none).
func TestPasses(t *testing.T) {
	for _, c := range []struct {
		name   string
		pass   string
		before []string
		blocks []string
		hints  []string
		want   []string
	}{
		{"hints name kinds", "reader hints", nil,
			[]string{"A Title", "Home", "Some text here", "A picture caption"},
			[]string{"headline", "nav", "list", "caption"},
			[]string{"headline: title", "furniture: navigation", "", "caption: caption element"}},
		{"navigation and prompts by their words", "furniture words", nil,
			[]string{"Skip to main content", body1, "Sign up for our newsletter", "Privacy policy and cookies"},
			nil,
			[]string{"furniture: navigation", "", "furniture: prompt", "furniture: prompt"}},
		{"an author box at the top is a byline", "furniture words", nil,
			[]string{"About the author", body1},
			nil,
			[]string{"credit: byline", ""}},
		{"byline and date line at the top", "top dates and bylines", nil,
			[]string{"By Jane Roe", "March 2, 2023", body1},
			nil,
			[]string{"credit: byline", "dateline: date line", ""}},
		{"a name above a dateline the reader found", "top dates and bylines", []string{"reader hints"},
			[]string{"Jane Roe", "March 2, 2023", body1},
			[]string{"", "dateline", ""},
			[]string{"credit: byline", "dateline: dateline", ""}},
		{"a name alone at the top is no byline", "top dates and bylines", nil,
			[]string{"Jane Roe", "updated daily with local news", body1},
			nil,
			[]string{"", "", ""}},
		{"a name under the first paragraph", "byline under the first paragraph", nil,
			[]string{body1, "Jane Roe", body2},
			nil,
			[]string{"", "credit: byline", ""}},
		{"a photo label and a credit tail", "captions", nil,
			[]string{"PHOTO: The ferry at dawn", "The new ferry leaves the dock at dawn (AP Photo/Jane Roe)", body1},
			nil,
			[]string{"caption: photo label", "caption: ends with a photo credit", ""}},
		{"a credit line and the caption above it", "credits", nil,
			[]string{body1, "The ferry leaves the dock at dawn", "Getty Images"},
			nil,
			[]string{"", "caption: followed by a credit line", "credit: photo credit"}},
		{"a block repeated back to back", "repeated captions", nil,
			[]string{"The ferry leaves the dock at dawn", "The ferry leaves the dock at dawn", body1},
			nil,
			[]string{"caption: repeated back to back", "caption: repeated back to back", ""}},
		{"a title-like line above the article on its topic", "headline", nil,
			[]string{"Harbour Authority Opens Ferry Terminal", body1, body2},
			nil,
			[]string{"headline: title-like line above the article that shares its topic", "", ""}},
		{"a line off the topic above the article is no headline", "headline", nil,
			[]string{"Weather Tomorrow Looks Grim", body1, body2},
			nil,
			[]string{"", "", ""}},
		{"a heading inside the page", "subheadings", nil,
			[]string{body1, "What Comes Next", body2},
			[]string{"", "heading", ""},
			[]string{"", "furniture: subheading", ""}},
		{"a list of other stories", "lists", nil,
			[]string{body1, body2, "More Stories", "Rain Expected Across The Region All Week", "Local Team Wins Again At Home", "Bakery Opens Downtown After Long Delay"},
			[]string{"", "", "", "list", "list", "list"},
			[]string{"", "", "furniture: list heading", "furniture: headline list", "furniture: headline list", "furniture: headline list"}},
		{"a list of short items is a tag list", "lists", nil,
			[]string{body1, body2, "Weather", "Sports", "Food"},
			[]string{"", "", "list", "list", "list"},
			[]string{"", "", "furniture: tag list", "furniture: tag list", "furniture: tag list"}},
		{"a list on the topic stays", "lists", nil,
			[]string{body1, body2, "The ferry terminal opens in spring.", "The harbour authority expects more passengers.", "The ferry terminal cost more than planned."},
			[]string{"", "", "list", "list", "list"},
			[]string{"", "", "", "", ""}},
		{"title-like lines alone and in runs", "title-like lines", nil,
			[]string{body1, "Weather", body2, "Rain Expected All Week", "Local Team Wins Again", "Bakery Opens Downtown", body3, "Opinion Pages Of The Week"},
			nil,
			[]string{"", "furniture: short line", "", "furniture: headline list", "furniture: headline list", "furniture: headline list", "", "furniture: title-like line"}},
		{"an off-topic sentence next to navigation", "off topic", []string{"reader hints"},
			[]string{body1, body2, body3, body4, "Home", "Our bakery reviews list every croissant worth buying downtown."},
			[]string{"", "", "", "", "nav", ""},
			[]string{"", "", "", "", "furniture: navigation", "furniture: off topic, next to furniture"}},
		{"too little body to know the topic", "off topic", []string{"reader hints"},
			[]string{body1, "Home", "Our bakery reviews list every croissant worth buying downtown."},
			[]string{"", "nav", ""},
			[]string{"", "furniture: navigation", ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := pageOf(c.blocks, c.hints)
			for _, b := range c.before {
				runPass(t, p, b)
			}
			runPass(t, p, "first paragraph")
			runPass(t, p, "topic")
			runPass(t, p, c.pass)
			got := make([]string, len(p.kinds))
			for i, k := range p.kinds {
				if k != "" {
					got[i] = string(k) + ": " + p.whys[i]
				}
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("pass %q on\n%s\nmismatch (-want +got):\n%s", c.pass, strings.Join(c.blocks, "\n"), diff)
			}
		})
	}
}

func TestPassesReadMetadata(t *testing.T) {
	p := pageOf([]string{"By Jane Roe", "March 2, 2023", body1}, nil)
	runPass(t, p, "first paragraph")
	runPass(t, p, "top dates and bylines")
	if got, want := p.d.Meta.Author, "Jane Roe"; got != want {
		t.Errorf("Author = %q, want %q", got, want)
	}
	if got, want := p.d.Meta.Published.Format("2006-01-02")+" "+p.d.Meta.DateFrom, "2023-03-02 date line"; got != want {
		t.Errorf("Published = %q, want %q", got, want)
	}
}

// TestPagesReused: a document read after others (its page's arrays and
// topic map from the pool, larger and filled by the documents before)
// gets the kinds it gets read alone, on a fresh page.
func TestPagesReused(t *testing.T) {
	long := "HEADLINE OF A LONG PAGE\n\nBy A Writer\n\n" + strings.Repeat(body1+"\n\n"+body2+"\n\nShare this\n\n"+body3+"\n\n", 40) + body4 + "\n"
	short := "A Short Headline On Ferries\n\n" + body3 + "\n\nRead more\n\n" + body4 + "\n\n" + body2 + "\n"
	kinds := func(name, text string) []Block {
		d, err := Parse(name, []byte(text), Options{})
		if err != nil {
			t.Fatalf("Parse(%s): %v", name, err)
		}
		return d.Blocks
	}
	saved := pagePool
	defer func() { pagePool = saved }()
	want := map[string][]Block{}
	for name, text := range map[string]string{"long.txt": long, "short.txt": short} {
		pagePool = &sync.Pool{New: saved.New} // nothing to reuse
		want[name] = kinds(name, text)
	}
	pagePool = &sync.Pool{New: saved.New}
	for _, name := range []string{"long.txt", "short.txt", "long.txt", "short.txt", "short.txt"} {
		text := long
		if name == "short.txt" {
			text = short
		}
		if diff := cmp.Diff(want[name], kinds(name, text)); diff != "" {
			t.Errorf("%s read after others: blocks differ from a fresh page's (-want +got):\n%s", name, diff)
		}
	}
}
