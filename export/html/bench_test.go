package html_test

import (
	"io"
	"testing"

	"github.com/resumekit/resumekit/export/html"
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
