package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/internal/serve"
)

type serveFlags struct {
	addr       string
	public     bool
	open       bool
	maxSize    string
	timeout    time.Duration
	jobs       int
	allowHosts []string
	iso        isolateFlags
}

func newServeCmd() *cobra.Command {
	var fl serveFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "A local web page: drop a resume, see what an ATS sees and parsed",
		Long: `serve starts a web page on this computer. Drop a resume on it:

  - a PDF, DOCX, XLSX, Markdown or text resume shows three panes: the text
    an ATS sees, with its pitfalls marked (columns, tables, headers and
    footers, icon fonts, image-only pages); the resume the parser rebuilt
    from it; and that resume as JSON (parse --json);
  - a JSON Resume or RenderCV source shows the check table of every format,
    each lost field with its path, kind and what the ATS saw, and a
    download for every format;
  - a document and its source together show check --against.

An editor validates JSON or YAML as you type, with each problem at its
line, and previews the PDF.

The page loads nothing from the internet and keeps nothing: each upload
lives in a temporary directory removed when the answer is sent. It listens
on 127.0.0.1 only; another address needs --public (anyone who can reach it
can then upload files). PDFs not made by resumekit are read in a child
process with a time and memory limit, as in extract (--isolate).`,
		Example: `  resumekit serve                       # http://127.0.0.1:8080
  resumekit serve --addr 127.0.0.1:9000 --open
  resumekit serve --addr 0.0.0.0:8080 --public --allow-host cv.lan`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runServe(ctx, cmd.ErrOrStderr(), fl, nil)
		},
	}
	f := cmd.Flags()
	f.StringVar(&fl.addr, "addr", "127.0.0.1:8080", "address to listen on")
	f.BoolVar(&fl.public, "public", false, "allow an --addr that other machines can reach")
	f.BoolVar(&fl.open, "open", false, "open the page in the default browser")
	f.StringVar(&fl.maxSize, "max-size", "10MB", "largest uploaded file, such as 10MB or 512KB")
	f.DurationVar(&fl.timeout, "timeout", serve.DefaultTimeout, "longest time spent on one request")
	f.IntVarP(&fl.jobs, "jobs", "j", 0, "requests worked on at once; more wait, then get 503 (default: up to 4, one per CPU)")
	f.StringSliceVar(&fl.allowHosts, "allow-host", nil, "host names accepted in the Host header besides IP addresses and localhost")
	fl.iso.register(f)
	return cmd
}

// runServe serves until ctx is done; ready, when set, gets the URL once
// the listener is open (tests use it).
func runServe(ctx context.Context, stderr io.Writer, fl serveFlags, ready func(url string)) error {
	size, err := parseSize(fl.maxSize)
	if err != nil {
		return badInput(err)
	}
	if err := fl.iso.validate(); err != nil {
		return badInput(err)
	}
	if fl.timeout <= 0 {
		return badInput(fmt.Errorf("invalid --timeout %s: use a positive duration such as 60s", fl.timeout))
	}
	if fl.jobs < 0 {
		return badInput(fmt.Errorf("invalid --jobs %d: use a positive number", fl.jobs))
	}
	logger := log.New(stderr, "", log.LstdFlags)
	local, err := loopbackOnly(fl.addr)
	if err != nil {
		return badInput(err)
	}
	if !local && !fl.public {
		return badInput(fmt.Errorf("--addr %s can be reached from other machines; add --public if that is what you want, or use 127.0.0.1", fl.addr))
	}
	h, err := serve.New(serve.Options{
		MaxSize:       size,
		Timeout:       fl.timeout,
		MaxConcurrent: fl.jobs,
		AllowHosts:    fl.allowHosts,
		Log:           logger,
		Extract: func(ctx context.Context, path string, eo extract.Options) (*extract.Document, error) {
			return extractFile(ctx, path, eo, fl.iso)
		},
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", fl.addr)
	if err != nil {
		return badInput(fmt.Errorf("--addr: %w", err))
	}
	srv := newHTTPServer(h, fl.timeout, logger)
	url := "http://" + ln.Addr().String() + "/"
	if !local {
		logger.Printf("WARNING: listening on %s, which other machines can reach: anyone who can connect can upload files to this computer", ln.Addr())
	}
	logger.Printf("resumekit serve: %s (Ctrl-C stops it)", url)
	if ready != nil {
		ready(url)
	}
	if fl.open {
		openBrowser(logger, url)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newHTTPServer wraps the page's handler in a server with read and write
// timeouts, so that a slow or stalled client cannot hold a connection.
func newHTTPServer(h http.Handler, timeout time.Duration, logger *log.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // two files of --max-size on a slow link
		WriteTimeout:      timeout + 30*time.Second,
		IdleTimeout:       time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
}

// loopbackOnly reports whether addr listens on loopback addresses only.
func loopbackOnly(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, fmt.Errorf("invalid --addr %q: want host:port, such as 127.0.0.1:8080", addr)
	}
	switch host {
	case "localhost":
		return true, nil
	case "":
		return false, nil // every interface
	}
	ip := net.ParseIP(host)
	if ip == nil {
		// A name: it is local only if every address it has is.
		ips, err := net.LookupIP(host)
		if err != nil || len(ips) == 0 {
			return false, fmt.Errorf("--addr %q: cannot resolve %s", addr, host)
		}
		for _, ip := range ips {
			if !ip.IsLoopback() {
				return false, nil
			}
		}
		return true, nil
	}
	return ip.IsLoopback(), nil
}

// openBrowser opens url in the desktop's browser, logging a failure.
func openBrowser(logger *log.Logger, url string) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		logger.Printf("--open: %v; open %s yourself", err, url)
		return
	}
	go func() { _ = cmd.Wait() }()
}
