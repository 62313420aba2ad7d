// Package sorted meets sorted lists of distinct values by a merge: the
// intersections that alignment, provenance and the lexicon take of word
// lists, hash sets and synset sets, without a map.
package sorted

import "cmp"

// Count returns how many values two sorted lists of distinct values share.
func Count[T cmp.Ordered](a, b []T) int { return count(a, b, -1) }

// AtLeast reports whether two sorted lists of distinct values share at
// least need values, giving up once too few are left on either side.
func AtLeast[T cmp.Ordered](a, b []T, need int) bool { return count(a, b, need) >= need }

// count is the merge Count and AtLeast share: it counts the values a and b
// share, and with need >= 0 stops as soon as it has counted need or as
// soon as fewer than need can still be shared (the count is then below
// need).
func count[T cmp.Ordered](a, b []T, need int) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		if need >= 0 && n+min(len(a), len(b)) < need {
			return n
		}
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			n++
			if n == need {
				return n
			}
			a, b = a[1:], b[1:]
		}
	}
	return n
}
