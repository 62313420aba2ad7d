package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck/align"
	editdist "github.com/factcheck/factcheck/internal/edit"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/source"
)

// MaxBytes is the largest rules file read; a rules file is hand-written,
// so anything bigger is a mistake (or an attack).
const MaxBytes = 1 << 20

// Error is one problem in a rules file.
type Error struct {
	Pos source.Position
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is every problem found in a rules file, in file order. Its
// Error method prints one per line.
type ErrorList []*Error

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Discover returns the path of FileName in dir or its nearest parent that
// has one, or "" when there is none. The path is relative when dir is.
func Discover(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	up := []string{dir}
	for {
		fi, err := os.Stat(filepath.Join(abs, FileName))
		switch {
		case err == nil && !fi.IsDir():
			return filepath.Join(append(up, FileName)...), nil
		case err != nil && !errors.Is(err, os.ErrNotExist):
			return "", err
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", nil
		}
		abs = parent
		if filepath.IsAbs(dir) {
			up = []string{abs}
		} else {
			up = append(up, "..")
		}
	}
}

// Open returns the rules the CLI should use: the file named by config
// when it is non-empty, else the one Discover finds from dir, else nil
// (defaults).
func Open(config, dir string) (*Rules, error) {
	p := config
	if p == "" {
		var err error
		if p, err = Discover(dir); err != nil || p == "" {
			return nil, err
		}
	}
	return Load(p)
}

// Target returns the file accept should write: config when non-empty, else
// the discovered file, else FileName in dir.
func Target(config, dir string) (string, error) {
	if config != "" {
		return config, nil
	}
	p, err := Discover(dir)
	if err != nil || p != "" {
		return p, err
	}
	return filepath.Join(dir, FileName), nil
}

// Load reads and parses a rules file.
func Load(path string) (*Rules, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return nil, fileError(path, err)
	}
	return Parse(path, data)
}

// fileError is "path: reason", without the operation and the path an
// operating-system error repeats ("open x: no such file or directory").
func fileError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %w", escape.Path(path), err)
}

// Parse reads a rules file strictly. On any problem it returns a nil
// *Rules and an ErrorList holding every problem, each "file:line:col:
// message".
func Parse(path string, data []byte) (*Rules, error) {
	p := &parser{path: path, data: data, lines: lineStarts(data)}
	r := &Rules{Path: path}
	p.parse(r)
	if len(p.errs) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Pos.Offset < p.errs[j].Pos.Offset })
		return nil, p.errs
	}
	return r, nil
}

type parser struct {
	path  string
	data  []byte
	lines []int
	errs  ErrorList
}

func lineStarts(data []byte) []int {
	t := []int{0}
	for i, c := range data {
		if c == '\n' {
			t = append(t, i+1)
		}
	}
	return t
}

// pos turns a 1-based line and rune column into a Position with its byte
// offset.
func (p *parser) pos(line, col int) source.Position {
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	off := len(p.data)
	if line <= len(p.lines) {
		off = p.lines[line-1]
		for c := 1; c < col && off < len(p.data) && p.data[off] != '\n'; c++ {
			_, n := utf8.DecodeRune(p.data[off:])
			off += n
		}
	}
	return source.Position{Filename: p.path, Offset: off, Line: line, Column: col}
}

