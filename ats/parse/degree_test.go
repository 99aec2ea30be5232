package parse

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/resume"
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
	got := schools(doc, func(e resume.Education) string { return e.Institution + " | " + e.StudyType + " | " + e.Area })
	want := []string{"University of Leeds | Bachelor | Information Technology", "Universidad de Sevilla | Profesional | Ingeniero de Sistemas",
		"Davis College | B.A. | Liberal Arts"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("education:\n got %q\nwant %q", got, want)
	}
}

// TestOtherDegreeRow fills the area the header left empty from the short
// bold row under it, and the degree from a degree's words.
func TestOtherDegreeRow(t *testing.T) {
	y := 60.0
	at := func(text string, bold, gap bool) extract.Line {
		y += 15
		if gap {
			y += 10
		}
		return extract.Line{Text: text, Page: 1, X: 40, Y: y, Width: 5 * float64(len(text)), FontSize: 9.75, Bold: bold}
	}
	doc := &extract.Document{Format: "pdf", Pages: 1, Lines: []extract.Line{
		at("Jane Roe", true, false), at("jane@example.org", false, false),
		{Text: "Education", Page: 1, X: 40, Y: 120, Width: 60, FontSize: 14, Bold: true},
	}}
	y = 125
	doc.Lines = append(doc.Lines,
		at("ConsenSys Academy", true, true), at("2018 - 2018", true, false), at("Online", false, true), at("Blockchain Development", true, false),
		at("Davidson College", true, true), at("2008 - 2012", true, false), at("B.A.", false, true), at("Liberal Arts", true, false),
		at("Skills", true, true), at("Go, SQL", false, false))
	for _, i := range []int{3, 7, 11} { // school names and the heading set larger
		doc.Lines[i].FontSize = 12
	}
	doc.Lines[2].FontSize, doc.Lines[11].Bold = 12, false
	got := schools(doc, func(e resume.Education) string { return e.Institution + " | " + e.StudyType + " | " + e.Area })
	want := []string{"ConsenSys Academy | Online | Blockchain Development", "Davidson College | B.A. | Liberal Arts"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("education:\n got %q\nwant %q", got, want)
	}
}

// TestBarPieces reads "Title | dates | place" under the employer's name,
// the dates between two bars.
func TestBarPieces(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Jane Roe", Bold: true, Heading: 1}, {Text: "jane@example.org"},
		{Text: "Employment history", Bold: true, Heading: 3},
		{Text: "Pandora", Bold: true, Heading: 4},
		{Text: "Especialista en Análisis de Clientes de CRM | April 2025 – Present | Ciudad de Panamá, Panamá"},
		{Text: "Como especialista, analizo a los clientes de Pandora en LATAM con DuckDB y PowerBI."},
		{Text: "Hola Moda", Bold: true, Heading: 4},
		{Text: "Especialista en Integraciones y Analítica | May 2024 – April 2025 | Punta Pacífica, Ciudad de Panamá, Panamá"},
		{Text: "Construí un pipeline de datos para los envíos de mercancía.", ListItem: true},
	}}
	var got []string
	for _, e := range Parse(doc, Options{}).Resume.Work {
		// (which of the two names is the title is the readings' call)
		got = append(got, e.Roles[0].StartDate.String()+" – "+e.Roles[0].EndDate.String())
		if h := e.Roles[0].Position + " " + e.Name; !strings.Contains(h, "Especialista en") || strings.ContainsAny(h, "|0123456789") {
			t.Errorf("header read as %q", h)
		}
	}
	if w := "2025-04 – present|2024-05 – 2025-04"; strings.Join(got, "|") != w {
		t.Errorf("dates %q, want %s", got, w)
	}
	// a place in three parts is the place, not the title's end
	for _, e := range Parse(doc, Options{}).Resume.Work[1:] {
		if h := e.Roles[0].Position + " " + e.Name; strings.Contains(h, "Pacífica") {
			t.Errorf("header read as %q", h)
		}
	}
}

// TestTitleRowOverDatedText: the first entry's title row, cut like the
// others at the section's " at ", is whole; the text beside the dates on
// the row under it begins the description. It was read as the title's
// wrapped end, and became the company.
func TestTitleRowOverDatedText(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Jane Roe", Bold: true, Heading: 1}, {Text: "jane@example.org"},
		{Text: "Work Experience", Bold: true, Heading: 3},
		{Text: "Consultant en système d'information at Matériel et Services", Bold: true},
		{Text: "Études, amélioration et évolution des process\t2021-10 – Present"},
		{Text: "Built the sales dashboards.", ListItem: true},
		{Text: "Webmaster at Matériel et Services", Bold: true},
		{Text: "2021-04 – 2021-10"},
		{Text: "Integrated the product data.", ListItem: true},
		{Text: "QA tester at Freelance", Bold: true},
		{Text: "2020-02 – 2021-03"},
		{Text: "Filed bug reports.", ListItem: true},
	}}
	var got []string
	work := Parse(doc, Options{}).Resume.Work
	for _, e := range work {
		for _, r := range e.Roles {
			got = append(got, r.Position+" | "+e.Name)
		}
	}
	want := "Consultant en système d'information | Matériel et Services; Webmaster | Matériel et Services; QA tester | Freelance"
	if strings.Join(got, "; ") != want {
		t.Errorf("work:\n got %q\nwant %q", strings.Join(got, "; "), want)
	}
	if len(work) > 0 && !strings.Contains(work[0].Roles[0].Summary+work[0].Description, "Études, amélioration") {
		t.Errorf("the text beside the dates is lost: %+v", work[0])
	}
}

// TestCompanyNamedLikeDomain: a company whose name is a bare domain
// ("Kiwi.ai") on its own row under the title is the company; only an
// address written as one (a scheme, "www.", a path) is taken for the
// employer's web address. The name vanished from the document.
func TestCompanyNamedLikeDomain(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Hamza Qureshi", Bold: true, Heading: 1}, {Text: "hamza@example.com"},
		{Text: "Professional Experience", Bold: true, Heading: 2},
		{Text: "April 2017 – Present"}, {Text: "Consultant", Bold: true}, {Text: "Infusion"},
		{Text: "June 2014 – March 2017"}, {Text: "Senior Android Developer", Bold: true}, {Text: "Kiwi.ai"},
	}}
	var got []string
	for _, e := range Parse(doc, Options{}).Resume.Work {
		for _, r := range e.Roles {
			got = append(got, r.Position+" | "+e.Name+" | "+r.Summary+e.Description)
		}
	}
	if want := "Consultant | Infusion | ; Senior Android Developer | Kiwi.ai | "; strings.Join(got, "; ") != want {
		t.Errorf("work:\n got %q\nwant %q", strings.Join(got, "; "), want)
	}
}

// TestMarginDatesRowIndent: under a row that opens with its dates in a
// margin ("2001 – 2007<tab>Analista"), the row's x is the dates'; the
// company row set where the title stands is a header row, not the
// description indented under the title. Short year ranges start further
// right than "08/2024 – Present", and their companies went to the
// summary.
func TestMarginDatesRowIndent(t *testing.T) {
	l := func(x, y, size float64, text string) extract.Line {
		return extract.Line{Text: text, Page: 1, X: x, Y: y, FontSize: size, Width: 200}
	}
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		l(89, 100, 14, "Ramón Álvarez Fuentes"), l(89, 115, 9, "ramon@example.com"), l(89, 234, 9, "WORK EXPERIENCE"),
		l(103.9, 253.4, 11.1, "08/2024 – Present\tIngeniero de Software"),
		l(187.1, 268, 9, "M&L AI SpA, Santiago, Chile"),
		l(187.1, 282.5, 9, "– Diseñé e implementé arquitecturas"),
		l(127.3, 547.1, 11.1, "2001 – 2007\tAnalista Desarrollador"),
		l(187.1, 561.6, 9, "Newsystems Ltda., Santiago, Chile"),
		l(187.1, 576.2, 9, "– Desarrollo y mantenimiento de plataformas"),
		l(127.3, 612.4, 11.1, "2000 – 2001\tJefe de Proyecto y Analista"),
		l(187.1, 627, 9, "Salas Consultoría y Asociados, Santiago, Chile"),
		l(187.1, 641.5, 9, "– Implementación de pilotos"),
		l(58.7, 675.1, 9, "EDUCATION AND TRAINING"),
	}}
	var got []string
	for _, e := range Parse(doc, Options{}).Resume.Work {
		for _, r := range e.Roles {
			got = append(got, r.Position+" | "+e.Name+" | "+e.Location+" | "+r.Summary)
		}
	}
	want := "Ingeniero de Software | M&L AI SpA | Santiago, Chile | ; " +
		"Analista Desarrollador | Newsystems Ltda. | Santiago, Chile | ; " +
		"Jefe de Proyecto y Analista | Salas Consultoría y Asociados | Santiago, Chile | "
	if strings.Join(got, "; ") != want {
		t.Errorf("work:\n got %q\nwant %q", strings.Join(got, "; "), want)
	}
}

// TestCompanyBesideTown reads the row under a title as its company and
// town: "Renault, Guyancourt" when neither part is a place the lists know
// (a known part keeps the row a place: "Lyon, Rhône"), and "ekonoo" set
// apart from "Luxembourg, LU" whatever its case. The first became the
// location, the second the summary, and the company was empty.
func TestCompanyBesideTown(t *testing.T) {
	l := func(x, y, size float64, text string) extract.Line {
		return extract.Line{Text: text, Page: 1, X: x, Y: y, FontSize: size, Width: 150}
	}
	entry := func(y float64, title, dates, company, place string) []extract.Line {
		ls := []extract.Line{l(46.8, y, 10.9, title), l(476.4, y, 10.9, dates), l(46.8, y+13.5, 10, company)}
		if place != "" {
			ls = append(ls, l(497, y+13.5, 10, place))
		}
		return append(ls, l(59.1, y+34, 10, "– Built the services."))
	}
	for _, c := range []struct {
		entries [][]extract.Line
		want    string
	}{
		{[][]extract.Line{
			entry(247.7, "Développeur logiciel", "Sep 2019 – Present", "Renault, Guyancourt", ""),
			entry(307.7, "Stagiaire", "Jan 2018 – Mar 2019", "Lyon, Rhône", ""),
		}, "Développeur logiciel | Renault | Guyancourt; Stagiaire |  | Lyon, Rhône"},
		{[][]extract.Line{
			entry(247.7, "Software Engineer", "Sep 2020 – Present", "Acme Corp", "Paris, FR"),
			entry(307.7, "Backend Developer", "Apr 2019 – Jun 2020", "ekonoo", "Luxembourg, LU"),
			entry(367.7, "Intern", "Jan 2018 – Mar 2019", "Globex", "Berlin, DE"),
		}, "Software Engineer | Acme Corp | Paris, FR; Backend Developer | ekonoo | Luxembourg, LU; Intern | Globex | Berlin, DE"},
	} {
		doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
			l(36, 60, 20, "Arnaud Roussel"), l(36, 80, 10, "arnaud@example.com | Paris, FR"), l(36, 227.8, 12, "Experience"),
		}}
		for _, e := range c.entries {
			doc.Lines = append(doc.Lines, e...)
		}
		var got []string
		for _, e := range Parse(doc, Options{}).Resume.Work {
			for _, r := range e.Roles {
				got = append(got, r.Position+" | "+e.Name+" | "+e.Location)
			}
		}
		if strings.Join(got, "; ") != c.want {
			t.Errorf("work:\n got %q\nwant %q", strings.Join(got, "; "), c.want)
		}
	}
}

