package parse_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/resume"
)

func TestContact(t *testing.T) {
	cases := []struct {
		text, name, email, phone string
		profiles                 []string
	}{
		{"Ana García\nana@example.com | +34 612 345 678 | linkedin.com/in/anagarcia | github.com/ana\n\nExperience\n",
			"Ana García", "ana@example.com", "+34 612 345 678", []string{"LinkedIn:anagarcia", "GitHub:ana"}},
		{"JOHN SMITH\nSenior Engineer\nPhone: +1 (555) 123-4567 · john.smith@mail.com\n\nEXPERIENCE\n",
			"JOHN SMITH", "john.smith@mail.com", "+1 (555) 123-4567", nil},
		{"Jürgen Müller\nTelefon: 0151 2345678\nE-Mail: j.mueller@example.de\nhttps://www.xing.com/profile/Juergen_Mueller\n\nBerufserfahrung\n",
			"Jürgen Müller", "j.mueller@example.de", "0151 2345678", []string{"XING:Juergen_Mueller"}},
		{"Léa Dubois\nTéléphone : +33 6 12 34 56 78\nlea.dubois@example.fr\n\nExpérience professionnelle\n",
			"Léa Dubois", "lea.dubois@example.fr", "+33 6 12 34 56 78", nil},
	}
	// a label in capitals printed before the name is no part of it
	eu := parse.Text("Curriculum vitae\nPERSONAL INFORMATION Julien Mercier\nToronto, Ontario, CA\njulien@example.com\n\nWORK EXPERIENCE\n",
		parse.Options{}).Resume.Basics
	if eu.Name != "Julien Mercier" {
		t.Errorf("europass name = %q", eu.Name)
	}
	// a number alone beside a sidebar's broken address is the phone
	sb := parse.Text("Jane Roe\nCloud Architect\n\nSummary\nSenior engineer who ships.\n\nToronto Ontario CA\njane.roe@example\n.com\n(715) 768-7785\n\nExperience\n",
		parse.Options{}).Resume.Basics
	if sb.Phone != "(715) 768-7785" {
		t.Errorf("sidebar phone = %q", sb.Phone)
	}
	// a dotted name in a sentence is no website when a line gives one
	b := parse.Text("Nathan Reynolds\nSenior Engineer - Specialist in C# and ASP.NET.\nnathan@example.com · http://example.org\n\nExperience\n",
		parse.Options{}).Resume.Basics
	if b.URL != "http://example.org" {
		t.Errorf("url = %q, want http://example.org", b.URL)
	}
	// a job title printed after the name on its line is the label;
	// letters after a name are the name's
	for _, c := range [][3]string{
		{"Faisal Sheikh, Sr. Android Engineer", "Faisal Sheikh", "Sr. Android Engineer"},
		{"Kavya Desai, Student", "Kavya Desai", "Student"},
		{"Florian Blanc, Full Stack Developer - 6+ years of experience", "Florian Blanc", "Full Stack Developer - 6+ years of experience"},
	} {
		b := parse.Text(c[0]+"\nfaisal@example.com | +92 751 5224859\n\nSummary\nAn engineer.\n", parse.Options{}).Resume.Basics
		if b.Name != c[1] || b.Label != c[2] {
			t.Errorf("%q: name %q, label %q; want %q, %q", c[0], b.Name, b.Label, c[1], c[2])
		}
	}
	basics := func(format string, lines ...extract.Line) resume.Basics {
		return parse.Parse(&extract.Document{Format: format, Lines: lines}, parse.Options{}).Resume.Basics
	}
	// a name that wraps in large type, and one with an elided particle
	for _, c := range [][]string{{"Imran Hamza Karim", "Qureshi"}, {"Krzysztof", "Lewandowski"}, {"Federico d'Amico"}} {
		var lines []extract.Line
		for k, t := range c {
			lines = append(lines, extract.Line{Text: t, Page: 1, X: 50, Y: 80 + 40*float64(k), FontSize: 32})
		}
		lines = append(lines, extract.Line{Text: "Software Engineer", Page: 1, X: 50, Y: 170, FontSize: 20},
			extract.Line{Text: "Experience", Page: 1, X: 50, Y: 200, FontSize: 14},
			extract.Line{Text: "I build things for people who use them every day.", Page: 1, X: 50, Y: 215, FontSize: 10.5},
			extract.Line{Text: "I have worked on many products at many companies.", Page: 1, X: 50, Y: 228, FontSize: 10.5})
		got := basics("pdf", lines...).Name
		if want := strings.Join(c, " "); got != want {
			t.Errorf("name %q, want %q", got, want)
		}
	}
	// moderncv centres the name in two weights, the family name on the
	// row under the first with the title after a bar
	centred := basics("pdf",
		extract.Line{Text: "Sergio Nicolás", Page: 1, X: 217, Y: 84.6, Width: 161.3, FontSize: 24.8, Bold: true},
		extract.Line{Text: "Ruíz Martínez | Desarrollador Full", Page: 1, X: 121.9, Y: 109, Width: 351.5, FontSize: 24.8},
		extract.Line{Text: "Stack Web", Page: 1, X: 250, Y: 133.6, Width: 96, FontSize: 24.8},
		extract.Line{Text: "sergio@example.com", Page: 1, X: 250, Y: 160, Width: 100, FontSize: 10.9},
		extract.Line{Text: "Experience", Page: 1, X: 60, Y: 200, Width: 60, FontSize: 14},
		extract.Line{Text: "I build things for people who use them every day.", Page: 1, X: 60, Y: 215, Width: 250, FontSize: 10.9},
		extract.Line{Text: "I have worked on many products at many companies.", Page: 1, X: 60, Y: 228, Width: 250, FontSize: 10.9},
		extract.Line{Text: "Most of them were web shops for small businesses.", Page: 1, X: 60, Y: 241, Width: 250, FontSize: 10.9},
	)
	if centred.Name != "Sergio Nicolás Ruíz Martínez" {
		t.Errorf("centred name %q", centred.Name)
	}
	// a margin of headings read before the name at the top of the page
	margin := basics("pdf",
		extract.Line{Text: "CONTACT", Page: 1, X: 62, Y: 130, Width: 48, FontSize: 9.5},
		extract.Line{Text: "SUMMARY", Page: 1, X: 62, Y: 270, Width: 52, FontSize: 9.5},
		extract.Line{Text: "Aditya Joshi", Page: 1, X: 270, Y: 60, Width: 85, FontSize: 16.9},
		extract.Line{Text: "aditya.joshi@example.com", Page: 1, X: 218, Y: 121, Width: 120, FontSize: 9.1},
		extract.Line{Text: "A student who builds web applications for small shops.", Page: 1, X: 217, Y: 270, Width: 280, FontSize: 9.1},
	)
	if margin.Name != "Aditya Joshi" {
		t.Errorf("name after a margin %q", margin.Name)
	}
	phd := basics("docx", extract.Line{Text: "Céline Masson, PhD", Heading: 1}, extract.Line{Text: "celine@example.com"},
		extract.Line{Text: "Experience", Heading: 2})
	if phd.Name != "Céline Masson, PhD" || phd.Label != "" {
		t.Errorf("name %q, label %q; want the whole line as the name", phd.Name, phd.Label)
	}
	for _, c := range cases {
		b := parse.Text(c.text, parse.Options{}).Resume.Basics
		if b.Name != c.name || b.Email != c.email || b.Phone != c.phone {
			t.Errorf("%q:\n got %q %q %q\nwant %q %q %q", c.text, b.Name, b.Email, b.Phone, c.name, c.email, c.phone)
		}
		var got []string
		for _, p := range b.Profiles {
			got = append(got, p.Network+":"+p.Username)
		}
		if strings.Join(got, ",") != strings.Join(c.profiles, ",") {
			t.Errorf("%q: profiles %v, want %v", c.name, got, c.profiles)
		}
	}
}

