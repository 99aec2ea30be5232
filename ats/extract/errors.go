package extract

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error returned by this package wraps one of them,
// so callers can test with errors.Is.
var (
	// ErrTooLarge: the file, or a part of it once inflated, exceeds a limit
	// (Options.MaxSize, the zip limits, the XML depth limit).
	ErrTooLarge = errors.New("file too large")
	// ErrTooManyPages: a PDF declares or holds more pages than Options.MaxPages.
	ErrTooManyPages = errors.New("too many pages")
	// ErrUnsupported: the format is not one this package reads, or the file's
	// content does not match its extension.
	ErrUnsupported = errors.New("unsupported file format")
	// ErrEncrypted: the file is password protected.
	ErrEncrypted = errors.New("file is encrypted")
	// ErrMalformed: the file is damaged or built in a way that would make a
	// reader loop or crash (a cyclic PDF page tree, a broken zip, bad XML).
	ErrMalformed = errors.New("malformed file")
	// ErrTimeout: the context's deadline (or Options.Timeout) passed.
	ErrTimeout = errors.New("extraction timed out")
	// ErrEmpty: the file holds no bytes.
	ErrEmpty = errors.New("empty file")
)

// Error is the error returned by Bytes and File. It names the file and,
// when known, the page (PDF) or part (DOCX/XLSX) where reading failed, and
// wraps one of the sentinel errors above.
type Error struct {
	File string // file name as given to Bytes or File; may be empty
	Page int    // 1-based PDF page, 0 when not page specific
	Part string // zip part ("word/document.xml") or sheet name, when known
	Err  error  // the underlying error; wraps a sentinel
}

// Error formats the error as "file: page 3: message".
func (e *Error) Error() string {
	s := e.File
	if s == "" {
		s = "input"
	}
	if e.Page > 0 {
		s += fmt.Sprintf(": page %d", e.Page)
	}
	if e.Part != "" {
		s += ": " + e.Part
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// wrapErr attaches the file name to err unless it already is an *Error.
func wrapErr(name string, err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		if e.File == "" {
			e.File = name
		}
		return e
	}
	return &Error{File: name, Err: err}
}
