package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// testServer serves the pages every test here asks for, on loopback.
func testServer(t *testing.T) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var hits atomic.Int64
	mux := http.NewServeMux()
	page := func(path, ct, body string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			if ct != "-" {
				w.Header().Set("Content-Type", ct)
			} else {
				w.Header()["Content-Type"] = nil // no header, not even a sniffed one
			}
			fmt.Fprint(w, body)
		})
	}
	page("/story", "text/html; charset=utf-8", "<html><head><title>Bridge shut</title></head><body><p>The bridge closed on Monday.</p></body></html>")
	page("/plain", "text/plain", "The bridge closed on Monday.\n")
	page("/md", "text/markdown", "# Bridge\n\nThe bridge closed on Monday.\n")
	page("/untyped", "-", "<!DOCTYPE html><html><body><p>The bridge closed on Monday.</p></body></html>")
	page("/png", "image/png", "\x89PNG\r\n\x1a\n....")
	page("/json", "application/json", `{"a":1}`)
	page("/latin1-header", "text/plain; charset=ISO-8859-1", "Caf\xe9 owners met in S\xe3o Paulo.\n")
	page("/latin1-meta", "text/html", `<html><head><meta charset="windows-1252"></head><body><p>Caf`+"\xe9"+` owners met on Monday `+"\x96"+` briefly.</p></body></html>`)
	page("/latin1-http-equiv", "text/html", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body><p>It cost 5 `+"\xa4"+`.</p></body></html>`)
	page("/sjis", "text/plain; charset=Shift_JIS", "\x93\xfa\x96\x7b\n")
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/story", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	// A server that never answers: the handler waits for the client to
	// give up (its timeout cancels the request).
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	// Headers at once, then a body that never ends.
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "The bridge")
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", "100000")
		w.Write([]byte(strings.Repeat("a", 100000)))
	})
	mux.HandleFunc("/huge-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for i := 0; i < 100; i++ {
			w.Write([]byte(strings.Repeat("a", 1000)))
			w.(http.Flusher).Flush()
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &hits
}

var day = time.Date(2026, 3, 4, 10, 30, 0, 0, time.UTC)

func loopback(opt Options) *Fetcher {
	opt.AllowPrivate = true
	if opt.Now == nil {
		opt.Now = func() time.Time { return day }
	}
	return New(opt)
}

func TestGetPages(t *testing.T) {
	srv, _ := testServer(t)
	f := loopback(Options{})
	defer f.Close()
	for _, c := range []struct {
		path, format, body string
	}{
		{"/story", "html", "<html><head><title>Bridge shut</title></head><body><p>The bridge closed on Monday.</p></body></html>"},
		{"/plain", "", "The bridge closed on Monday.\n"},
		{"/md", "markdown", "# Bridge\n\nThe bridge closed on Monday.\n"},
		{"/untyped", "html", "<!DOCTYPE html><html><body><p>The bridge closed on Monday.</p></body></html>"},
		{"/hop/3", "html", "<html><head><title>Bridge shut</title></head><body><p>The bridge closed on Monday.</p></body></html>"},
		{"/latin1-header", "", "Café owners met in São Paulo.\n"},
		{"/latin1-meta", "html", `<html><head><meta charset="windows-1252"></head><body><p>Café owners met on Monday – briefly.</p></body></html>`},
		{"/latin1-http-equiv", "html", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body><p>It cost 5 €.</p></body></html>`},
		{"/sjis", "", "日本\n"},
	} {
		p, err := f.Get(context.Background(), srv.URL+c.path)
		if err != nil {
			t.Errorf("Get(%s): %v", c.path, err)
			continue
		}
		if p.Format != c.format || string(p.Body) != c.body || p.Cached {
			t.Errorf("Get(%s) = format %q cached %v body %q, want format %q body %q", c.path, p.Format, p.Cached, p.Body, c.format, c.body)
		}
		if p.URL != srv.URL+c.path {
			t.Errorf("Get(%s).URL = %q", c.path, p.URL)
		}
	}
	p, err := f.Get(context.Background(), srv.URL+"/hop/2")
	if err != nil || p.Final != srv.URL+"/story" {
		t.Errorf("Get(/hop/2) final = %v, %v; want %s/story", p, err, srv.URL)
	}
}

