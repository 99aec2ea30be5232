package rendercv

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/resumekit/resumekit/resume"
)

const corpus = "../../../shared/corpus"

// label is the part of a corpus label this loader must reproduce.
type label struct {
	Basics struct {
		Name, Email, Phone string
	}
	Work []struct {
		Name, Position, StartDate, EndDate, Location string
	}
	Education []struct {
		Institution, StudyType, Area, StartDate, EndDate string
	}
	Skills []struct {
		Name     string
		Keywords []string
	}
}

func corpusFiles(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, pat := range []string{"rendercv/*.yaml", "rendercv/yaml_only/*.yaml"} {
		files, err := filepath.Glob(filepath.Join(corpus, pat))
		require.NoError(t, err)
		for _, f := range files {
			rel, _ := filepath.Rel(corpus, f)
			out[f] = filepath.Join(corpus, "labels", strings.TrimSuffix(rel, ".yaml")+".json")
		}
	}
	if len(out) == 0 {
		t.Skip("no RenderCV corpus at " + corpus + " (../shared is absent on a fresh clone)")
	}
	return out
}

func TestCorpusMatchesLabels(t *testing.T) {
	for file, labelFile := range corpusFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			require.True(t, IsRenderCV(data))
			doc, err := Decode(data, file)
			require.NoError(t, err)
			var want label
			lb, err := os.ReadFile(labelFile)
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(lb, &want))

			r := doc.Resume
			assert.Equal(t, want.Basics.Name, r.Basics.Name)
			assert.Equal(t, want.Basics.Email, r.Basics.Email)
			if want.Basics.Phone != "" {
				assert.Equal(t, want.Basics.Phone, r.Basics.Phone)
			}
			type role struct{ Company, Position, Start, End, Location string }
			var got []role
			for _, e := range r.Work {
				for _, ro := range e.Roles {
					end := ro.EndDate.String()
					if ro.EndDate.IsPresent() {
						end = "" // labels leave an ongoing end out
					}
					loc := ro.Location
					if loc == "" {
						loc = e.Location
					}
					got = append(got, role{e.Name, ro.Position, ro.StartDate.String(), end, loc})
				}
			}
			var exp []role
			for _, w := range want.Work {
				exp = append(exp, role{w.Name, w.Position, w.StartDate, w.EndDate, w.Location})
			}
			assert.Equal(t, exp, got)
			require.Len(t, r.Education, len(want.Education))
			for i, e := range want.Education {
				g := r.Education[i]
				assert.Equal(t, e.Institution, g.Institution)
				assert.Equal(t, e.StudyType, g.StudyType)
				assert.Equal(t, e.Area, g.Area)
				assert.Equal(t, e.StartDate, g.StartDate.String())
				assert.Equal(t, e.EndDate, g.EndDate.String())
			}
			require.Len(t, r.Skills, len(want.Skills))
			for i, s := range want.Skills {
				assert.Equal(t, s.Name, r.Skills[i].Name)
				assert.Equal(t, s.Keywords, r.Skills[i].Keywords)
			}
		})
	}
}

func TestMultipleRolesAtOneCompanyGroup(t *testing.T) {
	doc, err := Decode([]byte(`cv:
  name: A
  sections:
    experience:
      - company: ETH Zurich
        position: Associate Professor
        start_date: 2022-09
        end_date: present
      - company: ETH Zurich
        position: Assistant Professor
        start_date: 2017-09
        end_date: 2022-08
`), "x.yaml")
	require.NoError(t, err)
	require.Len(t, doc.Resume.Work, 1)
	require.Len(t, doc.Resume.Work[0].Roles, 2)
	assert.True(t, doc.Resume.Work[0].Roles[0].EndDate.IsPresent())
}

