package pipeline

import (
	"sort"

	"github.com/factcheck/factcheck/source"
)

// sortDocs orders documents by path, the draft first, so that the order of
// the paths on the command line changes nothing. The sort is stable: a
// file named twice keeps one order.
func sortDocs(docs []*source.Document, draft string) {
	sort.SliceStable(docs, func(i, j int) bool {
		a, b := docs[i].Path, docs[j].Path
		if da, db := draft != "" && a == draft, draft != "" && b == draft; da != db {
			return da
		}
		return a < b
	})
}
