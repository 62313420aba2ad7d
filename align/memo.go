package align

import "sync"

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
