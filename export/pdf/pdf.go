package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// Options configure the PDF writer. The zero value means the defaults of
// style.Options: 10.5 pt text, accent 1F3864, 54 pt (0.75 in) margins, A4,
// "Jan 2006" dates, English labels and the JSON Resume section order.
//
// style.Options.FontFamily chooses the embedded family: "sans" (the
// default, Liberation Sans) or "serif" (Liberation Serif); both cover
// Latin with accents, Greek and Cyrillic. style.Options.FallbackFonts are tried in order for each
// character that the family lacks, such as CJK; each is embedded, as a
// subset, only if it is used. Without a font that has a character, Write
// returns a *MissingGlyphsError.
type Options struct {
	style.Options

	// PageNumbers prints "Page 1 of 2" (in English; "1 / 2" in the other
	// languages) centred in the bottom margin of every page, small and
	// grey, in a form ATS readers recognise as page furniture. It does
	// what style.Options.PageNumbers does: either turns the numbers on.
	PageNumbers bool

	// HideEmployerRange leaves the overall date range off the line of an
	// employer with several roles; each role line still carries its own
	// range. By default the employer line shows the span of its roles.
	HideEmployerRange bool
}

// Creator is the application name written into the Creator entry of the
// document information dictionary.
const Creator = "resumekit"

// Producer is written into the Producer entry of the document information
// dictionary.
const Producer = "resumekit (github.com/signintech/gopdf v0.33.0)"

// ErrNilResume is returned by Write when the resume is nil.
var ErrNilResume = errors.New("pdf: nil resume")

// ErrOptions is wrapped by every *OptionError (it is style.ErrOptions).
var ErrOptions = style.ErrOptions

// OptionError is an Options field whose value cannot be used.
type OptionError = style.OptionError

// Write writes r to w as a PDF document: one column of real text in the
// embedded Liberation fonts (TrueType subsets with a ToUnicode map, so every
// character extracts exactly), in reading order, with standard section
// headings, bullets drawn as "•", links as link annotations, and document
// metadata (Title, Author, Subject, Keywords from the skills, Creator,
// CreationDate from Options.Created).
//
// The compact theme fits the resume on one page when it can
// (FitOnePage), and calls Options.Warn when it cannot.
//
// The same resume and options always give the same bytes. Nothing is
// written to w unless the whole document could be made. Write returns
// ErrNilResume for a nil resume, an *OptionError for an unusable option,
// a *MissingGlyphsError when a character has no glyph in any font, and
// otherwise only the errors of w.
func Write(w io.Writer, r *resume.Resume, opts Options) error {
	if r == nil {
		return ErrNilResume
	}
	res := opts.Resolve()
	if err := validate(res); err != nil {
		return err
	}
	fam, ok := family(res.FontFamily)
	if !ok {
		return &OptionError{Format: "pdf", Field: "FontFamily", Value: fmt.Sprintf("%q", res.FontFamily),
			Reason: `want "sans" (Liberation Sans, the default) or "serif" (Liberation Serif): the fonts embedded in resumekit; give fonts for other scripts as FallbackFonts`}
	}
	fs, err := newFontSet(fam, opts.FallbackFonts)
	if err != nil {
		return err
	}
	warning := ""
	var b *builder
	if res.Design.FitOnePage {
		opts, warning, b = fitOnePage(r, opts, fs)
		res = opts.Resolve()
	}
	if b == nil {
		b = newBuilder(r, res, opts, fs)
		b.document()
	}
	if err := b.missingError(); err != nil {
		return err
	}
	out, err := render(b)
	if err != nil {
		return err
	}
	if _, err = io.Copy(w, bytes.NewReader(out)); err != nil {
		return err
	}
	if warning != "" && opts.Warn != nil {
		opts.Warn(warning)
	}
	return nil
}

// Limits on presentation options, so that no option makes an unusable page.
const (
	maxFontSize = 72.0 // points; the name prints at 2.2x the base size
)

// validate checks the options that could make an unusable document.
func validate(res style.Resolved) error {
	if res.FontSize > maxFontSize || math.IsNaN(res.FontSize) || res.FontSize < 4 {
		return &OptionError{Format: "pdf", Field: "FontSize", Value: fmt.Sprint(res.FontSize),
			Reason: fmt.Sprintf("want a size in points between 4 and %g (0 means 10.5)", maxFontSize)}
	}
	if _, ok := parseHex(res.Accent); !ok {
		return &OptionError{Format: "pdf", Field: "Accent", Value: fmt.Sprintf("%q", res.Accent),
			Reason: `want a colour as six hex digits "RRGGBB", such as "1F3864"`}
	}
	return res.CheckPage("pdf")
}

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

// parseHex reads "RRGGBB".
func parseHex(s string) (rgb, bool) {
	if len(s) != 6 {
		return rgb{}, false
	}
	var v [3]uint8
	for i := 0; i < 6; i++ {
		c := s[i]
		var d uint8
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return rgb{}, false
		}
		v[i/2] = v[i/2]<<4 | d
	}
	return rgb{v[0], v[1], v[2]}, true
}
