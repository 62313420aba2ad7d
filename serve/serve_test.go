package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/fetch"
)

// An invented story: the draft dates the collapse wrongly.
const (
	draft = "---\ntitle: Bridge collapse\ndate: 2024-04-03\n---\n\nThe Harlow Bridge collapsed on March 29, 2024, the transport ministry said.\n"
	src1  = "Date: 2024-04-02\n\nThe Harlow Bridge collapsed on April 1, 2024, killing four people, the transport ministry said.\n"
	src2  = "Date: 2024-04-02\n\nThe Harlow Bridge collapsed on April 1, 2024, killing six people, police said.\n"
)

// part is one form field: a file when file is set.
type part struct{ field, file, data string }

func form(t testing.TB, parts ...part) (body *bytes.Buffer, contentType string) {
	t.Helper()
	body = &bytes.Buffer{}
	mw := multipart.NewWriter(body)
	for _, p := range parts {
		var w io.Writer
		var err error
		if p.file != "" {
			w, err = mw.CreateFormFile(p.field, p.file)
		} else {
			w, err = mw.CreateFormField(p.field)
		}
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, p.data)
	}
	mw.Close()
	return body, mw.FormDataContentType()
}

// client follows no redirect, so a test sees the 303.
var client = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func post(t testing.TB, url string, header http.Header, parts ...part) (*http.Response, string) {
	t.Helper()
	body, ct := form(t, parts...)
	req, err := http.NewRequest("POST", url+"/check", body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", ct)
	for k, v := range header {
		req.Header[k] = v
	}
	return send(t, req)
}

func get(t testing.TB, url string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return send(t, req)
}

// send sends req with the test client and returns the response and its
// body read in full.
func send(t testing.TB, req *http.Request) (*http.Response, string) {
	t.Helper()
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func newServer(t testing.TB, opt Options) (*Server, *httptest.Server) {
	t.Helper()
	if opt.Dir == "" {
		opt.Dir = t.TempDir() // no rules file to discover
	}
	s := New(opt)
	hs := httptest.NewServer(s)
	t.Cleanup(hs.Close)
	return s, hs
}

func storyParts() []part {
	return []part{
		{"draft_file", "draft.md", draft},
		{"source_files", "src1.txt", src1},
		{"source_files", "src2.txt", src2},
	}
}

// TestCheckAndDownloads: a post is checked and redirected to its report,
// which shows the draft's error and links to the other formats; each
// download has its content type.
func TestCheckAndDownloads(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	_, hs := newServer(t, Options{})
	resp, body := post(t, hs.URL, nil, storyParts()...)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("post: %s\n%s", resp.Status, body)
	}
	loc := resp.Header.Get("Location")
	if !strings.HasPrefix(loc, "/r/") || !strings.HasSuffix(loc, "/factcheck-report.html") {
		t.Fatalf("redirected to %q", loc)
	}
	resp, page := get(t, hs.URL+loc)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("report: %s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	for _, s := range []string{
		`<article class="finding error" id="finding-date-b02fb7a52b">`,
		`<li class="claim contradicted" id="claim-`,
		"<mark>March 29, 2024</mark>",
		`<a href="/">New check</a>`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("report lacks %s", s)
		}
	}
	dir := strings.TrimSuffix(loc, "factcheck-report.html")
	for _, d := range []struct{ file, ctype string }{
		{"factcheck-report.md", "text/markdown; charset=utf-8"},
		{"factcheck-report.json", "application/json"},
		{"factcheck-report.sarif", "application/sarif+json"},
	} {
		if !strings.Contains(page, `<a href="`+dir+d.file+`" download>`) {
			t.Errorf("report has no download link to %s", d.file)
		}
		resp, body := get(t, hs.URL+dir+d.file)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != d.ctype ||
			resp.Header.Get("Content-Disposition") != `attachment; filename="`+d.file+`"` {
			t.Errorf("%s: %s, %q, %q", d.file, resp.Status, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
		}
		if !strings.Contains(body, "date-b02fb7a52b") {
			t.Errorf("%s lacks the finding:\n%s", d.file, body)
		}
		if d.file != "factcheck-report.md" && !json.Valid([]byte(body)) {
			t.Errorf("%s is not JSON", d.file)
		}
	}
	if resp, _ := get(t, hs.URL+"/r/nosuch/factcheck-report.json"); resp.StatusCode != 404 {
		t.Errorf("unknown report: %s, want 404", resp.Status)
	}
	if ents, _ := os.ReadDir(tmp); len(ents) != 0 {
		t.Errorf("the check wrote %d temporary files", len(ents))
	}
}

// TestSafetyHeaders: every answer forbids scripts, frames and requests
// elsewhere.
func TestSafetyHeaders(t *testing.T) {
	_, hs := newServer(t, Options{})
	for _, u := range []string{"/", "/r/x/y", "/nosuch"} {
		resp, _ := get(t, hs.URL+u)
		if got := resp.Header.Get("Content-Security-Policy"); got != csp {
			t.Errorf("%s: Content-Security-Policy %q", u, got)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.Header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: headers %v", u, resp.Header)
		}
	}
	resp, page := get(t, hs.URL+"/")
	if resp.StatusCode != 200 || !strings.Contains(page, `<form method="post" action="/check" enctype="multipart/form-data">`) {
		t.Errorf("form page: %s\n%s", resp.Status, page)
	}
	if strings.Contains(page, "<script") {
		t.Error("the form page has a script")
	}
}

// TestRefusals: cross-origin posts, other host names, oversized forms,
// requests that are not forms and forms without sources are refused, and
// none runs a check.
func TestRefusals(t *testing.T) {
	s, hs := newServer(t, Options{MaxRequestBytes: 4096, MaxBytes: 1024})
	for _, c := range []struct {
		name   string
		header http.Header
		parts  []part
		status int
		says   string
	}{
		{"cross-origin", http.Header{"Origin": {"http://evil.example"}}, storyParts(), 403, ""},
		{"cross-site fetch", http.Header{"Sec-Fetch-Site": {"cross-site"}}, storyParts(), 403, ""},
		{"other host", http.Header{"Host": {"evil.example"}}, storyParts(), 403, "factcheck serves this machine only"},
		{"too large", nil, append(storyParts(), part{"source_text", "", strings.Repeat("x", 5000)}), 413, "larger than the limit of 4096 bytes"},
		{"source too large", nil, append(storyParts(), part{"source_files", "big.txt", strings.Repeat("x", 2000)}), 422, "big.txt: larger than the limit of 1024 bytes"},
		{"no sources", nil, []part{{"draft_text", "", draft}}, 422, "no sources: add files, paste text or give web addresses"},
		{"two drafts", nil, append(storyParts(), part{"draft_text", "", draft}), 422, "two drafts"},
		{"not an address", nil, append(storyParts(), part{"source_urls", "", "example.com/story"}), 422, `addresses, line 1: &#34;example.com/story&#34; is not a web address`},
		{"bad date", nil, append(storyParts(), part{"draft_date", "", "April 3"}), 422, `draft date &#34;April 3&#34;: want YYYY-MM-DD`},
		{"bad rules", nil, append(storyParts(), part{"rules_file", "desk.yaml", "severty:\n  name: info\n"}), 422, `desk.yaml:1:1: unknown key &#34;severty&#34;`},
		{"rules outside", nil, append(storyParts(), part{"rules", "", "../x.yaml"}), 422, `rules file &#34;../x.yaml&#34;: not in the working directory`},
	} {
		h := c.header
		if host := h.Get("Host"); host != "" {
			h = http.Header{}
			body, ct := form(t, c.parts...)
			req, _ := http.NewRequest("POST", hs.URL+"/check", body)
			req.Host = host
			req.Header.Set("Content-Type", ct)
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != c.status || !strings.Contains(string(b), c.says) {
				t.Errorf("%s: %s\n%s", c.name, resp.Status, b)
			}
			continue
		}
		resp, body := post(t, hs.URL, h, c.parts...)
		if resp.StatusCode != c.status || !strings.Contains(body, c.says) {
			t.Errorf("%s: %s, want %d saying %q:\n%s", c.name, resp.Status, c.status, c.says, body)
		}
	}
	req, _ := http.NewRequest("POST", hs.URL+"/check", strings.NewReader("draft_text=x"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if resp, err := client.Do(req); err != nil || resp.StatusCode != 415 {
		t.Errorf("url-encoded post: %v %v, want 415", resp.Status, err)
	}
	if n := s.Busiest(); n != 0 {
		t.Errorf("%d checks ran", n)
	}
}

// TestAddresses: a source given as a loopback address is refused unless
// the server allows private addresses, a file:// address always is, and
// each refusal names the address.
func TestAddresses(t *testing.T) {
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, src2)
	}))
	defer page.Close()
	parts := []part{{"draft_file", "draft.md", draft}, {"source_files", "src1.txt", src1},
		{"source_urls", "", page.URL + "/wire\nfile:///etc/passwd\n"}}

	_, strict := newServer(t, Options{})
	resp, body := post(t, strict.URL, nil, parts...)
	for _, s := range []string{
		page.URL + "/wire: refusing a loopback or private address (allow it with --allow-private)",
		"file:///etc/passwd: file:// addresses are not read; give the file&#39;s path",
	} {
		if resp.StatusCode != 422 || !strings.Contains(body, s) {
			t.Errorf("strict server: %s, want 422 saying %q:\n%s", resp.Status, s, body)
		}
	}

	_, open := newServer(t, Options{Fetch: fetch.Options{AllowPrivate: true}})
	parts[2].data = page.URL + "/wire\n"
	resp, body = post(t, open.URL, nil, parts...)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("--allow-private: %s\n%s", resp.Status, body)
	}
	_, report := get(t, open.URL+resp.Header.Get("Location"))
	if !strings.Contains(report, page.URL+"/wire:3:1") {
		t.Errorf("report does not cite the address with line and column:\n%s", report)
	}
}

