package source

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// got is what the format tests compare: the metadata and every sentence as
// "line:col kind: text".
type got struct {
	Format    Format
	Title     string
	Published string
	DateFrom  string
	Author    string
	Provider  string
	Sentences []string
}

func summarize(d *Document) got {
	g := got{Format: d.Format, Title: d.Meta.Title, DateFrom: d.Meta.DateFrom, Author: d.Meta.Author, Provider: d.Meta.Provider}
	if !d.Meta.Published.IsZero() {
		g.Published = d.Meta.Published.Format("2006-01-02")
	}
	for _, s := range d.Sentences {
		g.Sentences = append(g.Sentences, fmt.Sprintf("%d:%d %s: %s", s.Pos.Line, s.Pos.Column, s.Kind, s.Text))
	}
	return g
}

// formatCases are small articles of every format; the fuzz targets start
// from them too.
var formatCases = []struct {
	name, path, in string
	want           got
}{
	{
		name: "plain text with furniture",
		path: "bridge.txt",
		in: "Skip to content\n\nMayor Opens New Bridge Over River\n\nMarch 4, 2024\nBy Jane Roe\n\n" +
			"RIVERTON (Reuters) — The mayor opened the new bridge on Monday. It cost $4.5 million, about 3.2% over budget.\n\n" +
			"Mr. Smith said the U.S. Department of Transportation paid half. The work began in Feb. 2022 and \"went well.\" Traffic rose...\n\n" +
			"Share\nComments\n",
		want: got{
			Format: FormatText, Title: "Mayor Opens New Bridge Over River", Published: "2024-03-04", DateFrom: "date line", Author: "Jane Roe",
			Sentences: []string{
				"1:1 furniture: Skip to content",
				"3:1 headline: Mayor Opens New Bridge Over River",
				"5:1 dateline: March 4, 2024",
				"6:1 credit: By Jane Roe",
				"8:1 dateline: RIVERTON (Reuters) —",
				"8:22 body: The mayor opened the new bridge on Monday.",
				"8:65 body: It cost $4.5 million, about 3.2% over budget.",
				"10:1 body: Mr. Smith said the U.S. Department of Transportation paid half.",
				"10:65 body: The work began in Feb. 2022 and \"went well.\"",
				"10:110 body: Traffic rose...",
				"12:1 furniture: Share",
				"13:1 furniture: Comments",
			},
		},
	},
	{
		name: "wire page",
		path: "wire.txt",
		in: "Menu\nSearch\nWorld\nPolitics\n\nSenate Passes Budget After Late Vote\nBy John Smith, Reuters\nPublished 10:32 AM EST, Thu March 2, 2023\n\n" +
			"WASHINGTON, March 2 (Reuters) - The Senate passed the budget late on Thursday after a long debate.\n\nAdvertisement\n\n" +
			"The vote was 51 to 49, senators said.\n\nReporting by Jo Roe; Editing by Al Poe\nOur Standards: The Trust Principles.\n\n" +
			"Read Next\nSome Other Story Title Here\nAnother Story Title There\n",
		want: got{
			Format: FormatText, Title: "Senate Passes Budget After Late Vote", Published: "2023-03-02", DateFrom: "date line", Author: "John Smith",
			Sentences: []string{
				"1:1 furniture: Menu",
				"2:1 furniture: Search",
				"3:1 furniture: World",
				"4:1 furniture: Politics",
				"6:1 headline: Senate Passes Budget After Late Vote",
				"7:1 credit: By John Smith, Reuters",
				"8:1 dateline: Published 10:32 AM EST, Thu March 2, 2023",
				"10:1 dateline: WASHINGTON, March 2 (Reuters) -",
				"10:33 body: The Senate passed the budget late on Thursday after a long debate.",
				"12:1 furniture: Advertisement",
				"14:1 body: The vote was 51 to 49, senators said.",
				"16:1 credit: Reporting by Jo Roe; Editing by Al Poe",
				"17:1 body: Our Standards: The Trust Principles.", // too little body to judge its topic
				"19:1 furniture: Read Next",
				"20:1 furniture: Some Other Story Title Here",
				"21:1 furniture: Another Story Title There",
			},
		},
	},
	{
		name: "hard-wrapped text",
		path: "wrapped.txt",
		in: "Harbor Reopens After Storm Damage\n\nThe harbor reopened on Tuesday after repairs that were led by President\n" +
			"Jane Doe of the port authority, who said the work cost about $2 million\nand took three weeks. Ships returned at once.\n\n" +
			"Officials said the storm had damaged two piers and the main crane, and\nthat insurers would pay for most of the repairs.\n",
		want: got{
			Format: FormatText, Title: "Harbor Reopens After Storm Damage",
			Sentences: []string{
				"1:1 headline: Harbor Reopens After Storm Damage",
				"3:1 body: The harbor reopened on Tuesday after repairs that were led by President\nJane Doe of the port authority, who said the work cost about $2 million\nand took three weeks.",
				"5:23 body: Ships returned at once.",
				"7:1 body: Officials said the storm had damaged two piers and the main crane, and\nthat insurers would pay for most of the repairs.",
			},
		},
	},
	{
		name: "header line",
		path: "quake.txt",
		in:   "Title: Quake hits coastal town | Date: 2013-08-02 | URL: none | Source: Wire\nA strong earthquake hit the coastal town on Friday.\nNo one was hurt, officials said.\n",
		want: got{
			Format: FormatText, Title: "Quake hits coastal town", Published: "2013-08-02", DateFrom: "header line", Provider: "Wire",
			Sentences: []string{
				"1:8 headline: Quake hits coastal town",
				"1:34 dateline: Date: 2013-08-02",
				"1:53 dateline: URL: none",
				"1:65 dateline: Source: Wire",
				"2:1 body: A strong earthquake hit the coastal town on Friday.",
				"3:1 body: No one was hurt, officials said.",
			},
		},
	},
	{
		name: "header line with a timestamp for a title",
		path: "fire.txt",
		in:   "Title: 21 July 2013 Last updated at 11:11 GMT | Date: 21 July 2013 | URL: none | Source: Wire\nSupermarket fire in town centre tackled\nCrews tackled a blaze at a supermarket on Sunday.\n",
		want: got{
			Format: FormatText, Title: "Supermarket fire in town centre tackled", Published: "2013-07-21", DateFrom: "header line", Provider: "Wire",
			Sentences: []string{
				"1:1 dateline: Title: 21 July 2013 Last updated at 11:11 GMT",
				"1:49 dateline: Date: 21 July 2013",
				"1:70 dateline: URL: none",
				"1:82 dateline: Source: Wire",
				"2:1 headline: Supermarket fire in town centre tackled",
				"3:1 body: Crews tackled a blaze at a supermarket on Sunday.",
			},
		},
	},
	{
		name: "markdown",
		path: "budget.md",
		in: "# Council approves budget\n\n*Published* on **2024-05-01** by [City Desk](https://example.com/desk).\n\n" +
			"The council approved the **$12 million** budget on Tuesday.\nCritics called it `rushed` and\n_unusual_.\n\n" +
			"![Council members vote on the budget](vote.jpg)\n\n> \"We did our job,\" the mayor said.\n\n" +
			"- Read more: [Other story](https://x)\n- [Another story](https://y)\n- [Third story here](https://z)\n\n" +
			"```go\ncode := \"not text.\"\n```\n\nTaxes &amp; fees rise by 2%.\n",
		want: got{
			Format: FormatMarkdown, Title: "Council approves budget", Published: "2024-05-01", DateFrom: "date line",
			Sentences: []string{
				"1:3 headline: Council approves budget",
				"3:2 dateline: Published on 2024-05-01 by City Desk.",
				"5:1 body: The council approved the $12 million budget on Tuesday.",
				"6:1 body: Critics called it rushed and\nunusual.",
				"9:3 caption: Council members vote on the budget",
				"11:3 body: \"We did our job,\" the mayor said.",
				"13:3 furniture: Read more: Other story",
				"14:4 furniture: Another story",
				"15:4 furniture: Third story here",
				"21:1 body: Taxes & fees rise by 2%.",
			},
		},
	},
	{
		name: "html article",
		path: "port.html",
		in: `<!DOCTYPE html><html><head><title>Storm closes port | Daily Wire</title>
<meta property="og:title" content="Storm closes port">
<meta property="article:published_time" content="2024-01-15T08:00:00Z">
<meta name="author" content="Ann Lee">
<meta property="og:site_name" content="Daily Wire">
<script>var x = "<p>not text.</p>";</script><style>p{color:red}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Storm closes port</h1>
<p>The storm closed the port on Monday &amp; left 3&nbsp;ships
   stranded.</p>
<!-- an editor's comment. -->
<figure><img src="a.jpg" alt="Ships"><figcaption>Ships wait outside the port on Monday.</figcaption></figure>
<p>Officials said the port would reopen on Wednesday. &ldquo;We are ready,&rdquo; the harbor master said.</p>
<form><p>Subscribe to our newsletter.</p></form>
<div class="related-links"><p>Another story you may like.</p></div>
</article>
<aside><ul><li><a href="/a">Other story one</a></li></ul></aside>
<footer>© 2024 Daily Wire</footer></body></html>`,
		want: got{
			Format: FormatHTML, Title: "Storm closes port", Published: "2024-01-15", DateFrom: "meta article:published_time", Author: "Ann Lee", Provider: "Daily Wire",
			Sentences: []string{
				"8:14 headline: Storm closes port",
				"9:4 body: The storm closed the port on Monday & left 3\u00a0ships stranded.",
				"12:50 caption: Ships wait outside the port on Monday.",
				"13:4 body: Officials said the port would reopen on Wednesday.",
				"13:55 body: “We are ready,” the harbor master said.",
			},
		},
	},
	{
		name: "html without article",
		path: "page.htm",
		in: "<html><body><div id=\"menu\"><a href=\"/\">Home</a></div>\n<div class=\"story\"><h2>River flood warning issued</h2>" +
			"<p>The river rose by 2 m overnight, and a flood warning was issued.</p><p>Residents were told to leave.<br>Schools are closed.</p></div>\n" +
			"<ul><li><a href=\"/1\">Story one</a></li><li><a href=\"/2\">Story two</a></li><li><a href=\"/3\">Story three</a></li></ul></body></html>",
		want: got{
			Format: FormatHTML, Title: "River flood warning issued",
			Sentences: []string{
				"2:24 headline: River flood warning issued",
				"2:58 body: The river rose by 2 m overnight, and a flood warning was issued.",
				"2:129 body: Residents were told to leave.",
				"2:162 body: Schools are closed.",
				"3:22 furniture: Story one",
				"3:57 furniture: Story two",
				"3:92 furniture: Story three",
			},
		},
	},
	{
		name: "html with an unclosed head",
		path: "frag.html",
		in:   "<html><head><title>Dam opens</title><meta name=\"date\" content=\"2020-02-03\"><p>The dam opened on Monday, officials said.</p>",
		want: got{
			Format: FormatHTML, Title: "Dam opens", Published: "2020-02-03", DateFrom: "meta date",
			Sentences: []string{"1:79 body: The dam opened on Monday, officials said."},
		},
	},
	{
		name: "html headline above the article",
		path: "above.html",
		in: "<body><div class=\"top\"><h1>Mill fire contained</h1><p>Other text.</p></div>" +
			"<article><p>Firefighters contained the fire at the old mill on Sunday night after six hours.</p></article></body>",
		want: got{
			Format: FormatHTML, Title: "Mill fire contained",
			Sentences: []string{
				"1:28 headline: Mill fire contained",
				"1:88 body: Firefighters contained the fire at the old mill on Sunday night after six hours.",
			},
		},
	},
	{
		name: "html with json-ld",
		path: "ld.html",
		in: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge reopens",` +
			`"datePublished":"2021-09-30T12:00:00Z","author":[{"@type":"Person","name":"Kim Park"}],"publisher":{"@type":"Organization","name":"Metro Post"}}</script></head>` +
			"<body><p>The bridge reopened on Thursday after repairs.</p></body></html>",
		want: got{
			Format: FormatHTML, Title: "Bridge reopens", Published: "2021-09-30", DateFrom: "json-ld datePublished", Author: "Kim Park", Provider: "Metro Post",
			Sentences: []string{"1:300 body: The bridge reopened on Thursday after repairs."},
		},
	},
	{
		name: "front matter and markdown body",
		path: "fire.md",
		in: "---\ntitle: \"Fire at \\\"Old Mill\\\" contained\"\ndate: 2023-07-09\nauthor: Sam Poe\nsource:\n  name: Valley News\ntags: [fire]\n---\n" +
			"Firefighters contained the blaze at the *Old Mill* late on Sunday.\n\nNo injuries were reported.\n",
		want: got{
			Format: FormatMarkdown, Title: "Fire at \"Old Mill\" contained", Published: "2023-07-09", DateFrom: "front matter", Author: "Sam Poe", Provider: "Valley News",
			Sentences: []string{
				"2:9 headline: Fire at \"Old Mill\" contained",
				"9:1 body: Firefighters contained the blaze at the Old Mill late on Sunday.",
				"11:1 body: No injuries were reported.",
			},
		},
	},
	{
		name: "yaml record",
		path: "dam.yaml",
		in: "title: 'Dam''s gates opened'\nexcerpt: \"Engineers opened the dam's gates on Friday.\\nThe river rose by\n  2 m.\"\n" +
			"publishedDateTime: 2022-10-01T10:00:00Z\nprovider:\n  name: River Times\nrelated:\n  - title: \"Unrelated story about cats\"\n" +
			"    excerpt: \"Cats are great.\"\nurl: https://example.com/2022/10/01/dam\nsecured: \"abc+def==\"\n",
		want: got{
			Format: FormatYAML, Title: "Dam's gates opened", Published: "2022-10-01", DateFrom: "front matter", Provider: "River Times",
			Sentences: []string{
				"1:9 headline: Dam's gates opened",
				"2:11 body: Engineers opened the dam's gates on Friday.",
				"2:56 body: The river rose by 2 m.",
			},
		},
	},
	{
		name: "yaml record without extension",
		path: "record",
		in:   "title: Plain title here\nbody: |\n  The first paragraph of the body text is here.\n  A second line stays a line.\nauthor:\n  - Ada One\n  - Bo Two\n",
		want: got{
			Format: FormatYAML, Title: "Plain title here", Author: "Ada One, Bo Two",
			Sentences: []string{
				"1:8 headline: Plain title here",
				"3:3 body: The first paragraph of the body text is here.",
				"4:3 body: A second line stays a line.",
			},
		},
	},
	{
		name: "captions and credits",
		path: "caption.txt",
		in: "Leaders meet at the summit\n\nThe leaders met on Thursday at the summit in the capital city.\n\n" +
			"Two leaders shake hands at the summit on Thursday.\nTwo leaders shake hands at the summit on Thursday.\nJane Doe/Pool Photo via AP\n\n" +
			"They spoke for ten minutes at the summit, officials said.\n\n" +
			"A guard stands outside the summit hall on Friday. (AP Photo/Sam Lee)\n\nImage caption, Delegates arrive at the summit hall\n\n" +
			"The talks end on Saturday, the hosts said.\n",
		want: got{
			Format: FormatText, Title: "Leaders meet at the summit",
			Sentences: []string{
				"1:1 headline: Leaders meet at the summit",
				"3:1 body: The leaders met on Thursday at the summit in the capital city.",
				"5:1 caption: Two leaders shake hands at the summit on Thursday.",
				"6:1 caption: Two leaders shake hands at the summit on Thursday.",
				"7:1 credit: Jane Doe/Pool Photo via AP",
				"9:1 body: They spoke for ten minutes at the summit, officials said.",
				"11:1 caption: A guard stands outside the summit hall on Friday.",
				"11:51 caption: (AP Photo/Sam Lee)",
				"13:1 caption: Image caption, Delegates arrive at the summit hall",
				"15:1 body: The talks end on Saturday, the hosts said.",
			},
		},
	},
}

