package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// byMode keeps the results of mode m.
func byMode(rs []Result, m Mode) []Result {
	var out []Result
	for _, r := range rs {
		if r.Mode == m {
			out = append(out, r)
		}
	}
	return out
}

// printScores prints the main table: one row per mode and level.
func printScores(w io.Writer, rs []Result, modes []Mode) {
	fmt.Fprintln(w, "mode\tseverity\trecall (inconsistent)\tfalse alarms (consistent)\tbalanced accuracy")
	for _, m := range modes {
		var t Tally
		for _, r := range byMode(rs, m) {
			t.Add(r)
		}
		for i, l := range levels {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", m, l.name,
				frac(t.Caught[i], t.Inconsistent), frac(t.Alarms[i], t.Consistent), pct(t.Balanced(i)))
		}
	}
	fmt.Fprintln(w)
}

// printBreakdowns prints recall per edit type and per change kind, and the
// false-alarm rate per change kind.
func printBreakdowns(w io.Writer, rs []Result, modes []Mode) {
	editTypes := func(r Result) []string {
		if r.Label != Inconsistent {
			return nil
		}
		if ts := r.EditTypes; len(ts) > 0 {
			return ts
		}
		return []string{"(none)"}
	}
	kind := func(label string) func(Result) []string {
		return func(r Result) []string {
			if r.Label != label {
				return nil
			}
			return []string{r.ChangeKind}
		}
	}
	printGroups(w, "recall by edit type (a pair counts under each of its types)", rs, modes, editTypes, true)
	printGroups(w, "recall by change kind", rs, modes, kind(Inconsistent), true)
	printGroups(w, "false alarms by change kind ('-': b is the seed summary)", rs, modes, kind(Consistent), false)
}

// printGroups prints one row per key: per mode and level the recall (or
// the false alarms) as "k/n x%".
func printGroups(w io.Writer, title string, rs []Result, modes []Mode, keys func(Result) []string, recall bool) {
	fmt.Fprint(w, title)
	for _, m := range modes {
		for _, l := range levels {
			fmt.Fprintf(w, "\t%s %s", m, l.name)
		}
	}
	fmt.Fprintln(w)
	tallies := make([]map[string]*Tally, len(modes))
	seen := map[string]bool{}
	var names []string
	for i, m := range modes {
		var ks []string
		tallies[i], ks = groupBy(byMode(rs, m), keys)
		for _, k := range ks {
			if !seen[k] {
				seen[k] = true
				names = append(names, k)
			}
		}
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(w, "  %s", k)
		for i := range modes {
			t := tallies[i][k]
			if t == nil {
				t = &Tally{}
			}
			for j := range levels {
				if recall {
					fmt.Fprintf(w, "\t%s", frac(t.Caught[j], t.Inconsistent))
				} else {
					fmt.Fprintf(w, "\t%s", frac(t.Alarms[j], t.Consistent))
				}
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}

// printByArticle prints one row per seed article and mode.
func printByArticle(w io.Writer, rs []Result, modes []Mode) {
	fmt.Fprint(w, "seed article\tmode\tpairs")
	for _, l := range levels {
		fmt.Fprintf(w, "\trecall %[1]s\tfalse alarms %[1]s\tbalanced %[1]s", l.name)
	}
	fmt.Fprintln(w)
	for _, m := range modes {
		ts, arts := groupBy(byMode(rs, m), func(r Result) []string { return []string{r.Article} })
		for _, a := range arts {
			t := ts[a]
			fmt.Fprintf(w, "%s\t%s\t%d", a, m, t.Inconsistent+t.Consistent)
			for i := range levels {
				fmt.Fprintf(w, "\t%s\t%s\t%s", frac(t.Caught[i], t.Inconsistent), frac(t.Alarms[i], t.Consistent), pct(t.Balanced(i)))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w)
}

// verdict says how r falls short, or "" when it scores right at both levels.
func verdict(r Result) string {
	switch {
	case r.Label == Inconsistent && !r.CaughtWarning:
		return "miss at error and warning+"
	case r.Label == Inconsistent && !r.CaughtError:
		return "miss at error (caught at warning+)"
	case r.Label == Consistent && r.AlarmError:
		return "false alarm at error"
	case r.Label == Consistent && r.AlarmWarning:
		return "false alarm at warning+"
	}
	return ""
}

// printMisses lists, per mode and folder, every miss and false alarm: the
// summary, its edits, and every item on b.
func printMisses(w io.Writer, jobs []job, rs []Result) {
	for i, r := range rs {
		v := verdict(r)
		if r.Err != "" || v == "" {
			continue
		}
		p := jobs[i].pair
		g := p.Gold
		fmt.Fprintf(w, "%s %s: %s (%s; edit types %s; change kind %s)\n", r.Mode, r.Folder, v, g.Label, orNone(g.EditTypes), g.ChangeKind)
		fmt.Fprintf(w, "\tb: %q\n", p.Summary)
		for _, c := range g.Changes {
			fmt.Fprintf(w, "\tedit %s %s %q -> %q\n", c.At, c.Op, c.Original, c.Edited)
		}
		for _, it := range r.OnB {
			fmt.Fprintf(w, "\t%s %s %s:%d:%d %q", it.Severity, it.Kind, Summary, it.Line, it.Column, it.Value)
			if it.Status != "" && it.Status != "unresolved" {
				fmt.Fprintf(w, " (%s)", it.Status)
			}
			fmt.Fprintln(w)
		}
		if len(r.OnB) == 0 {
			fmt.Fprintf(w, "\tnothing on b (%d findings in all)\n", r.Findings)
		}
	}
}

func orNone(ss []string) string {
	if len(ss) == 0 {
		return "(none)"
	}
	return strings.Join(ss, ",")
}
