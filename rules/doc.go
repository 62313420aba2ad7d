// Package rules owns the editor's rules file (.factcheck.yaml): aliases,
// resolutions of findings, severity overrides, ignores and per-source
// metadata; it applies them to findings and writes new resolutions back
// without losing the file's comments.
//
// The CLI wires it in a few lines:
//
//	rs, err := rules.Open(*config, ".")        // nil rules: defaults
//	failOn, err := rs.Threshold(*failOnFlag)   // the flag wins over the file
//	fs, stale := rules.Apply(fs, rs)
//	if rules.Failing(fs, failOn) > 0 { exit 1 }
//
// and for accept:
//
//	path, err := rules.Target(*config, ".")
//	err = rules.Accept(path, []rules.Resolution{{ID: id, Status: st, Reason: why}})
//
// Parsing is strict: every problem in the file is reported at once as
// "file:line:col: message" (an ErrorList), because a typo that silently
// disabled a rule would let a conflict through CI. The file is read as a
// yaml.v3 node tree, which carries positions and comments; Accept edits
// that tree rather than re-marshalling a struct, so an editor's comments
// and key order survive.
package rules
