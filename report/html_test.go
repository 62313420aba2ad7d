package report

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/browser"
)

// runChromium loads page in headless Chromium with a fresh profile and no
// network services, plus extra flags; it returns stdout and stderr.
func runChromium(t *testing.T, bin, page string, extra ...string) (stdout, stderr []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-first-run", "--no-default-browser-check",
		"--user-data-dir=" + t.TempDir(),
		"--enable-logging=stderr", "--v=0",
	}
	args = append(args, extra...)
	args = append(args, "file://"+page)
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", bin, strings.Join(args, " "), err, errb.Bytes())
	}
	return out.Bytes(), errb.Bytes()
}

// consoleLine matches Chromium's log lines for console messages, whatever
// their level ("INFO:CONSOLE(12)" or "INFO:CONSOLE:12"). The page has no
// script, so any console message (a CSP violation, a failed load) is a bug.
var consoleLine = regexp.MustCompile(`:CONSOLE[:(]`)

// chromium returns the headless Chromium the browser tests drive, skipping
// the test when there is none, under -short, and under -race (the tests
// run no Go code worth racing).
func chromium(t *testing.T) string {
	t.Helper()
	bin := browser.ForTest(t)
	if raceEnabled {
		t.Skip("-race: skipping the headless-browser test (it runs no Go code)")
	}
	return bin
}

// TestHTMLInBrowser opens the fixture's page in headless Chromium: it must
// load with no console message, its DOM must hold every finding, side and
// mark, and a screenshot is kept for a human to look at.
func TestHTMLInBrowser(t *testing.T) {
	bin := chromium(t)
	r := fixture(t)
	page := render(t, "html", goldenOptions, r)

	// Kept after the test so the screenshot can be opened (the log names
	// it); a directory of its own, so that two runs at once (two
	// worktrees, CI beside a developer) never load each other's page.
	dir, err := os.MkdirTemp("", "factcheck-report-html-")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "report.html")
	shot := filepath.Join(dir, "report.png")
	os.Remove(shot)
	if err := os.WriteFile(file, page, 0o644); err != nil {
		t.Fatal(err)
	}

	_, logs := runChromium(t, bin, file, "--window-size=1280,2000", "--screenshot="+shot)
	for _, line := range strings.Split(string(logs), "\n") {
		if consoleLine.MatchString(line) {
			t.Errorf("console message while loading %s: %s", file, line)
		}
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", shot, err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 2000 {
		t.Errorf("screenshot is %v, want 1280x2000", b)
	}
	t.Logf("page %s, screenshot %s", file, shot)

	dom, logs := runChromium(t, bin, file, "--dump-dom")
	for _, line := range strings.Split(string(logs), "\n") {
		if consoleLine.MatchString(line) {
			t.Errorf("console message while loading %s: %s", file, line)
		}
	}
	d := string(dom)
	open, resolved := split(r.Findings)
	sides := 0
	for _, f := range r.Findings {
		sides += len(f.Sides)
	}
	for _, c := range []struct {
		what string
		n    int
	}{
		{`<article class="finding`, len(r.Findings)},
		{`<article class="finding error"`, 2},
		{`<figure class="side">`, sides + len(r.SingleSource) + len(r.Unsupported)},
		{"<mark>", sides + len(r.SingleSource) + len(r.Unsupported)},
		{"<details", 2},
		{"<details open", 0},
		{"<script", 0},
		{"<tr>", 1 + len(r.Sources)},
	} {
		if got := strings.Count(d, c.what); got != c.n {
			t.Errorf("DOM has %d %q, want %d", got, c.what, c.n)
		}
	}
	// Resolved findings sit inside the collapsed <details>, open ones outside.
	det := strings.Index(d, `<details id="resolved">`)
	if det < 0 {
		t.Fatal("no resolved <details>")
	}
	for _, f := range open {
		if i := strings.Index(d, `id="finding-`+f.ID+`"`); i < 0 || i > det {
			t.Errorf("unresolved finding %s missing or collapsed", f.ID)
		}
	}
	for _, f := range resolved {
		if i := strings.Index(d, `id="finding-`+f.ID+`"`); i < det {
			t.Errorf("resolved finding %s not collapsed", f.ID)
		}
	}
	// The draft's section comes first: its claims in order, one block each
	// with its state, and every finding link lands on a card.
	if i, j := strings.Index(d, `<section id="draft">`), strings.Index(d, `<section id="sources">`); i < 0 || i > j {
		t.Error("the draft's section is missing or not first")
	}
	if got := strings.Count(d, `<li class="claim `); got != len(r.Support) {
		t.Errorf("DOM has %d draft claims, want %d", got, len(r.Support))
	}
	for _, st := range supportStates {
		if !strings.Contains(d, `<li class="claim `+string(st)+`" id="claim-`) {
			t.Errorf("no draft claim in state %s", st)
		}
	}
	// The draft's running text colours each sentence holding a claim (the
	// fixture's claims are one a sentence) and links it to the claim's card;
	// the legend shows the four states once more.
	if got := strings.Count(d, `<a class="hl `); got != len(r.Support) {
		t.Errorf("DOM has %d highlighted sentences, want %d", got, len(r.Support))
	}
	for i := range r.Support {
		if !strings.Contains(d, fmt.Sprintf(`href="#claim-%d"`, i+1)) || !strings.Contains(d, fmt.Sprintf(`id="claim-%d"`, i+1)) {
			t.Errorf("claim %d: no link from the draft's text to its card", i+1)
		}
	}
	links := 0
	for _, sp := range r.Support {
		for _, id := range sp.Findings {
			links++
			if !strings.Contains(d, `<a href="#finding-`+id+`">`) || !strings.Contains(d, `id="finding-`+id+`"`) {
				t.Errorf("finding %s: no link from the draft's section to its card", id)
			}
		}
	}
	if got := strings.Count(d, `<a href="#finding-`); got != links {
		t.Errorf("DOM has %d finding links, want %d", got, links)
	}
	for _, s := range []string{
		"<mark>Wednesday</mark>", "<mark>4-centimetre</mark>", "<mark>Elena Vazquez</mark>",
		"read as of 2025-03-15 (from the newest source)", "No source states: around, every",
		"Harbour bridge shut after girder crack | Marlow Herald", "30,000 vehicles &amp; cyclists",
	} {
		if !strings.Contains(d, s) {
			t.Errorf("DOM lacks %q", s)
		}
	}
}

