package resume_test

import (
	"testing"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/resume"
)

// BenchmarkLoadValidate decodes and validates the example CV
// (examples/resume.yaml), as the CLI does for every input.
func BenchmarkLoadValidate(b *testing.B) {
	data := examples.YAML
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := resume.Decode(data, examples.Name, resume.LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if err := r.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadValidateJSON does the same for the example CV as JSON
// Resume (the JSON path has its own parser).
func BenchmarkLoadValidateJSON(b *testing.B) {
	r, err := examples.Resume()
	if err != nil {
		b.Fatal(err)
	}
	data := toJSON(b, r)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := resume.Decode(data, "resume.json", resume.LoadOptions{GroupEmployers: true})
		if err != nil {
			b.Fatal(err)
		}
		if err := r.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidateSchema(b *testing.B) {
	r, err := examples.Resume()
	if err != nil {
		b.Fatal(err)
	}
	data := toJSON(b, r)
	b.ReportAllocs()
	for b.Loop() {
		if err := resume.ValidateSchema(data, "resume.json"); err != nil {
			b.Fatal(err)
		}
	}
}
