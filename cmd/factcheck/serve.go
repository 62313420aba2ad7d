package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/factcheck/factcheck/fetch"
	"github.com/factcheck/factcheck/serve"
	"github.com/factcheck/factcheck/source"
)

// serve runs the editor's page until SIGINT or SIGTERM.
func (e env) serve(args []string) int {
	fs := e.newFlags("serve", "")
	var ff fetchFlags
	ff.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `host:port` (a loopback address unless -public)")
	public := fs.Bool("public", false, "allow a non-loopback -addr and requests for any host name")
	allowPrivate := fs.Bool("allow-private", false, "let sources given as addresses reach loopback and private networks")
	keep := fs.String("keep", "", "write every check's inputs and reports under `dir` (default: nothing is written to disk)")
	maxBytes := fs.Int64("max-bytes", source.DefaultMaxBytes, "refuse sources larger than `n` bytes")
	maxRequest := fs.Int64("max-request", serve.DefaultMaxRequestBytes, "refuse a form larger than `n` bytes in all")
	maxChecks := fs.Int("max-checks", 0, "run at most `n` checks at once (default: the number of CPUs)")
	rest, err := e.parse(fs, args)
	if err != nil {
		return exitFor(err)
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "factcheck: serve: unexpected argument %q (serve takes no paths)\n", rest[0])
		return exitInput
	}
	if *maxBytes <= 0 || *maxRequest <= 0 || *maxChecks < 0 {
		fmt.Fprintf(e.stderr, "factcheck: serve: -max-bytes and -max-request must be positive, -max-checks 0 or more\n")
		return exitInput
	}
	if _, ok := ff.opener(e.stderr, *maxBytes); !ok {
		return exitInput
	}
	if msg := checkAddr(*addr, *public); msg != "" {
		fmt.Fprintf(e.stderr, "factcheck: -addr %s: %s\n", *addr, msg)
		return exitInput
	}
	redirects := ff.redirects
	if redirects == 0 {
		redirects = -1
	}
	srv := serve.New(serve.Options{
		MaxRequestBytes: *maxRequest, MaxBytes: *maxBytes, MaxChecks: *maxChecks,
		Public: *public, Keep: *keep, Log: e.stderr,
		Fetch: fetch.Options{Timeout: ff.timeout, MaxRedirects: redirects, CacheDir: ff.cache, AllowPrivate: *allowPrivate},
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "factcheck: -addr %s: %v\n", *addr, err)
		return exitInput
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	fmt.Fprintf(e.stderr, "factcheck: serving http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	select {
	case err := <-done:
		fmt.Fprintf(e.stderr, "factcheck: serve: %v\n", err)
		return exitInput
	case <-ctx.Done():
	}
	// Checks under way finish (each is bounded by its timeout); new
	// connections are refused at once.
	sctx, cancel := context.WithTimeout(context.Background(), serve.DefaultCheckTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: serve: shutting down: %v\n", err)
		return exitInput
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(e.stderr, "factcheck: serve: %v\n", err)
		return exitInput
	}
	fmt.Fprintln(e.stderr, "factcheck: stopped")
	return exitClean
}

// checkAddr says why addr may not be listened on, or "".
func checkAddr(addr string, public bool) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return "want host:port, as 127.0.0.1:8080"
	}
	if public {
		return ""
	}
	if host == "localhost" {
		return ""
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return ""
	}
	return "not a loopback address: the page would be open to other machines (add -public to mean it)"
}
