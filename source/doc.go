// Package source owns the way from files on disk to clean, positioned
// sentences: it reads plain text, Markdown, HTML and YAML records, keeps the
// source's metadata, marks page furniture, and maps every byte of article
// text back to its line and column in the original file.
package source
