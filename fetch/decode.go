package fetch

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// decode turns a page as sent into UTF-8: the charset comes from the
// Content-Type header, else a byte order mark, else (for HTML) a <meta>
// declaration in the first 1,024 bytes, as browsers read it. A page
// without a declaration is read as UTF-8 when it is valid UTF-8, else as
// Windows-1252. Lines and columns are counted in the decoded text: the
// same lines, columns counted in characters.
func decode(u string, p *Page) (*Page, error) {
	format, mt, err := pageFormat(p.ContentType, p.Body)
	if err != nil {
		return nil, &Error{URL: u, Reason: err.Error(), Err: err}
	}
	ct := p.ContentType
	if ct == "" {
		ct = mt
	}
	enc, name, _ := charset.DetermineEncoding(p.Body, ct)
	body := p.Body
	if name != "utf-8" {
		body, err = decodeBytes(enc, p.Body)
		if err != nil {
			return nil, &Error{URL: u, Reason: fmt.Sprintf("cannot decode the page as %s: %v", name, err), Err: err}
		}
	}
	out := *p
	out.URL, out.Format, out.Body = u, format, body
	return &out, nil
}

func decodeBytes(enc encoding.Encoding, b []byte) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, err
	}
	// A decoder writes U+FFFD for bytes its charset does not map; such
	// text is still text, and the reader takes it.
	if !utf8.Valid(out) {
		return nil, fmt.Errorf("decoded text is not valid UTF-8")
	}
	return bytes.TrimPrefix(out, []byte("\xef\xbb\xbf")), nil
}
