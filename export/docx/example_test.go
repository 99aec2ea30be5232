package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"

	"github.com/resumekit/resumekit/export/docx"
	"github.com/resumekit/resumekit/resume"
)

func ExampleWrite() {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Ada Lovelace", Email: "ada@example.com"},
		Work: []resume.Employer{{
			Name: "Analytical Engines Ltd",
			Roles: []resume.Role{{
				Position:   "Programmer",
				StartDate:  resume.YearMonth(1842, 9),
				EndDate:    resume.Present,
				Highlights: []string{"Wrote the first **published** program"},
			}},
		}},
	}
	var buf bytes.Buffer // or an *os.File
	if err := docx.Write(&buf, r, docx.Options{}); err != nil {
		log.Fatal(err)
	}

	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// [Content_Types].xml
	// _rels/.rels
	// docProps/core.xml
	// docProps/app.xml
	// word/document.xml
	// word/_rels/document.xml.rels
	// word/styles.xml
	// word/numbering.xml
	// word/settings.xml
}
