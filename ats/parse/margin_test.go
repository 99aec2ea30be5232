package parse

import (
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/resume"
)

// TestMarginHeadings moves headings set in a left margin, centred on
// their block of text, before that block; a second heading in one block
// (a section printed empty) follows it; a document without a margin keeps
// its order.
func TestMarginHeadings(t *testing.T) {
	mk := func(text string, x, y float64) row {
		return row{segs: []string{text}, text: text, page: 1, x: x, y: y, size: 9}
	}
	rows := []row{
		mk("Jane Roe", 260, 60),
		mk("Email jane@example.org", 218, 121),
		mk("CONTACT", 62, 130),
		mk("Phone (715) 768-7785", 218, 139),
		mk("Go (Master): modules, generics", 217, 217),
		mk("SKILLS", 62, 223),
		mk("Kafka (Master): Streams, Connect", 217, 232),
		mk("SUMMARY", 62, 238),
		mk("Flink, Beam", 217, 244),
		mk("WORK EXPERIENCE", 62, 281),
		mk("Engineer at Acme", 217, 281),
		mk("Built the platform that runs the", 217, 295),
		mk("streaming jobs of the company and", 217, 306),
		mk("kept it running through peaks.", 217, 318),
		mk("EDUCATION", 62, 360),
		mk("Leading University", 217, 360),
		mk("Bachelor of Science", 217, 371),
	}
	var got []string
	for _, r := range marginHeadings(rows) {
		got = append(got, r.text)
	}
	want := []string{"Jane Roe", "CONTACT", "Email jane@example.org", "Phone (715) 768-7785",
		"SKILLS", "Go (Master): modules, generics", "Kafka (Master): Streams, Connect", "Flink, Beam", "SUMMARY",
		"WORK EXPERIENCE", "Engineer at Acme", "Built the platform that runs the", "streaming jobs of the company and",
		"kept it running through peaks.", "EDUCATION", "Leading University", "Bachelor of Science"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("order:\n got %q\nwant %q", got, want)
	}
	// the margin read first, as a column of its own: the same order
	var first, rest []row
	for _, r := range rows {
		if r.x == 62 {
			first = append(first, r)
		} else {
			rest = append(rest, r)
		}
	}
	got = got[:0]
	for _, r := range marginHeadings(append(first, rest...)) {
		got = append(got, r.text)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("margin read first:\n got %q\nwant %q", got, want)
	}
	// the same text in one column: nothing moves
	for i := range rows {
		rows[i].x = 60
	}
	got = got[:0]
	for _, r := range marginHeadings(rows) {
		got = append(got, r.text)
	}
	if got[2] != "CONTACT" {
		t.Errorf("one column reordered: %q", got)
	}
}

// TestUnzipCards reads cards set side by side one after the other, and
// leaves titles with their dates at the right alone.
func TestUnzipCards(t *testing.T) {
	mk := func(segs ...string) row {
		return row{segs: segs, text: strings.Join(segs, " "), page: 1}
	}
	rows := []row{
		mk("EDUCATION"),
		mk("NYU Tandon School of Engineering", "UC Santa Barbara"),
		mk("Jan 2023 - Jan 2025", "Jan 2010 - Jan 2014"),
		mk("Master of Science - Machine Learning", "BA Philosophy - Mathematics"),
		mk("EXPERIENCE"),
		mk("Engineer at Acme", "2019 – 2021"),
		mk("Berlin", "Remote"),
		mk("2020-07-01", "TO 2021-05-01"),
		mk("Analyst at Beta", "Paris"),
	}
	var got []string
	for _, r := range unzipCards(rows) {
		got = append(got, strings.Join(r.segs, "|"))
	}
	want := []string{"EDUCATION", "NYU Tandon School of Engineering", "Jan 2023 - Jan 2025", "Master of Science - Machine Learning",
		"UC Santa Barbara", "Jan 2010 - Jan 2014", "BA Philosophy - Mathematics",
		"EXPERIENCE", "Engineer at Acme|2019 – 2021", "Berlin|Remote", "2020-07-01|TO 2021-05-01", "Analyst at Beta|Paris"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n got %q\nwant %q", got, want)
	}
}

