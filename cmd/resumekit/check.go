package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/check"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/input"
)

// Exit codes of resumekit check.
const (
	exitLossless = 0
	exitLoss     = 1
	exitBadInput = 2
)

// exitError carries a command's exit code to main.
type exitError struct {
	code int
	err  error // nil: nothing more to print
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// ExitCode is the process exit code main should use.
func (e *exitError) ExitCode() int { return e.code }

func badInput(err error) error { return &exitError{code: exitBadInput, err: err} }

type checkFlags struct {
	formats    []string
	report     string
	output     string
	against    string
	timeout    time.Duration
	maxSize    string
	reportDir  string
	strict     bool
	jobs       int
	dateFormat string
	lang       string
	fonts      []string
	design     designFlags
	load       loadFlags
	iso        isolateFlags // for --against documents
}

func newCheckCmd() *cobra.Command {
	var fl checkFlags
	cmd := &cobra.Command{
		Use:   "check [FILE|DIR...]",
		Short: "Prove that every field of a resume survives an ATS",
		Long: `check exports a resume in each format in memory, reads every file back the
way an applicant-tracking system does (visible text only), rebuilds the
resume from that text with a blind parser, and compares both with the
source, field by field: name, email, phone and url; every role's position,
company, location and dates; education; every skill keyword; summary and
highlights.

With no FILE it checks the embedded example resume. FILE is a resume in
JSON Resume (JSON or YAML, with resumekit's roles) or RenderCV YAML; real
world files that stray from the schema (human dates, "heute", the old
"company" key) load with warnings. A DIR, or several files, are checked on
all cores with a summary at the end.

With --against SOURCE, the FILEs are documents made by any tool (a Word
resume, a LaTeX PDF) and are checked against the truth in SOURCE.

Exit status: 0 when everything survived, 1 when anything was lost, 2 on bad
input (a file that cannot be read or loaded, an unknown format or flag).`,
		Example: `  resumekit check                         # the embedded example, every format
  resumekit check resume.yaml -f pdf,docx
  resumekit check resume.yaml --report junit -o ats.xml
  resumekit check resumes/ --report-dir reports/
  resumekit check --against resume.yaml cv-from-word.docx cv.pdf`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fl.design.pageNumbersSet = cmd.Flags().Changed("page-numbers")
			return runCheck(cmd.Context(), cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args, fl)
		},
	}
	f := cmd.Flags()
	f.StringSliceVarP(&fl.formats, "formats", "f", nil, "formats to check, comma separated: "+strings.Join(export.Names(), ", ")+" (default all)")
	f.StringVar(&fl.report, "report", "text", "report format: text, json or junit")
	f.StringVarP(&fl.output, "output", "o", "", "write the report to this file instead of standard output")
	f.StringVar(&fl.against, "against", "", "check documents made by other tools against the resume in this file")
	f.DurationVar(&fl.timeout, "timeout", 30*time.Second, "longest time spent reading one file")
	f.StringVar(&fl.maxSize, "max-size", "20MB", "largest input file read (a resume or a document), such as 20MB or 512KB")
	f.StringVar(&fl.reportDir, "report-dir", "", "also write one report per input file into this directory, named after its path below the folder the inputs share")
	f.BoolVar(&fl.strict, "strict", false, "count values that survived only after normalisation (case, punctuation, a degree cut from its field) as losses")
	f.IntVarP(&fl.jobs, "jobs", "j", 0, "files checked at once (default: one per CPU)")
	f.StringVar(&fl.dateFormat, "date-format", "", `Go layout the files print dates with (default "Jan 2006")`)
	f.StringVar(&fl.lang, "lang", "", "language of the files' headings and month names: en, es, de or fr (default en)")
	f.StringArrayVar(&fl.fonts, "font", nil, fontFlagHelp)
	fl.design.register(f)
	registerDesignCompletion(cmd)
	fl.load.register(f)
	fl.iso.register(f)
	_ = cmd.RegisterFlagCompletionFunc("report", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"text", "json", "junit"}, cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("formats", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return export.Names(), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// reportWriter returns the writer for --report.
func reportWriter(name string) (func(io.Writer, ...*compare.Report) error, string, error) {
	switch strings.ToLower(name) {
	case "text", "txt":
		return compare.WriteText, ".txt", nil
	case "json":
		return compare.WriteJSON, ".json", nil
	case "junit", "xml":
		return compare.WriteJUnit, ".xml", nil
	}
	return nil, "", fmt.Errorf("unknown --report %q: use text, json or junit", name)
}

// parseSize reads sizes such as 20MB, 512KB, 1048576.
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("invalid --max-size %q: use a positive size such as 20MB or 512KB", s)
	}
	return n * mult, nil
}

