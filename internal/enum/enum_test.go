package enum

import "testing"

type level int

var levels = Names[level]{"low", "high"}

func TestName(t *testing.T) {
	for _, c := range []struct {
		v    level
		want string
	}{
		{0, "low"},
		{1, "high"},
		{2, "level(2)"},
		{-1, "level(-1)"},
	} {
		if got := levels.Name("level", c.v); got != c.want {
			t.Errorf("Name(%d) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want level
		ok   bool
	}{
		{"low", 0, true},
		{"HIGH", 1, true},
		{"High", 1, true},
		{"medium", 0, false},
		{"", 0, false},
	} {
		if got, ok := levels.Parse(c.in); got != c.want || ok != c.ok {
			t.Errorf("Parse(%q) = %d, %t; want %d, %t", c.in, got, ok, c.want, c.ok)
		}
	}
}
