package resume

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sampleJSON = `{
  "basics": {
    "name": "Ada Lovelace",
    "email": "ada@example.com",
    "location": {"city": "London", "x-loc": 1},
    "profiles": [{"network": "GitHub", "url": "https://github.com/ada", "x-p": [true]}],
    "x-pronouns": "she/her"
  },
  "work": [
    {
      "name": "Analytical Engines",
      "location": "London",
      "roles": [
        {"position": "Lead", "startDate": "1843-07", "endDate": "present", "skills": ["Notes", "Bernoulli"], "x-r": {"a": null}},
        {"position": "Translator", "startDate": "1842", "endDate": "1843-06-30"}
      ],
      "x-emp": "kept"
    },
    {"name": "Babbage & Co", "position": "Assistant", "startDate": "1840-01", "endDate": "1841-12", "highlights": ["*Wrote* notes"], "x-flat": 2}
  ],
  "education": [{"institution": "Home", "startDate": "1830"}],
  "x-top": {"nested": [1, 2.5e3, "s"]}
}`

const sampleYAML = `# the same resume as YAML
basics:
  name: Ada Lovelace
  email: ada@example.com
  location: {city: London, x-loc: 1}
  profiles:
    - network: GitHub
      url: https://github.com/ada
      x-p: [true]
  x-pronouns: she/her
work:
  - name: Analytical Engines
    location: London
    roles:
      - position: Lead
        startDate: 1843-07
        endDate: present
        skills: [Notes, Bernoulli]
        x-r: {a: null}
      - position: Translator
        startDate: 1842
        endDate: "1843-06-30"
    x-emp: kept
  - name: Babbage & Co
    position: Assistant
    startDate: 1840-01
    endDate: 1841-12
    highlights:
      - "*Wrote* notes"
    x-flat: 2
education:
  - institution: Home
    startDate: 1830
x-top:
  nested: [1, 2.5e3, s]
`

func TestDecodeJSONAndYAMLAgree(t *testing.T) {
	rj, err := Decode([]byte(sampleJSON), "ada.json", LoadOptions{})
	require.NoError(t, err)
	ry, err := Decode([]byte(sampleYAML), "ada.yaml", LoadOptions{})
	require.NoError(t, err)

	for _, r := range []*Resume{rj, ry} {
		assert.Equal(t, "Ada Lovelace", r.Basics.Name)
		require.Len(t, r.Work, 2)
		w := r.Work[0]
		assert.Equal(t, "Analytical Engines", w.Name)
		assert.Equal(t, "London", w.Location)
		require.Len(t, w.Roles, 2)
		assert.Equal(t, YearMonth(1843, 7), w.Roles[0].StartDate)
		assert.True(t, w.Roles[0].EndDate.IsPresent())
		assert.Equal(t, []string{"Notes", "Bernoulli"}, w.Roles[0].Skills)
		assert.Equal(t, YearOnly(1842), w.Roles[1].StartDate)
		assert.Equal(t, YMD(1843, 6, 30), w.Roles[1].EndDate)
		flat := r.Work[1]
		assert.Equal(t, "Babbage & Co", flat.Name)
		require.Len(t, flat.Roles, 1, "a flat entry is one employer with one role")
		assert.Equal(t, "Assistant", flat.Roles[0].Position)
		assert.Equal(t, YearMonth(1841, 12), flat.Roles[0].EndDate)
		assert.True(t, r.Education[0].EndDate.IsPresent(), "a start without an end is open (JSON Resume convention)")

		// Unknown keys at every level are kept as raw JSON.
		assert.JSONEq(t, `"she/her"`, string(r.Basics.Extra["x-pronouns"]))
		assert.JSONEq(t, `1`, string(r.Basics.Location.Extra["x-loc"]))
		assert.JSONEq(t, `[true]`, string(r.Basics.Profiles[0].Extra["x-p"]))
		assert.JSONEq(t, `"kept"`, string(w.Extra["x-emp"]))
		assert.JSONEq(t, `{"a":null}`, string(w.Roles[0].Extra["x-r"]))
		assert.JSONEq(t, `2`, string(flat.Roles[0].Extra["x-flat"]))
		assert.JSONEq(t, `{"nested":[1,2.5e3,"s"]}`, string(r.Extra["x-top"]))
	}
	assert.Equal(t, model(rj), model(ry))
}

