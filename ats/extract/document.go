package extract

import (
	"fmt"

	"github.com/resumekit/resumekit/resume"
)

// Source says where in a file a line sits.
type Source uint8

// The places a line can come from. Body is the zero value.
const (
	Body      Source = iota
	Header           // page header (DOCX header part, or repeated top lines of a PDF)
	Footer           // page footer
	TextBox          // DOCX text box (w:txbxContent)
	TableCell        // a table cell in a DOCX body
	Footnote         // DOCX footnote
	Cell             // a spreadsheet cell; Line.Cell names it
)

// String names the source.
func (s Source) String() string {
	switch s {
	case Header:
		return "header"
	case Footer:
		return "footer"
	case TextBox:
		return "textbox"
	case TableCell:
		return "table"
	case Footnote:
		return "footnote"
	case Cell:
		return "cell"
	}
	return "body"
}

// Line is one line of visible text, with the layout facts the format gives.
type Line struct {
	Text     string  `json:"text"`
	Page     int     `json:"page,omitempty"`     // 1-based; 0 when the format has no pages
	X        float64 `json:"x,omitempty"`        // left edge in points from the page's left (PDF)
	Y        float64 `json:"y,omitempty"`        // baseline in points from the page's top (PDF)
	Width    float64 `json:"width,omitempty"`    // in points (PDF)
	FontSize float64 `json:"fontSize,omitempty"` // in points, when known
	Bold     bool    `json:"bold,omitempty"`
	// Heading is a heading level hint: 1 for a title (DOCX Title style,
	// Markdown H1), 2 for a section heading (Heading 1, H2), 3 and deeper
	// for sub-headings (Heading 2, H3: 3; Heading 3, H4: 4; up to 6); 0
	// when the format gives no hint.
	Heading   int    `json:"heading,omitempty"`
	Style     string `json:"style,omitempty"`     // style name when the format has one (DOCX)
	ListItem  bool   `json:"listItem,omitempty"`  // a list item; Text starts with "• "
	Source    Source `json:"source,omitempty"`    // where the line sits
	Cell      string `json:"cell,omitempty"`      // "Sheet!B3" for spreadsheet cells
	Furniture bool   `json:"furniture,omitempty"` // repeated header/footer or page number
}

// Document is what an ATS sees in one file: lines in reading order, plus
// warnings about known ATS pitfalls.
type Document struct {
	Format   string    `json:"format"` // "pdf", "docx", "xlsx", "markdown", "json", "text"
	Pages    int       `json:"pages,omitempty"`
	Lines    []Line    `json:"lines"`
	Warnings []Warning `json:"warnings,omitempty"`
	// Resume is set when the file was structured data (JSON Resume): the
	// parser then has nothing to guess.
	Resume *resume.Resume `json:"-"`
}

// WarningKind classifies a warning.
type WarningKind string

// Warning is a typed note about something an ATS may trip over. It is not
// an error: the text was still extracted.
type Warning struct {
	Kind    WarningKind `json:"kind"`
	Page    int         `json:"page,omitempty"`
	Message string      `json:"message"`
}

// MarshalText writes the source by name ("header"), so JSON output reads
// well.
func (s Source) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a source name written by MarshalText.
func (s *Source) UnmarshalText(b []byte) error {
	for c := Body; c <= Cell; c++ {
		if c.String() == string(b) {
			*s = c
			return nil
		}
	}
	return fmt.Errorf("extract: unknown line source %q", b)
}