func TestHeadings(t *testing.T) {
	for _, h := range []string{"Work Experience", "EXPERIENCE", "Professional Experience:", "Experiencia Laboral",
		"BERUFSERFAHRUNG", "Expérience professionnelle", "E X P E R I E N C E", "1. Employment History", "Werdegang",
		"Work Experience (5)", "Work Experience(5)", "Work History Section"} {
		text := "Someone Name\n\n" + h + "\n\nSoftware Engineer, Acme Corp\n2019 – 2021\n- Did things.\n"
		r := parse.Text(text, parse.Options{}).Resume
		if len(r.Work) != 1 || r.Work[0].Name != "Acme Corp" || r.Work[0].Roles[0].Position != "Software Engineer" {
			t.Errorf("heading %q: work = %+v", h, r.Work)
		}
	}
	// a role title that merely contains a heading word is not a heading
	r := parse.Text("X Y\n\nExperience\n\nResearch and Teaching Assistant\nGeorgia Tech\n2012 – 2013\n", parse.Options{}).Resume
	if len(r.Work) != 1 || r.Work[0].Roles[0].Position != "Research and Teaching Assistant" {
		t.Errorf("work = %+v", r.Work)
	}
}

func TestLayoutsOfOneRole(t *testing.T) {
	const pos, comp = "Backend Developer", "Initech GmbH"
	for _, text := range []string{
		"Backend Developer @ Initech GmbH · Berlin, Germany · 01/2020 – 03/2022",
		"Backend Developer at Initech GmbH, 01/2020 – 03/2022",
		"Initech GmbH — Backend Developer\nBerlin, Germany        Jan 2020 – Mar 2022",
		"Backend Developer\nInitech GmbH\nJanuary 2020 - March 2022",
		"Jan 2020 – Mar 2022    Backend Developer, Initech GmbH",
		"Initech GmbH, Backend Developer (Jan 2020 – Mar 2022)",
		"Initech GmbH\nBackend Developer | 2020-01 – 2022-03",
	} {
		r := parse.Text("Somebody Here\n\nExperience\n\n"+text+"\n- Built the billing service.\n", parse.Options{}).Resume
		if len(r.Work) != 1 || len(r.Work[0].Roles) != 1 {
			t.Errorf("%q: work = %+v", text, r.Work)
			continue
		}
		e, ro := r.Work[0], r.Work[0].Roles[0]
		if e.Name != comp || ro.Position != pos || ro.StartDate.String() != "2020-01" || ro.EndDate.String() != "2022-03" {
			t.Errorf("%q: got %q / %q %s–%s", text, e.Name, ro.Position, ro.StartDate, ro.EndDate)
		}
		if len(ro.Highlights) != 1 {
			t.Errorf("%q: highlights %q", text, ro.Highlights)
		}
	}
}

