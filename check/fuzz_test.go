package check

import (
	"bytes"
	"context"
	"testing"

	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
)

// FuzzCheckBytes feeds tampered files to the whole ATS side of the check
// (extract, parse, compare): whatever the bytes, it returns a report and
// never panics or hangs. The seeds are the example CV in every format.
func FuzzCheckBytes(f *testing.F) {
	r := exampleResume(f)
	for _, fm := range export.Formats() {
		var b bytes.Buffer
		if err := fm.Write(&b, r, style.Options{}); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes(), fm.Name)
	}
	f.Add([]byte("PK\x03\x04"), "docx")
	f.Add([]byte("%PDF-1.7\n1 0 obj << /Type /Pages /Kids [1 0 R] /Count 1 >> endobj\ntrailer << /Root 1 0 R >>"), "pdf")
	f.Fuzz(func(t *testing.T, data []byte, format string) {
		rep := CheckBytes(context.Background(), r, data, format, Options{})
		if rep == nil {
			t.Fatal("nil report")
		}
		if rep.Err == "" && rep.Total().Checked == 0 {
			t.Fatalf("%s: a readable file checked nothing", format)
		}
	})
}
