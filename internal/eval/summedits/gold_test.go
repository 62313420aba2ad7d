package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseGold(t *testing.T) {
	in := `seed_document: "art1"
human_label: "inconsistent"
edit_types: ["antonym_swap"]
change_kind: "common"
changes:
  - op: "replace"
    original: "blue"
    edited: "white"
    at: "b_summary.txt:1:117"
  - op: "delete"
    original: "on the road"
    edited: ""
    at: "b_summary.txt:1:129"
`
	want := &Gold{Article: "art1", Label: Inconsistent, EditTypes: []string{"antonym_swap"}, ChangeKind: "common",
		Changes: []Change{{"replace", "blue", "white", At{1, 117}}, {"delete", "on the road", "", At{1, 129}}}}
	got, err := ParseGold("gold.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseGold mismatch (-want +got):\n%s", diff)
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"seed_document: a\nhuman_label: maybe\n", `g.yaml: human_label "maybe": want "consistent" or "inconsistent"`},
		{"human_label: consistent\n", "g.yaml: no seed_document"},
		{"seed_document: a\nhuman_label: consistent\nchanges:\n  - at: \"a_article.txt:1:3\"\n", `g.yaml:4:9: at "a_article.txt:1:3": want b_summary.txt:LINE:COLUMN`},
		{"seed_document: a\nhuman_label: consistent\nchanges:\n  - at: \"b_summary.txt:0:3\"\n", `g.yaml:4:9: at "b_summary.txt:0:3": line and column are 1-based`},
	}
	for _, tt := range tests {
		_, err := ParseGold("g.yaml", []byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseGold(%q) error = %v, want %s", tt.in, err, tt.want)
		}
	}
}
