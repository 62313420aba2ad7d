package source

import (
	"testing"
	"time"
)

// FuzzDates checks the metadata date readers (bylines, date lines, URL
// paths): no panic, spans in bounds, dates inside the accepted years.
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"March 2, 2023", "Date: 2025-04-11 11:36:05", "Posted Friday Aug 2, 2013 at 5:19 pm",
		"Updated 12/31/2021 EDT", "2 March 2023", "02.03.2023", "3/4/23", "2023/03/02",
		"2023-02-30", "9999-99-99", "Sept. 31st, 2020", "the 1st of January 1800",
		"https://example.com/2012/04/09/story", "/2012-4-9/", "Modified: 2021-07-01T10:00:00+02:00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if tm, a, b, ok := findDate(s); ok {
			if a < 0 || a > b || b > len(s) {
				t.Fatalf("findDate(%q) span [%d,%d) out of bounds", s, a, b)
			}
			if y := tm.Year(); y < 1800 || y > 2200 {
				t.Fatalf("findDate(%q) = %v, outside 1800-2200", s, tm)
			}
		}
		dateLine(s)
		if tm, ok := urlDate(s); ok && tm.Location() != time.UTC {
			t.Fatalf("urlDate(%q) = %v, not UTC", s, tm)
		}
		parseDateValue(s)
	})
}
