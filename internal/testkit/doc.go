// Package testkit owns the helpers that tests in several packages share:
// golden files, files written into a test's directory, the runner of
// tables of a two-string function, directory listings and Markdown rendered
// as GitHub renders it. Only test files import it.
package testkit
