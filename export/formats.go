package export

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/resumekit/resumekit/export/docx"
	"github.com/resumekit/resumekit/export/html"
	"github.com/resumekit/resumekit/export/jsonresume"
	"github.com/resumekit/resumekit/export/markdown"
	"github.com/resumekit/resumekit/export/pdf"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/export/xlsx"
	"github.com/resumekit/resumekit/resume"
)

// A Format is one output format: what it is called, how its files are
// named, and the function that writes it.
type Format struct {
	// Name is the canonical name, as used on the command line: "json", "md".
	Name string
	// Aliases are other names Lookup accepts: "jsonresume", "markdown".
	Aliases []string
	// Ext is the file extension, with its leading dot: ".json", ".md".
	Ext string
	// MediaType is the IANA media type of the output.
	MediaType string
	// Description is a short human description for help texts.
	Description string
	// Write writes r to w. The zero style.Options means the defaults.
	// Every field of style.Options reaches the writer.
	Write func(w io.Writer, r *resume.Resume, o style.Options) error
}

// formats is the fixed format table, in the order Formats returns it and
// the CLI writes it. Each writer package adds its one entry here.
var formats = []Format{
	{
		Name:        "json",
		Aliases:     []string{"jsonresume", "json-resume"},
		Ext:         ".json",
		MediaType:   "application/json",
		Description: "JSON Resume (jsonresume.org schema), one work entry per role",
		Write: func(w io.Writer, r *resume.Resume, o style.Options) error {
			return jsonresume.Write(w, r, jsonresume.Options{Options: o})
		},
	},
	{
		Name:        "md",
		Aliases:     []string{"markdown", "commonmark"},
		Ext:         ".md",
		MediaType:   "text/markdown; charset=utf-8",
		Description: "CommonMark Markdown",
		Write: func(w io.Writer, r *resume.Resume, o style.Options) error {
			return markdown.Write(w, r, markdown.Options{Options: o})
		},
	},
	{
		Name:        "docx",
		Aliases:     []string{"word"},
		Ext:         ".docx",
		MediaType:   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		Description: "Word document (Office Open XML), ATS-safe single column",
		Write: func(w io.Writer, r *resume.Resume, o style.Options) error {
			return docx.Write(w, r, docx.Options{Options: o})
		},
	},
	{
		Name:        "pdf",
		Ext:         ".pdf",
		MediaType:   "application/pdf",
		Description: "PDF with embedded Unicode fonts, ATS-safe single column of real text",
		Write: func(w io.Writer, r *resume.Resume, o style.Options) error {
			return pdf.Write(w, r, pdf.Options{Options: o})
		},
	},
	{
		Name:        "xlsx",
		Aliases:     []string{"excel"},
		Ext:         ".xlsx",
		MediaType:   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		Description: "Excel workbook (Office Open XML), one filterable sheet per section",
		Write: func(w io.Writer, r *resume.Resume, o style.Options) error {
			// The families "sans" and "serif" name their office fonts;
			// no family keeps the workbook's own default.
			if o.FontFamily != "" {
				o.FontFamily = style.OfficeFont(o.FontFamily)
			}
			return xlsx.Write(w, r, xlsx.Options{Options: o})
		},
	},
	{
		Name:        "html",
		Aliases:     []string{"htm"},
		Ext:         ".html",
		MediaType:   "text/html; charset=utf-8",
		Description: "one self-contained HTML page, print-ready, inline CSS, no scripts",
		Write: func(w io.Writer, r *resume.Resume, o style.Options) error {
			return html.Write(w, r, html.Options{Options: o})
		},
	},
}

// Formats returns the available output formats in their fixed order (json,
// md, docx, pdf, xlsx, as far as they are built). The slice is a copy.
func Formats() []Format {
	out := make([]Format, len(formats))
	for i, f := range formats {
		f.Aliases = append([]string(nil), f.Aliases...)
		out[i] = f
	}
	return out
}

// Names returns the canonical names of the available formats, in order.
func Names() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return names
}

// ErrUnknownFormat is the error Lookup and Write return, wrapped in an
// *UnknownFormatError, for a name that is no format.
var ErrUnknownFormat = errors.New("unknown format")

// ErrNilResume is returned by Write for a nil resume.
var ErrNilResume = errors.New("export: nil resume")

// UnknownFormatError reports a format name that Lookup does not know, with
// the names it does know. It unwraps to ErrUnknownFormat.
type UnknownFormatError struct {
	Name  string   // the name asked for
	Known []string // the canonical names of the available formats
}

// Error names the unknown format and lists the known ones.
func (e *UnknownFormatError) Error() string {
	return fmt.Sprintf("unknown format %q (known formats: %s)", e.Name, strings.Join(e.Known, ", "))
}

// Unwrap returns ErrUnknownFormat.
func (e *UnknownFormatError) Unwrap() error { return ErrUnknownFormat }

// Lookup returns the format with the given name or alias. Names are matched
// without regard to case or surrounding space, and a leading dot is
// ignored, so ".MD" finds Markdown. An unknown name gives an
// *UnknownFormatError.
func Lookup(name string) (Format, error) {
	key := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(name), "."))
	for _, f := range formats {
		if key == f.Name {
			return f, nil
		}
		for _, a := range f.Aliases {
			if key == a {
				return f, nil
			}
		}
	}
	return Format{}, &UnknownFormatError{Name: name, Known: Names()}
}

// Write writes r to w in the format called name (a name or alias).
func Write(w io.Writer, name string, r *resume.Resume, o style.Options) error {
	f, err := Lookup(name)
	if err != nil {
		return err
	}
	if r == nil {
		return ErrNilResume
	}
	return f.Write(w, r, o)
}
