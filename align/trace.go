//go:build !fctrace

package align

// tracePair, traceDecide, traceRestate, traceSlot and traceDrop are no-ops outside developer builds (see
// trace_dev.go).
func tracePair(*Alignment, int, int, float64, diffResult) {}

func traceDecide(diffResult, bool) {}

func traceRestate(string, string, string, float64) {}

func traceSlot(*unit, *unit, string) {}

func traceDrop(difference, int, int) {}
