package hostile

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
)

// sharedMutants holds the mutants of issue #18 that once broke the time
// and memory bounds (see its README and MANIFEST.tsv).
var sharedMutants = filepath.Join("..", "..", "..", "shared", "hostile-mutants")

// readMutant is what the child does for one shared mutant: extract within
// the deadline, then parse what came out. Any outcome is fine except an
// untyped error; the parent checks the time and the memory.
func readMutant(path string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	doc, err := extract.File(ctx, path, extract.Options{})
	if err != nil {
		var xe *extract.Error
		if !errors.As(err, &xe) {
			return "", fmt.Errorf("untyped error %T: %v", err, err)
		}
		return "error: " + err.Error(), nil
	}
	res := parse.Parse(doc, parse.Options{})
	var kinds []string
	for _, w := range doc.Warnings {
		kinds = append(kinds, string(w.Kind))
	}
	return fmt.Sprintf("extracted %d lines, %d work entries, warnings %v", len(doc.Lines), len(res.Resume.Work), kinds), nil
}

// TestSharedMutantChild is the child half of TestSharedMutants.
func TestSharedMutantChild(t *testing.T) {
	path := os.Getenv("HOSTILE_MUTANT")
	if path == "" {
		t.Skip("run by TestSharedMutants in a child process")
	}
	start := time.Now()
	out, err := readMutant(path)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("HOSTILE-RESULT %s in %v\n", out, time.Since(start).Round(time.Millisecond))
}

// TestSharedMutants reads every file in ../shared/hostile-mutants in a
// child process, as TestHostile does for the generated files: extraction
// must end within its 1 s deadline (a typed error otherwise), parse must
// follow, and the child's peak memory must stay under 100 MB.
func TestSharedMutants(t *testing.T) {
	if os.Getenv("HOSTILE_MUTANT") != "" || os.Getenv("HOSTILE_FILE") != "" {
		t.Skip("child process")
	}
	if testing.Short() {
		t.Skip("-short: the hostile suite runs a child process per file")
	}
	entries, err := os.ReadDir(sharedMutants)
	if err != nil {
		t.Skipf("../shared/hostile-mutants is absent (%v): skipping the shared mutants", err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "README.md" || strings.HasSuffix(name, ".tsv") {
			continue
		}
		n++
		path, err := filepath.Abs(filepath.Join(sharedMutants, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), killAfter)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestSharedMutantChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), "HOSTILE_MUTANT="+path)
			start := time.Now()
			out, err := cmd.CombinedOutput()
			elapsed := time.Since(start)
			if ctx.Err() != nil {
				t.Fatalf("%s: still running after %v: the pipeline hangs", name, killAfter)
			}
			if err != nil {
				t.Fatalf("%s: child failed: %v\n%s", name, err, out)
			}
			ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
			rss := ru.Maxrss * 1024
			cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
			result := "?"
			for _, l := range strings.Split(string(out), "\n") {
				if r, ok := strings.CutPrefix(l, "HOSTILE-RESULT "); ok {
					result = r
				}
			}
			t.Logf("%-38s %6.1f MB peak, %v CPU, %v wall (child process): %s", name, float64(rss)/(1<<20), cpu.Round(time.Millisecond), elapsed.Round(time.Millisecond), result)
			if rss > maxRSS {
				t.Errorf("%s: peak memory %.1f MB is over the %d MB bound", name, float64(rss)/(1<<20), maxRSS>>20)
			}
			if strings.Contains(result, "timed out") {
				t.Errorf("%s: extraction ran into its %v deadline: %s", name, deadline, result)
			}
		})
	}
	if n == 0 {
		t.Skip("../shared/hostile-mutants holds no files")
	}
}
