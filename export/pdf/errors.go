package pdf

import (
	"errors"
	"fmt"
	"strings"

	"github.com/resumekit/resumekit/resume"
)

// ErrMissingGlyphs is wrapped by every *MissingGlyphsError.
var ErrMissingGlyphs = errors.New("pdf: characters without a glyph")

// MissingGlyphsError lists the characters that no font could draw, each
// with the fields it appears in. The PDF writer never draws a blank or a
// substitute in their place; it writes nothing and returns this error.
//
// Characters of right-to-left scripts (Hebrew, Arabic, …) are listed too,
// with RightToLeft set, whatever the fonts: this writer sets text left to
// right, one glyph per character, so such text would be drawn reversed
// (and Arabic unjoined), and extractors would read it reversed as well.
// The DOCX and Markdown writers leave the layout to the program that shows
// the file, which handles them.
type MissingGlyphsError struct {
	Glyphs    []MissingGlyph // by character; the right-to-left ones last
	Fallbacks int            // how many fallback fonts were tried
}

// MissingGlyph is one character without a glyph.
type MissingGlyph struct {
	Char        rune
	Fields      []Field // where it appears, in document order
	RightToLeft bool    // a right-to-left character, which no font can help
}

// Field names a field of the resume by its path ("basics.name",
// "work[0].roles[1].highlights[2]") and, when the resume was loaded from a
// file, the position it was read from. Text the writer adds itself has a
// path such as "labels.work" (Options.Labels) or "page number".
type Field struct {
	Path string
	Pos  resume.Pos
}

// String gives the path, and the position when known: "basics.name (cv.yaml:2:9)".
func (f Field) String() string {
	if f.Pos.Line > 0 {
		return f.Path + " (" + f.Pos.String() + ")"
	}
	return f.Path
}

// Chars returns the missing characters as one string.
func (e *MissingGlyphsError) Chars() string {
	var b strings.Builder
	for _, g := range e.Glyphs {
		b.WriteRune(g.Char)
	}
	return b.String()
}

func (e *MissingGlyphsError) Error() string {
	const maxChars, maxFields = 12, 4
	var b strings.Builder
	fonts := "the built-in fonts"
	if e.Fallbacks > 0 {
		fonts = fmt.Sprintf("the built-in fonts and the %d fallback font(s)", e.Fallbacks)
	}
	rtl := 0
	for _, g := range e.Glyphs {
		if g.RightToLeft {
			rtl++
		}
	}
	switch rtl {
	case 0:
		fmt.Fprintf(&b, "pdf: %s have no glyph for %d character(s): ", fonts, len(e.Glyphs))
	case len(e.Glyphs):
		fmt.Fprintf(&b, "pdf: %d character(s) of a right-to-left script, which the PDF writer cannot set: ", rtl)
	default:
		fmt.Fprintf(&b, "pdf: %s have no glyph for %d character(s), and %d are of a right-to-left script, which the PDF writer cannot set: ", fonts, len(e.Glyphs)-rtl, rtl)
	}
	for i, g := range e.Glyphs {
		if i == maxChars {
			fmt.Fprintf(&b, "; and %d more", len(e.Glyphs)-maxChars)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%q (U+%04X", string(g.Char), g.Char)
		if g.RightToLeft {
			b.WriteString(", right-to-left")
		}
		b.WriteString(") in ")
		for j, f := range g.Fields {
			if j == maxFields {
				fmt.Fprintf(&b, " and %d more fields", len(g.Fields)-maxFields)
				break
			}
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString(f.String())
		}
	}
	if rtl < len(e.Glyphs) {
		b.WriteString("; remove them, or give a TrueType font that has them (--font FILE.ttf on the command line, style.Options.FallbackFonts in Go; for CJK, for example DroidSansFallbackFull.ttf from Debian's fonts-droid-fallback)")
	}
	if rtl > 0 {
		b.WriteString("; right-to-left text would be drawn reversed: write it in Latin letters for the PDF, or use the DOCX, whose viewer lays it out")
	}
	return b.String()
}

// Unwrap returns ErrMissingGlyphs.
func (e *MissingGlyphsError) Unwrap() error { return ErrMissingGlyphs }
