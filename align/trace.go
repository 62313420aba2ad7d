//go:build !fctrace

package align

// tracePair and traceDecide are no-ops outside developer builds (see
// trace_dev.go).
func tracePair(*Alignment, int, int, float64, diffResult) {}

func traceDecide(diffResult, bool) {}
