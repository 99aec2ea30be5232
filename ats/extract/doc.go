// Package extract reads a resume file the way an applicant-tracking system
// (ATS) does and returns what it sees: the visible text as lines in
// reading order, the layout facts the format has (page, position, font
// size, bold, heading level, list item, where the line sits), and typed
// warnings about known ATS pitfalls.
//
// One front door serves every format:
//
//	doc, err := extract.File(ctx, "cv.pdf", extract.Options{})
//	fmt.Println(doc.Text())
//	for _, w := range doc.Warnings { fmt.Println(w) }
//
// The format is detected from the bytes (Detect), never from the name; a
// name that lies about a binary format is an error naming the real type.
//
// # Formats
//
//   - PDF (github.com/ledongthuc/pdf for the object model): the content
//     streams are run by our own text-state interpreter, with glyph widths
//     from the fonts and text from their ToUnicode maps, so every line has a
//     true position and width. Lines get spaces from the gaps between
//     glyphs; wide gaps split a line into cells; true two-column pages are
//     read column by column (table-like layouts, such as dates on the
//     right, are read row by row). Repeated headers, footers and page
//     numbers are marked as Furniture.
//   - DOCX: our own encoding/xml reader (it shares nothing with the DOCX
//     writer): paragraphs, tabs, breaks, list items, style hints, hyperlink
//     text, tables, text boxes, headers, footers and footnotes.
//   - XLSX (excelize): visible sheets, rows and columns, as formatted
//     values, one line per cell.
//   - Markdown (goldmark), JSON Resume (decoded into Document.Resume as
//     well) and plain text in UTF-8, UTF-16 or Latin-1.
//   - HTML (golang.org/x/net/html's tokenizer): the text a browser shows,
//     one line per block, headings with their level, list items with
//     "• "; the head, scripts, styles, templates, comments, attributes
//     and hidden elements (hidden, aria-hidden, display:none) are not
//     read. Nesting is bounded by Options.MaxXMLDepth.
//
// Every line is normalised the same way (see Normalize), and private-use
// icon glyphs are removed with a warning.
//
// # Hostile files
//
// Bytes never panics and never runs unbounded: files larger than
// Options.MaxSize, PDFs with more than Options.MaxPages pages, zips that
// inflate past Options.MaxUnzipSize or hold more than
// Options.MaxZipEntries entries or compress too well, and XML nested deeper
// than Options.MaxXMLDepth are refused with ErrTooLarge or
// ErrTooManyPages. PDF structures on which the library loops forever (a
// page tree that contains itself, /Parent cycles, absurd /Count values,
// object streams that /Extends themselves, cyclic /Prev chains) are
// detected before it sees them and refused with ErrMalformed. Every
// library call runs under recover, and the whole read is bounded by the
// context and Options.Timeout (ErrTimeout). Errors are *Error values that
// name the file and, where known, the page or part.
//
// The readers run in their own goroutine, so Bytes returns at the deadline
// even if a third-party library loops on a case nobody has found yet; that
// goroutine is then abandoned (our own code stops at its next
// cancellation check, a looping library does not). Programs that read
// untrusted files in bulk should read them in a child process, as
// "resumekit extract --isolate" does.
//
// Only what a reader sees is read: document metadata, XMP, custom XML
// parts, embedded files, hidden sheets, rows, columns and w:vanish text
// are ignored, so nothing a writer hides can reach the checker.
//
// This package must never import resumekit/export: the checker shares no
// code with the writers it checks.
package extract
