package extract

import (
	"fmt"
	"strings"
)

// The warning kinds. Each names an ATS pitfall found in the file; the text
// was still extracted.
const (
	// NoTextLayer: a PDF page (Page > 0) or the whole file has no text,
	// usually a scan or an image export. An ATS sees nothing.
	NoTextLayer WarningKind = "no-text-layer"
	// GarbledText: text whose font has no usable ToUnicode map, or that
	// decodes to replacement or control characters. An ATS sees gibberish.
	GarbledText WarningKind = "garbled-text"
	// MultiColumn: the page is laid out in columns; the text was read
	// column by column, but many ATS read straight across.
	MultiColumn WarningKind = "multi-column"
	// OutsidePage: text is drawn outside the visible page box.
	OutsidePage WarningKind = "outside-page"
	// HiddenText: white or tiny (under 2 pt) text, invisible to a reader
	// but seen by an ATS; it reads as keyword stuffing.
	HiddenText WarningKind = "hidden-text"
	// RepeatedHeaderFooter: lines repeated at the top or bottom of every
	// page (running headers, page numbers); they are marked as Furniture.
	RepeatedHeaderFooter WarningKind = "repeated-header-footer"
	// PrivateUseGlyphs: icon-font glyphs (Font Awesome and the like) that
	// map to Unicode private-use code points; they were removed.
	PrivateUseGlyphs WarningKind = "private-use-glyphs"
	// Table: a DOCX table; many ATS scramble or drop table cells.
	Table WarningKind = "table"
	// TextBoxes: DOCX text boxes or shapes; many ATS skip them.
	TextBoxes WarningKind = "text-box"
	// HeaderFooterContact: contact details (email, phone, URL) sit in a
	// DOCX header or footer, which many ATS ignore.
	HeaderFooterContact WarningKind = "header-footer-contact"
	// HeaderFooterText: a DOCX header or footer holds text.
	HeaderFooterText WarningKind = "header-footer"
	// HiddenSheet: an XLSX sheet, row or column is hidden; it was skipped.
	HiddenSheet WarningKind = "hidden-sheet"
	// HiddenContent: DOCX text marked hidden (w:vanish); it was skipped.
	HiddenContent WarningKind = "hidden-content"
	// Fallback: a simpler reading was used, and the message says why: the
	// layout-aware PDF reader failed on a page and the plain text was used
	// (positions are missing); Markdown that passes a pre-scan limit was
	// read as plain text; XLSX number formats past their limits were
	// ignored (stored values are shown).
	Fallback WarningKind = "fallback"
	// Truncated: a limit was reached and the rest of the file was skipped.
	Truncated WarningKind = "truncated"
	// Encrypted: the PDF is encrypted with an empty user password; it was
	// readable, but some ATS refuse encrypted files.
	Encrypted WarningKind = "encrypted"
	// Damaged: the PDF's structure is wrong in a way the reader worked
	// around (a stream /Length that does not match its data); some ATS
	// will reject or misread it.
	Damaged WarningKind = "damaged"
)

// Text returns the visible text, one line per Line, joined with "\n".
//
// Furniture lines are skipped: page numbers, and the second and later
// copies of running headers and footers. The first copy of a repeated
// header stays, so a name printed only in the running header is not lost.
// Use AllText for every line.
func (d *Document) Text() string {
	return d.join(false)
}

// AllText is like Text but keeps Furniture lines.
func (d *Document) AllText() string {
	return d.join(true)
}

func (d *Document) join(furniture bool) string {
	if d == nil {
		return ""
	}
	var b strings.Builder
	first := true
	for _, l := range d.Lines {
		if l.Furniture && !furniture {
			continue
		}
		if !first {
			b.WriteByte('\n')
		}
		first = false
		b.WriteString(l.Text)
	}
	return b.String()
}

// HasWarning reports whether the document carries a warning of kind k.
func (d *Document) HasWarning(k WarningKind) bool {
	if d == nil {
		return false
	}
	for _, w := range d.Warnings {
		if w.Kind == k {
			return true
		}
	}
	return false
}

// warn adds a warning unless one of the same kind and page exists.
func (d *Document) warn(k WarningKind, page int, format string, args ...any) {
	for _, w := range d.Warnings {
		if w.Kind == k && w.Page == page {
			return
		}
	}
	d.Warnings = append(d.Warnings, Warning{Kind: k, Page: page, Message: fmt.Sprintf(format, args...)})
}

// String formats the warning as "page 2: multi-column: message".
func (w Warning) String() string {
	if w.Page > 0 {
		return fmt.Sprintf("page %d: %s: %s", w.Page, w.Kind, w.Message)
	}
	return fmt.Sprintf("%s: %s", w.Kind, w.Message)
}
