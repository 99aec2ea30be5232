package docx_test

import (
	"io"
	"testing"

	"github.com/resumekit/resumekit/export/docx"
)

// BenchmarkWrite writes the example CV as DOCX.
func BenchmarkWrite(b *testing.B) {
	r := exampleResume(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := docx.Write(io.Discard, r, docx.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
