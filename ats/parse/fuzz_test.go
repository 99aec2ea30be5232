package parse_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
)

// FuzzParse feeds random text to the parser, both as plain text and as a
// PDF-like document with positions: it must never panic, must return a
// resume, and must record only fields that point at real lines.
func FuzzParse(f *testing.F) {
	f.Add([]byte("John Doe\njohn@x.com\n\nExperience\nEngineer @ Acme | 2019 – Present\n- Did it.\n"))
	f.Add([]byte("Experiencia\n\nAcme (Madrid)\n06.2021 – 08.2024 (3y, 3m)\nJefe\n06.2021 – actualidad\nSkillset: a, b (c, d)\n"))
	f.Add([]byte("EDUCATION\nPhD, CS; Uni (X)\n2010-2014 (expected)\n"))
	f.Add([]byte("Skills\nLanguages: Go, C++,\nRust\n• x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		text := string(data)
		res := parse.Text(text, parse.Options{})
		check(t, res, len(parse.TextDocument(text).Lines))

		// the same lines as a two-column PDF page
		doc := &extract.Document{Format: "pdf"}
		for i, l := range strings.Split(text, "\n") {
			x := 50.0
			if i%3 == 2 {
				x = 450
			}
			doc.Lines = append(doc.Lines, extract.Line{Text: l, Page: 1 + i/40, X: x, Y: float64(10 + (i/2)*12), Width: float64(5 * utf8.RuneCountInString(l)), FontSize: float64(9 + i%4), Bold: i%5 == 0, ListItem: strings.HasPrefix(l, "•")})
		}
		check(t, parse.Parse(doc, parse.Options{}), len(doc.Lines))
		if _, err := parse.JSONResume(res.Resume); err != nil {
			t.Fatal(err)
		}
	})
}

func check(t *testing.T, res *parse.Result, lines int) {
	t.Helper()
	if res == nil || res.Resume == nil {
		t.Fatal("nil result")
	}
	for _, f := range res.Fields {
		for _, l := range f.Lines {
			if l < 0 || l >= lines {
				t.Fatalf("field %s points at line %d of %d", f.Path, l, lines)
			}
		}
	}
	for _, e := range res.Resume.Work {
		for _, r := range e.Roles {
			if err := r.StartDate.Valid(); err != nil {
				t.Fatalf("invalid start date %+v: %v", r.StartDate, err)
			}
			if err := r.EndDate.Valid(); err != nil {
				t.Fatalf("invalid end date %+v: %v", r.EndDate, err)
			}
		}
	}
}