// TestIndentedCourses reads a run of short lines set at one indent under
// an education title as its body (courses), not as its degree, and a
// title wrapped after a joining word beside its dates as one name.
func TestIndentedCourses(t *testing.T) {
	y := 60.0
	line := func(text string, x float64) extract.Line {
		y += 12
		return extract.Line{Text: text, Page: 1, X: x, Y: y, Width: 7 * float64(len(text)), FontSize: 10.8}
	}
	lines := []extract.Line{
		line("Jane Roe", 65), line("jane@example.org", 65),
		line("Education", 65),
		line("NYU Tandon School of", 65), line("Engineering", 65),
		line("Deep Learning", 95), line("Topology", 95),
		line("UC Santa Barbara", 65),
		line("Abstract Algebra", 95), line("Number Theory", 95),
	}
	// the dates beside the two titles
	lines = append(lines[:4], append([]extract.Line{{Text: "2023 - 2025", Page: 1, X: 480, Y: lines[3].Y, Width: 60, FontSize: 10.8}}, lines[4:]...)...)
	lines = append(lines[:9], append([]extract.Line{{Text: "2010 - 2014", Page: 1, X: 480, Y: lines[8].Y, Width: 60, FontSize: 10.8}}, lines[9:]...)...)
	r := Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, Options{}).Resume
	want := []string{"NYU Tandon School of Engineering", "UC Santa Barbara"}
	if len(r.Education) != len(want) {
		t.Fatalf("education = %+v", r.Education)
	}
	for i, w := range want {
		if e := r.Education[i]; e.Institution != w || e.Area != "" || e.StudyType != "" {
			t.Errorf("education[%d] = %q / %q / %q, want %q and no degree", i, e.Institution, e.StudyType, e.Area, w)
		}
	}
}

// TestDatesFirst cuts entries that open with a row of dates alone, the
// title in bold under it and a short header row under the title.
func TestDatesFirst(t *testing.T) {
	ln := func(text string, bold bool) extract.Line { return extract.Line{Text: text, Bold: bold} }
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		ln("Jane Roe", true), ln("jane@example.org", false),
		{Text: "Experience", Heading: 2},
		ln("May 2021 – May 2023", false), ln("Cloud Solutions Engineer", true), ln("F5 Inc., Seattle, WA", false),
		ln("Covering financial services", false), ln("Multi Cloud Networking", false),
		ln("Jul 2020 – May 2021", false), ln("Technical Marketing Manager", true), ln("Acme Corp, Toronto, ON", false),
		ln("Authoring documentation", false),
		{Text: "Education", Heading: 2},
		ln("2016 – 2016", false), ln("Hack Reactor", true), ln("https://www.hackreactor.com/", false), ln("Bootcamp", false),
		ln("2012 – 2015", false), ln("Chartered Financial Analyst", true), ln("Institute", true), ln("CFA", false),
	}}
	r := Parse(doc, Options{}).Resume
	var got []string
	for _, e := range r.Work {
		got = append(got, e.Roles[0].Position+" @ "+e.Name+" "+e.Roles[0].StartDate.String())
	}
	for _, e := range r.Education {
		got = append(got, e.Institution+" "+e.EndDate.String())
	}
	want := []string{"Cloud Solutions Engineer @ F5 Inc. 2021-05", "Technical Marketing Manager @ Acme Corp 2020-07",
		"Hack Reactor 2016", "Chartered Financial Analyst Institute 2015"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestDateColumnTitleWrap joins the rest of the row below a title, beside
// its end date in a date column, to the title when the title fills its
// row: moderncv's "04/2014 – Bachelor of Science, ..., Sylhet
// International" over "10/2016 University".
func TestDateColumnTitleWrap(t *testing.T) {
	y := 60.0
	at := func(text string, x, w float64) extract.Line {
		y += 13.5
		return extract.Line{Text: text, Page: 1, X: x, Y: y, Width: w, FontSize: 10.9}
	}
	lines := []extract.Line{
		at("Jane Roe", 76, 80), at("jane@example.org", 76, 90),
		at("Experience", 131, 60),
		at("01/2019 – Engineer, Acme Corp, Berlin, building the streaming platform used by every team", 76, 455),
		at("12/2020 Led the migration of the batch jobs to streaming, cutting costs by a third.", 84, 420),
		at("Education", 131, 60),
		at("04/2014 – Bachelor of Science, Computer Science and Engineering, Sylhet International", 76, 455),
		at("10/2016 University", 84, 70),
	}
	r := Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, Options{}).Resume
	if len(r.Education) != 1 || r.Education[0].Institution != "Sylhet International University" || r.Education[0].EndDate.String() != "2016-10" {
		t.Errorf("education = %+v", r.Education)
	}
}