// TestTagSetLikeHeading: a tag under an entry set like a section heading
// ("PHP") whose words name no section does not end the work section when
// dated entries follow it: they were read as an unknown section and lost.
func TestTagSetLikeHeading(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Katrin Wolf", Bold: true, Heading: 1}, {Text: "katrin@example.com"},
		{Text: "EXPERIENCE", Bold: true, Heading: 2},
		{Text: "Musikerstube, Frontend Developer", Bold: true}, {Text: "2020-12-01 — 2020-12-31"},
		{Text: "Built a video player for Vimeo."},
		{Text: "PHP", Bold: true, Heading: 2},
		{Text: "book-in Manager, Frontend Developer", Bold: true}, {Text: "2021-01-31 — 2022-06-30"},
		{Text: "Built components for a hotel management tool."},
		{Text: "Divery.io, Lead Frontend Developer", Bold: true}, {Text: "2018-11-30 — 2020-02-28"},
		{Text: "Moved the platform to React."},
		{Text: "EDUCATION", Bold: true, Heading: 2},
		{Text: "Hochschule Hannover, B.Sc. Business Information Systems", Bold: true}, {Text: "2010 — 2013"},
	}}
	var got []string
	for _, e := range Parse(doc, Options{}).Resume.Work {
		for _, r := range e.Roles {
			got = append(got, r.StartDate.String())
		}
	}
	if want := "2020-12-01 2021-01-31 2018-11-30"; strings.Join(got, " ") != want {
		t.Errorf("work starts %q, want %s", got, want)
	}
}

// TestSchoolBracketKept: a bracket after the school is part of its name
// ("University of Agder (UiA)"); it was cut off and dropped.
func TestSchoolBracketKept(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Harry Solsem", Bold: true, Heading: 1}, {Text: "harry@example.com"},
		{Text: "Education", Bold: true, Heading: 2},
		{Text: "Management, Bachelor, BI Norwegian Business School"}, {Text: "Jan, 2018 - Jan, 2019"},
		{Text: "Software Engineering, Bachelor, University of Agder (UiA)"}, {Text: "Aug, 1999 - May, 2000"},
		{Text: "Computer Science, Bachelor, Norwegian School of Information Technology (NITH)"}, {Text: "Aug, 1992 - May, 1994"},
	}}
	got := schools(doc, func(e resume.Education) string { return e.Institution })
	if want := "BI Norwegian Business School|University of Agder (UiA)|Norwegian School of Information Technology (NITH)"; strings.Join(got, "|") != want {
		t.Errorf("institutions %q, want %s", got, want)
	}
}

// TestSwapByWords turns a section's position and company round when the
// words of its entries say so, and leaves an entry whose own words
// disagree, and a section read the right way round, as they are.
func TestSwapByWords(t *testing.T) {
	read := [][]string{
		{"SANE STANDARD", "DÉVELOPPEUR WORDPRESS", ""},
		{"CODING ACCELERATOR", "MENTOR TECHNIQUE", ""},
		{"ALFIE", "INTÉGRATION WEB / SHOPIFY", ""},
		{"Software Engineer", "Globex Corporation", ""},
		{"Founder", "", ""},
	}
	swapByWords(read)
	want := [][]string{
		{"DÉVELOPPEUR WORDPRESS", "SANE STANDARD", ""},
		{"MENTOR TECHNIQUE", "CODING ACCELERATOR", ""},
		{"INTÉGRATION WEB / SHOPIFY", "ALFIE", ""},
		{"Software Engineer", "Globex Corporation", ""},
		{"Founder", "", ""},
	}
	if !reflect.DeepEqual(read, want) {
		t.Errorf("swapped to %q,\nwant %q", read, want)
	}
	right := [][]string{{"Data Lead", "Spotahome", ""}, {"Software Engineer", "Acme Inc", ""}}
	swapByWords(right)
	if right[0][0] != "Data Lead" || right[1][0] != "Software Engineer" {
		t.Errorf("a section read the right way round was turned: %q", right)
	}
}

// TestCompanyBracketKept keeps a bracket after a company in its name
// ("(via Ciber)" fell out of every field), whether the title is on the
// company's row or above it, and still reads a place or a way of working
// in brackets as no part of the name.
func TestCompanyBracketKept(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Stijn Koopal", Bold: true, Heading: 1}, {Text: "stijn@example.com"},
		{Text: "Experience", Bold: true, Heading: 2},
		{Text: "Software Engineer 3", Bold: true}, {Text: "Sev1Tech (formerly Geocent)"}, {Text: "Feb 2016 – Nov 2022"},
		{Text: "Full-Stack Developer & Scrum Master", Bold: true}, {Text: "Alphabet (via Ciber)"}, {Text: "Jan 2014 – Jan 2016"},
		{Text: "Web Developer", Bold: true}, {Text: "Acme Corp (Berlin)"}, {Text: "Jan 2012 – Jan 2014"},
		{Text: "Backend Developer", Bold: true}, {Text: "Globex Inc (Remote)"}, {Text: "Jan 2010 – Jan 2012"},
		{Text: "Firmware Test Engineer", Bold: true}, {Text: "Moonshot Factory (Chorus)"}, {Text: "Jan 2008 – Jan 2010"},
	}}
	got := employers(doc, func(e resume.Employer) string { return e.Name + " / " + e.Location })
	want := "Sev1Tech (formerly Geocent) / |Alphabet (via Ciber) / |Acme Corp / Berlin|Globex Inc / Remote|Moonshot Factory (Chorus) / "
	if strings.Join(got, "|") != want {
		t.Errorf("companies %q,\nwant %s", got, want)
	}
	one := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Stijn Koopal", Bold: true, Heading: 1}, {Text: "stijn@example.com"},
		{Text: "Experience", Bold: true, Heading: 2},
		{Text: "Lead Engineer | Time2Play Media Ltd. (former KaFe.Rocks Ltd.)\tJan 2018 – Jan 2020"},
		{Text: "Consultant | European Union Agency (via IBM)\tJan 2016 – Jan 2018"},
	}}
	got = employers(one, func(e resume.Employer) string { return e.Name })
	if want := "Time2Play Media Ltd. (former KaFe.Rocks Ltd.)|European Union Agency (via IBM)"; strings.Join(got, "|") != want {
		t.Errorf("companies on the title row %q, want %s", got, want)
	}
}

// TestUnreadKeepsRest returns the header text no field took: a piece no
// value holds whole, the rest of a piece around the values it holds
// (once the whole piece counted as read, and "Cayenne" vanished), and
// nothing of a piece a value holds whole.
func TestUnreadKeepsRest(t *testing.T) {
	heads := []piece{
		{text: "Webmaster, Matériel et Services Guyane, Cayenne", row: 0},
		{text: "Senior", row: 1},
		{text: "Etudes et évolution des process", row: 2},
	}
	got := unread(heads, "Webmaster", "Matériel et Services Guyane", "Senior Webmaster")
	if want := []string{"Cayenne", "Etudes et évolution des process"}; !reflect.DeepEqual(got, want) {
		t.Errorf("unread %q, want %q", got, want)
	}
}

// TestMajorityKey counts an entry the rules read with a segment unused
// ("Technical Architect, Consultant" cut at its comma) for the layout
// that uses every segment, and finds no majority where there is none.
func TestMajorityKey(t *testing.T) {
	for _, c := range []struct {
		keys []string
		key  string
		ok   bool
	}{
		{[]string{"PC/L", "PC/L", "P/C", "P-C/L", "P-/C", "P/C", "P/C"}, "P/C", true},
		{[]string{"PC/L", "PC/L", "P/C", "P-C/L", "P/C", "P/C", "C/P"}, "P/C", false},
		{[]string{"", "", "PC", "PC-", "P"}, "PC", true},
		{[]string{"", ""}, "", false},
		{[]string{"-/PC", "-/PC", "C/P"}, "-/PC", false}, // a layout that leaves a segment unused
		{[]string{"P", "P", "P", "P/C"}, "P", false},     // one field is a layout only where all have it
		{[]string{"P", "", "P"}, "P", true},
	} {
		key, ok := majorityKey(c.keys)
		if key != c.key || ok != c.ok {
			t.Errorf("majorityKey(%q) = %q, %v; want %q, %v", c.keys, key, ok, c.key, c.ok)
		}
	}
	for k, want := range map[string]bool{"PC/-": true, "PC-": true, "PC/--": true, "PC": false, "P/C": false, "PC/L": false} {
		if got := unusedTail(k, "PC"); got != want {
			t.Errorf("unusedTail(%q, PC) = %v, want %v", k, got, want)
		}
	}
	for k, want := range map[string]bool{"C-/P": true, "C/P-": true, "C/P": false, "P/-C": false, "-C/P": false, "CL/P": false} {
		if got := unusedInRow(k, "C/P"); got != want {
			t.Errorf("unusedInRow(%q, C/P) = %v, want %v", k, got, want)
		}
	}
}

// TestTitleWithDashOverCompany reads a title row with a dash in it whole
// when the section's other entries give the title on a row and the
// company on the next ("Senior Director - Product Engineering" over
// "Global Payments Inc" was title "Senior Director", company "Product
// Engineering", and the real company a place).
func TestTitleWithDashOverCompany(t *testing.T) {
	lines := []extract.Line{{Text: "Arun Kumar", Bold: true, Heading: 1}, {Text: "arun@example.com"},
		{Text: "Professional Experience", Bold: true, Heading: 2}}
	for _, e := range [][3]string{
		{"Nov 2023 – Present", "Senior Director - Product Engineering", "Global Payments Inc"},
		{"Jan 2019 – Oct 2023", "Senior Director - Product Development", "Volante Technologies"},
		{"Aug 2017 – Jan 2019", "Engineering Manager", "CaratLane"},
		{"Oct 2016 – Jul 2017", "Architect, CC Lead, AnyDevice Capability Centre", "Altimetrik Inc"},
		{"Feb 2014 – Jul 2016", "Technical Architect, Consultant", "Amtex Inc"},
		{"Jan 2006 – Oct 2016", "Founder & Technology Head", "Smackall Games"},
		{"Jan 2005 – Jan 2006", "Software Developer", "Real Image Media Technology"},
	} {
		lines = append(lines, extract.Line{Text: e[0]}, extract.Line{Text: e[1], Bold: true}, extract.Line{Text: e[2]},
			extract.Line{Text: "• Led the team that built the product.", ListItem: true})
	}
	got := roles(&extract.Document{Format: "docx", Lines: lines}, func(w resume.Employer, r resume.Role) string { return r.Position + " @ " + w.Name + " / " + w.Location })
	want := []string{
		"Senior Director - Product Engineering @ Global Payments Inc / ",
		"Senior Director - Product Development @ Volante Technologies / ",
		"Engineering Manager @ CaratLane / ",
		"Architect, CC Lead, AnyDevice Capability Centre @ Altimetrik Inc / ",
		"Technical Architect, Consultant @ Amtex Inc / ",
		"Founder & Technology Head @ Smackall Games / ",
		"Software Developer @ Real Image Media Technology / ",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("roles\n%q\nwant\n%q", got, want)
	}
}

// TestCompanyEndingWithLegalForm reads a company row that ends with a
// legal form's abbreviation ("S.A. de C.V.") as the company, not as a
// sentence of the role's summary.
func TestCompanyEndingWithLegalForm(t *testing.T) {
	lines := []extract.Line{{Text: "Hugo Sama", Bold: true, Heading: 1}, {Text: "hugo@example.com"},
		{Text: "Experiencia", Bold: true, Heading: 2}}
	for _, e := range [][3]string{
		{"Arquitecto de Software", "COPPEL S.A. de C.V.", "Feb 2014 – Present"},
		{"Desarrollador Web", "INFORMATICA ELECTORAL S.A. de C.V.", "Aug 2012 – Jul 2013"},
		{"Consultor", "PC HOME S.A. de C.V.", "Aug 2011 – Aug 2012"},
	} {
		lines = append(lines, extract.Line{Text: e[0], Bold: true}, extract.Line{Text: e[1]}, extract.Line{Text: e[2]},
			extract.Line{Text: "Instalación a tiempo del sistema de elecciones para Sinaloa."})
	}
	got := employers(&extract.Document{Format: "docx", Lines: lines}, func(w resume.Employer) string { return w.Name })
	if want := "COPPEL S.A. de C.V.|INFORMATICA ELECTORAL S.A. de C.V.|PC HOME S.A. de C.V."; strings.Join(got, "|") != want {
		t.Errorf("companies %q, want %s", got, want)
	}
}

