package serve

import (
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLoad uploads 200 files one after the other and 20 at once, and
// counts goroutines and temporary files before and after: nothing leaks.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the load test uploads 220 files")
	}
	tmp := t.TempDir()
	dir := t.TempDir()
	files := []map[string][2]string{
		{"file": {"cv.md", readFile(t, exampleFile(t, dir, "md"))}},
		{"file": {"cv.docx", readFile(t, exampleFile(t, dir, "docx"))}},
		{"file": {"cv.pdf", readFile(t, exampleFile(t, dir, "pdf"))}}, // isolated: a child process each
		{"file": {"cv.txt", "Ada Lovelace\nada@example.com\n\nExperience\nProgrammer, Analytical Engines\n2021 – 2023\n"}},
		{"file": {"big.txt", strings.Repeat("x", 256<<10)}}, // refused: over the limit
	}
	sysTmp := countTemp(t, os.TempDir())
	_, ts := newTest(t, Options{TempDir: tmp, MaxSize: 128 << 10, MaxConcurrent: 4, QueueWait: 2 * time.Minute})
	// Warm up (the first request starts the keep-alive connections and the
	// server's goroutines), then count.
	post(t, ts, "/upload", files[0], nil)
	http.DefaultClient.CloseIdleConnections()
	before := settledGoroutines(0)

	codes := map[int]int{}
	for i := range 200 {
		res, _ := post(t, ts, "/upload", files[i%len(files)], nil)
		codes[res.StatusCode]++
	}
	assert.Equal(t, map[int]int{200: 160, 413: 40}, codes, "sequential uploads")

	var wg sync.WaitGroup
	var mu sync.Mutex
	concurrent := map[int]int{}
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, _ := post(t, ts, "/upload", files[i%4], nil)
			mu.Lock()
			concurrent[res.StatusCode]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	assert.Equal(t, map[int]int{200: 20}, concurrent, "concurrent uploads")

	http.DefaultClient.CloseIdleConnections()
	after := settledGoroutines(before)
	assert.LessOrEqual(t, after, before+2, "goroutines: %d before, %d after", before, after)
	left, err := os.ReadDir(tmp)
	require.NoError(t, err)
	assert.Empty(t, left, "per-request directories left behind")
	assert.Equal(t, sysTmp, countTemp(t, os.TempDir()), "files the requests left in the system temporary directory")
	t.Logf("goroutines %d → %d; 220 uploads, temp dirs left: %d", before, after, len(left))
}

// settledGoroutines waits up to 5 s for the goroutine count to drop to
// want (connections closing, children reaped), and returns it.
func settledGoroutines(want int) int {
	n := runtime.NumGoroutine()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end) && n > want; n = runtime.NumGoroutine() {
		time.Sleep(50 * time.Millisecond)
	}
	return n
}

// countTemp counts the entries a request could leave in the system
// temporary directory: multipart spills and our own directories.
func countTemp(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	for _, pat := range []string{"multipart-*", "resumekit-serve-*"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		require.NoError(t, err)
		n += len(m)
	}
	return n
}
