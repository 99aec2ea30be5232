package main

import (
	"archive/zip"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// maxXML bounds the document part read from a DOCX.
const maxXML = 64 << 20

// visibleText is the text a reader sees in a rendered document: for a PDF
// pdftotext's output in layout mode, in reading order and in the order of
// the content stream (a value is looked for in all three: in layout mode a
// wrapped name can be split by a date printed on its first line), for a
// DOCX the text of word/document.xml, for
// Markdown and HTML the file itself.
func visibleText(ctx context.Context, path string) ([]string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		var out []string
		for _, mode := range [][]string{{"-layout"}, {}, {"-raw"}} {
			args := append(append([]string{}, mode...), "-enc", "UTF-8", path, "-")
			b, err := exec.CommandContext(ctx, "pdftotext", args...).Output()
			if err != nil {
				return nil, fmt.Errorf("pdftotext %s: %w", path, err)
			}
			out = append(out, string(b))
		}
		return out, nil
	case ".docx":
		t, err := docxText(path)
		if err != nil {
			return nil, err
		}
		return []string{t}, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return []string{string(b)}, nil
}

// docxText is the text of a DOCX body: runs joined, a tab between table
// cells, a line end after each paragraph and at each break.
func docxText(path string) (string, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return "", fmt.Errorf("open %s: %w", path, err)
	}
	defer zr.Close()
	var b strings.Builder
	found := false
	for _, f := range zr.File {
		if f.Name != "word/document.xml" && !strings.HasPrefix(f.Name, "word/header") && !strings.HasPrefix(f.Name, "word/footer") {
			continue
		}
		found = found || f.Name == "word/document.xml"
		rc, err := f.Open()
		if err != nil {
			return "", fmt.Errorf("%s: %s: %w", path, f.Name, err)
		}
		err = xmlText(io.LimitReader(rc, maxXML), &b)
		rc.Close()
		if err != nil {
			return "", fmt.Errorf("%s: %s: %w", path, f.Name, err)
		}
	}
	if !found {
		return "", fmt.Errorf("%s: no word/document.xml", path)
	}
	return b.String(), nil
}

func xmlText(r io.Reader, b *strings.Builder) error {
	d := xml.NewDecoder(r)
	inText := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteByte('\n')
			case "tc":
				b.WriteByte('\t')
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
}