// TestLowerCaseCompany reads a company written in lower case ("everis",
// "bitcrowd") between its title row and its dates as the company, and a
// short lower-case line that ends a wrapped paragraph as prose.
func TestLowerCaseCompany(t *testing.T) {
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		{Text: "Carlos Josue", Bold: true, Heading: 1}, {Text: "carlos@example.com"},
		{Text: "Work", Bold: true, Heading: 2},
		{Text: "Frontend Developer", Bold: true}, {Text: "Simple Perú"}, {Text: "Dec 2021 – Present"},
		{Text: "Built the checkout and the design system of the customer portal with the team and"},
		{Text: "partners"},
		{Text: "Frontend Engineer", Bold: true}, {Text: "everis"}, {Text: "Mar 2021 – Nov 2021"},
		{Text: "Took part in projects for the banking sector."},
		{Text: "Software Engineer", Bold: true}, {Text: "bitcrowd"}, {Text: "Jan 2018 – Feb 2021"},
		{Text: "Built applications with Ruby on Rails."},
	}}
	res := Parse(doc, Options{}).Resume
	var got []string
	for _, w := range res.Work {
		got = append(got, w.Name)
	}
	if want := "Simple Perú|everis|bitcrowd"; strings.Join(got, "|") != want {
		t.Errorf("companies %q, want %s", got, want)
	}
	if len(res.Work) > 0 && !strings.Contains(res.Work[0].Roles[0].Summary, "partners") {
		t.Errorf("the paragraph's last line left the summary: %q", res.Work[0].Roles[0].Summary)
	}
}

// TestLayoutLeavingSegmentUnused reads a section whose rules' layout
// leaves a segment of every entry unused with the model instead: the
// schools above "Course, Object Oriented with Java" were that segment,
// and vanished.
func TestLayoutLeavingSegmentUnused(t *testing.T) {
	lines := []extract.Line{{Text: "Luis Brandão", Bold: true, Heading: 1}, {Text: "luis@example.com"},
		{Text: "Education", Bold: true, Heading: 2}}
	for _, e := range [][3]string{
		{"Feb 2018 – May 2018", "Coursera", "Course, Object Oriented with Java"},
		{"Sep 2009 – Jul 2010", "ISLA Gaia", "College Degree, Multimedia Systems Engineering"},
		{"Sep 2003 – Jul 2006", "Universidade de Aveiro", "Master Degree, Information Management"},
		{"Sep 2000 – Jul 2003", "ISLA Gaia", "College Degree, Management of Information Systems and Multimedia"},
	} {
		lines = append(lines, extract.Line{Text: e[0]}, extract.Line{Text: e[1], Bold: true}, extract.Line{Text: e[2]})
	}
	got := schools(&extract.Document{Format: "docx", Lines: lines}, func(e resume.Education) string { return e.Institution })
	if want := "Coursera|ISLA Gaia|Universidade de Aveiro|ISLA Gaia"; strings.Join(got, "|") != want {
		t.Errorf("institutions %q, want %s", got, want)
	}
}

// TestSlashedPlace reads two places, or a place and a way of working,
// joined by a slash as a place, and no other slashed text.
func TestSlashedPlace(t *testing.T) {
	for s, want := range map[string]bool{
		"Kuwait/Remote": true, "Zurich, Switzerland/Amsterdam, Netherlands": true, "US / Remote": true,
		"Madrid, Spain": true, "TCP/IP": false, "Android/iOS": false, "Team Lead/Remote": false, "a/b/c": false,
	} {
		if got := looksLikeLocation(s); got != want {
			t.Errorf("looksLikeLocation(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestGradeAfterSchool takes a grade that closes an education row
// ("…, Universidad Tecnológica de León, 9.0") for the score, not for a
// part of the school's name.
func TestGradeAfterSchool(t *testing.T) {
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		{Text: "Julio Buscer", Bold: true, Heading: 1}, {Text: "julio@example.com"},
		{Text: "Education", Bold: true, Heading: 2},
		{Text: "09/2020 – Ingeniería, Desarrollo y Gestión de Software, Universidad Tecnológica de León, 9.0"}, {Text: "08/2022"},
		{Text: "09/2018 – Técnico Superior Universitario, Desarrollo de Software, Instituto Tecnológico de Celaya, 4.0"}, {Text: "08/2020"},
	}}
	got := schools(doc, func(e resume.Education) string { return e.Institution + " / " + e.Score })
	if want := "Universidad Tecnológica de León / 9.0|Instituto Tecnológico de Celaya / 4.0"; strings.Join(got, "|") != want {
		t.Errorf("schools %q, want %s", got, want)
	}
}

// TestDegreeJoinedToArea splits a degree that opens the area with no
// separator ("Bachelor Computer Science Honours at McMaster University")
// into study type and area. (A study type given alone stays whole:
// check's TestLoneDegreeField.)
func TestDegreeJoinedToArea(t *testing.T) {
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		{Text: "Afzal Ive", Bold: true, Heading: 1}, {Text: "afzal@example.com"},
		{Text: "Education", Bold: true, Heading: 2},
		{Text: "Bachelor Computer Science Honours at McMaster University", Bold: true}, {Text: "Sep 2012 - Apr 2017"},
		{Text: "Bachelor Mathematics at Wichita State University", Bold: true}, {Text: "Sep 2008 - Apr 2012"},
	}}
	got := schools(doc, func(e resume.Education) string { return e.Institution + " / " + e.StudyType + " / " + e.Area })
	if want := "McMaster University / Bachelor / Computer Science Honours|Wichita State University / Bachelor / Mathematics"; strings.Join(got, "|") != want {
		t.Errorf("education %q, want %s", got, want)
	}
}

// TestDegreeOrderByClearPairs keeps the order a section prints its
// degrees in ("Study type, Area") when some of its areas hold degree words
// too: "Profesional, Ingeniero de Sistemas" does not say the area comes
// first, as "Profesional" names no field.
func TestDegreeOrderByClearPairs(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Felix Donoso", Bold: true, Heading: 1}, {Text: "felix@example.com"},
		{Text: "Education", Bold: true, Heading: 2},
		{Text: "Fundación Escuela Tecnológica de Neiva - FET", Bold: true},
		{Text: "Diplomado, Diplomado en Docencia Universitaria — Nov 2023 – Dec 2023"},
		{Text: "Institución Universitaria Antonio Jose Camacho - UNIAJC", Bold: true},
		{Text: "Profesional, Ingeniero de Sistemas — Jan 2016 – Dec 2019"},
		{Text: "Servicio Nacional de Aprendizaje - SENA", Bold: true},
		{Text: "Tecnológico, Tecnólogo en Análisis y Desarrollo de Sistemas de Información — Jan 2016 – Dec 2019"},
	}}
	got := schools(doc, func(e resume.Education) string { return e.StudyType + " / " + e.Area })
	if want := "Diplomado / Diplomado en Docencia Universitaria|Profesional / Ingeniero de Sistemas|Tecnológico / Tecnólogo en Análisis y Desarrollo de Sistemas de Información"; strings.Join(got, "|") != want {
		t.Errorf("degrees %q, want %s", got, want)
	}
}

// TestDegreeBelow joins a degree set on rows of its own under its
// school, cut off as an entry with no school and no dates (theme-kendall:
// the dates, the school, its link, "Licenciatura", the field), to the
// school; and leaves it where a school follows, as the section may print
// each degree above its school.
func TestDegreeBelow(t *testing.T) {
	rng := []resume.Range{{Start: resume.YearMonth(2017, 1), End: resume.YearMonth(2021, 1)}}
	es := []*entry{
		{heads: []piece{{"Universidad Tecnológica de Panamá", 2}}, rngs: rng, body: []item{{text: "https://utp.ac.pa/", rows: []int{3}}}},
		{heads: []piece{{"Licenciatura", 4}, {"Ingeniería de Sistemas y Computación", 5}}, body: []item{{text: "Grade: 2.1/3.0", rows: []int{6}}}},
		{heads: []piece{{"Universidad del Pacifico", 7}}, rngs: rng},
		{heads: []piece{{"Ingeniería de sistemas", 8}}},
	}
	read := [][]string{{"Universidad Tecnológica de Panamá", "", "", ""}, {"", "Licenciatura", "Ingeniería de Sistemas y Computación", ""},
		{"Universidad del Pacifico", "", "", ""}, {"", "Ingeniería de sistemas", "", ""}}
	degreeBelow(es, read)
	want := [][]string{{"Universidad Tecnológica de Panamá", "Licenciatura", "Ingeniería de Sistemas y Computación", ""}, {"", "", "", ""},
		{"Universidad del Pacifico", "Ingeniería de sistemas", "", ""}, {"", "", "", ""}}
	if !reflect.DeepEqual(read, want) {
		t.Errorf("read %q,\nwant %q", read, want)
	}
	if es[1].heads != nil || len(es[0].heads) != 3 || len(es[0].body) != 2 || es[0].body[1].text != "Grade: 2.1/3.0" {
		t.Errorf("the degree's entry was not folded into the school's: %+v, %+v", es[0], es[1])
	}

	// "B. Tech" / "McMaster University" / "Adv. Diploma" / "Conestoga College"
	es = []*entry{
		{heads: []piece{{"McMaster University, Hamilton, ON", 1}}},
		{heads: []piece{{"Adv. Diploma, Software Engineering", 2}}, body: []item{{text: "Conestoga College, Kitchener, ON", rows: []int{3}}}},
	}
	read = [][]string{{"McMaster University, Hamilton, ON", "", "", ""}, {"", "Adv. Diploma", "Software Engineering", ""}}
	degreeBelow(es, read)
	if read[0][1] != "" {
		t.Errorf("the second school's degree went to the first: %q", read)
	}
}

// TestNoFieldInsideName reads "Ingeniería de sistemas" as one name: no
// reading starts a field at the word that joins its parts.
func TestNoFieldInsideName(t *testing.T) {
	heads := []piece{{"Ingeniería de sistemas", 0}}
	c := &readCtx{heads: heads, segs: segments(heads, true)}
	w, _ := weights(eduKind)
	for _, r := range eduKind.readings(c, w, true) {
		for i, f := range r.fields {
			if strings.HasPrefix(f, "de ") {
				t.Errorf("reading %s has %s %q", r.key, eduKind.fields[i], f)
			}
		}
	}
}

// TestNameWrappedBeforeJoiningWord reads a school's name that a narrow
// box broke before a joining word ("Universidad Tecnológica" over "de
// Panamá"; in a bold title, "and" too) as one name.
func TestNameWrappedBeforeJoiningWord(t *testing.T) {
	y := 100.0
	l := func(text string, bold bool, size float64) extract.Line {
		y += 16
		return extract.Line{Text: text, Page: 1, X: 53, Y: y, Width: 6 * float64(len(text)), FontSize: size, Bold: bold}
	}
	doc := &extract.Document{Format: "pdf", Pages: 1, Lines: []extract.Line{
		l("Alois Ruiz", true, 24), l("alois@example.com", false, 11.4),
		l("Software engineer who builds distributed systems for logistics and payments companies.", false, 11.4),
		l("EDUCATION", true, 17.1),
		l("2017", true, 11.4), l("2021", true, 11.4),
		l("Universidad Tecnológica", true, 13.7), l("de Panamá", true, 13.7),
		l("Licenciatura", false, 11.4),
		l("2012", true, 11.4), l("2016", true, 11.4),
		l("Faculty of Mathematics", true, 13.7), l("and Physics", true, 13.7),
		l("Bachelor", false, 11.4),
	}}
	got := schools(doc, func(e resume.Education) string { return e.Institution })
	if want := "Universidad Tecnológica de Panamá|Faculty of Mathematics and Physics"; strings.Join(got, "|") != want {
		t.Errorf("schools %q, want %s", got, want)
	}
}

