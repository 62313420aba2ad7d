package source

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const seedDir = "../testdata/seeds"

func loadSeeds(t *testing.T) map[string]*Document {
	t.Helper()
	docs, err := Load([]string{seedDir}, Options{})
	if err != nil {
		t.Fatalf("Load(%s): %v", seedDir, err)
	}
	m := map[string]*Document{}
	for _, d := range docs {
		m[filepath.Base(d.Path)[:3]] = d
	}
	if len(m) != 5 {
		t.Fatalf("Load(%s) read %d seeds, want 5", seedDir, len(m))
	}
	return m
}

// TestSeedPositions proves that every sentence of every seed is cited at a
// place in the original file that begins with its text.
func TestSeedPositions(t *testing.T) {
	for _, d := range loadSeeds(t) {
		checkDoc(t, d)
		if len(d.Sentences) == 0 {
			t.Errorf("%s: no sentences", d.Path)
		}
		if d.Format == FormatText {
			for _, s := range d.Sentences {
				if !strings.HasPrefix(string(d.Raw[s.Pos.Offset:]), s.Text) {
					t.Errorf("%v: raw does not begin with %q", s.Pos, s.Text)
				}
			}
		}
	}
}

// TestCorpusPositions checks the same on a sample of the ECB+ corpus when
// it is present.
func TestCorpusPositions(t *testing.T) {
	dir := "/work/shared/corpora/ecbplus"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus %s not present", dir)
	}
	var paths []string
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".txt") {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	var sample []string
	for i := 0; i < len(paths); i += 7 {
		sample = append(sample, paths[i])
	}
	docs, err := Load(sample, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		checkDoc(t, d)
		for _, s := range d.Sentences {
			if !strings.HasPrefix(string(d.Raw[s.Pos.Offset:]), s.Text) {
				t.Fatalf("%v: raw does not begin with %q", s.Pos, s.Text)
			}
		}
		title, _, _ := strings.Cut(strings.TrimPrefix(string(d.Raw), "Title: "), " | ")
		if _, _, stamp := dateLine(title); !stamp && (!strings.HasPrefix(string(d.Raw), "Title: ") || d.Meta.Title == "") {
			// (a timestamp in the title field, "21 July 2013 Last updated
			// at 11:11 GMT", is no title)
			t.Errorf("%s: no title from the header line", d.Path)
		}
	}
}

func TestSeedMetadata(t *testing.T) {
	type meta struct{ Published, DateFrom, Title string }
	want := map[string]meta{
		"000": {"2021-05-19", "front matter", "Blinken and Lavrov to hold first high-level meeting of Biden's presidency as US-Russia tensions simmer"},
		"001": {"2023-03-02", "date line", "Blinken, Lavrov Meet Briefly As U.S.-Russia Tensions Soar"},
		"002": {"2023-03-02", "date line", "Blinken and Lavrov Meet for First Time Since Invasion of Ukraine"},
		"003": {"2025-04-11", "date line", "Rekubit-Blinken, Lavrov meet briefly as U.S.-Russia tensions soar and war grinds on"},
		"004": {"2023-03-02", "byline", "Short Meeting Between Blinken and Lavrov as US-Russia Tensions Rise"},
	}
	got := map[string]meta{}
	for k, d := range loadSeeds(t) {
		got[k] = meta{d.Meta.Published.Format("2006-01-02"), d.Meta.DateFrom, d.Meta.Title}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed metadata mismatch (-want +got):\n%s", diff)
	}
}

// kindOf returns the kinds of the sentences that begin with prefix.
func kindOf(d *Document, prefix string) []Kind {
	var ks []Kind
	for _, s := range d.Sentences {
		if strings.HasPrefix(s.Text, prefix) {
			ks = append(ks, s.Kind)
		}
	}
	return ks
}

func TestSeedKinds(t *testing.T) {
	seeds := loadSeeds(t)
	tests := []struct {
		seed, prefix string
		want         []Kind
	}{
		{"000", "Blinken and Lavrov to hold first", []Kind{KindHeadline}},
		{"000", "US Secretary of State Antony Blinken is set", []Kind{KindBody}},
		{"000", "Biden singles out", nil}, // a related item is not article text
		{"001", "Rupert Murdoch", []Kind{KindFurniture}},
		{"001", "Frisbee Dog", []Kind{KindFurniture}},
		{"001", "World News", []Kind{KindFurniture}},
		{"001", "Blinken, Lavrov Meet Briefly", []Kind{KindHeadline}},
		{"001", "U.S. Secretary of State Antony Blinken, top center", []Kind{KindCaption, KindCaption}},
		{"001", "Olivier Douliery", []Kind{KindCredit}},
		{"001", "Go To Homepage", []Kind{KindFurniture}},
		{"001", "Popular in the Community", []Kind{KindFurniture}},
		{"002", "Blinken and Lavrov Meet for First Time", []Kind{KindHeadline}},
		{"002", "March 2, 2023", []Kind{KindDateline}},
		{"002", "PHOTO: Blinken and Lavrov in Geneva, December 2, 2021.", []Kind{KindCaption}},
		{"002", "Previous", []Kind{KindFurniture}},
		{"002", "Next", []Kind{KindFurniture}},
		{"002", "Major Pharmacy Chain", []Kind{KindFurniture, KindFurniture}},
		{"002", "Read more", []Kind{KindFurniture}},
		{"003", "Current:Home", []Kind{KindFurniture}},
		{"003", "Rekubit-Blinken, Lavrov meet briefly", []Kind{KindHeadline}},
		{"003", "In:", []Kind{KindFurniture}},
		{"003", "Paul Whelan", []Kind{KindFurniture}},
		{"003", "Related", []Kind{KindFurniture}},
		{"003", "Ranking", []Kind{KindFurniture}},
		{"003", "Recommendation", []Kind{KindFurniture}},
		{"003", "Scientists count huge melts", []Kind{KindFurniture}},
		{"003", "She's 91", []Kind{KindFurniture}},
		{"004", "Skip to main content", []Kind{KindFurniture}},
		{"004", "Short Meeting Between Blinken and Lavrov", []Kind{KindHeadline}},
		{"004", "By 03/02/2023", []Kind{KindCredit}},
		{"004", "By providing your phone number", []Kind{KindFurniture}},
		{"004", "More posts by", []Kind{KindFurniture}},
		{"004", "Author", []Kind{KindFurniture}},
		{"004", "Leave a Reply", []Kind{KindFurniture}},
		{"004", "Since the war started", []Kind{KindBody}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, kindOf(seeds[tc.seed], tc.prefix)); diff != "" {
			t.Errorf("seed %s %q kinds mismatch (-want +got):\n%s", tc.seed, tc.prefix, diff)
		}
	}
	// Each seed has exactly one headline and article sentences from the
	// body; every article sentence of 003 is on lines 2 to 21.
	for k, d := range seeds {
		heads, body := 0, 0
		for _, s := range d.Sentences {
			switch s.Kind {
			case KindHeadline:
				heads++
			case KindBody:
				body++
			}
			if k == "003" && s.Kind.IsArticle() && (s.Pos.Line < 2 || s.Pos.Line > 21) {
				t.Errorf("%v: %s sentence outside the article: %q", s.Pos, s.Kind, s.Text)
			}
		}
		if heads != 1 || body < 1 {
			t.Errorf("seed %s: %d headlines, %d body sentences", k, heads, body)
		}
	}
}
