// Package fetch owns reading sources given as web addresses: one request
// per URL and run, bounded in time, size and redirects, refusing loopback
// and private addresses unless allowed, decoding the page's declared
// charset to UTF-8, and keeping each page in an optional cache by URL and
// date so that a run can be repeated offline.
package fetch
