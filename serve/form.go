package serve

import (
	"fmt"
	"html/template"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/rules"
)

// rulesFiles lists the rules files the form offers: the YAML files of the
// working directory, by name.
func (s *Server) rulesFiles() []string {
	ents, err := os.ReadDir(s.opt.Dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		n := e.Name()
		ext := strings.ToLower(filepath.Ext(n))
		if (ext != ".yaml" && ext != ".yml") || !e.Type().IsRegular() {
			continue
		}
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// rules returns the rules a submission asks for: its upload, else the
// working directory's file it picked, else none, else the one discovered
// from the working directory as the command line does.
func (s *Server) rules(sub *submission) (*rules.Rules, []string) {
	var rs *rules.Rules
	var err error
	switch {
	case sub.upload != nil:
		rs, err = rules.Parse(sub.upload.name, sub.upload.data)
	case sub.rules == "none":
		return nil, nil
	case sub.rules == "":
		rs, err = rules.Open("", s.opt.Dir)
	default:
		found := false
		for _, n := range s.rulesFiles() {
			found = found || n == sub.rules
		}
		if !found {
			return nil, []string{fmt.Sprintf("rules file %q: not in the working directory", sub.rules)}
		}
		rs, err = rules.Load(filepath.Join(s.opt.Dir, sub.rules))
	}
	if err != nil {
		return nil, errorLines(err)
	}
	return rs, nil
}

// form serves the page.
func (s *Server) form(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page := formPage{Rules: s.rulesFiles(), MaxBytes: s.opt.MaxBytes, MaxRequest: s.opt.MaxRequestBytes}
	if err := formTemplate.Execute(w, page); err != nil {
		fmt.Fprintf(s.opt.Log, "factcheck: serve: %v\n", err)
	}
}

// size writes a byte count as an editor reads it: "16 MiB", "900 KiB",
// "512 bytes".
func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.3g MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.3g KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

type formPage struct {
	Rules                []string
	MaxBytes, MaxRequest int64
}

type errorPage struct {
	Title string
	Lines []string
}

// style is the form's and the error page's CSS: one column on a phone,
// the draft beside the sources on a wide screen.
const style = `<style>
:root { --fg: #1d2228; --muted: #5b6570; --line: #d8dde3; --panel: #f6f8fa; --accent: #1f6feb; --error: #b42318; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1.25rem; color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
.note { color: var(--muted); margin: 0 0 1rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 0; background: var(--panel); min-width: 0; }
legend { font-weight: 600; padding: 0 .25rem; }
label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
label:first-of-type { margin-top: 0; }
textarea, input[type=text], input[type=date], select { width: 100%; font: inherit; padding: .4rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
textarea { min-height: 8rem; resize: vertical; }
textarea.draft { min-height: 18rem; }
textarea.urls { min-height: 5rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
input[type=file] { width: 100%; }
.hint { color: var(--muted); font-size: .85rem; margin: .25rem 0 0; }
button { font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 0; border-radius: 6px; padding: .6rem 2rem; margin: 1rem 0; cursor: pointer; }
.errors li { color: var(--error); }
</style>`

var formTemplate = template.Must(template.New("form").Funcs(template.FuncMap{"size": size}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factcheck</title>
<link rel="icon" href="data:,">
` + style + `
</head>
<body>
<h1>Check a draft against its sources</h1>
<p class="note">Give the draft and its sources, then press Check: the report shows each sentence of the draft as supported, contradicted or unsupported, with the sources' words beside it. Nothing is sent anywhere but to the addresses you give.</p>
<form method="post" action="/check" enctype="multipart/form-data">
<div class="grid">
<fieldset>
<legend>Draft</legend>
<label for="draft_text">Paste the draft</label>
<textarea id="draft_text" name="draft_text" class="draft" placeholder="The text of your article"></textarea>
<label for="draft_file">or choose its file</label>
<input type="file" id="draft_file" name="draft_file" accept=".txt,.md,.markdown,.html,.htm,text/*">
<label for="draft_date">Date its relative times are read against (optional)</label>
<input type="date" id="draft_date" name="draft_date">
</fieldset>
<fieldset>
<legend>Sources</legend>
<label for="source_files">Files</label>
<input type="file" id="source_files" name="source_files" multiple accept=".txt,.text,.md,.markdown,.html,.htm,text/*">
<p class="hint">Text, Markdown or HTML, {{size .MaxBytes}} at most each.</p>
<label for="source_urls">Web addresses, one a line</label>
<textarea id="source_urls" name="source_urls" class="urls" placeholder="https://example.com/news/story"></textarea>
<label for="source_text_1">Pasted source</label>
<textarea id="source_text_1" name="source_text"></textarea>
<label for="source_text_2">Another pasted source</label>
<textarea id="source_text_2" name="source_text"></textarea>
</fieldset>
</div>
<fieldset>
<legend>Rules</legend>
<label for="rules">Rules file</label>
<select id="rules" name="rules">
<option value="">.factcheck.yaml, found as on the command line</option>
<option value="none">none</option>
{{range .Rules}}<option value="{{.}}">{{.}}</option>
{{end}}</select>
<label for="rules_file">or upload one</label>
<input type="file" id="rules_file" name="rules_file" accept=".yaml,.yml">
</fieldset>
<button type="submit" id="check">Check</button>
<p class="hint">The whole form may hold {{size .MaxRequest}}.</p>
</form>
</body>
</html>
`))

var errorTemplate = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factcheck: {{.Title}}</title>
<link rel="icon" href="data:,">
` + style + `
</head>
<body>
<h1>{{.Title}}</h1>
<ul class="errors">
{{range .Lines}}<li>{{.}}</li>
{{end}}</ul>
<p><a href="/">Back to the form</a></p>
</body>
</html>
`))
