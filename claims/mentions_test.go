package claims

import (
	"fmt"
	"strings"
	"testing"
)

// TestMentionMatchers runs each step of findMentions alone at the token a
// case marks with "^" (the first token when none), in a sentence whose
// document capitalizes nothing elsewhere. The view is the mentions read
// ("text type" with a title, "modifier", "single" when set) and the text
// left after the step, or "no" when the step passes.
func TestMentionMatchers(t *testing.T) {
	steps := map[string]func(s *mentionScan, i int) (int, bool){
		"titleBefore": (*mentionScan).titleBefore,
		"titleRef":    (*mentionScan).titleRef,
		"listedName":  func(s *mentionScan, i int) (int, bool) { return s.listedName(i, s.initial(i)) },
		"capitalizedName": func(s *mentionScan, i int) (int, bool) {
			j := s.capitalizedName(i, s.initial(i))
			return j, len(s.out) > 0
		},
	}
	for _, c := range []struct{ step, text, want string }{
		{"titleBefore", "Foreign Minister Jane Roe spoke", `"" | Jane Roe spoke`},
		{"titleBefore", "spokesperson Jane Roe spoke", `"" | Jane Roe spoke`},
		{"titleBefore", "Foreign ministers met", "no"},
		{"titleRef", "the foreign minister spoke", `"the foreign minister" person title=foreign minister | spoke`},
		{"titleRef", "the foreign minister Jane Roe", "no"},
		{"titleRef", "the talks", "no"},
		{"listedName", "in ^France, they met", `"France" place | , they met`},
		{"listedName", "in ^France today", `"France" place modifier | today`},
		{"listedName", "Russian officials met", `"Russian" place modifier | officials met`},
		{"listedName", "the ^Texas jury met", `"Texas" place modifier | jury met`},
		{"listedName", "May rain fall", "no"},
		{"capitalizedName", "they met ^Jane Roe there", `"Jane Roe" person | there`},
		{"capitalizedName", "at the ^Harbour Ministry", `"Harbour Ministry" organization | `},
		{"capitalizedName", "at ^Lake Placid", `"Lake Placid" place | `},
		{"capitalizedName", "the ^Jacksonville Jaguars won", `"Jacksonville Jaguars" organization | won`},
		{"capitalizedName", "they met ^NATO envoys", `"NATO" organization | envoys`},
		{"capitalizedName", "they met ^Roe there", `"Roe" other single | there`},
		{"capitalizedName", "they met in ^Qeshm", `"Qeshm" place single | `},
		{"capitalizedName", "it was ^Monday", "no"},
		{"capitalizedName", "Amid the talks", "no"},
	} {
		t.Run(c.step+"/"+c.text, func(t *testing.T) {
			toks, i, text := marked(c.text)
			x := &extractor{g: load(), known: map[string]bool{}}
			s := &mentionScan{x: x, g: x.g, toks: toks, titleEnd: -1}
			j, ok := steps[c.step](s, i)
			got := "no"
			if ok {
				var vs []string
				for _, m := range s.out {
					v := fmt.Sprintf("%q %s", joinText(toks[m.i:m.j]), strings.ToLower(string(m.m.Type)))
					if m.title != "" {
						v += " title=" + m.title
					}
					if m.modifier {
						v += " modifier"
					}
					if m.single {
						v += " single"
					}
					vs = append(vs, v)
				}
				if len(vs) == 0 {
					vs = []string{`""`}
				}
				rest := ""
				if j < len(toks) {
					rest = text[toks[j].s:]
				}
				got = strings.Join(vs, "; ") + " | " + rest
			}
			if got != c.want {
				t.Errorf("%s(%q) = %q, want %q", c.step, c.text, got, c.want)
			}
		})
	}
}

func TestResolveTitle(t *testing.T) {
	people := []person{
		{canonical: "Jane Roe", title: "foreign minister", country: "Ruritania"},
		{canonical: "John Doe", title: "foreign minister", country: "Freedonia"},
		{canonical: "Jane Roe", title: "foreign minister", country: "Ruritania"},
		{canonical: "Ann Poe", title: "spokesperson"},
	}
	for _, c := range []struct {
		title, country, want string
	}{
		{"foreign minister", "Ruritania", "Jane Roe"},
		{"foreign minister", "", ""}, // two people: ambiguous
		{"spokesperson", "", "Ann Poe"},
		{"president", "", ""},
	} {
		got := ""
		if p := resolveTitle(people, &ment{title: c.title, country: c.country}); p != nil {
			got = p.canonical
		}
		if got != c.want {
			t.Errorf("resolveTitle(%q, %q) = %q, want %q", c.title, c.country, got, c.want)
		}
	}
}
