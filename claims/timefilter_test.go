package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestParseSkipsOnlyWhatNoMatcherReads checks parse, which skips tokens
// no matcher can start a time at, against parseAll, which tries every
// matcher, at every token of the seed articles and of the matcher tests'
// forms, with and without "ago" in the sentence.
func TestParseSkipsOnlyWhatNoMatcherReads(t *testing.T) {
	texts := []string{
		"since January 2022, last year, past month, next weekend, this week, last summer, next Thursday",
		"in recent days, over the past few weeks, on the eve of the vote, three days ago, more than a year ago",
		"on Monday, Feb. 3, 2021; March 4; 4 March 2020; 12/03/2021; 12.03.2021; the 1990s; in 2018; spring 2020",
		"today, tonight, yesterday, tomorrow; May 5; in May; summer of 2019; $2018; 2018 people",
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	if len(files) == 0 {
		t.Log("no seed articles in ../testdata/seeds: the forms alone")
	}
	anchor := time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC)
	read := 0
	for _, text := range texts {
		toks := tokenize(text, 0)
		for _, ago := range []bool{false, true} {
			p := &timeParser{g: load(), anchor: anchor}
			p.scan(toks)
			p.hasAgo = p.hasAgo || ago
			for i := range toks {
				tm, j := p.parse(toks, i)
				wtm, wj := p.parseAll(toks, i)
				if j != wj || !cmp.Equal(tm, wtm) {
					t.Fatalf("parse at token %d (%q) of %q: %d %+v, parseAll: %d %+v", i, toks[i].text, text, j, tm, wj, wtm)
				}
				if j > i {
					read++
				}
			}
		}
	}
	if read < 20 {
		t.Errorf("only %d times read: the test compares too little", read)
	}
}
