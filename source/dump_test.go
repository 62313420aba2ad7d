package source

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDump prints what Load reads from the paths in FACTCHECK_DUMP
// (space-separated), for eyeballing a corpus: FACTCHECK_DUMP=testdata/seeds
// go test -run TestDump ./source/
func TestDump(t *testing.T) {
	env := os.Getenv("FACTCHECK_DUMP")
	if env == "" {
		t.Skip("set FACTCHECK_DUMP to paths to print")
	}
	docs, err := Load(strings.Fields(env), Options{})
	if err != nil {
		fmt.Println("errors:", err)
	}
	for _, d := range docs {
		fmt.Printf("=== %s %s title=%q date=%s from=%q author=%q provider=%q dateline=%q\n", d.Path, d.Format, d.Meta.Title, d.Meta.Published.Format("2006-01-02"), d.Meta.DateFrom, d.Meta.Author, d.Meta.Provider, d.Meta.Dateline)
		for _, s := range d.Sentences {
			txt := s.Text
			if len(txt) > 90 {
				txt = txt[:90]
			}
			fmt.Printf("%s %-9s %-24.24s %q\n", s.Pos, s.Kind, s.Why, txt)
		}
	}
}
