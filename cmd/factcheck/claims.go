package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/source"
)

// claims lists the claims read from each source, with their slots.
func (e env) claims(args []string) int {
	fs := e.newFlags("claims", "PATH...")
	var c common
	c.register(fs)
	format := fs.String("format", "text", "output `format`: text or json")
	paths, code, ok := e.parsePaths(fs, args)
	if !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(e.stderr, "factcheck: claims: unknown format %q (want text or json)\n", *format)
		return exitInput
	}
	cfg, ok := e.load(c, paths, "")
	if !ok {
		return exitInput
	}
	docs, cs, loadErr := pipeline.Read(*cfg)
	if loadErr != nil {
		reportErr(e.stderr, loadErr)
	}
	var werr error
	if *format == "json" {
		werr = writeClaimsJSON(e.stdout, docs, cs)
	} else {
		werr = writeClaimsText(e.stdout, docs, cs)
	}
	if werr != nil {
		fmt.Fprintf(e.stderr, "factcheck: %v\n", werr)
		return exitInput
	}
	if loadErr != nil {
		return exitInput
	}
	return exitClean
}

func writeClaimsText(w io.Writer, docs []*source.Document, cs [][]claims.Claim) error {
	var b strings.Builder
	for i, d := range docs {
		m := d.Meta
		fmt.Fprintf(&b, "# %s  (%s", escape.Path(d.Path), d.Format)
		if !m.Published.IsZero() {
			fmt.Fprintf(&b, ", published %s from %s", m.Published.Format("2006-01-02"), m.DateFrom)
		}
		if m.Provider != "" {
			fmt.Fprintf(&b, ", %s", m.Provider)
		}
		b.WriteString(")\n")
		if m.Title != "" {
			fmt.Fprintf(&b, "#   title: %s\n", escape.Text(m.Title))
		}
		for _, c := range cs[i] {
			fmt.Fprintf(&b, "%s: %s: %s\n", c.Pos, c.Kind, escape.Text(c.Text))
			if c.Frame != "" {
				fmt.Fprintf(&b, "\tframe: %s\n", c.Frame)
			}
			if a := c.Attribution; a != nil {
				fmt.Fprintf(&b, "\tattribution: %s (%q)\n", a.Speaker, a.Text)
			}
			if c.Predicate != "" || c.Polarity != claims.Affirmed || c.Modality != claims.Asserted {
				fmt.Fprintf(&b, "\tpredicate: %s, %s, %s\n", c.Predicate, c.Polarity, c.Modality)
			}
			for _, m := range c.Entities {
				fmt.Fprintf(&b, "\tentity: %s %q → %s [%s]\n", m.Type, m.Text, m.Canonical, m.Key)
			}
			for _, t := range c.Times {
				fmt.Fprintf(&b, "\ttime: %q → %s\n", t.Text, timeString(t))
			}
			for _, q := range c.Quantities {
				fmt.Fprintf(&b, "\tquantity: %q → %g %s%s [%g, %g]\n", q.Text, q.Value, q.Unit, of(q), q.Low, q.High)
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func timeString(t claims.Time) string {
	if t.From.IsZero() {
		return "unresolved"
	}
	s := fmt.Sprintf("%s %s", t.From.Format("2006-01-02"), t.Granularity)
	if t.Kind == claims.Since {
		s = "since " + s
	}
	if t.Relative {
		s += fmt.Sprintf(" (relative to %s)", t.Anchor.Format("2006-01-02"))
	}
	return s
}

// The JSON listing's wire structs: documented in the README.
type (
	claimsJSON struct {
		Version int          `json:"version"`
		Sources []sourceJSON `json:"sources"`
		Claims  []claimJSON  `json:"claims"`
	}
	sourceJSON struct {
		Path      string  `json:"path"`
		Format    string  `json:"format"`
		Title     string  `json:"title,omitempty"`
		Published *string `json:"published"`
		Provider  string  `json:"provider,omitempty"`
		Author    string  `json:"author,omitempty"`
	}
	claimJSON struct {
		Path        string           `json:"path"`
		Line        int              `json:"line"`
		Column      int              `json:"column"`
		Text        string           `json:"text"`
		Sentence    int              `json:"sentence"`
		Kind        string           `json:"kind"`
		Frame       string           `json:"frame,omitempty"`
		Attribution *attributionJSON `json:"attribution,omitempty"`
		Subject     *entityJSON      `json:"subject,omitempty"`
		Predicate   string           `json:"predicate,omitempty"`
		Class       string           `json:"class,omitempty"`
		Polarity    string           `json:"polarity"`
		Modality    string           `json:"modality"`
		Entities    []entityJSON     `json:"entities"`
		Times       []timeJSON       `json:"times"`
		Quantities  []quantityJSON   `json:"quantities"`
	}
	attributionJSON struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Type    string `json:"type,omitempty"`
		Key     string `json:"key"`
		Verb    string `json:"verb"`
	}
	entityJSON struct {
		Text      string `json:"text"`
		Type      string `json:"type"`
		Canonical string `json:"canonical"`
		Key       string `json:"key"`
	}
	timeJSON struct {
		Text        string `json:"text"`
		Kind        string `json:"kind"`
		Granularity string `json:"granularity"`
		From        string `json:"from,omitempty"`
		To          string `json:"to,omitempty"`
		Relative    bool   `json:"relative"`
		Anchor      string `json:"anchor,omitempty"`
	}
	quantityJSON struct {
		Text  string   `json:"text"`
		Value float64  `json:"value"`
		Unit  string   `json:"unit"`
		Of    string   `json:"of,omitempty"` // the act a count of people is the object of
		Hedge string   `json:"hedge,omitempty"`
		Low   float64  `json:"low"`
		High  *float64 `json:"high"` // null when unbounded ("more than 10")
	}
)

func day(t interface{ Format(string) string }, zero bool) string {
	if zero {
		return ""
	}
	return t.Format("2006-01-02")
}

func writeClaimsJSON(w io.Writer, docs []*source.Document, cs [][]claims.Claim) error {
	out := claimsJSON{Version: 1, Sources: []sourceJSON{}, Claims: []claimJSON{}}
	for i, d := range docs {
		s := sourceJSON{Path: escape.PathUTF8(d.Path), Format: string(d.Format), Title: d.Meta.Title, Provider: d.Meta.Provider, Author: d.Meta.Author}
		if !d.Meta.Published.IsZero() {
			p := d.Meta.Published.Format("2006-01-02")
			s.Published = &p
		}
		out.Sources = append(out.Sources, s)
		for _, c := range cs[i] {
			j := claimJSON{Path: escape.PathUTF8(c.Pos.Filename), Line: c.Pos.Line, Column: c.Pos.Column, Text: c.Text,
				Sentence: c.Sentence, Kind: string(c.Kind), Frame: c.Frame, Predicate: c.Predicate, Class: c.Class,
				Polarity: string(c.Polarity), Modality: string(c.Modality),
				Entities: []entityJSON{}, Times: []timeJSON{}, Quantities: []quantityJSON{}}
			if a := c.Attribution; a != nil {
				j.Attribution = &attributionJSON{Text: a.Text, Speaker: a.Speaker, Type: string(a.Type), Key: a.Key, Verb: a.Verb}
			}
			if m := c.Subject; m != nil {
				j.Subject = &entityJSON{m.Text, string(m.Type), m.Canonical, m.Key}
			}
			for _, m := range c.Entities {
				j.Entities = append(j.Entities, entityJSON{m.Text, string(m.Type), m.Canonical, m.Key})
			}
			for _, t := range c.Times {
				j.Times = append(j.Times, timeJSON{Text: t.Text, Kind: string(t.Kind), Granularity: string(t.Granularity),
					From: day(t.From, t.From.IsZero()), To: day(t.To, t.To.IsZero()), Relative: t.Relative, Anchor: day(t.Anchor, t.Anchor.IsZero())})
			}
			for _, q := range c.Quantities {
				var hi *float64
				if !math.IsInf(q.High, 1) {
					h := q.High
					hi = &h
				}
				j.Quantities = append(j.Quantities, quantityJSON{q.Text, q.Value, q.Unit, q.Of, q.Hedge, q.Low, hi})
			}
			out.Claims = append(out.Claims, j)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// of names the act a count of people is the object of, for the listing.
func of(q claims.Quantity) string {
	if q.Of == "" {
		return ""
	}
	return " (" + q.Of + ")"
}
