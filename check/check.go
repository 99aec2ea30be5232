package check

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// Options configure a check. The zero value checks with the writers'
// default style and the extractor's default limits.
type Options struct {
	// Style is the presentation the files are written with; the checker
	// derives from it what it expects to read back (the date layout, the
	// word for an open end, the section order).
	Style style.Options
	// Extract bounds the work spent reading one file (size, pages,
	// timeout). Its Format field is ignored.
	Extract extract.Options
	// Strict counts Normalized notes (a value that came back only after
	// folding case, punctuation or spacing) as losses.
	Strict bool
	// Workers is the number of files Batch works on at once; 0 means one
	// per CPU (runtime.GOMAXPROCS).
	Workers int
	// Progress, when set, is called by Batch after each file with the
	// number done and the total. It is called from one goroutine at a time.
	Progress func(done, total int)
	// ExtractFile, when set, reads the files of CheckFile and CheckFiles
	// (documents made by other tools) instead of extract.File: the CLI
	// passes one that runs the reader in an isolated child process.
	ExtractFile func(ctx context.Context, path string, opts extract.Options) (*extract.Document, error)
}

// ErrNoResume is returned by Check for a nil resume.
var ErrNoResume = errors.New("check: nil resume")

// Check writes r in each of formats (names or aliases as export.Lookup
// takes them; none means every format), extracts and parses each file in
// memory and compares it with r, the formats in parallel (Options.Workers
// at a time, one per CPU by default). It returns one report per format, in
// the order asked. An unknown format name is an error (wrapping
// export.ErrUnknownFormat) before anything runs; a format whose writer,
// extractor or parser fails gets a report with Err set, which is not
// lossless.
func Check(ctx context.Context, r *resume.Resume, formats []string, opts Options) ([]*compare.Report, error) {
	if r == nil {
		return nil, ErrNoResume
	}
	return checkResume(ctx, r, formats, opts, true)
}

// checkResume runs Check, with the formats in parallel (on up to
// GOMAXPROCS goroutines) when parallel is set; Batch and CheckMany, which
// already spread resumes over the cores, run them one after the other.
func checkResume(ctx context.Context, r *resume.Resume, formats []string, opts Options, parallel bool) ([]*compare.Report, error) {
	fs, err := lookup(formats)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]*compare.Report, len(fs))
	if !parallel {
		for i, f := range fs {
			if err := ctx.Err(); err != nil {
				return out[:i], err
			}
			out[i] = checkFormat(ctx, r, f, opts)
		}
		return out, nil
	}
	po := Options{Workers: opts.Workers}
	err = pool(ctx, len(fs), po, func(i int) { out[i] = checkFormat(ctx, r, fs[i], opts) })
	if err != nil {
		return nil, err
	}
	return out, nil
}

// lookup resolves format names; none means all.
func lookup(names []string) ([]export.Format, error) {
	if len(names) == 0 {
		return export.Formats(), nil
	}
	var out []export.Format
	seen := map[string]bool{}
	for _, n := range names {
		f, err := export.Lookup(n)
		if err != nil {
			return nil, err
		}
		if !seen[f.Name] {
			seen[f.Name] = true
			out = append(out, f)
		}
	}
	return out, nil
}

// isJSON reports whether a format writes JSON Resume, whose dates are ISO
// at full precision and which an ATS reads as data, not text.
func isJSON(f export.Format) bool { return f.Ext == ".json" }

// compareOptions is what the checker expects back from a file written
// with style s.
func compareOptions(format string, s style.Options, strict bool) compare.Options {
	res := s.Resolve()
	order := make([]string, len(res.Order))
	for i, sec := range res.Order {
		order[i] = string(sec)
	}
	return compare.Options{Format: format, DateFormat: res.DateFormat, Present: res.Present, Language: res.Language, Order: order, Strict: strict}
}

// checkFormat runs one format's round trip.
func checkFormat(ctx context.Context, r *resume.Resume, f export.Format, opts Options) *compare.Report {
	var buf bytes.Buffer
	if err := f.Write(&buf, r, opts.Style); err != nil {
		return &compare.Report{Format: f.Name, Err: fmt.Sprintf("export %s: %v", f.Name, err)}
	}
	// A size limit is for files from elsewhere; our own export is read
	// with at least the default limit.
	if opts.Extract.MaxSize > 0 && opts.Extract.MaxSize < extract.DefaultMaxSize {
		opts.Extract.MaxSize = extract.DefaultMaxSize
	}
	return CheckBytes(ctx, r, buf.Bytes(), f.Name, opts)
}

