package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/input"
	"github.com/resumekit/resumekit/internal/limits"
	"github.com/resumekit/resumekit/resume"
)

// stdinName is how standard input is named in messages.
const stdinName = "<stdin>"

// loadFlags are the flags of every command that reads a resume source
// (export, check, validate): they read it the same way.
type loadFlags struct {
	lenient bool
	group   bool
}

func (fl *loadFlags) register(f *pflag.FlagSet) {
	f.BoolVar(&fl.lenient, "lenient", false, `accept what published resumes do (human dates, "company" for "name", unknown keys) with warnings`)
	f.BoolVar(&fl.group, "group", false, "merge consecutive work entries with the same employer into one employer with several roles")
}

func (fl loadFlags) options(maxSize int64) input.Options {
	return input.Options{LoadOptions: resume.LoadOptions{Lenient: fl.lenient, GroupEmployers: fl.group, MaxSize: maxSize}}
}

// source is one resume source named on the command line.
type source struct {
	name string // in messages: the path, <stdin> or the example's name
	base string // the output file name without extension
	path string // the file read; "" for standard input and the example
	data []byte
}

// readSource reads the resume source arg: the embedded example for "",
// standard input for "-", otherwise a file of at most limit bytes.
func readSource(stdin io.Reader, arg string, limit int64) (source, error) {
	switch arg {
	case "":
		return source{name: examples.Name, base: "resume", data: examples.YAML}, nil
	case "-":
		data, err := readAllLimited(stdin, stdinName, limit)
		return source{name: stdinName, base: "resume", data: data}, err
	}
	data, err := readLimited(arg, limit)
	base := strings.TrimSuffix(filepath.Base(arg), filepath.Ext(arg))
	if base == "" || base == "." {
		base = "resume"
	}
	return source{name: arg, base: base, path: arg, data: data}, err
}

// loaded is a resume source read and validated.
type loaded struct {
	src      source
	res      *input.Result           // nil when unreadable, or a RenderCV file with a problem
	problems *resume.ValidationError // nil when valid
}

// loadSource decodes and validates src: the one path by which export,
// check and validate read a resume. err is set when src is no resume at
// all (a document, an image, a syntax error); problems are returned in
// the result.
func loadSource(src source, fl loadFlags) (*loaded, error) {
	res, problems, err := input.Inspect(src.data, src.name, fl.options(-1))
	if err != nil {
		return nil, explainLoad(err, src)
	}
	return &loaded{src: src, res: res, problems: problems}, nil
}

// explainLoad adds to a load error what to do about it: a document or an
// image given as a resume gets the command that reads it.
func explainLoad(err error, src source) error {
	var nr *input.NotResumeError
	if !errors.As(err, &nr) {
		return err
	}
	file := src.path
	if file == "" {
		file = "-"
	}
	if nr.Document {
		return fmt.Errorf("%w\nTo make a resume source from it: resumekit parse %s --json > resume.json\nTo check it against its source: resumekit check --against resume.yaml %s", err, file, file)
	}
	return fmt.Errorf("%w\nresumekit reads resume sources (JSON Resume as JSON or YAML, or RenderCV YAML); resumekit init writes a starter file", err)
}

// printProblems writes each problem of l to w, one a line.
func printProblems(w io.Writer, l *loaded) {
	for _, p := range l.problems.Problems {
		fmt.Fprintln(w, p)
	}
}

// problemCount says "1 problem" or "3 problems".
func problemCount(n int) string { return count(n, "problem", "problems") }

// count says "1 role", "2 roles": n with the singular or plural noun.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// printWarnings writes each warning as "resumekit: warning: ...".
func printWarnings(w io.Writer, warns []resume.Warning) {
	for _, x := range warns {
		fmt.Fprintf(w, "resumekit: warning: %s\n", x)
	}
}

// readLimited reads a regular file of at most limit bytes.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fileError(path, err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a file", path)
	}
	if st.Mode().IsRegular() && st.Size() > limit {
		return nil, fmt.Errorf("%s: %s is larger than the %s limit", path, byteSize(st.Size()), byteSize(limit))
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
		return nil, fmt.Errorf("%s: larger than the %s limit", name, byteSize(limit))
	}
	return data, nil
}

// fileError renders an error opening or reading path as "path: reason",
// without Go's operation names ("open").
func fileError(path string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return err
}

// byteSize renders n bytes for people: 20 MB, 1.5 KB, 300 bytes.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return count(int(n), "byte", "bytes")
}
