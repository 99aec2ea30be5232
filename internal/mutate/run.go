package mutate

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strings"
	"syscall"
	"time"
)

// The bounds checked on every run (issue #18).
const (
	MaxCPU = time.Second // user + system CPU time of the child
	MaxRSS = 100 << 20   // peak resident set of the child
)

// Outcome classes, from best to worst. A run is in the worst class that
// applies.
const (
	ClassOK      = "ok"      // exit 0, no warning
	ClassWarning = "warning" // exit 0 with warnings
	ClassError   = "error"   // exit 1 or 2 with a message
	ClassLimit   = "limit"   // an error that names a limit (too large, too many, timed out)
	ClassSlow    = "slow"    // over MaxCPU
	ClassMem     = "mem"     // over MaxRSS
	ClassHang    = "hang"    // killed at the run's wall-clock cap
	ClassCrash   = "crash"   // a panic, a signal or another exit status
)

// Violation reports whether class breaks the bounds.
func Violation(class string) bool {
	switch class {
	case ClassSlow, ClassMem, ClassHang, ClassCrash:
		return true
	}
	return false
}

// Result is one run of the CLI on one file.
type Result struct {
	File    string
	Format  string
	Op      string
	Command string // "extract" or "parse"
	Exit    int
	Wall    time.Duration
	CPU     time.Duration // user + system
	RSS     int64         // peak, bytes
	Class   string
	Message string // first line of standard error
}

// Run runs `bin args... file` (the CLI's extract or parse command) with
// the wall-clock cap kill and classifies the outcome.
func Run(ctx context.Context, bin string, kill time.Duration, file string, args ...string) Result {
	res := Result{File: file, Command: args[0]}
	ctx, cancel := context.WithTimeout(ctx, kill)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(args, file)...)
	var stderr bytes.Buffer
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	res.Wall = time.Since(start)
	if ps := cmd.ProcessState; ps != nil {
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			res.RSS = ru.Maxrss * 1024 // Linux reports KiB
			res.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		}
		res.Exit = ps.ExitCode()
	}
	msg := stderr.String()
	res.Message, _, _ = strings.Cut(strings.TrimSpace(msg), "\n")
	if len(res.Message) > 300 {
		res.Message = res.Message[:300]
	}
	switch {
	case ctx.Err() != nil:
		res.Class = ClassHang
	case strings.Contains(msg, "panic") || strings.Contains(msg, "goroutine "):
		res.Class = ClassCrash
	case err != nil && res.Exit != 1 && res.Exit != 2:
		res.Class = ClassCrash
	case res.RSS > MaxRSS:
		res.Class = ClassMem
	case res.CPU > MaxCPU:
		res.Class = ClassSlow
	case res.Exit != 0 && namesLimit(msg):
		res.Class = ClassLimit
	case res.Exit != 0:
		res.Class = ClassError
	case strings.Contains(msg, "warning"):
		res.Class = ClassWarning
	default:
		res.Class = ClassOK
	}
	return res
}

func namesLimit(msg string) bool {
	m := strings.ToLower(msg)
	for _, k := range []string{"limit", "too large", "too many", "timed out", "more than"} {
		if strings.Contains(m, k) {
			return true
		}
	}
	return false
}

// Stats sums up a round per format.
type Stats struct {
	Mutants  map[string]int            // format -> mutants
	Classes  map[string]map[string]int // format -> class -> runs
	WorstCPU map[string]Result
	WorstRSS map[string]Result
	WorstW   map[string]Result // wall clock
}

// NewStats returns empty Stats.
func NewStats() *Stats {
	return &Stats{Mutants: map[string]int{}, Classes: map[string]map[string]int{},
		WorstCPU: map[string]Result{}, WorstRSS: map[string]Result{}, WorstW: map[string]Result{}}
}

// Add counts one run.
func (s *Stats) Add(r Result) {
	if s.Classes[r.Format] == nil {
		s.Classes[r.Format] = map[string]int{}
	}
	s.Classes[r.Format][r.Class]++
	if r.CPU > s.WorstCPU[r.Format].CPU {
		s.WorstCPU[r.Format] = r
	}
	if r.RSS > s.WorstRSS[r.Format].RSS {
		s.WorstRSS[r.Format] = r
	}
	if r.Wall > s.WorstW[r.Format].Wall {
		s.WorstW[r.Format] = r
	}
}

// Report writes the per-format table: mutants, runs per outcome class,
// worst CPU time, wall time and peak memory with the file that gave it.
func (s *Stats) Report(w io.Writer) {
	var formats []string
	for f := range s.Mutants {
		formats = append(formats, f)
	}
	sort.Strings(formats)
	classes := []string{ClassOK, ClassWarning, ClassError, ClassLimit, ClassSlow, ClassMem, ClassHang, ClassCrash}
	fmt.Fprintf(w, "%-5s %7s", "fmt", "mutants")
	for _, c := range classes {
		fmt.Fprintf(w, " %7s", c)
	}
	fmt.Fprintf(w, "  %-28s %-28s %s\n", "worst CPU", "worst wall", "worst RSS")
	for _, f := range formats {
		fmt.Fprintf(w, "%-5s %7d", f, s.Mutants[f])
		for _, c := range classes {
			fmt.Fprintf(w, " %7d", s.Classes[f][c])
		}
		c, wl, m := s.WorstCPU[f], s.WorstW[f], s.WorstRSS[f]
		fmt.Fprintf(w, "  %-28s %-28s %s\n",
			fmt.Sprintf("%.2fs %s", c.CPU.Seconds(), short(c)),
			fmt.Sprintf("%.2fs %s", wl.Wall.Seconds(), short(wl)),
			fmt.Sprintf("%.0fMB %s", float64(m.RSS)/(1<<20), short(m)))
	}
}

func short(r Result) string {
	if r.File == "" {
		return ""
	}
	return fmt.Sprintf("(%s %s)", r.Command, baseName(r.File))
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, os.PathSeparator); i >= 0 {
		return p[i+1:]
	}
	return p
}
