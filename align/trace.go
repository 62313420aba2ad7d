//go:build !fctrace

package align

// tracePair is a no-op outside developer builds (see trace_dev.go).
func tracePair(*Alignment, int, int, float64, diffResult) {}
