package report

import (
	"fmt"
	"io"
	"sync"
	"time"
	"unicode/utf8"
)

// ProgressDelay is how long a run goes before its progress line appears:
// quick runs print nothing.
const ProgressDelay = time.Second

// progressEvery is the least time between two redraws.
const progressEvery = 100 * time.Millisecond

// Progress keeps one status line updated in place on a terminal ("reading
// 12/40 sources…"). It writes only when enabled, and only once the run
// has lasted ProgressDelay; the caller enables it when stderr is a
// terminal. It never writes to stdout, so reports stay byte-identical. A
// nil *Progress is valid and does nothing. Safe for concurrent use.
type Progress struct {
	mu      sync.Mutex
	w       io.Writer
	enabled bool
	width   int
	now     func() time.Time
	start   time.Time
	last    time.Time
	shown   bool
}

// NewProgress returns a progress line on w (stderr), at most width
// columns wide (0 means 80).
func NewProgress(w io.Writer, enabled bool, width int) *Progress {
	if width <= 0 {
		width = 80
	}
	p := &Progress{w: w, enabled: enabled, width: width, now: time.Now}
	p.start = p.now()
	return p
}

// Update replaces the line with a new message.
func (p *Progress) Update(format string, args ...any) {
	if p == nil || !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	if now.Sub(p.start) < ProgressDelay || (p.shown && now.Sub(p.last) < progressEvery) {
		return
	}
	p.last = now
	p.shown = true
	msg := oneLine(fmt.Sprintf(format, args...))
	if utf8.RuneCountInString(msg) >= p.width {
		r := []rune(msg)
		msg = string(r[:p.width-2]) + "…"
	}
	// Carriage return, the message, then erase the rest of the old line.
	fmt.Fprintf(p.w, "\r%s\x1b[K", msg)
}

// Done erases the line, leaving the cursor where the line began.
func (p *Progress) Done() {
	if p == nil || !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}
