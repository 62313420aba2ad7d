// Package par runs independent tasks on all processors: the one worker
// pool of every stage that reads, extracts, aligns or compares documents in
// parallel.
//
// Each task fills its own slot of a result the caller allocated, so the
// result does not depend on how the tasks were scheduled.
package par

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Do runs f(0), …, f(n-1) on up to GOMAXPROCS goroutines. Once ctx is
// done no task is started; tasks already running finish. It returns after
// every goroutine has exited, with ctx's error if ctx ended the run early
// or was done when it returned.
func Do(ctx context.Context, n int, f func(i int)) error {
	w := min(runtime.GOMAXPROCS(0), n)
	if w <= 1 {
		for i := 0; i < n && ctx.Err() == nil; i++ {
			f(i)
		}
		return ctx.Err()
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// Each runs f(0), …, f(n-1) on up to GOMAXPROCS goroutines and returns
// when all have run.
func Each(n int, f func(i int)) {
	_ = Do(context.Background(), n, f) // a background context is never done
}
