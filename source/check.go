package source

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

var magics = []struct {
	prefix, name string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\x1f\x8b", "gzip data"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "zip archive"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"\x7fELF", "ELF executable"},
	{"BZh", "bzip2 data"},
	{"\xfd7zXZ\x00", "xz data"},
	{"\x28\xb5\x2f\xfd", "zstd data"},
	{"RIFF", "RIFF media"},
}

const utf8BOM = "\xef\xbb\xbf"

// checkText says why raw cannot be read as UTF-8 text, or "" when it can.
func checkText(raw []byte) string {
	if len(raw) == 0 {
		return "empty file"
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xff, 0xfe, 0, 0}), bytes.HasPrefix(raw, []byte{0, 0, 0xfe, 0xff}):
		return "UTF-32 text (byte order mark); convert it to UTF-8"
	case bytes.HasPrefix(raw, []byte{0xff, 0xfe}), bytes.HasPrefix(raw, []byte{0xfe, 0xff}):
		return "UTF-16 text (byte order mark); convert it to UTF-8"
	}
	for _, m := range magics {
		if bytes.HasPrefix(raw, []byte(m.prefix)) {
			return "binary file (" + m.name + "), not text"
		}
	}
	head := raw
	if len(head) > 8192 {
		head = head[:8192]
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		line, col := newLineTable(raw).position(raw, i)
		return fmt.Sprintf("binary file (NUL byte at line %d, column %d), not text", line, col)
	}
	if !utf8.Valid(raw) {
		bad, latin := firstBad(raw)
		line, col := newLineTable(raw).position(raw, bad)
		msg := fmt.Sprintf("not valid UTF-8 (first bad byte at line %d, column %d)", line, col)
		if latin {
			msg += "; it looks like Latin-1 or Windows-1252: convert it to UTF-8"
		}
		return msg
	}
	body := bytes.TrimPrefix(raw, []byte(utf8BOM))
	if len(bytes.TrimFunc(body, isSpace)) == 0 {
		return "no text (only white space)"
	}
	return ""
}

// firstBad returns the offset of the first byte that is not UTF-8 and
// whether the file reads as a single-byte Western encoding: every byte above
// 0x7F stands alone, none forms a valid UTF-8 sequence.
func firstBad(raw []byte) (int, bool) {
	first := -1
	latin := true
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			if first < 0 {
				first = i
			}
			i++
			continue
		}
		latin = false
		i += n
	}
	return first, latin
}
