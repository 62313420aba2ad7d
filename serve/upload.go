package serve

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/fetch"
	"github.com/factcheck/factcheck/rules"
)

// submission is one form post, read into memory.
type submission struct {
	draft   string            // the draft's name, "" for none
	paths   []string          // the sources: upload names and addresses, in form order
	files   map[string][]byte // uploaded and pasted text by name, the draft's too
	rules   string            // the working directory's rules file picked, "" to discover, "none"
	upload  *rulesUpload      // an uploaded rules file, which wins over rules
	date    string            // --draft-date, "" for none
	problem []string          // what is wrong with the form, for the editor
}

type rulesUpload struct {
	name string
	data []byte
}

// Limits on the form's parts, beside the request's size.
const (
	maxParts = 256
	maxURLs  = 64
)

// readForm reads a multipart post into memory (nothing goes to disk, as
// ParseMultipartForm would do with large files), each part bounded by
// maxBytes and the whole by the request limit the caller set on r.Body.
func readForm(r *http.Request, maxBytes int64) (*submission, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, errNotMultipart
	}
	sub := &submission{files: map[string][]byte{}}
	names := map[string]bool{}
	pasted := 0
	for parts := 0; ; parts++ {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if parts == maxParts {
			return nil, fmt.Errorf("more than %d form fields", maxParts)
		}
		data, err := io.ReadAll(io.LimitReader(part, maxBytes+1))
		if err != nil {
			return nil, err
		}
		field, file := part.FormName(), part.FileName()
		if int64(len(data)) > maxBytes {
			what := file
			if what == "" {
				what = field
			}
			sub.problem = append(sub.problem, fmt.Sprintf("%s: larger than the limit of %d bytes", what, maxBytes))
			continue
		}
		blank := len(bytes.TrimSpace(data)) == 0
		switch field {
		case "draft_text", "draft_file":
			if blank && (field == "draft_text" || file == "") {
				continue
			}
			if sub.draft != "" {
				sub.problem = append(sub.problem, "two drafts: paste the draft or choose its file, not both")
				continue
			}
			name := "draft.txt"
			if field == "draft_file" {
				name = cleanName(file, "draft.txt")
			}
			sub.draft = unique(name, names)
			sub.files[sub.draft] = data
		case "source_files":
			if file == "" && len(data) == 0 {
				continue // an empty file input
			}
			n := unique(cleanName(file, fmt.Sprintf("source-%d.txt", len(sub.paths)+1)), names)
			sub.files[n] = data
			sub.paths = append(sub.paths, n)
		case "source_text":
			if blank {
				continue
			}
			pasted++
			n := unique(fmt.Sprintf("pasted-%d.txt", pasted), names)
			sub.files[n] = data
			sub.paths = append(sub.paths, n)
		case "source_urls":
			for i, line := range strings.Split(string(data), "\n") {
				u := strings.TrimSpace(line)
				switch {
				case u == "":
				case !fetch.HasScheme(u):
					sub.problem = append(sub.problem, fmt.Sprintf("addresses, line %d: %q is not a web address (start it with https://)", i+1, u))
				case names[u]:
				default:
					names[u] = true
					sub.paths = append(sub.paths, u)
				}
			}
		case "rules":
			sub.rules = strings.TrimSpace(string(data))
		case "rules_file":
			if file == "" && len(data) == 0 {
				continue
			}
			if int64(len(data)) > rules.MaxBytes {
				sub.problem = append(sub.problem, fmt.Sprintf("%s: a rules file larger than %d bytes", file, rules.MaxBytes))
				continue
			}
			sub.upload = &rulesUpload{name: cleanName(file, ".factcheck.yaml"), data: data}
		case "draft_date":
			sub.date = strings.TrimSpace(string(data))
		}
	}
	if n := countURLs(sub.paths); n > maxURLs {
		sub.problem = append(sub.problem, fmt.Sprintf("%d addresses: at most %d per check", n, maxURLs))
	}
	if len(sub.paths) == 0 {
		sub.problem = append(sub.problem, "no sources: add files, paste text or give web addresses")
	}
	return sub, nil
}

var errNotMultipart = errors.New("not a form post (want multipart/form-data)")

func countURLs(paths []string) int {
	n := 0
	for _, p := range paths {
		if fetch.HasScheme(p) {
			n++
		}
	}
	return n
}

// cleanName makes an uploaded file's name safe to show and to write under
// --keep: its base name only, without control characters, never "-"
// (standard input), "." or "..", never an address.
func cleanName(name, fallback string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	name = path.Base(name)
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == ':' {
			return -1
		}
		return r
	}, name)
	name = strings.TrimSpace(name)
	switch name {
	case "", "-", ".", "..", "/":
		return fallback
	}
	return name
}

// unique returns name, or name with " (2)", " (3)"… before its extension
// when it is taken, and takes it.
func unique(name string, taken map[string]bool) string {
	n := name
	ext := path.Ext(name)
	for i := 2; taken[n]; i++ {
		n = fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), i, ext)
	}
	taken[n] = true
	return n
}
