package input

import (
	"bytes"
	"errors"
	"fmt"
)

// ErrNotResume is wrapped by *NotResumeError.
var ErrNotResume = errors.New("not a resume file")

// NotResumeError is a file that is no resume source at all but, by its
// bytes, a document or an image (a PDF, a Word file, a photo), which
// resumekit can read only as a document made by another tool.
type NotResumeError struct {
	File string // the name given
	Kind string // what the bytes are, as in "a PDF document"
	// Document is true for documents that parse and check --against can
	// read (PDF, DOCX, XLSX), false for images and other files.
	Document bool
}

// Error names the file and what it really is.
func (e *NotResumeError) Error() string {
	return fmt.Sprintf("%s: %s, not a resume source (JSON Resume as JSON or YAML, or RenderCV YAML)", e.File, e.Kind)
}

// Unwrap returns ErrNotResume.
func (e *NotResumeError) Unwrap() error { return ErrNotResume }

// Sniff tells from the first bytes of data whether it is a document or an
// image rather than text, whatever the file is called, and returns a
// *NotResumeError naming what it is; nil for anything that may be text.
func Sniff(data []byte, name string) error {
	head := data[:min(len(data), 1024)]
	kind, doc := "", false
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		kind, doc = "a PDF document", true
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		kind = zipKind(data)
		doc = kind == "a Word document (DOCX)" || kind == "an Excel workbook (XLSX)"
	case bytes.HasPrefix(head, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		kind = "an old Office document (DOC or XLS); save it as DOCX or PDF"
	case bytes.HasPrefix(head, []byte("{\\rtf")):
		kind = "an RTF document; save it as DOCX or PDF"
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		kind = "a PNG image"
	case bytes.HasPrefix(head, []byte("\xFF\xD8\xFF")):
		kind = "a JPEG image"
	case bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")):
		kind = "a GIF image"
	case len(head) >= 12 && bytes.HasPrefix(head, []byte("RIFF")) && string(head[8:12]) == "WEBP":
		kind = "a WebP image"
	case bytes.HasPrefix(head, []byte("II*\x00")), bytes.HasPrefix(head, []byte("MM\x00*")):
		kind = "a TIFF image"
	case bytes.HasPrefix(head, []byte("\x1f\x8b")):
		kind = "a gzip archive"
	case bytes.HasPrefix(head, []byte("\xFF\xFE")), bytes.HasPrefix(head, []byte("\xFE\xFF")):
		kind = "UTF-16 text; save it as UTF-8"
	case bytes.IndexByte(head, 0) >= 0:
		kind = "a binary file"
	default:
		return nil
	}
	return &NotResumeError{File: name, Kind: kind, Document: doc}
}

// zipKind names a ZIP file by the parts it holds.
func zipKind(data []byte) string {
	head := data[:min(len(data), 64<<10)]
	switch {
	case bytes.Contains(head, []byte("word/")):
		return "a Word document (DOCX)"
	case bytes.Contains(head, []byte("xl/")):
		return "an Excel workbook (XLSX)"
	case bytes.Contains(head, []byte("ppt/")):
		return "a PowerPoint presentation"
	case bytes.Contains(head, []byte("application/vnd.oasis.opendocument")):
		return "an OpenDocument file; save it as DOCX or PDF"
	}
	return "a ZIP archive"
}