// model is the public content of a resume, without positions.
func model(r *Resume) string {
	b, _ := json.Marshal(struct {
		B Basics
		W []Employer
		E []Education
		X Extra
	}{r.Basics, r.Work, r.Education, r.Extra})
	return string(b)
}

func TestDecodeRecordsPositions(t *testing.T) {
	r, err := Decode([]byte(sampleJSON), "ada.json", LoadOptions{})
	require.NoError(t, err)
	// Each recorded position is where the value starts: the first byte of
	// a marker that occurs once in the source (the oracle is the text).
	for path, marker := range map[string]string{
		"basics": `{
    "name": "Ada`,
		"basics.name":                `"Ada Lovelace"`,
		"basics.email":               `"ada@example.com"`,
		"basics.location":            `{"city"`,
		"basics.location.city":       `"London", "x-loc"`,
		"basics.location.x-loc":      `1},`,
		"basics.profiles":            `[{"network"`,
		"basics.profiles[0]":         `{"network"`,
		"basics.profiles[0].network": `"GitHub"`,
		"basics.profiles[0].url":     `"https://github.com/ada"`,
		"basics.profiles[0].x-p":     `[true]`,
		"basics.x-pronouns":          `"she/her"`,
		"work":                       "[\n    {\n      \"name\": \"Analytical",
		"work[0]":                    "{\n      \"name\": \"Analytical",
		"work[0].name":               `"Analytical Engines"`,
		"work[0].location": `"London",
      "roles"`,
		"work[0].roles":                  "[\n        {\"position\": \"Lead\"",
		"work[0].roles[0]":               `{"position": "Lead"`,
		"work[0].roles[0].position":      `"Lead"`,
		"work[0].roles[0].startDate":     `"1843-07"`,
		"work[0].roles[0].endDate":       `"present"`,
		"work[0].roles[0].skills":        `["Notes"`,
		"work[0].roles[0].skills[0]":     `"Notes"`,
		"work[0].roles[0].skills[1]":     `"Bernoulli"`,
		"work[0].roles[0].x-r":           `{"a": null}`,
		"work[0].roles[1].position":      `"Translator"`,
		"work[0].roles[1].startDate":     `"1842"`,
		"work[0].roles[1].endDate":       `"1843-06-30"`,
		"work[0].x-emp":                  `"kept"`,
		"work[1].roles[0]":               `{"name": "Babbage`,
		"work[1].name":                   `"Babbage & Co"`,
		"work[1].roles[0].position":      `"Assistant"`,
		"work[1].roles[0].startDate":     `"1840-01"`,
		"work[1].roles[0].endDate":       `"1841-12"`,
		"work[1].roles[0].highlights":    `["*Wrote*`,
		"work[1].roles[0].highlights[0]": `"*Wrote* notes"`,
		"work[1].roles[0].x-flat":        `2}`,
		"education":                      `[{"institution"`,
		"education[0]":                   `{"institution"`,
		"education[0].institution":       `"Home"`,
		"education[0].startDate":         `"1830"`,
		"x-top":                          `{"nested"`,
	} {
		require.Equal(t, 1, strings.Count(sampleJSON, marker), "marker %q for %s", marker, path)
		off := strings.Index(sampleJSON, marker)
		line := strings.Count(sampleJSON[:off], "\n") + 1
		col := off - strings.LastIndex(sampleJSON[:off], "\n")
		p, ok := r.Position(path)
		if assert.True(t, ok, path) {
			assert.Equal(t, Pos{File: "ada.json", Line: line, Column: col}, p, path)
		}
	}
	for _, path := range []string{
		"basics.profiles[0].x-p[0]", "work[0].roles[0].x-r.a", // inside Extra values
		"work[1].roles[0].highlights[1]", "work[5]", "basics.label", "work[0].roles[0].skills[2]",
		"work[1].position", "work[1].startDate", "work[1].x-flat", // role fields of a flat entry sit under roles[0]
	} {
		_, ok := r.Position(path)
		assert.False(t, ok, path)
	}

	ry, err := Decode([]byte(sampleYAML), "ada.yaml", LoadOptions{})
	require.NoError(t, err)
	p, ok := ry.Position("work[0].roles[1].startDate")
	require.True(t, ok)
	assert.Equal(t, "ada.yaml:21:20", p.String())
	p, _ = ry.Position("work[1].roles[0].position")
	assert.Equal(t, "ada.yaml:25:15", p.String())
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, file, in string
		want           []string // substrings of the message, in order
		sentinel       error
	}{
		{"empty", "e.json", "", []string{"e.json: empty input; a resume is a JSON or YAML object"}, ErrEmpty},
		{"blank", "e.yaml", " \n\t\n", []string{"e.yaml: empty input"}, ErrEmpty},
		{"malformed JSON", "m.json", "{\n  \"basics\": {\"name\": \"A\",}\n}", []string{"m.json:2:26: syntax error: JSON: trailing comma"}, ErrSyntax},
		{"unclosed JSON", "m.json", "{\"work\": [", []string{"m.json:1:11: syntax error: JSON: unexpected end of file"}, ErrSyntax},
		{"bad string", "m.json", "{\"a\": \"x\ny\"}", []string{"m.json:1:9: syntax error: JSON: line break inside a string"}, ErrSyntax},
		{"garbage after", "m.json", "{} x", []string{"m.json:1:4: syntax error: JSON: unexpected character 'x' after the top-level value"}, ErrSyntax},
		{"single quotes", "m.json", "{'a': 1}", []string{"m.json:1:2: syntax error: JSON: unexpected character '\\'', want a key in double quotes"}, ErrSyntax},
		{"malformed YAML", "m.yaml", "basics:\n  name: [Ada\n", []string{"m.yaml:", "syntax error: YAML:"}, ErrSyntax},
		{"YAML tab indent", "m.yaml", "basics:\n\tname: Ada\n", []string{"m.yaml:2:1: syntax error: YAML", "; indent with spaces"}, ErrSyntax},
		{"YAML colon in value", "m.yaml", "basics:\n  name: Ada: Lovelace\n", []string{"m.yaml:2:", "put a value that holds \": \" in quotes"}, ErrSyntax},
		{"two YAML docs", "m.yaml", "a: 1\n---\nb: 2\n", []string{"m.yaml:3:1: syntax error: YAML: the file holds more than one YAML document"}, ErrSyntax},
		{"top-level list", "l.json", "[1]", []string{"l.json:1:1: wrong type: the document is a list"}, ErrType},
		{"top-level scalar", "s.yaml", "just text", []string{"s.yaml:1:1: wrong type: the document is a string"}, ErrType},
		{"month 13", "d.json", `{"work": [{"name": "A", "position": "P", "startDate": "2024-13"}]}`,
			[]string{`d.json:1:55: work[0].startDate: invalid date "2024-13": month 13 is not 1-12; write YYYY, YYYY-MM or YYYY-MM-DD`}, ErrDate},
		{"month 19", "d.json", `{"education": [{"endDate": "2020-19-01"}]}`,
			[]string{`d.json:1:28: education[0].endDate: invalid date "2020-19-01": month 19 is not 1-12`}, ErrDate},
		{"human date strict", "d.yaml", "work:\n  - roles:\n      - position: P\n        startDate: June 2021\n",
			[]string{`d.yaml:4:20: work[0].roles[0].startDate: invalid date "June 2021"`, `write "2021-06" (or load leniently)`}, ErrDate},
		{"empty date strict", "d.json", `{"work": [{"endDate": ""}]}`, []string{`d.json:1:23: work[0].endDate: invalid date: empty date; remove the key`}, ErrDate},
		{"wrong type", "t.json", `{"basics": {"name": 42}}`, []string{`t.json:1:21: basics.name: wrong type: want a string, got a number 42; put it in quotes: "42"`}, ErrType},
		{"object for string", "t.yaml", "basics:\n  name:\n    first: Ada\n", []string{`t.yaml:3:5: basics.name: wrong type: want a string, got an object`}, ErrType},
		{"string for list", "t.json", `{"work": [{"highlights": "one"}]}`, []string{`t.json:1:26: work[0].highlights: wrong type: want a list of strings, got a string "one"`}, ErrType},
		{"string for section", "t.json", `{"work": "Acme"}`, []string{`t.json:1:10: work: wrong type: want a list, got a string "Acme"`}, ErrType},
		{"role key beside roles", "t.json", `{"work": [{"name": "A", "position": "P", "roles": []}]}`, []string{`t.json:1:37: work[0].position: wrong type: "position" belongs to a role`}, ErrType},
		{"nested roles", "t.yaml", "work:\n  - name: A\n    roles:\n      - position: P\n        roles: [x]\n", []string{`t.yaml:5:16: work[0].roles[0].roles: wrong type: a role cannot hold roles`}, ErrType},
		{"old company key", "k.json", `{"work": [{"company": "Acme"}]}`, []string{`k.json:1:12: work[0].company: outdated key: JSON Resume 1.0 calls "company" "name"; rename the key to "name"`}, ErrKey},
		{"deep JSON", "deep.json", strings.Repeat("[", 10000), []string{"deep.json:1:257: syntax error: JSON: nested more than 256 levels deep"}, ErrSyntax},
		{"deep JSON object", "deep.json", `{"a":` + strings.Repeat(`{"a":`, 10000), []string{"syntax error: JSON: nested more than 256 levels deep"}, ErrSyntax},
		{"deep YAML flow", "deep.yaml", "a: " + strings.Repeat("[", 10000), []string{"deep.yaml:1:260: syntax error: YAML: nested more than 256 levels deep"}, ErrSyntax},
		{"deep YAML after an apostrophe", "deep.yaml", "a: it's\nb: " + strings.Repeat("[", 100000), []string{"deep.yaml:2:260: syntax error: YAML: nested more than 256 levels deep"}, ErrSyntax},
		{"deep YAML after an open quote", "deep.yaml", "a: 'x\nb: " + strings.Repeat("[", 100000), []string{"deep.yaml:2:4100: syntax error: YAML: nested more than 256 levels deep"}, ErrSyntax},
		{"many YAML keys", "keys.yaml", "basics:\n" + strings.Repeat("  k: v\n", 6000), []string{"keys.yaml:5001:4: input too large: YAML: more than 5000 keys"}, ErrTooLarge},
		{"deep YAML block", "deep.yaml", deepBlockYAML(600), []string{"deep.yaml:", "syntax error: YAML: nested more than 256 levels deep"}, ErrSyntax},
		{"unknown alias", "a.yaml", "basics:\n  name: *nope\n", []string{"a.yaml:2:"}, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Decode([]byte(tt.in), tt.file, LoadOptions{})
			require.Error(t, err)
			assert.Nil(t, r)
			assert.ErrorIs(t, err, tt.sentinel)
			var le *LoadError
			require.True(t, errors.As(err, &le), "%T", err)
			assert.Equal(t, tt.file, le.File)
			msg := err.Error()
			for _, w := range tt.want {
				i := strings.Index(msg, w)
				if !assert.GreaterOrEqual(t, i, 0, "%q in %q", w, msg) {
					return
				}
				msg = msg[i+len(w):]
			}
		})
	}
}

