package xlsx

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/deflate"
	"github.com/resumekit/resumekit/resume"
)

// defaultFontSize is the size of the workbook's default font.
const defaultFontSize = 11

// MediaType is the IANA media type of the files Write produces.
const MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// ErrNilResume is returned by Write when it is given no resume.
var ErrNilResume = errors.New("xlsx: nil resume")

// Options are the options of Write. The zero value means the defaults.
//
// Of the shared style options the workbook uses Language (sheet names,
// column headers), Labels (section sheet names), Order (which sections get a
// sheet, in which order), DateFormat and Present (how dates display),
// FontFamily and FontSize (default Calibri 11, a spreadsheet's usual size
// rather than the 10.5 of documents), Accent (the header row), PageSize
// (the print setup) and Created (document properties, and "now" for the
// duration of a current role). A font family longer than Excel's 31
// characters is an error.
type Options struct {
	style.Options
}

// Write writes r to w as an XLSX workbook: a Profile sheet of field/value
// rows, then one sheet per non-empty section, each a table with a bold,
// frozen, filterable header row. The same resume and options always give
// the same bytes.
func Write(w io.Writer, r *resume.Resume, opts Options) error {
	if r == nil {
		return ErrNilResume
	}
	f, err := build(r, opts)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	defer f.Close()
	f.SetZipWriter(newZipWriter)
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("xlsx: writing the workbook: %w", err)
	}
	return nil
}

// writer holds what building one workbook needs.
type writer struct {
	f      *excelize.File
	res    style.Resolved
	words  words
	now    time.Time // reference for the duration of an open range
	hasNow bool      // false: durations of open ranges stay empty

	font      excelize.Font // the base font, for rich text runs
	header    int           // style ids
	text      int
	quoted    int // text that starts like a formula
	field     int
	link      int
	dateStyle map[string]int // by number format
}

// build makes the workbook in memory.
func build(r *resume.Resume, opts Options) (f *excelize.File, err error) {
	// excelize is not expected to panic on what we give it, but a resume
	// is untrusted input: never let a bug take the caller down.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error building the workbook: %v", p)
			f = nil
		}
	}()
	wr := &writer{
		f:         excelize.NewFile(),
		res:       opts.Resolve(),
		words:     wordsFor(opts.Options),
		now:       opts.Created,
		hasNow:    !opts.Created.IsZero(),
		dateStyle: map[string]int{},
	}
	if err = wr.setup(opts.Options); err == nil {
		err = wr.props(r, opts.Language)
	}
	if err != nil {
		wr.f.Close()
		return nil, err
	}
	for i, t := range wr.tables(r) {
		if err := wr.sheet(i, t); err != nil {
			wr.f.Close()
			return nil, fmt.Errorf("sheet %q: %w", t.name, err)
		}
	}
	return wr.f, nil
}

// setup sets the base font and makes the shared cell styles.
func (wr *writer) setup(o style.Options) error {
	family := clean(o.FontFamily)
	if family == "" {
		family = "Calibri"
	} else if err := wr.f.SetDefaultFont(family); err != nil {
		return fmt.Errorf("font family %q: %w", family, err)
	}
	size := o.FontSize
	if size <= 0 || size > 409 {
		size = defaultFontSize
	}
	wr.font = excelize.Font{Family: family, Size: size}

	accent := strings.TrimPrefix(wr.res.Accent, "#")
	if !isHex6(accent) {
		accent = "1F3864"
	}
	if err := wr.styles(family, size, accent); err != nil {
		return fmt.Errorf("cell styles (font family %q, size %v): %w", family, size, err)
	}
	return nil
}

// styles makes the cell styles every sheet shares.
func (wr *writer) styles(family string, size float64, accent string) error {
	var err error
	if wr.header, err = wr.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Family: family, Size: size, Color: "FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{accent}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
	}); err != nil {
		return err
	}
	if wr.text, err = wr.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Family: family, Size: size},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	}); err != nil {
		return err
	}
	// Text that starts like a formula gets Excel's quote prefix, as if
	// typed with a leading apostrophe, so it stays text even when someone
	// edits the cell. excelize has no option for it: the style differs
	// from wr.text by an explicit (default) protection so that it is a
	// separate cell format, then the flag is set on that format.
	if wr.quoted, err = wr.f.NewStyle(&excelize.Style{
		Font:       &excelize.Font{Family: family, Size: size},
		Alignment:  &excelize.Alignment{Vertical: "top", WrapText: true},
		Protection: &excelize.Protection{Locked: true},
	}); err != nil {
		return err
	}
	if xfs := wr.f.Styles.CellXfs; xfs != nil && wr.quoted < len(xfs.Xf) && wr.quoted != wr.text {
		quote := true
		xfs.Xf[wr.quoted].QuotePrefix = &quote
	} else {
		wr.quoted = wr.text
	}
	if wr.field, err = wr.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Family: family, Size: size},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	}); err != nil {
		return err
	}
	if wr.link, err = wr.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Family: family, Size: size, Color: "0563C1", Underline: "single"},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	}); err != nil {
		return err
	}
	return nil
}

// props writes the workbook properties: title, subject and creator from the
// resume, and fixed times from Options.Created so the bytes never change.
func (wr *writer) props(r *resume.Resume, lang string) error {
	if _, ok := wordSets[lang]; !ok {
		lang = "en"
	}
	name := oneLine(r.Basics.Name)
	title := name
	if title == "" {
		title = "Resume"
	}
	created := wr.res.Created.UTC().Format(time.RFC3339)
	if err := wr.f.SetDocProps(&excelize.DocProperties{
		Title:          title,
		Subject:        oneLine(r.Basics.Label),
		Creator:        name,
		LastModifiedBy: name,
		Description:    "Resume workbook written by resumekit",
		Language:       lang,
		Created:        created,
		Modified:       created,
	}); err != nil {
		return err
	}
	return wr.f.SetAppProps(&excelize.AppProperties{Application: "resumekit"})
}

// oneLine is the cleaned plain text of s on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(clean(resume.Plain(s))), " ")
}

func isHex6(s string) bool {
	if len(s) != 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// newZipWriter is the workbook's zip writer: deflate at the fastest level,
// with the compressors reused (internal/deflate), which for a resume-sized
// workbook costs a few kilobytes and saves much of the writing time.
func newZipWriter(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, deflate.Compressor)
	return zw
}
