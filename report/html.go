package report

import "io"

type htmlRenderer struct{ opt Options }

func (hr *htmlRenderer) Render(w io.Writer, r *Result) error { return nil }
