// Package serve is the web page of "resumekit serve": a local page where
// a job seeker drops a resume and sees what an applicant-tracking system
// sees in it (the extracted text with its pitfalls marked), what a parser
// made of it (a readable card and the JSON Resume), and, for a source
// resume (JSON Resume or RenderCV), what every output format loses.
//
// The page is built with net/http and html/template; its style sheet and
// script are embedded, and nothing is loaded from elsewhere. Every form
// works with JavaScript off; the script only adds drag and drop and the
// editor's live validation and PDF preview.
//
// The handler is meant for files from strangers: it checks the Host header
// (DNS rebinding) and refuses cross-site posts, bounds upload sizes, the
// number of requests at work (503 when busy) and the time each may take,
// writes uploads only into a temporary directory per request that is
// removed before the handler returns, reads documents through the
// Extract function it is given (the CLI passes its isolated reader), sets
// a strict Content-Security-Policy and escapes everything it shows.
//
// It lives under internal/ because it is the CLI's front end, not a
// library API: cmd/resumekit/serve.go wires it to flags and a listener.
package serve

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/resumekit/resumekit/ats/extract"
)

// Defaults for Options.
const (
	DefaultMaxSize       = 10 << 20
	DefaultTimeout       = 60 * time.Second
	DefaultQueueWait     = 10 * time.Second
	DefaultMaxConcurrent = 4
)

//go:embed assets
var assets embed.FS

// ExtractFunc reads the file at path the way an ATS does.
type ExtractFunc func(ctx context.Context, path string, opts extract.Options) (*extract.Document, error)

// Options configure the handler. The zero value means the defaults.
type Options struct {
	// MaxSize is the largest uploaded file, in bytes; default 10 MB.
	MaxSize int64
	// Timeout bounds the work on one request (reading, parsing,
	// checking); default 60 s.
	Timeout time.Duration
	// MaxConcurrent is the number of requests worked on at once; others
	// wait up to QueueWait and then get 503. Default 4, or the number of
	// CPUs when that is lower.
	MaxConcurrent int
	// QueueWait is how long a request waits for a free slot; default
	// 10 s. A negative value means no wait at all.
	QueueWait time.Duration
	// Extract reads uploaded documents; default extract.File in process.
	// The CLI passes a reader that runs in an isolated child process.
	Extract ExtractFunc
	// TempDir is where the per-request directories are made; default
	// os.TempDir().
	TempDir string
	// AllowHosts are host names (besides IP addresses and "localhost")
	// accepted in the Host header.
	AllowHosts []string
	// Log receives one line per failed request; default log.Default().
	Log *log.Logger
}

func (o Options) withDefaults() Options {
	if o.MaxSize <= 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = min(DefaultMaxConcurrent, runtime.GOMAXPROCS(0))
	}
	if o.QueueWait == 0 {
		o.QueueWait = DefaultQueueWait
	}
	if o.Extract == nil {
		o.Extract = extract.File
	}
	if o.Log == nil {
		o.Log = log.Default()
	}
	return o
}

// Server is the http.Handler of the page.
type Server struct {
	opts  Options
	slots chan struct{}
	tmpl  *template.Template
	mux   *http.ServeMux
}

// New returns the handler with its routes:
//
//	GET  /               the page: upload form and editor
//	POST /upload         a document (three panes) or a source resume (check table);
//	                     an optional second file checks a document against its source
//	POST /editor         the editor's text: problems at their lines, check table, downloads
//	POST /api/validate   the editor's text: problems as JSON, for the script
//	POST /preview        the editor's text as a PDF, shown in the page
//	POST /download       the editor's (or an uploaded source's) text in one format
//	GET  /static/...     the style sheet and the script
func New(opts Options) (*Server, error) {
	opts = opts.withDefaults()
	tmpl, err := template.New("").Funcs(funcs).ParseFS(assets, "assets/*.html")
	if err != nil {
		return nil, fmt.Errorf("serve: templates: %w", err)
	}
	s := &Server{opts: opts, slots: make(chan struct{}, opts.MaxConcurrent), tmpl: tmpl, mux: http.NewServeMux()}
	static, err := fs.Sub(assets, "assets/static")
	if err != nil {
		return nil, fmt.Errorf("serve: assets: %w", err)
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /{$}", s.handleIndex)
	s.mux.HandleFunc("POST /upload", s.work(s.handleUpload))
	s.mux.HandleFunc("POST /editor", s.work(s.handleEditor))
	s.mux.HandleFunc("POST /api/validate", s.work(s.handleValidate))
	s.mux.HandleFunc("POST /preview", s.work(s.handlePreview))
	s.mux.HandleFunc("POST /download", s.work(s.handleDownload))
	return s, nil
}

// ServeHTTP checks the Host header and the origin of posts, sets the
// security headers and routes the request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
	if !s.hostAllowed(r.Host) {
		s.opts.Log.Printf("serve: refused Host %q from %s (DNS rebinding?)", r.Host, r.RemoteAddr)
		http.Error(w, "403 forbidden: unknown Host header "+fmt.Sprintf("%q", r.Host)+"; open the page as http://127.0.0.1 or http://localhost", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead && crossSite(r) {
		http.Error(w, "403 forbidden: a post from another site", http.StatusForbidden)
		return
	}
	s.mux.ServeHTTP(w, r)
}

// csp allows only the page's own script, style and frames: no inline
// script or style, no plugins, no form posts elsewhere.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; frame-src 'self' blob:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// hostAllowed accepts an IP address (which DNS rebinding cannot forge),
// localhost and the configured names, with any port.
func (s *Server) hostAllowed(host string) bool {
	if host == "" {
		return false
	}
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	name = strings.TrimSuffix(strings.Trim(name, "[]"), ".")
	if net.ParseIP(name) != nil || strings.EqualFold(name, "localhost") {
		return true
	}
	for _, a := range s.opts.AllowHosts {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

// crossSite reports a post that a browser says came from another site.
func crossSite(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "cross-site", "same-site":
		return true
	}
	if o := r.Header.Get("Origin"); o != "" && o != "null" {
		i := strings.Index(o, "://")
		return i < 0 || o[i+3:] != r.Host
	}
	return false
}

// errBusy is the answer when every slot stays taken for QueueWait.
var errBusy = errors.New("busy")

// acquire takes a work slot, waiting up to QueueWait.
func (s *Server) acquire(ctx context.Context) error {
	select {
	case s.slots <- struct{}{}:
		return nil
	default:
	}
	if s.opts.QueueWait < 0 {
		return errBusy
	}
	t := time.NewTimer(s.opts.QueueWait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return nil
	case <-t.C:
		return errBusy
	case <-ctx.Done():
		return ctx.Err()
	}
}

// work wraps a handler that does real work: it takes a slot (503 when
// busy), bounds the time and the request body.
func (s *Server) work(h func(http.ResponseWriter, *http.Request)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := s.acquire(r.Context()); err != nil {
			w.Header().Set("Retry-After", "5")
			http.Error(w, "503 service unavailable: resumekit is busy with other files; try again in a few seconds", http.StatusServiceUnavailable)
			return
		}
		defer func() { <-s.slots }()
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
		defer cancel()
		// Two files and the form fields around them.
		r.Body = http.MaxBytesReader(w, r.Body, 2*s.opts.MaxSize+64<<10)
		h(w, r.WithContext(ctx))
	}
}

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, newPage(s.opts))
}
