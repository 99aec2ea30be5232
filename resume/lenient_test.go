package resume

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRepairDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2023-9-28", "2023-09-28"},
		{"2023-03-6", "2023-03-06"},
		{"1987-01-", "1987-01"},
		{"2021-11-31", "2021-11"},
		{"2022-02-30", "2022-02"},
		{"2025-07-01 00:00:00", "2025-07-01"},
		{"Oct-22", "2022-10"},
		{"Feb-99", "1999-02"},
		{"31/01/24", "2024-01-31"},
		{"03-25-2024", ""}, // four-digit year last: ParseDate's business, day first
		{"01-01-24", "2024-01-01"},
		{"01-06-22", "2022"},
		{"Present (part-time)", "present"},
		{"Disponible à partir de septembre 2021", ""},
		{"while (x++ < y) {}", ""},
		{"2021-13-01", ""},
	} {
		d, note := repairDate(c.in)
		if c.want == "" {
			assert.Empty(t, note, c.in)
			continue
		}
		assert.NotEmpty(t, note, c.in)
		assert.Equal(t, c.want, d.String(), c.in)
	}
}

func TestMoreMonthAndPresentWords(t *testing.T) {
	for in, want := range map[string]string{
		"Fevereiro 2023": "2023-02", "Junho 2024": "2024-06", "Novembro 2023": "2023-11",
		"Lug 2025": "2025-07", "Giu 2017": "2017-06", "Ott 2015": "2015-10", "Gen 2024": "2024-01", "Mag 2026": "2026-05",
		"至今": "present", "atual": "present", "active": "present",
	} {
		d, err := ParseDate(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, d.String(), in)
	}
}

// TestLenientRepairs loads, leniently, the shapes real published resumes
// take where JSON Resume wants another: each is read, and each leaves a
// warning that says how.
func TestLenientRepairs(t *testing.T) {
	src := `{
  "basics": {"name": "Jo Invented", "location": "Lyon, France"},
  "work": [
    {"name": "Acme", "position": "Engineer", "roles": ["Backend", "Ops"], "startDate": "2023-9-28",
     "summary": ["First line.", "Second line."],
     "highlights": [{"content": "Shipped it", "highlight": "it"}]},
    {"name": "Beta", "position": "Lead", "startDate": "Oct-22", "endDate": "Present (part-time)"}
  ],
  "awards": ["Cum Laude"],
  "skills": {"frontend": ["React", "Vue"], "backend": "Go"},
  "education": [{"institution": "Uni", "startDate": "2021-11-31", "courses": [{"title": "Algebra", "url": "https://example.com"}]}],
  "interests": ["Chess"]
}`
	r, err := Decode([]byte(src), "cv.json", LoadOptions{Lenient: true})
	require.NoError(t, err)
	assert.Equal(t, "Lyon, France", r.Basics.Location.Address)
	require.Len(t, r.Work, 2)
	assert.Equal(t, "Engineer", r.Work[0].Roles[0].Position)
	assert.Equal(t, "2023-09-28", r.Work[0].Roles[0].StartDate.String())
	assert.Equal(t, "First line.\nSecond line.", r.Work[0].Roles[0].Summary)
	assert.Equal(t, []string{"Shipped it"}, r.Work[0].Roles[0].Highlights)
	assert.Equal(t, "2022-10", r.Work[1].Roles[0].StartDate.String())
	assert.True(t, r.Work[1].Roles[0].EndDate.Present)
	require.Len(t, r.Awards, 1)
	assert.Equal(t, "Cum Laude", r.Awards[0].Title)
	require.Len(t, r.Skills, 2)
	assert.Equal(t, "frontend", r.Skills[0].Name)
	assert.Equal(t, []string{"React", "Vue"}, r.Skills[0].Keywords)
	assert.Equal(t, []string{"Go"}, r.Skills[1].Keywords)
	assert.Equal(t, "2021-11", r.Education[0].StartDate.String())
	assert.Equal(t, []string{"Algebra"}, r.Education[0].Courses)
	assert.Equal(t, "Chess", r.Interests[0].Name)

	var all []string
	for _, w := range r.Warnings() {
		all = append(all, w.String())
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{
		`basics.location: a string read as the "address" of an object`,
		`work[0].roles: wrong type: roles holds a list, not role objects; left out`,
		`work[0].startDate: date "2023-9-28" read as 2023-09-28`,
		`work[0].summary: a list read as lines of one text`,
		`work[0].highlights[0]: an object read as its "content", "Shipped it"; its other keys (highlight) are left out`,
		`work[1].endDate: date "Present (part-time)" read as present; "(part-time)" left out`,
		`awards[0]: a string read as the "title" of an object`,
		`skills: an object of lists read as a list`,
		`education[0].startDate: date "2021-11-31" has a day (31) its month does not have; read as 2021-11`,
		`education[0].courses[0]: an object read as its "title", "Algebra"; its other keys (url) are left out`,
	} {
		assert.Contains(t, text, want)
	}

	// Strict loading refuses every one of them.
	_, err = Decode([]byte(src), "cv.json", LoadOptions{})
	require.Error(t, err)
	var errs LoadErrors
	require.ErrorAs(t, err, &errs)
	assert.GreaterOrEqual(t, len(errs), 8)
}

// TestLenientInspectWarns: with Lenient, Inspect reports Validate's
// problems as warnings, so a published resume with an empty highlight or
// a URL without its scheme is still written; strict, they are problems.
func TestLenientInspectWarns(t *testing.T) {
	src := []byte(`{"basics": {"name": "Jo Invented", "url": "example.com"}, "work": [{"name": "Acme", "position": "Dev", "highlights": [""]}]}`)
	_, problems, err := Inspect(src, "cv.json", LoadOptions{})
	require.NoError(t, err)
	require.NotNil(t, problems)
	strict := len(problems.Problems)
	require.GreaterOrEqual(t, strict, 2)

	r, problems, err := Inspect(src, "cv.json", LoadOptions{Lenient: true})
	require.NoError(t, err)
	assert.Nil(t, problems)
	var paths []string
	for _, w := range r.Warnings() {
		paths = append(paths, w.Path)
	}
	assert.Contains(t, paths, "basics.url")
	assert.Contains(t, paths, "work[0].highlights[0]")
}
