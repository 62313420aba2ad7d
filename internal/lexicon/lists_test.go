package lexicon

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseLists(t *testing.T) {
	data := "# header\nloose\tone\n\n[cues]\n# a comment\nmay\n  might  \n\"skip to \"\n[values]\none\t1\r\ndozen\t12\nbare\n"
	l := ParseLists("test.txt", data)
	if diff := cmp.Diff([][]string{{"loose", "one"}}, l.Records("")); diff != "" {
		t.Errorf("Records(\"\") mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"may", "might", "skip to "}, l.Words("cues")); diff != "" {
		t.Errorf("Words(cues) mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]bool{"may": true, "might": true, "skip to ": true}, l.Set("cues")); diff != "" {
		t.Errorf("Set(cues) mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"one": "1", "dozen": "12", "bare": ""}, l.Map("values")); diff != "" {
		t.Errorf("Map(values) mismatch (-want +got):\n%s", diff)
	}
}

func TestParseListsBroken(t *testing.T) {
	for _, c := range []struct{ name, data, section string }{
		{"missing section", "[a]\nx\n", "b"},
		{"section twice", "[a]\nx\n[a]\ny\n", "a"},
		{"bad quote", "[a]\n\"x\\q\"\n", "a"},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("ParseLists(%q).Words(%q) did not panic", c.data, c.section)
				}
			}()
			ParseLists("test.txt", c.data).Words(c.section)
		})
	}
}

func TestCalendar(t *testing.T) {
	got := map[string]int{}
	for _, c := range Calendar() {
		for _, f := range c.Forms {
			got[c.Kind+" "+f] = c.Number
		}
	}
	for k, want := range map[string]int{"month January": 1, "month Sept.": 9, "weekday Sunday": 0, "weekday Thurs.": 4, "season fall": 9} {
		if v, ok := got[k]; !ok || v != want {
			t.Errorf("Calendar: %s = %d (listed %v), want %d", k, v, ok, want)
		}
	}
	c := Calendar()
	c[0].Forms[0] = "changed"
	if Calendar()[0].Forms[0] == "changed" {
		t.Error("Calendar returns shared storage")
	}
}
