package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The sources of the URL tests: an article page with a menu and a footer
// (furniture the HTML reader drops), and a plain-text copy in Latin-1
// declared in the header. Invented; the same story as testdata/e2e/draft.
const (
	urlPage = `<!DOCTYPE html>
<html><head><title>Bridge collapse</title>
<meta name="date" content="2024-04-02"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Bridge collapse</h1>
<p>The Harlow Bridge collapsed on April 1, 2024, killing four people, the transport ministry said.</p>
</article>
<footer><p>Copyright 2024. All rights reserved.</p></footer>
</body></html>
`
	urlLatin1 = "Date: 2024-04-02\n\nThe Harlow Bridge collapsed on April 1, 2024, killing six people, police said in Z\xfcrich.\n"
	urlDraft  = "---\ntitle: Bridge collapse\ndate: 2024-04-03\n---\n\nThe Harlow Bridge collapsed on March 29, 2024, the transport ministry said.\n"
)

func urlServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/news/bridge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, urlPage)
	})
	mux.HandleFunc("/wire.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		fmt.Fprint(w, urlLatin1)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/bridge", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/photo", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte("\xff\xd8\xff"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestCheckURLs: sources given as web addresses are read through the HTML
// reader (the menu and footer are not claims) and in their declared
// charset; the report cites each URL with line and column in the fetched
// text, as it cites a file.
func TestCheckURLs(t *testing.T) {
	srv := urlServer(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "draft.md"), []byte(urlDraft), 0o644); err != nil {
		t.Fatal(err)
	}
	page, wire := srv.URL+"/old", srv.URL+"/wire.txt"
	stdout, stderr, code := runWithStdin(t, dir, []string{"check", "--format", "text", "--draft", "draft.md", page, wire}, "")
	want := strings.NewReplacer("PAGE", page, "WIRE", wire).Replace(`draft.md:6:1: The draft says the Harlow Bridge collapsed on March 29, 2024 (draft:6); two sources say April 1, 2024 (old:8, wire:3) (date) [date-b02fb7a52b]
	PAGE:8:4: "The Harlow Bridge collapsed on April 1, 2024, killing four people"
	WIRE:3:1: "The Harlow Bridge collapsed on April 1, 2024, killing six people"
PAGE:8:4: One source says four people were killed (old:8); another says six people (wire:3) (number, context) [number-ae350f9169]
	WIRE:3:1: "The Harlow Bridge collapsed on April 1, 2024, killing six people"
draft: 2 claims: 1 supported, 1 contradicted, 0 partly supported, 0 unsupported (dated 2024-04-03 from front matter)
provenance: 3 independent origins for 3 sources
`)
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("check with URLs mismatch (-want +got):\n%s\nstderr:\n%s", diff, stderr)
	}
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}

	// The claims command reads the same pages: the Latin-1 text decoded,
	// nothing from the menu or the footer.
	stdout, stderr, code = runWithStdin(t, dir, []string{"claims", page, wire}, "")
	if code != exitClean {
		t.Fatalf("claims: exit %d\n%s", code, stderr)
	}
	for _, s := range []string{"Zürich", page + ":8:4: statement: The Harlow Bridge collapsed"} {
		if !strings.Contains(stdout, s) {
			t.Errorf("claims output lacks %q:\n%s", s, stdout)
		}
	}
	for _, s := range []string{"Home", "Sport", "Copyright"} {
		if strings.Contains(stdout, ": "+s) {
			t.Errorf("claims output has page furniture %q:\n%s", s, stdout)
		}
	}
}

// TestURLErrors: an address that cannot be read is named with its reason,
// every one of them, and the run exits 2; a file:// address is refused
// with a hint.
func TestURLErrors(t *testing.T) {
	srv := urlServer(t)
	dir := t.TempDir()
	photo, missing := srv.URL+"/photo", srv.URL+"/gone"
	_, stderr, code := runWithStdin(t, dir, []string{"check", srv.URL + "/wire.txt", photo, missing, "file:///etc/hosts", "--max-redirects", "0", srv.URL + "/old"}, "")
	want := "factcheck: " + photo + ": content type image/jpeg is not a page (want HTML, Markdown or plain text)\n" +
		"factcheck: " + missing + ": the server answered 404 Not Found\n" +
		"factcheck: file:///etc/hosts: file:// addresses are not read; give the file's path\n" +
		"factcheck: " + srv.URL + "/old: redirected, and redirects are not followed (--max-redirects 0)\n"
	if stderr != want || code != exitInput {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 2, stderr:\n%s", code, stderr, want)
	}
}

// TestURLCache: with --cache a second run reads the pages from the cache,
// with the server gone, and prints the same report.
func TestURLCache(t *testing.T) {
	srv := urlServer(t)
	dir := t.TempDir()
	args := []string{"check", "--format", "json", "--cache", "pages", srv.URL + "/news/bridge", srv.URL + "/wire.txt"}
	first, stderr, code := runWithStdin(t, dir, args, "")
	if code != exitFail {
		t.Fatalf("first run: exit %d\n%s", code, stderr)
	}
	srv.Close()
	again, stderr, code := runWithStdin(t, dir, args, "")
	if code != exitFail {
		t.Fatalf("offline run: exit %d\n%s", code, stderr)
	}
	if first != again {
		t.Errorf("offline run differs from the first:\n%s\n---\n%s", first, again)
	}
}