func TestSectionsAndLocale(t *testing.T) {
	doc, err := Decode([]byte(`cv:
  name: Ana
  headline: Engineer
  location: Madrid, Spain
  social_networks:
    - network: GitHub
      username: ana
  sections:
    summary:
      - Builds things.
    projects:
      - name: '[Tool](https://example.com/tool)'
        date: '2021'
        summary: A tool
        highlights: [Fast]
    selected_honors:
      - bullet: Prize (2024)
    certifications:
      - bullet: CKA
    languages:
      - label: Spanish
        details: Native
    talks:
      - reversed_number: A talk
    publications:
      - title: Paper
        authors: ['*Ana*', Bob]
        journal: ICML
        doi: 10.1/x
        date: 2022-07
      - title: Undated
        date: Summer 2012
    education:
      - institution: UPM
        area: CS
        degree: MS
        date: Fall 2016 – 2018
locale:
  language: german
  present: heute
design:
  theme: classic
`), "x.yaml")
	require.NoError(t, err)
	r := doc.Resume
	assert.Equal(t, "Engineer", r.Basics.Label)
	assert.Equal(t, resume.Location{City: "Madrid", Region: "Spain"}, r.Basics.Location)
	assert.Equal(t, "https://github.com/ana", r.Basics.Profiles[0].URL)
	assert.Equal(t, "Builds things.", r.Basics.Summary)
	require.Len(t, r.Projects, 2)
	assert.Equal(t, "Tool", r.Projects[0].Name)
	assert.Equal(t, "https://example.com/tool", r.Projects[0].URL)
	assert.Equal(t, resume.YearOnly(2021), r.Projects[0].StartDate)
	assert.Equal(t, "Talks", r.Projects[1].Name)
	assert.Equal(t, []string{"A talk"}, r.Projects[1].Highlights)
	assert.Equal(t, "Prize (2024)", r.Awards[0].Title)
	assert.Equal(t, "CKA", r.Certificates[0].Name)
	assert.Equal(t, resume.Language{Language: "Spanish", Fluency: "Native"}, r.Languages[0])
	assert.Equal(t, "https://doi.org/10.1/x", r.Publications[0].URL)
	assert.Equal(t, resume.YearMonth(2022, 7), r.Publications[0].ReleaseDate)
	assert.True(t, r.Publications[1].ReleaseDate.IsZero())
	assert.True(t, r.Education[0].StartDate.IsZero(), "a free-text date that is no calendar date is not invented")
	assert.Equal(t, Locale{Language: "german", Code: "de", Present: "heute"}, doc.Locale)
	var msgs []string
	for _, w := range doc.Warnings {
		msgs = append(msgs, w.String())
	}
	joined := strings.Join(msgs, "\n")
	assert.Contains(t, joined, `"Talks"`)
	assert.Contains(t, joined, `Summer 2012`)
	assert.Contains(t, joined, `x.yaml:`)
}

func TestBadFilesGivePositionedErrors(t *testing.T) {
	cases := []struct {
		name, yaml, want string
		kind             error
	}{
		{"top key", "cv:\n  name: A\nfoo: 1\n", `x.yaml:3:1: foo: unexpected top-level key "foo"`, ErrSchema},
		{"cv key", "cv:\n  name: A\n  emial: a@b.c\n", `x.yaml:3:3: cv.emial: unexpected key "emial" in cv`, ErrSchema},
		{"bad date", "cv:\n  sections:\n    experience:\n      - company: X\n        position: Y\n        start_date: 2020-13\n", `x.yaml:6:21: cv.sections.experience[0].start_date: invalid date "2020-13"`, ErrSchema},
		{"end before start", "cv:\n  sections:\n    experience:\n      - company: X\n        position: Y\n        start_date: 2021-01\n        end_date: 2020-01\n", `x.yaml:7:19: cv.sections.experience[0].end_date:`, ErrSchema},
		{"section not list", "cv:\n  sections:\n    experience: hello\n", `x.yaml:3:17: cv.sections.experience: a section is a list`, ErrSchema},
		{"unknown entry", "cv:\n  sections:\n    misc:\n      - foo: bar\n", `x.yaml:4:9: cv.sections.misc[0]: cannot tell the entry type`, ErrSchema},
		{"syntax", "cv:\n  name: [unclosed\n", `x.yaml: invalid YAML`, ErrSyntax},
		{"empty", "", `x.yaml: the file is empty`, ErrSyntax},
		{"no cv", "design:\n  theme: classic\n", `cv: missing the cv mapping`, ErrSchema},
		{"list name", "cv:\n  name:\n    a: b\n", `x.yaml:3:5: cv.name: want a single value, not a mapping`, ErrSchema},
		{"alias", "cv:\n  name: &n A\n  headline: *n\n", `aliases`, ErrSyntax},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode([]byte(c.yaml), "x.yaml")
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
			assert.True(t, errors.Is(err, c.kind), "%v should wrap %v", err, c.kind)
		})
	}
}

