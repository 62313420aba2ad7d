package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/source"
)

// writeClaimsText lists each source's claims with their slots, the
// default form of "factcheck claims".
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
				fmt.Fprintf(&b, "\tquantity: %q → %g %s%s [%g, %g]\n", q.Text, q.Value, q.Unit, objectOf(q), q.Low, q.High)
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
	listJSON struct {
		Version int              `json:"version"`
		Sources []listSourceJSON `json:"sources"`
		Claims  []listClaimJSON  `json:"claims"`
	}
	listSourceJSON struct {
		Path      string  `json:"path"`
		Format    string  `json:"format"`
		Title     string  `json:"title,omitempty"`
		Published *string `json:"published"`
		Provider  string  `json:"provider,omitempty"`
		Author    string  `json:"author,omitempty"`
	}
	listClaimJSON struct {
		Path        string               `json:"path"`
		Line        int                  `json:"line"`
		Column      int                  `json:"column"`
		Text        string               `json:"text"`
		Sentence    int                  `json:"sentence"`
		Kind        string               `json:"kind"`
		Frame       string               `json:"frame,omitempty"`
		Attribution *listAttributionJSON `json:"attribution,omitempty"`
		Subject     *listEntityJSON      `json:"subject,omitempty"`
		Predicate   string               `json:"predicate,omitempty"`
		Class       string               `json:"class,omitempty"`
		Polarity    string               `json:"polarity"`
		Modality    string               `json:"modality"`
		Entities    []listEntityJSON     `json:"entities"`
		Times       []listTimeJSON       `json:"times"`
		Quantities  []listQuantityJSON   `json:"quantities"`
	}
	listAttributionJSON struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Type    string `json:"type,omitempty"`
		Key     string `json:"key"`
		Verb    string `json:"verb"`
	}
	listEntityJSON struct {
		Text      string `json:"text"`
		Type      string `json:"type"`
		Canonical string `json:"canonical"`
		Key       string `json:"key"`
	}
	listTimeJSON struct {
		Text        string `json:"text"`
		Kind        string `json:"kind"`
		Granularity string `json:"granularity"`
		From        string `json:"from,omitempty"`
		To          string `json:"to,omitempty"`
		Relative    bool   `json:"relative"`
		Anchor      string `json:"anchor,omitempty"`
	}
	listQuantityJSON struct {
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

// writeClaimsJSON is "factcheck claims -format json".
func writeClaimsJSON(w io.Writer, docs []*source.Document, cs [][]claims.Claim) error {
	out := listJSON{Version: 1, Sources: []listSourceJSON{}, Claims: []listClaimJSON{}}
	for i, d := range docs {
		s := listSourceJSON{Path: escape.PathUTF8(d.Path), Format: string(d.Format), Title: d.Meta.Title, Provider: d.Meta.Provider, Author: d.Meta.Author}
		if !d.Meta.Published.IsZero() {
			p := d.Meta.Published.Format("2006-01-02")
			s.Published = &p
		}
		out.Sources = append(out.Sources, s)
		for _, c := range cs[i] {
			j := listClaimJSON{Path: escape.PathUTF8(c.Pos.Filename), Line: c.Pos.Line, Column: c.Pos.Column, Text: c.Text,
				Sentence: c.Sentence, Kind: string(c.Kind), Frame: c.Frame, Predicate: c.Predicate, Class: c.Class,
				Polarity: string(c.Polarity), Modality: string(c.Modality),
				Entities: []listEntityJSON{}, Times: []listTimeJSON{}, Quantities: []listQuantityJSON{}}
			if a := c.Attribution; a != nil {
				j.Attribution = &listAttributionJSON{Text: a.Text, Speaker: a.Speaker, Type: string(a.Type), Key: a.Key, Verb: a.Verb}
			}
			if m := c.Subject; m != nil {
				j.Subject = &listEntityJSON{m.Text, string(m.Type), m.Canonical, m.Key}
			}
			for _, m := range c.Entities {
				j.Entities = append(j.Entities, listEntityJSON{m.Text, string(m.Type), m.Canonical, m.Key})
			}
			for _, t := range c.Times {
				j.Times = append(j.Times, listTimeJSON{Text: t.Text, Kind: string(t.Kind), Granularity: string(t.Granularity),
					From: day(t.From, t.From.IsZero()), To: day(t.To, t.To.IsZero()), Relative: t.Relative, Anchor: day(t.Anchor, t.Anchor.IsZero())})
			}
			for _, q := range c.Quantities {
				var hi *float64
				if !math.IsInf(q.High, 1) {
					h := q.High
					hi = &h
				}
				j.Quantities = append(j.Quantities, listQuantityJSON{q.Text, q.Value, q.Unit, q.Of, q.Hedge, q.Low, hi})
			}
			out.Claims = append(out.Claims, j)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// objectOf names the act a count of people is the object of, for the listing.
func objectOf(q claims.Quantity) string {
	if q.Of == "" {
		return ""
	}
	return " (" + q.Of + ")"
}
