package resume

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/resumekit/resumekit/internal/limits"
)

// DefaultMaxSize is the input size limit used when LoadOptions.MaxSize is 0.
const DefaultMaxSize = 10 << 20

// LoadOptions controls Load and Decode. The zero value reads strictly with
// a 10 MB size limit.
type LoadOptions struct {
	// MaxSize is the largest input accepted, in bytes. 0 means
	// DefaultMaxSize (10 MB); a negative value means no limit.
	MaxSize int64

	// GroupEmployers merges consecutive flat work entries with the same
	// employer name into one Employer with several roles, when their
	// employer-level fields (url, description) agree or are empty. Entries
	// that differ only in location keep their locations on the roles.
	GroupEmployers bool

	// Lenient accepts resumes that stray from the schema the way published
	// ones do: human dates ("August 2021", "06.2021"), present words in any
	// supported language ("heute", "aktuell"), an empty date, the old keys
	// "company" and "website", a number where text is wanted, a single
	// string where a list is wanted, and unknown keys. Where the meaning is
	// still clear it repairs the value: dates with unpadded parts, a day
	// the month lacks or a two-digit year ("2023-9-28", "2021-11-31",
	// "Oct-22"), a list of lines where one text is wanted, an object where
	// text is wanted (read as its name, title or content), a string where
	// an object is wanted (an award's title), an object where a list is
	// wanted (skills as {"group": [...]}). A value that cannot be read at
	// all is left out. Each of these is reported as a Warning, never
	// silently, and Inspect reports Validate's problems as warnings too.
	Lenient bool
}

