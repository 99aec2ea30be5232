package compare

import (
	"testing"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/resume"
)

// printedLines renders r the way a simple writer prints it, one field a
// line, dates in the default layout.
func printedLines(r *resume.Resume) []string {
	o := Options{}
	date := func(d resume.Date) string {
		_, f := o.expect(d)
		if len(f) == 0 {
			return ""
		}
		return f[0]
	}
	out := []string{r.Basics.Name, r.Basics.Email, r.Basics.Phone, r.Basics.URL, resume.Plain(r.Basics.Summary)}
	for _, e := range r.Work {
		out = append(out, e.Name, e.Location)
		for _, ro := range e.Roles {
			out = append(out, ro.Position+"  "+date(ro.StartDate)+" – "+date(ro.EndDate), ro.Location, resume.Plain(ro.Summary))
			for _, h := range ro.Highlights {
				out = append(out, "• "+resume.Plain(h))
			}
			for _, s := range ro.Skills {
				out = append(out, s)
			}
		}
	}
	for _, ed := range r.Education {
		out = append(out, ed.Institution, ed.StudyType+" "+ed.Area, date(ed.StartDate)+" – "+date(ed.EndDate))
	}
	for _, s := range r.Skills {
		out = append(out, s.Name)
		out = append(out, s.Keywords...)
	}
	return out
}

// BenchmarkCompare compares the example CV with a perfect parse and its
// printed text: both levels, about 110 fields.
func BenchmarkCompare(b *testing.B) {
	r, err := examples.Resume()
	if err != nil {
		b.Fatal(err)
	}
	parsed := r.Clone()
	lines := printedLines(r)
	if rep := Compare(r, parsed, Options{Text: lines}); !rep.Lossless() {
		b.Fatalf("the benchmark input is not lossless: %v", rep.Lost())
	}
	b.ReportAllocs()
	for b.Loop() {
		Compare(r, parsed, Options{Text: lines})
	}
}
