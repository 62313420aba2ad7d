//go:build fctrace

package align

// A developer's trace of draft alignment: build with -tags fctrace and set
// FC_TRACE=1 to print, for each draft claim, the passage it was compared
// with, its coverage, the differences found and the words left over.

import (
	"fmt"
	"os"
)

func tracePair(a *Alignment, x string, p int, score float64, r diffResult) {
	if os.Getenv("FC_TRACE") == "" {
		return
	}
	fmt.Fprintf(os.Stderr, "D %q\n  P %.2f cov=%.2f %q\n", x, score, r.cov, a.passageSide(p).Text)
	for _, n := range a.nodes {
		if n.c.Text == x {
			fmt.Fprintf(os.Stderr, "  partner %v\n", a.alignUnits(n.units, a.passes[p].units))
			break
		}
	}
	for _, d := range r.diffs {
		y := "-"
		if d.y != nil {
			y = d.y.text
		}
		fmt.Fprintf(os.Stderr, "  diff %s %q vs %q silent=%v weak=%v x=%d-%d y=%d-%d\n", diffCheck[d.kind], d.x.text, y, d.silent, d.weak, d.x.start, d.x.end, d.y.start, d.y.end)
	}
	if os.Getenv("FC_TRACE") == "2" {
		for _, n := range a.nodes {
			if n.c.Text == x {
				for _, u := range n.units {
					fmt.Fprintf(os.Stderr, "    x %d %q %d-%d\n", u.kind, u.text, u.start, u.end)
				}
				break
			}
		}
	}
	for _, u := range a.passes[p].units {
		fmt.Fprintf(os.Stderr, "    y %d %q %d-%d\n", u.kind, u.text, u.start, u.end)
	}
	for _, u := range r.extra {
		fmt.Fprintf(os.Stderr, "  extra %q\n", u.text)
	}
}