func (o LoadOptions) maxSize() int64 {
	if o.MaxSize == 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// Sentinel errors wrapped by LoadError; test for them with errors.Is.
var (
	ErrTooLarge = errors.New("input too large")
	ErrEmpty    = errors.New("empty input")
	ErrSyntax   = errors.New("syntax error")
	ErrType     = errors.New("wrong type")
	ErrKey      = errors.New("outdated key")
)

// LoadError is a problem found while reading a resume file: where it is
// (file, line:column and field path), what is wrong, and how to fix it.
// Its message reads "file:line:col: work[2].startDate: problem; hint".
type LoadError struct {
	File string // the file name given to Load or Decode
	Pos  Pos    // where in the file; Line is 0 when unknown
	Path string // field path in the input, such as "work[2].startDate"; "" for syntax errors
	Err  error  // the problem; wraps a sentinel such as ErrSyntax or ErrDate
	Hint string // how to fix it, when there is advice to give
}

// Error renders the error as "file:line:col: path: problem; hint".
func (e *LoadError) Error() string {
	var b strings.Builder
	if e.Pos.Line > 0 {
		b.WriteString(e.Pos.String())
	} else {
		b.WriteString(e.File)
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	if e.Hint != "" {
		b.WriteString("; ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Unwrap returns the underlying problem.
func (e *LoadError) Unwrap() error { return e.Err }

// LoadErrors is returned by Load and Decode when the input has more than
// one problem. errors.As finds each *LoadError in it.
type LoadErrors []*LoadError

// Error renders one error per line.
func (l LoadErrors) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the individual errors.
func (l LoadErrors) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// maxErrors bounds how many problems one Decode reports.
const maxErrors = 50

// Warning is something a lenient load accepted but that strays from JSON
// Resume: a human date, an old key name. Path is the field path in the
// input and Pos where it was read.
type Warning struct {
	Path    string
	Pos     Pos
	Message string
}

// String renders the warning as "file:line:col: path: message".
func (w Warning) String() string {
	s := w.Pos.String()
	if s != "" {
		s += ": "
	}
	if w.Path != "" {
		s += w.Path + ": "
	}
	return s + w.Message
}

// Warnings returns what a lenient load accepted but reported, in input order.
func (r *Resume) Warnings() []Warning { return r.warnings }

// Load reads the resume file at path, as JSON or YAML (see Decode). Files
// larger than the size limit are refused before they are read.
func Load(path string, opts LoadOptions) (*Resume, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the file name is already in the LoadError
		}
		return nil, &LoadError{File: path, Err: err}
	}
	defer f.Close()
	limit := opts.maxSize()
	if limit > 0 {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > limit {
			return nil, tooLarge(path, st.Size(), limit)
		}
	}
	data, over, err := limits.ReadAll(f, limit)
	if err != nil {
		return nil, &LoadError{File: path, Err: err}
	}
	if over {
		return nil, tooLarge(path, -1, limit)
	}
	return Decode(data, path, opts)
}

func tooLarge(file string, size, limit int64) *LoadError {
	msg := fmt.Sprintf("larger than the %s limit", byteSize(limit))
	if size >= 0 {
		msg = fmt.Sprintf("%s is larger than the %s limit", byteSize(size), byteSize(limit))
	}
	return &LoadError{File: file, Err: fmt.Errorf("%w: %s", ErrTooLarge, msg),
		Hint: "a resume is a few kilobytes; check that this is the right file"}
}

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
	return fmt.Sprintf("%d bytes", n)
}

// Decode reads a resume from data: JSON when the first non-space byte is
// '{' (or '['), YAML otherwise. name is the file name used in positions
// and errors. The input is JSON Resume 1.x; in addition a work entry may
// hold "roles" (each with position, startDate, endDate, location, summary,
// highlights and skills) under one employer. Dates are strict ISO 8601
// (YYYY, YYYY-MM, YYYY-MM-DD) or "present" unless opts.Lenient is set.
// Keys the model does not know are kept in the Extra maps. A date range
// with a start and no end (work roles, volunteer, education, projects) is
// open: its end is Present, as JSON Resume tools read it. The position of
// every field is recorded (see Resume.Position) under its model path
// ("work[0].roles[1].startDate"), so Validate can report line:column.
//
// On failure the error is a *LoadError, or LoadErrors when there are
// several problems; it never panics.
func Decode(data []byte, name string, opts LoadOptions) (*Resume, error) {
	d, err := decode(data, name, opts)
	if err != nil {
		return nil, err
	}
	switch len(d.errs) {
	case 0:
	case 1:
		return nil, d.errs[0]
	default:
		return nil, d.errs
	}
	return d.r, nil
}

// Inspect reads data as Decode does and validates what it could read, so
// that one run reports every problem: the loader's (a wrong type, an
// unknown key, a date that is no date) and Validate's (an empty position,
// an end before its start), each once, at its path in the input
// ("work[0].position" for a flat work entry), in the order of the file.
//
// It returns the resume as far as it was read, and problems, nil when
// there are none. With opts.Lenient every problem is added to the
// resume's Warnings instead, and problems is nil. When the input cannot be read at all (too large, empty,
// a syntax error, not an object) r and problems are nil and err is the
// *LoadError.
func Inspect(data []byte, name string, opts LoadOptions) (r *Resume, problems *ValidationError, err error) {
	d, err := decode(data, name, opts)
	if err != nil {
		return nil, nil, err
	}
	var out []Problem
	seen := map[string]bool{}
	for _, e := range d.errs {
		msg := e.Err.Error()
		if e.Hint != "" {
			msg += "; " + e.Hint
		}
		out = append(out, Problem{Path: e.Path, Pos: e.Pos, Message: msg})
		seen[e.Path] = true
	}
	for _, p := range d.suggested {
		seen[p] = true
	}
	var ve *ValidationError
	if errors.As(d.r.Validate(), &ve) {
		for _, p := range ve.Problems {
			if !covered(seen, p.Path) {
				out = append(out, p)
			}
		}
	}
	if len(out) == 0 {
		return d.r, nil, nil
	}
	SortProblems(out)
	if opts.Lenient {
		// Lenient: every problem is a warning, and the resume is written
		// as it is.
		for _, p := range out {
			d.r.warnings = append(d.r.warnings, Warning(p))
		}
		return d.r, nil, nil
	}
	return d.r, &ValidationError{Problems: out}, nil
}

// covered reports whether a problem at path was already reported, at the
// path itself or at one of its parents.
func covered(seen map[string]bool, path string) bool {
	for path != "" {
		if seen[path] {
			return true
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return false
}

// SortProblems sorts problems by their position in the file, those without
// one last, keeping the order of problems at the same place.
func SortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Pos, ps[j].Pos
		if (a.Line == 0) != (b.Line == 0) {
			return b.Line == 0
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

// decode parses data and walks it onto the model, collecting the load
// errors in d.errs; err is set when the input cannot be read at all.
func decode(data []byte, name string, opts LoadOptions) (d *decoder, err error) {
	if limit := opts.maxSize(); limit > 0 && int64(len(data)) > limit {
		return nil, tooLarge(name, int64(len(data)), limit)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	first := bytes.TrimLeft(data, " \t\r\n")
	if len(first) == 0 {
		return nil, &LoadError{File: name, Err: ErrEmpty,
			Hint: "a resume is a JSON or YAML object such as {\"basics\": {\"name\": \"Ada Lovelace\"}}"}
	}
	var (
		root *node
		serr *syntaxError
	)
	format := "YAML"
	if first[0] == '{' || first[0] == '[' {
		format = "JSON"
		root, serr = parseJSON(data, name)
	} else {
		root, serr = parseYAML(data, name)
	}
	if serr != nil {
		return nil, serr.loadError(name, format)
	}
	if root.kind != kindObject {
		return nil, &LoadError{File: name, Pos: root.pos, Err: fmt.Errorf("%w: the document is %s", ErrType, root.kind),
			Hint: "a resume is an object with keys such as basics, work and education"}
	}
	d = &decoder{file: name, opts: opts, r: &Resume{}}
	d.resume(root)
	if opts.GroupEmployers && len(d.errs) == 0 {
		d.group()
	}
	d.r.warnings = d.warns
	return d, nil
}
