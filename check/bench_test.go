package check

import (
	"context"
	"testing"

	"github.com/resumekit/resumekit/resume"
)

// BenchmarkCheckExample checks the example CV in all five formats: write,
// extract, parse and compare each (target: 20 ms/op).
func BenchmarkCheckExample(b *testing.B) {
	r := exampleResume(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Check(context.Background(), r, allFormats, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckExampleFormat splits BenchmarkCheckExample by format.
func BenchmarkCheckExampleFormat(b *testing.B) {
	r := exampleResume(b)
	for _, f := range allFormats {
		b.Run(f, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Check(context.Background(), r, []string{f}, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBatch1000 checks 1,000 generated, varied resumes in all five
// formats on GOMAXPROCS workers (target: 10 s/op with -cpu 2):
//
//	go test ./check -run '^$' -bench Batch1000 -benchtime 1x -cpu 2
func BenchmarkBatch1000(b *testing.B) {
	rs := make([]*resume.Resume, 1000)
	for i := range rs {
		rs[i] = genResume(uint64(i))
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := CheckMany(context.Background(), rs, allFormats, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