// TestDashTitlesOverCompanies reads "Centers Junior - Desarrollador
// Frontend" over "NTT DATA CENTERS" as the title and its company where the
// section's other entries hold a title over a company: the rules read
// such entries as title, company and a place that names no place, and
// those readings do not vote for the section's layout. A bar may stand
// inside a title too ("Ingeniero de software | Desarrollador Full
// Stack").
func TestDashTitlesOverCompanies(t *testing.T) {
	lines := []extract.Line{{Text: "Carlos Torres", Bold: true, Heading: 1}, {Text: "carlos@example.com"},
		{Text: "Work", Bold: true, Heading: 2}}
	for _, e := range [][3]string{
		{"Centers Junior - Desarrollador Frontend", "NTT DATA CENTERS", "Jun 2025 – Present"},
		{"Ayudante de informatica", "Fundacion Educacional Seminario San Fidel", "Mar 2025 – Jul 2025"},
		{"Ayudante Curso de Base de Datos", "Universidad Austral de Chile / Saesa", "Aug 2024 – Dec 2024"},
		{"Teaching Assistant - Software Construction", "Universidad Austral de Chile", "Mar 2024 – Jun 2024"},
		{"Ayudante de Asignaturas", "Universidad Austral de Chile", "Mar 2023 – Dec 2023"},
		{"Ingeniero de software | Desarrollador Full Stack", "Data Research", "Dec 2022 – Jan 2023"},
	} {
		lines = append(lines, extract.Line{Text: e[0], Bold: true}, extract.Line{Text: e[1]}, extract.Line{Text: e[2]},
			extract.Line{Text: "Built and maintained the web applications of the team."})
	}
	got := roles(&extract.Document{Format: "pdf", Lines: lines}, func(w resume.Employer, r resume.Role) string { return r.Position + " @ " + w.Name })
	want := []string{
		"Centers Junior - Desarrollador Frontend @ NTT DATA CENTERS",
		"Ayudante de informatica @ Fundacion Educacional Seminario San Fidel",
		"Ayudante Curso de Base de Datos @ Universidad Austral de Chile / Saesa",
		"Teaching Assistant - Software Construction @ Universidad Austral de Chile",
		"Ayudante de Asignaturas @ Universidad Austral de Chile",
		"Ingeniero de software | Desarrollador Full Stack @ Data Research",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("roles\n%q\nwant\n%q", got, want)
	}
}

// TestSchoolAcronym keeps the acronym a header sets beside its school
// after a dash, where the readings cut it off as the area or left it
// out.
func TestSchoolAcronym(t *testing.T) {
	for _, c := range []struct{ head, name, want string }{
		{"Servicio Nacional de Aprendizaje - SENA", "Servicio Nacional de Aprendizaje", "Servicio Nacional de Aprendizaje - SENA"},
		{"ESEO - École Supérieure d'Électronique de l'Ouest, Angers", "École Supérieure d'Électronique de l'Ouest", "ESEO - École Supérieure d'Électronique de l'Ouest"},
		{"University of Wisconsin - Madison", "University of Wisconsin", "University of Wisconsin"}, // a place
		{"Stanford University - MBA", "Stanford University", "Stanford University"},                 // a degree
		{"Lycée Henri IV - PARIS", "Lycée Henri IV", "Lycée Henri IV"},                              // a known town
	} {
		if got := schoolAcronym([]piece{{c.head, 0}}, c.name, "ICT"); got != c.want {
			t.Errorf("schoolAcronym(%q, %q) = %q, want %q", c.head, c.name, got, c.want)
		}
	}
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		{Text: "Felix Donoso", Bold: true, Heading: 1}, {Text: "felix@example.com"},
		{Text: "Education", Bold: true, Heading: 2},
		{Text: "Fundación Escuela Tecnológica de Neiva - FET", Bold: true},
		{Text: "Diplomado, Diplomado en Docencia Universitaria"},
		{Text: "Nov 2023 – Dec 2023"},
		{Text: "Institución Universitaria Antonio Jose Camacho - UNIAJC", Bold: true},
		{Text: "Profesional, Ingeniero de Sistemas"},
		{Text: "Jan 2016 – Dec 2019"},
	}}
	for _, s := range schools(doc, func(e resume.Education) string { return e.Institution + " / " + e.Area }) {
		if !strings.Contains(s, " - FET /") && !strings.Contains(s, " - UNIAJC /") || strings.HasSuffix(s, "FET") || strings.HasSuffix(s, "UNIAJC") {
			t.Errorf("school %q lost its acronym", s)
		}
	}
}

// TestHomePlace vouches for a town no list knows as a place where the
// resume's own address names it ("Islamabad, PK" in the contact lines),
// in the section's place slot as well.
func TestHomePlace(t *testing.T) {
	p := &parser{res: &Result{Resume: &resume.Resume{Basics: resume.Basics{Location: resume.Location{City: "Islamabad", Region: "PK"}}}}}
	for s, want := range map[string]bool{"Islamabad": true, "islamabad": true, "Islamabad, PK": true, "Lahore": false, "PK": false, "": false} {
		if got := p.homePlace(s); got != want {
			t.Errorf("homePlace(%q) = %v, want %v", s, got, want)
		}
	}
	es := []*entry{{heads: []piece{{"Android Engineer", 0}, {"Techless", 1}, {"Islamabad", 1}}},
		{heads: []piece{{"Software Engineer", 2}, {"Upwork", 3}, {"Islamabad", 3}}}}
	read := [][]string{{"Android Engineer", "Techless", "Islamabad"}, {"Software Engineer", "Upwork", "Islamabad"}}
	if got := placeSlots(es, read, "Faisal Sheikh", p.homePlace); !reflect.DeepEqual(got, []bool{true, true}) {
		t.Errorf("placeSlots = %v, want both", got)
	}
	if got := placeSlots(es, read, "Faisal Sheikh", func(string) bool { return false }); got != nil {
		t.Errorf("placeSlots without the address = %v, want none", got)
	}
}

// TestDegreeParts reads a degree written alone: honours are no degree
// ("Computer Science Honours, Bachelor" is the field, then the degree),
// and a degree's own name is the degree even where a field's word ends it
// ("Doctor of Philosophy").
func TestDegreeParts(t *testing.T) {
	for _, c := range [][3]string{
		{"Computer Science Honours, Bachelor", "Bachelor", "Computer Science Honours"},
		{"Doctor of Philosophy", "Doctor of Philosophy", ""},
		{"Master of Business Administration", "Master of Business Administration", ""},
		{"Ingeniería de Sistemas y Computación", "", "Ingeniería de Sistemas y Computación"},
		{"Bachelor of Science in Computer Science", "Bachelor of Science", "Computer Science"},
	} {
		if st, area := degreeParts(c[0]); st != c[1] || area != c[2] {
			t.Errorf("degreeParts(%q) = %q, %q; want %q, %q", c[0], st, area, c[1], c[2])
		}
	}
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		{Text: "Afzal Ive", Bold: true, Heading: 1}, {Text: "afzal@example.com"},
		{Text: "Education", Bold: true, Heading: 2},
		{Text: "McMaster University", Bold: true}, {Text: "Computer Science Honours, Bachelor"}, {Text: "Sep 2009 - Apr 2014"},
	}}
	got := schools(doc, func(e resume.Education) string { return e.StudyType + " / " + e.Area })
	if want := "Bachelor / Computer Science Honours"; strings.Join(got, "|") != want {
		t.Errorf("degree %q, want %s", got, want)
	}
}

// TestDegreeRowsInSectionOrder reads a field and a degree on short rows
// of their own under a school in the order the section's other entries
// show, where their own words say nothing ("Blockchain Development" over
// "Online", as theme-flat prints them).
func TestDegreeRowsInSectionOrder(t *testing.T) {
	lines := []extract.Line{{Text: "Martin Marsh", Bold: true, Heading: 1}, {Text: "martin@example.com"},
		{Text: "Education", Bold: true, Heading: 2}}
	for _, e := range [][4]string{
		{"ConsenSys Academy", "2018-06-01 — 2018-08-15", "Blockchain Development", "Online"},
		{"Hack Reactor", "2016-06-01 — 2016-08-15", "Software Development", "Bootcamp"},
		{"Davidson College", "2008-05-01 — 2012-05-01", "Economics", "Bachelor of Arts"},
	} {
		lines = append(lines, extract.Line{Text: e[0], Bold: true}, extract.Line{Text: e[1]},
			extract.Line{Text: "• " + e[2], ListItem: true}, extract.Line{Text: e[3]})
	}
	got := schools(&extract.Document{Format: "pdf", Lines: lines}, func(e resume.Education) string { return e.StudyType + " / " + e.Area })
	if want := "Online / Blockchain Development|Bootcamp / Software Development|Bachelor of Arts / Economics"; strings.Join(got, "|") != want {
		t.Errorf("degrees %q, want %s", got, want)
	}
}

// TestSkillsUnderAbout reads the skills a sidebar sets under its "About"
// section with no heading of their own (theme-macchiato) as skills, not
// as the summary; a summary of short lines stays the summary.
func TestSkillsUnderAbout(t *testing.T) {
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		{Text: "Krzysztof Michalski", Bold: true, Heading: 1},
		{Text: "Experience", Bold: true, Heading: 2},
		{Text: "Select Star"}, {Text: "01/2022 - 01/2024"}, {Text: "DevOps Engineer"},
		{Text: "About", Bold: true, Heading: 2},
		{Text: "Warsaw, PL"}, {Text: "krzysztof.michalski@example.com"}, {Text: "+48 147 453 793"},
		{Text: "Programming"}, {Text: "NodeJS Python Bash"}, {Text: "Django"},
		{Text: "Containers"}, {Text: "Docker Kubernetes"}, {Text: "Helm Chart"},
	}}
	r := Parse(doc, Options{}).Resume
	var kw []string
	for _, g := range r.Skills {
		kw = append(kw, g.Name)
		kw = append(kw, g.Keywords...)
	}
	if got := strings.Join(kw, " "); !strings.Contains(got, "NodeJS") || !strings.Contains(got, "Helm Chart") {
		t.Errorf("skills %q, want the tools under About", got)
	}
	if strings.Contains(r.Basics.Summary, "Kubernetes") {
		t.Errorf("summary %q holds the skills", r.Basics.Summary)
	}

	// keywords in lower case, six rows or more with no punctuation
	lower := &extract.Document{Format: "pdf", Lines: append(slices.Clone(doc.Lines[:9]),
		extract.Line{Text: "Agile methodologies"}, extract.Line{Text: "Advanced"}, extract.Line{Text: "iterative development"},
		extract.Line{Text: "sprint planning"}, extract.Line{Text: "user stories"}, extract.Line{Text: "scrum kanban lean XP"},
		extract.Line{Text: "adaptive planning"})}
	r = Parse(lower, Options{}).Resume
	kw = keywords(r)
	if got := strings.Join(kw, "|"); !strings.Contains(got, "sprint planning") || strings.Contains(r.Basics.Summary, "sprint") {
		t.Errorf("lower-case keywords: skills %q, summary %q", got, r.Basics.Summary)
	}

	doc.Lines = append(doc.Lines[:6], extract.Line{Text: "Engineer in Warsaw"}, extract.Line{Text: "Builds clouds"},
		extract.Line{Text: "Loves Linux"}, extract.Line{Text: "Plays chess"})
	if r := Parse(doc, Options{}).Resume; len(r.Skills) != 0 || !strings.Contains(r.Basics.Summary, "Engineer in Warsaw") {
		t.Errorf("short summary lines: skills %+v, summary %q", r.Skills, r.Basics.Summary)
	}
}

// TestPlainHeadingWordIsNoHeading keeps a heading word set in plain type
// inside a section where the headings are bold capitals ("Leadership"
// among the soft skills) as a keyword, not a section that drops the rest.
func TestPlainHeadingWordIsNoHeading(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Jules Lemoine", Bold: true},
		{Text: "CONTACT", Bold: true}, {Text: "jules@example.com"},
		{Text: "SKILLS", Bold: true}, {Text: "Soft Skills", Bold: true},
		{Text: "Communication"}, {Text: "Leadership"}, {Text: "Adaptabilité"},
		{Text: "CMS", Bold: true}, {Text: "WordPress"}, {Text: "PrestaShop"},
		{Text: "EXPERIENCE", Bold: true},
		{Text: "Développeur Full Stack", Bold: true}, {Text: "Agence Kaizen"}, {Text: "Jan 2021 – Jan 2022"},
		{Text: "EDUCATION", Bold: true},
		{Text: "Université de Bordeaux", Bold: true}, {Text: "Licence Informatique"}, {Text: "2016 – 2019"},
		{Text: "LANGUAGES", Bold: true}, {Text: "Français"},
	}}
	kw := keywords(Parse(doc, Options{}).Resume)
	if got := strings.Join(kw, ", "); !strings.Contains(got, "Leadership") || !strings.Contains(got, "WordPress") {
		t.Errorf("skills %q, want Leadership and WordPress among them", got)
	}
}

