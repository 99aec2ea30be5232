package parse_test

import (
	"fmt"

	"github.com/resumekit/resumekit/ats/parse"
)

func ExampleText() {
	res := parse.Text(`Ana García
ana.garcia@example.com · +34 612 345 678

Experiencia profesional

Glovo (Barcelona)
03.2019 – actualidad
Senior Backend Engineer
06.2021 – actualidad
Backend Engineer
03.2019 – 05.2021

Educación
Universidad Politécnica de Madrid — MSc in Computer Science | 2016 – 2018
`, parse.Options{})
	r := res.Resume
	fmt.Println(r.Basics.Name, "|", r.Basics.Email, "|", r.Basics.Phone)
	for _, e := range r.Work {
		fmt.Printf("%s (%s)\n", e.Name, e.Location)
		for _, ro := range e.Roles {
			fmt.Printf("  %s: %s – %s\n", ro.Position, ro.StartDate, ro.EndDate)
		}
	}
	for _, ed := range r.Education {
		fmt.Printf("%s: %s in %s, %s\n", ed.Institution, ed.StudyType, ed.Area, ed.EndDate)
	}
	// Output:
	// Ana García | ana.garcia@example.com | +34 612 345 678
	// Glovo (Barcelona)
	//   Senior Backend Engineer: 2021-06 – present
	//   Backend Engineer: 2019-03 – 2021-05
	// Universidad Politécnica de Madrid: MSc in Computer Science, 2018
}
