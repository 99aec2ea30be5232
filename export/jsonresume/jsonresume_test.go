package jsonresume_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export/jsonresume"
	"github.com/resumekit/resumekit/resume"
)

// sharedFiles are the JSON Resume sample and example files.
func sharedFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../../../shared/jsonresume/sample.resume.json")
	require.NoError(t, err)
	more, err := filepath.Glob("../../../shared/jsonresume/examples/*.json")
	require.NoError(t, err)
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no JSON Resume files in ../../../shared/jsonresume (../shared is not there)")
	}
	return files
}

func write(t testing.TB, r *resume.Resume, opts jsonresume.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, jsonresume.Write(&b, r, opts))
	return b.Bytes()
}

func jsonValue(t testing.TB, b []byte) any {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal(b, &v), "%s", b)
	return v
}

// Every shared JSON Resume file loads and writes back as an equal JSON
// value, and the output validates against the schema.
func TestRoundTripSharedFiles(t *testing.T) {
	for _, f := range sharedFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			in, err := os.ReadFile(f)
			require.NoError(t, err)
			for _, group := range []bool{false, true} {
				r, err := resume.Decode(in, f, resume.LoadOptions{GroupEmployers: group})
				require.NoError(t, err)
				require.NoError(t, r.Validate())
				out := write(t, r, jsonresume.Options{})
				assert.Equal(t, jsonValue(t, in), jsonValue(t, out))
				require.NoError(t, resume.ValidateSchema(out, "out.json"))
			}
		})
	}
}

// The example CV: grouped employers are written flat, schema-valid, and
// read back with GroupEmployers into the same model.
func TestExampleCV(t *testing.T) {
	r, err := examples.Resume()
	require.NoError(t, err)
	out := write(t, r, jsonresume.Options{})
	require.NoError(t, resume.ValidateSchema(out, "resume.json"))

	var doc struct {
		Work []map[string]any `json:"work"`
	}
	require.NoError(t, json.Unmarshal(out, &doc))
	assert.Len(t, doc.Work, r.Roles(), "one work entry per role")

	back, err := resume.Decode(out, "resume.json", resume.LoadOptions{GroupEmployers: true})
	require.NoError(t, err)
	assert.Equal(t, stripped(r), stripped(back))
}

// stripped drops what a round trip through JSON cannot carry: recorded
// positions (compared through the public fields only).
func stripped(r *resume.Resume) any {
	b, _ := json.Marshal(struct {
		B resume.Basics
		W []resume.Employer
		E []resume.Education
		S []resume.Skill
		P []resume.Project
	}{r.Basics, r.Work, r.Education, r.Skills, r.Projects})
	var v any
	_ = json.Unmarshal(b, &v)
	return v
}

func TestDeterministicAndIndent(t *testing.T) {
	r, err := examples.Resume()
	require.NoError(t, err)
	a := write(t, r, jsonresume.Options{})
	b := write(t, r.Clone(), jsonresume.Options{})
	assert.Equal(t, a, b)
	assert.True(t, strings.HasPrefix(string(a), "{\n  \"$schema\"") || strings.HasPrefix(string(a), "{\n  \"basics\""), "%.40s", a)

	tab := write(t, r, jsonresume.Options{Indent: "\t"})
	assert.Contains(t, string(tab), "\n\t\"basics\"")
	compact := write(t, r, jsonresume.Options{Compact: true})
	assert.Equal(t, 1, strings.Count(string(compact), "\n"), "compact output is one line")
	assert.Equal(t, jsonValue(t, a), jsonValue(t, compact))
}

