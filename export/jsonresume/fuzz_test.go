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
// same bytes (with GroupEmployers, from the second round on). Seeds in
// testdata/fuzz/FuzzWrite are real resumes.
func FuzzWrite(f *testing.F) {
	f.Add([]byte(`{"basics":{"name":"A","x":[1,{"b":null}]},"work":[{"name":"E","roles":[{"position":"P","startDate":"2020","skills":["Go"]}]}]}`), true)
	f.Fuzz(func(t *testing.T, data []byte, group bool) {
		opts := resume.LoadOptions{Lenient: true, GroupEmployers: group}
		r, err := resume.Decode(data, "fuzz", opts)
		if err != nil {
			return
		}
		write := func(r *resume.Resume) []byte {
			var out bytes.Buffer
			if err := jsonresume.Write(&out, r, jsonresume.Options{}); err != nil {
				t.Fatalf("Write: %v", err)
			}
			if !json.Valid(out.Bytes()) {
				t.Fatalf("invalid JSON:\n%s", out.Bytes())
			}
			return out.Bytes()
		}
		reload := func(b []byte) *resume.Resume {
			back, err := resume.Decode(b, "out.json", opts)
			if err != nil {
				t.Fatalf("output does not load: %v\n%s", err, b)
			}
			return back
		}
		out1 := write(r)
		out2 := write(reload(out1))
		if !group && !bytes.Equal(out1, out2) {
			// Without grouping nothing may change in a round trip.
			t.Fatalf("not stable:\n%s\n----\n%s", out1, out2)
		}
		// With grouping, two separate employers of the same name next to
		// each other merge on the first reload; after that it is stable.
		if out3 := write(reload(out2)); !bytes.Equal(out2, out3) {
			t.Fatalf("not stable after a round trip:\n%s\n----\n%s", out2, out3)
		}
		var compact bytes.Buffer
		if err := jsonresume.Write(&compact, r, jsonresume.Options{Compact: true}); err != nil {
			t.Fatal(err)
		}
	})
}
