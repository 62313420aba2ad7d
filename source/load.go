package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"

	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/internal/par"
)

// Options tune reading.
type Options struct {
	// MaxBytes refuses files larger than this; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Ignore marks every sentence that matches one of these expressions as
	// furniture (Why "ignored by rules"); the rules file feeds it.
	Ignore []*regexp.Regexp
	// Stdin is what "-" reads; nil means os.Stdin.
	Stdin io.Reader
	// Skip, when set, says which files are never read: the rules file's
	// ignore.paths. A skipped file is not opened, so a binary file there
	// cannot fail the run.
	Skip func(path string) bool
	// Opener, when set, reads the paths it claims (web addresses, uploaded
	// files) instead of the disk.
	Opener Opener
	// Skipped, when set, is told of every file a directory walk passes over
	// and every path Skip leaves unread, with the reason (check -v).
	Skipped func(path, why string)
}

// skip reports whether path is left unread (Skip), and says so.
func (o Options) skip(path string) bool {
	if o.Skip == nil || !o.Skip(path) {
		return false
	}
	o.skipped(path, "ignored by ignore.paths in the rules file")
	return true
}

func (o Options) skipped(path, why string) {
	if o.Skipped != nil {
		o.Skipped(path, why)
	}
}

// DefaultMaxBytes is the largest file read unless --max-bytes says otherwise.
const DefaultMaxBytes = 16 << 20

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Error is one problem with one input. Its message starts with the path as
// given, so it can be printed as it is.
type Error struct {
	Path string
	Msg  string
	Err  error // the underlying error, when there is one
}

func (e *Error) Error() string { return escape.Path(e.Path) + ": " + e.Msg }
func (e *Error) Unwrap() error { return e.Err }

// Errors lists every input that could not be read, in input order. Load
// returns it, non-nil, whenever a named input (or a file under a named
// directory) could not be read: the command exits 2.
type Errors []error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

func (es Errors) Unwrap() []error { return es }

// articleExt are the extensions read in a directory walk; other files
// (YAML included) are read only when named.
var articleExt = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".markdown": true,
	".html": true, ".htm": true, "": true,
}

// input is one file to read, in the order Load returns documents.
type input struct {
	path   string
	stdin  bool
	opened bool // read by Options.Opener
}

// noArticles says why a named directory gave nothing to read.
const noArticles = "no article files in this directory (.txt, .text, .md, .markdown, .html, .htm or no extension)"

// Load reads every path: files, directories (recursively, in sorted order,
// article-like files only) and "-" for standard input. It returns every
// document it could read and, when something could not be read, an Errors
// naming each problem; a named directory with no article files is one.
func Load(paths []string, opt Options) ([]*Document, error) {
	var errs []indexedErr
	var ins []input
	for _, p := range paths {
		if p == "-" {
			ins = append(ins, input{path: "-", stdin: true})
			continue
		}
		if opt.Opener != nil && opt.Opener.Claims(p) {
			if !opt.skip(p) {
				ins = append(ins, input{path: p, opened: true})
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, indexedErr{len(ins), fileError(p, err)})
			continue
		}
		if info.IsDir() {
			real, _ := filepath.EvalSymlinks(p)
			before, failed := len(ins), len(errs)
			walk(p, map[string]bool{real: true}, &ins, &errs, opt)
			found := len(ins) - before
			kept := ins[:before]
			for _, in := range ins[before:] {
				if !opt.skip(in.path) {
					kept = append(kept, in)
				}
			}
			ins = kept
			if found == 0 && len(errs) == failed {
				// A gate pointed at the wrong directory must not pass with
				// "no findings".
				errs = append(errs, indexedErr{len(ins), &Error{Path: p, Msg: noArticles}})
			}
			continue
		}
		if !opt.skip(p) {
			ins = append(ins, input{path: p})
		}
	}

	docs := make([]*Document, len(ins))
	perr := make([]error, len(ins))
	par.Each(len(ins), func(i int) { docs[i], perr[i] = readOne(ins[i], opt) })

	out := docs[:0]
	for i, d := range docs {
		if perr[i] != nil {
			errs = append(errs, indexedErr{i, perr[i]})
		}
		if d != nil {
			out = append(out, d)
		}
	}
	markRepeated(out, opt)
	if len(errs) == 0 {
		return out, nil
	}
	// In input order: a walk's problems sit where they were met.
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].at < errs[j].at })
	es := make(Errors, len(errs))
	for i, e := range errs {
		es[i] = e.err
	}
	return out, es
}

// indexedErr is a problem met before the input at index at.
type indexedErr struct {
	at  int
	err error
}

