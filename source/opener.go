package source

import (
	"errors"
)

// Opener reads inputs that are not files on disk: pages fetched from the
// web, text an editor uploaded. Load asks Claims for every path before
// looking at the disk, and calls Open for a claimed path from its
// workers, so several are read at once.
type Opener interface {
	// Claims reports whether the path is the Opener's to read.
	Claims(path string) bool
	// Open returns the input's bytes. An error should be an *Error naming
	// the path; any other is reported as "path: error".
	Open(path string) (*Input, error)
}

// Input is one opened input.
type Input struct {
	Raw []byte
	// Format is "html", "markdown" or "text" to read Raw so, or "" to
	// choose from the path's extension and the content, as for a file.
	Format string
}

// Formats an Input may force.
var inputFormats = map[string]bool{"": true, "html": true, "markdown": true, "text": true}

func readOpened(path string, opt Options) (*Document, error) {
	in, err := opt.Opener.Open(path)
	if err != nil {
		var se *Error
		if errors.As(err, &se) {
			return nil, se
		}
		return nil, &Error{Path: path, Msg: err.Error(), Err: err}
	}
	if in == nil || !inputFormats[in.Format] {
		return nil, &Error{Path: path, Msg: "opener returned no input or an unknown format"}
	}
	return parseAs(path, in.Format, in.Raw, opt)
}

// parseFormatAs reads raw in the given format, or as parseFormat chooses
// when format is "".
func parseFormatAs(path, format string, raw []byte) (*Document, error) {
	start := bomLen(raw)
	switch format {
	case "html":
		return parseHTML(path, raw, start), nil
	case "markdown":
		return parseMarkdown(path, raw, start), nil
	case "text":
		return parseText(path, raw, start), nil
	}
	return parseFormat(path, raw)
}

// SizeString writes a byte count as the size messages do ("16 MiB",
// "1.5 MiB (1572864 bytes)", "900 bytes"), for the fetch package's.
func SizeString(n int64) string { return sizeString(n) }
