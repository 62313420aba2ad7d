// Package serve owns factcheck's page for desk editors: one form to give
// a draft, its sources (files, pasted text, web addresses) and a rules
// file, and the HTML report it returns, with its Markdown, JSON and SARIF
// versions to download. It keeps nothing on disk unless told to, bounds
// every request, limits the checks that run at once, refuses cross-origin
// posts and requests for another host, and never fetches loopback or
// private addresses unless allowed.
package serve
