package fetch

import (
	"context"
	"strings"

	"github.com/factcheck/factcheck/source"
)

// Opener lets source.Load read web addresses: it claims every path with
// a scheme ("https://…", and "file://…", which it refuses with a message:
// a local file is given by its path).
type Opener struct {
	Fetcher *Fetcher
	// Context bounds every fetch; nil means context.Background().
	Context context.Context
}

// Claims reports whether p is an address rather than a path.
func (o Opener) Claims(p string) bool { return HasScheme(p) }

// Open fetches p; its errors are *source.Error, "URL: reason".
func (o Opener) Open(p string) (*source.Input, error) {
	if !IsURL(p) {
		scheme, _, _ := strings.Cut(p, "://")
		msg := "only http:// and https:// addresses are fetched"
		if strings.EqualFold(scheme, "file") {
			msg = "file:// addresses are not read; give the file's path"
		}
		return nil, &source.Error{Path: p, Msg: msg}
	}
	ctx := o.Context
	if ctx == nil {
		ctx = context.Background()
	}
	page, err := o.Fetcher.Get(ctx, p)
	if err != nil {
		if fe, ok := err.(*Error); ok {
			return nil, &source.Error{Path: p, Msg: fe.Reason, Err: fe.Err}
		}
		return nil, &source.Error{Path: p, Msg: err.Error(), Err: err}
	}
	return &source.Input{Raw: page.Body, Format: page.Format}, nil
}
