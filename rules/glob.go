package rules

import (
	"errors"
	"path"
	"strings"
)

// CompileGlob checks a pattern and returns it ready to match.
func CompileGlob(pattern string) (Glob, error) {
	if strings.TrimSpace(pattern) == "" {
		return Glob{}, errors.New("empty glob")
	}
	p := strings.TrimPrefix(pattern, "/")
	segs := strings.Split(p, "/")
	for _, s := range segs {
		if s == "**" {
			continue
		}
		if s == "" {
			return Glob{}, errors.New("empty path segment")
		}
		// path.Match checks the whole pattern even when name is "".
		if _, err := path.Match(s, ""); err != nil {
			return Glob{}, errors.New("syntax error in pattern")
		}
	}
	return Glob{Pattern: pattern, segs: segs}, nil
}

// matchSegs matches pattern segments against path segments; "**" matches
// zero or more segments.
func matchSegs(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			// Collapse runs of "**" and try every split.
			for len(pat) > 0 && pat[0] == "**" {
				pat = pat[1:]
			}
			if len(pat) == 0 {
				return true
			}
			for i := 0; i <= len(name); i++ {
				if matchSegs(pat, name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}
