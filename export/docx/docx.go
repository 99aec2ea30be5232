package docx

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/resumekit/resumekit/export/internal/entry"
	"github.com/resumekit/resumekit/export/pdf"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// Options configure the DOCX writer. The zero value means the defaults of
// style.Options (Arial 10.5 pt, accent 1F3864, 0.75 in margins, A4,
// "Jan 2006" dates, English labels, the JSON Resume section order).
//
// style.Options.FontFamily "sans" (the default) names Arial and "serif"
// Times New Roman (style.OfficeFont): the fonts whose metrics the PDF
// writer's embedded Liberation Sans and Serif share, so the two files
// look alike and break lines alike. Any other value is named as given.
//
// style.Options.Theme sets the defaults of the font, size, accent and
// margins as in the PDF writer, and scales the paragraph spacing, the
// line spacing and the heading rule of word/styles.xml by the theme's
// style.Design. The body is the same in every theme: one column of
// paragraphs in the built-in styles (Title, Heading 1-3, List Bullet), no
// tables, text boxes or images.
type Options struct {
	style.Options

	// HideEmployerRange leaves the overall date range off the line of an
	// employer with several roles; each role line still carries its own
	// range. By default the employer line shows the span of its roles.
	HideEmployerRange bool
}

// ErrNilResume is returned by Write when the resume is nil.
var ErrNilResume = errors.New("docx: nil resume")

// ErrOptions is wrapped by every *OptionError (it is style.ErrOptions).
var ErrOptions = style.ErrOptions

// OptionError is an Options field whose value cannot be used.
type OptionError = style.OptionError

// Write writes r to w as a Word document (.docx, Office Open XML
// WordprocessingML). The compact theme shrinks the spacing, margins and
// then the font to fit one page, estimated with the PDF writer's layout,
// and calls Options.Warn when it cannot. The same resume and options
// always give the same bytes. It returns ErrNilResume for a nil resume, an *OptionError for an
// unusable option, and otherwise only the errors of w.
func Write(w io.Writer, r *resume.Resume, opts Options) error {
	if r == nil {
		return ErrNilResume
	}
	res := opts.Resolve()
	if err := validate(res); err != nil {
		return err
	}
	warning := ""
	if res.Design.FitOnePage {
		opts.Options, warning = fitOnePage(r, opts)
		res = opts.Resolve()
	}
	g := newGeometry(res)
	b := &builder{res: res, hideEmployerRange: opts.HideEmployerRange, roleSep: entry.RoleSeparator(r)}
	b.x.b = make([]byte, 0, 64<<10)
	b.document(r, g)
	if err := writePackage(w, r, res, g, b); err != nil {
		return err
	}
	if warning != "" && opts.Warn != nil {
		opts.Warn(warning)
	}
	return nil
}

// fitOnePage is the compact theme's one-page fit (style.FitSteps), as
// the PDF writer lays the resume out: the DOCX names fonts with the
// Liberation fonts' metrics (Arial, Times New Roman), so the PDF's page
// count is a close estimate of Word's, though Word lays the document out
// itself. A font family the PDF writer has no metrics for is not fitted.
func fitOnePage(r *resume.Resume, opts Options) (style.Options, string) {
	fitted, warning, err := pdf.FitOnePage(r, pdf.Options{Options: opts.Options, HideEmployerRange: opts.HideEmployerRange})
	if err != nil {
		return opts.Options, "" // an option only the PDF writer refuses
	}
	return fitted.Options, warning
}

// Limits on presentation options, so that no option makes a document Word
// refuses to open.
const (
	minFontSize = 6.0   // points; smaller text reads as hidden to an ATS audit
	maxFontSize = 200.0 // points; Word's limit is 1638, the title is 2.4x the base
	minContrast = 3.0   // accent against white paper (WCAG's large-text minimum)
)

// validate checks the options that could make an unusable document.
func validate(res style.Resolved) error {
	if !(res.FontSize >= minFontSize && res.FontSize <= maxFontSize) {
		return &OptionError{Format: "docx", Field: "FontSize", Value: fmt.Sprint(res.FontSize),
			Reason: fmt.Sprintf("want a size in points between %g and %g (0 means 10.5)", minFontSize, maxFontSize)}
	}
	if len(res.Accent) != 6 || !isHex(res.Accent) {
		return &OptionError{Format: "docx", Field: "Accent", Value: fmt.Sprintf("%q", res.Accent),
			Reason: `want a colour as six hex digits "RRGGBB", such as "1F3864"`}
	}
	if c := contrast(res.Accent); c < minContrast {
		return &OptionError{Format: "docx", Field: "Accent", Value: fmt.Sprintf("%q", res.Accent),
			Reason: fmt.Sprintf("too light to read on white paper (contrast %.1f:1, want at least %g:1); headings would be all but invisible", c, minContrast)}
	}
	return res.CheckPage("docx")
}

// contrast returns the WCAG contrast ratio of the colour "RRGGBB" against
// white.
func contrast(rgb string) float64 {
	lin := func(hex string) float64 {
		v, _ := strconv.ParseUint(hex, 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(rgb[0:2]) + 0.7152*lin(rgb[2:4]) + 0.0722*lin(rgb[4:6])
	return 1.05 / (l + 0.05)
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// geometry is the page in twentieths of a point (twips), Word's unit.
type geometry struct {
	pageW, pageH             int
	top, right, bottom, left int
	textW                    int // the right tab stop for date ranges
}

func newGeometry(res style.Resolved) geometry {
	pw, ph := res.PageSize.Points()
	tw := func(pt float64) int { return int(math.Round(pt * 20)) }
	g := geometry{
		pageW: tw(pw), pageH: tw(ph),
		top: tw(res.Margins.Top), right: tw(res.Margins.Right),
		bottom: tw(res.Margins.Bottom), left: tw(res.Margins.Left),
	}
	g.textW = g.pageW - g.left - g.right
	return g
}