// TestCellWrap joins the wrapped end of a bold title in a table's right
// cell to it, and leaves the plain company row under it alone.
func TestCellWrap(t *testing.T) {
	y := 60.0
	next := func() float64 { y += 15; return y }
	lines := []extract.Line{
		{Text: "Jane Roe", Page: 1, X: 51, Y: next(), Width: 60, FontSize: 10},
		{Text: "jane@example.org", Page: 1, X: 51, Y: next(), Width: 90, FontSize: 10},
		{Text: "Professional Experience", Page: 1, X: 51, Y: next(), Width: 150, FontSize: 14, Bold: true},
	}
	row := func(dates, title string, wrap ...string) {
		yy := next()
		lines = append(lines,
			extract.Line{Text: dates, Page: 1, X: 51, Y: yy, Width: 100, FontSize: 10},
			extract.Line{Text: title, Page: 1, X: 306, Y: yy, Width: 200, FontSize: 10, Bold: true})
		for _, w := range wrap {
			lines = append(lines, extract.Line{Text: w, Page: 1, X: 306, Y: next(), Width: 60, FontSize: 10, Bold: true})
		}
		lines = append(lines, extract.Line{Text: "F5 Inc., Seattle, WA", Page: 1, X: 306, Y: next(), Width: 120, FontSize: 10},
			extract.Line{Text: "Multi Cloud Networking", Page: 1, X: 324, Y: next(), Width: 120, FontSize: 10})
	}
	row("May 2021 – May 2023", "Cloud Solutions Engineer")
	row("Jul 2020 – May 2021", "Technical Marketing Manager - Service", "Providers")
	r := Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, Options{}).Resume
	var got []string
	for _, e := range r.Work {
		for _, ro := range e.Roles {
			got = append(got, ro.Position)
		}
	}
	want := []string{"Cloud Solutions Engineer", "Technical Marketing Manager - Service Providers"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("positions %q, want %q", got, want)
	}
}

// TestBoldSkillGroups reads a sidebar's skills set as bold group names
// over their keywords, one to a row, with a group named by a heading word
// ("Languages") set smaller than the section's heading right under it.
func TestBoldSkillGroups(t *testing.T) {
	ln := func(text string, bold bool, size float64) extract.Line {
		return extract.Line{Text: text, Bold: bold, FontSize: size}
	}
	doc := &extract.Document{Format: "docx", Lines: []extract.Line{
		ln("Jessica Sullivan", true, 20), ln("jessica@example.com", false, 9),
		ln("SKILLS", true, 10),
		ln("Languages", true, 9), ln("Python", false, 9), ln("SQL", false, 9),
		ln("Web Application Firewall and API", true, 9), ln("Protection", true, 9), ln("WAAP", false, 9),
		ln("Continuous Integration Continuous De-", false, 9), ln("ployment", false, 9),
		ln("Work Experience", true, 10),
		ln("Engineer, Acme   2019 – 2021", false, 9),
	}}
	r := Parse(doc, Options{}).Resume
	var got []string
	for _, s := range r.Skills {
		got = append(got, s.Name+": "+strings.Join(s.Keywords, ", "))
	}
	want := []string{"Languages: Python, SQL",
		"Web Application Firewall and API Protection: WAAP, Continuous Integration Continuous Deployment"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("skills:\n got %q\nwant %q", got, want)
	}
}

// pdfLine is a line of a synthetic PDF page.
func pdfLine(text string, x, y, w, size float64, bold bool) extract.Line {
	return extract.Line{Text: text, Page: 1, X: x, Y: y, Width: w, FontSize: size, Bold: bold}
}

