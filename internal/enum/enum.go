package enum

import (
	"fmt"
	"strings"
)

// Names lists the names of an enumeration's values 0, 1, 2, … in order.
type Names[T ~int] []string

// Name returns v's name, or "kind(v)" for a value the list does not name.
func (n Names[T]) Name(kind string, v T) string {
	if v < 0 || int(v) >= len(n) {
		return fmt.Sprintf("%s(%d)", kind, int(v))
	}
	return n[v]
}

// Parse returns the value named s, ignoring case, and whether there is one.
func (n Names[T]) Parse(s string) (T, bool) {
	for i, name := range n {
		if strings.EqualFold(s, name) {
			return T(i), true
		}
	}
	return 0, false
}