func TestGetErrors(t *testing.T) {
	srv, _ := testServer(t)
	f := loopback(Options{MaxBytes: 50000, Timeout: 300 * time.Millisecond})
	defer f.Close()
	for _, c := range []struct{ path, reason string }{
		{"/missing", "the server answered 404 Not Found"},
		{"/png", "content type image/png is not a page (want HTML, Markdown or plain text)"},
		{"/json", "content type application/json is not a page (want HTML, Markdown or plain text)"},
		{"/hop/9", "more than 5 redirects"},
		{"/to-file", "redirected to a file: address"},
		{"/slow", "no complete answer within 300ms (raise it with --timeout)"},
		{"/slow-body", "no complete answer within 300ms (raise it with --timeout)"},
		{"/huge-declared", "page is 100000 bytes, larger than the limit of 50000 bytes (raise it with --max-bytes)"},
		{"/huge-chunked", "page is larger than the limit of 50000 bytes (raise it with --max-bytes)"},
	} {
		_, err := f.Get(context.Background(), srv.URL+c.path)
		want := srv.URL + c.path + ": " + c.reason
		if err == nil || err.Error() != want {
			t.Errorf("Get(%s) error = %v, want %q", c.path, err, want)
		}
	}
	for _, c := range []struct{ url, reason string }{
		{"ftp://example.com/x", "only http:// and https:// addresses are fetched"},
		{"http://", "no host in the address"},
		{"http://user:pw@example.com/", "an address with a user name or password is not fetched"},
		{"http://[::1", "not a valid address: missing ']' in host"},
	} {
		_, err := f.Get(context.Background(), c.url)
		if want := c.url + ": " + c.reason; err == nil || err.Error() != want {
			t.Errorf("Get(%s) error = %v, want %q", c.url, err, want)
		}
	}
}

// TestRefusesPrivate: without AllowPrivate, loopback is refused before a
// byte is sent, and so is a redirect into it; the address check runs on
// the dialled address, after name resolution ("localhost").
func TestRefusesPrivate(t *testing.T) {
	srv, hits := testServer(t)
	f := New(Options{})
	defer f.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	for _, u := range []string{srv.URL + "/story", "http://localhost:" + port + "/story"} {
		_, err := f.Get(context.Background(), u)
		want := u + ": refusing a loopback or private address (allow it with --allow-private)"
		if err == nil || err.Error() != want {
			t.Errorf("Get(%s) error = %v, want %q", u, err, want)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the server was reached %d times", n)
	}
}

func TestPrivate(t *testing.T) {
	for _, c := range []struct {
		ip   string
		want bool
	}{
		{"127.0.0.1", true}, {"127.8.9.10", true}, {"::1", true}, {"10.1.2.3", true},
		{"172.16.0.1", true}, {"172.31.255.255", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"100.64.0.1", true}, {"0.0.0.0", true}, {"::", true},
		{"fc00::1", true}, {"fe80::1", true}, {"::ffff:127.0.0.1", true}, {"224.0.0.1", true},
		{"8.8.8.8", false}, {"172.32.0.1", false}, {"100.128.0.1", false}, {"2001:4860::8888", false},
	} {
		if got := Private(net.ParseIP(c.ip)); got != c.want {
			t.Errorf("Private(%s) = %v, want %v", c.ip, got, c.want)
		}
	}
}

// TestOncePerRun: a URL asked for several times, at once, is fetched
// once.
func TestOncePerRun(t *testing.T) {
	srv, hits := testServer(t)
	f := loopback(Options{})
	defer f.Close()
	done := make(chan error)
	for i := 0; i < 4; i++ {
		go func() {
			_, err := f.Get(context.Background(), srv.URL+"/story")
			done <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("fetched %d times, want 1", n)
	}
}

// TestCache: a page is kept by URL and date, and a later run reads it
// from there with the server gone.
func TestCache(t *testing.T) {
	srv, hits := testServer(t)
	dir := t.TempDir()
	u := srv.URL + "/latin1-meta"
	first, err := loopback(Options{CacheDir: dir}).Get(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "127.0.0.1", "*", "*"))
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	if diff := cmp.Diff([]string{"2026-03-04.body", "2026-03-04.json"}, names); diff != "" {
		t.Errorf("cache files mismatch (-want +got):\n%s", diff)
	}
	srv.Close()
	again, err := loopback(Options{CacheDir: dir, Now: func() time.Time { return day.AddDate(0, 0, 9) }}).Get(context.Background(), u)
	if err != nil {
		t.Fatalf("offline run: %v", err)
	}
	if !again.Cached || string(again.Body) != string(first.Body) || again.Format != "html" || !again.Date.Equal(day) {
		t.Errorf("offline run read %+v, want the cached copy of %+v", again, first)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("server hit %d times, want 1", n)
	}
	// An incomplete copy (no .json) is not read.
	other := srv.URL + "/plain"
	c := &Cache{Dir: dir}
	if err := os.MkdirAll(c.dir(other), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(c.dir(other), "2026-03-04.body"), []byte("torn"), 0o644)
	if p, err := c.Load(other); p != nil || err != nil {
		t.Errorf("Load of an incomplete copy = %v, %v; want nothing", p, err)
	}
}
