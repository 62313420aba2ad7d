package serve

import "sync"

// store keeps the last n checks' reports in memory, by ID, for their
// download links; the oldest is dropped first.
type store struct {
	mu    sync.Mutex
	n     int
	order []string
	byID  map[string]*result
}

// result is one check's reports by file name.
type result struct {
	files map[string][]byte
}

func newStore(n int) *store { return &store{n: n, byID: map[string]*result{}} }

func (st *store) put(id string, r *result) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.byID[id] = r
	st.order = append(st.order, id)
	if len(st.order) > st.n {
		delete(st.byID, st.order[0])
		st.order = st.order[1:]
	}
}

func (st *store) get(id string) *result {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.byID[id]
}
