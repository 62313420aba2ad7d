package source

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

const monthRe = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	isoDateRe   = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?`)
	slashDMYRe  = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	slashMDY2Re = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{2})\b`)
	urlDateRe   = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$)`)
	slashYMDRe  = regexp.MustCompile(`\b(\d{4})/(\d{1,2})/(\d{1,2})\b`)
	monthDayRe  = regexp.MustCompile(`(?i)\b` + monthRe + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dayMonthRe  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `\.?,?\s+(\d{4})\b`)
	timeTokenRe = regexp.MustCompile(`(?i)^\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm|a\.m\.|p\.m\.)?[a-z]*$`)
)

// findDate returns the first date written in s and its byte span, or ok
// false. Numeric dates with slashes are read month first (US) unless the
// first number cannot be a month.
func findDate(s string) (t time.Time, start, end int, ok bool) {
	best := -1
	digits := 0
	for i := 0; i < len(s) && digits < 4; i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
		}
	}
	if digits < 3 {
		return t, 0, 0, false
	}
	try := func(re *regexp.Regexp, conv func(m []string) (int, time.Month, int)) {
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil || (best >= 0 && loc[0] >= start) {
			return
		}
		m := make([]string, len(loc)/2)
		for i := range m {
			if loc[2*i] >= 0 {
				m[i] = s[loc[2*i]:loc[2*i+1]]
			}
		}
		y, mo, d := conv(m)
		if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1800 || y > 2200 {
			return
		}
		tt := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
		if tt.Day() != d {
			return
		}
		t, start, end, best = tt, loc[0], loc[1], loc[0]
	}
	hasDash := strings.IndexByte(s, '-') >= 0
	hasSlash := strings.IndexByte(s, '/') >= 0
	hasDot := strings.IndexByte(s, '.') >= 0
	if hasDash {
		try(isoDateRe, func(m []string) (int, time.Month, int) { return atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]) })
	}
	if hasSlash {
		try(slashYMDRe, func(m []string) (int, time.Month, int) { return atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]) })
	}
	if hasSlash || hasDot {
		try(slashDMYRe, dmy)
	}
	if hasSlash {
		try(slashMDY2Re, mdy2)
	}
	if hasMonthName(s) {
		try(monthDayRe, func(m []string) (int, time.Month, int) {
			return atoi(m[3]), vocab().months[strings.ToLower(m[1])[:3]], atoi(m[2])
		})
		try(dayMonthRe, func(m []string) (int, time.Month, int) {
			return atoi(m[3]), vocab().months[strings.ToLower(m[2])[:3]], atoi(m[1])
		})
	}
	return t, start, end, best >= 0
}

// hasMonthName reports whether a word of s starts like a month's name, so
// that the slower month patterns only run where they can match.
func hasMonthName(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if i > 0 && isASCIILetter(s[i-1]) || !isASCIILetter(s[i]) {
			continue
		}
		var k [3]byte
		k[0], k[1], k[2] = s[i]|0x20, s[i+1]|0x20, s[i+2]|0x20
		if _, ok := vocab().months[string(k[:])]; ok {
			return true
		}
	}
	return false
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// dmy reads a numeric date with slashes or dots, month first unless the
// first number cannot be a month.
func dmy(m []string) (int, time.Month, int) {
	a, b := atoi(m[1]), atoi(m[2])
	if a > 12 {
		return atoi(m[3]), time.Month(b), a
	}
	return atoi(m[3]), time.Month(a), b
}

// mdy2 reads a numeric date with a two-digit year.
func mdy2(m []string) (int, time.Month, int) {
	y := atoi(m[3]) + 2000
	if y > 2060 {
		y -= 100
	}
	a, b := atoi(m[1]), atoi(m[2])
	if a > 12 {
		return y, time.Month(b), a
	}
	return y, time.Month(a), b
}

// parseDateValue reads a metadata value that should be a date.
func parseDateValue(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if strings.IndexAny(s, "0123456789") < 0 {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	t, _, _, ok := findDate(s)
	return t, ok
}

// dateLine reports whether s is a line that states a date and little else:
// "March 2, 2023", "Date: 2025-04-11 11:36:05", "Posted Friday Aug 2, 2013 at
// 5:19 pm". updated is true for "Updated …" lines, which do not give the
// publication date.
func dateLine(s string) (t time.Time, updated, ok bool) {
	if len(s) > 120 || countWords(s) > 16 {
		return t, false, false
	}
	t, a, b, ok := findDate(s)
	if !ok {
		return t, false, false
	}
	rest := s[:a] + " " + s[b:]
	extra := 0
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return isSpace(r) || r == ',' }) {
		lw := strings.ToLower(strings.Trim(w, ".,;:()[]"))
		switch {
		case lw == "" || vocab().dateLineNoise[lw] || timeTokenRe.MatchString(lw) || len(lw) <= 2 && (allDigits(lw) || len(lw) == 1):
		case lw == "updated" || lw == "modified":
			updated = true
		case len(w) <= 4 && strings.ToUpper(w) == w && !strings.ContainsAny(w, "0123456789"):
			// a time zone (EDT, UTC, PT)
		default:
			extra++
		}
	}
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "updated") || strings.HasPrefix(low, "last updated") || strings.HasPrefix(low, "modified") {
		updated = true
	}
	return t, updated, extra <= 2
}

// urlDate reads a date from a URL path like /2012/04/09/.
func urlDate(u string) (time.Time, bool) {
	m := urlDateRe.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}, false
	}
	t, _, _, ok := findDate(m[1] + "-" + m[2] + "-" + m[3])
	return t, ok
}
