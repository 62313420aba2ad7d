package table

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sample() *Tables {
	t := &Tables{Header: "test", Lemmas: MakeStrings([]string{"a", "b c", "d"}), PosStart: [NumPOS + 1]int32{0, 2, 2, 3, 3}}
	t.LemmaSyn.Add(0)
	t.LemmaSyn.Add(1, 2)
	t.LemmaSyn.Add(1)
	for _, c := range []*CSR{&t.SynLemma, &t.Hyper, &t.Similar, &t.Ant, &t.Deriv, &t.Pert} {
		c.Add(0)
		c.Add()
		c.Add(1, 2, 300000)
	}
	t.Depth = []uint8{0, 1, 0}
	t.ExcForms = MakeStrings([]string{"x"})
	t.ExcBase.Add(1<<2 | Verb)
	return t
}

func TestRoundTrip(t *testing.T) {
	want := sample()
	got, err := Decode(string(want.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Decode(Encode()) mismatch (-want +got):\n%s", diff)
	}
}

func TestDecodeCorrupt(t *testing.T) {
	data := string(sample().Encode())
	for _, in := range []string{"", "nonsense", data[:len(data)-1], data + "x", data[:len(magic)+3]} {
		if _, err := Decode(in); err == nil {
			t.Errorf("Decode(%d bytes) succeeded on corrupt data", len(in))
		}
	}
}

func TestFind(t *testing.T) {
	s := MakeStrings([]string{"a", "b c", "d"})
	tests := []struct {
		w    string
		want int32
	}{{"a", 0}, {"b c", 1}, {"d", 2}, {"", -1}, {"b", -1}, {"z", -1}}
	for _, tt := range tests {
		if got := s.Find(tt.w); got != tt.want {
			t.Errorf("Find(%q) = %d, want %d", tt.w, got, tt.want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(string(sample().Encode()))
	f.Fuzz(func(t *testing.T, data string) {
		Decode(data) // must not panic
	})
}
