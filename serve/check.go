package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/factcheck/factcheck/fetch"
	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/report"
	"github.com/factcheck/factcheck/rules"
	"github.com/factcheck/factcheck/source"
)

// downloads are the report files of one check: name, format, content
// type and the link's text.
var downloads = []struct{ file, format, ctype, text string }{
	{"factcheck-report.html", "html", "text/html; charset=utf-8", ""},
	{"factcheck-report.md", "markdown", "text/markdown; charset=utf-8", "Markdown"},
	{"factcheck-report.json", "json", "application/json", "JSON"},
	{"factcheck-report.sarif", "sarif", "application/sarif+json", "SARIF"},
}

// check runs one form post: it reads the form, waits for a turn, checks
// the draft against the sources and redirects to the report.
func (s *Server) check(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxRequestBytes)
	sub, err := readForm(r, s.opt.MaxBytes)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		s.fail(w, http.StatusRequestEntityTooLarge, "Too large", []string{fmt.Sprintf("The form is larger than the limit of %d bytes.", s.opt.MaxRequestBytes)})
		return
	case errors.Is(err, errNotMultipart):
		s.fail(w, http.StatusUnsupportedMediaType, "Not a form", []string{err.Error()})
		return
	case err != nil:
		s.fail(w, http.StatusBadRequest, "Bad form", []string{err.Error()})
		return
	}
	rs, problems := s.rules(sub)
	var draftDate time.Time
	if sub.date != "" {
		if draftDate, err = time.Parse("2006-01-02", sub.date); err != nil {
			problems = append(problems, fmt.Sprintf("draft date %q: want YYYY-MM-DD", sub.date))
		} else if sub.draft == "" {
			problems = append(problems, "a draft date needs a draft")
		}
	}
	if problems = append(sub.problem, problems...); len(problems) > 0 {
		s.fail(w, http.StatusUnprocessableEntity, "Cannot check", problems)
		return
	}
	if !s.acquire(w, r) {
		return
	}
	start := time.Now()
	id := newID()
	res, lines, err := s.run(r.Context(), sub, rs, draftDate)
	s.release()
	if err != nil {
		status := http.StatusUnprocessableEntity
		if errors.Is(err, context.DeadlineExceeded) {
			status, lines = http.StatusServiceUnavailable, []string{fmt.Sprintf("The check took longer than %v.", s.opt.CheckTimeout)}
		}
		fmt.Fprintf(s.opt.Log, "factcheck: check %s: %d sources: failed: %s\n", id[:8], len(sub.paths), strings.Join(lines, "; "))
		s.fail(w, status, "Cannot check", lines)
		return
	}
	fmt.Fprintf(s.opt.Log, "factcheck: check %s: %d sources, %d findings, %.2f s\n", id[:8], len(sub.paths), len(res.Findings), time.Since(start).Seconds())
	files, err := render(res, id)
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "Cannot render the report", []string{err.Error()})
		return
	}
	if s.opt.Keep != "" {
		if err := s.keep(id, sub, files); err != nil {
			s.fail(w, http.StatusInternalServerError, "Cannot keep the check", []string{err.Error()})
			return
		}
	}
	s.results.put(id, &result{files: files})
	http.Redirect(w, r, "/r/"+id+"/"+downloads[0].file, http.StatusSeeOther)
}

// run checks a submission; on an input error it returns one line per
// problem, each naming its source.
func (s *Server) run(ctx context.Context, sub *submission, rs *rules.Rules, draftDate time.Time) (*pipeline.Result, []string, error) {
	ctx, cancel := context.WithTimeout(ctx, s.opt.CheckTimeout)
	defer cancel()
	f := fetch.New(s.opt.Fetch)
	defer f.Close()
	op := opener{files: sub.files, urls: fetch.Opener{Fetcher: f, Context: ctx}}
	cfg := pipeline.Config{
		Paths: sub.paths, Draft: sub.draft, DraftDate: draftDate, Rules: rs,
		Source: source.Options{MaxBytes: s.opt.MaxBytes, Opener: op},
	}
	run, err := pipeline.CheckContext(ctx, cfg)
	if cerr := ctx.Err(); cerr != nil {
		return nil, nil, cerr
	}
	if err != nil {
		return nil, errorLines(err), err
	}
	return run.Result, nil, nil
}

