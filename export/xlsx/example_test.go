package xlsx_test

import (
	"bytes"
	"fmt"
	"log"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/export/xlsx"
	"github.com/resumekit/resumekit/resume"
)

// Write a resume as a workbook, then read it back as a spreadsheet user
// (or an applicant-tracking system) sees it.
func Example() {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Ada Lovelace", Email: "ada@example.com"},
		Work: []resume.Employer{{Name: "Analytical Engines Ltd", Roles: []resume.Role{{
			Position:   "Lead Engineer",
			StartDate:  resume.YearMonth(2021, 6),
			EndDate:    resume.Present,
			Highlights: []string{"Shipped **Note G**", "=SUM(1) stays text"},
		}}}},
		Skills: []resume.Skill{{Name: "Languages", Keywords: []string{"Go", "Python"}}},
	}
	var buf bytes.Buffer
	opts := xlsx.Options{Options: style.Options{Created: time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC)}}
	if err := xlsx.Write(&buf, r, opts); err != nil {
		log.Fatal(err)
	}

	f, err := excelize.OpenReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	fmt.Println(f.GetSheetList())
	rows, _ := f.GetRows("Experience")
	for _, row := range rows {
		fmt.Printf("%q\n", row[:5])
	}
	start, _ := f.GetCellValue("Experience", "C2", excelize.Options{RawCellValue: true})
	fmt.Println("start date serial:", start)
	// Output:
	// [Profile Experience Skills]
	// ["Company" "Position" "Start" "End" "Duration"]
	// ["Analytical Engines Ltd" "Lead Engineer" "Jun 2021" "Present" "3y 4m"]
	// start date serial: 44348
}
