// Package input is the front door for resume files: it tells a RenderCV
// YAML file from a JSON Resume file (JSON or YAML, with resumekit's
// extensions) and loads either into the model.
//
//	res, err := input.Load("cv.yaml", input.Options{})
//	// res.Resume is the *resume.Resume; res.Format says what the file was.
package input

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/resumekit/resumekit/input/rendercv"
	"github.com/resumekit/resumekit/internal/limits"
	"github.com/resumekit/resumekit/resume"
)

// Format names a kind of resume file.
type Format string

// The formats Decode tells apart.
const (
	JSONResume Format = "jsonresume" // JSON Resume as JSON or YAML, with resumekit's extensions
	RenderCV   Format = "rendercv"   // RenderCV YAML (a top-level cv key)
)

// Options control loading. LoadOptions apply to JSON Resume files; the size
// limit applies to every file.
type Options struct {
	resume.LoadOptions
}

// Result is a loaded resume and what the file said about how it prints.
type Result struct {
	Resume *resume.Resume
	Format Format
	// Language is the label language the file asks for ("en", "es", "de",
	// "fr"), from a RenderCV locale; "" when the file does not say.
	Language string
	// Present is the word for an open end the file asks for; "" for the default.
	Present  string
	Warnings []resume.Warning
}

// Load reads the resume file at path (see Read).
func Load(path string, opts Options) (*Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path, opts)
}

// Read reads a resume from rd, at most the size limit and one byte more
// (so an oversized input is refused without being read whole), then
// decodes it like Decode; name is the file name used in errors.
func Read(rd io.Reader, name string, opts Options) (*Result, error) {
	limit := opts.MaxSize
	if limit == 0 {
		limit = resume.DefaultMaxSize
	}
	// Decode refuses what is over the limit, with the usual error.
	data, _, err := limits.ReadAll(rd, limit)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return Decode(data, name, opts)
}

// Decode reads a resume from data; name is the file name used in errors.
// A YAML file whose top level has a cv key is RenderCV; anything else is
// JSON Resume (see resume.Decode).
//
// A document or an image (by its bytes, whatever its name) is refused with
// a *NotResumeError.
func Decode(data []byte, name string, opts Options) (*Result, error) {
	if err := Sniff(data, name); err != nil {
		return nil, err
	}
	if !rendercv.IsRenderCV(data) {
		r, err := resume.Decode(data, name, opts.LoadOptions)
		if err != nil {
			return nil, err
		}
		return &Result{Resume: r, Format: JSONResume, Warnings: r.Warnings()}, nil
	}
	if err := checkSize(data, name, opts); err != nil {
		return nil, err
	}
	doc, err := rendercv.Decode(data, name)
	if err != nil {
		return nil, err
	}
	return renderCVResult(doc), nil
}

func renderCVResult(doc *rendercv.Document) *Result {
	return &Result{Resume: doc.Resume, Format: RenderCV, Language: doc.Locale.Code,
		Present: doc.Locale.Present, Warnings: doc.Warnings}
}

// checkSize refuses data over the size limit of opts.
func checkSize(data []byte, name string, opts Options) error {
	if limit := opts.MaxSize; limit >= 0 {
		if limit == 0 {
			limit = resume.DefaultMaxSize
		}
		if int64(len(data)) > limit {
			return fmt.Errorf("%s: %w: %d bytes is over the %d byte limit", name, resume.ErrTooLarge, len(data), limit)
		}
	}
	return nil
}

// Inspect reads a resume from data like Decode and validates it, so that
// one run reports every problem at once, each once, at its path in the
// file (see resume.Inspect): the one path by which the command line
// exports, checks and validates. It returns the resume as far as it was
// read and its problems (nil when there are none). err is set, and the
// Result nil, when the file cannot be read as a resume at all: a document
// or an image (*NotResumeError), too large, empty, or a syntax error.
func Inspect(data []byte, name string, opts Options) (*Result, *resume.ValidationError, error) {
	if err := Sniff(data, name); err != nil {
		return nil, nil, err
	}
	if !rendercv.IsRenderCV(data) {
		r, problems, err := resume.Inspect(data, name, opts.LoadOptions)
		if err != nil {
			return nil, nil, err
		}
		return &Result{Resume: r, Format: JSONResume, Warnings: r.Warnings()}, problems, nil
	}
	if err := checkSize(data, name, opts); err != nil {
		return nil, nil, err
	}
	doc, err := rendercv.Decode(data, name)
	if err != nil {
		// Every problem in the content, one per key, field or entry.
		var list rendercv.Errors
		var one *rendercv.Error
		switch {
		case errors.As(err, &list):
		case errors.As(err, &one) && errors.Is(one, rendercv.ErrSchema):
			list = rendercv.Errors{one}
		default:
			return nil, nil, err // a syntax error: nothing more to say
		}
		ve := &resume.ValidationError{}
		for _, e := range list {
			pos := e.Pos
			if pos.File == "" {
				pos.File = name
			}
			ve.Problems = append(ve.Problems, resume.Problem{Path: e.Path, Pos: pos, Message: e.Msg})
		}
		return nil, ve, nil
	}
	res := renderCVResult(doc)
	var ve *resume.ValidationError
	if errors.As(res.Resume.Validate(), &ve) {
		return res, ve, nil
	}
	return res, nil, nil
}
