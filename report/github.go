package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/source"
)

// writeGitHub prints GitHub Actions workflow commands, one annotation
// per unresolved finding at its first side:
//
//	::error file=story.txt,line=3,col=1,title=date::bridge closure dated …
//
// error → ::error, warning → ::warning, info → ::notice. The message adds
// every other side on its own line. Resolved findings are skipped: an
// editor has already decided them, and annotations cannot be dismissed.
// The draft's unsupported claims are notices; stale resolutions are
// warnings on the rules file.
func writeGitHub(bw *bufio.Writer, r *pipeline.Result, _ Options) error {
	tt := newTitler(r)
	for _, f := range ordered(r.Findings) {
		if f.Status.Resolved() {
			continue
		}
		p := f.Pos()
		title := f.Check
		if f.Context {
			title += " (context)"
		}
		msg := strings.Join(append([]string{tt.title(&f)}, otherSides(&f)...), "\n")
		ghAnnotate(bw, level(f.Severity, "notice"), p, title, msg)
	}
	for _, s := range sortedSides(r.Unsupported) {
		ghAnnotate(bw, "notice", s.Pos, "unsupported", unsupportedText(s))
	}
	for _, s := range sortedStale(r.Stale) {
		ghAnnotate(bw, "warning", s.Position, "stale resolution", staleText(s))
	}
	return nil
}

// ghAnnotate writes one workflow command: an annotation of kind cmd
// (error, warning, notice) at p, its title and message escaped as the
// runner reads them.
func ghAnnotate(w io.Writer, cmd string, p source.Position, title, msg string) {
	fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n",
		cmd, ghProperty(escape.Path(p.Filename)), p.Line, p.Column, ghProperty(title), ghData(msg))
}

// ghData escapes a command's message the way the Actions runner unescapes
// it (toolkit's escapeData).
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// ghProperty escapes a property value (toolkit's escapeProperty): also the
// ':' and ',' that would end it.
var ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
