package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/resumekit/resumekit/input"
	"github.com/resumekit/resumekit/resume"
)

type validateFlags struct {
	load   loadFlags
	schema bool
}

func newValidateCmd() *cobra.Command {
	fl := validateFlags{schema: true}
	cmd := &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check resume files and list every problem with its line and column",
		Long: `validate reads each resume file (JSON Resume as JSON or YAML, with
resumekit's roles, or RenderCV YAML) the way export and check read it, and
lists every problem at once, each once, as

  file:line:col: field.path: what is wrong; how to fix it

where field.path is the key as written in the file, such as
work[0].position. It checks that the file is a resume source at all (not a
PDF or a Word file), that it parses, that every key is known (a misspelt
key gets a "did you mean"), that every value has the right type, that
dates are real ISO dates (YYYY, YYYY-MM or YYYY-MM-DD, or "present") and
no range ends before it starts, that e-mails and URLs look right, and
(unless --schema=false) that a JSON Resume file is valid against the
official JSON Resume schema, which other JSON Resume tools expect. That
schema knows no "present": resumekit accepts it with a warning; leave
endDate out for an open end to satisfy both.

Keys JSON Resume does not define are errors unless they start with "x-"
or sit inside "meta" (see resumekit schema); --lenient makes unknown keys,
human dates and old key names warnings. "-" reads standard input.

Files without problems are reported as "FILE: ok" on standard output;
problems go to standard error.

Exit status: 0 when every file is valid, 1 when any file has problems, 2
when a file cannot be read at all (missing, a directory, too large, not a
resume source).`,
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
	fl.load.register(f)
	f.BoolVar(&fl.schema, "schema", true, "also check JSON Resume files against the official JSON Resume schema")
	return cmd
}

func runValidate(stdin io.Reader, stdout, stderr io.Writer, files []string, fl validateFlags) error {
	code := exitOK
	stdinRead := false
	for _, file := range files {
		if file == "-" {
			if stdinRead {
				fmt.Fprintln(stderr, `resumekit: "-" (standard input) given twice`)
				code = max(code, exitUsage)
				continue
			}
			stdinRead = true
		}
		src, err := readSource(stdin, file, resume.DefaultMaxSize)
		if err == nil {
			code = max(code, validateSource(stdout, stderr, src, fl))
			continue
		}
		fmt.Fprintf(stderr, "resumekit: %v\n", err)
		code = max(code, exitUsage)
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// validateSource prints the problems of one source and returns its exit
// code.
func validateSource(stdout, stderr io.Writer, src source, fl validateFlags) int {
	l, err := loadSource(src, fl.load)
	if err != nil {
		var le *resume.LoadError
		if errors.As(err, &le) && le.Pos.Line > 0 {
			// A syntax error: a problem in the file, with its place.
			fmt.Fprintln(stderr, err)
			fmt.Fprintf(stderr, "resumekit: %s: 1 problem\n", src.name)
			return exitFailure
		}
		fmt.Fprintf(stderr, "resumekit: %v\n", err)
		return exitUsage
	}
	kind := ""
	var problems []resume.Problem
	if l.problems != nil {
		problems = l.problems.Problems
	}
	var warns []resume.Warning
	if l.res != nil {
		warns = l.res.Warnings
	}
	if l.res == nil || l.res.Format == input.RenderCV {
		kind = " (RenderCV)"
	} else if fl.schema {
		problems, warns = addSchemaProblems(src, problems, warns)
	}
	printWarnings(stderr, warns)
	if len(problems) == 0 {
		fmt.Fprintf(stdout, "%s: ok%s\n", src.name, kind)
		return exitOK
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	fmt.Fprintf(stderr, "resumekit: %s: %s%s\n", src.name, problemCount(len(problems)), kind)
	return exitFailure
}

// addSchemaProblems adds what the official JSON Resume schema finds and
// resumekit did not already report: a problem at a path already reported
// (a bad e-mail, a bad date) is not reported twice. A date the schema
// refuses but resumekit read ("present", or a human date under --lenient)
// is a warning about other tools, given once.
func addSchemaProblems(src source, problems []resume.Problem, warns []resume.Warning) ([]resume.Problem, []resume.Warning) {
	err := resume.ValidateSchema(src.data, src.name)
	var ve *resume.ValidationError
	if !errors.As(err, &ve) {
		return problems, warns // unreadable: already reported
	}
	seen := map[string]bool{}
	for _, p := range problems {
		seen[p.Path] = true
	}
	warned := map[string]bool{}
	for _, w := range warns {
		warned[w.Path] = true
	}
	added := false
	for _, p := range ve.Problems {
		switch {
		case covered(seen, p.Path):
		case isDateField(p.Path):
			if !warned[p.Path] {
				warns = append(warns, resume.Warning{Path: p.Path, Pos: p.Pos,
					Message: p.Message + " (resumekit reads it; other JSON Resume tools may not)"})
			}
		default:
			problems = append(problems, p)
			seen[p.Path] = true
			added = true
		}
	}
	if added {
		resume.SortProblems(problems)
	}
	return problems, warns
}

// covered reports whether path, or one of its parents, is in seen.
func covered(seen map[string]bool, path string) bool {
	for {
		if seen[path] {
			return true
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return false
		}
		path = path[:i]
	}
}

// isDateField reports whether a field path ends in a date field:
// startDate, endDate, releaseDate or date.
func isDateField(path string) bool {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		path = path[i+1:]
	}
	return path == "date" || strings.HasSuffix(path, "Date")
}