func deepBlockYAML(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("a:\n")
	}
	return b.String()
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	in := `{"basics": {"name": 1, "email": 2},
"work": [{"startDate": "2024-13", "endDate": "2020-19-01", "highlights": [1]}]}`
	_, err := Decode([]byte(in), "many.json", LoadOptions{})
	var list LoadErrors
	require.True(t, errors.As(err, &list), "%T", err)
	require.Len(t, list, 5)
	assert.Equal(t, "basics.name", list[0].Path)
	assert.Equal(t, "work[0].highlights[0]", list[4].Path)
	assert.Equal(t, 2, list[4].Pos.Line)
	assert.ErrorIs(t, err, ErrDate)
	assert.ErrorIs(t, err, ErrType)
	assert.Equal(t, 5, strings.Count(err.Error(), "\n")+1)
}

func TestSizeLimit(t *testing.T) {
	_, err := Decode([]byte(`{"basics": {"name": "A"}}`), "small.json", LoadOptions{MaxSize: 10})
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), "small.json: input too large: 25 bytes is larger than the 10 bytes limit")

	_, err = Decode([]byte(`{"basics": {"name": "A"}}`), "small.json", LoadOptions{MaxSize: -1})
	assert.NoError(t, err, "a negative MaxSize means no limit")

	// A 100 MB file is refused from its size, without reading it.
	dir := t.TempDir()
	big := filepath.Join(dir, "big.json")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(100<<20))
	require.NoError(t, f.Close())
	_, err = Load(big, LoadOptions{})
	require.ErrorIs(t, err, ErrTooLarge)
	var le *LoadError
	require.True(t, errors.As(err, &le))
	assert.Equal(t, big, le.File)
	assert.Contains(t, err.Error(), big+": input too large: 100 MB is larger than the 10 MB limit")

	// A stream that is not a regular file is cut at the limit.
	_, err = Load("/dev/zero", LoadOptions{MaxSize: 1 << 10})
	assert.ErrorIs(t, err, ErrTooLarge)

	_, err = Load(filepath.Join(dir, "missing.yaml"), LoadOptions{})
	assert.ErrorIs(t, err, os.ErrNotExist)
	assert.Contains(t, err.Error(), "missing.yaml")
}

func TestLoadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ada.yaml")
	require.NoError(t, os.WriteFile(path, []byte("\xef\xbb\xbf"+sampleYAML), 0o644))
	r, err := Load(path, LoadOptions{})
	require.NoError(t, err)
	assert.Equal(t, "Ada Lovelace", r.Basics.Name)
	p, _ := r.Position("basics.name")
	assert.Equal(t, path+":3:9", p.String())
}

func TestLenient(t *testing.T) {
	in := `{
  "basics": {"name": "Jo", "website": "https://jo.example", "phone": 5551234},
  "work": [
    {"company": "Acme", "position": "Dev", "startDate": "August 2021", "endDate": "heute"},
    {"name": "Beta", "position": "Ops", "startDate": "06.2019", "endDate": "aktuell"},
    {"name": "Gamma", "position": "QA", "startDate": "2018-01", "endDate": "", "highlights": "only one"},
    {"name": "Delta", "position": "Intern", "startDate": "Sept. 2016", "endDate": "Present"}
  ]
}`
	_, err := Decode([]byte(in), "wild.json", LoadOptions{})
	var list LoadErrors
	require.True(t, errors.As(err, &list))
	assert.GreaterOrEqual(t, len(list), 8, "strict mode rejects each stray")

	r, err := Decode([]byte(in), "wild.json", LoadOptions{Lenient: true})
	require.NoError(t, err)
	assert.Equal(t, "https://jo.example", r.Basics.URL)
	assert.Equal(t, "5551234", r.Basics.Phone)
	assert.Equal(t, "Acme", r.Work[0].Name)
	assert.Equal(t, YearMonth(2021, 8), r.Work[0].Roles[0].StartDate)
	assert.True(t, r.Work[0].Roles[0].EndDate.IsPresent())
	assert.Equal(t, YearMonth(2019, 6), r.Work[1].Roles[0].StartDate)
	assert.True(t, r.Work[1].Roles[0].EndDate.IsPresent())
	assert.True(t, r.Work[2].Roles[0].EndDate.IsPresent(), "an empty endDate after a start is an open end")
	assert.Equal(t, []string{"only one"}, r.Work[2].Roles[0].Highlights)
	assert.Equal(t, YearMonth(2016, 9), r.Work[3].Roles[0].StartDate)
	assert.True(t, r.Work[3].Roles[0].EndDate.IsPresent())

	var got []string
	for _, w := range r.Warnings() {
		got = append(got, w.String())
	}
	assert.Equal(t, []string{
		`wild.json:2:28: basics.website: old key "website" read as "url"; rename it`,
		`wild.json:2:70: basics.phone: a number 5551234 read as text; put it in quotes`,
		`wild.json:4:6: work[0].company: old key "company" read as "name"; rename it`,
		`wild.json:4:57: work[0].startDate: date "August 2021" is not ISO 8601; read as 2021-08 — write "2021-08"`,
		`wild.json:4:83: work[0].endDate: date "heute" is not ISO 8601; read as present — write "present"`,
		`wild.json:5:54: work[1].startDate: date "06.2019" is not ISO 8601; read as 2019-06 — write "2019-06"`,
		`wild.json:5:76: work[1].endDate: date "aktuell" is not ISO 8601; read as present — write "present"`,
		`wild.json:6:76: work[2].endDate: empty date read as if the key were absent; remove the key`,
		`wild.json:6:94: work[2].highlights: a single string read as a one-item list; write it as a list`,
		`wild.json:7:58: work[3].startDate: date "Sept. 2016" is not ISO 8601; read as 2016-09 — write "2016-09"`,
	}, got)
	require.NoError(t, r.Validate())

	// What lenient mode cannot read it leaves out, and says so.
	r, err = Decode([]byte(`{"work": [{"startDate": "someday"}]}`), "x.json", LoadOptions{Lenient: true})
	require.NoError(t, err)
	assert.True(t, r.Work[0].Roles[0].StartDate.IsZero())
	require.Len(t, r.Warnings(), 1)
	assert.Contains(t, r.Warnings()[0].String(), `x.json:1:25: work[0].startDate: invalid date "someday"`)
	assert.Contains(t, r.Warnings()[0].String(), "left out")
	// Strict, it is an error.
	_, err = Decode([]byte(`{"work": [{"startDate": "someday"}]}`), "x.json", LoadOptions{})
	assert.ErrorIs(t, err, ErrDate)
}

