package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/factcheck/factcheck/source"
)

// Options bound a Fetcher. The zero value is usable: every limit then
// takes its default.
type Options struct {
	// Timeout bounds one URL's whole exchange: connecting, redirects and
	// reading the body; 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxBytes refuses a page larger than this many bytes, as sent; 0
	// means DefaultMaxBytes.
	MaxBytes int64
	// MaxRedirects is how many redirects are followed; 0 means
	// DefaultMaxRedirects, a negative value none.
	MaxRedirects int
	// CacheDir, when set, keeps every fetched page (see Cache): a URL found
	// there is read from it and never fetched.
	CacheDir string
	// AllowPrivate lets a URL reach loopback, private, link-local and
	// unspecified addresses; without it they are refused after name
	// resolution, on every redirect too.
	AllowPrivate bool
	// Now dates the pages written to the cache; nil means time.Now.
	Now func() time.Time
}

// Defaults for the zero Options.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 16 << 20
	DefaultMaxRedirects = 5
)

// Page is one fetched page, decoded to UTF-8.
type Page struct {
	URL   string // as asked
	Final string // after redirects (the cached value when read from the cache)
	// ContentType is the response's Content-Type header, as sent.
	ContentType string
	// Format is "html" or "markdown" when the content type says so, ""
	// for plain text (the reader then decides from the content).
	Format string
	Body   []byte    // the page, in UTF-8
	Date   time.Time // when it was fetched (UTC, to the second)
	Cached bool      // read from the cache
}

// Error is one URL that could not be read; Reason says why, without the
// URL.
type Error struct {
	URL    string
	Reason string
	Err    error
}

func (e *Error) Error() string { return e.URL + ": " + e.Reason }
func (e *Error) Unwrap() error { return e.Err }

