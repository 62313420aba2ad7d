package report

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Date(2025, 3, 15, 12, 0, 0, 0, time.UTC)
	p := NewProgress(&buf, true, 20)
	p.now = func() time.Time { return clock }
	p.start = clock

	p.Update("reading %d sources", 4) // before the delay: nothing
	if buf.Len() != 0 {
		t.Fatalf("wrote %q before ProgressDelay", buf.String())
	}
	clock = clock.Add(ProgressDelay)
	p.Update("reading %d sources", 4)
	clock = clock.Add(time.Millisecond)
	p.Update("too soon") // throttled
	clock = clock.Add(progressEvery)
	p.Update("aligning 1234567890 claims")
	p.Done()
	p.Done() // erases once
	want := "\rreading 4 sources\x1b[K" + "\raligning 123456789…\x1b[K" + "\r\x1b[K"
	if got := buf.String(); got != want {
		t.Errorf("progress wrote %q, want %q", got, want)
	}
}

func TestProgressDisabled(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgress(&buf, false, 80)
	p.start = p.start.Add(-time.Hour)
	p.Update("x")
	p.Done()
	var nilp *Progress
	nilp.Update("x")
	nilp.Done()
	if buf.Len() != 0 {
		t.Errorf("disabled progress wrote %q", buf.String())
	}
}

func TestGitHubEscaping(t *testing.T) {
	for _, c := range []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"50% of 2,000: done", "50%25 of 2,000: done", "50%25 of 2%2C000%3A done"},
		{"line1\r\nline2", "line1%0D%0Aline2", "line1%0D%0Aline2"},
		{"%0A", "%250A", "%250A"},
	} {
		if got := ghData(c.in); got != c.data {
			t.Errorf("ghData(%q) = %q, want %q", c.in, got, c.data)
		}
		if got := ghProperty(c.in); got != c.prop {
			t.Errorf("ghProperty(%q) = %q, want %q", c.in, got, c.prop)
		}
	}
}

// TestTableWidth renders the fixture at several widths: every line fits
// (the summary column wraps) as long as the fixed columns leave it room.
func TestTableWidth(t *testing.T) {
	for _, width := range []int{64, 72, 80, 100, 140} {
		opt := goldenOptions
		opt.Width = width
		out := string(render(t, "table", opt, fixture(t)))
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if !strings.ContainsAny(line[:3], "┌│├└") {
				continue // the line-form notes below the table
			}
			if n := len([]rune(line)); n > width {
				t.Errorf("width %d: line is %d wide: %s", width, n, line)
			}
		}
	}
}

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		in    string
		width int
		want  string
	}{
		{"a bb ccc", 4, "a bb\nccc"},
		{"abcdefghij", 4, "abcd\nefgh\nij"},
		{"  spaced   out  ", 20, "spaced out"},
		{"naïve café", 5, "naïve\ncafé"},
		{"", 5, ""},
	} {
		if got := wrap(c.in, c.width); got != c.want {
			t.Errorf("wrap(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}