func TestGroupEmployers(t *testing.T) {
	in := `work:
  - {name: Shopify, url: https://shopify.com, location: Remote, position: Senior, startDate: 2023-06, endDate: 2024-08}
  - {name: Shopify, location: Remote, position: Engineer, startDate: 2021-06, endDate: 2023-05}
  - {name: Spotahome, location: Madrid, position: Lead, startDate: 2019-11}
  - {name: Spotahome, location: Remote, position: Manager, startDate: 2019-05}
  - {name: Spotahome, location: Berlin, position: Analyst, startDate: 2018-05, description: Rentals}
  - {name: Acme, url: https://a.example, position: A}
  - {name: Acme, url: https://b.example, position: B}
  - {name: Shopify, position: Again}
`
	flat, err := Decode([]byte(in), "g.yaml", LoadOptions{})
	require.NoError(t, err)
	assert.Len(t, flat.Work, 8, "without the option every entry is its own employer")

	r, err := Decode([]byte(in), "g.yaml", LoadOptions{GroupEmployers: true})
	require.NoError(t, err)
	var names []string
	for _, e := range r.Work {
		names = append(names, e.Name)
	}
	assert.Equal(t, []string{"Shopify", "Spotahome", "Acme", "Acme", "Shopify"}, names,
		"consecutive entries merge; different urls do not; a later return does not")

	s := r.Work[0]
	assert.Equal(t, "https://shopify.com", s.URL)
	assert.Equal(t, "Remote", s.Location, "a shared location stays on the employer")
	require.Len(t, s.Roles, 2)
	assert.Equal(t, "", s.Roles[1].Location)

	sp := r.Work[1]
	assert.Equal(t, "", sp.Location, "differing locations move onto the roles")
	assert.Equal(t, "Rentals", sp.Description)
	require.Len(t, sp.Roles, 3)
	assert.Equal(t, []string{"Madrid", "Remote", "Berlin"}, []string{sp.Roles[0].Location, sp.Roles[1].Location, sp.Roles[2].Location})

	// Positions follow the merge.
	p, ok := r.Position("work[1].roles[2].position")
	require.True(t, ok)
	assert.Equal(t, "g.yaml:6:51", p.String())
	p, ok = r.Position("work[1].roles[1].location")
	require.True(t, ok)
	assert.Equal(t, 5, p.Line)
	p, ok = r.Position("work[1].description")
	require.True(t, ok, "an employer field only a merged entry has")
	assert.Equal(t, 6, p.Line)
	p, ok = r.Position("work[1].name")
	require.True(t, ok)
	assert.Equal(t, 4, p.Line, "the first entry of a group names the employer")
	p, ok = r.Position("work[0].roles[0].location")
	assert.False(t, ok, "a shared location stays on the employer")
	p, ok = r.Position("work[0].location")
	require.True(t, ok)
	assert.Equal(t, 2, p.Line)
	p, ok = r.Position("work[1].roles[0].location")
	require.True(t, ok)
	assert.Equal(t, 4, p.Line)
	p, ok = r.Position("work[4].roles[0].position")
	require.True(t, ok)
	assert.Equal(t, 9, p.Line)
	_, ok = r.Position("work[5]")
	assert.False(t, ok)
}

