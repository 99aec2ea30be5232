package resume

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The misspellings of a new user's resume: each is reported with its
// position, its path and a suggestion, and nothing is dropped silently.
func TestUnknownKeysReported(t *testing.T) {
	in := `basics:
  name: Ada Lovelace
work:
  - name: Analytical Engines
    posiiton: Engineer
    startDate: 2019-03
    enddate: 2021-06
    hightlights:
      - Wrote the first program
education:
  - instituton: University of London
    area: Mathematics
skils:
  - name: Go
x-private: kept
meta:
  theme: elegant
`
	_, err := Decode([]byte(in), "cv.yaml", LoadOptions{})
	require.Error(t, err)
	assert.Equal(t, `cv.yaml:5:5: work[0].posiiton: unknown key "posiiton"; did you mean "position"?
cv.yaml:7:5: work[0].enddate: unknown key "enddate"; did you mean "endDate"?
cv.yaml:8:5: work[0].hightlights: unknown key "hightlights"; did you mean "highlights"?
cv.yaml:11:5: education[0].instituton: unknown key "instituton"; did you mean "institution"?
cv.yaml:13:1: skils: unknown key "skils"; did you mean "skills"?`, err.Error())
	assert.ErrorIs(t, err, ErrUnknownKey)

	// Inspect reports the same once, and not the empty position the
	// misspelt key caused; paths are those of the file.
	r, problems, err := Inspect([]byte(in), "cv.yaml", LoadOptions{})
	require.NoError(t, err)
	require.NotNil(t, r)
	require.NotNil(t, problems)
	assert.Len(t, problems.Problems, 5)
	for _, p := range problems.Problems {
		assert.NotContains(t, p.Path, "roles", "a flat entry is reported at its own path")
		assert.NotContains(t, p.Message, "is empty")
	}

	// Lenient: warnings, and the values are kept, not dropped.
	r, err = Decode([]byte(in), "cv.yaml", LoadOptions{Lenient: true})
	require.NoError(t, err)
	var warns []string
	for _, w := range r.Warnings() {
		warns = append(warns, w.String())
	}
	assert.Contains(t, warns, `cv.yaml:8:5: work[0].hightlights: unknown key "hightlights" kept as an extension; did you mean "highlights"?`)
	assert.Len(t, warns, 5)
	assert.Contains(t, string(r.Work[0].Roles[0].Extra["hightlights"]), "first program")
	assert.Equal(t, json.RawMessage(`"kept"`), r.Extra["x-private"])
}

func TestUnknownKeyWithoutNearMiss(t *testing.T) {
	_, err := Decode([]byte(`{"basics": {"name": "A", "favouriteColour": "red"}}`), "a.json", LoadOptions{})
	require.Error(t, err)
	assert.Equal(t, `a.json:1:26: basics.favouriteColour: unknown key "favouriteColour"; remove it, or name it "x-favouriteColour" to keep it as an extension`, err.Error())
}

// Every key of JSON Resume 1.0, and every extension key resumekit
// documents, loads without an error: the key lists follow the schemas.
func TestKnownKeysFollowTheSchemas(t *testing.T) {
	for _, data := range [][]byte{SchemaJSON, FormatSchemaJSON} {
		var s map[string]any
		require.NoError(t, json.Unmarshal(data, &s))
		checkKeys(t, "", s)
	}
}

// objectKeys returns the decoder's key list for the object at the schema
// path ("work[]", "basics.location"), nil for objects open to any key.
func objectKeys(path string) ([]string, bool) {
	m := map[string][]string{
		"": keysRoot, "basics": keysBasics, "basics.location": keysLocation, "basics.profiles[]": keysProfile,
		"work[]": keysFlatWork, "work[].roles[]": keysRole, "volunteer[]": keysVolunteer,
		"education[]": keysEducation, "awards[]": keysAward, "certificates[]": keysCertificate,
		"publications[]": keysPublication, "skills[]": keysSkill, "languages[]": keysLanguage,
		"interests[]": keysInterest, "references[]": keysReference, "projects[]": keysProject, "meta": nil,
	}
	k, ok := m[path]
	return k, ok
}

func checkKeys(t *testing.T, path string, s map[string]any) {
	t.Helper()
	if items, ok := s["items"].(map[string]any); ok {
		checkKeys(t, path+"[]", items)
		return
	}
	props, ok := s["properties"].(map[string]any)
	if !ok {
		return
	}
	known, ok := objectKeys(path)
	require.True(t, ok, "object %q has no key list in the decoder", path)
	var keys []string
	for k, v := range props {
		keys = append(keys, k)
		if known != nil {
			assert.Contains(t, known, k, "at %q", path)
		}
		if sub, ok := v.(map[string]any); ok {
			checkKeys(t, strings.TrimPrefix(path+"."+k, "."), sub)
		}
	}
	if known != nil && s["additionalProperties"] == false {
		for _, k := range known {
			if k == "roles" && path == "work[].roles[]" { // read only to say roles do not nest
				continue
			}
			assert.Contains(t, keys, k, "our schema at %q lacks a key the decoder reads", path)
		}
	}
}

