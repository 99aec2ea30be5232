package check

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/interop"
	"github.com/resumekit/resumekit/resume"
)

// mutation changes one field of a resume; path is the field it changes.
type mutation struct {
	path  string
	apply func(r *resume.Resume)
}

// mutations lists one change for every field the check covers in r: a
// text field gets a made-up word, a date moves by a year.
func mutations(r *resume.Resume) []mutation {
	var ms []mutation
	text := func(path string, get func(r *resume.Resume) *string) {
		if strings.TrimSpace(*get(r)) == "" {
			return
		}
		ms = append(ms, mutation{path, func(r *resume.Resume) { *get(r) += " Zyxwv" }})
	}
	date := func(path string, get func(r *resume.Resume) *resume.Date) {
		d := *get(r)
		if d.IsZero() {
			return
		}
		ms = append(ms, mutation{path, func(r *resume.Resume) {
			p := get(r)
			if p.Present {
				*p = resume.YearMonth(2001, 1)
				return
			}
			p.Year -= 7
		}})
	}
	text("basics.name", func(r *resume.Resume) *string { return &r.Basics.Name })
	text("basics.email", func(r *resume.Resume) *string { return &r.Basics.Email })
	text("basics.phone", func(r *resume.Resume) *string { return &r.Basics.Phone })
	text("basics.url", func(r *resume.Resume) *string { return &r.Basics.URL })
	text("basics.summary", func(r *resume.Resume) *string { return &r.Basics.Summary })
	for i := range r.Work {
		text(fmt.Sprintf("work[%d].name", i), func(r *resume.Resume) *string { return &r.Work[i].Name })
		text(fmt.Sprintf("work[%d].location", i), func(r *resume.Resume) *string { return &r.Work[i].Location })
		for j := range r.Work[i].Roles {
			base := fmt.Sprintf("work[%d].roles[%d]", i, j)
			ro := func(r *resume.Resume) *resume.Role { return &r.Work[i].Roles[j] }
			text(base+".position", func(r *resume.Resume) *string { return &ro(r).Position })
			text(base+".location", func(r *resume.Resume) *string { return &ro(r).Location })
			text(base+".summary", func(r *resume.Resume) *string { return &ro(r).Summary })
			date(base+".startDate", func(r *resume.Resume) *resume.Date { return &ro(r).StartDate })
			date(base+".endDate", func(r *resume.Resume) *resume.Date { return &ro(r).EndDate })
			for k := range r.Work[i].Roles[j].Highlights {
				text(fmt.Sprintf("%s.highlights[%d]", base, k), func(r *resume.Resume) *string { return &ro(r).Highlights[k] })
			}
			for k := range r.Work[i].Roles[j].Skills {
				text(fmt.Sprintf("%s.skills[%d]", base, k), func(r *resume.Resume) *string { return &ro(r).Skills[k] })
			}
		}
	}
	for i := range r.Education {
		base := fmt.Sprintf("education[%d]", i)
		ed := func(r *resume.Resume) *resume.Education { return &r.Education[i] }
		text(base+".institution", func(r *resume.Resume) *string { return &ed(r).Institution })
		text(base+".area", func(r *resume.Resume) *string { return &ed(r).Area })
		text(base+".studyType", func(r *resume.Resume) *string { return &ed(r).StudyType })
		date(base+".startDate", func(r *resume.Resume) *resume.Date { return &ed(r).StartDate })
		date(base+".endDate", func(r *resume.Resume) *resume.Date { return &ed(r).EndDate })
	}
	for i := range r.Projects {
		text(fmt.Sprintf("projects[%d].name", i), func(r *resume.Resume) *string { return &r.Projects[i].Name })
		date(fmt.Sprintf("projects[%d].startDate", i), func(r *resume.Resume) *resume.Date { return &r.Projects[i].StartDate })
	}
	for i := range r.Volunteer {
		text(fmt.Sprintf("volunteer[%d].organization", i), func(r *resume.Resume) *string { return &r.Volunteer[i].Organization })
		text(fmt.Sprintf("volunteer[%d].position", i), func(r *resume.Resume) *string { return &r.Volunteer[i].Position })
	}
	for i := range r.Awards {
		text(fmt.Sprintf("awards[%d].title", i), func(r *resume.Resume) *string { return &r.Awards[i].Title })
		date(fmt.Sprintf("awards[%d].date", i), func(r *resume.Resume) *resume.Date { return &r.Awards[i].Date })
	}
	for i := range r.Certificates {
		text(fmt.Sprintf("certificates[%d].name", i), func(r *resume.Resume) *string { return &r.Certificates[i].Name })
	}
	for i := range r.Publications {
		text(fmt.Sprintf("publications[%d].name", i), func(r *resume.Resume) *string { return &r.Publications[i].Name })
	}
	for i := range r.Languages {
		text(fmt.Sprintf("languages[%d].language", i), func(r *resume.Resume) *string { return &r.Languages[i].Language })
		text(fmt.Sprintf("languages[%d].fluency", i), func(r *resume.Resume) *string { return &r.Languages[i].Fluency })
	}
	for i := range r.Interests {
		text(fmt.Sprintf("interests[%d].name", i), func(r *resume.Resume) *string { return &r.Interests[i].Name })
	}
	for i := range r.References {
		text(fmt.Sprintf("references[%d].name", i), func(r *resume.Resume) *string { return &r.References[i].Name })
	}
	for i := range r.Skills {
		for j := range r.Skills[i].Keywords {
			text(fmt.Sprintf("skills[%d].keywords[%d]", i, j), func(r *resume.Resume) *string { return &r.Skills[i].Keywords[j] })
		}
	}
	return ms
}

