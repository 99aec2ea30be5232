package parse_test

import (
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
)

// TestSectionPattern reads titles by the section's own separator: commas,
// hyphens and brackets inside names stay, the place row under a title is
// its location, a title wrapped before its dates is one title, and study
// types are read by their brackets.
func TestSectionPattern(t *testing.T) {
	r := parse.Text(`Jane Roe
jane@example.org

Experience

Customer Support @ Learnhub - Cursos Online
Mar 2018 – Dec 2019
Quito
- Answered tickets.

Founder, Principal Consultant @ X, the moonshot factory (Chorus)
Jan 2020 – Present
Family business making ceramic tiles

Education

Mathematics (Private tuition) — Home Schooling
2010 – 2014
Engineering (Bachelor (hons)) — Nara Logics, Inc
2014 – 2018
(Licence en marketing) — Université de Lille
2018 – 2019
Bachelor of Arts — Leeds Trinity University
2019 – 2020
`, parse.Options{}).Resume
	want := []struct{ pos, comp, loc string }{
		{"Customer Support", "Learnhub - Cursos Online", "Quito"},
		{"Founder, Principal Consultant", "X, the moonshot factory (Chorus)", ""},
	}
	if len(r.Work) != len(want) {
		t.Fatalf("work = %+v", r.Work)
	}
	for i, w := range want {
		e := r.Work[i]
		if e.Roles[0].Position != w.pos || e.Name != w.comp || e.Location != w.loc {
			t.Errorf("work[%d] = %q / %q / %q, want %q / %q / %q", i, e.Roles[0].Position, e.Name, e.Location, w.pos, w.comp, w.loc)
		}
	}
	if len(r.Work) == 2 && r.Work[1].Description+r.Work[1].Roles[0].Summary == "" {
		t.Errorf("the description line went missing: %+v", r.Work[1])
	}
	edu := []struct{ inst, st, area string }{
		{"Home Schooling", "Private tuition", "Mathematics"},
		{"Nara Logics, Inc", "Bachelor (hons)", "Engineering"},
		// a study type alone, in brackets, is no area
		{"Université de Lille", "Licence en marketing", ""},
		// where the section brackets its study types, a degree
		// without brackets is an area alone, whatever its words
		{"Leeds Trinity University", "", "Bachelor of Arts"},
	}
	if len(r.Education) != len(edu) {
		t.Fatalf("education = %+v", r.Education)
	}
	for i, w := range edu {
		e := r.Education[i]
		if e.Institution != w.inst || e.StudyType != w.st || e.Area != w.area {
			t.Errorf("education[%d] = %q / %q / %q, want %q / %q / %q", i, e.Institution, e.StudyType, e.Area, w.inst, w.st, w.area)
		}
	}
}

// TestAnchoredEntries cuts entries that repeat "Company / dates /
// Position" at the distance the first entry sets, by its typography.
func TestAnchoredEntries(t *testing.T) {
	doc := &extract.Document{Format: "pdf", Pages: 1}
	y := 40.0
	add := func(text string, bold bool, size float64) {
		doc.Lines = append(doc.Lines, extract.Line{Text: text, Page: 1, X: 50, Y: y, FontSize: size, Bold: bold})
		y += 16
	}
	add("Jane Roe", true, 20)
	add("jane@example.org", false, 10)
	add("Experience", true, 14)
	for _, e := range [][3]string{
		{"Token Foundry", "December 2017 – Present", "Technical Product Manager"},
		{"Stanford Consulting Group", "July 2014 – December 2017", "Software Developer"},
		{"The J.P. Morgan Private Bank", "August 2012 – April 2014", "Hedge Fund Principals Analyst"},
	} {
		add(e[0], true, 12)
		add(e[1], false, 10)
		add(e[2], true, 12)
		add("I lead the development of the second platform for the team.", false, 10)
	}
	r := parse.Parse(doc, parse.Options{}).Resume
	if len(r.Work) != 3 {
		t.Fatalf("work = %+v", r.Work)
	}
	for i, w := range [][2]string{{"Token Foundry", "Technical Product Manager"}, {"Stanford Consulting Group", "Software Developer"},
		{"The J.P. Morgan Private Bank", "Hedge Fund Principals Analyst"}} {
		if r.Work[i].Name != w[0] || r.Work[i].Roles[0].Position != w[1] {
			t.Errorf("work[%d] = %q / %q, want %q / %q", i, r.Work[i].Name, r.Work[i].Roles[0].Position, w[0], w[1])
		}
	}
}

