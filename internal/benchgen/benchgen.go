// Package benchgen owns the benchmark corpus: realistic multi-source news
// sets built from the templates in templates.txt, at any size, the same for
// the same seed. Each event has an original wire story and several of:
// a verbatim republication wrapped in page furniture, a paraphrase, an
// independent report, and a copy with one planted divergence.
package benchgen

import (
	_ "embed"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

//go:embed templates.txt
var templatesData string

// File is one generated source.
type File struct {
	Path string // relative: "e0007/wire.txt"
	Data []byte
}

// Planted is a divergence the generator put in on purpose.
type Planted struct {
	Path     string
	Kind     string // "number" or "date"
	Was, Now string
}

// Corpus is a generated set of sources.
type Corpus struct {
	Files   []File
	Planted []Planted
	Events  int
	Bytes   int
}

type template struct {
	kind      string
	title     string
	sentences []sentence
}

type sentence struct{ orig, para, indep string }

func parseTemplates() []template {
	var out []template
	slots := variantSlots()
	for _, line := range strings.Split(templatesData, "\n") {
		line = slotted(strings.TrimSpace(line), slots)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "= "):
			out = append(out, template{kind: line[2:]})
		case strings.HasPrefix(line, "title: "):
			out[len(out)-1].title = line[7:]
		case strings.HasPrefix(line, "s: "):
			t := &out[len(out)-1]
			t.sentences = append(t.sentences, sentence{orig: line[3:]})
		case strings.HasPrefix(line, "p: "):
			t := &out[len(out)-1]
			t.sentences[len(t.sentences)-1].para = line[3:]
		case strings.HasPrefix(line, "i: "):
			t := &out[len(out)-1]
			t.sentences[len(t.sentences)-1].indep = line[3:]
		}
	}
	return out
}

var (
	firstNames = strings.Fields("Ada Boris Chloe Dmitri Elena Farid Grace Hiro Ines Jonas Karin Luis Mina Nils Olga Pavel Rosa Sven Tariq Uma Viktor Wen Yara Zoran")
	syllables  = strings.Fields("ka lo mer vin tosh bar den ric sel mo nu pra ste gan dor fel qui ra zen hol")
	places     = [][2]string{
		{"Lisbon", "Portugal"}, {"Porto", "Portugal"}, {"Madrid", "Spain"}, {"Valencia", "Spain"},
		{"Lyon", "France"}, {"Marseille", "France"}, {"Munich", "Germany"}, {"Hamburg", "Germany"},
		{"Milan", "Italy"}, {"Naples", "Italy"}, {"Krakow", "Poland"}, {"Gdansk", "Poland"},
		{"Osaka", "Japan"}, {"Sapporo", "Japan"}, {"Busan", "South Korea"}, {"Manila", "Philippines"},
		{"Cebu", "Philippines"}, {"Lima", "Peru"}, {"Quito", "Ecuador"}, {"Santiago", "Chile"},
		{"Nairobi", "Kenya"}, {"Mombasa", "Kenya"}, {"Accra", "Ghana"}, {"Lagos", "Nigeria"},
		{"Izmir", "Turkey"}, {"Antalya", "Turkey"}, {"Tbilisi", "Georgia"}, {"Almaty", "Kazakhstan"},
		{"Perth", "Australia"}, {"Adelaide", "Australia"}, {"Calgary", "Canada"}, {"Halifax", "Canada"},
	}
	agencies  = strings.Fields("AP Reuters AFP")
	furniture = []string{"Skip to main content", "Home | World | Business | Sport", "Advertisement"}
	closing   = []string{"Related stories", "Leave a comment", "More from our newsroom", "Subscribe to our newsletter"}
)

// Generate builds a corpus of about docs documents, deterministic for a seed.
func Generate(docs int, seed uint64) *Corpus {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	tpls := parseTemplates()
	c := &Corpus{}
	for ev := 0; len(c.Files) < docs; ev++ {
		c.event(rng, tpls[rng.IntN(len(tpls))], ev, docs-len(c.Files))
		c.Events++
	}
	for _, f := range c.Files {
		c.Bytes += len(f.Data)
	}
	return c
}

