package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/check"
	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/input"
	"github.com/resumekit/resumekit/resume"
)

// handleUpload reads the uploaded file: a document gets the three panes,
// a source resume the check table; a second file checks the document
// against its source.
func (s *Server) handleUpload(w http.ResponseWriter, r *http.Request) {
	dir, f, ok := s.begin(w, r)
	if !ok {
		return
	}
	defer os.RemoveAll(dir)
	ctx := r.Context()
	p := newPage(s.opts)
	file, src := f.files["file"], f.files["source"]
	if file == nil {
		file, src = src, nil
	}
	if file == nil {
		s.fail(w, &httpError{http.StatusBadRequest, "choose a resume file to upload"})
		return
	}
	if src != nil && isSource(file) && !isSource(src) {
		file, src = src, file // the two files were given the other way round
	}
	if isSource(file) {
		if src != nil {
			s.fail(w, &httpError{http.StatusBadRequest, fmt.Sprintf("%s and %s are both source resumes; the second file is for the JSON Resume or RenderCV source of a document (PDF, DOCX, ...)", file.Name, src.Name)})
			return
		}
		cv, err := s.checkSource(ctx, file.Path, file.Name, file.Data)
		if err != nil {
			s.fail(w, err)
			return
		}
		p.Check = cv
		if utf8.Valid(file.Data) {
			p.Editor.Text = string(file.Data)
		}
		s.render(w, http.StatusOK, p)
		return
	}
	doc, err := s.opts.Extract(ctx, file.Path, extract.Options{MaxSize: s.opts.MaxSize, Timeout: s.opts.Timeout})
	if err != nil {
		s.fail(w, unreadable(file.Name, file.Path, err))
		return
	}
	res := parse.Parse(doc, parse.Options{})
	dv, err := newDocView(file.Name, doc, res)
	if err != nil {
		s.fail(w, err)
		return
	}
	p.Doc = dv
	if src != nil {
		truth, opts, warns, err := check.Load(src.Path, check.Options{Extract: extract.Options{MaxSize: s.opts.MaxSize, Timeout: s.opts.Timeout}})
		if err != nil {
			s.fail(w, sourceError(src.Name, src.Path, err))
			return
		}
		// The document is read once: the check gets the document the
		// panes show.
		opts.ExtractFile = func(context.Context, string, extract.Options) (*extract.Document, error) { return doc, nil }
		rep := check.CheckFile(ctx, truth, file.Path, opts)
		rep.File = file.Name
		rep.Err = strings.ReplaceAll(rep.Err, file.Path, file.Name)
		p.Against = &againstView{Source: src.Name, Document: file.Name, Warnings: warningTexts(warns, src.Path, src.Name), Report: newReportView(rep)}
	}
	s.render(w, http.StatusOK, p)
}

// handleEditor validates the editor's text and, when it is valid, checks
// it in every format: the page without JavaScript.
func (s *Server) handleEditor(w http.ResponseWriter, r *http.Request) {
	dir, f, ok := s.begin(w, r)
	if !ok {
		return
	}
	defer os.RemoveAll(dir)
	text := f.fields["resume"]
	p := newPage(s.opts)
	p.Editor.Text = text
	p.Editor.Submitted = true
	p.Editor.Problems = validateText(text)
	if len(p.Editor.Problems) == 0 {
		path := filepath.Join(dir, "resume.yaml")
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			s.fail(w, err)
			return
		}
		cv, err := s.checkSource(r.Context(), path, "editor", []byte(text))
		if err != nil {
			s.fail(w, err)
			return
		}
		p.Check = cv
	}
	s.render(w, http.StatusOK, p)
}

// validateResult is the JSON answer of /api/validate.
type validateResult struct {
	OK       bool      `json:"ok"`
	Problems []problem `json:"problems"`
}

