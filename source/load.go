package source

import (
	"fmt"
	"os"
	"unicode"
	"unicode/utf8"
)

// Options tune reading.
type Options struct {
	// MaxBytes refuses files larger than this; 0 means DefaultMaxBytes.
	MaxBytes int64
}

// DefaultMaxBytes is the largest file read unless --max-bytes says otherwise.
const DefaultMaxBytes = 16 << 20

// Parse reads one file's bytes into a document.
// TODO(#3): formats, furniture, metadata; this reads plain text only.
func Parse(path string, raw []byte, opt Options) (*Document, error) {
	if !utf8.Valid(raw) {
		return nil, fmt.Errorf("%s: not valid UTF-8 text", path)
	}
	d := newDocument(path, raw, FormatText)
	d.Text = string(raw)
	d.offsets = offsetMap{{Text: 0, Raw: 0, Len: len(raw)}}
	d.Blocks = []Block{{Start: 0, End: len(d.Text), Kind: KindBody}}
	start := -1
	for i, r := range d.Text {
		if start < 0 && !unicode.IsSpace(r) {
			start = i
		}
		if start >= 0 && (r == '.' || r == '\n') {
			end := i
			if r == '.' {
				end++
			}
			if s := d.Text[start:end]; len(s) > 0 {
				d.Sentences = append(d.Sentences, Sentence{Start: start, End: end, Text: s, Kind: KindBody, Pos: d.Pos(start)})
			}
			start = -1
		}
	}
	return d, nil
}

// Load reads every path (files, directories recursively, "-" for stdin).
// TODO(#3): directories and stdin.
func Load(paths []string, opt Options) ([]*Document, error) {
	var docs []*Document
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d, err := Parse(p, raw, opt)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}
