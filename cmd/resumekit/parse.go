package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/resume"
)

type parseFlags struct {
	json    bool
	timeout time.Duration
	maxSize string
	iso     isolateFlags
}

func newParseCmd() *cobra.Command {
	var fl parseFlags
	cmd := &cobra.Command{
		Use:   "parse FILE",
		Short: "Rebuild a structured resume from any file, as an ATS would",
		Long: `parse reads a resume file the way an applicant-tracking system does and
rebuilds, blind, the structured resume an ATS would file: name, e-mail,
phone, profiles and location; each role with its employer, title, location
and dates; education; and skills. It works on resumes from any tool, in
English, Spanish, German and French.

Without --json it prints a readable summary, followed by the parser's
warnings (no dates for a role, no contact details, ...). With --json it
prints a JSON Resume document (basics, work with one entry per role,
education, skills) that other JSON Resume tools can read; an open end is
written as no endDate, as JSON Resume means it.

A JSON Resume file is returned as it is: there is nothing to guess. The
reader's warnings (a damaged file, no text layer, columns) come first, on
standard error. "-" reads standard input.

PDFs that resumekit did not write are read in a child process with a time
and memory limit (--isolate, --max-memory), since hostile PDFs can make a
PDF reader hang.

Exit status: 0 on success, 1 when nothing of a resume was found (no
readable text), 2 when the file cannot be read.`,
		Example: `  resumekit parse cv.pdf
  resumekit parse cv.docx --json > parsed.json
  resumekit parse cv.pdf --json | jq '.work[] | {name, position, startDate}'
  cat cv.pdf | resumekit parse -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runParse(cmd.Context(), cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], fl)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&fl.json, "json", false, "print a JSON Resume document instead of a summary")
	f.DurationVar(&fl.timeout, "timeout", 30*time.Second, "longest time spent reading the file")
	f.StringVar(&fl.maxSize, "max-size", "20MB", "largest file read, such as 20MB or 512KB")
	fl.iso.register(f)
	return cmd
}

func runParse(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer, path string, fl parseFlags) error {
	size, err := parseSize(fl.maxSize)
	if err != nil {
		return badInput(err)
	}
	if fl.timeout <= 0 {
		return badInput(fmt.Errorf("invalid --timeout %s: use a positive duration such as 30s", fl.timeout))
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if fl.iso.mode == "" {
		fl.iso.mode = "auto"
	}
	doc, err := extractArg(ctx, stdin, path, extract.Options{MaxSize: size, Timeout: fl.timeout}, fl.iso)
	if err != nil {
		return badInput(err)
	}
	for _, w := range doc.Warnings {
		fmt.Fprintf(stderr, "resumekit: warning: %s\n", w)
	}
	res := parse.Parse(doc, parse.Options{})
	if isEmpty(res.Resume) {
		name := path
		if path == "-" {
			name = stdinName
		}
		why := "no name, contact details, work, education or skills in its text"
		if len(doc.Lines) == 0 {
			why = "the file has no readable text (a scan or an image needs OCR first)"
		}
		return &exitError{code: exitFailure, err: fmt.Errorf("%s: no resume found: %s", name, why)}
	}
	if fl.json {
		js, err := parse.JSONResume(res.Resume)
		if err != nil {
			return err
		}
		_, err = stdout.Write(js)
		return err
	}
	writeSummary(stdout, res.Resume)
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "resumekit: warning: %s\n", w.Message)
	}
	return nil
}

// isEmpty reports whether the parser found nothing of a resume in r.
func isEmpty(r *resume.Resume) bool {
	b := r.Basics
	return b.Name == "" && b.Email == "" && b.Phone == "" && b.URL == "" && len(b.Profiles) == 0 &&
		len(r.Work) == 0 && len(r.Education) == 0 && len(r.Skills) == 0 && len(r.Projects) == 0
}

// writeSummary prints a parsed resume for people.
func writeSummary(w io.Writer, r *resume.Resume) {
	b := r.Basics
	line := func(label, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-9s %s\n", label+":", v)
		}
	}
	line("Name", b.Name)
	line("Label", b.Label)
	line("Email", b.Email)
	line("Phone", b.Phone)
	line("URL", b.URL)
	loc := strings.Trim(strings.Join([]string{b.Location.City, b.Location.Region, b.Location.CountryCode}, ", "), ", ")
	line("Location", loc)
	for _, p := range b.Profiles {
		line(p.Network, p.URL)
	}
	rng := func(s, e resume.Date) string {
		if s.IsZero() && e.IsZero() {
			return "no dates"
		}
		return s.Format("Jan 2006", "present") + " – " + e.Format("Jan 2006", "present")
	}
	if len(r.Work) > 0 {
		fmt.Fprintf(w, "\nWork (%s)\n", count(r.Roles(), "role", "roles"))
		for _, e := range r.Work {
			name := e.Name
			if name == "" {
				name = "(no employer named)"
			}
			if e.Location != "" {
				name += " (" + e.Location + ")"
			}
			fmt.Fprintf(w, "  %s\n", name)
			for _, ro := range e.Roles {
				pos := ro.Position
				if pos == "" {
					pos = "(no title)"
				}
				fmt.Fprintf(w, "    %s  [%s]", pos, rng(ro.StartDate, ro.EndDate))
				if ro.Location != "" {
					fmt.Fprintf(w, "  %s", ro.Location)
				}
				fmt.Fprintln(w)
				if n := len(ro.Highlights); n > 0 {
					fmt.Fprintf(w, "      %s\n", count(n, "highlight", "highlights"))
				}
				if len(ro.Skills) > 0 {
					fmt.Fprintf(w, "      skills: %s\n", strings.Join(ro.Skills, ", "))
				}
			}
		}
	}
	if len(r.Education) > 0 {
		fmt.Fprintf(w, "\nEducation\n")
		for _, e := range r.Education {
			what := strings.TrimSpace(strings.Join([]string{e.StudyType, e.Area}, " "))
			inst := e.Institution
			if inst == "" {
				inst = "(no institution named)"
			}
			if what != "" {
				inst += " — " + what
			}
			fmt.Fprintf(w, "  %s  [%s]\n", inst, rng(e.StartDate, e.EndDate))
		}
	}
	if len(r.Skills) > 0 {
		fmt.Fprintf(w, "\nSkills\n")
		for _, s := range r.Skills {
			name := s.Name
			if name == "" {
				name = "Skills"
			}
			fmt.Fprintf(w, "  %s: %s\n", name, strings.Join(s.Keywords, ", "))
		}
	}
}
