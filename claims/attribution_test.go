package claims

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/source"
)

// TestAttrMatchers runs each attribution matcher alone on a sentence
// without names, and shows "attribution | content | speaker", or "pass"
// when the matcher finds nothing. Spans keep the final period: build trims
// it later.
func TestAttrMatchers(t *testing.T) {
	for _, c := range []struct{ matcher, text, want string }{
		{"according to X, …", "According to the ministry, the talks failed.", "According to the ministry | the talks failed. | the ministry"},
		{"according to X, …", "According to the ministry, a source, the talks failed.", "According to the ministry, a source | the talks failed. | the ministry"},
		{"according to X, …", "According to the ministry and the army.", "pass"},
		{"…, according to X", "The talks failed, according to the ministry.", "according to the ministry | The talks failed | the ministry."},
		{"…, according to X", "The talks failed according to plan.", "pass"},
		{"X said (that) …", "The minister said that the talks failed.", "The minister said | the talks failed. | The minister"},
		{"X said (that) …", "The minister told reporters that the talks failed.", "The minister told reporters | the talks failed. | The minister"},
		{"X said (that) …", "On Monday, the minister said the talks failed.", "the minister said | the talks failed. | the minister"},
		{"X said (that) …", "The minister did not say the talks failed.", "pass"},
		{"X said (that) …", "The minister warned the envoy about the talks.", "pass"},
		{"X said (that) …", "The minister has insisted the talks were over.", "The minister has insisted | the talks were over. | The minister"},
		{"X said (that) …", "The minister insisted on the talks.", "pass"},
		{"X said (that) …", "The minister admitted the charges.", "pass"},
		{"X said (that) …", "The minister signed the deal.", "pass"},
		{"…, X said", "The talks failed, the minister said.", "the minister said | The talks failed | the minister"},
		{"…, X said", "“The talks failed,” said the minister.", "said the minister | The talks failed | the minister."},
		{"…, X said", "The talks failed, and the minister said nothing.", "pass"},
	} {
		m := lookup(t, attrMatchers, c.matcher)
		x := &extractor{g: load(), doc: &source.Document{Text: c.text}}
		toks := tokenize(c.text, 0)
		w := &sentWork{toks: toks, adj: make([]bool, len(toks))}
		f, ok := m(x, attrScope{w: w, dep: depths(toks), cov: make([]bool, len(toks)), a: 0, b: len(toks)})
		got := "pass"
		if ok {
			span := func(a, b int) string {
				if b <= a {
					return ""
				}
				return c.text[toks[a].s:toks[b-1].e]
			}
			got = f.attr.Text + " | " + span(f.ca, f.cb) + " | " + span(f.sp[0], f.sp[1])
		}
		if got != c.want {
			t.Errorf("%s on %q = %q, want %q", c.matcher, c.text, got, c.want)
		}
	}
}

// TestReportedClauses: what a participle of saying reports is a claim of
// its own, credited to the clause's subject; a main clause after a
// leading subordinate one is its own claim, credited to its own speaker,
// but for a condition, which stays with the clause it makes conditional.
func TestReportedClauses(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The mayor denied the claim, saying the bridge was safe.",
			"The mayor denied the claim | the bridge was safe (the mayor)"},
		{"The mayor denied the claim, saying the old stone bridge over the river was safe.",
			"The mayor denied the claim | the old stone bridge over the river was safe (the mayor)"},
		{"The mayor left the hall, saying goodbye.", "The mayor left the hall, saying goodbye"},
		{"The mayor denied the claim, adding that the bridge was safe.",
			"The mayor denied the claim | the bridge was safe (the mayor)"},
		{"If you prefer the old design, the maker will ask $900 for it.",
			"If you prefer the old design, the maker will ask $900 for it"},
		{"Although Okafor insisted he was ill, and that the budget was late, the council has insisted the budget was ready.",
			"he was ill (Okafor) | that the budget was late (Okafor) | the budget was ready (the council)"},
	} {
		var got []string
		for _, c := range Extract(doc(t, tc.in, "2024-05-10"), Options{}) {
			s := c.Text
			if c.Attribution != nil {
				s += " (" + c.Attribution.Speaker + ")"
			}
			got = append(got, s)
		}
		if g := strings.Join(got, " | "); g != tc.want {
			t.Errorf("claims of %q:\n got %s\nwant %s", tc.in, g, tc.want)
		}
	}
}
