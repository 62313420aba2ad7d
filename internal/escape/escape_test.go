package escape

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/factcheck/factcheck/internal/testkit"
)

func TestPath(t *testing.T) {
	testkit.Cases(t, "Path", Path, []testkit.Case[string, string]{
		{"wire/story.txt", "wire/story.txt"},
		{"dir with space/é.md", "dir with space/é.md"},
		{`C:\odd\name.txt`, `C:\odd\name.txt`},
		{"", ""},
		{"a\nb.txt", `"a\nb.txt"`},
		{"x\r::error file=a::forged.txt", `"x\r::error file=a::forged.txt"`},
		{"::error file=a::forged.txt", `"::error file=a::forged.txt"`},
		{"\x1b]52;c;aGk=\a.txt", `"\x1b]52;c;aGk=\a.txt"`},
		{"\x1b[2J.txt", `"\x1b[2J.txt"`},
		{"caf\xe9.txt", `"caf\xe9.txt"`},
		{"caf\xef\xbf\xbd.txt", "caf\ufffd.txt"}, // a real U+FFFD is printable
		{"evil\u202etxt.exe", `"evil\u202etxt.exe"`},
		{"soft\u00adhyphen", `"soft\u00adhyphen"`},
		{`"quoted".txt`, `"\"quoted\".txt"`},
		{"tab\there", `"tab\there"`},
	})
}

func TestPathUTF8(t *testing.T) {
	testkit.Cases(t, "PathUTF8", PathUTF8, []testkit.Case[string, string]{
		{"wire/story.txt", "wire/story.txt"},
		{"a\nb.txt", "a\nb.txt"}, // JSON escapes it
		{"caf\xe9.txt", `"caf\xe9.txt"`},
		{"caf\xef\xbf\xbd.txt", "caf\ufffd.txt"},
		{`"q".txt`, `"\"q\".txt"`},
	})
}

func TestText(t *testing.T) {
	testkit.Cases(t, "Text", Text, []testkit.Case[string, string]{
		{"plain  text\nover lines", "plain text over lines"},
		{"clear \x1b[2J screen", `clear \x1b[2J screen`},
		{"bell\a and \x7f", `bell\a and \x7f`},
		{"latin \xe9 byte", `latin \xe9 byte`},
		{"bidi \u202e override", `bidi \u202e override`},
		{`"quoted" :colon`, `"quoted" :colon`},
		{"C1 \u009b control", `C1 \u009b control`},
	})
}

func TestMarkdownCode(t *testing.T) {
	testkit.Cases(t, "MarkdownCode", MarkdownCode, []testkit.Case[string, string]{
		{"date-5f1c2a04be", "`date-5f1c2a04be`"},
		{"a`b.txt", "`` a`b.txt ``"},
		{"``x", "``` ``x ```"},
		{"a\x1bb", "`a\\x1bb`"},
	})
}

// hostile are sentences and file names written to break out of a
// Markdown table or a terminal line.
var hostile = []string{
	`<img src=x onerror=alert(1)>`,
	`<script>alert(document.cookie)</script>`,
	"name`<img src=x onerror=alert(1)>`.txt",
	"`` <b>x</b> ``",
	`a | b | c`,
	`a \| b`,
	`\`,
	`[click](javascript:alert(1))`,
	`![x](https://evil.example/x.png)`,
	`&lt;script&gt; &#60;b&#62;`,
	`**bold** _em_ ~~strike~~`,
	"<!-- comment --> <details open>",
	"line\n| --- |\n| injected |",
	"\x1b]52;c;aGk=\a\x1b[2J",
	"::error file=a::forged",
	"caf\xe9 \xff\xfe",
	"\u202eevil\u2066",
	"# heading",
	"<https://evil.example>",
}

// renderCell renders cell as the one body cell of a GFM table and
// returns the HTML.
func renderCell(t *testing.T, cell string) string {
	t.Helper()
	md := "| h |\n| --- |\n| " + cell + " |\n"
	var out bytes.Buffer
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM))
	if err := gm.Convert([]byte(md), &out); err != nil {
		t.Fatal(err)
	}
	// GFM links a bare web address; that is the text, clickable, and
	// nothing else: an http(s) link whose text is its address.
	return autolink.ReplaceAllStringFunc(out.String(), func(a string) string {
		m := autolink.FindStringSubmatch(a)
		if m[1] != m[2] && m[1] != "http://"+m[2] {
			return a
		}
		return m[2]
	})
}

