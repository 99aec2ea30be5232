package mutate

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/resumekit/resumekit/internal/interop"
)

var mutants = flag.Int("mutants", 240, "mutants in TestMutationRound (the long round: go run ./internal/mutate/cmd/rkmutate)")

func TestMutantsAreReproducible(t *testing.T) {
	srcs, err := ExampleSources()
	if err != nil {
		t.Fatal(err)
	}
	a, b := New(7), New(7)
	changed := 0
	for i := 0; i < 200; i++ {
		s := srcs[i%len(srcs)]
		ma, mb := a.Mutate(s, srcs), b.Mutate(s, srcs)
		if ma.Name != mb.Name || ma.Op != mb.Op || !bytes.Equal(ma.Data, mb.Data) {
			t.Fatalf("mutant %d differs between two mutators with one seed: %s %s / %s %s", i, ma.Name, ma.Op, mb.Name, mb.Op)
		}
		if !bytes.Equal(ma.Data, s.Data) {
			changed++
		}
		if len(ma.Data) > maxMutant {
			t.Fatalf("%s is %d bytes, over %d", ma.Name, len(ma.Data), maxMutant)
		}
	}
	if changed < 190 {
		t.Errorf("only %d of 200 mutants differ from their source", changed)
	}
}

func TestZipAndPDFEditsReachInside(t *testing.T) {
	srcs, err := ExampleSources()
	if err != nil {
		t.Fatal(err)
	}
	m := New(3)
	seen := map[string]bool{}
	for i := 0; i < 300; i++ {
		mt := m.Mutate(srcs[i%len(srcs)], srcs)
		for _, op := range strings.Split(mt.Op, "+") {
			kind, _, _ := strings.Cut(op, ":")
			seen[kind] = true
		}
	}
	for _, k := range []string{"zip", "stream", "obj"} {
		if !seen[k] {
			t.Errorf("no %q mutation in 300 mutants (saw %v)", k, seen)
		}
	}
}

// TestMutationRound is the short round of issue #18's mutation test:
// mutants of the example exports (and of the corpus in ../shared when it
// is there) with a fixed seed, each read by the built CLI's `extract` and
// `parse --json` in a child process; every run must stay under 1 s of CPU
// and 100 MB peak memory, end with exit 0, 1 or 2 and never panic.
func TestMutationRound(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the mutation round builds the CLI and runs it about 500 times")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH: cannot build the CLI")
	}
	ctx := context.Background()
	tmp := t.TempDir()
	bin, err := BuildCLI(ctx, tmp)
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := ExampleSources()
	if err != nil {
		t.Fatal(err)
	}
	corpus := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		interop.SkipShared(t, "no ../shared/corpus: mutating the example exports only")
	} else if more, err := DirSources(corpus, "corpus_", "realworld", "labels"); err != nil {
		t.Fatal(err)
	} else {
		srcs = append(srcs, more...)
	}
	dir := filepath.Join(tmp, "mutants")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	start := time.Now()
	stats, bad, err := Round(ctx, RoundOptions{
		Bin: bin, Dir: dir, N: *mutants, Seed: 18, Jobs: 2, Kill: 20 * time.Second,
		Sources: srcs, Log: &log,
	})
	if err != nil {
		t.Fatal(err)
	}
	var rep bytes.Buffer
	stats.Report(&rep)
	t.Logf("%d mutants in %v\n%s", *mutants, time.Since(start).Round(time.Second), rep.String())
	for _, f := range []string{"docx", "json", "md", "pdf", "xlsx"} {
		if stats.Mutants[f] == 0 {
			t.Errorf("no %s mutants", f)
		}
	}
	for _, r := range bad {
		t.Errorf("%s: %s %s (%s): exit %d, %.2fs CPU, %.0f MB: %s", r.Class, r.Command, filepath.Base(r.File), r.Op, r.Exit, r.CPU.Seconds(), float64(r.RSS)/(1<<20), r.Message)
	}
}

// A stream edit with its /Length fixed keeps the cross-reference table
// right, so that the mutant still opens.
func TestFixXref(t *testing.T) {
	srcs, err := ExampleSources()
	if err != nil {
		t.Fatal(err)
	}
	var pdf Source
	for _, s := range srcs {
		if s.Format == "pdf" {
			pdf = s
		}
	}
	moved := append([]byte(nil), pdf.Data...)
	i := bytes.Index(moved, []byte("2 0 obj"))
	moved = append(moved[:i:i], append([]byte("% padding\n"), moved[i:]...)...)
	fixed := fixXref(moved)
	j := bytes.Index(fixed, []byte("2 0 obj"))
	if !bytes.Contains(fixed, []byte(fmt.Sprintf("%010d 00000 n", j))) {
		t.Fatalf("the xref entry of object 2 does not point at its new offset %d", j)
	}
}
