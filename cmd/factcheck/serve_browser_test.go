// The race detector's build leaves this test out: the server's
// concurrency is raced in serve's own tests, and chromedp's packages would
// only add their compile time to the race run. The fuzz build (.ci/run,
// -tags nobrowser) leaves it out too: no fuzz target drives a browser, and
// fuzzing instruments every package it compiles, chromedp's included.

//go:build !race && !nobrowser

package main

import (
	"bytes"
	"context"
	"image/png"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/factcheck/factcheck/internal/browser"
	"github.com/factcheck/factcheck/internal/testkit"
)

// plantedSeedDraft writes a draft made of the seeds' first article's
// paragraph that counts minutes, with its count changed: the planted
// error. It returns the draft and the planted value. The seeds are read
// in place.
func plantedSeedDraft(t *testing.T, seeds []string) (draft, planted string) {
	t.Helper()
	data, err := os.ReadFile(seeds[1])
	if err != nil {
		t.Fatal(err)
	}
	count := regexp.MustCompile(`\b(\d+) minutes\b`)
	for _, para := range strings.Split(string(data), "\n\n") {
		m := count.FindStringSubmatch(para)
		if m == nil {
			continue
		}
		planted = "4" + m[1] + " minutes"
		return strings.Replace(para, m[0], planted, 1) + "\n", planted
	}
	t.Fatalf("%s: no paragraph counts minutes", seeds[1])
	return "", ""
}

// TestServeInBrowser is the end-to-end test of issue 18: factcheck serve
// on a free loopback port, headless Chromium fills its form with the
// seeds (uploaded as files) and a draft with a planted error (pasted),
// presses Check, and the rendered report must show the error, highlighted,
// with download links that work. Screenshots of the filled form and the
// report at desktop width and of the report at phone width are kept in
// $TMPDIR/factcheck-serve. Bounded by a 2-minute deadline; skipped
// without Chromium and with -short, left out of -race builds.
func TestServeInBrowser(t *testing.T) {
	bin := browser.ForTest(t)
	seeds := testkit.Glob(t, "../../testdata/seeds/*.txt")
	for i, s := range seeds {
		abs, err := filepath.Abs(s)
		if err != nil {
			t.Fatal(err)
		}
		seeds[i] = abs
	}
	draft, planted := plantedSeedDraft(t, seeds)
	shots := filepath.Join(os.TempDir(), "factcheck-serve")
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	srv := startServe(t)
	stopped := false
	defer func() {
		if !stopped {
			srv.stop(t, syscall.SIGINT)
		}
	}()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true))
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	// shot keeps a PNG of the viewport, or of the whole page.
	shot := func(name string, whole bool) {
		t.Helper()
		a := chromedp.CaptureScreenshot()
		if whole {
			a = chromedp.FullScreenshot(100) // 100: PNG, not JPEG
		}
		img, err := chromedp.Run(bctx, a)
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(shots, name)
		if err := os.WriteFile(p, img, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s", p)
	}

	if err := chromedp.Do(bctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(srv.url+"/"),
		chromedp.WaitVisible(chromedp.ID("check")),
		chromedp.SetUploadFiles(chromedp.ID("source_files"), seeds),
		chromedp.SetValue(chromedp.ID("draft_text"), draft),
	); err != nil {
		t.Fatalf("filling the form: %v\n%s", err, srv.stderr())
	}
	shot("form-desktop.png", true)
	if err := chromedp.Do(bctx,
		chromedp.Click(chromedp.ID("check")),
		chromedp.WaitVisible(chromedp.ID("draft")),
	); err != nil {
		t.Fatalf("submitting the form: %v\n%s", err, srv.stderr())
	}
	loc, err := chromedp.Run(bctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`/r/[0-9a-f]+/factcheck-report\.html$`).MatchString(loc) {
		t.Errorf("the report is at %s", loc)
	}
	dom, err := chromedp.Run(bctx, chromedp.OuterHTML(chromedp.CSS("html")))
	if err != nil {
		t.Fatal(err)
	}
	shot("report-desktop.png", false)

	// The planted error: a number finding at error severity, the draft's
	// claim contradicted, the planted value marked.
	for _, s := range []string{
		`<article class="finding error" id="finding-number-`,
		`<li class="claim contradicted" id="claim-`,
		"<mark>roughly " + planted + "</mark>",
		`<span class="badge draft">draft</span>`,
	} {
		if !strings.Contains(dom, s) {
			t.Errorf("the report lacks %s", s)
		}
	}
	// Highlighted: the mark is painted in the report's highlight colour.
	bg, err := chromedp.Run(bctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("mark")).backgroundColor`))
	if err != nil || bg != "rgb(255, 224, 138)" {
		t.Errorf("mark background = %q, %v; want the highlight rgb(255, 224, 138)", bg, err)
	}
	// The download links serve the other formats of the same check.
	links := regexp.MustCompile(`<a href="(/r/[0-9a-f]+/factcheck-report\.(md|json|sarif))" download="">`).FindAllStringSubmatch(dom, -1)
	if len(links) != 3 {
		t.Errorf("%d download links, want 3:\n%s", len(links), dom)
	}
	for _, l := range links {
		resp, err := http.Get(srv.url + l[1])
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !bytes.Contains(body, []byte("number-")) || !bytes.Contains(body, []byte(planted)) {
			t.Errorf("%s: %s, %d bytes without the finding", l[1], resp.Status, len(body))
		}
	}

	if err := chromedp.Do(bctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	shot("report-phone.png", false)
	for _, name := range []string{"form-desktop.png", "report-desktop.png", "report-phone.png"} {
		f, err := os.Open(filepath.Join(shots, name))
		if err != nil {
			t.Fatal(err)
		}
		_, err = png.DecodeConfig(f)
		f.Close()
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}

	stopped = true
	if code := srv.stop(t, syscall.SIGINT); code != exitClean {
		t.Errorf("serve exited %d after SIGINT:\n%s", code, srv.stderr())
	}
}
