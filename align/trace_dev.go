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
	partner := a.alignUnits(n.units, a.passes[p].units)
	y := a.passes[p].units
	used := make([]bool, len(y))
	fmt.Fprint(os.Stderr, "  x:")
	for k, u := range n.units {
		if j := partner[k]; j >= 0 {
			used[j] = true
			fmt.Fprintf(os.Stderr, " %s=%s", u.text, y[j].text)
		} else {
			fmt.Fprintf(os.Stderr, " [%s/%d]", u.text, u.kind)
		}
	}
	fmt.Fprint(os.Stderr, "\n  y unmatched:")
	for j, u := range y {
		if !used[j] {
			fmt.Fprintf(os.Stderr, " [%s/%d]", u.text, u.kind)
		}
	}
	fmt.Fprintln(os.Stderr)
	for _, d := range r.diffs {
		if d.y == nil {
			fmt.Fprintf(os.Stderr, "  diff %s %q (one side only) silent=%v\n", diffCheck[d.kind], d.x.text, d.silent)
			continue
		}
		fmt.Fprintf(os.Stderr, "  diff %s %q vs %q silent=%v weak=%v x=%d-%d y=%d-%d\n", diffCheck[d.kind], d.x.text, d.y.text, d.silent, d.weak, d.x.start, d.x.end, d.y.start, d.y.end)
	}
	for _, u := range r.extra {
		fmt.Fprintf(os.Stderr, "  extra %q\n", u.text)
	}
}

func traceDecide(r diffResult, ok bool) {
	if os.Getenv("FC_TRACE") == "" {
		return
	}
	fmt.Fprintf(os.Stderr, "  decide cov=%.2f diffs=%d ok=%v\n", r.cov, len(r.diffs), ok)
}

func traceRestate(x, y, test string, v float64) {
	if os.Getenv("FC_TRACE") == "" {
		return
	}
	fmt.Fprintf(os.Stderr, "restate %s of %s: %s %.2f\n", x, y, test, v)
}

// traceSlot prints why an aligned pair of slots was not compared.
func traceSlot(x, y *unit, why string) {
	if os.Getenv("FC_TRACE") == "" {
		return
	}
	fmt.Fprintf(os.Stderr, "  slot %q vs %q: %s\n", x.text, y.text, why)
}

// traceDrop prints a difference dropped for want of context: c units of
// context where need were needed.
func traceDrop(d difference, c, need int) {
	if os.Getenv("FC_TRACE") == "" {
		return
	}
	y := ""
	if d.y != nil {
		y = d.y.text
	}
	fmt.Fprintf(os.Stderr, "  drop %s %q vs %q: context %d of %d\n", diffCheck[d.kind], d.x.text, y, c, need)
}
