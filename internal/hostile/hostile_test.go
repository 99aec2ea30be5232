package hostile

import (
	"context"
	"encoding/json"
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
	"github.com/resumekit/resumekit/input"
	"github.com/resumekit/resumekit/input/rendercv"
	"github.com/resumekit/resumekit/resume"
)

const dir = "testdata/hostile"

// The bounds every hostile file must come back within. The time bound is
// the deadline handed to the pipeline (it must return by then with a typed
// error); memory is the child process's peak resident set.
const (
	deadline = time.Second
	maxRSS   = 100 << 20
	// killAfter only guards the suite against a real hang; a child that
	// needs it has already failed the deadline by far.
	killAfter = 30 * time.Second
)

type entry struct {
	File     string `json:"file"`
	What     string `json:"what"`
	Via      string `json:"via"`
	Readable bool   `json:"readable"` // still valid after the damage: may load cleanly
}

func manifest(t *testing.T) []entry {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var es []entry
	if err := json.Unmarshal(b, &es); err != nil {
		t.Fatal(err)
	}
	return es
}

// run feeds one file to its pipeline and says how it came back. It is what
// the child process does.
func run(e entry) (outcome string, err error) {
	path := filepath.Join(dir, e.File)
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	switch e.Via {
	case "extract":
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
		if len(kinds) == 0 && !e.Readable {
			return "", fmt.Errorf("extracted without an error or a warning: the damage went unnoticed")
		}
		return fmt.Sprintf("extracted %d lines, %d work entries, warnings %v", len(doc.Lines), len(res.Resume.Work), kinds), nil
	case "load":
		res, err := input.Load(path, input.Options{})
		if err != nil {
			var le *resume.LoadError
			var les resume.LoadErrors
			var re *rendercv.Error
			var nr *input.NotResumeError
			if !errors.As(err, &le) && !errors.As(err, &les) && !errors.As(err, &re) && !errors.As(err, &nr) {
				return "", fmt.Errorf("untyped error %T: %v", err, err)
			}
			return "error: " + err.Error(), nil
		}
		if len(res.Warnings) == 0 && !e.Readable {
			return "", fmt.Errorf("loaded without an error or a warning: the damage went unnoticed")
		}
		return fmt.Sprintf("loaded, %d warnings", len(res.Warnings)), nil
	}
	return "", fmt.Errorf("unknown pipeline %q", e.Via)
}

// TestHostileChild is the child half of TestHostile; it does nothing
// unless HOSTILE_FILE is set.
func TestHostileChild(t *testing.T) {
	name := os.Getenv("HOSTILE_FILE")
	if name == "" {
		t.Skip("run by TestHostile in a child process")
	}
	for _, e := range manifest(t) {
		if e.File != name {
			continue
		}
		start := time.Now()
		out, err := run(e)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("HOSTILE-RESULT %s in %v\n", out, time.Since(start).Round(time.Millisecond))
		return
	}
	t.Fatalf("%s is not in the manifest", name)
}

// TestHostile runs every hostile file in a child process, so that a hang or
// a memory blow-up is measured rather than suffered: it checks the child
// returned a typed error or a warning (never a panic, never a hang, never
// silence, unless the file is still valid after the damage) and that its
// peak memory stayed under 100 MB, and logs the time it took.
func TestHostile(t *testing.T) {
	if os.Getenv("HOSTILE_FILE") != "" {
		t.Skip("child process")
	}
	if testing.Short() {
		t.Skip("-short: the hostile suite runs a child process per file")
	}
	for _, e := range manifest(t) {
		t.Run(e.File, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), killAfter)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHostileChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), "HOSTILE_FILE="+e.File)
			start := time.Now()
			out, err := cmd.CombinedOutput()
			elapsed := time.Since(start)
			if ctx.Err() != nil {
				t.Fatalf("%s (%s): still running after %v: the pipeline hangs", e.File, e.What, killAfter)
			}
			if err != nil {
				t.Fatalf("%s (%s): child failed: %v\n%s", e.File, e.What, err, out)
			}
			rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss * 1024 // Linux reports KiB
			result := "?"
			for _, l := range strings.Split(string(out), "\n") {
				if r, ok := strings.CutPrefix(l, "HOSTILE-RESULT "); ok {
					result = r
				}
			}
			t.Logf("%-24s %6.1f MB peak, %v wall (child process): %s", e.File, float64(rss)/(1<<20), elapsed.Round(time.Millisecond), result)
			if rss > maxRSS {
				t.Errorf("%s (%s): peak memory %.1f MB is over the %d MB bound", e.File, e.What, float64(rss)/(1<<20), maxRSS>>20)
			}
		})
	}
}