// TestKeep: with Keep, a check's inputs and reports are written under
// DIR/ID.
func TestKeep(t *testing.T) {
	keep := t.TempDir()
	_, hs := newServer(t, Options{Keep: keep})
	parts := append(storyParts(), part{"source_text", "", src2}, part{"source_files", "../../evil.txt", src1})
	resp, body := post(t, hs.URL, nil, parts...)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("post: %s\n%s", resp.Status, body)
	}
	id := strings.Split(resp.Header.Get("Location"), "/")[2]
	var got []string
	filepath.WalkDir(keep, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(keep, p)
			got = append(got, rel)
		}
		return nil
	})
	want := []string{}
	for _, f := range []string{"factcheck-report.html", "factcheck-report.json", "factcheck-report.md", "factcheck-report.sarif",
		"inputs/draft.md", "inputs/evil.txt", "inputs/pasted-1.txt", "inputs/src1.txt", "inputs/src2.txt"} {
		want = append(want, filepath.Join(id, f))
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("kept files:\n%v\nwant:\n%v", got, want)
	}
}

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"wire.txt": "wire.txt", "../../etc/passwd": "passwd", `C:\news\wire.md`: "wire.md",
		"-": "fallback", "..": "fallback", "": "fallback", "a\x00b\nc.txt": "abc.txt", "http://x": "x",
	} {
		if got := cleanName(in, "fallback"); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
	taken := map[string]bool{}
	var got []string
	for _, n := range []string{"a.txt", "a.txt", "a.txt", "b"} {
		got = append(got, unique(n, taken))
	}
	if want := "[a.txt a (2).txt a (3).txt b]"; fmt.Sprint(got) != want {
		t.Errorf("unique: %v, want %s", got, want)
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{512: "512 bytes", 16 << 20: "16 MiB", 32 << 20: "32 MiB", 1536: "1.5 KiB", 1<<20 + 1<<19: "1.5 MiB"} {
		if got := size(n); got != want {
			t.Errorf("size(%d) = %q, want %q", n, got, want)
		}
	}
}