func runCheck(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer, args []string, fl checkFlags) error {
	if ctx == nil {
		ctx = context.Background()
	}
	write, ext, err := reportWriter(fl.report)
	if err != nil {
		return badInput(err)
	}
	size, err := parseSize(fl.maxSize)
	if err != nil {
		return badInput(err)
	}
	for _, f := range fl.formats {
		if _, err := export.Lookup(f); err != nil {
			return badInput(err)
		}
	}
	if err := checkStyleFlags(fl.lang, fl.dateFormat); err != nil {
		return badInput(err)
	}
	if fl.timeout <= 0 {
		return badInput(fmt.Errorf("invalid --timeout %s: use a positive duration such as 30s", fl.timeout))
	}
	opts := check.Options{Strict: fl.strict, Workers: fl.jobs}
	if err := fl.design.apply(&opts.Style); err != nil {
		return badInput(err)
	}
	opts.Extract.MaxSize = size
	opts.Extract.Timeout = fl.timeout
	opts.Style.DateFormat = fl.dateFormat
	opts.Style.Language = fl.lang
	if opts.Style.FallbackFonts, err = readFonts(fl.fonts); err != nil {
		return badInput(err)
	}

	var results []check.FileResult
	bad := false // some input could not be read: exit 2
	switch {
	case fl.against != "":
		if err := fl.iso.validate(); err != nil {
			return badInput(err)
		}
		if len(args) == 0 {
			return badInput(errors.New("--against needs the documents to check: resumekit check --against resume.yaml cv.pdf"))
		}
		l, err := loadValid(stdin, stderr, fl.against, fl.load, size)
		if err != nil {
			return err
		}
		o := styleFrom(opts, l.res)
		o.ExtractFile = func(ctx context.Context, path string, eo extract.Options) (*extract.Document, error) {
			return extractArg(ctx, stdin, path, eo, fl.iso)
		}
		files, err := expandArgs(args, check.DocumentExts)
		if err != nil {
			return badInput(err)
		}
		bar := newProgress(stderr, len(files))
		o.Progress = bar.update
		reps, err := check.CheckFiles(ctx, l.res.Resume, files, o)
		bar.finish()
		if err != nil {
			return badInput(err)
		}
		for i, rep := range reps {
			if rep.Err != "" {
				bad = true
			}
			name := files[i]
			if name == "-" {
				name = stdinName
				rep.File = stdinName
			}
			results = append(results, check.FileResult{Path: name, Reports: []*compare.Report{rep}})
		}
	default:
		files := []string{""} // the embedded example
		if len(args) > 0 {
			if files, err = expandArgs(args, check.ResumeExts); err != nil {
				return badInput(err)
			}
		}
		results, bad = checkSources(ctx, stdin, stderr, files, fl, opts, size)
	}

	var all []*compare.Report
	for _, fr := range results {
		all = append(all, fr.Reports...)
	}
	batch := len(results) > 1
	if fl.output != "" {
		if err := writeFileAtomic(fl.output, func(w io.Writer) error { return write(w, all...) }); err != nil {
			return badInput(err)
		}
	} else if len(all) > 0 || fl.report != "text" {
		if err := write(stdout, all...); err != nil {
			return err
		}
	}
	if fl.reportDir != "" {
		if err := os.MkdirAll(fl.reportDir, 0o755); err != nil {
			return badInput(err)
		}
		paths := make([]string, len(results))
		for i, fr := range results {
			paths[i] = fr.Path
		}
		names := reportNames(paths)
		for i, fr := range results {
			if fr.Reports == nil {
				continue
			}
			name := filepath.Join(fl.reportDir, names[i]+ext)
			if err := writeFileAtomic(name, func(w io.Writer) error { return write(w, fr.Reports...) }); err != nil {
				return badInput(err)
			}
		}
	}
	sum := check.Summarize(results)
	if batch {
		// The summary goes with a text report; beside a machine-readable
		// one it goes to standard error.
		dst := stderr
		if fl.report == "text" && fl.output == "" {
			dst = stdout
			fmt.Fprintln(dst)
		}
		fmt.Fprintf(dst, "summary: %s\n", summaryText(sum))
	} else if fl.output != "" && len(all) > 0 {
		// The report went to a file: say on the terminal what it holds.
		lossy := 0
		for _, r := range all {
			if !r.Lossless() {
				lossy++
			}
		}
		what := "every field survived in " + count(len(all), "format", "formats")
		if lossy > 0 {
			what = fmt.Sprintf("%s lost in %d of %s", count(sum.Losses, "field", "fields"), lossy, count(len(all), "format", "formats"))
		}
		fmt.Fprintf(stderr, "resumekit: %s; report written to %s\n", what, fl.output)
	}
	switch {
	case bad || sum.Errors > 0:
		return &exitError{code: exitBadInput}
	case sum.Lossy > 0:
		return &exitError{code: exitLoss}
	}
	return nil
}

