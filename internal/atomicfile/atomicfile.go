// Package atomicfile owns writing files so that a reader, or a crash,
// sees the old file or the new one, never a torn one.
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile replaces path with data: a temporary file in the same
// directory is written, synced and renamed over it. The old file's mode is
// kept; on any failure the old file is untouched and no temporary remains.
// Errors read "path: reason" and name path, never the temporary file.
//
// A path that is a symbolic link is written through: the file it points to
// is replaced and the link kept, as a shared report or rules file expects.
func WriteFile(path string, data []byte) (err error) {
	if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if real, rerr := filepath.EvalSymlinks(path); rerr == nil {
			return WriteFile(real, data)
		}
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("%s: not a regular file", path)
		}
		mode = fi.Mode().Perm()
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: cannot create a file in %s: %w", path, dir, reason(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = fmt.Errorf("%s: not written: %w", path, reason(err))
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(mode); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	// Make the rename durable; not every system can sync a directory, and
	// the file is already in place, so a failure here is ignored.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
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
