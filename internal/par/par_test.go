package par

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"
)

func TestEachRunsEveryTaskOnce(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 1000} {
		got := make([]int32, n)
		Each(n, func(i int) { atomic.AddInt32(&got[i], 1) })
		for i, c := range got {
			if c != 1 {
				t.Fatalf("n=%d: task %d ran %d times, want once", n, i, c)
			}
		}
	}
}

func TestDoStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var ran, atCancel atomic.Int32
	err := Do(ctx, 100000, func(i int) {
		if ran.Add(1) == 5 {
			cancel()
			atCancel.Store(ran.Load())
		}
	})
	if err != context.Canceled {
		t.Fatalf("Do returned %v, want context.Canceled", err)
	}
	// Once cancel has returned no task starts; a task another worker had
	// already taken may still run, one per worker at most.
	if n, most := int(ran.Load()), int(atCancel.Load())+runtime.GOMAXPROCS(0); n > most {
		t.Fatalf("%d tasks ran, want at most %d: tasks started after cancellation", n, most)
	}
}

func TestDoAfterCancelRunsNothing(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var ran atomic.Int32
	if err := Do(ctx, 100, func(int) { ran.Add(1) }); err != context.Canceled {
		t.Fatalf("Do returned %v, want context.Canceled", err)
	}
	if n := ran.Load(); n != 0 {
		t.Fatalf("%d tasks ran on a cancelled context, want 0", n)
	}
}
