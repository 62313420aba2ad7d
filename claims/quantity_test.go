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
	at := strings.Index(text, "^")
	plain := strings.Replace(text, "^", "", 1)
	toks := tokenize(plain, 0)
	i := 0
	for at >= 0 && toks[i].s < at {
		i++
	}
	s, ok := numberSiteAt(load(), toks, i)
	return s, ok, toks, plain
}

func TestNotCounts(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		want       bool
	}{
		{"a name's number: G-20, COVID-19", "the G-^20 summit", true},
		{"a name's number: G-20, COVID-19", "about 20 leaders", false},
		{"a score's second half: 162-139", "won 162-^139", true},
		{"a label: Flight 370, Article 5", "Flight ^370 vanished", true},
		{"a label: Flight 370, Article 5", "The ^370 passengers", false},
		{"a label: Flight 370, Article 5", "Nearly ^five people", false},
		{"a numbered item: No. 5, number 5, #5", "ranked number ^5", true},
		{"a numbered item: No. 5, number 5, #5", "ranked ^about 5", false},
		{"a number word in a compound: one-on-one", "a one-on-^one meeting", true},
		{"one that is no count: one of the, no one, the one", "one of the leaders", true},
		{"one that is no count: one of the, no one, the one", "no ^one came", true},
		{"one that is no count: one of the, no one, the one", "one soldier died", false},
		{"a clock time: 11:36:05", "at 11:^36", true},
		{"a clock time: 11:36:05", "at 11 : ^36", false},
		{"a time of day: 7 p.m., 10 GMT, 1100 hours", "at ^7 p.m.", true},
		{"a time of day: 7 p.m., 10 GMT, 1100 hours", "at ^1100 hours", true},
		{"a time of day: 7 p.m., 10 GMT, 1100 hours", "for ^12 hours", false},
		{"a score or a range label: 3-1", "won ^3-1", true},
		{"a score or a range label: 3-1", "won ^3 - 1", false},
	} {
		var rule func(*numberSite) bool
		for _, r := range notCounts {
			if r.name == c.rule {
				rule = r.test
			}
		}
		if rule == nil {
			t.Fatalf("no rule %q", c.rule)
		}
		s, ok, _, _ := siteAt(t, c.text)
		if !ok {
			t.Errorf("%q: no number read", c.text)
			continue
		}
		if got := rule(s); got != c.want {
			t.Errorf("%s on %q = %v, want %v", c.rule, c.text, got, c.want)
		}
	}
}

func TestNumberSiteAt(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"about 20 people", "about 20 20"},
		{"between 10 and 15 people", " 10 15 between"},
		{"$2 to $3 million", " 2e+06 3e+06 usd"},
		{"some 5 boats", "some 5 5"},
		{"some boats", "none"},
		{"about one individual", "none"},
		{"between them", "none"},
		{"between 10 or 15", "none"},
	} {
		s, ok, _, _ := siteAt(t, c.text)
		got := "none"
		if ok {
			got = strings.TrimRight(strings.Join([]string{s.h, fmt.Sprint(s.v), fmt.Sprint(s.hi), s.cur}, " "), " ")
			if s.between {
				got += " between"
			}
		}
		if got != c.want {
			t.Errorf("numberSiteAt(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestQuantityUnit(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"$5 million dollars spent", "usd | spent"},
		{"5 % rise", "percent | rise"},
		{"5 per cent rise", "percent | rise"},
		{"a ^12-point plan", "point | plan"},
		{"a ^34-year-old man", "age | man"},
		{"two top diplomats met", "diplomat | met"},
		{"12 worst-hit villages", "village | "},
		{"16 years old", "age | "},
		{"370 vanished", " | vanished"},
		{"5 dollars", "usd | "},
		{"5 Americans", " | Americans"},
	} {
		s, ok, toks, plain := siteAt(t, c.text)
		if !ok {
			t.Errorf("%q: no number read", c.text)
			continue
		}
		u, end := s.unit()
		rest := ""
		if end < len(toks) {
			rest = plain[toks[end].s:]
		}
		if got := u + " | " + rest; got != c.want {
			t.Errorf("unit of %q = %q, want %q", c.text, got, c.want)
		}
	}
}
