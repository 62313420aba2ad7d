// Package testkit owns the helpers that tests in several packages share:
// golden files, files written into a test's directory, globs that must
// match, the runners of tables of a one- or two-argument function,
// directory listings and Markdown rendered as GitHub renders it. Only test
// files import it.
package testkit
