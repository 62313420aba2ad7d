// Package sorted meets sorted lists of distinct values by a merge: the
// intersections that alignment, provenance and the lexicon take of word
// lists, hash sets and synset sets, without a map.
package sorted

import "cmp"

// Count returns how many values two sorted lists of distinct values share.
func Count[T cmp.Ordered](a, b []T) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			n++
			a, b = a[1:], b[1:]
		}
	}
	return n
}

// AtLeast reports whether two sorted lists of distinct values share at
// least need values, giving up once too few are left on either side.
func AtLeast[T cmp.Ordered](a, b []T, need int) bool {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		if n+min(len(a), len(b)) < need {
			return false
		}
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			n++
			if n >= need {
				return true
			}
			a, b = a[1:], b[1:]
		}
	}
	return n >= need
}
