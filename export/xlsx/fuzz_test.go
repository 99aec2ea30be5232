package xlsx

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// FuzzWrite writes resumes made from random bytes — a resume file when the
// bytes decode as one (the seeds include real files), else a resume whose
// every field, dates included, is carved from the bytes — with a random
// date layout and present word. Write must not fail or panic, and the
// workbook must reopen with excelize and hold no formula.
func FuzzWrite(f *testing.F) {
	formula := regexp.MustCompile(`<(\w+:)?f[ >/]`)
	f.Fuzz(func(t *testing.T, data []byte, layout, present string) {
		r, err := resume.Decode(data, "fuzz", resume.LoadOptions{Lenient: true, MaxSize: 1 << 20})
		if err != nil {
			r = carve(data)
		}
		opts := Options{Options: style.Options{DateFormat: layout, Present: present}}
		var b bytes.Buffer
		if err := Write(&b, r, opts); err != nil {
			t.Fatalf("Write: %v", err)
		}
		book := openBook(t, b.Bytes())
		for _, s := range book.GetSheetList() {
			if _, err := book.GetRows(s); err != nil {
				t.Fatalf("sheet %q: %v", s, err)
			}
		}
		for name, x := range readRaw(t, b.Bytes()).sheets {
			if formula.Match(x) {
				t.Fatalf("sheet %q holds a formula", name)
			}
		}
	})
}

// carver hands out strings, numbers and dates from a byte slice.
type carver struct{ b []byte }

func (c *carver) byte() byte {
	if len(c.b) == 0 {
		return 0
	}
	x := c.b[0]
	c.b = c.b[1:]
	return x
}

func (c *carver) str() string {
	n := int(c.byte()) % 48
	n = min(n, len(c.b))
	s := string(c.b[:n])
	c.b = c.b[n:]
	return s
}

func (c *carver) strs() []string {
	out := make([]string, int(c.byte())%4)
	for i := range out {
		out[i] = c.str()
	}
	return out
}

// date is any Date, including invalid ones and years Excel cannot hold.
func (c *carver) date() resume.Date {
	switch c.byte() % 8 {
	case 0:
		return resume.Date{}
	case 1:
		return resume.Present
	}
	years := []int{1900, 1899, 1, 0, 9999, 10000, -5, 2024}
	y := 1890 + int(c.byte())
	if k := c.byte(); k < 16 {
		y = years[k%8]
	}
	return resume.Date{Year: y, Month: int(c.byte()) % 14, Day: int(c.byte()) % 33,
		Precision: resume.Precision(c.byte() % 5)}
}

func carve(data []byte) *resume.Resume {
	c := &carver{data}
	r := &resume.Resume{Basics: resume.Basics{Name: c.str(), Label: c.str(), Email: c.str(),
		Phone: c.str(), URL: c.str(), Summary: c.str(),
		Location: resume.Location{City: c.str(), CountryCode: c.str()},
		Profiles: []resume.Profile{{Network: c.str(), URL: c.str(), Username: c.str()}}}}
	for range int(c.byte()) % 3 {
		e := resume.Employer{Name: c.str(), Location: c.str(), URL: c.str(), Description: c.str(), Summary: c.str()}
		for range int(c.byte()) % 3 {
			e.Roles = append(e.Roles, resume.Role{Position: c.str(), StartDate: c.date(), EndDate: c.date(),
				Location: c.str(), Summary: c.str(), Highlights: c.strs(), Skills: c.strs()})
		}
		r.Work = append(r.Work, e)
	}
	r.Education = []resume.Education{{Institution: c.str(), StartDate: c.date(), EndDate: c.date(), Courses: c.strs(), URL: c.str()}}
	r.Skills = []resume.Skill{{Name: c.str(), Level: c.str(), Keywords: c.strs()}}
	r.Projects = []resume.Project{{Name: c.str(), StartDate: c.date(), EndDate: c.date(), Highlights: c.strs()}}
	r.Volunteer = []resume.Volunteer{{Organization: c.str(), StartDate: c.date(), EndDate: c.date()}}
	r.Awards = []resume.Award{{Title: c.str(), Date: c.date()}}
	r.Certificates = []resume.Certificate{{Name: c.str(), Date: c.date(), URL: c.str()}}
	r.Publications = []resume.Publication{{Name: c.str(), ReleaseDate: c.date()}}
	r.Languages = []resume.Language{{Language: c.str(), Fluency: c.str()}}
	r.Interests = []resume.Interest{{Name: c.str(), Keywords: c.strs()}}
	r.References = []resume.Reference{{Name: c.str(), Reference: c.str()}}
	return r
}