func TestRolesUnderOneEmployer(t *testing.T) {
	text := `Experience

Globex Corporation (Springfield)
03.2015 – Present
Globex is a global company.
Engineering Manager
01.2019 – Present
- Grew the team to 12.
Senior Engineer
03.2015 – 12.2018
- Led the migration.

Initech
2012 – 2015
Software Engineer
`
	r := parse.Text(text, parse.Options{}).Resume
	if len(r.Work) != 2 || r.Work[0].Name != "Globex Corporation" || r.Work[0].Location != "Springfield" || len(r.Work[0].Roles) != 2 {
		t.Fatalf("work = %+v", r.Work)
	}
	if ro := r.Work[0].Roles[1]; ro.Position != "Senior Engineer" || ro.EndDate.String() != "2018-12" {
		t.Errorf("role = %+v", ro)
	}
	if !r.Work[0].Roles[0].EndDate.Present || r.Work[0].Description != "Globex is a global company." {
		t.Errorf("employer = %+v", r.Work[0])
	}
	if e := r.Work[1]; e.Name != "Initech" || e.Roles[0].Position != "Software Engineer" || e.Roles[0].StartDate.String() != "2012" {
		t.Errorf("work[1] = %+v", e)
	}
}

func TestSkillsSection(t *testing.T) {
	text := `Name Person

Skills
Languages: Go, Python, C++, C#
• Kubernetes
• AWS (S3, Lambda)
Docker · Terraform · Linux
Research Areas: distributed systems, compilers,
databases
`
	r := parse.Text(text, parse.Options{}).Resume
	var all []string
	for _, s := range r.Skills {
		all = append(all, s.Name+"="+strings.Join(s.Keywords, "|"))
	}
	got := strings.Join(all, ";")
	want := "Languages=Go|Python|C++|C#;Research Areas=distributed systems|compilers|databases;=Kubernetes|AWS (S3, Lambda)|Docker|Terraform|Linux"
	if got != want {
		t.Errorf("skills\n got %s\nwant %s", got, want)
	}
}

func TestEducation(t *testing.T) {
	text := `Education
Georgia Institute of Technology          Atlanta, GA
Master of Science in Computer Science; GPA: 4.00          Aug 2012 – Dec 2013
PhD, Computer Science; Awesome University (MyTown)
2010 – 2014
Universidad Politécnica de Madrid — Grado en Ingeniería Informática | 2008 – 2012

Computer Science at Princeton University
2004 – 2008

Faculty of Mathematics and Physics, University of Ljubljana
2000 – 2004

Uniwersytet Warszawski
1996 – 2000
`
	r := parse.Text(text, parse.Options{}).Resume
	want := []struct{ inst, end string }{
		{"Georgia Institute of Technology", "2013-12"},
		{"Awesome University", "2014"},
		{"Universidad Politécnica de Madrid", "2012"},
		{"Princeton University", "2008"}, // "Area at School", as HTML themes print it
		// two school names in a row are one school
		{"Faculty of Mathematics and Physics, University of Ljubljana", "2004"},
		// a lone name with no degree or field words is the school
		{"Uniwersytet Warszawski", "2000"},
	}
	if len(r.Education) != len(want) {
		t.Fatalf("education = %+v", r.Education)
	}
	for i, w := range want {
		if e := r.Education[i]; e.Institution != w.inst || e.EndDate.String() != w.end {
			t.Errorf("education[%d] = %q %s, want %q %s", i, e.Institution, e.EndDate, w.inst, w.end)
		}
	}
	if r.Education[0].StudyType != "Master of Science" || r.Education[0].Area != "Computer Science" {
		t.Errorf("degree = %q / %q", r.Education[0].StudyType, r.Education[0].Area)
	}
}

func TestStructuredInputIsReturned(t *testing.T) {
	want := &resume.Resume{Basics: resume.Basics{Name: "As Is"}}
	res := parse.Parse(&extract.Document{Format: "json", Resume: want}, parse.Options{})
	if res.Resume != want {
		t.Fatal("a JSON Resume document was re-parsed")
	}
	if res := parse.Parse(nil, parse.Options{}); res.Resume == nil {
		t.Fatal("nil document: nil resume")
	}
}

func TestFieldsAndWarnings(t *testing.T) {
	res := parse.Text("Ana Ruiz\nana@x.io\n\nExperience\nData Engineer, Foo Inc\nShipped things.\n", parse.Options{})
	f, ok := res.Field("basics.email")
	if !ok || len(f.Lines) != 1 || f.Lines[0] != 1 || f.Confidence <= 0 {
		t.Errorf("email field = %+v, %v", f, ok)
	}
	if _, ok := res.Field("work[0].roles[0].position"); !ok {
		t.Error("no position field")
	}
	kinds := map[parse.WarningKind]bool{}
	for _, w := range res.Warnings {
		kinds[w.Kind] = true
	}
	if !kinds[parse.WarnNoDates] || !kinds[parse.WarnNoEducation] || kinds[parse.WarnNoName] {
		t.Errorf("warnings = %+v", res.Warnings)
	}
}

func TestMaxLines(t *testing.T) {
	text := strings.Repeat("line\n", 50)
	res := parse.Text(text, parse.Options{MaxLines: 10})
	found := false
	for _, w := range res.Warnings {
		found = found || w.Kind == parse.WarnTruncated
	}
	if !found {
		t.Error("no truncation warning")
	}
}

