package compare

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// label names a report in tables: its file and format, or its format.
func (r *Report) label() string {
	if r.File != "" {
		if r.Format != "" {
			return r.File + " (" + r.Format + ")"
		}
		return r.File
	}
	return r.Format
}

// WriteText writes reports for people: a table with one row per report
// (fields survived of fields checked, per field group, and the score),
// then every loss with its path, kind, level, what was printed and what
// the ATS saw. Normalized notes follow the losses.
func WriteText(w io.Writer, reports ...*Report) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "FORMAT")
	for _, g := range Groups {
		fmt.Fprintf(tw, "\t%s", strings.ToUpper(g))
	}
	fmt.Fprint(tw, "\tSCORE\tRESULT\n")
	for _, r := range reports {
		fmt.Fprint(tw, r.label())
		for _, g := range Groups {
			n := r.Groups[g]
			fmt.Fprintf(tw, "\t%d/%d", n.Survived, n.Checked)
		}
		fmt.Fprintf(tw, "\t%.1f\t%s\n", r.Score(), result(r))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, r := range reports {
		if r.Err != "" {
			if _, err := fmt.Fprintf(w, "\n%s: %s\n", r.label(), r.Err); err != nil {
				return err
			}
			continue
		}
		lost := r.Lost()
		var notes []Loss
		for _, l := range r.Losses {
			if !r.counts(l) {
				notes = append(notes, l)
			}
		}
		if len(lost) == 0 && len(notes) == 0 && len(r.Notes) == 0 {
			continue
		}
		if _, err := fmt.Fprintf(w, "\n%s: %s\n", r.label(), result(r)); err != nil {
			return err
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, l := range append(lost, notes...) {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", l.Path, l.Kind, l.Level, describe(l))
			if l.Hint != "" {
				fmt.Fprintf(tw, "  \t\t\thint: %s\n", l.Hint)
			}
		}
		for _, n := range r.Notes {
			fmt.Fprintf(tw, "  note: %s\n", n)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// describe says what was printed or expected and what the ATS saw.
func describe(l Loss) string {
	got := "nothing"
	if l.Got != "" {
		got = fmt.Sprintf("%q", l.Got)
	}
	switch {
	case l.Kind == Extra:
		return "ATS made up " + got
	case l.Level == TextLevel:
		return fmt.Sprintf("printed %q, ATS text has %s", l.Want, got)
	}
	return fmt.Sprintf("want %q, parser got %s", l.Want, got)
}

// result is the one-word verdict of a report.
func result(r *Report) string {
	switch {
	case r.Err != "":
		return "error"
	case r.Lossless():
		if n := len(r.Losses); n > 0 {
			return fmt.Sprintf("lossless (%d normalized)", n)
		}
		return "lossless"
	}
	return fmt.Sprintf("%d lost", len(r.Lost()))
}

// WriteJSON writes reports as a JSON array, indented, with each report's
// score and lossless flag.
func WriteJSON(w io.Writer, reports ...*Report) error {
	if reports == nil {
		reports = []*Report{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(reports)
}

// JUnit XML, as CI systems (GitHub Actions reporters, GitLab, Jenkins) read it.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name      string      `xml:"name,attr"`
	Tests     int         `xml:"tests,attr"`
	Failures  int         `xml:"failures,attr"`
	Errors    int         `xml:"errors,attr"`
	Cases     []junitCase `xml:"testcase"`
	SystemOut string      `xml:"system-out,omitempty"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Error     *junitFailure `xml:"error,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// WriteJUnit writes reports as JUnit XML: one test suite per report and one
// test case per field group, which fails with the group's losses. A report
// whose file could not be read has a single erroring test case.
func WriteJUnit(w io.Writer, reports ...*Report) error {
	out := junitSuites{Name: "resumekit check"}
	for _, r := range reports {
		s := junitSuite{Name: r.label()}
		class := "resumekit.check." + classPart(r.label())
		if r.Err != "" {
			s.Cases = append(s.Cases, junitCase{Name: "read", Classname: class,
				Error: &junitFailure{Message: r.Err, Type: "error", Text: r.Err}})
			s.Tests, s.Errors = 1, 1
		} else {
			for _, g := range Groups {
				n := r.Groups[g]
				tc := junitCase{Name: g, Classname: class}
				var b strings.Builder
				var notes strings.Builder
				lost := 0
				for _, l := range r.Losses {
					if l.Group != g {
						continue
					}
					line := fmt.Sprintf("%s: %s (%s): %s\n", l.Path, l.Kind, l.Level, describe(l))
					if l.Hint != "" {
						line += "  hint: " + l.Hint + "\n"
					}
					if r.counts(l) {
						lost++
						b.WriteString(line)
					} else {
						notes.WriteString(line)
					}
				}
				if lost > 0 {
					tc.Failure = &junitFailure{Type: "loss", Text: b.String(),
						Message: fmt.Sprintf("%d of %d %s fields survived; %d lost", n.Survived, n.Checked, g, lost)}
					s.Failures++
				}
				tc.SystemOut = notes.String()
				s.Cases = append(s.Cases, tc)
				s.Tests++
			}
			s.SystemOut = strings.Join(r.Notes, "\n")
		}
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Errors += s.Errors
		out.Suites = append(out.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// classPart makes a label usable as a dotted JUnit class name part.
func classPart(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '(' || r == ')' || r == '/' || r == '\\' {
			return '_'
		}
		return r
	}, s)
}
