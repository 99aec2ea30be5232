package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// aptLine installs the Debian packages the families need (europasscv needs
// soul.sty from texlive-plain-generic; the xelatex families use DejaVu).
// Debian's nodejs and npm are added only where no node and npm are on
// PATH: beside a Node.js from elsewhere (NodeSource) apt-get refuses them.
const aptLine = "apt-get install -y chromium texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended texlive-fonts-extra texlive-xetex texlive-plain-generic fonts-dejavu-core pandoc libreoffice-writer poppler-utils python3-docx"

// puppeteerVersion is the puppeteer-core that prints the theme pages
// with a kept-open Chromium.
const puppeteerVersion = "25.16.0"

// runSetup installs the npm themes into cache/npm and prints the apt-get
// line for the Debian packages.
func runSetup(ctx context.Context, cache string) error {
	npm := filepath.Join(cache, "npm")
	if err := os.MkdirAll(npm, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", npm, err)
	}
	pkg := filepath.Join(npm, "package.json")
	if !exists(pkg) {
		if err := writeFile(pkg, []byte(`{"name":"corpusgen-themes","private":true}`+"\n")); err != nil {
			return err
		}
	}
	args := []string{"install", "--no-audit", "--no-fund", "--ignore-scripts"}
	for _, t := range themes {
		args = append(args, "jsonresume-theme-"+t.name+"@"+t.version)
	}
	args = append(args, "puppeteer-core@"+puppeteerVersion)
	line := aptLine
	if _, err := exec.LookPath("node"); err != nil {
		line += " nodejs npm"
	} else if _, err := exec.LookPath("npm"); err != nil {
		line += " npm"
	}
	fmt.Println("Debian packages (as root):", line)
	fmt.Println("npm (in "+npm+"): npm", joinArgs(args))
	return runTool(ctx, npm, "npm", args...)
}

func joinArgs(a []string) string {
	s := ""
	for i, x := range a {
		if i > 0 {
			s += " "
		}
		s += x
	}
	return s
}
