package compare_test

import (
	"os"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/resume"
)

func ExampleCompare() {
	source := &resume.Resume{
		Basics: resume.Basics{Name: "Ana Núñez", Email: "ana@example.com"},
		Work: []resume.Employer{{Name: "Acme", Roles: []resume.Role{{
			Position: "Staff Engineer", StartDate: resume.YMD(2021, 6, 15), EndDate: resume.Present,
		}}}},
	}
	// What an ATS extracted from the file, and what its parser made of it:
	// the start date was printed as "Jun 2021", so 2021-06 is expected
	// back, but the parser read the end as a date.
	text := []string{"Ana Núñez", "ana@example.com", "Acme", "Staff Engineer  Jun 2021 – Present"}
	parsed := &resume.Resume{
		Basics: resume.Basics{Name: "Ana Núñez", Email: "ana@example.com"},
		Work: []resume.Employer{{Name: "Acme", Roles: []resume.Role{{
			Position: "Staff Engineer", StartDate: resume.YearMonth(2021, 6), EndDate: resume.YearMonth(2021, 6),
		}}}},
	}
	rep := compare.Compare(source, parsed, compare.Options{Format: "pdf", DateFormat: "Jan 2006", Text: text})
	compare.WriteText(os.Stdout, rep)
	// Output:
	// FORMAT  CONTACT  WORK  EDUCATION  SKILLS  SUMMARY  OTHER  SCORE  RESULT
	// pdf     2/2      3/4   0/0        0/0     0/0      0/0    83.3   1 lost
	//
	// pdf: 1 lost
	//   work[0].roles[0].endDate  Altered  parse  want "present", parser got "2021-06"
}