func TestParseFormats(t *testing.T) {
	for _, tc := range formatCases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(tc.path, []byte(tc.in), Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkDoc(t, d)
			if diff := cmp.Diff(tc.want, summarize(d)); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", tc.path, diff)
			}
		})
	}
}

// TestFixtureFiles reads the fixtures under testdata/source, one of each
// format, through Load, and checks their invariants.
func TestFixtureFiles(t *testing.T) {
	dir := filepath.Join("..", "testdata", "source")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no testdata/source")
	}
	docs, err := Load([]string{dir, filepath.Join(dir, "record.yaml")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range docs {
		checkDoc(t, d)
		heads := 0
		for _, s := range d.Sentences {
			if s.Kind == KindHeadline {
				heads++
			}
		}
		got[filepath.Base(d.Path)] = fmt.Sprintf("%s %s headlines=%d", d.Format, d.Meta.Published.Format("2006-01-02"), heads)
	}
	want := map[string]string{
		"bom.txt":     "text 0001-01-01 headlines=1",
		"crlf.txt":    "text 2024-06-03 headlines=1",
		"header.txt":  "text 2024-06-03 headlines=1",
		"record.yaml": "yaml 2024-06-03 headlines=1",
		"wire.html":   "html 2024-06-04 headlines=1",
		"wire.md":     "markdown 2024-06-03 headlines=1",
		"wire.txt":    "text 2024-06-03 headlines=1",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fixtures mismatch (-want +got):\n%s", diff)
	}
	// Nothing of the page furniture in the fixtures is article text.
	for _, d := range docs {
		for _, s := range d.Sentences {
			if !s.Kind.IsArticle() {
				continue
			}
			for _, bad := range []string{"Skip to", "Home >", "Related", "Storm", "Leave a Reply", "In:", "Share", "newsletter", "©", "Subscribe", "More stories"} {
				if strings.Contains(s.Text, bad) {
					t.Errorf("%v: furniture read as %s: %q", s.Pos, s.Kind, s.Text)
				}
			}
		}
	}
}