// IsURL reports whether s is an http or https address rather than a path.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// HasScheme reports whether s starts like an address with a scheme
// ("file://", "ftp://"), which is never read as a path.
func HasScheme(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	for _, c := range s[:i] {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// Fetcher reads URLs, each at most once: asking again for a URL returns
// the first answer. It is safe for concurrent use.
type Fetcher struct {
	opt    Options
	client *http.Client
	cache  *Cache

	mu    sync.Mutex
	calls map[string]*call
}

type call struct {
	done chan struct{}
	page *Page
	err  error
}

// New returns a Fetcher with opt's limits.
func New(opt Options) *Fetcher {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.MaxRedirects == 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	f := &Fetcher{opt: opt, calls: map[string]*call{}}
	if opt.CacheDir != "" {
		f.cache = &Cache{Dir: opt.CacheDir}
	}
	dialer := &net.Dialer{Timeout: opt.Timeout}
	if !opt.AllowPrivate {
		// Checked on the address actually dialled, after name
		// resolution, so a public name that resolves to a private
		// address is refused too.
		dialer.Control = refusePrivate
	}
	f.client = &http.Client{
		Timeout: opt.Timeout,
		Transport: &http.Transport{
			// No proxy from the environment: the address check must see
			// the page's own address.
			Proxy:                 nil,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   opt.Timeout,
			ResponseHeaderTimeout: opt.Timeout,
			MaxIdleConnsPerHost:   2,
			IdleConnTimeout:       30 * time.Second,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.MaxRedirects {
				return errTooManyRedirects
			}
			if s := req.URL.Scheme; s != "http" && s != "https" {
				return fmt.Errorf("redirected to a %s: address", s)
			}
			return nil
		},
	}
	return f
}

// Close releases idle connections.
func (f *Fetcher) Close() { f.client.CloseIdleConnections() }

var (
	errTooManyRedirects = errors.New("too many redirects")
	errPrivate          = errors.New("private address")
)

// Get returns the page at u, from the cache when it holds it, else over
// the network (writing it to the cache). Every failure is an *Error.
func (f *Fetcher) Get(ctx context.Context, u string) (*Page, error) {
	f.mu.Lock()
	c, ok := f.calls[u]
	if !ok {
		c = &call{done: make(chan struct{})}
		f.calls[u] = c
		f.mu.Unlock()
		c.page, c.err = f.get(ctx, u)
		close(c.done)
		return c.page, c.err
	}
	f.mu.Unlock()
	select {
	case <-c.done:
		return c.page, c.err
	case <-ctx.Done():
		return nil, &Error{URL: u, Reason: "cancelled", Err: ctx.Err()}
	}
}

func (f *Fetcher) get(ctx context.Context, u string) (*Page, error) {
	fail := func(err error, format string, args ...any) (*Page, error) {
		return nil, &Error{URL: u, Reason: fmt.Sprintf(format, args...), Err: err}
	}
	pu, err := url.Parse(u)
	switch {
	case err != nil:
		return fail(err, "not a valid address: %v", unwrapURL(err))
	case pu.Scheme != "http" && pu.Scheme != "https":
		return fail(nil, "only http:// and https:// addresses are fetched")
	case pu.Host == "":
		return fail(nil, "no host in the address")
	case pu.User != nil:
		return fail(nil, "an address with a user name or password is not fetched")
	}
	if f.cache != nil {
		p, err := f.cache.Load(u)
		if err != nil {
			return fail(err, "cache: %v", err)
		}
		if p != nil {
			return decode(u, p)
		}
	}
	raw, err := f.download(ctx, pu)
	if err != nil {
		return nil, &Error{URL: u, Reason: reason(err, f.opt), Err: err}
	}
	raw.URL, raw.Date = u, f.opt.Now().UTC().Truncate(time.Second)
	if f.cache != nil {
		if err := f.cache.Store(raw); err != nil {
			return fail(err, "cache: %v", err)
		}
	}
	return decode(u, raw)
}

// download makes the request and reads the body within the limits; the
// Page it returns holds the body as sent.
func (f *Fetcher) download(ctx context.Context, u *url.URL) (*Page, error) {
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "factcheck (+source check)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &statusError{resp.Status}
	}
	if resp.ContentLength > f.opt.MaxBytes {
		return nil, &sizeError{resp.ContentLength, f.opt.MaxBytes}
	}
	ct := resp.Header.Get("Content-Type")
	if _, _, err := pageFormat(ct, nil); err != nil {
		return nil, err // refused before the body is read
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > f.opt.MaxBytes {
		return nil, &sizeError{-1, f.opt.MaxBytes}
	}
	return &Page{URL: u.String(), Final: resp.Request.URL.String(), ContentType: ct, Body: body}, nil
}

type statusError struct{ status string }

func (e *statusError) Error() string { return "the server answered " + e.status }

type sizeError struct{ size, max int64 }

func (e *sizeError) Error() string {
	if e.size >= 0 {
		return fmt.Sprintf("page is %s, larger than the limit of %s (raise it with --max-bytes)", sizeString(e.size), sizeString(e.max))
	}
	return fmt.Sprintf("page is larger than the limit of %s (raise it with --max-bytes)", sizeString(e.max))
}

// reason turns a request's error into a message for the editor.
func reason(err error, opt Options) string {
	var se *statusError
	var ze *sizeError
	var te *typeError
	var dnsErr *net.DNSError
	switch {
	case errors.As(err, &se), errors.As(err, &ze), errors.As(err, &te):
		return err.Error()
	case errors.Is(err, errTooManyRedirects) && opt.MaxRedirects < 0:
		return "redirected, and redirects are not followed (--max-redirects 0)"
	case errors.Is(err, errTooManyRedirects):
		return fmt.Sprintf("more than %d redirects", opt.MaxRedirects)
	case errors.Is(err, errPrivate):
		return "refusing a loopback or private address (allow it with --allow-private)"
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return fmt.Sprintf("no complete answer within %v (raise it with --timeout)", opt.Timeout)
	case errors.As(err, &dnsErr):
		return "cannot resolve the host name " + dnsErr.Name
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	}
	return unwrapURL(err).Error()
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// unwrapURL drops net/url's "Get \"…\": " prefix, which would repeat the
// address the message already starts with.
func unwrapURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// refusePrivate is a dialer's Control: it refuses every address that is
// not a public unicast one.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || Private(ip) {
		return errPrivate
	}
	return nil
}

// Private reports whether ip is loopback, private (RFC 1918, RFC 4193),
// link-local, shared (RFC 6598), unspecified or multicast: an address a
// server must not be made to reach on a user's behalf.
func Private(ip net.IP) bool {
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
		if ip4[0] == 100 && ip4[1]&0xc0 == 64 { // 100.64.0.0/10
			return true
		}
		if ip4[0] == 0 { // "this network"
			return true
		}
	}
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast()
}

// typeError is a content type that is not a page.
type typeError struct{ ct string }

func (e *typeError) Error() string {
	return fmt.Sprintf("content type %s is not a page (want HTML, Markdown or plain text)", e.ct)
}

// pageFormat says how to read a page of content type ct: "html",
// "markdown" or "" (plain text, the reader decides). Without a content
// type it sniffs body (when given).
func pageFormat(ct string, body []byte) (format, mediaType string, err error) {
	if strings.TrimSpace(ct) == "" {
		if body == nil {
			return "", "", nil
		}
		ct = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return "", "", &typeError{fmt.Sprintf("%q", ct)}
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return "html", mt, nil
	case "text/markdown", "text/x-markdown":
		return "markdown", mt, nil
	case "text/plain":
		return "", mt, nil
	}
	return "", "", &typeError{mt}
}

// sizeString writes sizes as the source package's messages do.
var sizeString = source.SizeString