// TestDatesBesideFirstLine dates an entry whose dates a margin sets level
// with the first line of its description, not with its title
// (theme-paper pushing the first entry's dates down a line), and keeps
// that line in the description.
func TestDatesBesideFirstLine(t *testing.T) {
	var lines []extract.Line
	add := func(text string, page int, x, y, size float64, bold bool) {
		lines = append(lines, extract.Line{Text: text, Page: page, X: x, Y: y, FontSize: size, Bold: bold})
	}
	add("Aaron Zaslavsky", 1, 62, 60, 20, true)
	add("aaron@example.com", 1, 62, 80, 9.1, false)
	add("WORK EXPERIENCE", 1, 62, 429, 9.5, false)
	add("Ad Technical Specialist at Dapps Factory", 1, 217, 440.2, 9.1, true)
	add("2023-11 TO PRESENT", 1, 62, 456, 6.4, true)
	add("During my path as Ad Technical Specialist, my responsibilities include end-to-", 1, 217, 455.2, 9.1, false)
	for i, l := range []string{"end management of digital advertising campaigns, using my knowledge of ad",
		"tech platforms, data analytics, and tracking solutions. I work with teams",
		"across functions to drive performance inside campaigns from satisfactory to",
		"exceptional levels, and assure the synergy of various channels."} {
		add(l, 1, 217, 468+12.8*float64(i), 9.1, false)
	}
	add("2020-02 TO 2023-08", 2, 62, 51.8, 7.3, true)
	add("Business Management Analyst at Appen", 2, 217, 51, 9.1, true)
	for i, l := range []string{"I led strategic initiatives to streamline operations, optimize resource",
		"allocation, and enhance profitability. Conducted in-depth market research,",
		"and built the reports the managers read every week."} {
		add(l, 2, 217, 66+12.8*float64(i), 9.1, false)
	}
	doc := &extract.Document{Format: "pdf", Pages: 2, Lines: lines}
	got := roles(doc, func(w resume.Employer, r resume.Role) string {
		return r.Position + " @ " + w.Name + " " + r.StartDate.String() + ".." + r.EndDate.String()
	})
	if want := "Ad Technical Specialist @ Dapps Factory 2023-11..present|Business Management Analyst @ Appen 2020-02..2023-08"; strings.Join(got, "|") != want {
		t.Errorf("roles %q, want %s", got, want)
	}
	if s := Parse(doc, Options{}).Resume.Work[0].Roles[0].Summary; !strings.HasPrefix(s, "During my path") {
		t.Errorf("summary %q, want the first line of the description first", s)
	}
}

// TestEmployerAboveRole joins an employer's row, cut off as an entry of
// its own (theme-kendall sets the title under the dates like the
// company), to the role under it that has a title and dates but no
// company, and leaves an employer whose entry has a list of its own.
func TestEmployerAboveRole(t *testing.T) {
	rng := []resume.Range{{Start: resume.YearMonth(2017, 11), End: resume.YearMonth(2020, 1)}}
	es := []*entry{
		{heads: []piece{{"Algolia", 0}}, body: []item{{text: "https://www.algolia.com", rows: []int{1}}}},
		{heads: []piece{{"Senior Software Engineer / Tech Lead", 3}}, rngs: rng, body: []item{{text: "I lead the crawler.", rows: []int{4}}}},
		{heads: []piece{{"Whyd", 5}}, body: []item{{text: "Built the player.", list: true, rows: []int{6}}}},
		{heads: []piece{{"Lead Software Engineer", 7}}, rngs: rng},
	}
	read := [][]string{{"", "Algolia", ""}, {"Senior Software Engineer / Tech Lead", "", ""}, {"", "Whyd", ""}, {"Lead Software Engineer", "", ""}}
	employerAbove(es, read)
	want := [][]string{{"", "", ""}, {"Senior Software Engineer / Tech Lead", "Algolia", ""}, {"", "Whyd", ""}, {"Lead Software Engineer", "", ""}}
	if !reflect.DeepEqual(read, want) {
		t.Errorf("read %q,\nwant %q", read, want)
	}
	if es[0].heads != nil || len(es[1].body) != 2 || es[1].body[0].text != "https://www.algolia.com" {
		t.Errorf("the employer's entry was not folded into the role's: %+v, %+v", es[0], es[1])
	}
}

// TestParagraphOpeningOnDate keeps a paragraph that opens on a date in
// its role's summary: "July 2016: I'm working as Architect…" started a
// role of its own, and one of our DOCX exports lost its losslessness.
func TestParagraphOpeningOnDate(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Alessandro Deste", Bold: true, Heading: 1}, {Text: "alessandro@example.com"},
		{Text: "Work Experience", Bold: true, Heading: 2},
		{Text: "Senior Software Developer Team Lead @ THRON S.p.A.\tMay 2015 – Present", Heading: 3},
		{Text: "July 2016: I'm working as Architect and Team Leader in the UX team (5 members). September 2015: I was promoted to operations manager in an amazing front-end team."},
		{Text: "• javascript", ListItem: true},
		{Text: "Senior Software Developer Team Lead @ Lynx S.p.A.\tMar 2014 – Apr 2015", Heading: 3},
		{Text: "Ended as team leader on a small group."},
	}}
	res := Parse(doc, Options{}).Resume
	var got []string
	for _, w := range res.Work {
		for _, r := range w.Roles {
			got = append(got, w.Name+" "+r.StartDate.String())
		}
	}
	if want := "THRON S.p.A. 2015-05|Lynx S.p.A. 2014-03"; strings.Join(got, "|") != want {
		t.Fatalf("roles %q, want %s", got, want)
	}
	if s := res.Work[0].Roles[0].Summary; !strings.HasPrefix(s, "July 2016: I'm working") {
		t.Errorf("summary %q lost its opening date", s)
	}
}

