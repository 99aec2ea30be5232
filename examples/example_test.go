package examples_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/resume"
)

// seed is the CV text the example models.
const seed = "../../shared/seeds/000_ba2770ea60039808.txt"

func load(t *testing.T) *resume.Resume {
	t.Helper()
	r, err := examples.Resume()
	if err != nil {
		t.Fatalf("examples.Resume: %v", err)
	}
	return r
}

func TestResumeIsValid(t *testing.T) {
	r := load(t)
	if err := r.Validate(); err != nil {
		t.Errorf("Validate:\n%v", err)
	}
	if err := resume.ValidateSchema(examples.YAML, examples.Name); err != nil {
		t.Errorf("ValidateSchema:\n%v", err)
	}
	if w := r.Warnings(); len(w) > 0 {
		t.Errorf("warnings: %v", w)
	}
}

func TestResumeIsFresh(t *testing.T) {
	a, b := load(t), load(t)
	a.Work[0].Name = "changed"
	if b.Work[0].Name != "Shopify" {
		t.Error("Resume returned shared state")
	}
}

// TestResumeModelsTheCV checks the example against the CV text, employer by
// employer and role by role: names, positions, dates as written, counts.
func TestResumeModelsTheCV(t *testing.T) {
	r := load(t)
	if r.Basics.Name != "Example Candidate" || r.Basics.Email != "candidate@example.com" {
		t.Errorf("placeholders: name %q, email %q", r.Basics.Name, r.Basics.Email)
	}
	if r.Basics.Phone != "" || r.Basics.URL != "" || r.Basics.Label != "" || r.Basics.Summary != "" || len(r.Basics.Profiles) != 0 {
		t.Errorf("basics hold data the CV does not give: %+v", r.Basics)
	}
	type role struct {
		position, start, end string
		highlights, skills   int
		paragraphs           int
	}
	type employer struct {
		name, location string
		roles          []role
	}
	want := []employer{
		{"Shopify", "Spain, 100% Remote", []role{
			{"Senior Production Engineer @ Streaming Foundations Team", "2023-06", "2024-08", 5, 0, 3},
			{"Senior Production Engineer @ Streaming Capabilities Team", "2021-06", "2023-05", 7, 0, 1},
		}},
		{"Spotahome", "Madrid, Spain; 100% remote since March 2020", []role{
			{"Data Lead", "2019-11", "2021-06", 0, 0, 5},
			{"Data Analytics & Engineering Manager", "2019-05", "2019-10", 6, 0, 1},
			{"Data Analytics Manager", "2018-05", "2019-04", 8, 0, 1},
			{"Data Analytics Engineer", "2017-09", "2018-04", 9, 12, 1},
		}},
		{"CST International", "", []role{
			{"Software Engineer & Data Analyst", "", "", 5, 16, 1},
		}},
		{"", "", []role{ // the research internship names no employer
			{"Software Engineer (Research Internship)", "", "", 0, 4, 2},
		}},
	}
	if len(r.Work) != len(want) {
		t.Fatalf("%d employers, want %d", len(r.Work), len(want))
	}
	for i, we := range want {
		e := r.Work[i]
		if e.Name != we.name || e.Location != we.location {
			t.Errorf("work[%d] = %q at %q, want %q at %q", i, e.Name, e.Location, we.name, we.location)
		}
		if len(e.Roles) != len(we.roles) {
			t.Errorf("work[%d] (%s): %d roles, want %d", i, e.Name, len(e.Roles), len(we.roles))
			continue
		}
		for j, wr := range we.roles {
			ro := e.Roles[j]
			path := fmt.Sprintf("work[%d].roles[%d]", i, j)
			if ro.Position != wr.position {
				t.Errorf("%s.position = %q, want %q", path, ro.Position, wr.position)
			}
			if got := ro.StartDate.String(); got != wr.start {
				t.Errorf("%s.startDate = %q, want %q", path, got, wr.start)
			}
			if got := ro.EndDate.String(); got != wr.end {
				t.Errorf("%s.endDate = %q, want %q", path, got, wr.end)
			}
			if len(ro.Highlights) != wr.highlights || len(ro.Skills) != wr.skills {
				t.Errorf("%s: %d highlights, %d skills; want %d, %d", path,
					len(ro.Highlights), len(ro.Skills), wr.highlights, wr.skills)
			}
			if got := len(strings.Split(ro.Summary, "\n\n")); got != wr.paragraphs {
				t.Errorf("%s.summary has %d paragraphs, want %d", path, got, wr.paragraphs)
			}
			if ro.Location != "" {
				t.Errorf("%s.location = %q; the CV gives roles no location", path, ro.Location)
			}
		}
	}
	if !strings.HasPrefix(r.Work[2].Description, "CST International is a specialist") {
		t.Errorf("work[2].description = %q", r.Work[2].Description)
	}
	if len(r.Education) != 1 {
		t.Fatalf("%d education entries, want 1", len(r.Education))
	}
	ed := r.Education[0]
	if ed.Area+" ("+ed.StudyType+")" != "Telecommunications Engineering (BSc + MSc)" ||
		ed.Score != "Top 15%" || len(ed.Courses) != 6 || ed.Institution != "" ||
		!ed.StartDate.IsZero() || !ed.EndDate.IsZero() {
		t.Errorf("education[0] = %+v", ed)
	}
}