func (s *Server) handleValidate(w http.ResponseWriter, r *http.Request) {
	dir, f, ok := s.begin(w, r)
	if !ok {
		return
	}
	defer os.RemoveAll(dir)
	ps := validateText(f.fields["resume"])
	if ps == nil {
		ps = []problem{}
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(validateResult{OK: len(ps) == 0, Problems: ps})
}

// handlePreview writes the editor's text as a PDF, shown inline.
func (s *Server) handlePreview(w http.ResponseWriter, r *http.Request) {
	s.writeExport(w, r, "pdf", "inline")
}

// handleDownload writes the posted resume in the chosen format as an
// attachment.
func (s *Server) handleDownload(w http.ResponseWriter, r *http.Request) {
	s.writeExport(w, r, "", "attachment")
}

func (s *Server) writeExport(w http.ResponseWriter, r *http.Request, format, disposition string) {
	dir, f, ok := s.begin(w, r)
	if !ok {
		return
	}
	defer os.RemoveAll(dir)
	if format == "" {
		format = f.fields["format"]
	}
	ef, err := export.Lookup(format)
	if err != nil {
		s.fail(w, &httpError{http.StatusBadRequest, err.Error()})
		return
	}
	text := f.fields["resume"]
	path := filepath.Join(dir, "resume.yaml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		s.fail(w, err)
		return
	}
	// Read as check reads it (leniently), so that every file the check
	// table showed can be downloaded; a resume that is not valid is not.
	rv, opts, _, err := check.Load(path, check.Options{Extract: extract.Options{MaxSize: s.opts.MaxSize}})
	if err != nil {
		s.fail(w, sourceError("resume", path, err))
		return
	}
	if err := rv.Validate(); err != nil {
		s.fail(w, &httpError{http.StatusUnprocessableEntity, "the resume is not valid: " + strings.ReplaceAll(err.Error(), path, "resume")})
		return
	}
	if lang := f.fields["lang"]; lang != "" {
		if _, ok := style.LabelSets[lang]; !ok {
			s.fail(w, &httpError{http.StatusBadRequest, fmt.Sprintf("unknown heading language %q (known: en, es, de, fr)", lang)})
			return
		}
		opts.Style.Language = lang
	}
	var buf bytes.Buffer
	if err := ef.Write(&buf, rv, opts.Style); err != nil {
		s.fail(w, &httpError{http.StatusUnprocessableEntity, "writing the " + ef.Name + ": " + strings.ReplaceAll(err.Error(), path, "resume")})
		return
	}
	name := safeBase(f.fields["name"]) + ef.Ext
	h := w.Header()
	h.Set("Content-Type", ef.MediaType)
	h.Set("Content-Disposition", fmt.Sprintf("%s; filename=%q", disposition, name))
	if disposition == "inline" {
		// Shown in the page's preview frame, and nowhere else.
		h.Set("X-Frame-Options", "SAMEORIGIN")
		h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'")
	}
	_, _ = w.Write(buf.Bytes())
}

// begin makes the request's temporary directory and reads the form into
// it; on failure it answers and returns false (and removes the directory).
func (s *Server) begin(w http.ResponseWriter, r *http.Request) (string, *form, bool) {
	dir, err := os.MkdirTemp(s.opts.TempDir, "resumekit-serve-")
	if err != nil {
		s.fail(w, fmt.Errorf("making a temporary directory: %w", err))
		return "", nil, false
	}
	f, err := readForm(r, dir, s.opts.MaxSize)
	if err != nil {
		os.RemoveAll(dir)
		s.fail(w, err)
		return "", nil, false
	}
	return dir, f, true
}

// checkSource loads a source resume leniently, as check does, and checks
// it in every format.
func (s *Server) checkSource(ctx context.Context, path, name string, data []byte) (*checkView, error) {
	r, opts, warns, err := check.Load(path, check.Options{Extract: extract.Options{MaxSize: s.opts.MaxSize, Timeout: s.opts.Timeout}})
	if err != nil {
		return nil, sourceError(name, path, err)
	}
	reps, err := check.Check(ctx, r, nil, opts)
	if err != nil {
		return nil, &httpError{http.StatusUnprocessableEntity, strings.ReplaceAll(err.Error(), path, name)}
	}
	cv := &checkView{Source: name, Warnings: warningTexts(warns, path, name), Text: string(data), Base: safeBase(strings.TrimSuffix(name, filepath.Ext(name))), Formats: formatViews()}
	if name == "editor" {
		cv.Base = "resume"
	}
	if res, err := input.Decode(data, name, input.Options{LoadOptions: resume.LoadOptions{Lenient: true}}); err == nil {
		cv.Kind = string(res.Format)
	}
	for _, rep := range reps {
		cv.Reports = append(cv.Reports, newReportView(rep))
	}
	return cv, nil
}

// isSource tells a source resume (JSON Resume or RenderCV) from a document.
func isSource(u *upload) bool {
	switch strings.ToLower(filepath.Ext(u.Path)) {
	case ".json", ".yaml", ".yml":
		return true
	case "":
		return extract.Detect(u.Data) == extract.FormatJSON
	}
	return false
}

// unreadable is a document the reader refused, with our paths replaced by
// the name the user knows.
func unreadable(name, path string, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	msg := strings.ReplaceAll(err.Error(), path, name)
	return &httpError{http.StatusUnprocessableEntity, "an ATS cannot read " + name + ": " + strings.TrimPrefix(msg, name+": ")}
}

func sourceError(name, path string, err error) error {
	msg := strings.ReplaceAll(err.Error(), path, name)
	if errors.Is(err, check.ErrBadInput) {
		msg = strings.TrimPrefix(msg, check.ErrBadInput.Error()+": ")
	}
	return &httpError{http.StatusUnprocessableEntity, msg}
}

func warningTexts(ws []resume.Warning, path, name string) []string {
	var out []string
	for _, w := range ws {
		out = append(out, strings.ReplaceAll(w.String(), path, name))
	}
	return out
}

// safeBase keeps letters, digits, '-', '_' and '.' of a file name base.
func safeBase(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		}
		if b.Len() >= 60 {
			break
		}
	}
	if b.Len() == 0 {
		return "resume"
	}
	return b.String()
}