func TestRolesUnderCompanyLine(t *testing.T) {
	text := `Experience

Google
Senior Software Engineer
January 2020 – Present
Zürich, Switzerland
- Led the storage migration.

Software Engineer
June 2017 – December 2019
- Built the quota service.

Initech
Developer
2015 – 2017
`
	r := parse.Text(text, parse.Options{}).Resume
	var got []string
	for _, e := range r.Work {
		for _, ro := range e.Roles {
			got = append(got, e.Name+"/"+ro.Position+"/"+ro.StartDate.String())
		}
	}
	want := "Google/Senior Software Engineer/2020-01 Google/Software Engineer/2017-06 Initech/Developer/2015"
	if strings.Join(got, " ") != want {
		t.Errorf("roles\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if len(r.Work) != 2 || len(r.Work[0].Roles) != 2 {
		t.Errorf("employers = %+v", r.Work)
	}
}

func TestNameLine(t *testing.T) {
	for text, want := range map[string]string{
		"Curriculum Vitae\nMaría López\nmaria@example.es\n\nExperiencia\n":                                         "María López",
		"Ana Ruiz | ana@x.io | +34 600 000 000\n\nExperience\n":                                                    "Ana Ruiz",
		"Lebenslauf\n\nJonas Becker\nSummary of 10 years: cut costs by 1,234,567 euros in total over the years.\n": "Jonas Becker",
		// Scripts without case, and a name with another form of it.
		"王小明\nwang@example.cn\n\nExperience\n":                            "王小明",
		"简历\n\n王小明 (José)\nwang@example.cn\n\nExperience\n":               "王小明 (José)",
		"Wang Xiaoming (王小明)\nwang@example.cn\n\nExperience\n":            "Wang Xiaoming (王小明)",
		"山田 太郎\nyamada@example.jp\n\nExperience\n":                        "山田 太郎",
		"김민준\nkim@example.kr\n\nExperience\n":                             "김민준",
		"محمد علي\nm@example.com\n\nExperience\n":                         "محمد علي",
		"Иван Петров\nivan@example.ru\n\nExperience\n":                    "Иван Петров",
		"Ana Ruiz (she/her)\nAna Ruiz\nana@x.io\n\nExperience\n":          "Ana Ruiz",
		"Software Engineer (Backend)\nAna Ruiz\nana@x.io\n\nExperience\n": "Ana Ruiz",
		// A sidebar's "Contact" section does not replace the name above it.
		"John Doe\nContact\njohn.doe@email.com\nSan Francisco\nEducation\nPrinceton University\n": "John Doe",
	} {
		b := parse.Text(text, parse.Options{}).Resume.Basics
		if b.Name != want {
			t.Errorf("%q: name %q, want %q", text, b.Name, want)
		}
		if strings.Contains(text, "1,234,567") && b.Phone != "" {
			t.Errorf("%q: phone %q from prose", text, b.Phone)
		}
	}
}

func TestSections(t *testing.T) {
	res := parse.Text("Ana Ruiz\n\nPROFILE\nData person.\n\nBerufserfahrung\nX, Y\n\nSkills & Interests\nGo\n", parse.Options{})
	var got []string
	for _, s := range res.Sections {
		got = append(got, string(s.Kind)+":"+s.Title+":"+strconv.Itoa(s.Line))
	}
	if want := "summary:PROFILE:2 work:Berufserfahrung:5 skills:Skills & Interests:8"; strings.Join(got, " ") != want {
		t.Errorf("sections %q, want %q", strings.Join(got, " "), want)
	}
}

func TestCompanyCommaCity(t *testing.T) {
	r := parse.Text("Experience\nDeveloper\nGlobex, Paris\n2012 – 2015\n\nEngineer\nMadrid, Spain\n2010 – 2012\n", parse.Options{}).Resume
	if len(r.Work) != 2 || r.Work[0].Name != "Globex" || r.Work[0].Location != "Paris" || r.Work[1].Name != "" || r.Work[1].Location != "Madrid, Spain" {
		t.Errorf("work = %+v", r.Work)
	}
}

// TestDotNetKeyword keeps the leading dot of ".NET" (only a trailing full
// stop is punctuation).
func TestDotNetKeyword(t *testing.T) {
	r := parse.Text("Jane Roe\njane@example.org\n\nSkills\nLanguages: C#, .NET Core, Go.\n", parse.Options{}).Resume
	if len(r.Skills) != 1 || strings.Join(r.Skills[0].Keywords, "|") != "C#|.NET Core|Go" {
		t.Fatalf("skills = %+v", r.Skills)
	}
}

// TestLongSkillGroup reads a group name of more than five words that a
// bracketed level ends.
func TestLongSkillGroup(t *testing.T) {
	r := parse.Text("Jane Roe\njane@example.org\n\nSkills\nWeb Application Firewall and API Protection (Master): WAAP, .NET\n", parse.Options{}).Resume
	if len(r.Skills) != 1 || r.Skills[0].Name != "Web Application Firewall and API Protection" || r.Skills[0].Level != "Master" ||
		strings.Join(r.Skills[0].Keywords, "|") != "WAAP|.NET" {
		t.Fatalf("skills = %+v", r.Skills)
	}
}

// TestCompanyBracket keeps a bracket that is no place in the company's
// name and takes a place in brackets as the location.
func TestCompanyBracket(t *testing.T) {
	r := parse.Text(`Jane Roe
jane@example.org

Experience

Founder @ Brightwell (via Norland GmbH)
Jan 2020 – Present
Lyon, France
- Built a consultancy.

Engineer @ BRP (Sherbrooke, Canada)
Jan 2018 – Dec 2019
- Built vehicles.
`, parse.Options{}).Resume
	// the section gives its places on rows of their own, so the bracket
	// is part of the name
	if len(r.Work) != 2 || r.Work[0].Name != "Brightwell (via Norland GmbH)" || r.Work[0].Location != "Lyon, France" ||
		r.Work[1].Name != "BRP (Sherbrooke, Canada)" || r.Work[1].Location != "" {
		t.Fatalf("work = %+v", r.Work)
	}
	// without place rows, a bracket that names a place is the place
	r = parse.Text(`Jane Roe
jane@example.org

Experience

Founder @ Brightwell (via Norland GmbH)
Jan 2020 – Present
- Built a consultancy.

Engineer @ BRP (Sherbrooke, Canada)
Jan 2018 – Dec 2019
- Built vehicles.
`, parse.Options{}).Resume
	if len(r.Work) != 2 || r.Work[0].Name != "Brightwell (via Norland GmbH)" || r.Work[0].Location != "" ||
		r.Work[1].Name != "BRP" || r.Work[1].Location != "Sherbrooke, Canada" {
		t.Fatalf("work = %+v", r.Work)
	}
}

// TestDegreeUnderSchool reads "Study type: Area" on the row under a
// school.
func TestDegreeUnderSchool(t *testing.T) {
	r := parse.Text("Jane Roe\njane@example.org\n\nEducation\n\nLeading University   2016 – 2019\nBachelor of Science: Computer Science and Engineering\n", parse.Options{}).Resume
	if len(r.Education) != 1 {
		t.Fatalf("education = %+v", r.Education)
	}
	if e := r.Education[0]; e.Institution != "Leading University" || e.StudyType != "Bachelor of Science" || e.Area != "Computer Science and Engineering" {
		t.Errorf("education = %q / %q / %q", e.Institution, e.StudyType, e.Area)
	}
}

// TestCompanyOnSecondRow keeps a position whole when its entry gives
// "Company, place" on the row under it, as the section's other entries
// do (Europass), though the position holds a dash.
func TestCompanyOnSecondRow(t *testing.T) {
	r := parse.Text(`Julien Mercier
julien@example.com

Work Experience

05/2021 – 05/2023   Cloud Solutions Engineer
F5 Inc., 801 5th Ave Seattle, WA 98104
- Covering financial services

07/2020 – 05/2021   Technical Marketing Manager - Service Providers
F5 Inc., 801 5th Ave Seattle, WA 98104
- Authoring documentation
`, parse.Options{}).Resume
	var got []string
	for _, e := range r.Work {
		for _, ro := range e.Roles {
			got = append(got, ro.Position+" @ "+e.Name)
		}
	}
	want := []string{"Cloud Solutions Engineer @ F5 Inc.", "Technical Marketing Manager - Service Providers @ F5 Inc."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("work %q, want %q", got, want)
	}
}

// textDoc extracts txt as a plain-text resume.
func textDoc(t *testing.T, txt string) *extract.Document {
	t.Helper()
	d, err := extract.Bytes(context.Background(), []byte(txt), "x.txt", extract.Options{Format: extract.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// textWork parses a plain-text resume and returns its roles, one per
// line, as "position | company", with " | summary" when summary is set.
func textWork(t *testing.T, txt string, summary bool) string {
	t.Helper()
	d := textDoc(t, txt)
	var got []string
	for _, w := range parse.Parse(d, parse.Options{}).Resume.Work {
		for _, r := range w.Roles {
			line := r.Position + " | " + w.Name
			if summary {
				line += " | " + r.Summary
			}
			got = append(got, line)
		}
	}
	return strings.Join(got, "\n")
}

// TestHeaderTextKept: a header row that no field takes (a team under the
// employer, a title in a language our word lists lack) goes to the role's
// summary instead of vanishing.
func TestHeaderTextKept(t *testing.T) {
	got := textWork(t, "Jane Roe\njane@example.org\n\nExperience\n\n"+
		"Software Engineer\nAcme Corp\nPlatform Team\nJan 2019 – Mar 2021\n- Built the billing service.\n\n"+
		"Ontwikkelaar\nBeta BV\nData Groep\nFeb 2016 – Dec 2018\n- Wrote reports.\n\n"+
		"Team Lead\nGlobex\nBilling Squad\nJan 2013 – Jan 2016\nGlobex is a payments company.\n- Ran the team.\n", true)
	want := "Software Engineer | Acme Corp | Platform Team\nOntwikkelaar | Beta BV | Data Groep\nTeam Lead | Globex | Billing Squad"
	if got != want {
		t.Errorf("work:\n got %q\nwant %q", got, want)
	}
}

// TestTitleRowValues reads work entries' title rows whose values could
// be read as other fields: a company's legal form after a comma is part
// of its name ("PalFish, Inc"), a duration after a dash part of the
// position ("Software Engineer Intern - 8 months"), "@ Company" a role
// with no title, and an entry dated "– Present" no employer over entries
// with employers of their own.
func TestTitleRowValues(t *testing.T) {
	for _, c := range []struct{ name, entries, want string }{
		{"legal form after a comma",
			"Software Engineer\nPalFish, Inc\nJan 2019 – Mar 2021\n- Built the billing service.\n\n" +
				"Front-end Engineer\nMadadata, Inc.\nFeb 2016 – Dec 2018\n- Wrote reports.\n",
			"Software Engineer | PalFish, Inc\nFront-end Engineer | Madadata, Inc."},
		{"duration after a dash",
			"Software Engineer Intern - 8 months\nJetBrains\nDec 2024 – Aug 2025\n- Built evaluation metrics.\n\n" +
				"Software Engineer Intern - 2 months\nWTSS\nApr 2024 – Jul 2024\n- Wrote reports.\n",
			"Software Engineer Intern - 8 months | JetBrains\nSoftware Engineer Intern - 2 months | WTSS"},
		{"no title, at a company",
			"Data Lead @ Spotahome\nNov 2019 – Jun 2021\n- Led the data team.\n\n" +
				"@ Freelance software engineer\nOct 2012 – Oct 2019\n- Built web sites.\n",
			"Data Lead | Spotahome\n | Freelance software engineer"},
		{"no title, in a section of \" @ \" rows",
			"@ GH2 Systems\nFeb 2025 – Present\n- Built the platform.\n\n" +
				"Web developer @ Voth Solutions\nJul 2019 – Feb 2024\n- Built web sites.\n\n" +
				"Software developer @ A&T Sort Company\nAug 2018 – Apr 2019\n- Wrote tools.\n",
			" | GH2 Systems\nWeb developer | Voth Solutions\nSoftware developer | A&T Sort Company"},
		// an entry dated "– Present" is no employer over the entries
		// after it when they name employers of their own under their
		// titles: every later role was a role at its company
		{"no group over entries with their own employers",
			"Mar 2018 – Present\nFreiberuflicher Gleitschirmfluglehrer\nKatrin Wolf\nIch unterrichte das Fliegen.\n\n" +
				"Oct 2024 – Present\nSenior Frontend Developer\nNode Energy GmbH\nIch baue die Plattform in React.\n\n" +
				"Mar 2023 – Aug 2024\nAssociate Frontend Entwickler\nZeix AG\nIch baute Websites für Behörden.\n",
			"Freiberuflicher Gleitschirmfluglehrer | Katrin Wolf\nSenior Frontend Developer | Node Energy GmbH\nAssociate Frontend Entwickler | Zeix AG"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := textWork(t, "Jane Roe\njane@example.org\n\nExperience\n\n"+c.entries, false); got != c.want {
				t.Errorf("work:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestPhoneNearAddressStable: with two numbers on short rows beside an
// e-mail address below the header, the phone is the first of them, on
// every run (the rows near the address were once visited in a map's
// order, so the phone changed from run to run).
func TestPhoneNearAddressStable(t *testing.T) {
	txt := "Jane Roe\nSoftware Engineer\n\nExperience\n\nSoftware Engineer\nAcme Corp\nJan 2019 – Mar 2021\n- Built the billing service.\n\n" +
		"Contact\n\njane@example.org\n+353 84 0562261\n+353 08 264 3929\n"
	d := textDoc(t, txt)
	for range 30 {
		if got := parse.Parse(d, parse.Options{}).Resume.Basics.Phone; got != "+353 84 0562261" {
			t.Fatalf("phone = %q, want the first number below the address", got)
		}
	}
}

// TestPhoneApart: a number that fills its piece of a contact line is the
// phone before one with a "+" among an address's words, and a WhatsApp
// link in the phone's place gives its number.
func TestPhoneApart(t *testing.T) {
	for _, c := range []struct{ text, phone, url string }{
		{"Imran Qureshi\nDublin, Ireland | +353 84 0562261, Ireland | imran@example.com\n+353 08 264 3929 | https://www.example.com/\n\nSummary\nAn engineer.\n",
			"+353 08 264 3929", "https://www.example.com/"},
		{"Sergio Rivas\nSanto Domingo | sergio@example.com | https://wa.me/7555268252847 | https://example.com\n\nSummary\nAn engineer.\n",
			"+7555268252847", "https://example.com"},
		// with a "+" among other words and no better one, it is still the phone
		{"Imran Qureshi\nDublin | +353 84 0562261 mobile only | imran@example.com\n\nSummary\nAn engineer.\n",
			"+353 84 0562261", ""},
	} {
		b := parse.Text(c.text, parse.Options{}).Resume.Basics
		if b.Phone != c.phone || b.URL != c.url {
			t.Errorf("%q: phone %q, url %q; want %q, %q", c.text, b.Phone, b.URL, c.phone, c.url)
		}
	}
	// pieces of a row stand apart even where the text joins them
	// (an icon between them that is no text)
	line := func(text string, x, y, size float64, bold bool) extract.Line {
		return extract.Line{Text: text, Page: 1, X: x, Y: y, Width: 0.5 * size * float64(len(text)), FontSize: size, Bold: bold}
	}
	ls := []extract.Line{
		line("Diego Ribeiro", 50, 40, 18, true),
		line("+4588788792741", 50, 70, 10, false), line("pt, br, en", 200, 70, 10, false),
		line("diego@example.com", 50, 84, 10, false),
		line("24230-136", 50, 98, 10, false),
		line("Summary", 50, 130, 14, true),
		line("An engineer who ships.", 50, 150, 10, false),
	}
	if got := parse.Parse(&extract.Document{Format: "pdf", Lines: ls}, parse.Options{}).Resume.Basics.Phone; got != "+4588788792741" {
		t.Errorf("phone = %q, want +4588788792741 (the postal code below is no phone)", got)
	}
}

// TestSheetDuplicateHeader: of two spreadsheet columns whose headers name
// one field ("Company", "Employer"), the leftmost is read, on every run
// (the header row was once read in a map's order).
func TestSheetDuplicateHeader(t *testing.T) {
	var lines []extract.Line
	for i, text := range []string{"Company", "Position", "Employer", "Start", "Acme Corp", "Engineer", "Globex", "2020-01"} {
		ref := "Work!" + string(rune('A'+i%4)) + strconv.Itoa(1+i/4)
		lines = append(lines, extract.Line{Text: text, Source: extract.Cell, Cell: ref})
	}
	d := &extract.Document{Format: "xlsx", Lines: lines}
	for range 30 {
		w := parse.Parse(d, parse.Options{}).Resume.Work
		if len(w) != 1 || w[0].Name != "Acme Corp" {
			t.Fatalf("work = %+v, want one employer, Acme Corp", w)
		}
	}
}

// TestPlaceSlot: places our lists do not know ("Islamabad", "Brugge") are
// read as places when they stand where the section's other entries give
// a place the lists know; a name in another slot is not.
func TestPlaceSlot(t *testing.T) {
	txt := "Jane Roe\njane@example.org\n\nExperience\n\n" +
		"Software Engineer\nAcme Corp\nJan 2021 – Mar 2023\nLahore, Pakistan\n- Built the billing service.\n\n" +
		"Android Engineer\nTechless\nFeb 2019 – Dec 2020\nIslamabad\n- Wrote the launcher.\n\n" +
		"Developer\nGrithx Solutions\nJan 2017 – Jan 2019\nBrugge\n- Ran the tests.\n"
	d := textDoc(t, txt)
	var got []string
	for _, w := range parse.Parse(d, parse.Options{}).Resume.Work {
		got = append(got, w.Name+" @ "+w.Location)
	}
	if want := "Acme Corp @ Lahore, Pakistan|Techless @ Islamabad|Grithx Solutions @ Brugge"; strings.Join(got, "|") != want {
		t.Errorf("work %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestEduHeaderTextKept: header text of an education entry that no field
// takes (a school the word lists do not know, after the area) goes to
// its summary instead of vanishing; the words between a degree and its
// area do not.
func TestEduHeaderTextKept(t *testing.T) {
	txt := "Jane Roe\njane@example.org\n\nEducation\n\n" +
		"Développement Web Junior, OpenClassrooms\nDec 2017 – Sep 2018\n\n" +
		"Management Artistique et Culturel, ATLA\nDec 2015 – Mar 2016\n"
	d := textDoc(t, txt)
	var got []string
	for _, e := range parse.Parse(d, parse.Options{}).Resume.Education {
		got = append(got, strings.Join([]string{e.Institution, e.StudyType, e.Area, e.Summary}, "/"))
	}
	s := strings.Join(got, "|")
	for _, want := range []string{"OpenClassrooms", "ATLA", "Développement Web Junior", "Management Artistique et Culturel"} {
		if !strings.Contains(s, want) {
			t.Errorf("education %q: %q vanished", s, want)
		}
	}
}

// TestYearInName: a year that ends a name after a word ("Misión TIC 2022")
// is the name's where a full date range stands beside the name or alone
// on the row below; the range had become an entry of its own and was lost.
func TestYearInName(t *testing.T) {
	for _, head := range []string{
		"Desarrollo de aplicaciones web (Diplomado) | Misión TIC 2022\nMar 2021 – Dec 2021",
		"Desarrollo de aplicaciones web (Diplomado) | Misión TIC 2022\tMar 2021 – Dec 2021",
	} {
		txt := "Jane Roe\njane@example.org\n\nEducation\n\n" +
			"Ingeniería de sistemas (Pregrado) | Universidad Libre\nAug 2018 – Mar 2024\n\n" +
			head + "\n\nSkills\nGo, SQL\n"
		ed := parse.Text(txt, parse.Options{}).Resume.Education
		if len(ed) != 2 || ed[1].Institution != "Misión TIC 2022" || ed[1].StartDate.String() != "2021-03" || ed[1].EndDate.String() != "2021-12" {
			t.Errorf("%q: education = %+v", head, ed)
		}
	}
	// a year set apart after a separator is the entry's date
	txt := "Jane Roe\njane@example.org\n\nEducation\n\nBSc Computer Science | MIT, 2019\n\nSkills\nGo, SQL\n"
	if ed := parse.Text(txt, parse.Options{}).Resume.Education; len(ed) != 1 || ed[0].EndDate.String() != "2019" && ed[0].StartDate.String() != "2019" {
		t.Errorf("education = %+v, want the year 2019 as its date", ed)
	}
}

// TestSchoolCampus: a school's campus in its town after a comma ("EFAP
// Strasbourg") is part of the school's name, not a field of study; a
// field after the school is still the area.
func TestSchoolCampus(t *testing.T) {
	for _, c := range [][3]string{
		{"ECOLE DE COMMUNICATION, EFAP Strasbourg", "ECOLE DE COMMUNICATION, EFAP Strasbourg", ""},
		{"Universidad de Málaga, Computer Science", "Universidad de Málaga", "Computer Science"},
	} {
		txt := "Jane Roe\njane@example.org\n\nEducation\n\n" + c[0] + "\nJan 2019 – Present\n\nSkills\nGo, SQL\n"
		ed := parse.Text(txt, parse.Options{}).Resume.Education
		if len(ed) != 1 || ed[0].Institution != c[1] || ed[0].Area != c[2] {
			t.Errorf("%q: education = %+v; want institution %q, area %q", c[0], ed, c[1], c[2])
		}
	}
}

// TestOneSlot: where a section's entries give one field of study alone
// each, an entry whose one field reads as a degree ("Bachillerato
// Tecnológico") fills the same slot, the area; where some entry gives a
// degree and a field, a degree alone stays the degree.
func TestOneSlot(t *testing.T) {
	edu := func(rows ...string) []resume.Education {
		txt := "Jane Roe\njane@example.org\n\nEducation\n\n" + strings.Join(rows, "\n\n") + "\n\nSkills\nGo, SQL\n"
		return parse.Text(txt, parse.Options{}).Resume.Education
	}
	ed := edu("Ingeniería de Computadores | Universidad de Málaga\nSep 2018 – Jun 2022",
		"Ingeniería de Sistemas Electrónicos | Universidad de Málaga\nSep 2017 – Jun 2018",
		"Bachillerato Tecnológico | IES Puerta de Arenas\nSep 2015 – Jun 2017")
	if len(ed) != 3 || ed[2].Area != "Bachillerato Tecnológico" || ed[2].StudyType != "" {
		t.Errorf("education = %+v", ed)
	}
	// as many degrees alone as fields alone: no one slot
	ed = edu("Mathematics | University of Leeds\nSep 2017 – Jun 2018",
		"Physics | King's College London\nSep 2015 – Jun 2017",
		"MBA | London Business School\nSep 2013 – Jun 2015",
		"BSc | University of York\nSep 2010 – Jun 2013")
	if len(ed) != 4 || ed[2].StudyType != "MBA" || ed[3].StudyType != "BSc" {
		t.Errorf("education = %+v", ed)
	}
}

// TestDatedTitleWrap: a title that ends mid-phrase with its dates set
// right after it on the line ("Technical Product Manager & 2017-12-15 -
// Present") goes on in the row below ("Software Engineer"); and
// in education, "Certificate … at Year Up" is the degree at its school.
func TestDatedTitleWrap(t *testing.T) {
	line := func(text string, y, size float64, bold bool) extract.Line {
		return extract.Line{Text: text, Page: 1, X: 65, Y: y, Width: 0.5 * size * float64(len(text)), FontSize: size, Bold: bold}
	}
	ls := []extract.Line{
		line("Jane Roe", 40, 20, true), line("jane@example.org", 70, 10, false),
		line("Experience", 110, 14, true),
		line("Acme Robotics", 135, 12.6, true),
		line("Technical Product Manager & 2017-12-15 - Present", 150, 10.8, false),
		line("Software Engineer", 163, 10.8, false),
		line("Led the integration of data between the billing, sales and support systems of the company.", 180, 10.8, false),
		line("Education", 220, 14, true),
		line("Certificate of Completion Front-End Development and Quality Assurance at 2015-09 - 2016-06", 240, 10.8, false),
		line("Year Up", 253, 10.8, false),
	}
	res := parse.Parse(&extract.Document{Format: "pdf", Lines: ls}, parse.Options{}).Resume
	if len(res.Work) != 1 || len(res.Work[0].Roles) != 1 || res.Work[0].Roles[0].Position != "Technical Product Manager & Software Engineer" ||
		res.Work[0].Roles[0].StartDate.String() != "2017-12-15" {
		t.Errorf("work = %+v", res.Work)
	}
	if len(res.Education) != 1 || res.Education[0].Institution != "Year Up" ||
		res.Education[0].StudyType != "Certificate of Completion Front-End Development and Quality Assurance" {
		t.Errorf("education = %+v", res.Education)
	}
}

// TestTitleOverCompany: where a section's entries give the title on one
// row and the company whole on the row below, a title with a separator of
// its own ("Teaching Assistant - Software Engineering") stays whole over
// its company instead of being cut into a title and a company while the
// company's row went to the summary.
func TestTitleOverCompany(t *testing.T) {
	txt := "Jane Roe\njane@example.org\n\nExperience\n\n" +
		"Mar 2024 – Present\nData Engineer\nAcme Corp\n- Built the billing pipeline.\n\n" +
		"Mar 2023 – Feb 2024\nTeaching Assistant - Software Engineering\nUniversidad Austral de Chile\n- Helped students with testing.\n\n" +
		"Jan 2022 – Feb 2023\nFull Stack Developer | Software Engineer\nData Research\n- Wrote the API.\n"
	var got []string
	for _, w := range parse.Text(txt, parse.Options{}).Resume.Work {
		for _, r := range w.Roles {
			got = append(got, r.Position+" @ "+w.Name)
		}
	}
	want := []string{"Data Engineer @ Acme Corp", "Teaching Assistant - Software Engineering @ Universidad Austral de Chile",
		"Full Stack Developer | Software Engineer @ Data Research"}
	if !slices.Equal(got, want) {
		t.Errorf("work\n%q\nwant\n%q", got, want)
	}
}

// TestPlaceAfterBarredDates: on a row cut at its bars around the dates,
// the piece after the dates is the place, a place the lists know or not
// ("Islamabad", a street address); it had been glued to the title.
func TestPlaceAfterBarredDates(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Jane Roe", Style: "Title"}, {Text: "jane@example.org | +92 751 5224859"},
		{Text: "Employment history", Heading: 1},
		{Text: "Cloud Enterprise Business Solutions", Bold: true},
		{Text: "Android Engineer | September 2022 – September 2023 | Islamabad"},
		{Text: "Worked on the store app.", ListItem: true},
		{Text: "Northwind Traders", Bold: true},
		{Text: "Cloud Solutions Engineer | May 2021 – May 2022 | 801 5th Ave Seattle, WA 98104"},
		{Text: "Ran the demos.", ListItem: true},
	}}
	var got []string
	for _, w := range parse.Parse(doc, parse.Options{}).Resume.Work {
		got = append(got, w.Roles[0].Position+" @ "+w.Name+" in "+w.Location)
	}
	want := []string{"Android Engineer @ Cloud Enterprise Business Solutions in Islamabad",
		"Cloud Solutions Engineer @ Northwind Traders in 801 5th Ave Seattle, WA 98104"}
	if !slices.Equal(got, want) {
		t.Errorf("work\n%q\nwant\n%q", got, want)
	}
}
