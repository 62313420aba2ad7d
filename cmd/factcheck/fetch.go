package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/factcheck/factcheck/fetch"
)

// fetchFlags are the flags of the commands that read sources given as web
// addresses.
type fetchFlags struct {
	cache     string
	timeout   time.Duration
	redirects int
}

func (f *fetchFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.cache, "cache", "", "keep fetched pages in `dir` by URL and date, and read a URL from there when it holds a copy (a run can then be repeated offline)")
	fs.DurationVar(&f.timeout, "timeout", fetch.DefaultTimeout, "give up on a URL that has not answered in full within `duration`")
	fs.IntVar(&f.redirects, "max-redirects", fetch.DefaultMaxRedirects, "follow at most `n` redirects per URL")
}

// opener returns the opener for web addresses. A command line may fetch
// private addresses (an intranet page is the user's to read); the server
// refuses them unless told otherwise.
func (f fetchFlags) opener(stderr io.Writer, maxBytes int64) (fetch.Opener, bool) {
	if f.timeout <= 0 {
		fmt.Fprintf(stderr, "factcheck: -timeout: %v: want a positive duration\n", f.timeout)
		return fetch.Opener{}, false
	}
	if f.redirects < 0 {
		fmt.Fprintf(stderr, "factcheck: -max-redirects: %d: want 0 or more\n", f.redirects)
		return fetch.Opener{}, false
	}
	redirects := f.redirects
	if redirects == 0 {
		redirects = -1 // fetch.Options: 0 is the default, negative none
	}
	return fetch.Opener{Fetcher: fetch.New(fetch.Options{
		Timeout: f.timeout, MaxBytes: maxBytes, MaxRedirects: redirects,
		CacheDir: f.cache, AllowPrivate: true,
	})}, true
}