// CheckBytes checks one file that a resumekit writer made from r in the
// given format (a name or alias) with opts.Style, for example a file a
// test has tampered with. It extracts, parses and compares; a file that
// cannot be read gives a report with Err set.
func CheckBytes(ctx context.Context, r *resume.Resume, data []byte, format string, opts Options) *compare.Report {
	f, err := export.Lookup(format)
	if err != nil {
		return &compare.Report{Format: format, Err: err.Error()}
	}
	co := compareOptions(f.Name, opts.Style, opts.Strict)
	// JSON Resume has its own key order (volunteer before education), not
	// the style's section order.
	co.ISODates, co.AnyOrder = isJSON(f), isJSON(f)
	rep, _ := run(ctx, r, data, "resume"+f.Ext, co, opts)
	rep.Format = f.Name
	return rep
}

// run extracts, parses and compares one file's bytes.
func run(ctx context.Context, truth *resume.Resume, data []byte, name string, co compare.Options, opts Options) (*compare.Report, *extract.Document) {
	eo := opts.Extract
	eo.Format = ""
	doc, err := extract.Bytes(ctx, data, name, eo)
	if err != nil {
		return &compare.Report{Format: co.Format, Err: err.Error()}, nil
	}
	return judge(truth, doc, co), doc
}

// judge parses an extracted document and compares it with truth.
func judge(truth *resume.Resume, doc *extract.Document, co compare.Options) *compare.Report {
	if co.Format == "" {
		co.Format = string(doc.Format)
	}
	parsed, notes, err := parseDoc(doc)
	if err != nil {
		return &compare.Report{Format: co.Format, Err: err.Error()}
	}
	co.Text = visibleText(doc)
	rep := compare.Compare(truth, parsed, co)
	for _, w := range doc.Warnings {
		rep.Notes = append(rep.Notes, warningText(w))
	}
	if !rep.Lossless() {
		// The parser's warnings explain losses; beside a lossless report
		// ("no education section" in a resume without one) they are noise.
		rep.Notes = append(rep.Notes, notes...)
	}
	return rep
}

// visibleText is the text an ATS reads: every line but page furniture
// (repeated headers and footers, page numbers).
func visibleText(doc *extract.Document) []string {
	out := make([]string, 0, len(doc.Lines))
	for _, l := range doc.Lines {
		if !l.Furniture {
			out = append(out, l.Text)
		}
	}
	return out
}

func warningText(w extract.Warning) string {
	s := string(w.Kind)
	if w.Page > 0 {
		s += fmt.Sprintf(" (page %d)", w.Page)
	}
	return s + ": " + w.Message
}

// parseDoc runs the blind parser and returns its warnings as notes.
func parseDoc(doc *extract.Document) (*resume.Resume, []string, error) {
	res := parse.Parse(doc, parse.Options{})
	if res == nil || res.Resume == nil {
		return nil, nil, errors.New("parse: the parser returned no resume")
	}
	var notes []string
	for _, w := range res.Warnings {
		if w.Kind == parse.WarnSectionNotRead {
			continue // the report checks those sections' text itself
		}
		n := "parse " + string(w.Kind)
		if w.Path != "" {
			n += " " + w.Path
		}
		notes = append(notes, n+": "+w.Message)
	}
	return res.Resume, notes, nil
}

// CheckFiles checks files made by any tool (a Word resume, a LaTeX PDF)
// against truth, the resume they should hold. Their date layout is not
// known, so dates survive as text in any common form and are compared to
// the month, and a role with no end date in truth is taken to be ongoing.
// It returns one report per file, in order; a file that cannot be read
// gets a report with Err set.
func CheckFiles(ctx context.Context, truth *resume.Resume, files []string, opts Options) ([]*compare.Report, error) {
	if truth == nil {
		return nil, ErrNoResume
	}
	out := make([]*compare.Report, len(files))
	err := pool(ctx, len(files), opts, func(i int) {
		out[i] = CheckFile(ctx, truth, files[i], opts)
	})
	return out, err
}

// CheckFile checks one file made by any tool against truth; see CheckFiles.
func CheckFile(ctx context.Context, truth *resume.Resume, path string, opts Options) *compare.Report {
	eo := opts.Extract
	eo.Format = ""
	res := opts.Style.Resolve()
	co := compare.Options{AnyDateForm: true, OpenEndIsPresent: true, AnyOrder: true, PartialTruth: true, Present: res.Present, Strict: opts.Strict}
	var rep *compare.Report
	if opts.ExtractFile != nil {
		doc, err := opts.ExtractFile(ctx, path, eo)
		if err != nil {
			return &compare.Report{File: path, Format: formatOf(path), Err: err.Error()}
		}
		rep = judge(truth, doc, co)
	} else {
		data, err := readFile(path, eo)
		if err != nil {
			return &compare.Report{File: path, Format: formatOf(path), Err: err.Error()}
		}
		rep, _ = run(ctx, truth, data, path, co, opts)
	}
	rep.File = path
	return rep
}

// formatOf guesses a format name from a file name for error reports.
func formatOf(path string) string {
	return strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
}
