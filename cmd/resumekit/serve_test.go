package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// startServe runs runServe until the test ends and returns its URL and
// its log.
func startServe(t testing.TB, fl serveFlags) (string, *syncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	logs := &syncBuffer{}
	urls := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, logs, fl, func(u string) { urls <- u }) }()
	var url string
	select {
	case url = <-urls:
	case err := <-done:
		cancel()
		t.Fatalf("serve stopped: %v\n%s", err, logs)
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return url, logs
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func defaultServeFlags() serveFlags {
	return serveFlags{addr: "127.0.0.1:0", maxSize: "10MB", timeout: time.Minute, iso: isolateFlags{mode: "auto", maxMemory: "512MB"}}
}

func uploadFile(t testing.TB, url, path string) (int, string) {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	w, err := mw.CreateFormFile("file", filepath.Base(path))
	require.NoError(t, err)
	_, _ = w.Write(data)
	require.NoError(t, mw.Close())
	res, err := http.Post(url+"upload", mw.FormDataContentType(), &body)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, string(b)
}

func TestServeLocal(t *testing.T) {
	fl := defaultServeFlags()
	fl.iso.mode = "always"
	url, logs := startServe(t, fl)
	assert.True(t, strings.HasPrefix(url, "http://127.0.0.1:"), url)
	res, err := http.Get(url)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.NotEmpty(t, res.Header.Get("Content-Security-Policy"))
	assert.NotContains(t, logs.String(), "WARNING")

	// A hostile PDF goes through the isolated reader and comes back as
	// a clear error, not a hang.
	code, page := uploadFile(t, url, filepath.Join(hostileDir, "pdf-parent-cycle.pdf"))
	assert.Equal(t, http.StatusUnprocessableEntity, code)
	assert.Contains(t, page, "pdf-parent-cycle.pdf")

	dir := t.TempDir()
	var out, errb bytes.Buffer
	require.Equal(t, exitOK, run([]string{"export", "-f", "pdf", "-o", dir}, &out, &errb), errb.String())
	code, page = uploadFile(t, url, filepath.Join(dir, "resume.pdf"))
	assert.Equal(t, http.StatusOK, code)
	assert.Contains(t, page, `<p class="name">Example Candidate</p>`)
}

func TestServeAddr(t *testing.T) {
	fl := defaultServeFlags()
	fl.addr = "0.0.0.0:0"
	err := runServe(context.Background(), io.Discard, fl, nil)
	var ee *exitError
	require.True(t, errors.As(err, &ee), "%v", err)
	assert.Equal(t, exitUsage, ee.code)
	assert.Contains(t, err.Error(), "--public")

	fl.public = true
	url, logs := startServe(t, fl)
	assert.Contains(t, logs.String(), "WARNING: listening on")
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Host = "rebound.attacker.example"
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusForbidden, res.StatusCode, "the Host check holds with --public too")

	for _, c := range []struct {
		addr  string
		local bool
	}{{"127.0.0.1:8080", true}, {"localhost:8080", true}, {"[::1]:8080", true}, {":8080", false}, {"0.0.0.0:8080", false}, {"192.168.1.2:8080", false}} {
		local, err := loopbackOnly(c.addr)
		require.NoError(t, err, c.addr)
		assert.Equal(t, c.local, local, c.addr)
	}
	_, err = loopbackOnly("8080")
	assert.Error(t, err)
}

func TestServeTimeouts(t *testing.T) {
	srv := newHTTPServer(http.NotFoundHandler(), time.Minute, nil)
	assert.Positive(t, srv.ReadHeaderTimeout, "slow headers (slowloris)")
	assert.Positive(t, srv.ReadTimeout, "slow bodies")
	assert.Greater(t, srv.WriteTimeout, time.Minute, "the answer may take the whole --timeout")
	assert.Positive(t, srv.IdleTimeout)
	assert.Positive(t, srv.MaxHeaderBytes)
}

func TestServeBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--max-size", "lots"},
		{"serve", "--isolate=sometimes"},
		{"serve", "--timeout", "-1s"},
		{"serve", "--addr", "nowhere"},
		{"serve", "extra-argument"},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, exitUsage, run(args, &out, &errb), "%v: %s", args, errb.String())
	}
}

// benchPDFs are the files of the serve/parse benchmark: our own PDF (read
// in process) and a RenderCV PDF from ../shared (isolated, as another
// tool's PDF is by default), "" when ../shared is absent: its
// sub-benchmark skips (benchPDF).
func benchPDFs(b *testing.B) map[string]string {
	dir := b.TempDir()
	var out, errb bytes.Buffer
	if run([]string{"export", "-f", "pdf", "-o", dir}, &out, &errb) != exitOK {
		b.Fatal(errb.String())
	}
	files := map[string]string{"resumekit": filepath.Join(dir, "resume.pdf"), "rendercv": ""}
	if p := "../../../shared/corpus/rendercv/classic.pdf"; fileExists(p) {
		files["rendercv"] = p
	}
	return files
}

// benchPDF skips a sub-benchmark whose file ../shared would give.
func benchPDF(b *testing.B, path string) {
	if path == "" {
		b.Skip("../shared is not beside the repository: no RenderCV PDF to measure")
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// BenchmarkServeUploadPDF is the page's response time for a PDF upload,
// from the first byte sent to the last byte of the page.
func BenchmarkServeUploadPDF(b *testing.B) {
	url, _ := startServe(b, defaultServeFlags())
	for name, path := range benchPDFs(b) {
		b.Run(name, func(b *testing.B) {
			benchPDF(b, path)
			for b.Loop() {
				if code, _ := uploadFile(b, url, path); code != http.StatusOK {
					b.Fatalf("status %d", code)
				}
			}
		})
	}
}

// BenchmarkParsePDF is "resumekit parse" on the same files, in process
// (the isolated child is started as it is for the page).
func BenchmarkParsePDF(b *testing.B) {
	for name, path := range benchPDFs(b) {
		b.Run(name, func(b *testing.B) {
			benchPDF(b, path)
			for b.Loop() {
				var errb bytes.Buffer
				if code := run([]string{"parse", path}, io.Discard, &errb); code != exitOK {
					b.Fatal(errb.String())
				}
			}
		})
	}
}
