package pdf_test

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/resumekit/resumekit/export/pdf"
	"github.com/resumekit/resumekit/resume"
)

func ExampleWrite() {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Ada Lovelace", Email: "ada@example.com"},
		Work: []resume.Employer{{
			Name: "Analytical Engines & Co",
			Roles: []resume.Role{{
				Position:   "Programmer",
				StartDate:  resume.YearMonth(1842, 9),
				EndDate:    resume.Present,
				Highlights: []string{"Wrote the first **published** program"},
			}},
		}},
		Skills: []resume.Skill{{Name: "Languages", Keywords: []string{"Ada", "Français"}}},
	}
	var buf bytes.Buffer // or an *os.File
	if err := pdf.Write(&buf, r, pdf.Options{PageNumbers: true}); err != nil {
		log.Fatal(err)
	}

	// Read it back the way an applicant-tracking system does.
	rd, err := lpdf.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	text, err := rd.Page(1).GetPlainText(nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.TrimSpace(text))
	// Output:
	// Ada Lovelace
	// ada@example.com
	// Work Experience
	// Programmer | Analytical Engines & Co Sep 1842 – Present
	// • Wrote the first published program
	// Skills
	// Languages: Ada, Français
	// Page 1 of 1
}

func ExampleMissingGlyphsError() {
	r := &resume.Resume{Basics: resume.Basics{Name: "王小明"}}
	err := pdf.Write(&bytes.Buffer{}, r, pdf.Options{})
	var e *pdf.MissingGlyphsError
	if errors.As(err, &e) {
		fmt.Printf("%q\n", e.Chars())
		fmt.Println(e.Glyphs[0].Fields[0].Path)
	}
	// Output:
	// "小明王"
	// basics.name
}
