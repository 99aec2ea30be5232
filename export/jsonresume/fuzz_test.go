package jsonresume_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/resumekit/resumekit/export/jsonresume"
	"github.com/resumekit/resumekit/resume"
)

// FuzzWrite: any resume the loader accepts is written without error or
// panic as valid JSON that loads again, and writing that again gives the
// same bytes. Seeds in testdata/fuzz/FuzzWrite are real resumes.
func FuzzWrite(f *testing.F) {
	f.Add([]byte(`{"basics":{"name":"A","x":[1,{"b":null}]},"work":[{"name":"E","roles":[{"position":"P","startDate":"2020","skills":["Go"]}]}]}`), true)
	f.Fuzz(func(t *testing.T, data []byte, group bool) {
		opts := resume.LoadOptions{Lenient: true, GroupEmployers: group}
		r, err := resume.Decode(data, "fuzz", opts)
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := jsonresume.Write(&out, r, jsonresume.Options{}); err != nil {
			t.Fatalf("Write: %v", err)
		}
		if !json.Valid(out.Bytes()) {
			t.Fatalf("invalid JSON:\n%s", out.Bytes())
		}
		back, err := resume.Decode(out.Bytes(), "out.json", opts)
		if err != nil {
			t.Fatalf("output does not load: %v\n%s", err, out.Bytes())
		}
		var again bytes.Buffer
		if err := jsonresume.Write(&again, back, jsonresume.Options{}); err != nil {
			t.Fatal(err)
		}
		var compact bytes.Buffer
		if err := jsonresume.Write(&compact, back, jsonresume.Options{Compact: true}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), again.Bytes()) {
			t.Fatalf("not stable:\n%s\n----\n%s", out.Bytes(), again.Bytes())
		}
	})
}
