package markdown_test

import (
	"os"

	"github.com/resumekit/resumekit/export/markdown"
	"github.com/resumekit/resumekit/resume"
)

func ExampleWrite() {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Ada Lovelace", Email: "ada@example.com"},
		Work: []resume.Employer{{
			Name: "Analytical Engines Ltd",
			Roles: []resume.Role{{
				Position:   "Programmer",
				StartDate:  resume.YearMonth(1842, 10),
				EndDate:    resume.YearMonth(1843, 9),
				Highlights: []string{"Wrote the **first** published program"},
				Skills:     []string{"Mathematics", "Bernoulli numbers"},
			}},
		}},
	}
	if err := markdown.Write(os.Stdout, r, markdown.Options{}); err != nil {
		panic(err)
	}
	// Output:
	// # Ada Lovelace
	//
	// <ada@example.com>
	//
	// ## Work Experience
	//
	// ### Programmer @ Analytical Engines Ltd
	//
	// Oct 1842 – Sep 1843
	//
	// - Wrote the **first** published program
	//
	// Skills: Mathematics, Bernoulli numbers
}
