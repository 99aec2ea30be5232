package resume

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/resumekit/resumekit/internal/interop"
)

func TestJSONSchemaRefusesUnknownKeywords(t *testing.T) {
	_, err := compileJSONSchema([]byte(`{"type": "object", "minProperties": 1}`))
	assert.ErrorContains(t, err, "minProperties")
	_, err = compileJSONSchema([]byte(`{"$ref": "#/definitions/nope"}`))
	assert.ErrorContains(t, err, "unresolved")
	_, err = compileJSONSchema([]byte(`{"format": "date-time"}`))
	assert.ErrorContains(t, err, "date-time")
}

func TestJSONSchemaFormats(t *testing.T) {
	for _, ok := range []string{"ada@example.com", "a.b+c@mail.example.co.uk", `"a b"@example.com`, "x@[127.0.0.1]"} {
		assert.True(t, validEmail(ok), ok)
	}
	for _, bad := range []string{"nope", "@example.com", "a..b@example.com", "a@-x.com", "a b@example.com", "a@"} {
		assert.False(t, validEmail(bad), bad)
	}
	assert.True(t, validFormat("uri", "https://example.com/x?y=1"))
	assert.False(t, validFormat("uri", "example.com"))
	assert.False(t, validFormat("uri", "http://[::1"))
	assert.True(t, validFormat("uri-reference", "./resumekit.schema.json"))
}

// The validator agrees with a general JSON Schema library on which fields
// of real resumes violate the official schema. (The library is used only
// here: it compiles every draft's meta-schema when a program starts.)
func TestJSONSchemaAgreesWithLibrary(t *testing.T) {
	type pair struct {
		lib  *jsonschema.Schema
		ours *jsonSchema
	}
	var schemas []pair
	for i, data := range [][]byte{SchemaJSON, FormatSchemaJSON} {
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft7)
		c.AssertFormat()
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		require.NoError(t, err)
		url := fmt.Sprintf("https://example.com/schema%d.json", i)
		require.NoError(t, c.AddResource(url, doc))
		lib, err := c.Compile(url)
		require.NoError(t, err)
		ours, err := compileJSONSchema(data)
		require.NoError(t, err)
		schemas = append(schemas, pair{lib, ours})
	}

	inputs := map[string][]byte{
		"wild.json": []byte(`{"basics": {"name": 5, "email": "nope", "url": "x", "profiles": {}},
  "work": [{"name": "A", "startDate": "August 2021", "highlights": [1, "ok"]}], "meta": {"version": 3}}`),
		"roles.json": []byte(`{"basics": {"name": "A", "x-a": 1}, "skils": [], "work": [{"name": "B", "roles": [{"position": "P", "endDate": "present", "hightlights": []}]},
  {"name": "C", "position": "Q", "roles": [{"startDate": "2020"}]}, {"name": "D", "roles": null, "endDate": "Present"}]}`),
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "realworld", "jsonresume", "*.json"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		inputs[f] = data
	}
	if len(files) == 0 {
		interop.SkipShared(t, "no real-world files in ../shared/corpus/realworld/jsonresume: the two built-in inputs only")
	}
	for name, data := range inputs {
		root, serr := parseJSON(data, name)
		if serr != nil {
			continue
		}
		for i, sch := range schemas {
			var want []string
			if err := sch.lib.Validate(root.value()); err != nil {
				var ve *jsonschema.ValidationError
				require.True(t, errors.As(err, &ve))
				var collect func(e *jsonschema.ValidationError)
				collect = func(e *jsonschema.ValidationError) {
					if len(e.Causes) == 0 {
						want = append(want, "/"+strings.Join(e.InstanceLocation, "/"))
					}
					for _, c := range e.Causes {
						collect(c)
					}
				}
				collect(ve)
			}
			var errs []schemaError
			sch.ours.validate(root.value(), nil, &errs)
			var got []string
			for _, e := range errs {
				got = append(got, "/"+strings.Join(e.at, "/"))
			}
			slices.Sort(want)
			slices.Sort(got)
			assert.Equal(t, slices.Compact(want), slices.Compact(got), "%s, schema %d", name, i)
		}
	}
}
