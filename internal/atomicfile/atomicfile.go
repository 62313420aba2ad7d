// Package atomicfile owns writing files so that a reader, or a crash,
// sees the old file or the new one, never a torn one.
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// WriteFile replaces path with data: a temporary file in the same
// directory is written, synced and renamed over it. The old file's mode is
// kept; on any failure the old file is untouched and no temporary remains.
// Errors read "path: reason" and name path, never the temporary file.
//
// A path that is a symbolic link is written through: the file it points to
// is replaced and the link kept, as a shared report or rules file expects.
func WriteFile(path string, data []byte) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// File is a file being written in place of path. Until Commit renames it
// over path, or Abort removes it, it is a temporary file in path's
// directory, and RemoveTemps (a signal handler's) removes it.
type File struct {
	tmp  *os.File
	path string
	mode fs.FileMode
}

// Create starts writing path through a temporary file, as WriteFile does.
func Create(path string) (*File, error) {
	if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if real, rerr := filepath.EvalSymlinks(path); rerr == nil {
			return Create(real)
		}
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return nil, fmt.Errorf("%s: not a regular file", path)
		}
		mode = fi.Mode().Perm()
	}
	dir := filepath.Dir(path)
	tmp, err := createTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("%s: cannot create a file in %s: %w", path, dir, reason(err))
	}
	return &File{tmp: tmp, path: path, mode: mode}, nil
}

// Write writes to the temporary file; on an error the caller calls Abort.
func (f *File) Write(p []byte) (int, error) {
	n, err := f.tmp.Write(p)
	if err != nil {
		err = fmt.Errorf("%s: not written: %w", f.path, reason(err))
	}
	return n, err
}

// Abort removes the temporary file; path is untouched.
func (f *File) Abort() {
	f.tmp.Close()
	os.Remove(f.tmp.Name())
	forget(f.tmp.Name())
}

// Commit syncs the temporary file and renames it over path. On an error
// the temporary file is removed and path is untouched.
func (f *File) Commit() (err error) {
	defer func() {
		if err != nil {
			f.Abort()
			err = fmt.Errorf("%s: not written: %w", f.path, reason(err))
		}
	}()
	if err = f.tmp.Chmod(f.mode); err != nil {
		return err
	}
	if err = f.tmp.Sync(); err != nil {
		return err
	}
	if err = f.tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.tmp.Name(), f.path); err != nil {
		return err
	}
	forget(f.tmp.Name())
	// Make the rename durable; not every system can sync a directory, and
	// the file is already in place, so a failure here is ignored.
	if d, err := os.Open(filepath.Dir(f.path)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// temps records the temporary files not yet renamed or removed, for
// RemoveTemps. A file is recorded under the same lock it is created
// under, so RemoveTemps never misses one being created; once RemoveTemps
// has run, no new one is created (the process is exiting).
var temps struct {
	sync.Mutex
	names   map[string]bool
	stopped bool
}

// errStopped is Create's error after RemoveTemps.
var errStopped = errors.New("the process is exiting")

func createTemp(dir, pattern string) (*os.File, error) {
	temps.Lock()
	defer temps.Unlock()
	if temps.stopped {
		return nil, errStopped
	}
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	if temps.names == nil {
		temps.names = map[string]bool{}
	}
	temps.names[f.Name()] = true
	return f, nil
}

func forget(name string) {
	temps.Lock()
	delete(temps.names, name)
	temps.Unlock()
}

// RemoveTemps removes every temporary file a WriteFile or a File has not
// yet renamed or removed, and makes later Creates fail: what a signal
// handler calls before the process exits, so an interrupted write leaves
// the old file and nothing beside it. It returns the files removed.
func RemoveTemps() []string {
	temps.Lock()
	defer temps.Unlock()
	temps.stopped = true
	var removed []string
	for name := range temps.names {
		if os.Remove(name) == nil {
			removed = append(removed, name)
		}
	}
	temps.names = nil
	sort.Strings(removed)
	return removed
}

// reason is an operating-system error without the path it names (the
// temporary file's, which means nothing to the user).
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// Inside reports whether path is one of the inputs or lies inside an input
// directory, following symbolic links: writing there would overwrite a
// source or plant a report among them.
func Inside(path string, inputs []string) (string, bool) {
	target := resolve(path)
	for _, in := range inputs {
		if in == "" || in == "-" {
			continue
		}
		root := resolve(in)
		if target == root {
			return in, true
		}
		if fi, err := os.Stat(root); err == nil && fi.IsDir() {
			if rel, err := filepath.Rel(root, target); err == nil && rel != ".." && !filepath.IsAbs(rel) && !startsWithParent(rel) {
				return in, true
			}
		}
	}
	return "", false
}

func startsWithParent(rel string) bool {
	return len(rel) >= 3 && rel[:3] == ".."+string(filepath.Separator)
}

// resolve makes a path absolute and resolves links, as far as they exist:
// a file not yet written resolves through its directory.
func resolve(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}
