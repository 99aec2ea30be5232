package parse

import (
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
)

// TestLeadDegree splits a degree printed before its field with nothing
// between them, and leaves alone what reads otherwise.
func TestLeadDegree(t *testing.T) {
	for _, c := range []struct{ in, st, area string }{
		{"Bachelor (hons) Engineering", "Bachelor (hons)", "Engineering"},
		{"Master of Science Machine Learning Systems", "Master of Science", "Machine Learning Systems"},
		{"Master of Business Administration Finance", "Master of Business Administration", "Finance"},
		{"Licence 3 MIAGE", "Licence 3", "MIAGE"},
		{"Associate’s degree Computer Science", "Associate's degree", "Computer Science"},
		{"Professional Degree Civil Informatics Engineering", "Professional Degree", "Civil Informatics Engineering"},
		{"Bootcamp Software Development", "Bootcamp", "Software Development"},
		{"Licenciatura Ingeniería de Sistemas", "Licenciatura", "Ingeniería de Sistemas"},
		{"Bachelor of Science", "", ""},
		{"Bachelor of Computer Science", "", ""},
		{"Técnico Superior Universitario", "", ""},
		{"Baccalauréat Scientifique", "", ""},
		{"Master Degree", "", ""},
		{"PHD IN PHYSICS (NUCLEAR ENGINEERING)", "", ""},
		{"Computer Science Bachelor", "", ""},
		{"BA Philosophy, BS Mathematics", "", ""},
	} {
		st, area, ok := leadDegree(c.in)
		if st != c.st || area != c.area || ok != (c.st != "") {
			t.Errorf("leadDegree(%q) = %q, %q, %v; want %q, %q", c.in, st, area, ok, c.st, c.area)
		}
	}
}

// TestDegreeRows reads the field and the degree set on short rows of
// their own under the school, the field as a list item with an icon and
// the degree wrapped under it, in either order.
func TestDegreeRows(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Jane Roe", Bold: true}, {Text: "jane@example.org"},
		{Text: "Education", Heading: 2},
		{Text: "University of Leeds\t2012 – 2015", Bold: true},
		{Text: "• Information Technology", Bold: true}, {Text: "Bachelor"},
		{Text: "Universidad de Sevilla\t2016 – 2018", Bold: true},
		{Text: "• Ingeniero de Sistemas", Bold: true}, {Text: "Profesional"},
		{Text: "Davis College\t2008 – 2012", Bold: true}, {Text: "https://www.davis.example.edu/"}, {Text: "B.A."}, {Text: "Liberal Arts"},
	}}
	var got []string
	for _, e := range Parse(doc, Options{}).Resume.Education {
		got = append(got, e.Institution+" | "+e.StudyType+" | "+e.Area)
	}
	want := []string{"University of Leeds | Bachelor | Information Technology", "Universidad de Sevilla | Profesional | Ingeniero de Sistemas",
		"Davis College | B.A. | Liberal Arts"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("education:\n got %q\nwant %q", got, want)
	}
}
