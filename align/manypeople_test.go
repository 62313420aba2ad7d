package align

import (
	"testing"

	"github.com/factcheck/factcheck/claims"
)

func TestManyPeople(t *testing.T) {
	named := func(name string, typ claims.EntityType) unit {
		return unit{kind: uEntity, text: name, key: name, ent: &claims.Mention{Text: name, Type: typ}}
	}
	word := unit{kind: uWord, text: "led", key: "lead", low: "led"}
	a, b, c := named("Ada Okafor", claims.Person), named("Erik Lindqvist", claims.Person), named("Tomas Berg", claims.Person)
	three := []unit{a, word, b, c}
	two := []unit{a, word, b}
	place := named("Harbourtown", claims.Place)
	credited := b
	credited.credit = true
	for _, c := range []struct {
		name string
		x, y []unit
		u    *unit
		want bool
	}{
		{"lists of three on both sides", three, three, &three[3], true},
		{"a list of two on one side", three, two, &three[3], false},
		{"a place among people", append(three[:3:3], place), three, &place, false},
		{"who said it is no member", three, []unit{a, credited, c}, &three[3], false},
	} {
		if got := manyPeople(c.x, c.y, c.u); got != c.want {
			t.Errorf("%s: manyPeople = %v, want %v", c.name, got, c.want)
		}
	}
}
