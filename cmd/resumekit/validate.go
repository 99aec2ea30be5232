package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/resumekit/resumekit/input"
	"github.com/resumekit/resumekit/input/rendercv"
	"github.com/resumekit/resumekit/internal/limits"
	"github.com/resumekit/resumekit/resume"
)

type validateFlags struct {
	lenient bool
	schema  bool
}

func newValidateCmd() *cobra.Command {
	fl := validateFlags{schema: true}
	cmd := &cobra.Command{
		Use:   "validate FILE... (or - for standard input)",
		Short: "Check resume files and list every problem with its line and column",
		Long: `validate reads each resume file (JSON Resume as JSON or YAML, with
resumekit's roles) and lists every problem at once, each as

  file:line:col: field.path: what is wrong; how to fix it

It checks that the file parses, that every value has the right type, that
dates are real ISO dates (YYYY, YYYY-MM or YYYY-MM-DD, or "present") and no
range ends before it starts, that e-mails and URLs look right, and (unless
--schema=false) that the file is valid against the official JSON Resume
schema, which other JSON Resume tools expect. The schema knows no
"present": resumekit accepts it with a warning; leave endDate out for an
open end to satisfy both.

A RenderCV file (YAML with a top-level cv key, which export and check
also read) is checked as RenderCV: its keys, dates and values, then the
resume it makes; the JSON Resume schema does not apply to it. "-" reads
standard input.

Files without problems are reported as "FILE: ok" on standard output;
problems go to standard error.

Exit status: 0 when every file is valid, 1 when any file has problems, 2
when a file cannot be read at all (missing, a directory, too large).`,
		Example: `  resumekit validate resume.yaml
  resumekit validate resumes/*.json
  resumekit validate --lenient --schema=false downloaded.json
  resumekit validate cv.yaml                 # RenderCV
  generate-resume | resumekit validate -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runValidate(cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args, fl)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&fl.lenient, "lenient", false, `accept human dates, "company" for "name" and the like, as warnings`)
	f.BoolVar(&fl.schema, "schema", true, "also check against the JSON Resume schema")
	return cmd
}

func runValidate(stdin io.Reader, stdout, stderr io.Writer, files []string, fl validateFlags) error {
	code := exitOK
	stdinRead := false
	for _, file := range files {
		var data []byte
		var err error
		if file == "-" {
			if stdinRead {
				fmt.Fprintln(stderr, `"-" (standard input) given twice`)
				code = max(code, exitUsage)
				continue
			}
			stdinRead = true
			file = "<stdin>"
			data, err = readAllLimited(stdin, file, resume.DefaultMaxSize)
		} else {
			data, err = readLimited(file, resume.DefaultMaxSize)
		}
		if err != nil {
			fmt.Fprintf(stderr, "%v\n", err)
			code = max(code, exitUsage)
			continue
		}
		code = max(code, validateData(stdout, stderr, data, file, fl))
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// validateData prints the problems of one file and returns its exit code.
func validateData(stdout, stderr io.Writer, data []byte, file string, fl validateFlags) int {
	if rendercv.IsRenderCV(data) {
		return validateRenderCV(stdout, stderr, data, file, fl)
	}
	var problems []string
	seen := map[string]bool{}      // problems printed
	loadPaths := map[string]bool{} // field paths the loader already reported
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			problems = append(problems, s)
		}
	}
	r, err := resume.Decode(data, file, resume.LoadOptions{Lenient: fl.lenient})
	if err != nil {
		var many resume.LoadErrors
		var one *resume.LoadError
		switch {
		case errors.As(err, &many):
			for _, e := range many {
				add(e.Error())
				loadPaths[e.Path] = true
			}
		case errors.As(err, &one):
			add(one.Error())
			loadPaths[one.Path] = true
			if one.Path == "" { // unreadable: the schema can say nothing more
				fl.schema = false
			}
		default:
			add(err.Error())
			fl.schema = false
		}
	} else {
		for _, w := range r.Warnings() {
			fmt.Fprintf(stderr, "warning: %s\n", w)
		}
		if err := r.Validate(); err != nil {
			addProblems(err, add, nil)
		}
	}
	if fl.schema {
		// Also when loading failed: the schema check reports the
		// problems the loader did not reach, such as a bad e-mail.
		err := resume.ValidateSchema(data, file)
		var ve *resume.ValidationError
		if r != nil && errors.As(err, &ve) {
			// The file loaded strictly, so its dates are ISO or
			// "present". The schema knows no "present": that is a
			// warning about other tools, not a problem for resumekit.
			kept := &resume.ValidationError{}
			for _, p := range ve.Problems {
				if isDateField(p.Path) {
					fmt.Fprintf(stderr, "warning: %s (resumekit reads it; other JSON Resume tools may not)\n", p)
					continue
				}
				kept.Problems = append(kept.Problems, p)
			}
			err = nil
			if len(kept.Problems) > 0 {
				err = kept
			}
		}
		if err != nil {
			addProblems(err, add, loadPaths)
		}
	}
	return report(stdout, stderr, file, "", problems)
}

// validateRenderCV checks a RenderCV file: input.Decode reports its keys,
// dates and values with their positions, then the resume it makes is
// validated like any other.
func validateRenderCV(stdout, stderr io.Writer, data []byte, file string, fl validateFlags) int {
	var problems []string
	res, err := input.Decode(data, file, input.Options{LoadOptions: resume.LoadOptions{Lenient: fl.lenient}})
	if err != nil {
		var many resume.LoadErrors
		if errors.As(err, &many) {
			for _, e := range many {
				problems = append(problems, e.Error())
			}
		} else {
			problems = append(problems, err.Error())
		}
		return report(stdout, stderr, file, " (RenderCV)", problems)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "warning: %s\n", w)
	}
	if err := res.Resume.Validate(); err != nil {
		addProblems(err, func(s string) { problems = append(problems, s) }, nil)
	}
	return report(stdout, stderr, file, " (RenderCV)", problems)
}

// report prints "FILE: ok" or the problems, and returns the exit code.
func report(stdout, stderr io.Writer, file, kind string, problems []string) int {
	if len(problems) == 0 {
		fmt.Fprintf(stdout, "%s: ok%s\n", file, kind)
		return exitOK
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	fmt.Fprintf(stderr, "%s: %d problem%s%s\n", file, len(problems), plural(len(problems)), kind)
	return exitFailure
}

// addProblems adds the problems of a Validate or ValidateSchema error,
// leaving out those at a path in skip.
func addProblems(err error, add func(string), skip map[string]bool) {
	var ve *resume.ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			if !skip[p.Path] {
				add(p.String())
			}
		}
		return
	}
	var le *resume.LoadError
	if errors.As(err, &le) && skip[le.Path] {
		return
	}
	add(err.Error())
}

// isDateField reports whether a field path ends in a date field:
// startDate, endDate, releaseDate or date.
func isDateField(path string) bool {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		path = path[i+1:]
	}
	return path == "date" || strings.HasSuffix(path, "Date")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// readLimited reads a regular file of at most limit bytes.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a resume file", path)
	}
	if st.Mode().IsRegular() && st.Size() > limit {
		return nil, fmt.Errorf("%s: %d bytes is larger than the %d MB limit for a resume", path, st.Size(), limit>>20)
	}
	return readAllLimited(f, path, limit)
}

// readAllLimited reads at most limit bytes from rd; name is for errors.
func readAllLimited(rd io.Reader, name string, limit int64) ([]byte, error) {
	data, over, err := limits.ReadAll(rd, limit)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if over {
		return nil, fmt.Errorf("%s: larger than the %d MB limit for a resume", name, limit>>20)
	}
	return data, nil
}