// progress draws a bar on standard error when it is a terminal, and
// nothing otherwise (in CI, in a pipe).
type progress struct {
	w     io.Writer
	total int
	on    bool
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, on: total > 1 && isTerminal(w)}
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (p *progress) update(done, total int) {
	if !p.on {
		return
	}
	const width = 30
	n := done * width / max(total, 1)
	fmt.Fprintf(p.w, "\rchecking [%s%s] %d/%d", strings.Repeat("=", n), strings.Repeat(" ", width-n), done, total)
}

func (p *progress) finish() {
	if p.on {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 60))
	}
}

// summaryText renders a batch summary with correct plurals.
func summaryText(s check.Summary) string {
	return fmt.Sprintf("%s: %d lossless, %d with losses (%s over %s), %d could not be read",
		count(s.Files, "file", "files"), s.Lossless, s.Lossy, count(s.Losses, "field lost", "fields lost"),
		count(s.Reports, "report", "reports"), s.Errors)
}

// styleFrom lays the style a resume file asks for (a RenderCV locale's
// language and word for an open end) over base.
func styleFrom(base check.Options, res *input.Result) check.Options {
	o := base
	if o.Style.Language == "" {
		o.Style.Language = res.Language
	}
	if o.Style.Present == "" {
		o.Style.Present = res.Present
	}
	return o
}

// expandArgs is check.Expand that keeps "-" (standard input) as it is.
func expandArgs(args, exts []string) ([]string, error) {
	var out, files []string
	flush := func() error {
		if len(files) == 0 {
			return nil
		}
		for _, f := range files {
			if _, err := os.Stat(f); err != nil {
				return fileError(f, err)
			}
		}
		more, err := check.Expand(files, exts)
		if err != nil {
			// No "bad input:" prefix for people.
			return errors.New(strings.TrimPrefix(err.Error(), check.ErrBadInput.Error()+": "))
		}
		out, files = append(out, more...), nil
		return nil
	}
	for _, a := range args {
		if a != "-" {
			files = append(files, a)
			continue
		}
		if err := flush(); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, flush()
}

// checkSources loads and validates each resume source as export does,
// then checks the valid ones, several at once. An invalid source is
// reported with its problems and counts as unreadable.
func checkSources(ctx context.Context, stdin io.Reader, stderr io.Writer, files []string, fl checkFlags, opts check.Options, size int64) ([]check.FileResult, bool) {
	results := make([]check.FileResult, len(files))
	loadedOK := make([]*loaded, len(files))
	bad := false
	for i, f := range files {
		l, err := loadValid(stdin, stderr, f, fl.load, size)
		name := f
		if l != nil {
			name = l.src.name
		} else if f == "-" {
			name = stdinName
		}
		results[i].Path = name
		if err != nil {
			fmt.Fprintf(stderr, "resumekit: %v\n", err)
			results[i].Err = err
			bad = true
			continue
		}
		loadedOK[i] = l
	}
	bar := newProgress(stderr, len(files))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	perFile := opts
	if len(files) > 1 {
		perFile.Workers = 1 // the files run in parallel, each format in turn
	}
	var mu sync.Mutex
	done := 0
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	for i, l := range loadedOK {
		if l == nil {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			reps, err := check.Check(ctx, l.res.Resume, fl.formats, styleFrom(perFile, l.res))
			for _, rep := range reps {
				rep.File = l.src.name
			}
			mu.Lock()
			results[i].Reports, results[i].Err = reps, err
			done++
			bar.update(done, len(files))
			mu.Unlock()
		}()
	}
	wg.Wait()
	bar.finish()
	for _, r := range results {
		if r.Err != nil && r.Reports != nil {
			bad = true
		}
	}
	return results, bad
}

// reportNames names each input's report after its path below the
// directory all inputs share, separators turned into "_": "a.yaml" and
// "sub_b.json" for ../resumes/a.yaml and ../resumes/sub/b.json, not
// ".._resumes_a.yaml" (a hidden file). Standard input is "stdin", the
// embedded example "example".
func reportNames(paths []string) []string {
	var common []string
	first := true
	for _, p := range paths {
		if p == "" || p == stdinName {
			continue
		}
		var dir []string
		if d := filepath.Dir(filepath.Clean(p)); d != "." {
			dir = strings.Split(filepath.ToSlash(d), "/")
		}
		if first {
			common, first = dir, false
			continue
		}
		n := 0
		for n < len(common) && n < len(dir) && common[n] == dir[n] {
			n++
		}
		common = common[:n]
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		switch p {
		case "":
			names[i] = "example"
			continue
		case stdinName:
			names[i] = "stdin"
			continue
		}
		parts := strings.Split(filepath.ToSlash(filepath.Clean(p)), "/")
		names[i] = strings.Join(parts[len(common):], "_")
	}
	return names
}
