// Command rkmutate runs a long mutation round by hand (issue #18): it
// builds resumekit, makes mutants of the example exports and of the
// corpus in ../shared with a fixed seed, runs `resumekit extract` and
// `resumekit parse --json` (reading in process) on each in a child
// process, and prints, per format, the mutants, the outcome classes and
// the worst CPU time, wall time and peak memory. Mutants that break a
// bound (over 1 s of CPU, over 100 MB, a hang or a crash) are kept.
//
//	go run ./internal/mutate/cmd/rkmutate -n 5000 -j 2 -keep /tmp/bad
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/resumekit/resumekit/internal/mutate"
)

func main() {
	n := flag.Int("n", 5000, "mutants to make")
	seed := flag.Uint64("seed", 18, "seed; the same seed makes the same mutants")
	jobs := flag.Int("j", 2, "runs at a time")
	kill := flag.Duration("kill", 10*time.Second, "wall-clock cap of one run")
	corpus := flag.String("corpus", "../shared/corpus", "directory of corpus files to mutate as well (\"\" for none); realworld/ and labels/ are skipped")
	keep := flag.String("keep", "", "directory to keep mutants that break a bound in")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	tmp, err := os.MkdirTemp("", "rkmutate")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	bin, err := mutate.BuildCLI(ctx, tmp)
	if err != nil {
		log.Fatal(err)
	}
	srcs, err := mutate.ExampleSources()
	if err != nil {
		log.Fatal(err)
	}
	if *corpus != "" {
		more, err := mutate.DirSources(*corpus, "corpus_", "realworld", "labels")
		if err != nil {
			log.Printf("corpus %s not read (%v): mutating the example exports only", *corpus, err)
		}
		srcs = append(srcs, more...)
	}
	if *keep != "" {
		if err := os.MkdirAll(*keep, 0o755); err != nil {
			log.Fatal(err)
		}
	}
	dir := filepath.Join(tmp, "mutants")
	if err := os.Mkdir(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d sources, %d mutants, seed %d, %d at a time\n", len(srcs), *n, *seed, *jobs)
	start := time.Now()
	stats, bad, err := mutate.Round(ctx, mutate.RoundOptions{
		Bin: bin, Dir: dir, Keep: *keep, N: *n, Seed: *seed, Jobs: *jobs, Kill: *kill,
		Sources: srcs, Log: os.Stderr,
	})
	fmt.Printf("\n%d runs broke a bound; %v\n\n", len(bad), time.Since(start).Round(time.Second))
	stats.Report(os.Stdout)
	if err != nil {
		log.Fatal(err)
	}
	if len(bad) > 0 {
		os.Exit(1)
	}
}
