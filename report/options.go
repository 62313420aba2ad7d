package report

import (
	"time"

	"github.com/factcheck/factcheck/source"
)

// Newest returns the latest publication date among the documents, zero
// when none has one: the report date the CLI and serve pass as
// Options.Date, so two runs over the same files print the same date.
func Newest(docs []*source.Document) time.Time {
	var t time.Time
	for _, d := range docs {
		if d.Meta.Published.After(t) {
			t = d.Meta.Published
		}
	}
	return t
}

// UseColor reports whether the table may use colour: only on a terminal,
// and never when NO_COLOR is set to anything (https://no-color.org).
func UseColor(isTerminal bool, getenv func(string) string) bool {
	return isTerminal && getenv("NO_COLOR") == ""
}
