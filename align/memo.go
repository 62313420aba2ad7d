package align

import (
	"sync"
	"sync/atomic"
)

// memo holds the answers of a pure function of two words, for goroutines
// that diff claims in parallel.
type memo[V any] struct {
	mu sync.RWMutex
	m  map[[2]string]V
}

// lookup returns the answer for k, if known.
func (m *memo[V]) lookup(k [2]string) (V, bool) {
	m.mu.RLock()
	v, ok := m.m[k]
	m.mu.RUnlock()
	return v, ok
}

// get returns the answer for k, computing it with f the first time.
func (m *memo[V]) get(k [2]string, f func() V) V {
	if v, ok := m.lookup(k); ok {
		return v
	}
	v := f()
	m.mu.Lock()
	if m.m == nil {
		m.m = map[[2]string]V{}
	}
	m.m[k] = v
	m.mu.Unlock()
	return v
}

// pairMemo holds the answers of a pure yes-or-no function of two words
// by their interned ids (wordIDs), for goroutines that diff claims in
// parallel. A lookup is one atomic load per probe of an open-addressing
// table of 64-bit entries (the pair, a present bit, the answer), with no
// lock and no string hashed or compared: alignment asks a quarter of a
// million of them a run. It is a cache, not a record: an answer stored
// while the table grows may be lost, and is then computed again, which
// only a pure function allows.
type pairMemo struct {
	mu  sync.Mutex // held to grow the table
	tab atomic.Pointer[pairTable]
}

// pairTable is one size of a pairMemo's table, never more than half full
// (but for the few entries of goroutines that raced a growth).
type pairTable struct {
	slots []atomic.Uint64 // 0 is empty; else pair<<2 | 2 | answer
	shift uint            // 64 - log2(len(slots)): the hash's top bits index it
	n     atomic.Int64    // entries stored
}

// pairKey is the key of the ordered pair of word ids (x, y), both below
// maxWordID.
func pairKey(x, y int32) uint64 { return uint64(x)<<31 | uint64(y) }

// slot is where probing for key k starts.
func (t *pairTable) slot(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> t.shift }

// get returns the answer for k, computing it with f the first time.
func (m *pairMemo) get(k uint64, f func() bool) bool {
	if t := m.tab.Load(); t != nil {
		mask := uint64(len(t.slots) - 1)
		for i := t.slot(k); ; i = (i + 1) & mask {
			e := t.slots[i].Load()
			if e == 0 {
				break
			}
			if e>>2 == k {
				return e&1 == 1
			}
		}
	}
	v := f()
	e := k<<2 | 2
	if v {
		e |= 1
	}
	t := m.tab.Load()
	if t == nil || 2*(t.n.Load()+1) > int64(len(t.slots)) {
		t = m.grow(t)
	}
	t.put(e)
	return v
}

// put stores entry e unless its pair is there.
func (t *pairTable) put(e uint64) {
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(e >> 2); ; i = (i + 1) & mask {
		old := t.slots[i].Load()
		if old == 0 {
			if t.slots[i].CompareAndSwap(0, e) {
				t.n.Add(1)
				return
			}
			old = t.slots[i].Load()
		}
		if old>>2 == e>>2 {
			return
		}
	}
}

// grow replaces the table t (nil: none yet) with one twice its size
// holding its entries, and returns the table to store in: another
// goroutine's, if it grew t first.
func (m *pairMemo) grow(t *pairTable) *pairTable {
	m.mu.Lock()
	defer m.mu.Unlock()
	if cur := m.tab.Load(); cur != t {
		return cur
	}
	bits := uint(12)
	if t != nil {
		bits = 64 - t.shift + 1
	}
	nt := &pairTable{slots: make([]atomic.Uint64, 1<<bits), shift: 64 - bits}
	if t != nil {
		for i := range t.slots {
			if e := t.slots[i].Load(); e != 0 {
				nt.put(e)
			}
		}
	}
	m.tab.Store(nt)
	return nt
}

// maxWordID bounds the ids wordIDs gives: two fit a pairMemo entry.
const maxWordID = 1<<31 - 1

// wordIDs interns the keys of word units as small integers, from 1 (0 is
// a unit without one), for the memos of word pairs.
type wordIDs struct {
	mu  sync.Mutex
	ids map[string]int32
}

// assign gives each word unit of us the id of its key.
func (w *wordIDs) assign(us []unit) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for k := range us {
		u := &us[k]
		if u.kind != uWord {
			continue
		}
		id, ok := w.ids[u.key]
		if !ok {
			if len(w.ids) >= maxWordID-1 {
				continue // no id: its pairs are not memoized
			}
			if w.ids == nil {
				w.ids = map[string]int32{}
			}
			id = int32(len(w.ids) + 1)
			w.ids[u.key] = id
		}
		u.id = id
	}
}