func surname(rng *rand.Rand) string {
	s := ""
	for i := 0; i < 3; i++ {
		s += syllables[rng.IntN(len(syllables))]
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// event adds the sources of one event, at most room of them.
func (c *Corpus) event(rng *rand.Rand, t template, ev, room int) {
	place := places[rng.IntN(len(places))]
	date := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(1500))
	vars := map[string]string{
		"P1":      firstNames[rng.IntN(len(firstNames))] + " " + surname(rng),
		"P2":      firstNames[rng.IntN(len(firstNames))] + " " + surname(rng),
		"ORG":     surname(rng) + " Group",
		"CITY":    place[0],
		"COUNTRY": place[1],
		"DATE":    date.Format("January 2, 2006"),
		"WEEKDAY": date.Weekday().String(),
		"N1":      fmt.Sprint(10 + rng.IntN(90)),
		"N2":      fmt.Sprint(10 + rng.IntN(90)),
		"N3":      fmt.Sprint(2 + rng.IntN(8)),
		"N4":      fmt.Sprint(10 + rng.IntN(90)),
		"N5":      fmt.Sprint(10 + rng.IntN(90)),
		"AGENCY":  agencies[rng.IntN(len(agencies))],
	}
	for i, g := range variants {
		vars[fmt.Sprintf("V%d", i)] = g[rng.IntN(len(g))]
	}
	dir := fmt.Sprintf("e%05d", ev)
	pub := date.AddDate(0, 0, rng.IntN(2))
	// Background: the wire's own, which copies keep whole and the
	// paraphrase keeps in part, and the independent report's.
	bd := newBackdrop(rng)
	var back []string
	for i, n := 0, 20+rng.IntN(40); i < n; i++ {
		back = append(back, bd.sentence(rng, place[0]))
	}
	other := newBackdrop(rng)
	var para, indep []string
	for _, s := range back {
		if rng.IntN(2) == 0 {
			para = append(para, s)
		} else {
			para = append(para, other.sentence(rng, place[0]))
		}
	}
	for i, n := 0, 15+rng.IntN(30); i < n; i++ {
		indep = append(indep, other.sentence(rng, place[0]))
	}
	background := map[string][]string{
		"wire": paragraphs(rng, back), "paraphrase": paragraphs(rng, para), "independent": paragraphs(rng, indep),
	}
	background["copy"], background["divergent"] = background["wire"], background["wire"]
	roles := []string{"wire", "copy", "paraphrase", "independent", "divergent"}
	n := 3 + rng.IntN(3)
	if n > room {
		n = room
	}
	for _, role := range roles[:n] {
		var b strings.Builder
		fmt.Fprintf(&b, "Date: %s\n\n", pub.Format("2006-01-02"))
		v := vars
		if role == "divergent" {
			v = c.plant(rng, vars, dir+"/"+role+".txt")
		}
		if role == "copy" {
			for _, f := range furniture {
				b.WriteString(f + "\n\n")
			}
		}
		b.WriteString(fill(t.title, v) + "\n\n")
		for i, s := range t.sentences {
			text := s.orig
			switch role {
			case "paraphrase":
				if s.para != "" {
					text = s.para
				}
			case "independent":
				if s.indep == "" {
					continue
				}
				text = s.indep
			}
			if i == 0 && role != "independent" && role != "paraphrase" {
				text = strings.ToUpper(v["CITY"]) + ", " + v["COUNTRY"] + " (" + v["AGENCY"] + ") - " + text
			}
			b.WriteString(fill(text, v) + "\n\n")
		}
		for _, p := range background[role] {
			b.WriteString(p + "\n\n")
		}
		if role == "copy" {
			for _, f := range closing {
				b.WriteString(f + "\n\n")
			}
		}
		c.Files = append(c.Files, File{Path: dir + "/" + role + ".txt", Data: []byte(b.String())})
	}
}

// plant changes one value of the event for the divergent copy.
func (c *Corpus) plant(rng *rand.Rand, vars map[string]string, path string) map[string]string {
	v := make(map[string]string, len(vars))
	for k, x := range vars {
		v[k] = x
	}
	if rng.IntN(2) == 0 {
		v["N1"] = fmt.Sprint(200 + rng.IntN(700))
		c.Planted = append(c.Planted, Planted{Path: path, Kind: "number", Was: vars["N1"], Now: v["N1"]})
		return v
	}
	d, _ := time.Parse("January 2, 2006", vars["DATE"])
	d = d.AddDate(0, 1, 3)
	v["DATE"] = d.Format("January 2, 2006")
	c.Planted = append(c.Planted, Planted{Path: path, Kind: "date", Was: vars["DATE"], Now: v["DATE"]})
	return v
}

func fill(s string, vars map[string]string) string {
	for k, v := range vars {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}

// Write puts the corpus under dir.
func (c *Corpus) Write(dir string) error {
	for _, f := range c.Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
