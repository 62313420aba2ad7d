package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/internal/escape"
)

// newFileHeader starts a rules file Accept creates.
const newFileHeader = "# factcheck rules: aliases, resolutions, severity, ignore, sources.\n# See docs/rules.md.\n"

// Accept writes resolutions into the rules file at path, creating it when
// absent. An ID already resolved in the file has its status and reason
// (and by and date, when given) replaced; new IDs are appended to
// "resolutions", which is added at the end when missing. The file's
// comments and key order are kept: the YAML node tree is edited, not a
// struct re-marshalled. The write is atomic: a temporary file in the same
// directory is synced and renamed over the old one. Concurrent accepts on
// one file are serialized by a lock (atomicfile.Lock) taken before the
// file is read, so none loses another's resolutions. A file that exists but
// does not parse is never touched; the error lists its problems.
//
// A resolution's Status defaults to accepted; its Reason is required.
// The caller checks the IDs against a fresh check.
func Accept(path string, res []Resolution) error {
	res, err := checkResolutions(res)
	if err != nil {
		return err
	}
	// Write through a symlink (a shared rules file) rather than replace it.
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if path, err = filepath.EvalSymlinks(path); err != nil {
			return err
		}
	}
	// Two accepts at once would both read the old file and the second
	// write would drop the first one's resolutions: the file is read, edited
	// and written under a lock, and read only once the lock is held.
	unlock, err := atomicfile.Lock(path)
	if err != nil {
		return err
	}
	defer unlock()
	data, err := os.ReadFile(path)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if exists {
		if _, err := Parse(path, data); err != nil {
			return fmt.Errorf("%s: not updated, it has errors:\n%w", escape.Path(path), err)
		}
	}
	out, err := edit(data, res)
	if err != nil {
		return fmt.Errorf("%s: %v", escape.Path(path), err)
	}
	if !exists {
		out = append([]byte(newFileHeader), out...)
	}
	// The result must read back; a failure here is a bug, but never
	// write a file the next check would refuse.
	if _, err := Parse(path, out); err != nil {
		return fmt.Errorf("%s: not updated, the edit would not parse (a bug):\n%w", escape.Path(path), err)
	}
	return atomicfile.WriteFile(path, out)
}

// checkResolutions validates the caller's resolutions and fills in the
// default status; all problems are returned at once.
func checkResolutions(in []Resolution) ([]Resolution, error) {
	out := make([]Resolution, len(in))
	var errs []error
	seen := map[string]bool{}
	for i, r := range in {
		r.Reason = strings.TrimSpace(r.Reason)
		if r.Status == "" {
			r.Status = align.Accepted
		}
		switch {
		case r.ID == "":
			errs = append(errs, errors.New("empty finding id"))
		case strings.IndexFunc(r.ID, unicode.IsSpace) >= 0:
			errs = append(errs, fmt.Errorf("finding id %q contains white space", r.ID))
		case seen[r.ID]:
			errs = append(errs, fmt.Errorf("finding id %q given twice", r.ID))
		}
		seen[r.ID] = true
		if st, err := parseStatus(string(r.Status)); err != nil {
			errs = append(errs, err)
		} else {
			r.Status = st
		}
		if r.Reason == "" {
			errs = append(errs, fmt.Errorf("resolution of %q needs a reason", r.ID))
		}
		if _, err := parseDate(r.Date); err != nil {
			errs = append(errs, err)
		}
		out[i] = r
	}
	return out, errors.Join(errs...)
}

// edit returns data with res merged into its resolutions.
func edit(data []byte, res []Resolution) ([]byte, error) {
	// yaml.v3 reads comments less faithfully with CRLF line ends: edit
	// with LF and put CRLF back at the end.
	crlf := bytes.Count(data, []byte("\r\n")) > bytes.Count(data, []byte("\n"))/2
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	prefix := []byte(nil)
	if doc.Kind == 0 || len(doc.Content) == 0 {
		// Empty, or only comments (which yaml.v3 drops with an empty
		// document): keep the text and add a fresh mapping after it.
		prefix = data
		if strings.TrimSpace(string(prefix)) != "" {
			prefix = append([]byte(strings.TrimRight(string(prefix), " \t\r\n")), "\n\n"...)
		} else {
			prefix = nil
		}
		doc = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode}}}
	}
	root := doc.Content[0]
	if isNull(root) {
		m := &yaml.Node{Kind: yaml.MappingNode, HeadComment: root.HeadComment, FootComment: root.FootComment}
		doc.Content[0] = m
		root = m
	}
	if root.Kind != yaml.MappingNode {
		return nil, errors.New("the rules file is not a mapping")
	}
	var seq *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "resolutions" {
			seq = root.Content[i+1]
			if isNull(seq) {
				// "resolutions:" with nothing after it: keep its comments.
				k := root.Content[i]
				if k.LineComment == "" {
					k.LineComment = seq.LineComment
				}
				seq = &yaml.Node{Kind: yaml.SequenceNode, HeadComment: seq.HeadComment, FootComment: seq.FootComment}
				root.Content[i+1] = seq
			}
			break
		}
	}
	if seq == nil {
		seq = &yaml.Node{Kind: yaml.SequenceNode}
		root.Content = append(root.Content, str("resolutions"), seq)
	}
	// New entries are written one per block, as an editor would: a flow
	// "resolutions: []" (or a flow root) turns into block style.
	root.Style &^= yaml.FlowStyle
	seq.Style &^= yaml.FlowStyle
	for _, r := range res {
		if item := findResolution(seq, r.ID); item != nil {
			set(item, "status", string(r.Status))
			set(item, "reason", r.Reason)
			if r.By != "" {
				set(item, "by", r.By)
			}
			if r.Date != "" {
				set(item, "date", r.Date)
			}
			continue
		}
		m := &yaml.Node{Kind: yaml.MappingNode}
		m.Content = append(m.Content, str("id"), str(r.ID), str("status"), str(string(r.Status)), str("reason"), str(r.Reason))
		if r.By != "" {
			m.Content = append(m.Content, str("by"), str(r.By))
		}
		if r.Date != "" {
			m.Content = append(m.Content, str("date"), date(r.Date))
		}
		seq.Content = append(seq.Content, m)
	}
	var buf bytes.Buffer
	buf.Write(prefix)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(indentOf(data))
	if err := enc.Encode(&doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	out := keepBlankLines(data, root, buf.Bytes())
	if crlf {
		out = bytes.ReplaceAll(out, []byte("\n"), []byte("\r\n"))
	}
	return out, nil
}

