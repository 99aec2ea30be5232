package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func benchFile(b *testing.B, path string, f Format) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skip(err)
	}
	benchBytes(b, data, f)
}

func benchBytes(b *testing.B, data []byte, f Format) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Bytes(context.Background(), data, "bench", Options{Format: f}); err != nil {
			b.Fatal(err)
		}
	}
}

// Third-party files: a pdfLaTeX resume, a Typst (RenderCV) resume, a
// pandoc DOCX.
func BenchmarkCorpusPDFLaTeX(b *testing.B) {
	benchFile(b, filepath.Join(corpusDir, "latex/sb2nov/sourabh_bajaj_resume.pdf"), FormatPDF)
}

func BenchmarkCorpusPDFTypst(b *testing.B) {
	benchFile(b, filepath.Join(corpusDir, "rendercv/classic.pdf"), FormatPDF)
}

func BenchmarkCorpusDOCX(b *testing.B) {
	benchFile(b, filepath.Join(corpusDir, "docx/pandoc_resume/resume.docx"), FormatDOCX)
}

func BenchmarkXLSX(b *testing.B) { benchBytes(b, testXLSX(b), FormatXLSX) }
