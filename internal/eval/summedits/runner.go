package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Result is one run of factcheck on one pair, as -json writes it.
type Result struct {
	Folder  string `json:"folder"`
	Article string `json:"article"`
	Label   string `json:"label"`
	Mode    Mode   `json:"mode"`
	// EditTypes and ChangeKind are gold's, for breakdowns.
	EditTypes  []string `json:"edit_types"`
	ChangeKind string   `json:"change_kind"`
	Outcome
	Findings int    `json:"findings"` // all findings of the report, on b or not
	OnB      []Item `json:"on_b"`     // what the report says about b
	Err      string `json:"error,omitempty"`
}

// Runner runs one factcheck binary.
type Runner struct {
	Bin     string
	Timeout time.Duration
}

// Run checks pair p in mode m inside a fresh temporary directory laid out
// as the before-stop hook does: s/a_article.txt, and b_summary.txt beside s/
// (draft) or inside it (plain); factcheck runs with that directory as cwd.
func (rn Runner) Run(p Pair, m Mode) Result {
	res := Result{Folder: p.Folder, Article: p.Gold.Article, Label: p.Gold.Label, Mode: m,
		EditTypes: p.Gold.EditTypes, ChangeKind: p.Gold.ChangeKind}
	r, err := rn.report(p, m)
	if err != nil {
		res.Err = err.Error()
		return res
	}
	res.Outcome = Score(m, r, p.Gold)
	res.Findings = len(r.Findings)
	res.OnB = OnSummary(m, r)
	return res
}

func (rn Runner) report(p Pair, m Mode) (*Report, error) {
	tmp, err := os.MkdirTemp("", "summedits-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	src := filepath.Join(tmp, "s")
	if err := os.Mkdir(src, 0o755); err != nil {
		return nil, err
	}
	args := []string{"check", "--format", "json"}
	bdir := src
	if m == Draft {
		args = append(args, "--draft", Summary)
		bdir = tmp
	}
	args = append(args, "s")
	if err := copyFile(filepath.Join(p.Dir, "a_article.txt"), filepath.Join(src, "a_article.txt")); err != nil {
		return nil, err
	}
	if err := copyFile(filepath.Join(p.Dir, Summary), filepath.Join(bdir, Summary)); err != nil {
		return nil, err
	}

	ctx, cancel := context.WithTimeout(context.Background(), rn.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, rn.Bin, args...)
	cmd.Dir = tmp
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctx.Err() != nil {
		return nil, fmt.Errorf("factcheck %s: timed out after %v", strings.Join(args, " "), rn.Timeout)
	}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee) && ee.ExitCode() == 1: // unresolved errors: a normal result
	case err != nil:
		return nil, fmt.Errorf("factcheck %s: %v: %s", strings.Join(args, " "), err, firstLine(stderr.String()))
	}
	r, err := ParseReport(stdout.Bytes())
	if err != nil {
		return nil, fmt.Errorf("factcheck %s: %v", strings.Join(args, " "), err)
	}
	return r, nil
}

func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

// job is one pair in one mode.
type job struct {
	pair Pair
	mode Mode
}

// RunAll runs every job with n workers; results[i] is jobs[i]'s.
func (rn Runner) RunAll(jobs []job, n int) []Result {
	results := make([]Result, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(n, 1) {
		wg.Go(func() {
			for i := range next {
				results[i] = rn.Run(jobs[i].pair, jobs[i].mode)
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}