// keepBlankLines puts back the blank lines that separated top-level keys
// in the original file (yaml.v3 drops them), so sections stay apart.
func keepBlankLines(orig []byte, root *yaml.Node, out []byte) []byte {
	in := strings.Split(string(orig), "\n")
	blankBefore := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i]
		if k.Line < 2 || k.Line > len(in) || k.Column != 1 {
			continue
		}
		j := k.Line - 2 // the line above, 0-based
		for j >= 0 && strings.HasPrefix(strings.TrimSpace(in[j]), "#") {
			j--
		}
		if j >= 0 && strings.TrimSpace(in[j]) == "" {
			blankBefore[k.Value] = true
		}
	}
	if len(blankBefore) == 0 {
		return out
	}
	// A key Accept added follows the file's habit of separating sections.
	if n := len(root.Content); n >= 2 && root.Content[n-2].Line == 0 {
		blankBefore[root.Content[n-2].Value] = true
	}
	lines := strings.Split(string(out), "\n")
	var b strings.Builder
	for i, line := range lines {
		if line != "" && line[0] != ' ' && line[0] != '#' && line[0] != '-' {
			key, _, _ := strings.Cut(line, ":")
			if blankBefore[strings.Trim(key, `"'`)] {
				// Insert above the key's head comment.
				j := i
				for j > 0 && strings.HasPrefix(lines[j-1], "#") {
					j--
				}
				if j > 0 && lines[j-1] != "" {
					lines[j-1] += "\n"
				}
			}
		}
	}
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return []byte(b.String())
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// date is a YYYY-MM-DD scalar written plain, as an editor would type it.
func date(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: s}
}

func findResolution(seq *yaml.Node, id string) *yaml.Node {
	for _, item := range seq.Content {
		if item.Kind != yaml.MappingNode {
			continue
		}
		for i := 0; i+1 < len(item.Content); i += 2 {
			if item.Content[i].Value == "id" && item.Content[i+1].Value == id {
				return item
			}
		}
	}
	return nil
}

// set replaces the value of key in mapping m, keeping the value's
// comments, or appends the pair.
func set(m *yaml.Node, key, value string) {
	n := str(value)
	if key == "date" {
		n = date(value)
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			old := m.Content[i+1]
			n.HeadComment, n.LineComment, n.FootComment = old.HeadComment, old.LineComment, old.FootComment
			m.Content[i+1] = n
			return
		}
	}
	m.Content = append(m.Content, str(key), n)
}

// indentOf guesses the file's indentation step from its first indented
// line that is not a comment; 2 when there is none.
func indentOf(data []byte) int {
	for _, line := range strings.Split(string(data), "\n") {
		t := strings.TrimLeft(line, " ")
		if d := len(line) - len(t); d > 0 && t != "" && !strings.HasPrefix(t, "#") {
			return max(d, 2)
		}
	}
	return 2
}

// ResolveIDs maps the finding IDs an editor typed to the full IDs of fs:
// an ID is the full one ("date-5f1c2a04be") or, as the table shows it,
// its hash ("5f1c2a04be" or "#5f1c2a04be"). It returns the full IDs in
// the order given, and the arguments that name no finding, sorted.
func ResolveIDs(args []string, fs []align.Finding) (ids, unknown []string) {
	known := map[string]string{}
	for _, f := range fs {
		known[f.ID] = f.ID
		if i := strings.LastIndexByte(f.ID, '-'); i >= 0 {
			known[f.ID[i+1:]] = f.ID
		}
	}
	for _, arg := range args {
		id, ok := known[strings.TrimPrefix(arg, "#")]
		if !ok {
			unknown = append(unknown, arg)
			continue
		}
		ids = append(ids, id)
	}
	sort.Strings(unknown)
	return ids, unknown
}
