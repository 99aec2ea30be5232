package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Format names a file format this package can detect.
type Format string

// The formats Detect reports. The first six and FormatHTML are extracted;
// the others are recognised so that the error can name them.
const (
	FormatPDF      Format = "pdf"
	FormatDOCX     Format = "docx"
	FormatXLSX     Format = "xlsx"
	FormatMarkdown Format = "markdown"
	FormatJSON     Format = "json"
	FormatText     Format = "text"

	FormatUnknown Format = ""      // binary data of no known kind
	FormatZip     Format = "zip"   // a zip that is neither DOCX nor XLSX (ODT, PPTX, plain zip)
	FormatOLE     Format = "ole"   // legacy .doc/.xls, or a password-protected DOCX/XLSX
	FormatRTF     Format = "rtf"   // Rich Text Format
	FormatImage   Format = "image" // PNG, JPEG, GIF, TIFF: no text at all
	FormatHTML    Format = "html"  // an HTML page
	FormatODF     Format = "opendocument"
)

// Defaults for the zero Options.
const (
	DefaultMaxSize       = 20 << 20 // 20 MB on disk
	DefaultMaxPages      = 50
	DefaultTimeout       = 30 * time.Second
	DefaultMaxUnzipSize  = 50 << 20 // 50 MB inflated, all zip entries together
	DefaultMaxZipEntries = 1000
	DefaultMaxXMLDepth   = 256
)

// Options bound the work done on one file. The zero value means the
// defaults above; a negative value disables a limit (use with care).
type Options struct {
	MaxSize       int64         // largest file accepted, in bytes
	MaxPages      int           // most PDF pages read
	Timeout       time.Duration // applied on top of the context's own deadline
	MaxUnzipSize  int64         // DOCX/XLSX: total inflated bytes
	MaxZipEntries int           // DOCX/XLSX: most entries in the zip
	MaxXMLDepth   int           // DOCX: deepest XML element nesting
	MaxLines      int           // most lines of text the file may yield
	MaxText       int           // most bytes of text the file may yield
	// Format forces a format instead of detecting it from the bytes.
	Format Format
}

func (o Options) withDefaults() Options {
	if o.MaxSize == 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.MaxPages == 0 {
		o.MaxPages = DefaultMaxPages
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxUnzipSize == 0 {
		o.MaxUnzipSize = DefaultMaxUnzipSize
	}
	if o.MaxZipEntries == 0 {
		o.MaxZipEntries = DefaultMaxZipEntries
	}
	if o.MaxXMLDepth == 0 {
		o.MaxXMLDepth = DefaultMaxXMLDepth
	}
	if o.MaxLines == 0 {
		o.MaxLines = DefaultMaxLines
	}
	if o.MaxText == 0 {
		o.MaxText = DefaultMaxText
	}
	return o
}

// File reads the file at path and extracts it like Bytes. The size limit
// is checked before the file is read into memory.
func File(ctx context.Context, path string, opts Options) (*Document, error) {
	o := opts.withDefaults()
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, &Error{File: path, Err: fmt.Errorf("%w: is a directory", ErrUnsupported)}
	}
	if o.MaxSize > 0 && st.Size() > o.MaxSize {
		return nil, &Error{File: path, Err: fmt.Errorf("%w: %d bytes, the limit is %d (raise it with MaxSize / --max-size)", ErrTooLarge, st.Size(), o.MaxSize)}
	}
	var buf bytes.Buffer
	buf.Grow(int(st.Size()) + bytes.MinRead) // one allocation, not a doubling series
	if _, err := buf.ReadFrom(f); err != nil {
		return nil, &Error{File: path, Err: err}
	}
	return Bytes(ctx, buf.Bytes(), path, opts)
}

