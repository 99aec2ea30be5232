package resume_test

import (
	"bytes"
	"testing"

	"github.com/resumekit/resumekit/export/jsonresume"
	"github.com/resumekit/resumekit/resume"
)

func toJSON(tb testing.TB, r *resume.Resume) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := jsonresume.Write(&b, r, jsonresume.Options{}); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}
