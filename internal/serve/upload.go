package serve

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/resumekit/resumekit/internal/limits"
)

// upload is one file of a form, saved in the request's directory.
type upload struct {
	Name string // the name the browser gave, for display only
	Path string // where it was saved
	Data []byte
}

// form is a posted form: its files and its short text fields.
type form struct {
	files  map[string]*upload
	fields map[string]string
}

// httpError is an error with the status it answers with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

// docExts are the extensions an upload keeps on disk, so that the reader
// (which detects the format from the bytes) can compare it with the name.
var docExts = map[string]bool{".pdf": true, ".docx": true, ".xlsx": true, ".md": true, ".markdown": true,
	".txt": true, ".text": true, ".json": true, ".yaml": true, ".yml": true, ".html": true, ".htm": true}

// readForm reads a multipart (or url-encoded) form. Files go into dir,
// each at most maxSize bytes, under a name of our own; nothing is written
// anywhere else (the standard library's ParseMultipartForm would spill
// large files into the system temporary directory).
func readForm(r *http.Request, dir string, maxSize int64) (*form, error) {
	f := &form{files: map[string]*upload{}, fields: map[string]string{}}
	ct := r.Header.Get("Content-Type")
	if strings.HasPrefix(ct, "application/x-www-form-urlencoded") {
		if err := r.ParseForm(); err != nil {
			return nil, bodyError(err, maxSize)
		}
		for k := range r.PostForm {
			f.fields[k] = r.PostForm.Get(k)
		}
		return f, nil
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, &httpError{http.StatusBadRequest, "send the form as multipart/form-data: " + err.Error()}
	}
	for n := 0; ; n++ {
		p, err := mr.NextPart()
		if err == io.EOF {
			return f, nil
		}
		if err != nil {
			return nil, bodyError(err, maxSize)
		}
		if n > 16 {
			return nil, &httpError{http.StatusBadRequest, "too many form fields"}
		}
		name := p.FormName()
		if p.FileName() == "" {
			data, over, err := limits.ReadAll(p, maxSize)
			if err != nil {
				return nil, bodyError(err, maxSize)
			}
			if over {
				return nil, tooLarge(name, maxSize)
			}
			f.fields[name] = string(data)
			continue
		}
		if name != "file" && name != "source" {
			return nil, &httpError{http.StatusBadRequest, fmt.Sprintf("unknown file field %q", name)}
		}
		u, err := saveFile(p, dir, name, maxSize)
		if err != nil {
			return nil, err
		}
		if u != nil {
			f.files[name] = u
		}
	}
}

// saveFile writes one file part into dir as name plus a known extension;
// an empty part (a form sent without choosing a file) gives nil.
func saveFile(p *multipart.Part, dir, name string, maxSize int64) (*upload, error) {
	data, over, err := limits.ReadAll(p, maxSize)
	if err != nil {
		return nil, bodyError(err, maxSize)
	}
	shown := displayName(p.FileName())
	if over {
		return nil, tooLarge(shown, maxSize)
	}
	if len(data) == 0 {
		return nil, nil
	}
	ext := strings.ToLower(filepath.Ext(shown))
	if !docExts[ext] {
		ext = ""
	}
	path := filepath.Join(dir, name+ext)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return nil, fmt.Errorf("saving the upload: %w", err)
	}
	return &upload{Name: shown, Path: path, Data: data}, nil
}

// displayName is the base of a browser's file name, cut to a sane length.
func displayName(s string) string {
	s = filepath.Base(strings.ReplaceAll(s, `\`, "/"))
	if r := []rune(s); len(r) > 120 {
		s = string(r[:120]) + "…"
	}
	return s
}

func tooLarge(name string, maxSize int64) error {
	return &httpError{http.StatusRequestEntityTooLarge, fmt.Sprintf("%s is larger than the %s limit (--max-size)", name, sizeText(maxSize))}
}

func bodyError(err error, maxSize int64) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return &httpError{http.StatusRequestEntityTooLarge, fmt.Sprintf("the upload is larger than the %s limit (--max-size)", sizeText(maxSize))}
	}
	return &httpError{http.StatusBadRequest, "reading the upload: " + err.Error()}
}

// sizeText renders a byte count as "10 MB", "512 KB" or "900 bytes".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