// TestTitleIsName takes the document's title for the name when no line
// reads like one ("Sophie", "Dani (Daniel) Teixeira").
func TestTitleIsName(t *testing.T) {
	for _, name := range []string{"Sophie", "Dani (Daniel) Teixeira", "Céline Masson, PhD"} {
		md := "# " + name + "\n\nsophie@example.org\n\n## Experience\n\n### Engineer @ Acme\n\nJan 2020 – Present\n"
		doc, err := extract.Bytes(context.Background(), []byte(md), "cv.md", extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := parse.Parse(doc, parse.Options{}).Resume.Basics.Name; got != name {
			t.Errorf("name = %q, want %q", got, name)
		}
	}
}

// TestDateColumnWrap reads a range that a narrow left column wraps
// (moderncv): the end date opens the description's first row.
func TestDateColumnWrap(t *testing.T) {
	r := parse.Text(`Jan Peeters
jan@example.org

Experience

04/2023 – Vrijwilliger, Woesh, Brugge
05/2024 Vrijwilliger bij Woesh Circusatelier, waar ik de website bijwerk.
04/2024 – Orderpicker, Die Keure, Brugge
09/2024 Tijdelijke job als orderpicker in het magazijn.
`, parse.Options{}).Resume
	if len(r.Work) != 2 {
		t.Fatalf("work = %+v", r.Work)
	}
	for i, w := range [][3]string{{"Vrijwilliger", "2023-04", "2024-05"}, {"Orderpicker", "2024-04", "2024-09"}} {
		ro := r.Work[i].Roles[0]
		if ro.Position != w[0] || ro.StartDate.String() != w[1] || ro.EndDate.String() != w[2] {
			t.Errorf("work[%d] = %q %s – %s, want %q %s – %s", i, ro.Position, ro.StartDate, ro.EndDate, w[0], w[1], w[2])
		}
	}
}

// TestSkillGroupSetAsHeading keeps the skills going past a group name set
// like a section heading ("CI/CD").
func TestSkillGroupSetAsHeading(t *testing.T) {
	doc := &extract.Document{Format: "docx"}
	for _, l := range []struct {
		text string
		bold bool
	}{
		{"Jane Roe", true}, {"jane@example.org", false},
		{"SKILLS", true}, {"Go", false}, {"Python", false},
		{"CI/CD", true}, {"Jenkins", false}, {"Docker", false},
		{"EXPERIENCE", true}, {"Engineer @ Acme", false}, {"Jan 2020 – Present", false},
	} {
		doc.Lines = append(doc.Lines, extract.Line{Text: l.text, Bold: l.bold})
	}
	var got []string
	for _, s := range parse.Parse(doc, parse.Options{}).Resume.Skills {
		got = append(got, s.Keywords...)
	}
	want := map[string]bool{"Go": true, "Python": true, "Jenkins": true, "Docker": true}
	for _, k := range got {
		delete(want, k)
	}
	if len(want) > 0 {
		t.Errorf("skills = %q, missing %v", got, want)
	}
}

// TestLongLineBounded parses a resume with one 200 KB line (a hostile
// file's duplicated run) without reading the whole line with the date
// grammar for each row pair.
func TestLongLineBounded(t *testing.T) {
	long := strings.Repeat("Q4-2019/", 200000/8)
	text := "Jane Roe\njane@example.org\n\nExperience\n\nEngineer @ Acme\nJan 2020 – Present\n" + long + "\n" + long + "\n"
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	parse.Text(text, parse.Options{})
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 40<<20 {
		t.Errorf("parsing two 200 KB lines allocated %d MB", got>>20)
	}
}

// TestPlacesInPattern reads the row under a title as its place whatever
// its words, where the section's other entries give their place there.
func TestPlacesInPattern(t *testing.T) {
	r := parse.Text(`Jane Roe
jane@example.org

Experience

Lead Data Engineer @ Artemis SmartData
Apr 2024 – Present
Juiz de Fora, MG
Led the analytics team.

Temporary Lecturer @ Universidade Federal
Jan 2021 – Jun 2022
São João del-Rei, MG
Lectured numerical methods.

Scientific Adviser @ Gröwnt
Jun 2020 – Dec 2020
Barueri, SP
Advised companies on regulatory issues.

Porter @ Hotel Bristol
Jan 2019 – Dec 2019
Carried bags, opened doors, smiled.
`, parse.Options{}).Resume
	want := []string{"Juiz de Fora, MG", "São João del-Rei, MG", "Barueri, SP", ""}
	if len(r.Work) != len(want) {
		t.Fatalf("work = %+v", r.Work)
	}
	for i, w := range want {
		if got := r.Work[i].Location; got != w {
			t.Errorf("work[%d].location = %q, want %q", i, got, w)
		}
	}
}

// TestCommaPattern: a work section whose title rows all read
// "Position, Company" (or "Company, Position") is cut at that comma, the
// piece after each entry's dates being its place; a comma inside a title
// ("Developer, NodeJs & React", the company on the row below) or before
// a legal form ("PalFish, Inc") is no such pattern.
func TestCommaPattern(t *testing.T) {
	md := func(s string) string { return "# Jane Roe\njane@example.org\n\n## Experience\n\n" + s }
	cases := []struct{ name, doc, want string }{
		{"position, company", md("### Senior Android Engineer, Brightwave Labs\nSep 2022 – Present · Remote\n- Led the app team.\n\n" +
			"### Android Engineer, Quillnet\nSep 2020 – Sep 2022 · Lahore\n- Built the payments screen.\n\n" +
			"### Software Engineer, Tessel Group\nSep 2019 – Aug 2020 · Lahore\n- Wrote tests.\n"),
			"Senior Android Engineer | Brightwave Labs | Remote\nAndroid Engineer | Quillnet | Lahore\nSoftware Engineer | Tessel Group | Lahore"},
		{"company, position", md("### Northwind Data - Platform Team, Fullstack Software Engineer\n\n2017-11 — 2018-09\n\n- Led the app team.\n\n" +
			"### Northwind Data (Search Team), Senior Software Engineer\n\n2012-05 — 2017-11\n\n- Built search.\n"),
			"Fullstack Software Engineer | Northwind Data - Platform Team | \nSenior Software Engineer | Northwind Data (Search Team) | "},
		{"title and its stack", md("### Software Developer, NodeJs & React\nMeta Widgets\nJan 2019 – Mar 2021\n- Built the billing service.\n\n" +
			"### Software Developer / Team Lead, Java & Angular\nTacta Labs\nFeb 2016 – Dec 2018\n- Wrote reports.\n"),
			"Software Developer, NodeJs & React | Meta Widgets | \nSoftware Developer / Team Lead, Java & Angular | Tacta Labs | "},
		{"legal form", md("### Software Engineer, PalFish, Inc\n\nJan 2019 – Mar 2021\n\n- Built the billing service.\n\n" +
			"### Front-end Engineer, Madadata, Inc\n\nFeb 2016 – Dec 2018\n\n- Wrote reports.\n"),
			"Software Engineer | PalFish, Inc | \nFront-end Engineer | Madadata, Inc | "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := extract.Bytes(context.Background(), []byte(c.doc), "x.md", extract.Options{Format: extract.FormatMarkdown})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range parse.Parse(d, parse.Options{}).Resume.Work {
				for _, r := range w.Roles {
					got = append(got, r.Position+" | "+w.Name+" | "+w.Location+r.Location)
				}
			}
			if g := strings.Join(got, "\n"); g != c.want {
				t.Errorf("work:\n got %q\nwant %q", g, c.want)
			}
		})
	}
}
