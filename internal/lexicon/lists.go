package lexicon

import (
	"fmt"
	"strconv"
	"strings"
)

// Lists is a word-list data file as the stages ship them in their data/
// folders: gazetteers, cue words, month names. Each package embeds its
// files and reads them once through sync.OnceValue; Lists is the one parser
// they share, so a word list is data and its format is the same everywhere.
//
// The format: a line starting with "#" is a comment, a blank line is
// skipped, a line "[name]" opens a section, and every other line is a record
// whose fields are separated by tabs. Records before the first section
// belong to the section "". Words, Set and Map trim a field's spaces; a
// field written in Go's double quotes ("skip to ") keeps them.
type Lists struct {
	file     string
	sections map[string][][]string
}

// ParseLists reads data, the contents of the embedded file named file (the
// name only shows in panics).
func ParseLists(file, data string) *Lists {
	l := &Lists{file: file, sections: map[string][][]string{}}
	sec := ""
	for line := range strings.SplitSeq(data, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			sec = line[1 : len(line)-1]
			if _, dup := l.sections[sec]; dup {
				panic(fmt.Sprintf("lexicon: %s: section [%s] twice", file, sec))
			}
			l.sections[sec] = nil
			continue
		}
		l.sections[sec] = append(l.sections[sec], strings.Split(line, "\t"))
	}
	return l
}

// Records returns the records of a section, each a slice of its
// tab-separated fields as written. A missing section is a broken invariant
// (the file is embedded with the code that names it), so it panics.
func (l *Lists) Records(section string) [][]string {
	r, ok := l.sections[section]
	if !ok {
		panic(fmt.Sprintf("lexicon: %s: no section [%s]", l.file, section))
	}
	return r
}

// Words returns the first field of every record of a section, trimmed, in
// file order.
func (l *Lists) Words(section string) []string {
	var out []string
	for _, r := range l.Records(section) {
		out = append(out, l.value(section, r[0]))
	}
	return out
}

// Set returns the first fields of a section as a set.
func (l *Lists) Set(section string) map[string]bool {
	m := map[string]bool{}
	for _, w := range l.Words(section) {
		m[w] = true
	}
	return m
}

// Map returns a section's records as a map from the first field to the
// second, both trimmed. A record without a second field maps to "".
func (l *Lists) Map(section string) map[string]string {
	m := map[string]string{}
	for _, r := range l.Records(section) {
		v := ""
		if len(r) > 1 {
			v = l.value(section, r[1])
		}
		m[l.value(section, r[0])] = v
	}
	return m
}

// value is a field as a word: trimmed, and unquoted when quoted.
func (l *Lists) value(section, f string) string {
	f = strings.TrimSpace(f)
	if len(f) >= 2 && f[0] == '"' && f[len(f)-1] == '"' {
		u, err := strconv.Unquote(f)
		if err != nil {
			panic(fmt.Sprintf("lexicon: %s: [%s] %s: %v", l.file, section, f, err))
		}
		return u
	}
	return f
}
