package report

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/factcheck/factcheck/provenance"
)

// The default report's relations are written by hand: with many copies of
// a story there is one for every pair of files (63,600 at 160 copies of
// the seeds), and encoding/json's reflection and re-indenting of each was
// the part of the report that grew with the square of the copies. The
// bytes are those encoding/json gives for jsonRelationBrief, indented,
// without HTML escaping (TestBriefRelationBytes compares the two).

// relationsBrief writes the relations as jsonArray writes them.
func relationsBrief(s *jsonStream, prefix string, rels []provenance.Relation) {
	if len(rels) == 0 {
		s.raw("[]")
		return
	}
	s.raw("[\n")
	inner := prefix + "  "
	var b []byte
	for i, rel := range rels {
		r := briefRelation(rel)
		if !finite(r.Coverage) || !finite(r.Score) {
			// encoding/json's error, as before.
			s.raw(inner)
			s.value(inner, r)
		} else {
			b = appendBrief(append(b[:0], inner...), inner, r)
			s.bytes(b)
		}
		if i < len(rels)-1 {
			s.raw(",\n")
		} else {
			s.raw("\n")
		}
	}
	s.raw(prefix + "]")
}

// bytes writes b as raw does a string.
func (s *jsonStream) bytes(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

func finite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// appendBrief appends r as an indented object whose lines start at prefix.
func appendBrief(b []byte, prefix string, r jsonRelationBrief) []byte {
	field := func(k string) {
		b = append(b, prefix...)
		b = append(b, "  \""...)
		b = append(b, k...)
		b = append(b, "\": "...)
	}
	b = append(b, "{\n"...)
	str := func(k, v string) {
		field(k)
		b = appendJSONString(b, v)
		b = append(b, ",\n"...)
	}
	str("a", r.A)
	str("b", r.B)
	str("kind", r.Kind)
	if r.From != "" {
		str("from", r.From)
	}
	if r.To != "" {
		str("to", r.To)
	}
	if r.Basis != "" {
		str("basis", r.Basis)
	}
	str("evidence", r.Evidence)
	field("coverage")
	b = appendJSONFloat(b, r.Coverage)
	b = append(b, ",\n"...)
	field("score")
	b = appendJSONFloat(b, r.Score)
	b = append(b, '\n')
	b = append(b, prefix...)
	return append(b, '}')
}

// appendJSONString is encoding/json's string encoding without HTML
// escaping: quotes, backslashes and control characters escaped, invalid
// UTF-8 as U+FFFD, U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendJSONFloat is encoding/json's float64 encoding (ES6 number to
// string) of a finite f.
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
