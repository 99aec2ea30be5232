package parse

import "testing"

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
