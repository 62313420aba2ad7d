// Package enum owns the one way factcheck names the values of a small
// integer enumeration (align.Severity, rules.FailOn): a table of names in
// value order, read both ways, so String and the flag or YAML parser of
// such a type cannot drift apart.
package enum
