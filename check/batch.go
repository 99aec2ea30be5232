package check

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/input"
	"github.com/resumekit/resumekit/internal/limits"
	"github.com/resumekit/resumekit/resume"
)

// ErrBadInput is wrapped by the errors of files that could not be loaded
// as resumes or read at all: the caller's input is wrong, not the export.
var ErrBadInput = errors.New("bad input")

// FileResult is the outcome of checking one resume file in Batch.
type FileResult struct {
	Path    string
	Reports []*compare.Report // one per format; nil when Err is set
	// Warnings are what the lenient load accepted but reported (a human
	// date, an old key), with their line and field path.
	Warnings []resume.Warning
	Err      error // the file could not be loaded; wraps ErrBadInput
}

// Lossless reports whether the file loaded and every format survived.
func (f FileResult) Lossless() bool {
	if f.Err != nil {
		return false
	}
	for _, r := range f.Reports {
		if !r.Lossless() {
			return false
		}
	}
	return true
}

// Batch loads each resume file (JSON Resume as JSON or YAML, with
// resumekit's extensions, or RenderCV YAML) leniently, so that published
// resumes that stray from the schema load with warnings, and checks it in
// formats, opts.Workers files at a time. Results come back in the order of
// paths. It returns early only when ctx is done; an unknown format is an
// error before anything runs.
func Batch(ctx context.Context, paths []string, formats []string, opts Options) ([]FileResult, error) {
	if _, err := lookup(formats); err != nil {
		return nil, err
	}
	out := make([]FileResult, len(paths))
	err := pool(ctx, len(paths), opts, func(i int) {
		out[i] = checkResumeFile(ctx, paths[i], formats, opts)
	})
	return out, err
}

// CheckMany checks many resumes in memory, opts.Workers at a time (one
// per CPU by default), each in formats. The reports come back in the order
// of rs. It returns early only when ctx is done.
func CheckMany(ctx context.Context, rs []*resume.Resume, formats []string, opts Options) ([][]*compare.Report, error) {
	if _, err := lookup(formats); err != nil {
		return nil, err
	}
	out := make([][]*compare.Report, len(rs))
	var first error
	var mu sync.Mutex
	err := pool(ctx, len(rs), opts, func(i int) {
		reps, err := checkResume(ctx, rs[i], formats, opts, false)
		out[i] = reps
		if err != nil {
			mu.Lock()
			if first == nil {
				first = fmt.Errorf("resume %d: %w", i, err)
			}
			mu.Unlock()
		}
	})
	if err == nil {
		err = first
	}
	return out, err
}

// Load reads a resume file leniently, as Batch does, within
// base.Extract.MaxSize (resume.DefaultMaxSize when 0), and returns it with
// the style its file asks for (a RenderCV locale's language and present
// word) laid over base.
func Load(path string, base Options) (*resume.Resume, Options, []resume.Warning, error) {
	res, err := input.Load(path, input.Options{LoadOptions: resume.LoadOptions{Lenient: true, MaxSize: base.Extract.MaxSize}})
	if err != nil {
		return nil, base, nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	opts := base
	if opts.Style.Language == "" && res.Language != "" {
		opts.Style.Language = res.Language
	}
	if opts.Style.Present == "" && res.Present != "" {
		opts.Style.Present = res.Present
	}
	return res.Resume, opts, res.Warnings, nil
}

func checkResumeFile(ctx context.Context, path string, formats []string, base Options) FileResult {
	r, opts, warns, err := Load(path, base)
	if err != nil {
		return FileResult{Path: path, Err: err}
	}
	reps, err := checkResume(ctx, r, formats, opts, false)
	for _, rep := range reps {
		rep.File = path
	}
	return FileResult{Path: path, Reports: reps, Warnings: warns, Err: err}
}

// pool runs fn(0..n-1) on opts.Workers goroutines, calling opts.Progress
// after each. It stops handing out work when ctx is done.
func pool(ctx context.Context, n int, opts Options, fn func(i int)) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				fn(i)
				if opts.Progress != nil {
					mu.Lock()
					done++
					opts.Progress(done, n)
					mu.Unlock()
				}
			}
		}()
	}
	var err error
feed:
	for i := range n {
		select {
		case jobs <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	return err
}

// ResumeExts and DocumentExts are the file extensions Expand collects from
// a directory: resume files to export and check, and documents made by
// other tools to check against a truth.
var (
	ResumeExts   = []string{".json", ".yaml", ".yml"}
	DocumentExts = []string{".pdf", ".docx", ".xlsx", ".md", ".markdown", ".txt", ".html", ".htm"}
)

// Expand turns arguments into a file list: a file stays as it is; a
// directory gives every file below it whose extension is in exts, sorted.
// A path that does not exist is an error wrapping ErrBadInput.
func Expand(args []string, exts []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && p != a && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && hasExt(p, exts) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%w: %s holds no %s files", ErrBadInput, a, strings.Join(exts, ", "))
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

func hasExt(p string, exts []string) bool {
	e := strings.ToLower(filepath.Ext(p))
	for _, x := range exts {
		if e == x {
			return true
		}
	}
	return false
}

// readFile reads a document within the extractor's size limit.
func readFile(path string, eo extract.Options) ([]byte, error) {
	limit := eo.MaxSize
	if limit == 0 {
		limit = extract.DefaultMaxSize
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	defer f.Close()
	data, over, err := limits.ReadAll(f, limit)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadInput, path, err)
	}
	if over {
		return nil, fmt.Errorf("%w: %s: %w: over the %d byte limit (raise it with --max-size)", ErrBadInput, path, extract.ErrTooLarge, limit)
	}
	return data, nil
}

// Summary counts the outcome of a batch.
type Summary struct {
	Files    int // resume files (or documents) checked
	Lossless int // files whose every format survived
	Lossy    int // files with at least one loss
	Errors   int // files that could not be loaded or read
	Reports  int // reports (files × formats)
	Losses   int // losses that count, over all reports
}

// Summarize counts a batch's results.
func Summarize(results []FileResult) Summary {
	s := Summary{Files: len(results)}
	for _, f := range results {
		s.Reports += len(f.Reports)
		for _, r := range f.Reports {
			s.Losses += len(r.Lost())
		}
		switch {
		case f.Err != nil:
			s.Errors++
		case f.Lossless():
			s.Lossless++
		default:
			s.Lossy++
		}
	}
	return s
}

// String renders the summary on one line.
func (s Summary) String() string {
	return fmt.Sprintf("%d files: %d lossless, %d with losses (%d losses over %d reports), %d could not be read",
		s.Files, s.Lossless, s.Lossy, s.Losses, s.Reports, s.Errors)
}
