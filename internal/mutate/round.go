package mutate

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"time"
)

// BuildCLI builds the resumekit command into dir and returns its path.
func BuildCLI(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "resumekit")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/resumekit/resumekit/cmd/resumekit")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %w\n%s", err, out)
	}
	return bin, nil
}

// RoundOptions configure a round.
type RoundOptions struct {
	Bin     string        // the resumekit binary
	Dir     string        // where mutants are written while they run
	Keep    string        // where mutants that break a bound are kept; "" keeps none
	N       int           // mutants
	Seed    uint64        // the same seed gives the same mutants
	Jobs    int           // runs at a time; 0 means 1
	Kill    time.Duration // wall-clock cap of one run; 0 means 10 s
	Sources []Source
	Log     io.Writer // one line per violation (and progress); nil for none
}

// Commands are the CLI commands run on every mutant, reading in process.
var Commands = [][]string{
	{"extract", "--isolate=never"},
	{"parse", "--json", "--isolate=never"},
}

// Round makes o.N mutants, the formats taken in turn, runs every command
// on each and returns the statistics and the runs that broke a bound.
func Round(ctx context.Context, o RoundOptions) (*Stats, []Result, error) {
	if len(o.Sources) == 0 {
		return nil, nil, fmt.Errorf("no sources to mutate")
	}
	if o.Jobs <= 0 {
		o.Jobs = 1
	}
	if o.Kill <= 0 {
		o.Kill = 10 * time.Second
	}
	m := New(o.Seed)
	// Formats in turn, a source within the format at random, so that a
	// corpus rich in one format does not crowd out the others.
	byFormat := map[string][]Source{}
	var formats []string
	for _, s := range o.Sources {
		if byFormat[s.Format] == nil {
			formats = append(formats, s.Format)
		}
		byFormat[s.Format] = append(byFormat[s.Format], s)
	}
	sort.Strings(formats)
	stats := NewStats()
	var bad []Result
	var mu sync.Mutex
	work := make(chan Mutant)
	var wg sync.WaitGroup
	var firstErr error
	for j := 0; j < o.Jobs; j++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for mt := range work {
				path := filepath.Join(o.Dir, mt.Name)
				if err := os.WriteFile(path, mt.Data, 0o644); err != nil {
					mu.Lock()
					firstErr = err
					mu.Unlock()
					continue
				}
				keep := false
				for _, c := range Commands {
					r := Run(ctx, o.Bin, o.Kill, path, c...)
					r.Format, r.Op = mt.Format, mt.Op
					mu.Lock()
					stats.Add(r)
					if Violation(r.Class) {
						bad = append(bad, r)
						keep = true
						if o.Log != nil {
							fmt.Fprintf(o.Log, "%s %s %s: %s cpu %.2fs wall %.2fs rss %.0fMB (%s) %s\n", r.Class, r.Command, mt.Name, mt.Op, r.CPU.Seconds(), r.Wall.Seconds(), float64(r.RSS)/(1<<20), r.Message, "")
						}
					}
					mu.Unlock()
				}
				if keep && o.Keep != "" {
					_ = os.WriteFile(filepath.Join(o.Keep, mt.Name), mt.Data, 0o644)
				}
				os.Remove(path)
			}
		}()
	}
	start := time.Now()
	for i := 0; i < o.N && ctx.Err() == nil; i++ {
		same := byFormat[formats[i%len(formats)]]
		src := same[m.rng.IntN(len(same))]
		mt := m.Mutate(src, o.Sources)
		stats.Mutants[mt.Format]++
		work <- mt
		if o.Log != nil && (i+1)%500 == 0 {
			fmt.Fprintf(o.Log, "... %d mutants in %v\n", i+1, time.Since(start).Round(time.Second))
		}
	}
	close(work)
	wg.Wait()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return stats, bad, firstErr
}
