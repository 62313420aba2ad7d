package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/source"
)

// emptyDirs returns an error for each named directory that gave no
// document and no error: a gate pointed at the wrong directory must not
// pass with "no findings". Documents are those read before the rules
// file's ignores, so a directory the editor chose to ignore is not one.
func emptyDirs(paths []string, docs []*source.Document, err error) []error {
	var out []error
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if fi, serr := os.Stat(p); serr != nil || !fi.IsDir() {
			continue
		}
		if under(p, docs, err) {
			continue
		}
		out = append(out, &source.Error{Path: p, Msg: "no article files in this directory (.txt, .text, .md, .markdown, .html, .htm or no extension)"})
	}
	return out
}

// under reports whether a document or an input error lies under dir.
func under(dir string, docs []*source.Document, err error) bool {
	in := func(p string) bool {
		rel, err := filepath.Rel(dir, p)
		return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	for _, d := range docs {
		if in(d.Path) {
			return true
		}
	}
	var es source.Errors
	if errors.As(err, &es) {
		for _, e := range es {
			var se *source.Error
			if errors.As(e, &se) && in(se.Path) {
				return true
			}
		}
	}
	return false
}