func TestYAMLFeatures(t *testing.T) {
	in := `# brackets in comments [[[[ and quotes do not count as nesting
x-quote: "[[[[ it's {{{{"
x-single: 'it''s [[[['
x-base: &loc
  city: Madrid
basics:
  name: 'Quoted: name'
  phone: +34 600 000 000
  summary: |
    Two lines,
    kept.
  location:
    <<: *loc
    region: Madrid
  url: !!str https://x.example
skills:
  - name: Go
    keywords: [a, b]
  - name: Numbers
    keywords: [1, 2.50, true, null]
`
	r, err := Decode([]byte(in), "f.yaml", LoadOptions{})
	require.NoError(t, err)
	assert.Equal(t, "Quoted: name", r.Basics.Name)
	assert.Equal(t, "+34 600 000 000", r.Basics.Phone)
	assert.Equal(t, "Two lines,\nkept.\n", r.Basics.Summary)
	assert.Equal(t, "Madrid", r.Basics.Location.City)
	assert.Equal(t, "Madrid", r.Basics.Location.Region)
	assert.Equal(t, "https://x.example", r.Basics.URL)
	assert.Equal(t, []string{"1", "2.50", "true", ""}, r.Skills[1].Keywords, "unquoted YAML scalars read as their text")
	assert.JSONEq(t, `{"city":"Madrid"}`, string(r.Extra["x-base"]))
	assert.JSONEq(t, `"it's [[[["`, string(r.Extra["x-single"]))
}

func TestYAMLAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 12; i++ {
		b.WriteString("a" + itoa(i) + ": &a" + itoa(i) + " [")
		for j := range 10 {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + itoa(i-1))
		}
		b.WriteString("]\n")
	}
	_, err := Decode([]byte(b.String()), "bomb.yaml", LoadOptions{})
	require.ErrorIs(t, err, ErrSyntax)
	assert.Contains(t, err.Error(), "aliases expand to more than")
}

func TestTimestampDates(t *testing.T) {
	in := []byte(`{"work": [{"name": "A", "position": "P", "startDate": "2021-06-15T00:00:00.000Z"}]}`)
	_, err := Decode(in, "ts.json", LoadOptions{})
	require.ErrorIs(t, err, ErrDate)
	assert.Contains(t, err.Error(), `write "2021-06-15" (or load leniently)`)
	r, err := Decode(in, "ts.json", LoadOptions{Lenient: true})
	require.NoError(t, err)
	assert.Equal(t, YMD(2021, 6, 15), r.Work[0].Roles[0].StartDate)
	require.Len(t, r.Warnings(), 1)
	assert.Equal(t, "work[0].startDate", r.Warnings()[0].Path)
}
