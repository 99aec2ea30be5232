package xlsx

import (
	"io"
	"testing"
)

// BenchmarkWrite writes the example CV as a workbook.
func BenchmarkWrite(b *testing.B) {
	r := exampleCV(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