// errorLines splits a load error into its problems.
func errorLines(err error) []string {
	var list interface{ Unwrap() []error }
	if errors.As(err, &list) {
		var out []string
		for _, e := range list.Unwrap() {
			out = append(out, errorLines(e)...)
		}
		return out
	}
	return strings.Split(strings.TrimSpace(err.Error()), "\n")
}

// opener reads a submission's sources from memory and its addresses from
// the web; it claims every path, so nothing is read from the server's
// disk.
type opener struct {
	files map[string][]byte
	urls  fetch.Opener
}

func (o opener) Claims(string) bool { return true }

func (o opener) Open(p string) (*source.Input, error) {
	if data, ok := o.files[p]; ok {
		return &source.Input{Raw: data}, nil
	}
	if fetch.HasScheme(p) {
		return o.urls.Open(p)
	}
	return nil, &source.Error{Path: p, Msg: "not among the uploaded sources"}
}

// render writes the check's reports in every download format; the HTML
// one links to the others.
func render(res *pipeline.Result, id string) (map[string][]byte, error) {
	opt := report.Options{Date: report.Newest(res.Sources)}
	for _, d := range downloads[1:] {
		opt.Links = append(opt.Links, report.Link{Href: "/r/" + id + "/" + d.file, Text: "Download " + d.text, Download: true})
	}
	opt.Links = append(opt.Links, report.Link{Href: "/", Text: "New check"})
	files := map[string][]byte{}
	for _, d := range downloads {
		r, err := report.New(d.format, opt)
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		if err := r.Render(&b, res); err != nil {
			return nil, fmt.Errorf("rendering %s: %v", d.format, err)
		}
		files[d.file] = b.Bytes()
	}
	return files, nil
}

// download serves one of a kept check's reports.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	res := s.results.get(r.PathValue("id"))
	name := r.PathValue("file")
	for _, d := range downloads {
		if res == nil || d.file != name {
			continue
		}
		w.Header().Set("Content-Type", d.ctype)
		if d.format != "html" {
			w.Header().Set("Content-Disposition", `attachment; filename="`+d.file+`"`)
		}
		w.Write(res.files[name])
		return
	}
	s.fail(w, http.StatusNotFound, "Not found", []string{"No such report: reports are kept in memory for the last " + fmt.Sprint(keptResults) + " checks, and not across restarts."})
}

// keep writes a check's inputs and reports under --keep: DIR/ID/inputs/
// holds the uploaded and pasted files, DIR/ID/addresses.txt the web
// addresses, and DIR/ID/ the reports.
func (s *Server) keep(id string, sub *submission, files map[string][]byte) error {
	dir := filepath.Join(s.opt.Keep, id)
	if err := os.MkdirAll(filepath.Join(dir, "inputs"), 0o755); err != nil {
		return err
	}
	var urls []string
	for _, p := range append([]string{sub.draft}, sub.paths...) {
		if data, ok := sub.files[p]; ok {
			if err := atomicfile.WriteFile(filepath.Join(dir, "inputs", p), data); err != nil {
				return err
			}
		} else if p != "" {
			urls = append(urls, p+"\n")
		}
	}
	if len(urls) > 0 {
		if err := atomicfile.WriteFile(filepath.Join(dir, "addresses.txt"), []byte(strings.Join(urls, ""))); err != nil {
			return err
		}
	}
	for name, data := range files {
		if err := atomicfile.WriteFile(filepath.Join(dir, name), data); err != nil {
			return err
		}
	}
	return nil
}