// TestMarginDates reads a page whose section headings and dates sit in a
// left margin (theme-paper): the heading of a skills block whose rows
// wrap is centred on the whole block, and the first entry's dates are
// pushed below its title, among its description, by the heading beside
// it.
func TestMarginDates(t *testing.T) {
	at := pdfLine
	lines := []extract.Line{
		at("Jane Roe", 259, 60, 106, 16.9, false),
		at("CONTACT", 62, 122, 48, 9.5, false),
		at("Email jane@example.org", 218, 122, 200, 9.1, false),
		at("Backend (Expert): Go, gRPC, PostgreSQL, Kafka, Redis, Docker, Kubernetes,", 217, 195, 315, 9.1, false),
		at("Terraform, Prometheus", 217, 206, 100, 9.1, false),
		at("Frontend (Advanced): React, TypeScript, Vue.js, Tailwind CSS, Vite, Jest,", 217, 221, 315, 9.1, false),
		at("Playwright, Storybook", 217, 232, 100, 9.1, false),
		at("PROFESSIONAL SKILLS", 62, 242, 117, 9.4, false),
		at("Data (Intermediate): Spark, Airflow, dbt, BigQuery, Snowflake, Pandas, Polars,", 217, 247, 315, 9.1, false),
		at("Great Expectations", 217, 258, 100, 9.1, false),
		at("Cloud (Advanced): AWS, Google Cloud, Azure, Cloudflare, Fly.io, Hetzner,", 217, 273, 315, 9.1, false),
		at("DigitalOcean", 217, 284, 60, 9.1, false),
		at("WORK EXPERIENCE", 62, 320, 101, 9.5, false),
		at("Staff Engineer at Acme Robotics", 217, 321, 150, 9.1, true),
		at("Led the platform team through two rewrites of the scheduling service, and", 217, 335, 310, 9.1, false),
		at("2021-03 TO PRESENT", 62, 338, 75, 6.4, true),
		at("mentored six engineers who now lead teams of their own in the company.", 217, 346, 300, 9.1, false),
		at("2018-01", 62, 382, 32, 7.6, true),
		at("TO 2021-02", 95, 382, 41, 7.1, true),
		at("Senior Engineer at Beta Logistics", 217, 380, 160, 9.1, true),
		at("Built the routing engine that plans every delivery of the company.", 217, 394, 300, 9.1, false),
		at("2015-06 TO 2017-12", 62, 431, 75, 7.1, true),
		at("Engineer at Gamma Health", 217, 430, 120, 9.1, true),
		at("Wrote the claims pipeline and its test suite, which still runs every night.", 217, 444, 300, 9.1, false),
		at("2012-09", 62, 481, 32, 7.6, true),
		at("TO 2015-05", 95, 481, 41, 7.1, true),
		at("Junior Engineer at Delta Bank", 217, 479, 130, 9.1, true),
		at("Kept the payment gateway up through three peak seasons without an outage.", 217, 493, 300, 9.1, false),
	}
	r := Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, Options{}).Resume
	var groups []string
	for _, s := range r.Skills {
		groups = append(groups, s.Name)
	}
	if want := "Backend|Frontend|Data|Cloud"; strings.Join(groups, "|") != want {
		t.Errorf("skill groups = %q, want %s", groups, want)
	}
	var got []string
	for _, e := range r.Work {
		got = append(got, e.Roles[0].Position+" @ "+e.Name+" "+e.Roles[0].StartDate.String())
	}
	want := []string{"Staff Engineer @ Acme Robotics 2021-03", "Senior Engineer @ Beta Logistics 2018-01",
		"Engineer @ Gamma Health 2015-06", "Junior Engineer @ Delta Bank 2012-09"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("work:\n got %q\nwant %q", got, want)
	}
}

// TestEuropassColumns reads a Europass CV, whose left column holds the
// section headings in capitals, each entry's dates and each skill
// group's label, a tab from the text beside it: a dated title shaped
// like "City, Region" that names no place is the title, a title that
// wraps beside its dates is one title, and a heading word in another
// case than the headings' ("Languages" beside keywords) is a label
// inside Skills.
func TestEuropassColumns(t *testing.T) {
	y := 100.0
	at := func(text string, x float64) extract.Line {
		y += 14.5
		if x < 187 {
			y += 14 // a gap above each heading, date and label
		}
		w := 5.2 * float64(len([]rune(text)))
		if x == 102 {
			w = 460 // a title that fills its row
		}
		return extract.Line{Text: text, Page: 1, X: x, Y: y, Width: w, FontSize: 9}
	}
	lines := []extract.Line{
		at("PERSONAL INFORMATION\tJane Roe", 64), at("jane@example.org", 201),
		at("WORK EXPERIENCE", 89),
		at("12/2017 – Present\tProduct Manager", 103), at("Acme Corp", 187),
		at("07/2014 – 12/2017\tSoftware Developer", 102), at("Beta Labs", 187),
		at("EDUCATION AND TRAINING", 58),
		at("06/2018 – 08/2018\tOnline, Blockchain Development", 102), at("Lisbon Coding Academy", 187),
		at("06/2016 – 08/2016\tBootcamp, Software Development", 102), at("Porto Tech School", 187),
		at("01/2016 – 12/2019\tTecnólogo, Análisis y Desarrollo de Sistemas de Infor-", 102), at("mación", 187), at("Servicio Nacional de Aprendizaje", 187),
		at("PERSONAL SKILLS", 95),
		at("Tools\tJira, Confluence, Git", 156),
		at("Languages\tPython, Java, SQL", 132),
	}
	r := Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, Options{}).Resume
	var got []string
	for _, e := range r.Education {
		got = append(got, e.Institution+" | "+e.StudyType+" | "+e.Area+" | "+e.StartDate.String())
	}
	want := []string{"Lisbon Coding Academy | Online | Blockchain Development | 2018-06",
		"Porto Tech School | Bootcamp | Software Development | 2016-06",
		"Servicio Nacional de Aprendizaje | Tecnólogo | Análisis y Desarrollo de Sistemas de Infor- mación | 2016-01"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("education:\n got %q\nwant %q", got, want)
	}
	var kws []string
	for _, s := range r.Skills {
		kws = append(kws, s.Name+": "+strings.Join(s.Keywords, ", "))
	}
	if w := "Tools: Jira, Confluence, Git|Languages: Python, Java, SQL"; strings.Join(kws, "|") != w {
		t.Errorf("skills = %q, want %s", kws, w)
	}
	if len(r.Languages) != 0 {
		t.Errorf("languages = %+v, want none (a label inside Skills)", r.Languages)
	}
}

