package disjoint

import "testing"

func TestRootIsLeastMember(t *testing.T) {
	s := New(8)
	for _, p := range [][2]int{{5, 7}, {7, 3}, {1, 6}, {6, 3}} {
		s.Union(p[0], p[1])
	}
	want := []int{0, 1, 2, 1, 4, 1, 1, 1}
	for i, w := range want {
		if got := s.Find(i); got != w {
			t.Errorf("Find(%d) = %d, want %d", i, got, w)
		}
	}
	if r := s.Union(4, 2); r != 2 {
		t.Errorf("Union(4, 2) = %d, want 2", r)
	}
	if r := s.Union(3, 5); r != 1 {
		t.Errorf("Union within a set = %d, want its root 1", r)
	}
}
