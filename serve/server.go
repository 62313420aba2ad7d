package serve

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factcheck/factcheck/fetch"
	"github.com/factcheck/factcheck/source"
)

// Options configure a Server. The zero value serves loopback clients with
// the defaults below.
type Options struct {
	// MaxRequestBytes bounds one form post, all files together; 0 means
	// DefaultMaxRequestBytes.
	MaxRequestBytes int64
	// MaxBytes bounds each source, uploaded or fetched; 0 means
	// source.DefaultMaxBytes.
	MaxBytes int64
	// MaxChecks is how many checks run at once; 0 means the number of
	// CPUs. MaxWaiting more may wait for a turn, their forms read (0
	// means DefaultMaxWaiting); beyond that a post is answered 503 at
	// once. Memory is thus bounded by about (MaxChecks + MaxWaiting) ×
	// MaxRequestBytes.
	MaxChecks, MaxWaiting int
	// CheckTimeout bounds one check, fetching included; 0 means
	// DefaultCheckTimeout.
	CheckTimeout time.Duration
	// Public accepts requests whatever their Host header says; without it
	// only loopback names are served (no DNS rebinding).
	Public bool
	// Fetch bounds the fetching of sources given as addresses; its
	// AllowPrivate lets them reach loopback and private addresses.
	Fetch fetch.Options
	// Dir is the working directory whose rules files the form offers; ""
	// means ".".
	Dir string
	// Keep, when set, is a directory where every check's inputs and
	// reports are written; without it nothing is written to disk.
	Keep string
	// Log receives one line per check; nil discards them.
	Log io.Writer
}

// Defaults for the zero Options.
const (
	DefaultMaxRequestBytes = 32 << 20
	DefaultMaxWaiting      = 32
	DefaultCheckTimeout    = 2 * time.Minute
	// keptResults is how many checks' reports stay downloadable.
	keptResults = 64
)

// Server is the editor's page as an http.Handler.
type Server struct {
	opt     Options
	handler http.Handler
	slots   chan struct{}
	waiting atomic.Int64
	results *store

	// busiest is the most checks seen running at once (for tests).
	mu      sync.Mutex
	running int
	busiest int
}

// New returns a Server.
func New(opt Options) *Server {
	if opt.MaxRequestBytes <= 0 {
		opt.MaxRequestBytes = DefaultMaxRequestBytes
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = source.DefaultMaxBytes
	}
	if opt.MaxChecks <= 0 {
		opt.MaxChecks = runtime.GOMAXPROCS(0)
	}
	if opt.MaxWaiting <= 0 {
		opt.MaxWaiting = DefaultMaxWaiting
	}
	if opt.CheckTimeout <= 0 {
		opt.CheckTimeout = DefaultCheckTimeout
	}
	if opt.Dir == "" {
		opt.Dir = "."
	}
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	opt.Fetch.MaxBytes = opt.MaxBytes
	s := &Server{opt: opt, slots: make(chan struct{}, opt.MaxChecks), results: newStore(keptResults)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.form)
	mux.HandleFunc("POST /check", s.check)
	mux.HandleFunc("GET /r/{id}/{file}", s.download)
	// Cross-origin posts are refused from the Origin and Sec-Fetch-Site
	// headers browsers send (a page elsewhere cannot make an editor's
	// browser run checks or fill the server's memory).
	s.handler = http.NewCrossOriginProtection().Handler(mux)
	return s
}

// ServeHTTP sets the safety headers on every answer, refuses requests for
// another host, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cache-Control", "no-store")
	if !s.opt.Public && !loopbackHost(r.Host) {
		http.Error(w, "factcheck serves this machine only: the request names host "+r.Host, http.StatusForbidden)
		return
	}
	s.handler.ServeHTTP(w, r)
}

// csp allows the page's own inline styles and form posts to itself, and
// nothing else: no script, no frame, no request elsewhere.
const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// loopbackHost reports whether a Host header names this machine.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// acquire waits for a check's turn; it returns false (having answered)
// when too many wait or the client gave up.
func (s *Server) acquire(w http.ResponseWriter, r *http.Request) bool {
	if s.waiting.Add(1) > int64(s.opt.MaxChecks+s.opt.MaxWaiting) {
		s.waiting.Add(-1)
		w.Header().Set("Retry-After", "5")
		s.fail(w, http.StatusServiceUnavailable, "Busy", []string{"Too many checks are running or waiting; try again in a moment."})
		return false
	}
	select {
	case s.slots <- struct{}{}:
	case <-r.Context().Done():
		s.waiting.Add(-1)
		return false
	}
	s.mu.Lock()
	s.running++
	s.busiest = max(s.busiest, s.running)
	s.mu.Unlock()
	return true
}

func (s *Server) release() {
	s.mu.Lock()
	s.running--
	s.mu.Unlock()
	<-s.slots
	s.waiting.Add(-1)
}

// Busiest returns the most checks that ran at once so far.
func (s *Server) Busiest() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.busiest
}

func newID() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// fail answers with an error page.
func (s *Server) fail(w http.ResponseWriter, status int, title string, lines []string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if err := errorTemplate.Execute(w, errorPage{Title: title, Lines: lines}); err != nil {
		fmt.Fprintf(s.opt.Log, "factcheck: serve: %v\n", err)
	}
}