// TestEveryFieldCanFail proves the check is not blind to any field: the
// file is written from the true resume, then compared with a source that
// differs in one field; every such difference must be reported at that
// field's path, in every format.
func TestEveryFieldCanFail(t *testing.T) {
	for _, name := range []string{"example", "generated", "sample"} {
		r := exampleResume(t)
		switch name {
		case "generated":
			r = genResume(7)
			r.Basics.URL = "https://example.dev/ana"
			r.Work[0].Roles[0].Location = "Porto, Portugal"
		case "sample":
			// JSON Resume's sample: every section, for the "other" group.
			path := filepath.Join("..", "..", "shared", "jsonresume", "sample.resume.json")
			if _, err := os.Stat(path); err != nil {
				interop.SkipShared(t, fmt.Sprintf("no JSON Resume sample (%v): the example and a generated resume only", err))
				continue
			}
			var err error
			if r, _, _, err = Load(path, Options{}); err != nil {
				t.Fatal(err)
			}
		}
		ms := mutations(r)
		if len(ms) < 20 {
			t.Fatalf("%s: only %d mutations", name, len(ms))
		}
		for _, f := range export.Formats() {
			var b bytes.Buffer
			if err := f.Write(&b, r, style.Options{}); err != nil {
				t.Fatal(err)
			}
			doc, err := extract.Bytes(context.Background(), b.Bytes(), "resume"+f.Ext, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			parsed := parse.Parse(doc, parse.Options{}).Resume
			co := compareOptions(f.Name, style.Options{}, false)
			co.ISODates, co.AnyOrder = isJSON(f), isJSON(f)
			co.Text = visibleText(doc)
			missed := 0
			for _, m := range ms {
				src := r.Clone()
				m.apply(src)
				rep := compare.Compare(src, parsed, co)
				found := false
				for _, l := range rep.Lost() {
					if l.Path == m.path || strings.HasPrefix(m.path, l.Path+".") || strings.HasPrefix(m.path, l.Path+"[") {
						found = true
						break
					}
				}
				if !found {
					missed++
					t.Errorf("%s/%s: a change to %s went unnoticed (losses: %v)", name, f.Name, m.path, rep.Lost())
				}
			}
			t.Logf("%s/%s: %d of %d one-field changes caught", name, f.Name, len(ms)-missed, len(ms))
		}
	}
}
