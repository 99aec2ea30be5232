package html_test

import (
	"io"
	"testing"

	"github.com/resumekit/resumekit/export/html"
	"github.com/resumekit/resumekit/export/style"
)

// BenchmarkWrite writes the example CV as HTML.
func BenchmarkWrite(b *testing.B) {
	r := exampleResume(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := html.Write(io.Discard, r, html.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteTheme writes the example CV in each theme, with page
// numbers.
func BenchmarkWriteTheme(b *testing.B) {
	r := exampleResume(b)
	for _, th := range style.Themes {
		b.Run(th, func(b *testing.B) {
			opts := html.Options{Options: style.Options{Theme: th, PageNumbers: true}}
			b.ReportAllocs()
			for b.Loop() {
				if err := html.Write(io.Discard, r, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
