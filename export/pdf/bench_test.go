package pdf

import (
	"io"
	"testing"
)

// BenchmarkWrite writes the example CV (four A4 pages) as PDF.
func BenchmarkWrite(b *testing.B) {
	r := exampleCV(b)
	if _, err := builtinFonts(familySans); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r, Options{PageNumbers: true}); err != nil {
			b.Fatal(err)
		}
	}
}
