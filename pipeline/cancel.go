package pipeline

import (
	"context"
	"sort"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/par"
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

// extractAll is claims.ExtractAll with cancellation: workers take the next
// document until none is left or ctx is cancelled, each filling its own
// slot, so the result does not depend on scheduling. It returns only after
// every worker has exited.
func extractAll(ctx context.Context, docs []*source.Document, opt claims.Options) ([][]claims.Claim, error) {
	out := make([][]claims.Claim, len(docs))
	if err := par.Do(ctx, len(docs), func(i int) { out[i] = claims.Extract(docs[i], opt) }); err != nil {
		return nil, err
	}
	return out, nil
}
