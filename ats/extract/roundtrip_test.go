package extract_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/interop"
	"github.com/resumekit/resumekit/resume"
)

// These tests live in package extract_test: they need the writers, and
// the extract package itself must never import export.

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, extract.Normalize(s))
}

// exampleStrings lists the visible strings of the example CV an ATS must
// find: name, email, phone, employers, positions, locations,
// institutions, areas and skill keywords.
func exampleStrings(t testing.TB, r *resume.Resume) []string {
	t.Helper()
	out := []string{r.Basics.Name, r.Basics.Email, r.Basics.Phone}
	for _, e := range r.Work {
		out = append(out, e.Name)
		for _, ro := range e.Roles {
			out = append(out, ro.Position)
		}
	}
	for _, e := range r.Education {
		out = append(out, e.Institution, e.Area)
	}
	for _, s := range r.Skills {
		out = append(out, s.Keywords...)
	}
	var keep []string
	for _, s := range out {
		if s = strings.TrimSpace(resume.Plain(s)); s != "" {
			keep = append(keep, s)
		}
	}
	if len(keep) < 10 {
		t.Fatalf("the example CV has only %d strings", len(keep))
	}
	return keep
}

func example(t testing.TB) *resume.Resume {
	t.Helper()
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func writeExample(t testing.TB, f export.Format) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Write(&buf, example(t), style.Options{}); err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	return buf.Bytes()
}

func checkStrings(t *testing.T, doc *extract.Document, want []string) {
	t.Helper()
	text := squash(doc.Text())
	for _, s := range want {
		if !strings.Contains(text, squash(s)) {
			t.Errorf("%q not in the extracted text", s)
		}
	}
	if t.Failed() {
		t.Logf("extracted:\n%s", doc.Text())
	}
}

// TestOwnExports: every string of the example CV survives our own writers
// in every format.
func TestOwnExports(t *testing.T) {
	r := example(t)
	want := exampleStrings(t, r)
	for _, f := range export.Formats() {
		t.Run(f.Name, func(t *testing.T) {
			data := writeExample(t, f)
			doc, err := extract.Bytes(context.Background(), data, "cv"+f.Ext, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkStrings(t, doc, want)
			for _, w := range doc.Warnings {
				switch w.Kind {
				case extract.HiddenText, extract.OutsidePage, extract.GarbledText, extract.NoTextLayer,
					extract.PrivateUseGlyphs, extract.HiddenSheet, extract.HiddenContent, extract.TextBoxes,
					extract.MultiColumn, extract.Table, extract.HeaderFooterContact, extract.Fallback:
					t.Errorf("our own %s has an ATS pitfall: %s", f.Name, w)
				}
			}
		})
	}
}

// TestLibreOfficeResave: our DOCX and XLSX re-saved by LibreOffice still
// extract every string (interop; skipped without soffice unless
// RESUMEKIT_INTEROP=1).
func TestLibreOfficeResave(t *testing.T) {
	if testing.Short() {
		t.Skip("slow interop test")
	}
	interop.Require(t, "soffice")
	want := exampleStrings(t, example(t))
	for _, c := range []struct{ format, filter, ext string }{
		{"docx", "docx:MS Word 2007 XML", ".docx"},
		{"xlsx", "xlsx:Calc MS Excel 2007 XML", ".xlsx"},
		{"docx", "pdf:writer_pdf_Export", ".pdf"},
	} {
		t.Run(c.format+"-to-"+strings.TrimPrefix(c.ext, "."), func(t *testing.T) {
			t.Parallel() // each conversion has its own LibreOffice profile
			if c.format == "xlsx" {
				interop.RequireCalc(t)
			}
			f, err := export.Lookup(c.format)
			if err != nil {
				t.Skip(err)
			}
			dir := t.TempDir()
			src := filepath.Join(dir, "in", "cv."+c.format)
			os.MkdirAll(filepath.Dir(src), 0o755)
			if err := os.WriteFile(src, writeExample(t, f), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out")
			cmd := exec.Command("soffice", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", c.filter, "--outdir", out, src)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("soffice: %v\n%s", err, b)
			}
			doc, err := extract.File(context.Background(), filepath.Join(out, "cv"+c.ext), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkStrings(t, doc, want)
		})
	}
}

// TestNoExportImport: the extract package must not depend on the writers.
func TestNoExportImport(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/resumekit/resumekit/ats/extract").Output()
	if err != nil {
		t.Skip("go list unavailable:", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "github.com/resumekit/resumekit/export") {
			t.Errorf("ats/extract depends on %s", dep)
		}
	}
}

func benchExample(b *testing.B, format string) {
	f, err := export.Lookup(format)
	if err != nil {
		b.Skip(err)
	}
	data := writeExample(b, f)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.Bytes(context.Background(), data, "cv"+f.Ext, extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// Benchmarks on the example CV as our writers make it.
func BenchmarkExamplePDF(b *testing.B)  { benchExample(b, "pdf") }
func BenchmarkExampleDOCX(b *testing.B) { benchExample(b, "docx") }
func BenchmarkExampleXLSX(b *testing.B) { benchExample(b, "xlsx") }
func BenchmarkExampleMD(b *testing.B)   { benchExample(b, "md") }
func BenchmarkExampleJSON(b *testing.B) { benchExample(b, "json") }
