package export_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"

	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/pdf"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/interop"
	"github.com/resumekit/resumekit/resume"
)

// hostileResumes are the writer inputs of the hardening issue: control
// characters and invalid UTF-8 in every kind of field, right-to-left text,
// a 10,000-character highlight, 500 roles, and empty everything.
func hostileResumes() map[string]*resume.Resume {
	bad := "A\x00B\x07C\x1b[31m\xff\xfe\u202e\ufffe" // controls, invalid UTF-8, bidi override, a non-character
	rtl := "שלום עולם — مرحبا بالعالم"
	long := strings.Repeat("Scaled the platform to many regions and teams. ", 213)[:10000]
	many := &resume.Resume{Basics: resume.Basics{Name: "Many Roles", Email: "many@example.com"}}
	for i := range 500 {
		many.Work = append(many.Work, resume.Employer{Name: fmt.Sprintf("Company %d", i),
			Roles: []resume.Role{{Position: fmt.Sprintf("Engineer %d", i), StartDate: resume.YearMonth(2000+i%25, 1+i%12),
				Highlights: []string{fmt.Sprintf("Shipped release %d", i)}}}})
	}
	return map[string]*resume.Resume{
		"control": {Basics: resume.Basics{Name: bad, Label: bad, Email: "x@example.com", Summary: bad,
			Location: resume.Location{City: bad}, Profiles: []resume.Profile{{Network: bad, URL: "https://example.com/" + bad}}},
			Work: []resume.Employer{{Name: bad, Location: bad, Description: bad, Roles: []resume.Role{{Position: bad,
				StartDate: resume.YearMonth(2020, 1), EndDate: resume.Present, Summary: bad, Highlights: []string{bad, "**" + bad + "**"}, Skills: []string{bad}}}}},
			Education: []resume.Education{{Institution: bad, Area: bad, StudyType: bad, Courses: []string{bad}}},
			Skills:    []resume.Skill{{Name: bad, Keywords: []string{bad, ""}}}},
		"rtl": {Basics: resume.Basics{Name: rtl, Summary: rtl},
			Work:   []resume.Employer{{Name: rtl, Roles: []resume.Role{{Position: rtl, StartDate: resume.YearOnly(2021), Highlights: []string{rtl}}}}},
			Skills: []resume.Skill{{Name: rtl, Keywords: []string{rtl}}}},
		"long":  {Basics: resume.Basics{Name: "Long Highlight"}, Work: []resume.Employer{{Name: "Acme", Roles: []resume.Role{{Position: "Engineer", Highlights: []string{long}}}}}},
		"many":  many,
		"empty": {},
		"blank": {Work: []resume.Employer{{Roles: []resume.Role{{}}}}, Education: []resume.Education{{}}, Skills: []resume.Skill{{}}, Projects: []resume.Project{{}}},
	}
}

// TestWritersSurviveHostileResumes writes every hostile resume in every
// format: no writer may panic or produce an invalid file. The PDF writer
// may instead refuse characters its fonts lack (right-to-left scripts,
// with no fallback font), but only with a MissingGlyphsError.
func TestWritersSurviveHostileResumes(t *testing.T) {
	dir := t.TempDir()
	for name, r := range hostileResumes() {
		for _, f := range export.Formats() {
			var buf bytes.Buffer
			err := export.Write(&buf, f.Name, r, style.Options{})
			var missing *pdf.MissingGlyphsError
			switch {
			case f.Name == "pdf" && errors.As(err, &missing):
				t.Logf("%s.pdf refused: %v", name, err)
				continue
			case err != nil:
				t.Errorf("%s.%s: %v", name, f.Name, err)
				continue
			}
			checkValid(t, name, f.Name, buf.Bytes())
			if err := os.WriteFile(filepath.Join(dir, name+f.Ext), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Run("interop", func(t *testing.T) { interopCheck(t, dir) })
}

// checkValid is the in-process check of one file.
func checkValid(t *testing.T, name, format string, data []byte) {
	t.Helper()
	switch format {
	case "json":
		if err := resume.ValidateSchema(data, name+".json"); err != nil {
			t.Errorf("%s.json is not schema-valid: %v", name, err)
		}
	case "md":
		if err := goldmark.Convert(data, &bytes.Buffer{}); err != nil {
			t.Errorf("%s.md: %v", name, err)
		}
	case "docx", "xlsx":
		if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			t.Errorf("%s.%s is not a zip", name, format)
		}
	case "pdf":
		if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data[max(0, len(data)-64):], []byte("%%EOF")) {
			t.Errorf("%s.pdf has no PDF header or trailer", name)
		}
	}
}

// interopCheck has the outside tools accept every file written: qpdf for
// the PDFs, LibreOffice for DOCX and XLSX (one run), openpyxl for XLSX.
func interopCheck(t *testing.T, dir string) {
	interop.Require(t, "qpdf", "soffice")
	py := interop.RequirePython(t, "openpyxl")
	files := func(ext string) []string {
		m, _ := filepath.Glob(filepath.Join(dir, "*"+ext))
		return m
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for _, f := range files(".pdf") {
		if out, err := exec.CommandContext(ctx, "qpdf", "--check", f).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check %s: %v\n%s", filepath.Base(f), err, out)
		}
	}
	for _, f := range files(".xlsx") {
		if out, err := exec.CommandContext(ctx, py, "-c", "import openpyxl,sys; openpyxl.load_workbook(sys.argv[1])", f).CombinedOutput(); err != nil {
			t.Errorf("openpyxl %s: %v\n%s", filepath.Base(f), err, out)
		}
	}
	office := append(files(".docx"), files(".xlsx")...)
	outdir := filepath.Join(dir, "converted")
	args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "pdf", "--outdir", outdir}, office...)
	if out, err := exec.CommandContext(ctx, "soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, f := range office {
		base := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		// DOCX and XLSX of one resume share a base name; LibreOffice writes
		// one PDF per input, the later overwriting the earlier, so check
		// that a PDF exists for each base name.
		if _, err := os.Stat(filepath.Join(outdir, base+".pdf")); err != nil {
			t.Errorf("LibreOffice did not convert %s", filepath.Base(f))
		}
	}
}
