// Package disjoint is the one union-find of factcheck: disjoint sets over
// 0, …, n-1 whose root is always the set's least member, so a set's name
// does not depend on the order in which it was joined.
package disjoint

// Sets is a union-find forest: Sets[i] is i's parent, i itself at a root.
type Sets []int

// New returns n sets of one member each.
func New(n int) Sets {
	s := make(Sets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// Find returns the root of i's set, its least member, halving the path
// on the way.
func (s Sets) Find(i int) int {
	for s[i] != i {
		s[i] = s[s[i]]
		i = s[i]
	}
	return i
}

// Union joins the sets of x and y and returns the joined set's root.
func (s Sets) Union(x, y int) int {
	rx, ry := s.Find(x), s.Find(y)
	switch {
	case rx < ry:
		s[ry] = rx
		return rx
	case ry < rx:
		s[rx] = ry
		return ry
	}
	return rx
}
