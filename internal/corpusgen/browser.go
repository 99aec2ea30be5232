package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"time"
)

// browserPort is the first DevTools port of the kept-open Chromium
// instances (one per worker).
const browserPort = 39517

// browsers keeps one headless Chromium open per worker, so a theme's
// page is printed without starting a browser for each document (most of
// the time --print-to-pdf takes). Printing goes through puppeteer-core
// (installed by setup) with the settings --print-to-pdf uses: Letter,
// 0.4in margins, no header or footer, no backgrounds.
type browsers struct {
	mu      sync.Mutex
	cmds    map[int]*exec.Cmd
	cancels map[int]context.CancelFunc
	dirs    map[int]string
}

// port returns the DevTools port of the worker's browser, starting it
// when it is not running.
func (b *browsers) port(ctx context.Context, slot int) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	port := browserPort + slot
	if b.cmds == nil {
		b.cmds, b.dirs, b.cancels = map[int]*exec.Cmd{}, map[int]string{}, map[int]context.CancelFunc{}
	}
	if c := b.cmds[slot]; c != nil && c.ProcessState == nil && alive(port) {
		return port, nil
	}
	b.stopLocked(slot)
	prof, err := os.MkdirTemp("", "corpusgen-chromium-")
	if err != nil {
		return 0, fmt.Errorf("chromium profile: %w", err)
	}
	bctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(bctx, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir="+prof,
		"--remote-debugging-address=127.0.0.1", "--remote-debugging-port="+strconv.Itoa(port), "about:blank")
	ownGroup(cmd)
	if err := cmd.Start(); err != nil {
		cancel()
		os.RemoveAll(prof)
		return 0, fmt.Errorf("start chromium: %w", err)
	}
	go func() { _ = cmd.Wait() }()
	b.cmds[slot], b.dirs[slot], b.cancels[slot] = cmd, prof, cancel
	for i := 0; i < 300; i++ {
		if alive(port) {
			return port, nil
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	b.stopLocked(slot)
	return 0, fmt.Errorf("chromium did not open port %d", port)
}

// restart stops the worker's browser (after a failed print).
func (b *browsers) restart(slot int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.stopLocked(slot)
}

// stop closes every browser.
func (b *browsers) stop() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for slot := range b.cmds {
		b.stopLocked(slot)
	}
}

func (b *browsers) stopLocked(slot int) {
	if cancel := b.cancels[slot]; cancel != nil {
		cancel() // kills the browser's process group
	}
	if d := b.dirs[slot]; d != "" {
		time.Sleep(200 * time.Millisecond)
		os.RemoveAll(d)
	}
	delete(b.cmds, slot)
	delete(b.dirs, slot)
	delete(b.cancels, slot)
}

func alive(port int) bool {
	c := http.Client{Timeout: time.Second}
	resp, err := c.Get("http://127.0.0.1:" + strconv.Itoa(port) + "/json/version")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}
