package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// The collector's target while check runs follows the live heap, unless
// GOGC is set. A check holds every document's text and claims, the
// alignment and provenance's words until the report is written (about 24
// bytes a byte of input at its peak). The default target, 100, lets the
// heap grow to twice that before collecting: at 5,000 generated documents
// 1,144 MiB peak RSS, 898 MiB at 50. But 50 on a small heap collects
// every few megabytes (ECB+: 48 collections, 14 % more CPU than at 100).
// So after each collection the target is set to let the heap grow by
// gcHeadroom past what is live, between gcMinPercent and gcMaxPercent:
// 400 below 16 MiB live, about 100 at ECB+'s 60 MiB (7 collections
// instead of 48), and 50, as a fixed target did, from 128 MiB live on,
// where peak memory is decided (docs/performance.md, issue 16). A
// headroom of 128 MiB measured no faster than 64 on ECB+, for 45 MiB
// more peak memory.
//
// A soft memory limit of gcMemoryLimit (unless GOMEMLIMIT is set) keeps
// the whole process under 1 GiB whatever the target: near the limit the
// collector runs more often instead of letting the heap grow to 1.5 times
// what is live (at 5,000 generated documents the peak RSS had come within
// 20 MiB of 1 GiB).
const (
	gcHeadroom    = 64 << 20
	gcMinPercent  = 50
	gcMaxPercent  = 400
	gcMemoryLimit = 960 << 20
)

// gcPercentFor is the collector's target when live bytes are live.
func gcPercentFor(live uint64) int {
	if live == 0 {
		return gcMaxPercent
	}
	return min(gcMaxPercent, max(gcMinPercent, int(gcHeadroom*100/live)))
}

// gcTarget sets the collector's target after every collection until
// stopped.
type gcTarget struct {
	mu      sync.Mutex
	stopped bool
	sample  []metrics.Sample
}

// sentinel is an object of which only a cleanup keeps track: the
// collection that finds it unreachable runs the cleanup, which sets the
// target from the live heap and makes the next sentinel.
type sentinel struct {
	_ *int // a pointer, so that it is not batched with other tiny objects
	_ [2]int
}

// followLiveHeap starts setting the collector's target from the live heap
// and returns the function that stops and gives the caller's target back.
func followLiveHeap() (stop func()) {
	t := &gcTarget{sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	prevLimit := int64(-1)
	if os.Getenv("GOMEMLIMIT") == "" {
		prevLimit = debug.SetMemoryLimit(gcMemoryLimit)
	}
	prev := debug.SetGCPercent(gcMaxPercent)
	t.arm()
	return func() {
		t.mu.Lock()
		t.stopped = true
		debug.SetGCPercent(prev)
		if prevLimit >= 0 {
			debug.SetMemoryLimit(prevLimit)
		}
		t.mu.Unlock()
	}
}

func (t *gcTarget) arm() {
	runtime.AddCleanup(new(sentinel), (*gcTarget).collected, t)
}

// collected runs after the collection that freed the last sentinel.
func (t *gcTarget) collected() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return
	}
	metrics.Read(t.sample)
	live := uint64(0)
	if v := t.sample[0].Value; v.Kind() == metrics.KindUint64 {
		live = v.Uint64()
	}
	debug.SetGCPercent(gcPercentFor(live))
	t.arm()
}
