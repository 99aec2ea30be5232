package resume

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidateSchemaSharedFiles(t *testing.T) {
	dir := sharedDir(t, "jsonresume")
	files, _ := filepath.Glob(filepath.Join(dir, "sample.resume.json"))
	more, _ := filepath.Glob(filepath.Join(dir, "examples", "*.json"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Skipf("no JSON Resume files in %s", dir)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		assert.NoError(t, ValidateSchema(data, f), f)
	}
}

func TestValidateSchemaProblems(t *testing.T) {
	in := `{
  "basics": {"name": 5, "email": "nope", "profiles": {}},
  "work": [
    {"name": "A", "startDate": "August 2021", "endDate": "present", "roles": [{"position": "P", "skills": ["Go"]}]},
    {"name": "B", "startDate": "2021-06", "highlights": [1]}
  ]
}`
	err := ValidateSchema([]byte(in), "wild.json")
	var ve *ValidationError
	require.True(t, errors.As(err, &ve), "%v", err)
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.String())
	}
	assert.Equal(t, []string{
		`wild.json:2:22: basics.name: schema: got number, want string`,
		`wild.json:2:34: basics.email: "nope" is not a valid email`,
		`wild.json:2:54: basics.profiles: schema: got object, want array`,
		`wild.json:4:32: work[0].startDate: "August 2021" is not an ISO 8601 date; write "2021-08"`,
		`wild.json:4:58: work[0].endDate: "present" is not an ISO 8601 date; leave endDate out for an open end`,
		`wild.json:5:58: work[1].highlights[0]: schema: got number, want string`,
	}, got)

	yamlIn := "basics:\n  name: Ada\nwork:\n  - name: A\n    startDate: heute\n"
	err = ValidateSchema([]byte(yamlIn), "cv.yaml")
	require.True(t, errors.As(err, &ve))
	require.Len(t, ve.Problems, 1)
	assert.Equal(t, `cv.yaml:5:16: work[0].startDate: "heute" is not an ISO 8601 date; leave endDate out for an open end`, ve.Problems[0].String())

	assert.NoError(t, ValidateSchema([]byte("basics: {name: Ada}\n"), "ok.yaml"))
	assert.ErrorIs(t, ValidateSchema([]byte("{"), "bad.json"), ErrSyntax)
	assert.ErrorIs(t, ValidateSchema(nil, "empty.json"), ErrEmpty)
}

func TestSchemaEmbedded(t *testing.T) {
	want, err := os.ReadFile(filepath.Join(sharedDir(t, "jsonresume"), "schema.json"))
	if err != nil {
		t.Skipf("the official schema is not in ../shared: %v", err)
	}
	assert.Equal(t, string(want), string(SchemaJSON), "the embedded schema is the official one, unchanged")
}
