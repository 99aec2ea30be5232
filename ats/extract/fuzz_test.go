package extract

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzOne extracts data as format f and checks the invariants every
// reader keeps: no panic (Bytes recovers, but a recovered panic is an
// ErrMalformed "internal error" we treat as a bug), no timeout, errors
// wrap a sentinel and name the input, lines are valid normalised UTF-8.
func fuzzOne(t *testing.T, f Format, data []byte) {
	doc, err := Bytes(context.Background(), data, "fuzz", Options{Format: f, Timeout: 20 * time.Second})
	if err != nil {
		if errors.Is(err, ErrTimeout) {
			t.Fatalf("timeout: %v", err)
		}
		var e *Error
		if !errors.As(err, &e) || e.File != "fuzz" {
			t.Fatalf("error %v is not an *Error naming the file", err)
		}
		known := false
		for _, s := range []error{ErrTooLarge, ErrTooManyPages, ErrUnsupported, ErrEncrypted, ErrMalformed, ErrEmpty} {
			if errors.Is(err, s) {
				known = true
			}
		}
		if !known {
			t.Fatalf("error %v wraps no sentinel", err)
		}
		if errors.Is(err, ErrMalformed) && containsInternal(err.Error()) {
			t.Fatalf("recovered panic: %v", err)
		}
		return
	}
	for i, l := range doc.Lines {
		if !utf8.ValidString(l.Text) || l.Text == "" || l.Text != Normalize(l.Text) {
			t.Fatalf("line %d %q is not valid normalised text", i, l.Text)
		}
	}
	_ = doc.Text()
}

func containsInternal(s string) bool {
	const k = "internal error"
	for i := 0; i+len(k) <= len(s); i++ {
		if s[i:i+len(k)] == k {
			return true
		}
	}
	return false
}

func FuzzPDF(f *testing.F) {
	for _, d := range hostilePDFs {
		f.Add(d)
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzOne(t, FormatPDF, data) })
}

func FuzzDOCX(f *testing.F) {
	f.Add(testDOCX(f))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzOne(t, FormatDOCX, data) })
}

func FuzzXLSX(f *testing.F) {
	f.Add(testXLSX(f))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzOne(t, FormatXLSX, data) })
}

func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("# A\n\n- b\n  - c\n\n| x | y |\n|---|---|\n| 1 | 2 |\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzOne(t, FormatMarkdown, data) })
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Ada\n• Go\r\n\xff\xfeA\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzOne(t, FormatText, data)
		fuzzOne(t, FormatJSON, data)
		_ = Detect(data)
	})
}

// TestWriteFuzzSeeds writes the checked-in seed corpora (real files among
// them) when run with -update.
func TestWriteFuzzSeeds(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite testdata/fuzz")
	}
	read := func(p string) []byte {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	seeds := map[string]map[string][]byte{
		"FuzzPDF": {
			"sb2nov-latex":  read(filepath.Join(corpusDir, "latex/sb2nov/sourabh_bajaj_resume.pdf")),
			"rendercv-eng":  read(filepath.Join(corpusDir, "rendercv/engineeringresumes.pdf")),
			"hidden-text":   hostilePDFs["hidden-text.pdf"],
			"self-kids":     hostilePDFs["self-kids.pdf"],
			"parent-cycle":  hostilePDFs["parent-cycle.pdf"],
			"objstm-extend": hostilePDFs["objstm-extends-cycle.pdf"],
			"image-only":    hostilePDFs["image-only.pdf"],
		},
		"FuzzDOCX": {
			"pandoc-resume": read(filepath.Join(corpusDir, "docx/pandoc_resume/resume.docx")),
			"features":      testDOCX(t),
		},
		"FuzzXLSX": {
			"hidden": testXLSX(t),
		},
		"FuzzMarkdown": {
			"pandoc-resume": read(filepath.Join(corpusDir, "docx/pandoc_resume/resume.md")),
		},
		"FuzzText": {
			"latin1":  []byte("Zo\xeb M\xfcller\nSkills\n- Go\n"),
			"utf16":   []byte("\xff\xfeZ\x00o\x00\n\x00"),
			"jsonres": []byte(`{"basics":{"name":"Ada","email":"a@b.c"},"work":[{"name":"X","startDate":"2019-06"}]}`),
		},
	}
	for target, files := range seeds {
		dir := filepath.Join("testdata", "fuzz", target)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, data := range files {
			content := fmt.Sprintf("go test fuzz v1\n[]byte(%s)\n", strconv.Quote(string(data)))
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