// TestNamedLikeHeadings takes a row set like the headings below the first
// heading as a heading even when its words read like a person's name: a
// sidebar's skill group ("Web Development" over its tools) is no name.
func TestNamedLikeHeadings(t *testing.T) {
	y := 60.0
	at := func(text string, size float64) extract.Line {
		y += 14
		return extract.Line{Text: text, Page: 1, X: 76, Y: y, Width: 5 * float64(len(text)), FontSize: size}
	}
	lines := []extract.Line{
		at("Jane Roe", 28), at("jane@example.org", 7.8),
		at("About", 9.9), at("Builds data platforms for small teams.", 7.8),
		at("Web Development", 9.9), at("React\tTypeScript", 9), at("Django\tPostgreSQL", 9),
		at("Experience", 9.9), at("Data Engineer at Acme Corp 2019 – 2023", 7.8),
		at("Ran the pipelines that feed every report of the company.", 7.8),
		at("Education", 9.9), at("Porto Tech School 2015 – 2019", 7.8),
	}
	r := Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, Options{}).Resume
	if r.Basics.Name != "Jane Roe" {
		t.Errorf("name = %q", r.Basics.Name)
	}
	var kws []string
	for _, s := range r.Skills {
		kws = append(kws, s.Name+": "+strings.Join(s.Keywords, ", "))
	}
	if w := "Web Development: React, TypeScript, Django, PostgreSQL"; strings.Join(kws, "|") != w {
		t.Errorf("skills = %q, want %s", kws, w)
	}
	// employers' names set like the headings, right under the heading or
	// with their dates close under them, stay entries
	page := func(section func() []extract.Line) []extract.Line {
		y = 60
		lines := []extract.Line{
			at("Jane Roe", 24), at("jane@example.org", 12),
			at("About", 14), at("Builds data platforms for small teams.", 12),
			at("Work Experience", 14),
		}
		lines = append(append(lines, section()...), at("Skills", 14), at("Go, SQL", 12))
		for i := range lines {
			lines[i].Bold = lines[i].FontSize == 14
		}
		return lines
	}
	lines = page(func() []extract.Line {
		return []extract.Line{
			at("Consejo Nacional Electoral", 14), at("Analista de Seguridad", 12), at("2019 - 2021", 12),
			at("Chery Ecuador", 14), at("Desarrollador Full Stack", 12), at("2021 - 2023", 12),
		}
	})
	var got []string
	for _, e := range Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, Options{}).Resume.Work {
		got = append(got, e.Name+" "+e.Roles[0].StartDate.String())
	}
	if w := "Consejo Nacional Electoral 2019|Chery Ecuador 2021"; strings.Join(got, "|") != w {
		t.Errorf("work = %q, want %s", got, w)
	}
	// so do names that do not read like a person's, when two or more
	// stand with their dates under the same heading, or one names a school
	lines = page(func() []extract.Line {
		return []extract.Line{
			at("Octo", 14), at("Lead Data Scientist", 12), at("2020 - Present", 12),
			at("Urban Science - Axians", 14), at("Data Scientist", 12), at("2018 - 2020", 12),
			at("Education", 14),
			at("University of Wisconsin-Milwaukee", 14), at("Computer Science", 12), at("2012 - 2016", 12),
		}
	})
	res := Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, Options{}).Resume
	got = nil
	for _, e := range res.Work {
		got = append(got, e.Name+" "+e.Roles[0].StartDate.String())
	}
	for _, e := range res.Education {
		got = append(got, e.Institution+" "+e.StartDate.String())
	}
	if w := "Octo 2020|Urban Science - Axians 2018|University of Wisconsin-Milwaukee 2012"; strings.Join(got, "|") != w {
		t.Errorf("work and education = %q, want %s", got, w)
	}
}

