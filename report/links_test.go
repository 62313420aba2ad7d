package report

import (
	"strings"
	"testing"
)

// TestHTMLLinks: links appear under the title only when given, their
// targets escaped and a script address defused by html/template.
func TestHTMLLinks(t *testing.T) {
	if page := string(render(t, "html", goldenOptions, fixture(t))); strings.Contains(page, `<nav class="links">`) {
		t.Error("a report without links has a links bar")
	}
	opt := goldenOptions
	opt.Links = []Link{
		{Href: "r/1/report.md", Text: "Markdown", Download: true},
		{Href: "/", Text: "New check"},
		{Href: "javascript:alert(1)", Text: `<b>x</b>`},
	}
	page := string(render(t, "html", opt, fixture(t)))
	for _, s := range []string{
		`<nav class="links"><a href="r/1/report.md" download>Markdown</a><a href="/">New check</a><a href="#ZgotmplZ">&lt;b&gt;x&lt;/b&gt;</a></nav>`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %s", s)
		}
	}
}
