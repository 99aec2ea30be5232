package input

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		data, kind string
		doc        bool
	}{
		{"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "a PDF document", true},
		{"PK\x03\x04\x14\x00\x00\x00[Content_Types].xml word/document.xml", "a Word document (DOCX)", true},
		{"PK\x03\x04\x14\x00\x00\x00[Content_Types].xml xl/workbook.xml", "an Excel workbook (XLSX)", true},
		{"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image", false},
		{"\xFF\xD8\xFF\xE0\x00\x10JFIF", "a JPEG image", false},
		{"basics:\n  name: \x00Ada", "a binary file", false},
	} {
		err := Sniff([]byte(c.data), "cv.pdf")
		var nr *NotResumeError
		require.True(t, errors.As(err, &nr), "%q: %v", c.data, err)
		assert.Equal(t, c.kind, nr.Kind)
		assert.Equal(t, c.doc, nr.Document)
		assert.ErrorIs(t, err, ErrNotResume)
	}
	for _, text := range []string{"", "basics:\n  name: Ada\n", `{"basics": {}}`, "cv:\n  name: Ada PDF\n"} {
		assert.NoError(t, Sniff([]byte(text), "cv.yaml"))
	}
	_, err := Decode([]byte("\x89PNG\r\n\x1a\n"), "photo.pdf", Options{})
	assert.EqualError(t, err, "photo.pdf: a PNG image, not a resume source (JSON Resume as JSON or YAML, or RenderCV YAML)")
}

func TestInspect(t *testing.T) {
	res, problems, err := Inspect([]byte("basics:\n  name: Ada\nwork:\n  - name: B\n    posiiton: P\n"), "cv.yaml", Options{})
	require.NoError(t, err)
	require.NotNil(t, res)
	require.NotNil(t, problems)
	assert.Equal(t, `cv.yaml:5:5: work[0].posiiton: unknown key "posiiton"; did you mean "position"?`, problems.Error())

	res, problems, err = Inspect([]byte("cv:\n  name: Ada\n  sections:\n    experience:\n      - company: B\n        position: P\n        start_date: 2021-13\n"), "cv.yaml", Options{})
	require.NoError(t, err)
	assert.Nil(t, res)
	require.NotNil(t, problems, "a RenderCV problem is a problem, not an unreadable file")

	_, _, err = Inspect([]byte("basics: [\n"), "cv.yaml", Options{})
	assert.Error(t, err)
}