// TestDatedCellWrap joins a title wrapped in a narrow cell beside its
// dates (its next word would not have fitted before them) and leaves a
// short title's next row, which would have fitted, alone.
func TestDatedCellWrap(t *testing.T) {
	at := func(text string, x, y, w float64, bold bool) extract.Line {
		return extract.Line{Text: text, Page: 1, X: x, Y: y, Width: w, FontSize: 10.8, Bold: bold}
	}
	lines := []extract.Line{
		at("Jane Roe", 65, 60, 80, true), at("jane@example.org", 65, 75, 100, false),
		{Text: "Work", Page: 1, X: 65, Y: 120, Width: 40, FontSize: 16.2, Bold: true},
		at("ServiceRocket", 65, 150, 87, true),
		at("Senior Engineer, Customer", 65, 176, 130, false), at("2025-04 - Present", 209.7, 176, 86, false),
		at("Support", 65, 188, 38, false),
		at("Provide assistance to administrators in diagnosing and debugging complex systems.", 65, 223, 450, false),
		at("Acme Robotics", 65, 260, 87, true),
		at("Engineer", 65, 286, 45, false), at("2020-01 - 2025-03", 209.7, 286, 86, false),
		at("Berlin", 65, 298, 30, false),
		at("Built the robots' scheduling service and kept it running for five years.", 65, 333, 430, false),
		// a line of Japanese is one "word" that fills the line: not a wrap
		at("株式会社S", 65, 370, 60, true),
		at("Lead", 65, 396, 25, false), at("2018-01 - 2019-12", 209.7, 396, 86, false),
		at("医療機関向けCRM（患者管理システム）およびLINEミニアプリの新規開発・運用。", 65, 411, 440, false),
	}
	var got []string
	for _, e := range Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, Options{}).Resume.Work {
		got = append(got, e.Roles[0].Position+" @ "+e.Name)
	}
	want := []string{"Senior Engineer, Customer Support @ ServiceRocket", "Engineer @ Acme Robotics", "Lead @ 株式会社S"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("work:\n got %q\nwant %q", got, want)
	}
}

// TestMarginHeadingOnTitleRow cuts a heading set in the margin off the
// row it shares with its section's first title, and two headings over two
// columns apart, and leaves a label in a grid of skills, set unlike the
// margin's headings, alone.
func TestMarginHeadingOnTitleRow(t *testing.T) {
	at := func(text string, x, y float64) extract.Line {
		return extract.Line{Text: text, Page: 1, X: x, Y: y, Width: 5.5 * float64(len(text)), FontSize: 9}
	}
	doc := &extract.Document{Format: "pdf", Pages: 1, Lines: []extract.Line{
		at("CONTACT", 62, 130), at("jane@example.org", 217, 132),
		at("SUMMARY", 62, 294), at("Builds data platforms.", 217, 296),
		at("WORK EXPERIENCE", 62, 357), at("Consultant at World Bank Group", 217, 357),
		at("Languages", 62, 400), at("Dev Tools", 217, 400),
		at("Experience", 62, 450), at("Skills", 400, 450),
	}}
	p := &parser{doc: doc, res: &Result{Resume: &resume.Resume{}}, nameRow: -1}
	p.rows = buildRows(doc, 100)
	p.splitMarginHeads()
	var got []string
	for _, r := range p.rows {
		got = append(got, strings.Join(r.segs, " | "))
	}
	want := []string{"CONTACT", "jane@example.org", "SUMMARY", "Builds data platforms.", "WORK EXPERIENCE", "Consultant at World Bank Group",
		"Languages | Dev Tools", "Experience", "Skills"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n got %q\nwant %q", got, want)
	}
}

// TestTitleUnderDatedCompany keeps a bold title under a bold, dated
// employer's row in that entry when body text follows it: the dates
// further down are the next entry's.
func TestTitleUnderDatedCompany(t *testing.T) {
	at := pdfLine
	lines := []extract.Line{
		at("Jane Roe", 50, 60, 120, 24, true), at("jane@example.org", 50, 90, 100, 12, false),
		at("Summary", 50, 140, 80, 19.5, true),
		at("Builds web sites and writes about them for small companies.", 50, 170, 400, 12, false),
		at("Work", 50, 425, 48, 19.5, true),
		at("Freelance", 50, 452, 56, 12, true), at("2016-04 — Present", 468, 453, 93, 10.5, true),
		at("Développeur Web & Concepteur Rédacteur", 50, 475, 245, 12, true),
		at("Plus de vingt missions de développement et dix missions de rédaction UX ou SEO. Expertise React,", 50, 496.5, 479, 12, false),
		at("Streamlit, WordPress.", 50, 514.5, 116, 12, false),
		at("Coding Accelerator", 50, 544.5, 110, 12, true), at("2024-01 — Present", 468, 545, 93, 10.5, true),
		at("Mentor Technique", 50, 567, 102, 12, true),
		at("Correction d'épreuves d'algorithmie (JS, Python, C#...), mentorat technique, structuration de", 50, 589, 489, 12, false),
		at("l'offre des freelances.", 50, 607, 120, 12, false),
		// an entry without dates: the section has no regular pattern
		at("Alfie", 50, 637, 30, 12, true),
		at("Intégration web / Shopify", 50, 659, 150, 12, true),
		at("Intégration du thème Shopify de la boutique en ligne et maintenance.", 50, 681, 400, 12, false),
	}
	var got []string
	for _, e := range Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: lines}, Options{}).Resume.Work {
		got = append(got, e.Roles[0].Position+" @ "+e.Name+" "+e.Roles[0].StartDate.String())
	}
	want := "Développeur Web & Concepteur Rédacteur @ Freelance 2016-04|Mentor Technique @ Coding Accelerator 2024-01|Intégration web / Shopify @ Alfie "
	if strings.Join(got, "|") != want {
		t.Errorf("work = %q, want %s", got, want)
	}
}