func (p *parser) nodePos(n *yaml.Node) source.Position { return p.pos(n.Line, n.Column) }

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	var pos source.Position
	if n == nil {
		pos = p.pos(1, 1)
	} else {
		pos = p.nodePos(n)
	}
	p.errs = append(p.errs, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

var yamlLineErr = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// decode parses the YAML into a node tree, turning the parser's errors
// (and, defensively, its panics) into positioned errors.
func (p *parser) decode() (doc *yaml.Node) {
	defer func() {
		if e := recover(); e != nil {
			p.errorf(nil, "not a YAML file: %v", e)
			doc = nil
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(p.data))
	var n yaml.Node
	err := dec.Decode(&n)
	if err == io.EOF {
		return nil
	}
	if err != nil {
		p.yamlError(err)
		return nil
	}
	var second yaml.Node
	switch err := dec.Decode(&second); {
	case err == nil:
		p.errorf(&second, "more than one YAML document (a rules file is one mapping)")
		return nil
	case err != io.EOF:
		p.yamlError(err)
		return nil
	}
	return &n
}

func (p *parser) yamlError(err error) {
	msg := err.Error()
	for _, m := range strings.Split(msg, "\n") {
		m = strings.TrimSpace(m)
		if sm := yamlLineErr.FindStringSubmatch(m); sm != nil {
			line, _ := strconv.Atoi(sm[1])
			p.errs = append(p.errs, &Error{Pos: p.pos(line, 1), Msg: "not valid YAML: " + sm[2]})
			continue
		}
		m = strings.TrimPrefix(m, "yaml: ")
		if m == "" || m == "unmarshal errors:" {
			continue
		}
		p.errorf(nil, "not valid YAML: %s", m)
	}
}

func (p *parser) parse(r *Rules) {
	if len(p.data) > MaxBytes {
		p.errorf(nil, "rules file is too large (more than %d bytes)", MaxBytes)
		return
	}
	if !utf8.Valid(p.data) {
		p.errorf(nil, "not valid UTF-8 text")
		return
	}
	doc := p.decode()
	if doc == nil {
		return
	}
	// Aliases could expand exponentially (billion laughs), and a rules
	// file has no need for them: refuse before reading anything.
	if a := firstAlias(doc); a != nil {
		p.errorf(a, "YAML aliases (*%s) are not allowed in a rules file", a.Value)
		return
	}
	root := doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return
		}
		root = root.Content[0]
	}
	if isNull(root) {
		return
	}
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "rules file must be a mapping of keys (aliases, resolutions, severity, ignore, sources), got %s", describe(root))
		return
	}
	p.mapping(root, topKeys, func(k, v *yaml.Node) {
		for _, s := range sections {
			if s.key == k.Value && !isNull(v) && p.want(v, s.kind, s.key, s.what) {
				s.read(p, v, r)
			}
		}
	})
}

// section is a top-level key of a rules file: the kind of node its value
// must be, described for the error, and the reader of a value of that
// kind. A key with a null value (the key alone) is an empty section.
type section struct {
	key  string
	kind yaml.Kind
	what string
	read func(p *parser, n *yaml.Node, r *Rules)
}

var sections = []section{
	{"aliases", yaml.MappingNode, "a mapping of canonical names to lists of variants", (*parser).aliases},
	{"resolutions", yaml.SequenceNode, "a list of {id, status, reason}", (*parser).resolutions},
	{"severity", yaml.MappingNode, "a mapping of check names to error, warning or info", (*parser).severity},
	{"ignore", yaml.MappingNode, "a mapping with paths and sentences", (*parser).ignore},
	{"sources", yaml.MappingNode, "a mapping of file globs to metadata", (*parser).sources},
}

// topKeys are the keys of sections, in order.
var topKeys = func() []string {
	keys := make([]string, len(sections))
	for i, s := range sections {
		keys[i] = s.key
	}
	return keys
}()

var (
	resolutionKeys = []string{"id", "status", "reason", "by", "date"}
	ignoreKeys     = []string{"paths", "sentences"}
	sourceKeys     = []string{"published", "provider"}
)

func firstAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode {
		return n
	}
	for _, c := range n.Content {
		if a := firstAlias(c); a != nil {
			return a
		}
	}
	return nil
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names a node's type for "got …" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return "nothing"
		case "!!int", "!!float":
			return "a number"
		case "!!bool":
			return "a boolean"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

// mapping walks a mapping's pairs, reporting non-string keys, duplicate
// keys and (when known is non-nil) unknown keys; fn sees the rest.
func (p *parser) mapping(n *yaml.Node, known []string, fn func(k, v *yaml.Node)) {
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, "key must be a string, got %s", describe(k))
			continue
		}
		if first, ok := seen[k.Value]; ok {
			p.errorf(k, "duplicate key %q (first at line %d)", k.Value, first.Line)
			continue
		}
		seen[k.Value] = k
		if known != nil && !slices.Contains(known, k.Value) {
			p.errorf(k, "unknown key %q%s", k.Value, suggest(k.Value, known))
			continue
		}
		fn(k, v)
	}
}