func TestIsExtensionKey(t *testing.T) {
	assert.True(t, IsExtensionKey("work[0]", "x-notes"))
	assert.True(t, IsExtensionKey("", "X-Source"))
	assert.True(t, IsExtensionKey("meta", "theme"))
	assert.True(t, IsExtensionKey("meta.theme", "colour"))
	assert.False(t, IsExtensionKey("basics", "xnotes"))
	assert.False(t, IsExtensionKey("metadata", "a"))
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "abc", 0}, {"posiiton", "position", 1}, {"skils", "skills", 1},
		{"hightlights", "highlights", 1}, {"kitten", "sitting", 3}} {
		assert.Equal(t, c.d, editDistance(c.a, c.b), "%s/%s", c.a, c.b)
	}
	assert.Equal(t, "", nearest("location", []string{"position"}), "two typos in a key is no near miss below 6 letters")
}

// The schema of our format accepts the example resume and refuses typos.
func TestFormatSchema(t *testing.T) {
	sch := compileSchema(FormatSchemaJSON)
	data, err := os.ReadFile(filepath.Join("..", "examples", "resume.yaml"))
	require.NoError(t, err)
	assert.NoError(t, validateWith(sch, data, "resume.yaml"))

	ok := `{"$schema": "./resumekit.schema.json", "basics": {"name": "A", "x-pronouns": "she/her"},
  "work": [{"name": "B", "roles": [{"position": "P", "startDate": "2020", "endDate": "present", "skills": ["Go"]}]},
           {"name": "C", "position": "Q", "startDate": "2019-01", "endDate": "2020-02"}],
  "meta": {"theme": "even"}}`
	assert.NoError(t, validateWith(sch, []byte(ok), "ok.json"))

	bad := `{"basics": {"name": "A"}, "work": [{"name": "B", "hightlights": ["x"]},
  {"name": "C", "position": "P", "roles": [{"position": "Q"}]}], "skils": []}`
	err = validateWith(sch, []byte(bad), "bad.json")
	var ve *ValidationError
	require.True(t, errors.As(err, &ve), "%v", err)
	var paths []string
	for _, p := range ve.Problems {
		paths = append(paths, p.Path)
	}
	assert.Contains(t, paths, "work[0]")
	assert.Contains(t, paths, "work[1]")
	assert.Contains(t, paths, "")
}

func TestInspectGroupedPaths(t *testing.T) {
	in := `{"basics": {"name": "A"}, "work": [
  {"name": "B", "position": "One", "startDate": "2020"},
  {"name": "B", "position": "", "startDate": "2018", "endDate": "2019"}]}`
	r, problems, err := Inspect([]byte(in), "g.json", LoadOptions{GroupEmployers: true})
	require.NoError(t, err)
	require.Len(t, r.Work, 1)
	require.NotNil(t, problems)
	require.Len(t, problems.Problems, 1)
	assert.Equal(t, "g.json:3:29: work[1].position: the position is empty; every role needs a job title", problems.Problems[0].String())
}

// Real-world JSON Resume files load under Lenient as they did before
// unknown keys were checked: an unknown key is a warning there, never an
// error. (Some files fail for other reasons, such as an object where text
// is wanted or a 31 June; those are counted, not hidden.)
func TestRealWorldLoadsLeniently(t *testing.T) {
	dir := sharedDir(t, filepath.Join("corpus", "realworld", "jsonresume"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no files in %s", dir)
	}
	strict, warned, other := 0, 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		r, err := Decode(data, f, LoadOptions{Lenient: true})
		assert.NotErrorIs(t, err, ErrUnknownKey, f)
		if err != nil {
			other++
		} else if slices.ContainsFunc(r.Warnings(), func(w Warning) bool { return strings.Contains(w.Message, "unknown key") }) {
			warned++
		}
		if _, err := Decode(data, f, LoadOptions{}); errors.Is(err, ErrUnknownKey) {
			strict++
		}
	}
	assert.Positive(t, strict, "real-world files do carry unknown keys")
	t.Logf("%d files: %d with keys strict loading refuses, %d loaded leniently with unknown-key warnings, %d fail for other reasons", len(files), strict, warned, other)
}

// ExtensionKeys lists exactly the keys the decoder reads beyond the JSON
// Resume schema.
func TestExtensionKeysDocumented(t *testing.T) {
	var official map[string]any
	require.NoError(t, json.Unmarshal(SchemaJSON, &official))
	props := func(path string) map[string]any {
		s := official
		if path != "" {
			for _, part := range strings.Split(path, ".") {
				name := strings.TrimSuffix(part, "[]")
				s = s["properties"].(map[string]any)[name].(map[string]any)
				if strings.HasSuffix(part, "[]") {
					s = s["items"].(map[string]any)
				}
			}
		}
		p, _ := s["properties"].(map[string]any)
		return p
	}
	for _, obj := range []string{"", "basics", "work[]", "education[]", "projects[]", "skills[]"} {
		known, _ := objectKeys(obj)
		name := obj
		if name == "" {
			name = "(top level)"
		}
		var want []string
		for _, k := range known {
			if _, ok := props(obj)[k]; !ok {
				want = append(want, k)
			}
		}
		assert.ElementsMatch(t, want, ExtensionKeys[name], "%s", name)
	}
	assert.ElementsMatch(t, keysRole[:len(keysRole)-1], ExtensionKeys["work[].roles[]"], "every key of a role is ours (roles is read only to refuse it)")
}
