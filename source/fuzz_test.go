package source

import (
	"strings"
	"testing"
)

// fuzzParse parses in as a file named path and checks the invariants:
// no panic, spans in bounds, Text[s.Start:s.End] == s.Text, positions that
// agree with the raw file and increase.
func fuzzParse(t *testing.T, path string, in []byte) {
	d, err := Parse(path, in, Options{})
	if err != nil {
		if d != nil {
			t.Fatalf("Parse returned a document and an error: %v", err)
		}
		if !strings.HasPrefix(err.Error(), path+": ") {
			t.Fatalf("error does not start with the path: %v", err)
		}
		return
	}
	checkDoc(t, d)
}

func seedFormats(f *testing.F, ext string) {
	for _, tc := range formatCases {
		if strings.HasSuffix(tc.path, ext) || ext == "" {
			f.Add([]byte(tc.in))
		}
	}
}

func FuzzHTML(f *testing.F) {
	seedFormats(f, ".html")
	seedFormats(f, ".htm")
	f.Add([]byte("<p>a &amp; b.</p><p>&#x41;&#65;&bogus; x</p><script>"))
	f.Fuzz(func(t *testing.T, in []byte) { fuzzParse(t, "f.html", in) })
}

func FuzzMarkdown(f *testing.F) {
	seedFormats(f, ".md")
	f.Add([]byte("# T\n\n**a** _b_ `c` [d](e) ![f](g) \\* &amp;\n\n```\nx\n```\n> q\n- l\n"))
	f.Fuzz(func(t *testing.T, in []byte) { fuzzParse(t, "f.md", in) })
}

func FuzzYAML(f *testing.F) {
	seedFormats(f, ".yaml")
	seedFormats(f, "record")
	seedFormats(f, "fire.md")
	f.Add([]byte("title: \"a\\tb\\u00e9\\x41\\\n  c\"\nbody: >\n  folded\n  text.\n\n  more.\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		fuzzParse(t, "f.yaml", in)
		fuzzParse(t, "f.txt", append([]byte("---\n"), in...))
	})
}

func FuzzText(f *testing.F) {
	seedFormats(f, ".txt")
	f.Add([]byte("Mr. A. B. Smith paid $3.5 million... \"Really?\" he asked. U.S. officials said so.\r\nNext line\rlast"))
	f.Fuzz(func(t *testing.T, in []byte) { fuzzParse(t, "f.txt", in) })
}

// FuzzSegment checks the sentence splitter on its own: spans in bounds,
// increasing, trimmed, holding a letter or a digit.
func FuzzSegment(f *testing.F) {
	for _, tc := range formatCases {
		f.Add(tc.in)
	}
	f.Add("He said. \"No.\" Then... Yes! Dr. X. Y. Z. went to St. Louis at 5 p.m. The end")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		splitSentences(s, func(a, b int) {
			if a < prev || a >= b || b > len(s) {
				t.Fatalf("span [%d,%d) after %d in %d bytes", a, b, prev, len(s))
			}
			if x, y := trimSpan(s, a, b); x != a || y != b {
				t.Fatalf("span [%d,%d) not trimmed: %q", a, b, s[a:b])
			}
			if b-a > maxSentence+8 {
				t.Fatalf("span of %d bytes over the cap", b-a)
			}
			prev = b
		})
	})
}
