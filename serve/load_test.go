package serve

import (
	"io"
	"net/http/httptest"
	"runtime"

	"github.com/factcheck/factcheck/fetch"
	"github.com/factcheck/factcheck/internal/testkit"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestLoad is the load test of issue 18: 20 checks of the seed articles
// posted at once to a server on loopback. Every one must complete with no
// error and the same report, and no more checks may run at once than the
// server allows. The latencies are logged (go test -run Load -v ./serve),
// never asserted; docs/serve.md gives a run's figures. Bounded: 20
// requests, each with a 2-minute client timeout. Skipped with -short.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the load test")
	}
	seeds := testkit.Glob(t, "../testdata/seeds/*.txt")
	var parts []part
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, part{"source_files", filepath.Base(p), string(data)})
	}
	const n = 20
	s, hs := newServer(t, Options{})
	c := &http.Client{Timeout: 2 * time.Minute, CheckRedirect: client.CheckRedirect}
	type answer struct {
		status  int
		loc     string
		elapsed time.Duration
		err     error
	}
	answers := make([]answer, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		body, ct := form(t, parts...)
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			t0 := time.Now()
			resp, err := c.Post(hs.URL+"/check", ct, body)
			if err != nil {
				answers[i].err = err
				return
			}
			resp.Body.Close()
			answers[i] = answer{resp.StatusCode, resp.Header.Get("Location"), time.Since(t0), nil}
		}()
	}
	t0 := time.Now()
	close(start)
	wg.Wait()
	wall := time.Since(t0)

	var first string
	lat := make([]time.Duration, 0, n)
	for i, a := range answers {
		if a.err != nil || a.status != http.StatusSeeOther {
			t.Errorf("check %d: %v %d", i, a.err, a.status)
			continue
		}
		lat = append(lat, a.elapsed)
		resp, page := get(t, hs.URL+strings.Replace(a.loc, ".html", ".json", 1))
		if resp.StatusCode != 200 {
			t.Errorf("check %d: report %s", i, resp.Status)
			continue
		}
		if first == "" {
			first = page
			if !strings.Contains(page, `"kind": "date"`) {
				t.Errorf("the seeds' report has no date finding:\n%s", page)
			}
		} else if page != first {
			t.Errorf("check %d: report differs from check 0's", i)
		}
	}
	if b := s.Busiest(); b < 1 || b > s.opt.MaxChecks {
		t.Errorf("%d checks ran at once, limit %d", b, s.opt.MaxChecks)
	}
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p int) time.Duration { return lat[(len(lat)*p+99)/100-1] }
	t.Logf("%d concurrent checks of %d seeds, %d at once: wall %v; latency p50 %v, p90 %v, p99 %v, max %v",
		n, len(seeds), s.Busiest(), wall.Round(time.Millisecond), pct(50).Round(time.Millisecond),
		pct(90).Round(time.Millisecond), pct(99).Round(time.Millisecond), lat[len(lat)-1].Round(time.Millisecond))
}

// TestBusy: with one check at a time and one waiting, a third post is
// answered 503 at once while the first holds its turn (its source, an
// address, does not answer until the test lets it), and the two others
// complete.
func TestBusy(t *testing.T) {
	entered, release := make(chan struct{}, 1), make(chan struct{})
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		<-release
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, src2)
	}))
	defer page.Close()
	s, hs := newServer(t, Options{MaxChecks: 1, MaxWaiting: 1, Fetch: fetch.Options{AllowPrivate: true}})
	done := make(chan int, 2)
	go func() {
		resp, _ := post(t, hs.URL, nil, part{"draft_text", "", draft}, part{"source_urls", "", page.URL + "/slow"})
		done <- resp.StatusCode
	}()
	<-entered // the first check holds the only turn
	go func() {
		resp, _ := post(t, hs.URL, nil, storyParts()...)
		done <- resp.StatusCode
	}()
	for s.waiting.Load() < 2 {
		runtime.Gosched() // the second post is read and waits
	}
	resp, body := post(t, hs.URL, nil, storyParts()...)
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(body, "Too many checks") {
		t.Errorf("third post: %s %v\n%s", resp.Status, resp.Header, body)
	}
	close(release)
	for range 2 {
		if code := <-done; code != http.StatusSeeOther {
			t.Errorf("a waiting check ended %d, want 303", code)
		}
	}
	if b := s.Busiest(); b != 1 {
		t.Errorf("%d checks ran at once, want 1", b)
	}
}