// suggest returns ` (did you mean "x"?)` for the closest known word, or
// a list of the known words when none is close.
func suggest(s string, known []string) string {
	if best, ok := closest(s, known); ok {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return " (want " + orList(known) + ")"
}

// closest returns the known word s is most likely a typo of, if any.
func closest(s string, known []string) (string, bool) {
	best, bestD := "", 1<<30
	for _, k := range known {
		if d := editdist.Distance(strings.ToLower(s), k); d < bestD {
			best, bestD = k, d
		}
	}
	return best, bestD <= 2 && bestD < len(best)
}

func orList(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// want reports a node of the wrong kind; it returns false when n is not
// of the kind wanted.
func (p *parser) want(n *yaml.Node, kind yaml.Kind, key, what string) bool {
	if n.Kind == kind {
		return true
	}
	p.errorf(n, "%q must be %s, got %s", key, what, describe(n))
	return false
}

// fields walks a mapping whose values are all strings (a null is ""),
// handing fn each known key, its value and the value's string; a value
// that is not a string is reported and not handed on. It returns false
// when a value was not a string or fn returned false (having reported why).
func (p *parser) fields(n *yaml.Node, known []string, fn func(k, v *yaml.Node, s string) bool) bool {
	ok := true
	p.mapping(n, known, func(k, v *yaml.Node) {
		s, good := p.str(v, k.Value)
		if good {
			good = fn(k, v, s)
		}
		ok = ok && good
	})
	return ok
}

// date reads s, the string of node v, as a YYYY-MM-DD date into *t (when t
// is not nil); "" is no date. It reports a bad date and returns false.
func (p *parser) date(v *yaml.Node, s string, t *time.Time) bool {
	d, err := parseDate(s)
	if err != nil {
		p.errorf(v, "%v", err)
		return false
	}
	if t != nil {
		*t = d
	}
	return true
}

// parseDate reads a YYYY-MM-DD date, as the rules file and accept write
// them; "" is the zero time.
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad date %q (want YYYY-MM-DD)", s)
	}
	return t, nil
}

// str reads a scalar as a string; it reports lists and mappings.
func (p *parser) str(n *yaml.Node, key string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		p.errorf(n, "%q must be a string, got %s", key, describe(n))
		return "", false
	}
	if isNull(n) {
		return "", true
	}
	return n.Value, true
}

func (p *parser) aliases(n *yaml.Node, r *Rules) {
	owner := map[string]*yaml.Node{} // folded name -> where it was declared
	claim := func(name string, at *yaml.Node) bool {
		k := foldName(name)
		if k == "" {
			p.errorf(at, "empty name in aliases")
			return false
		}
		if first, ok := owner[k]; ok {
			p.errorf(at, "name %q is already declared in aliases at line %d", name, first.Line)
			return false
		}
		owner[k] = at
		return true
	}
	p.mapping(n, nil, func(k, v *yaml.Node) {
		if !claim(k.Value, k) {
			return
		}
		a := Alias{Canonical: strings.Join(strings.Fields(k.Value), " "), Pos: p.nodePos(k)}
		switch {
		case v.Kind == yaml.ScalarNode && !isNull(v):
			// One variant need not be a list.
			if claim(v.Value, v) {
				a.Variants = append(a.Variants, v.Value)
			}
		case v.Kind == yaml.SequenceNode:
			for _, e := range v.Content {
				s, ok := p.str(e, "aliases."+k.Value)
				if ok && claim(s, e) {
					a.Variants = append(a.Variants, s)
				}
			}
		default:
			p.errorf(v, "aliases of %q must be a list of names, got %s", k.Value, describe(v))
			return
		}
		r.Aliases = append(r.Aliases, a)
	})
}

func (p *parser) resolutions(n *yaml.Node, r *Rules) {
	ids := map[string]*yaml.Node{}
	for _, e := range n.Content {
		if e.Kind != yaml.MappingNode {
			p.errorf(e, "a resolution must be a mapping with id, status and reason, got %s", describe(e))
			continue
		}
		res := Resolution{Pos: p.nodePos(e)}
		hasStatus := false
		ok := p.fields(e, resolutionKeys, func(k, v *yaml.Node, s string) bool {
			switch k.Value {
			case "id":
				res.ID = s
				switch {
				case s == "":
					p.errorf(v, "empty resolution id")
					return false
				case strings.IndexFunc(s, unicode.IsSpace) >= 0:
					p.errorf(v, "resolution id %q contains white space", s)
					return false
				}
			case "status":
				hasStatus = true
				st, err := parseStatus(s)
				res.Status = st
				if err != nil {
					p.errorf(v, "%v", err)
					return false
				}
			case "reason":
				res.Reason = strings.TrimSpace(s)
			case "by":
				res.By = s
			case "date":
				res.Date = s
				return p.date(v, s, nil)
			}
			return true
		})
		// A misspelt key was reported already ("reasn": did you mean
		// "reason"?); do not also report the key as missing. The id is
		// looked for here, not where the values are read, so that an id
		// that is not a string is not also reported as missing.
		misspelt := map[string]bool{}
		var idNode *yaml.Node
		for i := 0; i+1 < len(e.Content); i += 2 {
			k := e.Content[i]
			if k.Kind == yaml.ScalarNode && k.Value == "id" && idNode == nil {
				idNode = e.Content[i+1]
			}
			if !slices.Contains(resolutionKeys, k.Value) {
				if c, ok := closest(k.Value, resolutionKeys); ok {
					misspelt[c] = true
				}
			}
		}
		if idNode == nil && !misspelt["id"] {
			p.errorf(e, "resolution is missing \"id\"")
			ok = false
		} else if res.ID != "" {
			if first, dup := ids[res.ID]; dup {
				p.errorf(idNode, "duplicate resolution id %q (first at line %d)", res.ID, first.Line)
				ok = false
			} else {
				ids[res.ID] = idNode
			}
		}
		if !hasStatus && !misspelt["status"] {
			p.errorf(e, "resolution %s is missing \"status\" (accepted, false-positive or fixed)", quoteID(res.ID))
			ok = false
		}
		if res.Reason == "" && !misspelt["reason"] {
			p.errorf(e, "resolution %s needs a \"reason\"", quoteID(res.ID))
			ok = false
		}
		if ok {
			r.Resolutions = append(r.Resolutions, res)
		}
	}
}

