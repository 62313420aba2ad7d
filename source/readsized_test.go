package source

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadSized checks that readSized, reading with a size hint gives the bytes
// io.ReadAll gives, whether the hint is right, short or long.
func TestReadSized(t *testing.T) {
	for _, text := range []string{"", "a", "hello, world", strings.Repeat("words and more words ", 300)} {
		for _, size := range []int64{-1, 0, 1, int64(len(text)) - 1, int64(len(text)), int64(len(text)) + 7} {
			for _, r := range []io.Reader{strings.NewReader(text), iotest.OneByteReader(strings.NewReader(text)), iotest.HalfReader(strings.NewReader(text))} {
				got, err := readSized(r, size)
				if err != nil || !bytes.Equal(got, []byte(text)) {
					t.Errorf("readSized(%d bytes, size %d) = %d bytes, %v", len(text), size, len(got), err)
				}
			}
		}
	}
	if _, err := readSized(iotest.ErrReader(io.ErrUnexpectedEOF), 10); err != io.ErrUnexpectedEOF {
		t.Errorf("readSized of a failing reader: err %v", err)
	}
}
