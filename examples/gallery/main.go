// Command gallery renders page 1 of the embedded example CV in every
// theme, as PDF, DOCX and HTML, to PNG pictures, and writes a README.md
// that shows them side by side:
//
//	go run ./examples/gallery -o docs/gallery
//
// The PDF is drawn with poppler's pdftoppm. The DOCX is first turned into
// a PDF by LibreOffice (soffice), as a recruiter opening it there would
// see it, and the HTML by headless Chromium's print (Debian's chromium),
// then drawn the same way. A missing tool skips its pictures with a
// message; the README lists only the pictures that exist.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
)

func main() {
	out := flag.String("o", "docs/gallery", "directory for the pictures and README.md")
	dpi := flag.Int("r", 50, "resolution of the pictures in dots per inch")
	flag.Parse()
	if err := run(*out, *dpi); err != nil {
		fmt.Fprintln(os.Stderr, "gallery:", err)
		os.Exit(1)
	}
}

func run(out string, dpi int) error {
	r, err := examples.Resume()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "gallery")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	_, errPoppler := exec.LookPath("pdftoppm")
	_, errSoffice := exec.LookPath("soffice")
	if errPoppler != nil {
		fmt.Fprintln(os.Stderr, "gallery: pdftoppm (poppler-utils) not found: no pictures made")
	}
	if errSoffice != nil {
		fmt.Fprintln(os.Stderr, "gallery: soffice (LibreOffice) not found: no DOCX pictures made")
	}
	_, errChromium := exec.LookPath("chromium")
	if errChromium != nil {
		fmt.Fprintln(os.Stderr, "gallery: chromium not found: no HTML pictures made")
	}
	have := map[string]bool{}
	for _, th := range style.Themes {
		for _, f := range formats {
			var buf bytes.Buffer
			if err := export.Write(&buf, f, r, style.Options{Theme: th, PageNumbers: true}); err != nil {
				return fmt.Errorf("%s %s: %w", th, f, err)
			}
			src := filepath.Join(tmp, th+"."+f)
			if err := os.WriteFile(src, buf.Bytes(), 0o644); err != nil {
				return err
			}
			if errPoppler != nil || f == "docx" && errSoffice != nil || f == "html" && errChromium != nil {
				continue
			}
			pdf := src
			switch f {
			case "html":
				pdf = filepath.Join(tmp, th+"-html.pdf")
				cmd := exec.Command("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir="+filepath.Join(tmp, "chromium"), "--print-to-pdf="+pdf, "--no-pdf-header-footer", "file://"+src)
				if o, err := cmd.CombinedOutput(); err != nil {
					return fmt.Errorf("chromium %s: %w\n%s", src, err, o)
				}
			case "docx":
				dir := filepath.Join(tmp, "lo-"+th)
				cmd := exec.Command("soffice", "-env:UserInstallation=file://"+filepath.Join(tmp, "profile"),
					"--headless", "--convert-to", "pdf", "--outdir", dir, src)
				if o, err := cmd.CombinedOutput(); err != nil {
					return fmt.Errorf("soffice %s: %w\n%s", src, err, o)
				}
				pdf = filepath.Join(dir, th+".pdf")
			}
			name := th + "-" + f
			cmd := exec.Command("pdftoppm", "-png", "-r", fmt.Sprint(dpi), "-f", "1", "-l", "1", "-singlefile", pdf, filepath.Join(out, name))
			if o, err := cmd.CombinedOutput(); err != nil {
				return fmt.Errorf("pdftoppm %s: %w\n%s", pdf, err, o)
			}
			have[name] = true
			fmt.Println(filepath.Join(out, name+".png"))
		}
	}
	return os.WriteFile(filepath.Join(out, "README.md"), readme(have), 0o644)
}

// formats are the gallery's columns.
var formats = []string{"pdf", "docx", "html"}

// readme is the gallery page: one row per theme, the PDF, the DOCX (as
// LibreOffice draws it) and the HTML (as Chromium prints it) side by side.
func readme(have map[string]bool) []byte {
	var b strings.Builder
	b.WriteString("# Themes\n\nPage 1 of the embedded example CV in each theme, made by `go run ./examples/gallery -o docs/gallery`.\n")
	b.WriteString("The PDF is drawn by poppler; the DOCX by LibreOffice, which shows Arial and Times New Roman in the metric-compatible Liberation fonts the PDF embeds; the HTML as headless Chromium prints it.\n\n")
	b.WriteString("| Theme | PDF | DOCX (LibreOffice) | HTML (Chromium) |\n|---|---|---|---|\n")
	for _, th := range style.Themes {
		fmt.Fprintf(&b, "| `%s` |", th)
		for _, f := range formats {
			if n := th + "-" + f; have[n] {
				fmt.Fprintf(&b, " ![%s %s](%s.png) |", th, f, n)
			} else {
				b.WriteString(" (not rendered) |")
			}
		}
		b.WriteString("\n")
	}
	return []byte(b.String())
}