// TestSidebarOverThePage reads a sidebar whose skill list runs over the
// page's end: its rows on the next page read after the main column's
// last section (here Education, whose own rows stand in the other
// column), and belong to the sidebar's Skills all the same. "Research",
// a known heading word set like the keywords around it, is one of them.
func TestSidebarOverThePage(t *testing.T) {
	var ls pdfLines
	add := ls.add
	add(1, "Paula Ortiz", 42.5, 56, 20.7, true)
	add(1, "paula@example.org", 42.5, 107, 9, false)
	add(1, "SKILLS", 42.5, 149, 10, true)
	add(1, "Backend", 42.5, 163, 9, true)
	y := 175.0
	for _, k := range []string{"Symfony", "Doctrine", "Research", "Algorithms", "Messenger", "Mercure"} {
		add(1, k, 42.5, y, 9, false)
		y += 12
	}
	add(1, "Frontend", 42.5, y+3, 9, true)
	y += 15
	for y < 790 {
		add(1, "VueJs", 42.5, y, 9, false)
		y += 12
	}
	add(1, "Work Experience", 204, 168, 14.3, false)
	add(1, "Backend Developer", 204, 184, 10, true)
	add(1, "LibreSens, Agen, France", 204, 196, 10, false)
	add(1, "2022-10 – 2024-01", 204, 208, 9, false)
	add(1, "Education", 204, 311, 14.3, false)
	add(1, "Université de Bordeaux", 204, 325, 10, true)
	add(1, "Licence, Informatique", 204, 337, 10, false)
	add(1, "2018-09 – 2021-06", 204, 349, 9, false)
	y = 52
	for _, k := range []string{"TailwindCSS", "Bootstrap", "Swiper", "EasyAdmin"} {
		add(2, k, 42.5, y, 9, false)
		y += 12
	}
	res := Parse(&extract.Document{Format: "pdf", Pages: 2, Lines: ls}, Options{})
	kw := strings.Join(keywords(res.Resume), ",")
	for _, k := range []string{"Research", "Algorithms", "TailwindCSS", "EasyAdmin"} {
		if !strings.Contains(kw, k) {
			t.Errorf("keyword %s not in skills: %s", k, kw)
		}
	}
	if len(res.Resume.Education) != 1 || res.Resume.Education[0].Institution != "Université de Bordeaux" || res.Resume.Education[0].Summary != "" {
		t.Errorf("education = %+v", res.Resume.Education)
	}
}

// TestMarginReadApart reads a page whose margin (headings and dates)
// reads before its text column, as a page that opens in the middle of a
// section does: each date goes to the bold title level with it, or to
// the nearest one above it that a heading beside it pushed it under.
func TestMarginReadApart(t *testing.T) {
	var ls pdfLines
	add := ls.addW
	add(1, "Lucía Ferrer", 262, 60, 100, 16.9, false)
	add(1, "WORK EXPERIENCE", 62, 120, 101, 9.5, false)
	add(1, "2022-01-10 TO 2024-03-01", 62, 121, 99, 7.4, true)
	add(1, "Developer at Northwind", 217, 120, 120, 9.1, true)
	for k, y := range []float64{135, 148, 161, 174, 187, 200} {
		add(1, "Built the web shop and its back office, and kept both running for years "+itoa(k), 217, y, 310, 9.1, false)
	}
	// the next page: the margin first, then the text column
	add(2, "2020-12-19 TO 2021-12-01", 62, 52, 99, 7.4, true)
	add(2, "2019-07-19 TO 2020-01-07", 62, 136, 99, 7.4, true)
	add(2, "EDUCATION", 62, 228, 60, 9.4, false)
	add(2, "2014-08-18 TO 2019-11-29", 62, 246, 99, 7.4, true)
	add(2, "2011-08-18 TO 2014-08-18", 62, 282, 99, 7.4, true)
	add(2, "React Developer at Contoso", 217, 51, 200, 9.1, true)
	add(2, "Wrote web applications in React with Material UI, PHP and MySQL.", 217, 66, 320, 9.1, false)
	add(2, "Full Stack Developer at Fabrikam", 217, 136, 200, 9.1, true)
	add(2, "Wrote invoicing applications with jQuery, Bootstrap and Slim.", 217, 151, 320, 9.1, false)
	add(2, "Instituto Tecnológico del Norte", 217, 226.5, 140, 9.1, true)
	add(2, "Licenciatura: Ingeniería en Sistemas", 241, 241.5, 200, 9.1, false)
	add(2, "Colegio Nacional de Educación Profesional", 217, 277.5, 120, 9.1, true)
	add(2, "Carrera técnica: Mantenimiento de equipo de cómputo.", 241, 292.5, 280, 9.1, false)
	r := Parse(&extract.Document{Format: "pdf", Pages: 2, Lines: ls}, Options{}).Resume
	var got []string
	for _, e := range r.Work {
		got = append(got, e.Name+" "+e.Roles[0].StartDate.String())
	}
	for _, e := range r.Education {
		got = append(got, e.Institution+" "+e.StartDate.String())
	}
	want := []string{"Northwind 2022-01-10", "Contoso 2020-12-19", "Fabrikam 2019-07-19",
		"Instituto Tecnológico del Norte 2014-08-18", "Colegio Nacional de Educación Profesional 2011-08-18"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("entries\n got %q\nwant %q", got, want)
	}
}