// TestJSONResumeEducationSummary prints the text under an education entry
// that no field took: JSONResume left it out, and `parse --json` dropped
// it without a word.
func TestJSONResumeEducationSummary(t *testing.T) {
	r := &resume.Resume{Education: []resume.Education{{Institution: "Udemy", StudyType: "Cursos", Summary: "Datalytics"}}}
	js, err := JSONResume(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"summary": "Datalytics"`) {
		t.Errorf("education summary missing from\n%s", js)
	}
}

// TestSectionNotRead warns about each section the parser does not read,
// with its heading's line, instead of leaving its text out without a
// word.
func TestSectionNotRead(t *testing.T) {
	doc := &extract.Document{Format: "markdown", Lines: []extract.Line{
		{Text: "Jane Roe", Heading: 1}, {Text: "jane@example.com"},
		{Text: "Experience", Heading: 2}, {Text: "Engineer @ Acme", Heading: 3}, {Text: "Jan 2020 – Present"},
		{Text: "Awards", Heading: 2}, {Text: "• Best Paper Award, ICSE 2019", ListItem: true}, {Text: "• Dean's List 2015", ListItem: true},
		{Text: "Interests", Heading: 2}, {Text: "Hiking, chess, cooking"},
	}}
	var got []string
	for _, w := range Parse(doc, Options{}).Warnings {
		if w.Kind == WarnSectionNotRead {
			got = append(got, strconv.Itoa(w.Line)+" "+w.Message)
		}
	}
	want := []string{
		`6 the section "Awards" (2 lines) is not read: the parser reads contact details, the summary, work, education, skills, projects and languages`,
		`9 the section "Interests" (1 line) is not read: the parser reads contact details, the summary, work, education, skills, projects and languages`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q", got, want)
	}
}

// TestContactLinesNotRead: the lines of a contact section that hold no
// contact detail are named in a warning, not dropped without a word; a
// Europass "JOB APPLIED FOR" line (and its wrapped end) is the label.
func TestContactLinesNotRead(t *testing.T) {
	doc := &extract.Document{Format: "markdown", Lines: []extract.Line{
		{Text: "Jane Roe", Heading: 1},
		{Text: "Personal information", Heading: 2},
		{Text: "JOB APPLIED FOR Ingeniero en Computación"}, {Text: "de la UDELAR"},
		{Text: "Phone:"}, {Text: "+34 612 345 678"}, {Text: "jane@example.com"}, {Text: "GitHub"}, {Text: "janeroe"},
		{Text: "Open to relocation within the European Union"},
		{Text: "Available immediately"},
		{Text: "Experience", Heading: 2}, {Text: "Engineer @ Acme", Heading: 3}, {Text: "Jan 2020 – Present"},
	}}
	res := Parse(doc, Options{})
	if l := res.Resume.Basics.Label; l != "Ingeniero en Computación de la UDELAR" {
		t.Errorf("label = %q", l)
	}
	var got []string
	for _, w := range res.Warnings {
		if w.Kind == WarnLinesNotRead {
			got = append(got, strconv.Itoa(w.Line)+" "+w.Message)
		}
	}
	want := []string{`10 2 lines of the section "Personal information" hold no contact detail and are not read, the first "Open to relocation within the European Union"`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q", got, want)
	}
}

// TestTitleOverMarginDates reads "Title at Company" rows as the section's
// titles when each entry's dates sit in the left margin beside the first
// line of its description (theme-paper): that line had made the company.
func TestTitleOverMarginDates(t *testing.T) {
	var lines []extract.Line
	add := func(text string, x, y, size float64, bold bool) {
		lines = append(lines, extract.Line{Text: text, Page: 1, X: x, Y: y, FontSize: size, Bold: bold})
	}
	add("Aaron Zaslavsky", 62, 60, 20, true)
	add("aaron@example.com", 62, 80, 9.1, false)
	add("WORK EXPERIENCE", 62, 429, 9.5, false)
	y := 432.0
	for _, e := range [][3]string{
		{"Co-Founder at Critica", "2013-11-15 TO 2015-01-15", "I co-founded Critica, a consumer and education focused discussion app, with"},
		{"Software Engineer at Google", "2015-02-01 TO 2018-06-30", "I worked on the search team, where I built and maintained the systems that"},
		{"Senior Engineer at Stripe", "2018-07-01 TO 2021-03-31", "I led the payments team, and we rebuilt the ledger and the reports that our"},
	} {
		add(e[0], 217, y, 9.1, true)
		add(e[1], 62, y+15, 7.4, true)
		add(e[2], 217, y+15, 9.1, false)
		add("customers use every day, with a small team and a lot of care for them.", 217, y+28, 9.1, false)
		y += 60
	}
	got := roles(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, func(w resume.Employer, r resume.Role) string { return r.Position + " @ " + w.Name })
	if want := "Co-Founder @ Critica|Software Engineer @ Google|Senior Engineer @ Stripe"; strings.Join(got, "|") != want {
		t.Errorf("roles %q, want %s", got, want)
	}
}

// employers parses doc and prints each employer with f.
func employers(doc *extract.Document, f func(resume.Employer) string) []string {
	var out []string
	for _, e := range Parse(doc, Options{}).Resume.Work {
		out = append(out, f(e))
	}
	return out
}

// roles parses doc and prints each role, with its employer, with f.
func roles(doc *extract.Document, f func(resume.Employer, resume.Role) string) []string {
	var out []string
	for _, e := range Parse(doc, Options{}).Resume.Work {
		for _, r := range e.Roles {
			out = append(out, f(e, r))
		}
	}
	return out
}

// schools parses doc and prints each education entry with f.
func schools(doc *extract.Document, f func(resume.Education) string) []string {
	var out []string
	for _, e := range Parse(doc, Options{}).Resume.Education {
		out = append(out, f(e))
	}
	return out
}

// TestSkillKeywordBrokenByWrap mends a keyword that a comma list wrapped
// in the middle of ("Tailwind" / "CSS, NextUI"): the row runs to the
// right edge of the list's box and ends in no comma. A row that ends
// short of the edge ends its keyword.
func TestSkillKeywordBrokenByWrap(t *testing.T) {
	line := func(text string, y, width float64) extract.Line {
		return extract.Line{Text: text, Page: 1, X: 50, Y: y, Width: width, FontSize: 10}
	}
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		{Text: "Ana Souza", Page: 1, X: 50, Y: 40, Width: 120, FontSize: 20, Bold: true},
		{Text: "Skills", Page: 1, X: 50, Y: 80, Width: 40, FontSize: 14, Bold: true},
		line("Technical: HTML5, CSS3, ES6, Node.js, TypeScript, React, Vue.js, Next.js, Ruby on Rails, Tailwind", 100, 480),
		line("CSS, NextUI, Material UI, Bootstrap, webpack, esbuild, Babel, ESLint, Prettier, Jest, CI with", 112, 470),
		line("GitHub Actions, CircleCI, WordPress", 124, 200),
		line("Soft: Leadership, Project management, Team", 136, 250),
		line("collaboration", 148, 80),
		{Text: "Experience", Page: 1, X: 50, Y: 180, Width: 80, FontSize: 14, Bold: true},
		line("Developer, Acme", 200, 100), line("2020 - 2022", 212, 60),
	}}
	kw := keywords(Parse(doc, Options{}).Resume)
	got := strings.Join(kw, " | ")
	for _, want := range []string{"| Tailwind CSS |", "| CI with GitHub Actions |", "| WordPress |", "| Team |", "| collaboration"} {
		if !strings.Contains(" | "+got+" |", want) {
			t.Errorf("keywords %q, want %q", got, want)
		}
	}
}

// TestLongKeywordInBoldGroups keeps a skill group whose keyword runs to
// seven words ("Continuous integration and continuous delivery
// (CI/CD)"): the group and those after it were read as an unknown
// section and lost.
func TestLongKeywordInBoldGroups(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Faisal Sheikh", Bold: true}, {Text: "faisal@example.com"},
		{Text: "SKILLS", Bold: true},
		{Text: "Android", Bold: true}, {Text: "Kotlin / Java"}, {Text: "Jetpack Compose"},
		{Text: "IOS", Bold: true}, {Text: "Swift"}, {Text: "XCode"},
		{Text: "CI/CD", Bold: true}, {Text: "GitLab CI/CD"}, {Text: "Jenkins"},
		{Text: "Development techniques", Bold: true}, {Text: "Test-driven development (TDD)"},
		{Text: "Continuous integration and continuous delivery (CI/CD)"},
		{Text: "Frontend", Bold: true}, {Text: "HTML"}, {Text: "SCSS / CSS"},
		{Text: "EXPERIENCE", Bold: true}, {Text: "Android Engineer, VentureDive"}, {Text: "2020 - 2023"},
	}}
	kw := keywords(Parse(doc, Options{}).Resume)
	got := strings.Join(kw, " | ")
	for _, want := range []string{"Jenkins", "Continuous integration and continuous delivery (CI/CD)", "SCSS / CSS"} {
		if !strings.Contains(got, want) {
			t.Errorf("keywords %q, want %q", got, want)
		}
	}
}

// TestUndatedSchoolsByStyle cuts an education section with no dates at
// its rows set like the first (a school in bold, its degree under it in
// plain type): the general cutter took a school that names no school word
// for the text of the one above.
func TestUndatedSchoolsByStyle(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Lucía Prieto", Bold: true}, {Text: "lucia@example.com"},
		{Text: "Experience", Bold: true}, {Text: "Developer, Telefónica"}, {Text: "2015 - 2019"},
		{Text: "Education", Bold: true},
		{Text: "MiriadaX", Bold: true}, {Text: "Mooc, Ciencias Tecnológicas"},
		{Text: "MongoDB University", Bold: true}, {Text: "Mooc, Bases de datos"},
		{Text: "CICE", Bold: true}, {Text: "Master, Ciencias de la computación"},
		{Text: "Centro María Auxiliadora", Bold: true}, {Text: "Bachillerato, Ciencias"},
	}}
	var got []string
	for _, ed := range Parse(doc, Options{}).Resume.Education {
		got = append(got, ed.Institution+" / "+ed.StudyType+" / "+ed.Area)
	}
	want := []string{"MiriadaX / Mooc / Ciencias Tecnológicas", "MongoDB University / Mooc / Bases de datos",
		"CICE / Master / Ciencias de la computación", "Centro María Auxiliadora / Bachillerato / Ciencias"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("education\n got %q\nwant %q", got, want)
	}
}

// TestLowerCaseSkillGroup reads a skill group's name set like a heading,
// over six or more keywords in lower case, as skills: the section was an
// unknown one and its keywords were lost.
func TestLowerCaseSkillGroup(t *testing.T) {
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		{Text: "Sindre Johansen", Bold: true, Heading: 1},
		{Text: "Experience", Bold: true, Heading: 2},
		{Text: "Riverty"}, {Text: "09/2023 - 06/2024"}, {Text: "Department Manager"},
		{Text: "Agile methodologies", Bold: true, Heading: 2},
		{Text: "Advanced"}, {Text: "iterative development"}, {Text: "sprint planning"},
		{Text: "user stories"}, {Text: "product backlog"}, {Text: "scrum kanban lean XP"},
	}}
	kw := keywords(Parse(doc, Options{}).Resume)
	if got := strings.Join(kw, "|"); !strings.Contains(got, "sprint planning") || !strings.Contains(got, "scrum kanban lean XP") {
		t.Errorf("skills %q, want the group's keywords", got)
	}
	// two rows of prose in lower case are no keywords
	doc.Lines = append(doc.Lines[:7], extract.Line{Text: "led teams of up to fifty people, budgets and hiring"},
		extract.Line{Text: "over ten years"})
	if r := Parse(doc, Options{}).Resume; len(r.Skills) != 0 {
		t.Errorf("prose read as skills: %+v", r.Skills)
	}
}

// TestDatesThenPlace reads the text after a title's dates and a middle
// dot ("Apr 2023 – May 2024 · Brugge") as a field of its own, not as the
// rest of the title wrapped onto the dates' row: a town no list knows was
// read as the company and the whole title row as the position.
func TestDatesThenPlace(t *testing.T) {
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Joost Smit", Bold: true, Heading: 1}, {Text: "joost@example.com"},
		{Text: "Experience", Bold: true, Heading: 3},
		{Text: "Vrijwilliger, Woesh", Bold: true, Heading: 4}, {Text: "Apr 2023 – May 2024 · Brugge"},
		{Text: "Updated the website of the circus workshop and built automations for its forms."},
		{Text: "Orderpicker, Die Keure", Bold: true, Heading: 4}, {Text: "Apr 2024 – Sep 2024 · Brugge"},
		{Text: "A temporary job picking orders in the warehouse of the printing house."},
		{Text: "Full Stack Developer, Eye-t part of NeoConsult", Bold: true, Heading: 4}, {Text: "Feb 2021 – Apr 2024 · Brugge"},
		{Text: "Built new features for the company's software products and kept the old ones running."},
		{Text: "Arbeider plaatbewerking, Daikin Europe nv", Bold: true, Heading: 4}, {Text: "May 2007 – Dec 2009 · Oostende"},
		{Text: "Part of a team of four that pressed the metal plates for air conditioners."},
		{Text: "Zeefdrukker, Himrey Screen", Bold: true, Heading: 4}, {Text: "Mar 1996 – Aug 1996 · Zedelgem"},
		{Text: "Trained as a screen printer and printed posters for local clients."},
	}}
	var got []string
	for _, w := range Parse(doc, Options{}).Resume.Work {
		for _, r := range w.Roles {
			got = append(got, r.Position+" | "+w.Name)
		}
	}
	want := []string{"Vrijwilliger | Woesh", "Orderpicker | Die Keure", "Full Stack Developer | Eye-t part of NeoConsult",
		"Arbeider plaatbewerking | Daikin Europe nv", "Zeefdrukker | Himrey Screen"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("work\n got %q\nwant %q", got, want)
	}
}

// TestRepeatedHeadingWordIsLabel keeps a known heading word that stands
// twice or more, set otherwise than the work and education headings
// ("Courses" under each school), inside its section: each copy opened a
// section of its own and cut the schools' entries.
func TestRepeatedHeadingWordIsLabel(t *testing.T) {
	head := func(s string) extract.Line { return extract.Line{Text: s, Page: 1, FontSize: 20} }
	label := func(s string) extract.Line { return extract.Line{Text: s, Page: 1, FontSize: 10.5, Bold: true} }
	text := func(s string) extract.Line { return extract.Line{Text: s, Page: 1, FontSize: 10.5} }
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		{Text: "Ana Souza", Page: 1, FontSize: 28, Bold: true},
		head("Work"), label("Acme Corp"), text("Developer"), text("Jan 2019 – Dec 2021"),
		head("Education"),
		label("University of Lisbon"), text("Bachelor in Computer Science"), text("Sep 2014 – Jun 2018"),
		label("Courses"), text("Algorithms"), text("Databases"),
		label("Polytechnic of Porto"), text("Master in Software Engineering"), text("Sep 2018 – Jun 2020"),
		label("Courses"), text("Distributed Systems"),
		head("Skills"), text("Go, Python, SQL"),
	}}
	r := Parse(doc, Options{})
	for _, s := range r.Sections {
		if strings.EqualFold(s.Title, "Courses") {
			t.Errorf("section %q at line %d: a label under a school", s.Title, s.Line)
		}
	}
	var schools []string
	for _, ed := range r.Resume.Education {
		schools = append(schools, ed.Institution)
	}
	if want := []string{"University of Lisbon", "Polytechnic of Porto"}; !reflect.DeepEqual(schools, want) {
		t.Errorf("schools %q, want %q", schools, want)
	}

}

// Where the format marks the section headings (DOCX heading styles), a
// known heading word in a plain bold paragraph is a label: "Languages"
// as the first skill group's name, under "Skills", is no Languages
// section, and the skills are kept.
func TestUnmarkedHeadingWordIsLabel(t *testing.T) {
	head := func(s string) extract.Line { return extract.Line{Text: s, Heading: 2, Bold: true} }
	label := func(s string) extract.Line { return extract.Line{Text: s, Bold: true} }
	text := func(s string) extract.Line { return extract.Line{Text: s} }
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Ana Souza", Heading: 1},
		head("Experience"), label("Acme Corp"), text("Developer"), text("Jan 2019 – Dec 2021"),
		head("Education"), label("University of Lisbon"), text("Bachelor in Computer Science"),
		head("Skills"),
		label("Languages"), text("Python, SQL, Bash, C++"),
		label("Infrastructure"), text("Linux, Raspberry Pi, AWS"),
		label("Frameworks"), text("React, Django"),
	}}
	r := Parse(doc, Options{})
	for _, s := range r.Sections {
		if strings.EqualFold(s.Title, "Languages") {
			t.Errorf("section %q at line %d: a skill group's name", s.Title, s.Line)
		}
	}
	if got, want := keywords(r.Resume), []string{"Python", "SQL", "Bash", "C++", "Linux", "Raspberry Pi", "AWS", "React", "Django"}; !reflect.DeepEqual(got, want) {
		t.Errorf("keywords %q, want %q", got, want)
	}
}

// Where the headings are set in capitals, a known heading word in mixed
// case is a label: "Languages" and "Tools" as skill groups' names in a
// sidebar whose headings read "SKILLS" and "EXPERIENCE". A group named
// like an abbreviation ("O.S.") is no sentence: its keywords are kept.
// (The names of groups set without a heading's look are read as keywords
// too; the test asks only that none is lost.)
func TestMixedCaseHeadingWordIsLabel(t *testing.T) {
	head := func(s string) extract.Line { return extract.Line{Text: s, Bold: true} }
	text := func(s string) extract.Line { return extract.Line{Text: s} }
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Ana Souza", Bold: true},
		head("CONTACT"), text("ana@example.com"),
		head("SKILLS"),
		head("Languages"), text("Python"), text("SQL"),
		head("CMS"), text("WordPress"),
		head("Tools"), text("Git"), text("Jira"),
		head("O.S."), text("Linux"), text("Debian"),
		head("EXPERIENCE"), head("Acme Corp"), text("Developer"), text("Jan 2019 – Dec 2021"),
		head("EDUCATION"), head("University of Lisbon"), text("Bachelor in Computer Science"),
	}}
	r := Parse(doc, Options{})
	for _, s := range r.Sections {
		if s.Title == "Languages" || s.Title == "Tools" {
			t.Errorf("section %q at line %d: a skill group's name", s.Title, s.Line)
		}
	}
	got := keywords(r.Resume)
	for _, want := range []string{"Python", "SQL", "WordPress", "Git", "Jira", "Linux", "Debian"} {
		if !slices.Contains(got, want) {
			t.Errorf("keyword %q lost: %q", want, got)
		}
	}
}

// The length of an entry's span set apart after its dates ("� 29 days",
// an icon that did not decode before it) is part of the dates, not the
// employer; the rest of a date ("08 01") is no such length.
func TestDurationBesideDates(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{{"\uFFFD 1 day", true}, {"(2 yrs 3 mos)", true}, {"· 3 semanas", true}, {"08 01", false}, {"3 Projects", false}, {"", false}} {
		if got := durationOnly(c.in); got != c.want {
			t.Errorf("durationOnly(%q) = %v", c.in, got)
		}
	}
	y := 100.0
	line := func(s string, size float64, bold bool) extract.Line {
		y += 2 * size
		return extract.Line{Text: s, Page: 1, X: 143, Y: y, Width: 5 * float64(len(s)), FontSize: size, Bold: bold}
	}
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		line("Ana Souza", 24, true), line("Work Experience", 12, true),
		line("Web Developer Intern, Awishcar.com", 12, true), line("Jan, 2022 - Jan, 2022 \uFFFD 29 days", 10, false),
		line("Worked on improving websites.", 12, false),
		line("Frontend Engineer, Effectivity", 12, true), line("Nov, 2021 - Dec, 2021 \uFFFD 1 month", 10, false),
		line("Built the first prototype.", 12, false),
	}}
	got := employers(doc, func(e resume.Employer) string { return e.Name })
	if want := []string{"Awishcar.com", "Effectivity"}; !reflect.DeepEqual(got, want) {
		t.Errorf("employers %q, want %q", got, want)
	}
}

// A row that ends in the full stop of an abbreviation ("Sp. z o.o.") is
// no sentence: the employer under the title keeps its place in the
// header. Three dots end a sentence as one does. A school or employer
// named in lower case is a header under its dates or before its place.
func TestHeaderRowsByShape(t *testing.T) {
	r := Text("Anna Nowak\nanna@example.com\n\nProfessional Experience\nNov 2021 – Present\nFrontend Engineer\nEffectivity Sp. z o.o.\n"+
		"• Built the admin panel template.\n", Options{}).Resume
	if len(r.Work) != 1 || r.Work[0].Name != "Effectivity Sp. z o.o." || r.Work[0].Roles[0].Position != "Frontend Engineer" {
		t.Errorf("work = %+v", r.Work)
	}
	if headish("Design of the new site for existing clients...") {
		t.Error("a line that ends in three dots read as a header")
	}
	if headish("Developed support and front-end systems. This included web applications") {
		t.Error("a line that holds the end of a sentence read as a header")
	}
	if !headish("Software Development Consultant / Contractor at B&B di Baracco Rita & C. sas") {
		t.Error("a long header that joins its title and employer with \" at \" read as no header")
	}
	if !headish("Effectivity Sp. z o.o. Warszawa") || !headish("Washington University in St. Louis") {
		t.Error("an abbreviation's full stop read as a sentence's end")
	}
	// a school named in lower case right under its dates
	r = Text("Ana Souza\nana@example.com\n\nEducation\nSep 2025 – Sep 2025\nfreeCodeCamp\nCourse of 300 hours, Responsive Web Design\n"+
		"Jan 2022 – Apr 2022\nNeoland\nBootcamp, Web Development\n", Options{}).Resume
	if len(r.Education) != 2 || r.Education[0].Institution != "freeCodeCamp" {
		t.Errorf("education = %+v", r.Education)
	}
	// an employer named in lower case, then its place
	r = Text("Manon Fournier\nmanon@example.com\n\nProfessional Experience\nMay 2020 – Present\nBackend Developer (Cloud)\nekonoo, Luxembourg, LU\n"+
		"• Serverless micro-services in TypeScript.\n", Options{}).Resume
	if len(r.Work) != 1 || r.Work[0].Name != "ekonoo" || r.Work[0].Location != "Luxembourg, LU" {
		t.Errorf("work = %+v", r.Work)
	}
	// an employer named in lower case, then the title after a dash
	r = Text("Manon Fournier\nmanon@example.com\n\nWork experience\nekonoo — Backend Developer (Cloud)\n2020-05 to Present, Luxembourg, LU\n"+
		"• Serverless micro-services in TypeScript.\nPandaLab SAS — Part-time web developer\n2019-07 to 2020-02, Nancy, FR\n"+
		"• Refactoring the architecture of micro-services\n", Options{}).Resume
	if len(r.Work) != 2 || r.Work[0].Name != "ekonoo" || r.Work[0].Roles[0].Position != "Backend Developer (Cloud)" || r.Work[1].Name != "PandaLab SAS" {
		t.Errorf("work = %+v", r.Work)
	}
	// employers named in lower case in their own type, under a bold
	// title, over the role's list or its dates
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		{Text: "Jonas Weber", Bold: true}, {Text: "Experience", Heading: 1},
		{Text: "Oct 2024 – Present"}, {Text: "Senior Frontend Developer", Bold: true}, {Text: "node.energy"},
		{Text: "• React"}, {Text: "• Webpack"},
		{Text: "Jan 2021 – Aug 2022"}, {Text: "Frontend Developer", Bold: true}, {Text: "hitcap esports GmbH"},
		{Text: "• TypeScript"}, {Text: "• Redux"},
		{Text: "Jun 2018 – Present"}, {Text: "Wordpress Developer", Bold: true}, {Text: "Divery.io"},
		{Text: "• PHP"},
		{Text: "Frontend Developer", Bold: true}, {Text: "konzeption sg"}, {Text: "Mar 2016 – May 2018"},
		{Text: "• a first list item, in lower case"},
	}}
	got := roles(doc, func(w resume.Employer, r resume.Role) string { return w.Name + " | " + r.Position })
	if want := []string{"node.energy | Senior Frontend Developer", "hitcap esports GmbH | Frontend Developer",
		"Divery.io | Wordpress Developer", "konzeption sg | Frontend Developer"}; !reflect.DeepEqual(got, want) {
		t.Errorf("work %q\nwant %q", got, want)
	}
	// in lower case beside its dates, set apart ("node.energy    2024-10-01 —")
	doc = &extract.Document{Format: "pdf", Pages: 1, Lines: []extract.Line{
		pdfLine("node.energy", 50, 271, 66, 12, true), pdfLine("2024-10-01 — 2025-06-30", 435, 271, 127, 10.5, true),
		pdfLine("Senior Frontend Developer", 50, 294, 144, 12, true),
		pdfLine("in lower case, and its dates 2024-10-01 — 2025-06-30", 50, 316, 300, 12, false),
	}}
	p := &parser{doc: doc, res: &Result{Resume: &resume.Resume{}}, nameRow: -1}
	p.rows = buildRows(doc, 100)
	if k := p.analyze(0).kind; k != rHead {
		t.Errorf("%q: kind %d, want a header row", p.rows[0].text, k)
	}
	if k := p.analyze(2).kind; k == rHead {
		t.Errorf("%q: a header row", p.rows[2].text)
	}
}

// TestCompanyRowAboveTitle: an employer on a row of its own above the
// title makes the title's row the title, whole, whatever separates its
// parts ("Teaching Assistant - Software Engineering", "Engineer,
// Customer Support").
func TestCompanyRowAboveTitle(t *testing.T) {
	r := Text("Benjamín Soto\nbenjamin@example.com\n\nExperience\n"+
		"Universidad del Sur\n03/2024 - 06/2024\nTeaching Assistant - Software Engineering\n"+
		"Helped students understand UML diagrams, testing and refactoring.\n\n"+
		"Data Research\n12/2023 - 01/2024\nFull Stack Developer | Software Engineer\n"+
		"Built a web platform for file and folder management.\n\n"+
		"ServiceRocket\n03/2024 - 04/2025\nEngineer, Customer Support\n"+
		"Answered tickets from customers of the company's products.\n", Options{}).Resume
	var got []string
	for _, e := range r.Work {
		for _, ro := range e.Roles {
			got = append(got, e.Name+" | "+ro.Position)
		}
	}
	if want := []string{"Universidad del Sur | Teaching Assistant - Software Engineering", "Data Research | Full Stack Developer | Software Engineer",
		"ServiceRocket | Engineer, Customer Support"}; !reflect.DeepEqual(got, want) {
		t.Errorf("work %q\nwant %q", got, want)
	}
}

// A bold title whose next word did not fit before the column's right
// edge goes on on the row under it ("Technical Marketing Manager -
// Service" / "Providers"); an employer's place on the row under its name
// is no such rest, however near the edge the name ends.
func TestTitleWrappedAtColumnEdge(t *testing.T) {
	y := 80.0
	line := func(s string, x, size float64, bold bool) extract.Line {
		y += 1.5 * size
		// the test's type: half an em a character
		return extract.Line{Text: s, Page: 1, X: x, Y: y, Width: 0.5 * size * float64(len(s)), FontSize: size, Bold: bold}
	}
	doc := &extract.Document{Format: "pdf", Lines: []extract.Line{
		line("Julien Mercier", 63, 24, true), line("WORK EXPERIENCE", 45, 17, true),
		line("F5 Inc.", 63, 13.7, true), line("Seattle, WA", 63, 13.7, true), line("July 2020 – May 2021", 63, 11.4, false),
		line("Technical Marketing Manager - Service", 63, 13.7, true), line("Providers", 63, 13.7, true),
		line("Authoring and publishing technical documentation for", 63, 11.4, false),
		line("service providers technology in OpenShift and more.", 63, 11.4, false),
		line("Primus Telecommunications", 63, 13.7, true), line("Toronto, ON", 63, 13.7, true),
		line("January 2002 – May 2005", 63, 11.4, false),
		line("UNIX Administrator", 63, 13.7, true),
		line("Ran the mail and web servers of a national carrier", 63, 11.4, false),
		line("with a team of four administrators and a manager.", 63, 11.4, false),
	}}
	got := roles(doc, func(w resume.Employer, r resume.Role) string { return w.Name + " | " + r.Position })
	if want := []string{"F5 Inc. | Technical Marketing Manager - Service Providers", "Primus Telecommunications | UNIX Administrator"}; !reflect.DeepEqual(got, want) {
		t.Errorf("work %q\nwant %q", got, want)
	}
}

// keywords lists the keywords of every skill group of r, in order.
func keywords(r *resume.Resume) []string {
	var kw []string
	for _, g := range r.Skills {
		kw = append(kw, g.Keywords...)
	}
	return kw
}

// TestPlainRowOpensNoEntry: where every dated entry opens on a bold title
// in larger type, a plain line of the body that has the shape of a header
// (capitalised, no full stop: a paragraph's first line, a list's
// introduction) stays in the body of the entry above it, and so does one
// right above the next title.
func TestPlainRowOpensNoEntry(t *testing.T) {
	var lines []extract.Line
	add := func(x, y, size float64, bold bool, s string) {
		lines = append(lines, extract.Line{Text: s, Page: 1, X: x, Y: y, Width: 0.45 * size * float64(len(s)), FontSize: size, Bold: bold})
	}
	add(196, 60, 32, false, "Marek Holloway")
	add(125, 185, 20.5, false, "Work")
	y := 184.0
	role := func(title, company, dates string, body ...string) {
		add(196, y, 16.4, true, title)
		add(196, y+18, 10.5, true, company)
		add(196, y+34, 10.5, false, dates)
		add(196, y+50, 10.5, false, "Perth, Australia")
		y += 50
		for _, b := range body {
			x, step := 196.0, 15.7
			switch b[0] {
			case '\n':
				step = 22 // a paragraph's first line, set apart
			case '-':
				x, step = 206, 20 // a list drawn without bullets
			}
			y += step
			add(x, y, 10.5, false, b[1:])
		}
		y += 40
	}
	role("Co-Founder", "Quokka Labs", "May 2020 – Dec 2021",
		"\nHelping clients with all things technical, focusing on the successful adoption of",
		" cloud technologies. Core focus:",
		"-Infrastructure as code tools (Terraform, CDK, raw API)",
		"-Legacy app modernisation (ECS, EKS, RDS)")
	role("Senior Cloud Engineer", "Banksia Cloud", "Apr 2018 – May 2020",
		"\nContinuation of my role with Nebulr after the merger.",
		"\nCurrently focusing on assisting clients grow in ability and confidence moving",
		" into AWS, transforming mindsets to target automation and efficiency in the",
		" cloud, so that a documented and tested environment is handed over.",
		"\nHave a deep understanding on all aspects of cloud adoption:",
		"-Running workshops to address tech debt or team limitations",
		"-Pair programming with fellow engineers to upskill")
	role("Systems Engineer", "Wattle Insurance", "Apr 2012 – Mar 2016",
		"\nActing as an infrastructure role for the Perth office supporting a",
		" number of internal and external facing applications and systems.",
		"\nResponsibilities include:",
		"-Configuration of the virtual machine environment",
		"-Monthly patch release cycle on servers and desktops",
		"-Upgraded the mail servers to Exchange 2010",
		"\nEndpoint Security Webgateway Mailsweeper Trim Reuters")
	role("Support Engineer", "Quenda Group", "Dec 2009 – Jun 2011",
		"\nProviding support and troubleshooting to a large number of clients.")
	doc := &extract.Document{Format: "pdf", Pages: 1, Lines: lines}
	got := roles(doc, func(w resume.Employer, r resume.Role) string { return r.Position + " @ " + w.Name })
	if want := []string{"Co-Founder @ Quokka Labs", "Senior Cloud Engineer @ Banksia Cloud", "Systems Engineer @ Wattle Insurance", "Support Engineer @ Quenda Group"}; !reflect.DeepEqual(got, want) {
		t.Errorf("roles %q\nwant %q", got, want)
	}
	// the lines are the body of the role above them, not dropped
	body := strings.Join(roles(doc, func(_ resume.Employer, r resume.Role) string {
		return r.Summary + " " + strings.Join(r.Highlights, " ")
	}), " ")
	for _, s := range []string{"Currently focusing", "Have a deep understanding", "Responsibilities include", "Endpoint Security", "Exchange 2010"} {
		if !strings.Contains(body, s) {
			t.Errorf("%q is not in the roles' text: %q", s, body)
		}
	}
}

// TestNamedProfiles reads profiles named without an address, and a
// "Profiles" section as contact details, not as skill groups.
func TestNamedProfiles(t *testing.T) {
	r := Text("Gabriela Torres\ngabriela@example.com\ngtorres (GitHub)\n\nProfiles\nLinkedIn\ngabriela-torres\nInfoJobs\ngtorres\n\n"+
		"Skills\nHTML, CSS, JavaScript\n", Options{}).Resume
	var got []string
	for _, pr := range r.Basics.Profiles {
		got = append(got, pr.Network+":"+pr.Username)
	}
	if want := "GitHub:gtorres LinkedIn:gabriela-torres InfoJobs:gtorres"; strings.Join(got, " ") != want {
		t.Errorf("profiles %q, want %s", got, want)
	}
	if kw := strings.Join(keywords(r), ","); kw != "HTML,CSS,JavaScript" {
		t.Errorf("keywords %s", kw)
	}
}

// TestTitleWrappedBesideDates: a bold title with its employer in plain
// type after " at ", set left of its dates, wraps into plain type at the
// title's size ("… at Universidad Austral de" / "Chile"); the employer is
// read whole, in a long header too.
func TestTitleWrappedBesideDates(t *testing.T) {
	var ls []extract.Line
	add := func(text string, x, y, w, size float64, bold bool) {
		ls = append(ls, extract.Line{Text: text, Page: 1, X: x, Y: y, Width: w, FontSize: size, Bold: bold})
	}
	add("Benjamín Soto", 41.8, 60, 150, 24, true)
	add("EXPERIENCE", 41.8, 100, 60, 9, true)
	y := 120.0
	for _, e := range [][3]string{
		{"Teaching Assistant - Software Engineering at Universidad Austral de", "Chile", "Mar 2024 - Jun 2024"},
		{"Senior Software Development Consultant / Contractor at Studio di Baracco Rita & C.", "sas", "May 2010 - Dec 2013"},
		{"Frontend Developer at Data Research", "", "Dec 2023 - Jan 2024"},
	} {
		w := 6.25 * float64(len(e[0]))
		add(e[0], 41.8, y, w, 12, true)
		add(e[2], 477.2, y, 93, 9.8, false)
		if e[1] != "" {
			y += 15.8
			add(e[1], 41.8, y, 6.25*float64(len(e[1])), 12, false)
		}
		for k := 0; k < 3; k++ {
			y += 14
			add("Helped students and teams with the course's projects, its tests and its code reviews.", 41.8, y, 420, 10.5, false)
		}
		y += 24
	}
	got := roles(&extract.Document{Format: "pdf", Pages: 1, Lines: ls}, func(w resume.Employer, r resume.Role) string { return w.Name + " | " + r.Position })
	want := []string{"Universidad Austral de Chile | Teaching Assistant - Software Engineering",
		"Studio di Baracco Rita & C. sas | Senior Software Development Consultant / Contractor", "Data Research | Frontend Developer"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("work %q\nwant %q", got, want)
	}
}

// TestSchoolWithItsPlace keeps the place that follows a school in its
// header ("McMaster University, Hamilton, ON", "Université Lumière (Lyon,
// France)"): JSON Resume has no place for a school, so the place is the
// school's as written; a grade after it ("3.x", "Graduated") is none.
func TestSchoolWithItsPlace(t *testing.T) {
	r := Text("Ana Souza\nana@example.com\n\nEducation\n"+
		"Sep 2012 - Apr 2015\nMcMaster University, Hamilton, ON\nB. Tech, Software Engineering\n\n"+
		"Sep 2008 - Jun 2012\nUniversité Lumière (Lyon, France)\nMaster, Mechanical Engineering\n", Options{}).Resume
	var got []string
	for _, e := range r.Education {
		got = append(got, e.Institution)
	}
	if want := "McMaster University, Hamilton, ON|Université Lumière (Lyon, France)"; strings.Join(got, "|") != want {
		t.Errorf("schools %q, want %s", got, want)
	}
	if p := withPlace([]piece{{"Masters degree, Computer Science, Johns Hopkins University, 3.x", 0}}, "Johns Hopkins University"); p != "Johns Hopkins University" {
		t.Errorf("withPlace kept a grade: %q", p)
	}
	if p := withPlace([]piece{{"Princeton University, PhD in Computer Science – Princeton, NJ", 0}}, "Princeton University"); p != "Princeton University" {
		t.Errorf("withPlace kept a degree before a place: %q", p)
	}
}

// TestWordListsMoreLanguages: common titles and organisation words in
// Polish, Dutch and Italian tell a position from its employer
// ("Fundacja Vis Maior — specjalista do spraw dostępności cyfrowej").
func TestWordListsMoreLanguages(t *testing.T) {
	for _, s := range []string{"specjalista do spraw dostępności cyfrowej", "Ontwikkelaar", "Sviluppatore software"} {
		if titleScore(s) == 0 {
			t.Errorf("%q names no title", s)
		}
	}
	for _, s := range []string{"Fundacja Vis Maior", "Ministerstwo Cyfryzacji", "Stichting Open Data", "Fondazione Bruno Kessler"} {
		if orgScore(s) == 0 {
			t.Errorf("%q names no organisation", s)
		}
	}
	r := Text("Marek Nowak\nmarek@example.com\n\nWork experience\nFundacja Vis Maior — specjalista do spraw dostępności cyfrowej\n2013-07 to 2016-06\n"+
		"Poczta Polska — asystent\n1989-08 to 1996-08\n", Options{}).Resume
	if len(r.Work) != 2 || r.Work[0].Name != "Fundacja Vis Maior" || r.Work[1].Roles[0].Position != "asystent" {
		t.Errorf("work = %+v", r.Work)
	}
}

// TestTitledSectionPlural: a heading of a few title-cased words that ends
// in a plural naming a section ("Open Source Projects", "Selected Data
// Science Projects") is that section; an entry title in the singular
// ("FONDEF IDeA Project") or in lower case is not a heading.
func TestTitledSectionPlural(t *testing.T) {
	for _, c := range []struct {
		text string
		kind Kind
		ok   bool
	}{
		{"Open Source Projects", KindProjects, true},
		{"Data Science Projects", KindProjects, true},
		{"Selected Publications", KindPublications, true},
		{"FONDEF IDeA ID22I10072 Project", "", false},
		{"open source projects I maintain", "", false},
	} {
		if k, ok := headingKind(c.text); k != c.kind || ok != c.ok {
			t.Errorf("headingKind(%q) = %q, %v; want %q, %v", c.text, k, ok, c.kind, c.ok)
		}
	}
}

// TestWrappedOpenRange: a range whose end opens the next line, under a
// title that wraps there too ("09/2023 – Bachelor of Science, … &" over
// "Present Quantum Information …, Delft University of Technology", its
// end set further right in a column set flush right), is one header with
// its dates; the lines had joined with "Present" inside the title, and
// the entry vanished. Lines of education that name no school, degree or
// dates are named in a warning.
func TestWrappedOpenRange(t *testing.T) {
	var ls pdfLines
	ls.add(1, "Jane Roe", 60, 40, 20, true)
	ls.add(1, "jane@example.org", 60, 70, 10, false)
	ls.add(1, "Education", 131, 100, 14, false)
	ls.add(1, "09/2023 – Bachelor of Science, Computer Science & Engineering with Quantum Science &", 76, 120, 10.9, true)
	ls.add(1, "Present Quantum Information Specialization, Delft University of Technology", 88, 134, 10.9, false)
	ls.add(1, "Skills", 131, 170, 14, false)
	ls.add(1, "Go, SQL, Kotlin", 131, 190, 10.9, false)
	res := Parse(&extract.Document{Format: "pdf", Lines: ls}, Options{})
	ed := res.Resume.Education
	if len(ed) != 1 || ed[0].Institution != "Delft University of Technology" || ed[0].StartDate.String() != "2023-09" {
		t.Errorf("education = %+v", ed)
	}
	doc := &extract.Document{Format: "markdown", Lines: []extract.Line{
		{Text: "Jane Roe", Heading: 1}, {Text: "jane@example.org"},
		{Text: "Education", Heading: 2}, {Text: "Grade: 8.5"}, {Text: "Graduated with honours."},
		{Text: "Skills", Heading: 2}, {Text: "Go, SQL"},
	}}
	var got []string
	for _, w := range Parse(doc, Options{}).Warnings {
		if w.Kind == WarnLinesNotRead {
			got = append(got, w.Message)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], `2 lines of education that name no school, degree or dates are not read, the first "Grade: 8.5"`) {
		t.Errorf("warnings = %q", got)
	}
}

// TestTitleOverCompanyOverlap: a reading whose title and company overlap
// in the title row (the same word read as both) is left alone, not cut
// out of the row (the cut once ran past the row's end).
func TestTitleOverCompanyOverlap(t *testing.T) {
	es := []*entry{
		{heads: []piece{{"Data Engineer", 0}, {"Acme Corp", 1}}, rngs: []resume.Range{{Start: resume.YearOnly(2020)}}},
		{heads: []piece{{"Acme - Acme", 3}, {"Globex Labs", 4}}, rngs: []resume.Range{{Start: resume.YearOnly(2018)}}},
	}
	read := [][]string{{"Data Engineer", "Acme Corp", ""}, {"Acme - Acme", "Acme", ""}}
	titleOverCompany(es, read)
	if read[1][0] != "Acme - Acme" || read[1][1] != "Acme" {
		t.Errorf("read = %q", read[1])
	}
}
