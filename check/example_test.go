package check_test

import (
	"context"
	"fmt"
	"os"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/check"
	"github.com/resumekit/resumekit/resume"
)

func ExampleCheck() {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Ana Núñez", Email: "ana@example.com"},
		Work: []resume.Employer{{Name: "Acme Corp", Roles: []resume.Role{{
			Position: "Software Engineer", StartDate: resume.YMD(2020, 1, 15), EndDate: resume.Present,
		}}}},
		Skills: []resume.Skill{{Name: "Languages", Keywords: []string{"Go", "SQL"}}},
	}
	reports, err := check.Check(context.Background(), r, []string{"md", "docx"}, check.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	compare.WriteText(os.Stdout, reports...)
	// Output:
	// FORMAT  CONTACT  WORK  EDUCATION  SKILLS  SUMMARY  OTHER  SCORE  RESULT
	// md      2/2      4/4   0/0        2/2     0/0      0/0    100.0  lossless
	// docx    2/2      4/4   0/0        2/2     0/0      0/0    100.0  lossless
}