// problem is one thing wrong with the editor's text.
type problem struct {
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Path    string `json:"path,omitempty"`
	Message string `json:"message"`
}

// validateText reads the editor's text strictly (JSON Resume or RenderCV,
// JSON or YAML) through input.Inspect, the path validate takes: every
// problem, once, with its line.
func validateText(text string) []problem {
	if strings.TrimSpace(text) == "" {
		return []problem{{Message: "the resume is empty: paste a JSON Resume or RenderCV file"}}
	}
	_, ve, err := input.Inspect([]byte(text), "resume", input.Options{})
	if err != nil {
		var many resume.LoadErrors
		var one *resume.LoadError
		var out []problem
		switch {
		case errors.As(err, &many):
			for _, e := range many {
				out = append(out, loadProblem(e))
			}
		case errors.As(err, &one):
			out = append(out, loadProblem(one))
		default:
			out = append(out, problem{Message: err.Error()})
		}
		return out
	}
	var out []problem
	if ve != nil {
		for _, p := range ve.Problems {
			out = append(out, problem{Line: p.Pos.Line, Column: p.Pos.Column, Path: p.Path, Message: p.Message})
		}
	}
	return out
}

func loadProblem(e *resume.LoadError) problem {
	msg := e.Err.Error()
	if e.Hint != "" {
		msg += "; " + e.Hint
	}
	return problem{Line: e.Pos.Line, Column: e.Pos.Column, Path: e.Path, Message: msg}
}

// fail answers with an error: the page with the message for a browser,
// plain text for the script and for 5xx.
func (s *Server) fail(w http.ResponseWriter, err error) {
	status := http.StatusInternalServerError
	msg := "internal error"
	var he *httpError
	if errors.As(err, &he) {
		status, msg = he.status, he.msg
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		status, msg = http.StatusServiceUnavailable, "the file took longer than the time limit to read"
	case errors.Is(err, context.Canceled):
		status, msg = http.StatusServiceUnavailable, "the request was cancelled"
	}
	if status >= 500 {
		s.opts.Log.Printf("serve: %d: %v", status, err)
	}
	p := newPage(s.opts)
	p.Error = msg
	s.render(w, status, p)
}

// render executes the page template into a buffer first, so that a
// template error never sends half a page.
func (s *Server) render(w http.ResponseWriter, status int, p *page) {
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, "page.html", p); err != nil {
		s.opts.Log.Printf("serve: rendering: %v", err)
		http.Error(w, "500 internal error: the page could not be drawn", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// exampleText is the editor's starting text.
func exampleText() string { return string(examples.YAML) }

// formatViews lists the output formats for the download buttons.
func formatViews() []formatView {
	var out []formatView
	for _, f := range export.Formats() {
		out = append(out, formatView{Name: f.Name, Ext: f.Ext, Description: f.Description})
	}
	return out
}