func quoteID(id string) string {
	if id == "" {
		return "without id"
	}
	return strconv.Quote(id)
}

func parseStatus(s string) (align.Status, error) {
	for _, st := range statuses {
		if strings.EqualFold(s, string(st)) {
			return st, nil
		}
	}
	names := make([]string, len(statuses))
	for i, st := range statuses {
		names[i] = string(st)
	}
	return "", fmt.Errorf("unknown status %q%s", s, suggest(s, names))
}

func (p *parser) severity(n *yaml.Node, r *Rules) {
	known := append([]string{"fail-on"}, Kinds()...)
	p.mapping(n, nil, func(k, v *yaml.Node) {
		if !slices.Contains(known, k.Value) {
			p.errorf(k, "unknown check kind %q%s", k.Value, suggest(k.Value, known))
			return
		}
		s, ok := p.str(v, k.Value)
		if !ok {
			return
		}
		if k.Value == "fail-on" {
			f, err := ParseFailOn(s)
			if err != nil {
				p.errorf(v, "%v", err)
				return
			}
			r.FailOn = f
			return
		}
		sev, err := align.ParseSeverity(s)
		if err != nil {
			p.errorf(v, "unknown severity %q%s", s, suggest(s, []string{"error", "warning", "info"}))
			return
		}
		if r.Severity == nil {
			r.Severity = map[string]align.Severity{}
		}
		r.Severity[k.Value] = sev
	})
}

// list reads a list of strings; a single string is a list of one.
func (p *parser) list(n *yaml.Node, key string, fn func(s string, at *yaml.Node)) {
	switch {
	case isNull(n):
	case n.Kind == yaml.ScalarNode:
		fn(n.Value, n)
	case n.Kind == yaml.SequenceNode:
		for _, e := range n.Content {
			if s, ok := p.str(e, key); ok {
				fn(s, e)
			}
		}
	default:
		p.errorf(n, "%q must be a list of strings, got %s", key, describe(n))
	}
}

func (p *parser) ignore(n *yaml.Node, r *Rules) {
	p.mapping(n, ignoreKeys, func(k, v *yaml.Node) {
		switch k.Value {
		case "paths":
			p.list(v, "paths", func(s string, at *yaml.Node) {
				g, err := CompileGlob(s)
				if err != nil {
					p.errorf(at, "invalid glob %q: %v", s, err)
					return
				}
				r.IgnorePaths = append(r.IgnorePaths, g)
			})
		case "sentences":
			p.list(v, "sentences", func(s string, at *yaml.Node) {
				re, err := regexp.Compile(s)
				if err != nil {
					p.errorf(at, "invalid regular expression %q: %s", s, regexpMsg(err))
					return
				}
				r.IgnoreSentences = append(r.IgnoreSentences, re)
			})
		}
	})
}

func regexpMsg(err error) string {
	var se *syntax.Error
	if errors.As(err, &se) {
		return string(se.Code)
	}
	return err.Error()
}

func (p *parser) sources(n *yaml.Node, r *Rules) {
	p.mapping(n, nil, func(k, v *yaml.Node) {
		g, err := CompileGlob(k.Value)
		if err != nil {
			p.errorf(k, "invalid glob %q: %v", k.Value, err)
			return
		}
		if !p.want(v, yaml.MappingNode, k.Value, "a mapping with published or provider") {
			return
		}
		o := SourceOverride{Glob: g, Pos: p.nodePos(k)}
		ok := p.fields(v, sourceKeys, func(k, v *yaml.Node, s string) bool {
			switch k.Value {
			case "published":
				return p.date(v, s, &o.Published)
			case "provider":
				o.Provider = s
			}
			return true
		})
		if ok {
			r.Sources = append(r.Sources, o)
		}
	})
}