var autolink = regexp.MustCompile(`<a href="(https?://[^"<>]*)">([^<>]*)</a>`)

// cellHTML is what a one-cell table renders to around the cell's HTML.
func cellHTML(inner string) string {
	return "<table>\n<thead>\n<tr>\n<th>h</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>" + inner + "</td>\n</tr>\n</tbody>\n</table>\n"
}

// htmlText is what an HTML renderer writes for plain text s.
var htmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace

// TestMarkdownCell renders every hostile string as a table cell with a
// GFM renderer: the table keeps one cell, no element or entity is
// created, and the cell reads as the text itself (folded to one line, its
// control characters escaped).
func TestMarkdownCell(t *testing.T) {
	for _, s := range hostile {
		got := renderCell(t, Markdown(s))
		if diff := cmp.Diff(cellHTML(htmlText(Text(s))), got); diff != "" {
			t.Errorf("Markdown(%q) in a table (-want +got):\n%s", s, diff)
		}
	}
}

// TestEscapeProperties checks, on random strings drawn from the
// characters that matter, what every caller relies on: Path is
// one-to-one and prints valid UTF-8 with no control character, Text and
// Markdown print valid UTF-8 with no control character, and a Markdown
// cell renders as exactly its text.
func TestEscapeProperties(t *testing.T) {
	alphabet := []string{"a", "é", " ", "\n", "\r", "\t", "\x1b", "\a", "\x00", "\x7f", "\u0085", "\u009b",
		"\xff", "\xe9", "\u202e", "\u200b", "\u00ad", "\ufffd", "\\", "`", "|", "<", ">", "&", "*", "_", "[", "]",
		"(", ")", "!", "#", "~", ":", `"`, "'", "=", "/", ";", "-", "."}
	rng := rand.New(rand.NewPCG(14, 11))
	n := 3000
	if testing.Short() {
		n = 500
	}
	seen, seenUTF8 := map[string]string{}, map[string]string{}
	for i := 0; i < n; i++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		p := Path(s)
		if prev, ok := seen[p]; ok && prev != s {
			t.Fatalf("Path(%q) = Path(%q) = %s", prev, s, p)
		}
		seen[p] = s
		u := PathUTF8(s)
		if prev, ok := seenUTF8[u]; ok && prev != s || !utf8.ValidString(u) {
			t.Fatalf("PathUTF8(%q) = %q: not valid UTF-8, or the same as PathUTF8(%q)", s, u, prev)
		}
		seenUTF8[u] = s
		if back, err := strconv.Unquote(p); strings.HasPrefix(p, `"`) && (err != nil || back != s) {
			t.Fatalf("Path(%q) = %s does not unquote to the name", s, p)
		}
		for name, out := range map[string]string{"Path": p, "Text": Text(s), "Markdown": Markdown(s), "MarkdownCode": MarkdownCode(s)} {
			if !utf8.ValidString(out) || strings.ContainsFunc(out, func(r rune) bool { return r < 0x20 || r >= 0x7f && r < 0xa0 }) {
				t.Fatalf("%s(%q) = %q: not valid UTF-8, or holds a control character", name, s, out)
			}
		}
		if got, want := renderCell(t, Markdown(s)), cellHTML(htmlText(Text(s))); got != want && Text(s) != "" {
			t.Fatalf("Markdown(%q) in a table:\n got %q\nwant %q", s, got, want)
		}
	}
}
