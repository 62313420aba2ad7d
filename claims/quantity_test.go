package claims

import (
	"fmt"
	"strings"
	"testing"
)

// siteAt reads the number site at the token a text marks with "^" (the
// first token when none).
func siteAt(t *testing.T, text string) (*numberSite, bool, []token, string) {
	t.Helper()
	toks, i, plain := marked(text)
	s, ok := numberSiteAt(load(), toks, i)
	return s, ok, toks, plain
}

// TestNotCounts lists for each rule the numbers (marked "^" where they
// do not open the text) it holds for and those it does not.
func TestNotCounts(t *testing.T) {
	for _, c := range []struct {
		rule      string
		holds, no []string
	}{
		{"a name's number: G-20, COVID-19", []string{"the G-^20 summit"}, []string{"about 20 leaders"}},
		{"a fraction's denominator: 41/2 (four and a half), 3/4", []string{"served 41/^2 months", "3/^4 of them"}, []string{"served ^41/2 months", "and / ^2 more"}},
		{"a score's second half: 162-139", []string{"won 162-^139"}, []string{"won ^162-139"}},
		{"a measure's second part: 6-foot-9", []string{"the 6-foot-^9 senior"}, []string{"the ^6-foot-9 senior", "route A-^9 north", "page 5 - ^9 items"}},
		{"a label: Flight 370, Article 5", []string{"Flight ^370 vanished"}, []string{"The ^370 passengers", "Nearly ^five people"}},
		{"a numbered item: No. 5, number 5, #5", []string{"ranked number ^5"}, []string{"ranked ^about 5"}},
		{"a number word in a compound: one-on-one", []string{"a one-on-^one meeting"}, []string{"a ^one-on-one meeting"}},
		{"one that is no count: one of the, no one, the one", []string{"one of the leaders", "no ^one came"}, []string{"one soldier died"}},
		{"a clock time: 11:36:05", []string{"at 11:^36"}, []string{"at 11 : ^36"}},
		{"a time of day: 7 p.m., 10 GMT, 1100 hours", []string{"at ^7 p.m.", "at ^1100 hours"}, []string{"for ^12 hours"}},
		{"a score or a range label: 3-1", []string{"won ^3-1"}, []string{"won ^3 - 1"}},
	} {
		rule := lookup(t, notCounts, c.rule)
		for want, texts := range map[bool][]string{true: c.holds, false: c.no} {
			for _, text := range texts {
				s, ok, _, _ := siteAt(t, text)
				if !ok {
					t.Errorf("%q: no number read", text)
				} else if got := rule(s); got != want {
					t.Errorf("%s on %q = %v, want %v", c.rule, text, got, want)
				}
			}
		}
	}
}

// TestNumberSite reads the number site at a text's start (or its "^")
// and its unit: "hedge value high currency [between] | unit | what
// follows", or "none".
func TestNumberSite(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"about 20 people", "about 20 20 | person | "},
		{"between 10 and 15 people", " 10 15 between | person | "},
		{"$2 to $3 million", " 2e+06 3e+06 usd | usd | "},
		{"$5 million dollars spent", " 5e+06 5e+06 usd | usd | spent"},
		{"some 5 boats", "some 5 5 | boat | "},
		{"some boats", "none"},
		{"about one individual", "none"},
		{"between them", "none"},
		{"between 10 or 15", "none"},
		{"5 % rise", " 5 5 | percent | rise"},
		{"5 per cent rise", " 5 5 | percent | rise"},
		{"a ^12-point plan", " 12 12 | point | plan"},
		{"a ^34-year-old man", " 34 34 | age | man"},
		{"two top diplomats met", " 2 2 | diplomat | met"},
		{"12 worst-hit villages", " 12 12 | village | "},
		{"16 years old", " 16 16 | age | "},
		{"370 vanished", " 370 370 |  | vanished"},
		{"5 dollars", " 5 5 | usd | "},
		{"5 Americans", " 5 5 |  | Americans"},
		{"26 Somali pirates were held", " 26 26 | pirate | were held"},
		{"40 Palestinians seeking shelter", " 40 40 |  | Palestinians seeking shelter"},
	} {
		s, ok, toks, plain := siteAt(t, c.text)
		got := "none"
		if ok {
			got = strings.Join([]string{s.h, fmt.Sprint(s.v), fmt.Sprint(s.hi), s.cur}, " ")
			got = strings.TrimRight(got, " ")
			if s.between {
				got += " between"
			}
			u, end := s.unit()
			rest := ""
			if end < len(toks) {
				rest = plain[toks[end].s:]
			}
			got += " | " + u + " | " + rest
		}
		if got != c.want {
			t.Errorf("number site of %q = %q, want %q", c.text, got, c.want)
		}
	}
}