// TestResumeTextIsFromTheCV checks that every text of the example, each
// paragraph of it, is in the CV word for word, and that every bullet of the
// CV is a highlight, in order.
func TestResumeTextIsFromTheCV(t *testing.T) {
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Skipf("the seed CV in ../shared is not available (a fresh clone): %v", err)
	}
	text := string(src)
	r := load(t)
	check := func(path, s string) {
		for _, p := range strings.Split(s, "\n\n") {
			if p != "" && !strings.Contains(text, p) {
				t.Errorf("%s: not in the CV: %q", path, p)
			}
		}
	}
	var bullets []string
	for _, line := range strings.Split(text, "\n") {
		if b, ok := strings.CutPrefix(strings.TrimPrefix(line, " "), "- "); ok {
			bullets = append(bullets, b)
		}
	}
	var highlights []string
	for i, e := range r.Work {
		check(fmt.Sprintf("work[%d].name", i), e.Name)
		check(fmt.Sprintf("work[%d].location", i), e.Location)
		check(fmt.Sprintf("work[%d].description", i), e.Description)
		for j, ro := range e.Roles {
			p := fmt.Sprintf("work[%d].roles[%d]", i, j)
			check(p+".position", ro.Position)
			check(p+".summary", ro.Summary)
			for k, h := range ro.Highlights {
				check(fmt.Sprintf("%s.highlights[%d]", p, k), h)
			}
			highlights = append(highlights, ro.Highlights...)
			if len(ro.Skills) > 0 {
				check(p+".skills", "Skillset: "+strings.Join(ro.Skills, ", ")+"\n")
			}
		}
	}
	if strings.Join(highlights, "\n") != strings.Join(bullets, "\n") {
		t.Errorf("highlights differ from the CV's bullets:\n got %d: %q\nwant %d: %q",
			len(highlights), highlights, len(bullets), bullets)
	}
	ed := r.Education[0]
	check("education[0]", ed.Area+" ("+ed.StudyType+")\n\n"+ed.Score+". Main Coursework: "+strings.Join(ed.Courses, ", ")+".")
	check("education[0].summary", ed.Summary)
}

func ExampleResume() {
	r, err := examples.Resume()
	if err != nil {
		panic(err)
	}
	for _, e := range r.Work {
		name := e.Name
		if name == "" {
			name = "(no employer named)"
		}
		fmt.Printf("%s: %d role(s)\n", name, len(e.Roles))
	}
	first := r.Work[0].Roles[0]
	fmt.Println(first.Position, first.StartDate, first.EndDate)
	// Output:
	// Shopify: 2 role(s)
	// Spotahome: 4 role(s)
	// CST International: 1 role(s)
	// (no employer named): 1 role(s)
	// Senior Production Engineer @ Streaming Foundations Team 2023-06 2024-08
}