// TestHTMLSelfContained checks the page asks for nothing from the network
// and that input text cannot inject markup.
func TestHTMLSelfContained(t *testing.T) {
	page := string(render(t, "html", goldenOptions, fixture(t)))
	for _, bad := range []string{"<script", "<img", "http://", "https://", "@import", "url(", "src=", "<link rel=\"stylesheet\""} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	if !strings.Contains(page, "Content-Security-Policy") {
		t.Error("page has no Content-Security-Policy")
	}

	r := fixture(t)
	r.Findings[0].Sides[0].Value = `<script>alert("x")</script><img src="http://example.com/x.png">`
	r.Sources[0].Meta.Title = `</td><b onmouseover="x">`
	r.Support[0].Claim.Text = `<script>alert("y")</script>`
	r.Support[0].Findings = []string{`"><b onmouseover="x">`}
	page = string(render(t, "html", goldenOptions, r))
	for _, bad := range []string{"<script", "<img", "<b "} {
		if strings.Contains(page, bad) {
			t.Errorf("input text injected %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;alert(&#34;x&#34;)") {
		t.Error("the title's markup was not escaped")
	}
}

// TestHTMLWidths loads the report with a draft and provenance at a desktop
// (1280 px) and a phone (390 px) width: a screenshot of each is kept for a
// human to look at, and nothing may stick out past the width (no
// horizontal scrolling). The page forbids script, so the measuring copy
// drops the Content-Security-Policy and adds one script that pins the
// page to the width (headless Chromium lays out no narrower than 500 px)
// and records the rightmost edge of any element outside a box that
// scrolls on its own (the provenance table); the screenshot is taken in
// the same run. Skipped under -race.
func TestHTMLWidths(t *testing.T) {
	bin := chromium(t)
	page := render(t, "html", goldenOptions, withProvenance(t))
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy"[^>]*>`)
	if !csp.Match(page) {
		t.Fatal("page has no Content-Security-Policy to drop for measuring")
	}
	// Kept after the test for a human to look at; a directory of its own
	// so that two runs at once never load each other's page.
	dir, err := os.MkdirTemp("", "factcheck-report-widths-")
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{1280, 390} {
		shot := filepath.Join(dir, fmt.Sprintf("report-%d.png", width))
		measure := csp.ReplaceAll(page, nil)
		script := fmt.Sprintf(`<script>document.documentElement.style.width = "min(%dpx, 100%%)";
let right = 0, who = "";
for (const e of document.querySelectorAll("body *")) {
  if (e.closest(".scroll")) continue; // scrolls inside its own box
  const r = e.getBoundingClientRect();
  if (r.width > 0 && r.right > right) { right = r.right; who = e.tagName + "." + e.className; }
}
document.body.setAttribute("data-right", Math.ceil(right) + " " + who);
</script></body>`, width)
		measure = bytes.Replace(measure, []byte("</body>"), []byte(script), 1)
		mfile := filepath.Join(dir, fmt.Sprintf("measure-%d.html", width))
		if err := os.WriteFile(mfile, measure, 0o644); err != nil {
			t.Fatal(err)
		}
		dom, _ := runChromium(t, bin, mfile, fmt.Sprintf("--window-size=%d,2400", width), "--dump-dom", "--screenshot="+shot)
		t.Logf("screenshot %s", shot)
		m := regexp.MustCompile(`data-right="(\d+) ([^"]*)"`).FindSubmatch(dom)
		if m == nil {
			t.Fatalf("%d px: the measuring script left no result", width)
		}
		var right int
		fmt.Sscan(string(m[1]), &right)
		if right > width {
			t.Errorf("%d px: %s reaches %d px: the page scrolls sideways", width, m[2], right)
		}
	}
}