// Bytes extracts what an ATS sees from one file held in data. name is used
// in errors and to tell Markdown from plain text by its extension; the
// format itself is detected from the bytes, and an extension that lies
// about a binary format (a ".pdf" that is really a zip) is an error naming
// the real type. Bytes never panics and returns within the context's
// deadline (or Options.Timeout) with ErrTimeout.
func Bytes(ctx context.Context, data []byte, name string, opts Options) (*Document, error) {
	o := opts.withDefaults()
	if len(data) == 0 {
		return nil, &Error{File: name, Err: ErrEmpty}
	}
	if o.MaxSize > 0 && int64(len(data)) > o.MaxSize {
		return nil, &Error{File: name, Err: fmt.Errorf("%w: %d bytes, the limit is %d (raise it with MaxSize / --max-size)", ErrTooLarge, len(data), o.MaxSize)}
	}
	format := o.Format
	if format == "" {
		var err error
		format, err = chooseFormat(data, name)
		if err != nil {
			return nil, &Error{File: name, Err: err}
		}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	if err := ctx.Err(); err != nil {
		return nil, &Error{File: name, Err: fmt.Errorf("%w: %v", ErrTimeout, err)}
	}

	// The readers run in their own goroutine so that the caller gets
	// control back at the deadline even if a third-party library loops.
	type result struct {
		doc *Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			if x := recover(); x != nil {
				r = result{nil, fmt.Errorf("%w: internal error reading %s: %v", ErrMalformed, format, x)}
			}
			done <- r
		}()
		r.doc, r.err = read(ctx, format, data, o)
	}()
	select {
	case r := <-done:
		if r.err != nil {
			if errors.Is(r.err, context.DeadlineExceeded) || errors.Is(r.err, context.Canceled) {
				if !errors.Is(r.err, ErrTimeout) {
					r.err = fmt.Errorf("%w: %w", ErrTimeout, r.err)
				}
			}
			return nil, wrapErr(name, r.err)
		}
		finish(r.doc)
		if err := newTextBudget(o).addLines(r.doc.Lines); err != nil {
			return nil, wrapErr(name, err)
		}
		return r.doc, nil
	case <-ctx.Done():
		return nil, &Error{File: name, Err: fmt.Errorf("%w (%v); raise the limit with Options.Timeout / --timeout", ErrTimeout, ctx.Err())}
	}
}

func read(ctx context.Context, f Format, data []byte, o Options) (*Document, error) {
	switch f {
	case FormatPDF:
		return readPDF(ctx, data, o)
	case FormatDOCX:
		return readDOCX(ctx, data, o)
	case FormatXLSX:
		return readXLSX(ctx, data, o)
	case FormatMarkdown:
		return readMarkdown(data, o)
	case FormatJSON:
		return readJSON(data, o)
	case FormatText:
		return readText(data, o)
	case FormatHTML:
		return readHTML(ctx, data, o)
	}
	return nil, fmt.Errorf("%w: %s", ErrUnsupported, describe(f))
}

// extFormats maps file extensions to the format they promise.
var extFormats = map[string]Format{
	".pdf": FormatPDF, ".docx": FormatDOCX, ".xlsx": FormatXLSX,
	".md": FormatMarkdown, ".markdown": FormatMarkdown,
	".json": FormatJSON, ".txt": FormatText, ".text": FormatText,
	".html": FormatHTML, ".htm": FormatHTML,
}

func isBinary(f Format) bool {
	switch f {
	case FormatMarkdown, FormatJSON, FormatText, FormatHTML:
		return false
	}
	return true
}

// chooseFormat detects the format and checks it against the extension.
func chooseFormat(data []byte, name string) (Format, error) {
	got := Detect(data)
	want, known := extFormats[strings.ToLower(filepath.Ext(name))]
	if isBinary(got) {
		switch got {
		case FormatPDF, FormatDOCX, FormatXLSX:
		default:
			return got, fmt.Errorf("%w: the file is %s", ErrUnsupported, describe(got))
		}
		if known && want != got {
			return got, fmt.Errorf("%w: the name says %s but the file is %s (rename it to %s)", ErrUnsupported, describe(want), describe(got), extOf(got))
		}
		return got, nil
	}
	if known && isBinary(want) {
		return got, fmt.Errorf("%w: the name says %s but the file is %s", ErrUnsupported, describe(want), describe(got))
	}
	if known {
		return want, nil // text family: the extension decides between text, Markdown and JSON
	}
	return got, nil
}

