package claims

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/source"
)

// doc builds a document from text with sentences segmented here, so the
// tests do not depend on the source package's segmentation of the moment:
// one sentence per line, split further after ". ", "? ", "! " before a
// capital or a quote (not after an initialism or a known abbreviation).
func doc(t testing.TB, text string, published string) *source.Document {
	t.Helper()
	d, err := source.Parse("t.txt", []byte(text), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	resegment(d)
	if published != "" {
		p, err := time.Parse("2006-01-02", published)
		if err != nil {
			t.Fatal(err)
		}
		d.Meta.Published = p
	}
	return d
}

func resegment(d *source.Document) {
	d.Sentences = nil
	text := d.Text
	add := func(s, e int) {
		for s < e && strings.ContainsRune(" \t\r\n", rune(text[s])) {
			s++
		}
		for e > s && strings.ContainsRune(" \t\r\n", rune(text[e-1])) {
			e--
		}
		if e > s {
			d.Sentences = append(d.Sentences, source.Sentence{Start: s, End: e, Text: text[s:e], Kind: source.KindBody, Pos: d.Pos(s)})
		}
	}
	line := 0
	for line <= len(text) {
		end := strings.IndexByte(text[line:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += line
		}
		toks := tokenize(text[line:end], line)
		s := line
		for k := 0; k+1 < len(toks); k++ {
			t := toks[k]
			if (t.low == "." || t.low == "?" || t.low == "!" || strings.HasSuffix(t.text, ".") && len(t.text) > 1 && !vocab().abbrevs[strings.TrimSuffix(t.low, ".")] && !strings.Contains(strings.TrimSuffix(t.text, "."), ".")) && toks[k+1].space {
				n := toks[k+1]
				if n.cap || n.low == "“" || n.low == "\"" {
					add(s, t.e)
					s = t.e
				}
			}
		}
		add(s, end)
		line = end + 1
	}
}

func seed(t testing.TB, name, published string) *source.Document {
	t.Helper()
	raw, err := os.ReadFile("../testdata/seeds/" + name)
	if err != nil {
		t.Skipf("seed %s: %v", name, err)
	}
	if os.Getenv("CLAIMS_SEED_RAW") != "" {
		// The source package's own reading, to check the seeds end to end.
		d, err := source.Parse(name, raw, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if published != "" {
			d.Meta.Published, _ = time.Parse("2006-01-02", published)
		}
		return d
	}
	return doc(t, string(raw), published)
}

func dump(cs []Claim) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s [%s] %q\n", c.Pos, c.Kind, c.Text)
		if c.Frame != "" {
			fmt.Fprintf(&b, "\tframe: %q\n", c.Frame)
		}
		if c.Attribution != nil {
			fmt.Fprintf(&b, "\tattr: %q speaker=%q verb=%s\n", c.Attribution.Text, c.Attribution.Speaker, c.Attribution.Verb)
		}
		if c.Subject != nil {
			fmt.Fprintf(&b, "\tsubject: %s\n", c.Subject.Canonical)
		}
		fmt.Fprintf(&b, "\tpred: %q class=%q pol=%s mod=%s\n", c.Predicate, c.Class, c.Polarity, c.Modality)
		for _, m := range c.Entities {
			fmt.Fprintf(&b, "\tent: %q %s → %q key=%q demonym=%v\n", m.Text, m.Type, m.Canonical, m.Key, m.Demonym)
		}
		for _, tm := range c.Times {
			fmt.Fprintf(&b, "\ttime: %q %s %s %s..%s rel=%v ev=%q\n", tm.Text, tm.Kind, tm.Granularity, tm.From.Format("2006-01-02"), tm.To.Format("2006-01-02"), tm.Relative, tm.Event)
		}
		for _, q := range c.Quantities {
			fmt.Fprintf(&b, "\tqty: %q %v %s hedge=%q [%v,%v]\n", q.Text, q.Value, q.Unit, q.Hedge, q.Low, q.High)
		}
		fmt.Fprintf(&b, "\tterms: %v\n", c.Terms)
	}
	return b.String()
}

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("CLAIMS_DUMP") == "" {
		t.Skip("set CLAIMS_DUMP=1 to print the seeds' claims")
	}
	for _, f := range strings.Split(os.Getenv("CLAIMS_DUMP"), ",") {
		var d *source.Document
		if os.Getenv("CLAIMS_RAW") != "" {
			// The source package's own reading: its segmentation, kinds and date.
			raw, err := os.ReadFile("../testdata/seeds/" + f)
			if err != nil {
				t.Fatal(err)
			}
			if d, err = source.Parse(f, raw, source.Options{}); err != nil {
				t.Fatal(err)
			}
		} else {
			d = seed(t, f, "2023-03-02")
		}
		fmt.Printf("=== %s: %d sentences, published %v\n", f, len(d.Sentences), d.Meta.Published)
		fmt.Print(dump(Extract(d, Options{})))
	}
}

// lookup returns the matcher of a parser's list by its name.
func lookup[F any](t *testing.T, list []named[F], name string) F {
	t.Helper()
	for _, n := range list {
		if n.name == name {
			return n.match
		}
	}
	t.Fatalf("no matcher %q", name)
	var none F
	return none
}

// marked tokenizes a text that marks one token with "^" (the first token
// when none); it returns the tokens, the marked one's index and the text
// without the mark.
func marked(text string) ([]token, int, string) {
	at := strings.Index(text, "^")
	plain := strings.Replace(text, "^", "", 1)
	toks := tokenize(plain, 0)
	i := 0
	for at >= 0 && i < len(toks) && toks[i].s < at {
		i++
	}
	return toks, i, plain
}

// extractCase is a row of a table test of Extract: a text, published
// 2024-05-10, and the view wanted of its claims; name, when set, names the
// subtest.
type extractCase[V any] struct {
	name string
	in   string
	want []V
}

// testExtract runs Extract on the text of every case and compares view of
// the claims with the case's want; what names the view in the report.
func testExtract[V any](t *testing.T, what string, view func([]Claim) []V, cases []extractCase[V]) {
	t.Helper()
	for _, c := range cases {
		check := func(t *testing.T) {
			t.Helper()
			got := view(Extract(doc(t, c.in, "2024-05-10"), Options{}))
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%s of Extract(%q) mismatch (-want +got):\n%s", what, c.in, diff)
			}
		}
		if c.name == "" {
			check(t)
		} else {
			t.Run(c.name, check)
		}
	}
}
