package pdf

import (
	"io"
	"testing"

	"github.com/resumekit/resumekit/export/style"
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

// BenchmarkWriteTheme writes the example CV in each theme.
func BenchmarkWriteTheme(b *testing.B) {
	r := exampleCV(b)
	for _, th := range style.Themes {
		b.Run(th, func(b *testing.B) {
			opts := Options{Options: style.Options{Theme: th, PageNumbers: true}}
			if err := Write(io.Discard, r, opts); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, r, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
