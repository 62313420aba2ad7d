package source

import (
	"strings"
	"testing"
)

// looksMarkdownSplit is looksMarkdown as it was, on strings.Split of a
// copy of the head: the reference the in-place reading must agree with.
func looksMarkdownSplit(b []byte) bool {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	n := 0
	for _, l := range strings.Split(string(head), "\n") {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "# "), strings.HasPrefix(t, "## "), strings.HasPrefix(t, "### "):
			n += 2
		case strings.HasPrefix(t, "```"), strings.HasPrefix(t, "~~~"):
			n += 2
		case strings.HasPrefix(t, "> "):
			n++
		}
		if strings.Contains(t, "](") {
			n++
		}
		if strings.Count(t, "**") >= 2 || strings.Count(t, "__") >= 2 {
			n++
		}
		if n >= 3 {
			return true
		}
	}
	return false
}

// TestLooksMarkdownInPlace compares looksMarkdown with the reference on
// the format cases, lines cut by the 8 KiB head, CRLF, Unicode spaces
// and invalid UTF-8.
func TestLooksMarkdownInPlace(t *testing.T) {
	ins := []string{
		"", "\n", "# a\n## b\n", "# a\r\n## b\r\n", "\u00a0# a\n\u2003## b\n", "  > q\n> r\n> s\n",
		"**a** **b**\n__c__ __d__\n[x](y)\n", "```\ncode\n```\n", "\xff# a\n# b\n\xfe",
		strings.Repeat("x", 8190) + "\n# a\n# b\n", strings.Repeat("plain text line\n", 600) + "# a\n# b\n",
		"- item\n* item\n1. item\n", "~~~\n~~~\n",
	}
	for _, tc := range formatCases {
		ins = append(ins, tc.in)
	}
	for _, in := range ins {
		if got, want := looksMarkdown([]byte(in)), looksMarkdownSplit([]byte(in)); got != want {
			t.Errorf("looksMarkdown(%.40q) = %v, the split reading %v", in, got, want)
		}
	}
}
