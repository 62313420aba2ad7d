//go:build fctrace

package align

// A developer's trace of draft alignment: build with -tags fctrace and set
// FC_TRACE=1 to print, for each draft claim, the passage it was compared
// with, its coverage, the differences found and the words left over.

import (
	"fmt"
	"os"
)

func tracePair(a *Alignment, i, p int, score float64, r diffResult) {
	if os.Getenv("FC_TRACE") == "" {
		return
	}
	n := a.nodes[i]
	label := "D"
	if score < 0 {
		label = "D (tile)"
	}
	fmt.Fprintf(os.Stderr, "%s %q\n  P %.2f cov=%.2f %q\n", label, n.c.Text, score, r.cov, a.passageSide(p).Text)
	fmt.Fprintf(os.Stderr, "  partner %v\n", a.alignUnits(n.units, a.passes[p].units))
	for _, d := range r.diffs {
		fmt.Fprintf(os.Stderr, "  diff %s %q vs %q silent=%v weak=%v x=%d-%d y=%d-%d\n", diffCheck[d.kind], d.x.text, d.y.text, d.silent, d.weak, d.x.start, d.x.end, d.y.start, d.y.end)
	}
	if os.Getenv("FC_TRACE") == "2" {
		for _, u := range n.units {
			fmt.Fprintf(os.Stderr, "    x %d %q %d-%d\n", u.kind, u.text, u.start, u.end)
		}
	}
	for _, u := range a.passes[p].units {
		fmt.Fprintf(os.Stderr, "    y %d %q %d-%d\n", u.kind, u.text, u.start, u.end)
	}
	for _, u := range r.extra {
		fmt.Fprintf(os.Stderr, "  extra %q\n", u.text)
	}
}