func extOf(f Format) string {
	switch f {
	case FormatMarkdown:
		return ".md"
	case FormatText:
		return ".txt"
	}
	return "." + string(f)
}

func describe(f Format) string {
	switch f {
	case FormatPDF:
		return "a PDF document"
	case FormatDOCX:
		return "a Word (DOCX) document"
	case FormatXLSX:
		return "an Excel (XLSX) workbook"
	case FormatMarkdown:
		return "a Markdown file"
	case FormatJSON:
		return "a JSON file"
	case FormatText:
		return "plain text"
	case FormatZip:
		return "a zip archive that is neither DOCX nor XLSX"
	case FormatODF:
		return "an OpenDocument file (save it as DOCX or PDF)"
	case FormatOLE:
		return "a legacy Office file (.doc/.xls) or a password-protected Office file (save it as DOCX or PDF without a password)"
	case FormatRTF:
		return "an RTF document (save it as DOCX or PDF)"
	case FormatImage:
		return "an image with no text layer (an ATS cannot read it; export a PDF with real text)"
	case FormatHTML:
		return "an HTML page"
	}
	return "binary data of an unknown kind"
}

// Detect tells the format of data from its leading bytes, never from a
// file name. Zips are told apart by their parts (word/document.xml,
// xl/workbook.xml). Text that is not Markdown-looking or JSON is FormatText.
func Detect(data []byte) Format {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return FormatPDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return detectZip(data)
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return FormatOLE
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return FormatRTF
	case bytes.HasPrefix(data, []byte("\x89PNG")), bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}),
		bytes.HasPrefix(data, []byte("GIF8")), bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return FormatImage
	}
	text, ok := decodeTextBytes(head, true)
	if !ok {
		return FormatUnknown
	}
	t := strings.TrimSpace(text)
	lower := strings.ToLower(t)
	switch {
	case strings.HasPrefix(t, "{"):
		return FormatJSON
	case strings.HasPrefix(lower, "<!doctype html"), strings.HasPrefix(lower, "<html"):
		return FormatHTML
	case looksMarkdown(t):
		return FormatMarkdown
	}
	return FormatText
}

func detectZip(data []byte) Format {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		// A damaged zip: guess from the local headers.
		switch {
		case bytes.Contains(data, []byte("word/")):
			return FormatDOCX
		case bytes.Contains(data, []byte("xl/")):
			return FormatXLSX
		}
		return FormatZip
	}
	for i, f := range zr.File {
		if i > 4*DefaultMaxZipEntries {
			break
		}
		switch {
		case f.Name == "word/document.xml" || strings.HasPrefix(f.Name, "word/"):
			return FormatDOCX
		case f.Name == "xl/workbook.xml" || strings.HasPrefix(f.Name, "xl/"):
			return FormatXLSX
		case f.Name == "mimetype" || f.Name == "content.xml":
			return FormatODF
		}
	}
	return FormatZip
}

func looksMarkdown(t string) bool {
	n := 0
	for i, line := range strings.Split(t, "\n") {
		if i > 200 {
			break
		}
		line = strings.TrimRight(line, "\r")
		switch {
		case strings.HasPrefix(line, "# "), strings.HasPrefix(line, "## "), strings.HasPrefix(line, "### "):
			n += 2
		case strings.HasPrefix(line, "---") && strings.Trim(line, "-") == "" && i > 0,
			strings.HasPrefix(line, "===") && strings.Trim(line, "=") == "" && i > 0:
			n++
		case strings.Contains(line, "](http"), strings.Contains(line, "**"):
			n++
		}
	}
	return n >= 2
}