func TestExtraAndEdgeCases(t *testing.T) {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Ada <&> \u2028 \x01 \xff", Extra: resume.Extra{"x-pronouns": json.RawMessage(`"she/her"`)}},
		Work: []resume.Employer{{
			Name: "Analytical Engines", Location: "London", Summary: "A stay",
			Extra: resume.Extra{"x-emp": json.RawMessage(`{"a": [1, 2]}`)},
			Roles: []resume.Role{
				{Position: "Programmer", StartDate: resume.YearMonth(1842, 7), EndDate: resume.Present, Skills: []string{"Notes"},
					Extra: resume.Extra{"x-role": json.RawMessage(`true`), "name": json.RawMessage(`"shadowed"`)}},
				{Position: "Translator", StartDate: resume.YMD(1842, 1, 2), EndDate: resume.YearOnly(1843), Location: "Turin"},
			},
		}, {Name: "No roles"}},
		Extra: resume.Extra{"x-top": json.RawMessage(`[{"z":1,"a":2}]`)},
	}
	out := write(t, r, jsonresume.Options{})
	require.NoError(t, resume.ValidateSchema(out, "edge.json"))
	s := string(out)
	assert.Contains(t, s, `"Ada <&> \u2028 \u0001 `+"\ufffd"+`"`)
	assert.Contains(t, s, `"x-pronouns": "she/her"`)
	assert.NotContains(t, s, "shadowed", "an Extra key never overrides a known key")
	assert.NotContains(t, s, `"endDate": "present"`, "an open end is written as no endDate")
	assert.Contains(t, s, `"startDate": "1842-01-02"`)
	assert.Contains(t, s, `"endDate": "1843"`)
	assert.Contains(t, s, `"employerSummary": "A stay"`)

	back, err := resume.Decode(out, "edge.json", resume.LoadOptions{GroupEmployers: true})
	require.NoError(t, err)
	require.Len(t, back.Work, 2)
	w := back.Work[0]
	assert.Equal(t, "A stay", w.Summary)
	require.Len(t, w.Roles, 2)
	assert.True(t, w.Roles[0].EndDate.IsPresent())
	assert.Equal(t, resume.YMD(1842, 1, 2), w.Roles[1].StartDate)
	assert.Equal(t, "London", w.Roles[0].Location, "different locations move onto the roles")
	assert.Equal(t, "Turin", w.Roles[1].Location)
	assert.Equal(t, []string{"Notes"}, w.Roles[0].Skills)
	assert.JSONEq(t, `{"a":[1,2]}`, string(w.Roles[0].Extra["x-emp"]))

	_, err = resume.Decode([]byte("{}"), "x", resume.LoadOptions{})
	require.NoError(t, err)
	assert.Equal(t, "{}\n", string(write(t, &resume.Resume{}, jsonresume.Options{})))

	bad := &resume.Resume{Extra: resume.Extra{"x": json.RawMessage(`{`)}}
	assert.Error(t, jsonresume.Write(&bytes.Buffer{}, bad, jsonresume.Options{}))
	assert.Error(t, jsonresume.Write(&bytes.Buffer{}, nil, jsonresume.Options{}))
}

func BenchmarkWrite(b *testing.B) {
	r, err := examples.Resume()
	require.NoError(b, err)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := jsonresume.Write(&buf, r, jsonresume.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// Keys present but empty in the source are written back, so the round
// trip is exact; absent keys stay absent.
func TestEmptyButPresentKeys(t *testing.T) {
	in := `{
  "basics": {"name": "", "image": "", "location": {}, "profiles": []},
  "work": [
    {"name": "A", "location": "", "position": "P", "highlights": [], "summary": "", "x-e": {}},
    {"name": "B", "roles": [{"position": "Q", "skills": []}]}
  ],
  "volunteer": [],
  "skills": [{"name": "Go", "keywords": []}],
  "meta": {}
}`
	for _, group := range []bool{false, true} {
		r, err := resume.Decode([]byte(in), "empty.json", resume.LoadOptions{GroupEmployers: group})
		require.NoError(t, err)
		out := write(t, r, jsonresume.Options{})
		want := jsonValue(t, []byte(in))
		// The grouped entry is written flat, as JSON Resume has it.
		want.(map[string]any)["work"].([]any)[1] = map[string]any{"name": "B", "position": "Q", "skills": []any{}}
		assert.Equal(t, want, jsonValue(t, out))
		require.NoError(t, resume.ValidateSchema(out, "out.json"))
	}
	out := write(t, &resume.Resume{Basics: resume.Basics{Name: "Ada"}}, jsonresume.Options{})
	assert.Equal(t, "{\n  \"basics\": {\n    \"name\": \"Ada\"\n  }\n}\n", string(out), "nothing invented for a resume built in code")
}

func TestURLsStaySchemaValid(t *testing.T) {
	r := &resume.Resume{Basics: resume.Basics{Name: "A", URL: "https://example.com/a b\x00\xff%zz%41",
		Profiles: []resume.Profile{{Network: "X", URL: "https://example.com/ok?q=1"}}}}
	var buf bytes.Buffer
	require.NoError(t, jsonresume.Write(&buf, r, jsonresume.Options{}))
	require.NoError(t, resume.ValidateSchema(buf.Bytes(), "out.json"))
	assert.Contains(t, buf.String(), `"https://example.com/a%20b%00%FF%25zz%41"`)
	assert.Contains(t, buf.String(), `"https://example.com/ok?q=1"`, "a parsable URL is written as it is")
}