func TestIsRenderCV(t *testing.T) {
	assert.True(t, IsRenderCV([]byte("# comment\ncv:\n  name: A\n")))
	assert.True(t, IsRenderCV([]byte("---\ndesign: {}\ncv: {}\n")))
	assert.False(t, IsRenderCV([]byte("basics:\n  name: A\n")))
	assert.False(t, IsRenderCV([]byte(`{"basics": {"cv": 1}}`)))
}

func TestSplitList(t *testing.T) {
	assert.Equal(t, []string{"Python", "AWS (S3, Lambda)", "SQL"}, splitList("Python, AWS (S3, Lambda), SQL"))
	assert.Nil(t, splitList(" , "))
}

func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(corpus, "rendercv", "*.yaml"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("cv:\n  sections:\n    x:\n      - a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Decode(data, "fuzz.yaml")
		if err == nil && doc.Resume == nil {
			t.Fatal("nil resume without error")
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpus, "rendercv", "classic.yaml"))
	if err != nil {
		b.Skip(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data, "classic.yaml"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestHostileYAMLIsRefusedFast(t *testing.T) {
	deep := "cv:\n  name: " + strings.Repeat("[", 100000) + "\n"
	_, err := Decode([]byte(deep), "deep.yaml")
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrSyntax)
	assert.Contains(t, err.Error(), "deep.yaml:2:")
	assert.Contains(t, err.Error(), "nested more than")

	var many strings.Builder
	many.WriteString("cv:\n  sections:\n    x:\n")
	for i := range 6000 {
		fmt.Fprintf(&many, "      - label: k%d\n        details: v\n", i)
	}
	_, err = Decode([]byte(many.String()), "many.yaml")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "more than 5000 keys")
}

// Every problem of a RenderCV file is reported in one run, one per key,
// field or entry, in the order of the file.
func TestDecodeReportsEveryProblem(t *testing.T) {
	in := `cv:
  name: Ana
  mood: happy
  sections:
    experience:
      - company: A
        position: Dev
        start_date: 2021-13
      - company: B
        position: Dev
        start_date: 2020-01
      - company: C
        position: Dev
        end_date: 2019-00
    education:
      - foo: bar
`
	_, err := Decode([]byte(in), "cv.yaml")
	var list Errors
	if !errors.As(err, &list) {
		t.Fatalf("want Errors, got %T: %v", err, err)
	}
	var paths []string
	for _, e := range list {
		paths = append(paths, e.Path)
	}
	want := []string{"cv.mood", "cv.sections.experience[0].start_date", "cv.sections.experience[2].end_date", "cv.sections.education[0]"}
	if strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("paths %q, want %q\n%v", paths, want, err)
	}
	if !errors.Is(err, ErrSchema) {
		t.Error("Errors does not unwrap to ErrSchema")
	}
}

// TestFirstBadFieldReported: of two bad values in one entry, the first in
// the file is reported, on every run (the fields were once read in a
// map's order).
func TestFirstBadFieldReported(t *testing.T) {
	in := "cv:\n  sections:\n    experience:\n      - position:\n          - Dev\n        company:\n          x: 1\n"
	for range 20 {
		_, err := Decode([]byte(in), "x.yaml")
		require.Error(t, err)
		require.Contains(t, err.Error(), "cv.sections.experience[0].position: want a single value, not a list")
	}
}
