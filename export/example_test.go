package export_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

func ExampleLookup() {
	f, err := export.Lookup("markdown") // a name or an alias
	if err != nil {
		panic(err)
	}
	fmt.Println(f.Name, f.Ext, f.MediaType)

	_, err = export.Lookup("odt")
	fmt.Println(errors.Is(err, export.ErrUnknownFormat))
	// Output:
	// md .md text/markdown; charset=utf-8
	// true
}

func ExampleWrite() {
	r := &resume.Resume{Basics: resume.Basics{Name: "Ada Lovelace", Label: "Analyst"}}
	if err := export.Write(os.Stdout, "md", r, style.Options{}); err != nil {
		panic(err)
	}
	// Output:
	// # Ada Lovelace
	//
	// Analyst
}

func ExampleFormats() {
	for _, f := range export.Formats()[:2] {
		fmt.Printf("%-4s %s\n", f.Name, f.Ext)
	}
	// Output:
	// json .json
	// md   .md
}
