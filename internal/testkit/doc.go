// Package testkit owns the helpers that tests in several packages share:
// golden files, directory listings and Markdown rendered as GitHub renders
// it. Only test files import it.
package testkit