// walk appends the article-like files under dir in sorted order. seen holds
// the real paths of the directories on the way down, to stop link loops.
func walk(dir string, seen map[string]bool, ins *[]input, errs *[]indexedErr, opt Options) {
	fail := func(err error) { *errs = append(*errs, indexedErr{len(*ins), err}) }
	ents, err := os.ReadDir(dir)
	if err != nil {
		fail(fileError(dir, err))
		return
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	for _, e := range ents {
		name := e.Name()
		p := filepath.Join(dir, name)
		if strings.HasPrefix(name, ".") {
			opt.skipped(p, "hidden")
			continue
		}
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				fail(fileError(p, err))
				continue
			}
			isDir = info.IsDir()
			if !isDir && !info.Mode().IsRegular() {
				opt.skipped(p, "not a regular file")
				continue
			}
		} else if !isDir && !e.Type().IsRegular() {
			opt.skipped(p, "not a regular file") // sockets, devices, pipes
			continue
		}
		if isDir {
			real, err := filepath.EvalSymlinks(p)
			if err != nil {
				fail(fileError(p, err))
				continue
			}
			if seen[real] {
				fail(&Error{Path: p, Msg: "symbolic link loop (leads back to " + real + ")"})
				continue
			}
			seen[real] = true
			walk(p, seen, ins, errs, opt)
			delete(seen, real)
			continue
		}
		if !articleExt[strings.ToLower(filepath.Ext(name))] {
			opt.skipped(p, "not an article file in a directory (name it to read it)")
			continue
		}
		*ins = append(*ins, input{path: p})
	}
}

// fileError turns an operating-system error into a message naming path.
func fileError(path string, err error) error {
	var msg string
	switch {
	case errors.Is(err, fs.ErrNotExist):
		msg = "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		msg = "permission denied"
	case errors.Is(err, syscall.ELOOP):
		msg = "symbolic link loop"
	case errors.Is(err, syscall.EISDIR):
		msg = "is a directory"
	default:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Op + ": " + pe.Err.Error()
		} else {
			msg = err.Error()
		}
	}
	return &Error{Path: path, Msg: msg, Err: err}
}

func readOne(in input, opt Options) (*Document, error) {
	if in.opened {
		return readOpened(in.path, opt)
	}
	max := opt.maxBytes()
	var r io.Reader
	size := int64(-1) // the file's size when known, to read it in one buffer
	if in.stdin {
		r = opt.Stdin
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, fileError(in.path, err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil {
			if info.IsDir() {
				return nil, &Error{Path: in.path, Msg: "is a directory"}
			}
			if info.Size() > max {
				return nil, tooLarge(in.path, info.Size(), max)
			}
			if info.Mode().IsRegular() {
				size = info.Size()
			}
		}
		r = f
	}
	raw, err := readSized(io.LimitReader(r, max+1), size)
	if err != nil {
		return nil, fileError(in.path, err)
	}
	if int64(len(raw)) > max {
		return nil, &Error{Path: in.path, Msg: fmt.Sprintf("larger than the limit of %s (raise it with --max-bytes)", sizeString(max))}
	}
	return Parse(in.path, raw, opt)
}

// readSized is io.ReadAll reading into a buffer of size+1 bytes when size
// is known (0 or more), so a file is read without regrowing its buffer;
// a file that has grown since is still read whole.
func readSized(r io.Reader, size int64) ([]byte, error) {
	if size < 0 {
		return io.ReadAll(r)
	}
	b := make([]byte, 0, size+1) // +1 to see the end without growing
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

func tooLarge(path string, size, max int64) error {
	return &Error{Path: path, Msg: fmt.Sprintf("file is %s, larger than the limit of %s (raise it with --max-bytes)", sizeString(size), sizeString(max))}
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB (%d bytes)", float64(n)/(1<<20), n)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}

// Parse reads one file's bytes into a document: it checks that they are
// text, chooses the format from the content and the extension, extracts
// the visible text and metadata, marks furniture and splits sentences.
func Parse(path string, raw []byte, opt Options) (*Document, error) {
	return parseAs(path, "", raw, opt)
}

// parseAs is Parse in a given format ("" to choose it as Parse does).
func parseAs(path, format string, raw []byte, opt Options) (*Document, error) {
	if max := opt.maxBytes(); int64(len(raw)) > max {
		return nil, tooLarge(path, int64(len(raw)), max)
	}
	if msg := checkText(raw); msg != "" {
		return nil, &Error{Path: path, Msg: msg}
	}
	d, err := parseFormatAs(path, format, raw)
	if err != nil {
		return nil, err
	}
	analyze(d)
	segment(d)
	applyKinds(d, opt)
	if len(d.Sentences) == 0 {
		return nil, &Error{Path: path, Msg: fmt.Sprintf("no article text found (read as %s)", d.Format)}
	}
	return d, nil
}