// TestMainColumnAfterSidebarLinks reads the main column's Experience on
// over the page's end when the sidebar's last heading ("Links", contact
// details) reads between the two pages: the dated rows of the next page
// are the section's entries, not contact details to drop.
func TestMainColumnAfterSidebarLinks(t *testing.T) {
	var ls pdfLines
	add := ls.add
	add(1, "Tom Palmer", 40, 50, 24, true)
	add(1, "Experience", 40, 100, 14, true)
	y := 120.0
	for _, e := range [][3]string{{"Front End Developer", "Dec 2011 - Jan 2014", "Universal Records"}, {"Director of Front End", "May 2014 - Apr 2015", "Shopa"}} {
		add(1, e[0], 40, y, 11, true)
		add(1, e[1], 40, y+14, 10, false)
		add(1, e[2], 40, y+28, 10, false)
		add(1, "Led the front end team and delivered reusable components for the shop.", 40, y+42, 10, false)
		y += 70
	}
	add(1, "Skills", 400, 100, 14, true)
	add(1, "Web accessibility", 400, 120, 10, false)
	add(1, "Links", 400, 300, 14, true) // (lower than the main column ends)
	add(1, "example.com/tpalmer", 400, 320, 10, false)
	y = 50
	for _, e := range [][3]string{{"Commercial Developer", "Oct 2010 - Dec 2011", "World Broadcasting"}, {"Web Developer", "Oct 2007 - Jun 2008", "RAPP"}} {
		add(2, e[0], 40, y, 11, true)
		add(2, e[1], 40, y+14, 10, false)
		add(2, e[2], 40, y+28, 10, false)
		add(2, "Built and kept the commercial web sites of the company running.", 40, y+42, 10, false)
		y += 70
	}
	got := employers(&extract.Document{Format: "pdf", Pages: 2, Lines: ls}, func(e resume.Employer) string { return e.Name })
	if want := []string{"Universal Records", "Shopa", "World Broadcasting", "RAPP"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("employers %q, want %q", got, want)
	}
}

// TestSkillCardsInTwoColumns reads a grid of skill cards in two columns
// whose left column ends on the next heading ("Languages"): the right
// column's cards stand level with the left column's, above that heading,
// and are skills, not languages.
func TestSkillCardsInTwoColumns(t *testing.T) {
	var ls pdfLines
	add := ls.add
	add(1, "Marco Bianchi", 65, 60, 24, true)
	add(1, "Skills", 65, 180, 16.2, true)
	card := func(x float64, name string, kws ...string) {
		y := 208.0
		add(1, name, x, y, 10.8, false)
		add(1, "Advanced", x, y+13.5, 10.8, false)
		for i, k := range kws {
			add(1, k, x+30, y+38+13.5*float64(i), 10.8, false)
		}
	}
	card(65, "Backend Development", "C#", "EF Core", "GoLang")
	add(1, "Languages", 65, 753, 16.2, true)
	add(1, "Italian", 65, 780, 10.8, false)
	card(306, "Frontend Development", "Vue.js", "Nuxt", "Vuetify")
	res := Parse(&extract.Document{Format: "pdf", Pages: 1, Lines: ls}, Options{})
	kw := strings.Join(keywords(res.Resume), ",")
	for _, k := range []string{"GoLang", "Vue.js", "Vuetify"} {
		if !strings.Contains(kw, k) {
			t.Errorf("keyword %s not in skills: %s", k, kw)
		}
	}
}

// pdfLines collects the lines of a test's PDF, each as wide as the test's
// type sets it: half an em a character.
type pdfLines []extract.Line

func (ls *pdfLines) add(page int, text string, x, y, size float64, bold bool) {
	ls.addW(page, text, x, y, 0.5*size*float64(len(text)), size, bold)
}

// addW adds a line of the given width.
func (ls *pdfLines) addW(page int, text string, x, y, w, size float64, bold bool) {
	*ls = append(*ls, extract.Line{Text: text, Page: page, X: x, Y: y, Width: w, FontSize: size, Bold: bold})
}
