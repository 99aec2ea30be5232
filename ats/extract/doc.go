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
//     true position and width. A glyph joins a line when its baseline is
//     close to the last glyph's and to the line's first (small capitals
//     after a date stay on the date's line). Lines get spaces from the
//     gaps between glyphs; wide gaps (over 1.2 em) split a line into
//     cells, and gaps of 0.9 to 1.2 em, measured from ink to ink (keyword
//     chips a theme sets close together), become a tab inside the line;
//     true two-column pages are read column by column (table-like
//     layouts, such as dates on the right, or a column of dates at the
//     left edge level with the titles they date, are read row by row; a
//     list bullet hung in the gutter, or a line that starts in it and
//     ends right of it, belongs to the column on its right; a narrow
//     sidebar with headings of its own, set like the main column's and
//     mostly on baselines of their own, is a column however little it
//     holds). Repeated
//     headers, footers and page numbers are marked as Furniture.
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
// Within Options.MaxSize (20 MB), every read stays within about a second
// and 100 MB, whatever the bytes (issue #18): a file that yields more
// than Options.MaxLines lines (10,000) or Options.MaxText bytes of text
// (1 MB) is refused with ErrTooLarge naming the limit, not cut short; a
// DOCX part may inflate to 8 MB and all its parts to 12 MB, an XLSX part
// to 4 MB; a PDF page's content streams,
// forms included, to 4 MB and the document's to 16 MB, a ToUnicode CMap to
// 1 MB; the PDF library's lexer, which loops forever on a hex string cut
// open by the end of a stream, never sees such a stream. Markdown is
// pre-scanned in one linear pass for the constructs that make goldmark
// superlinear (lines over 16 KB, more than 32 levels of quotes, lists or
// indentation, piles of emphasis and link delimiters in one paragraph,
// tables over 256 columns or 20,000 cells, more than 1,000 link
// definitions or 20,000 lines, files over 1 MB) and read as plain text,
// with a Fallback warning naming the limit, when it has one. XLSX number
// formats longer than Excel's own 255-character limit, or repeating the
// cell's text more than 4 times, are ignored (stored values, with a
// Fallback warning).
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
