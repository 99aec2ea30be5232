package resume

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidateReportsEveryProblemWithPositions(t *testing.T) {
	in := `basics:
  name: ""
  email: not-an-email
  url: example.com
work:
  - name: Acme
    roles:
      - position: Dev
        startDate: 2022-05
        endDate: 2021-01
      - position: ""
        startDate: 2020
  - name: Beta
    position: Ops
    startDate: 2019-03-02
    endDate: 2019-03-01
    highlights: [ok, "  "]
  - name: Empty
    roles: []
education:
  - startDate: 2010
awards:
  - title: Prize
    date: present
`
	r, err := Decode([]byte(in), "cv.yaml", LoadOptions{})
	require.NoError(t, err)
	err = r.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalid)
	var ve *ValidationError
	require.True(t, errors.As(err, &ve))
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.String())
	}
	assert.Equal(t, []string{
		`cv.yaml:2:9: basics.name: the name is empty; every resume needs the candidate's name`,
		`cv.yaml:3:10: basics.email: "not-an-email" is not an email address: it has no name before an @`,
		`cv.yaml:4:8: basics.url: "example.com" is not an absolute URL; add the scheme, such as https://example.com`,
		`cv.yaml:9:20: work[0].roles[0].startDate: the start 2022-05 is after the end 2021-01; swap them or fix the typo`,
		`cv.yaml:11:19: work[0].roles[1].position: the position is empty; every role needs a job title`,
		`cv.yaml:15:16: work[1].startDate: the start 2019-03-02 is after the end 2019-03-01; swap them or fix the typo`,
		`cv.yaml:17:22: work[1].highlights[1]: empty item; remove it`,
		`cv.yaml:19:12: work[2].roles: the employer "Empty" has no roles; add a position`,
		`cv.yaml:21:5: education[0]: the education entry is empty; give its institution, area or studyType`,
		`cv.yaml:24:11: awards[0].date: "present" is only valid as an end date`,
	}, got)
	assert.Equal(t, strings.Join(got, "\n"), err.Error())
}

func TestValidateBuiltInCode(t *testing.T) {
	r := &Resume{
		Basics: Basics{Name: "Ada", Email: "ada@example.com"},
		Work: []Employer{{Name: "A", Roles: []Role{
			{Position: "P", StartDate: YearMonth(2021, 13)},
			{Position: "Q", StartDate: YearOnly(2021), EndDate: YearMonth(2021, 1)},
			{Position: "R", StartDate: Present},
		}}},
		Projects: []Project{{Name: "x", StartDate: YMD(2020, 2, 30)}},
	}
	err := r.Validate()
	var ve *ValidationError
	require.True(t, errors.As(err, &ve))
	require.Len(t, ve.Problems, 3)
	assert.Equal(t, Problem{Path: "work[0].roles[0].startDate", Message: `invalid date "2021-13": month 13 is not 1-12`}, ve.Problems[0])
	assert.Equal(t, "work[0].roles[2].startDate", ve.Problems[1].Path)
	assert.Equal(t, "projects[0].startDate", ve.Problems[2].Path)
	assert.Equal(t, Pos{}, ve.Problems[0].Pos, "no position for a resume built in code")

	ok := &Resume{Basics: Basics{Name: "Ada"}}
	assert.NoError(t, ok.Validate())
}

func TestCheckEmail(t *testing.T) {
	for _, good := range []string{"a@b.co", "first.last+tag@sub.example.com", "x_y@example.org"} {
		assert.Empty(t, checkEmail(good), good)
	}
	for _, bad := range []string{"plain", "@example.com", "a@b", "a@b.", "a b@example.com", "a@b..com", "a@@b.com", "<a@b.com>"} {
		assert.NotEmpty(t, checkEmail(bad), bad)
	}
}

func TestClone(t *testing.T) {
	r, err := Decode([]byte(sampleJSON), "ada.json", LoadOptions{Lenient: true})
	require.NoError(t, err)
	c := r.Clone()
	assert.Equal(t, r, c)

	c.Work[0].Roles[0].Skills[0] = "changed"
	c.Work[0].Roles[0].Highlights = append(c.Work[0].Roles[0].Highlights, "new")
	c.Work[0].Extra["x-emp"][1] = 'X'
	c.Basics.Profiles[0].Extra["x-p"] = nil
	c.Extra["x-new"] = []byte("1")
	c.SetPosition("basics.name", Pos{Line: 99})
	c.Education[0].Courses = append(c.Education[0].Courses, "c")

	assert.Equal(t, "Notes", r.Work[0].Roles[0].Skills[0])
	assert.Empty(t, r.Work[0].Roles[0].Highlights)
	assert.JSONEq(t, `"kept"`, string(r.Work[0].Extra["x-emp"]))
	assert.JSONEq(t, `[true]`, string(r.Basics.Profiles[0].Extra["x-p"]))
	assert.NotContains(t, r.Extra, "x-new")
	p, _ := r.Position("basics.name")
	assert.Equal(t, 3, p.Line)
	assert.Empty(t, r.Education[0].Courses)

	assert.Nil(t, (*Resume)(nil).Clone())
	assert.Equal(t, &Resume{}, (&Resume{}).Clone())
}
