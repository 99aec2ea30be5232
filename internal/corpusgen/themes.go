package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// themes are the JSON Resume themes rendered (each one a family), with the
// npm version installed by setup.
var themes = []struct{ name, version string }{
	{"even", "0.26.1"},
	{"stackoverflow", "3.3.0"},
	{"elegant", "1.16.1"},
	{"flat", "0.3.7"},
	{"kendall", "0.2.0"},
	{"paper", "0.5.0"},
	{"spartan", "0.3.0"},
	{"onepage", "0.0.3"},
	{"short", "0.1.7"},
	{"class", "0.1.2"},
	{"macchiato", "1.1.0"},
	{"caffeine", "1.2.3"},
	{"modern", "0.0.18"},
	{"actual", "0.2.2"},
}

// renderJS renders a JSON Resume with a theme, as resume-cli does:
// node render.js THEME IN OUT.
const renderJS = `const fs = require('fs');
const [,, themeName, inFile, outFile, port, pdfFile] = process.argv;
const resume = JSON.parse(fs.readFileSync(inFile, 'utf8'));
(async () => {
  let theme;
  try { theme = require(themeName); } catch (e) { theme = await import(themeName); }
  const render = theme.render || (theme.default && theme.default.render);
  const html = await render(resume);
  if (typeof html !== 'string' || html.length === 0) throw new Error('theme returned no HTML');
  fs.writeFileSync(outFile, html);
  if (!port) return;
  // print as chromium --print-to-pdf does: Letter, 0.4in margins, no backgrounds
  const puppeteer = require('puppeteer-core');
  const browser = await puppeteer.connect({ browserURL: 'http://127.0.0.1:' + port });
  const page = await browser.newPage();
  try {
    await page.goto('file://' + outFile, { waitUntil: 'load', timeout: 60000 });
    await page.pdf({ path: pdfFile, format: 'letter', printBackground: false, displayHeaderFooter: false,
      margin: { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' }, timeout: 60000 });
  } finally {
    await page.close();
    browser.disconnect();
  }
})().catch(e => { console.error(e && e.stack || e); process.exit(1); });
`

func themeFamilies() []*family {
	var out []*family
	for _, t := range themes {
		pkg := "jsonresume-theme-" + t.name
		out = append(out, &family{
			name:     "theme-" + t.name,
			ext:      "pdf",
			renderer: pkg + "@" + t.version + " (node) + chromium --print-to-pdf",
			needs:    []string{"node", "chromium"},
			render: func(ctx context.Context, e *env, r *Resume, id, out string, slot int) error {
				return renderTheme(ctx, e, pkg, r, id, out, slot)
			},
		})
	}
	return out
}

func (e *env) npmDir() string { return filepath.Join(e.cache, "npm") }

// workDir is a scratch directory for one family's intermediate files.
func (e *env) workDir(family string) (string, error) {
	d := filepath.Join(e.cache, "work", family)
	if err := os.MkdirAll(d, 0o755); err != nil {
		return "", fmt.Errorf("create %s: %w", d, err)
	}
	return d, nil
}

// cleanJSON writes the clean JSON Resume of r for the themes.
func (e *env) cleanJSON(r *Resume, id string) (string, error) {
	d, err := e.workDir("json")
	if err != nil {
		return "", err
	}
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return "", fmt.Errorf("encode %s: %w", id, err)
	}
	p := filepath.Join(d, id+".json")
	return p, writeFile(p, data)
}

func renderTheme(ctx context.Context, e *env, pkg string, r *Resume, id, out string, slot int) error {
	npm := e.npmDir()
	if !exists(filepath.Join(npm, "node_modules", pkg)) {
		return fmt.Errorf("%s is not installed in %s (run: go run ./internal/corpusgen setup)", pkg, npm)
	}
	js := filepath.Join(npm, "render.js")
	e.jsOnce.Do(func() { e.jsErr = writeFile(js, []byte(renderJS)) })
	if e.jsErr != nil {
		return e.jsErr
	}
	in, err := e.cleanJSON(r, id)
	if err != nil {
		return err
	}
	wd, err := e.workDir(strings.TrimPrefix(pkg, "jsonresume-"))
	if err != nil {
		return err
	}
	html := filepath.Join(wd, id+".html")
	if !exists(filepath.Join(npm, "node_modules", "puppeteer-core")) {
		// no kept-open browser: one chromium --print-to-pdf per document
		if err := runTool(ctx, npm, "node", js, pkg, in, html); err != nil {
			return err
		}
		return printPDF(ctx, html, out)
	}
	port, err := e.browsers.port(ctx, slot)
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	if err := runTool(ctx, npm, "node", js, pkg, in, html, strconv.Itoa(port), abs); err != nil {
		if strings.Contains(err.Error(), "puppeteer") || strings.Contains(err.Error(), "Protocol error") || strings.Contains(err.Error(), "Target closed") {
			e.browsers.restart(slot)
		}
		return err
	}
	return nil
}

// printPDF prints an HTML file to PDF with headless Chromium.
func printPDF(ctx context.Context, html, out string) error {
	prof, err := os.MkdirTemp("", "corpusgen-chromium-")
	if err != nil {
		return fmt.Errorf("chromium profile: %w", err)
	}
	defer os.RemoveAll(prof)
	abs, err := filepath.Abs(out)
	if err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	absIn, err := filepath.Abs(html)
	if err != nil {
		return fmt.Errorf("%s: %w", html, err)
	}
	return runTool(ctx, "", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir="+prof,
		"--print-to-pdf="+abs, "--no-pdf-header-footer", "file://"+absIn)
}
