package compare

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/resume"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sample is a small resume with two employers, one with two roles.
func sample() *resume.Resume {
	return &resume.Resume{
		Basics: resume.Basics{Name: "Ana Núñez", Email: "ana@example.com", Phone: "+34 600 123 456",
			URL: "https://ana.example.com", Summary: "Engineer who **ships**."},
		Work: []resume.Employer{
			{Name: "Acme Corp", Location: "Madrid", Roles: []resume.Role{
				{Position: "Staff Engineer", StartDate: resume.YMD(2021, 6, 15), EndDate: resume.Present,
					Highlights: []string{"Built the *Kafka* platform."}, Skills: []string{"Kafka", "Go"}},
				{Position: "Senior Engineer", StartDate: resume.YearMonth(2019, 1), EndDate: resume.YearMonth(2021, 6)},
			}},
			{Name: "Google", Roles: []resume.Role{
				{Position: "Intern", Location: "Zürich", StartDate: resume.YearOnly(2018), EndDate: resume.YearOnly(2018)},
			}},
		},
		Education: []resume.Education{{Institution: "Universidad Carlos III", Area: "Telecommunications",
			StudyType: "MSc", StartDate: resume.YearMonth(2012, 9), EndDate: resume.YearMonth(2017, 6)}},
		Skills: []resume.Skill{{Name: "Languages", Keywords: []string{"Python", "C++", "SQL"}}},
	}
}

// printed is sample as a writer with the default layout prints it.
func printed() []string {
	return []string{
		"Ana Núñez", "ana@example.com | +34 600 123 456 | https://ana.example.com",
		"Summary", "Engineer who ships.",
		"Work Experience",
		"Acme Corp — Madrid",
		"Staff Engineer   Jun 2021 – Present",
		"• Built the Kafka platform.", "Skills: Kafka, Go",
		"Senior Engineer   Jan 2019 – Jun 2021",
		"Google", "Intern, Zürich   2018 – 2018",
		"Education", "MSc Telecommunications, Universidad Carlos III   Sep 2012 – Jun 2017",
		"Skills", "Languages: Python, C++, SQL",
	}
}

// parsedCopy is what a perfect parser would return for a month layout.
func parsedCopy() *resume.Resume {
	r := sample()
	r.Work[0].Roles[0].StartDate = resume.YearMonth(2021, 6)
	return r
}

func TestLossless(t *testing.T) {
	rep := Compare(sample(), parsedCopy(), Options{Format: "docx", Text: printed()})
	if !rep.Lossless() {
		var b bytes.Buffer
		WriteText(&b, rep)
		t.Fatalf("want lossless, got:\n%s", b.String())
	}
	want := map[string]Counts{
		GroupContact:   {4, 4},
		GroupWork:      {13, 13}, // 2 names, Madrid, Zürich, 3 positions, 6 dates
		GroupEducation: {5, 5},
		GroupSkills:    {5, 5},
		GroupSummary:   {2, 2},
	}
	for g, c := range want {
		if rep.Groups[g] != c {
			t.Errorf("group %s: got %+v, want %+v", g, rep.Groups[g], c)
		}
	}
	if rep.Score() != 100 {
		t.Errorf("score %v, want 100", rep.Score())
	}
	if len(rep.Levels) != 2 {
		t.Errorf("levels %v", rep.Levels)
	}
}

// find1 returns the one loss at path and level, failing otherwise.
func find1(t *testing.T, rep *Report, path string, level Level) Loss {
	t.Helper()
	var out []Loss
	for _, l := range rep.Losses {
		if l.Path == path && l.Level == level {
			out = append(out, l)
		}
	}
	if len(out) != 1 {
		t.Fatalf("want one %s loss at %s, got %v (all: %v)", level, path, out, rep.Losses)
	}
	return out[0]
}

func TestDatePrecision(t *testing.T) {
	src := sample()
	for _, tc := range []struct {
		name   string
		layout string
		got    resume.Date
		kind   Kind // 0: survives
	}{
		{"month layout truncates the day", "Jan 2006", resume.YearMonth(2021, 6), 0},
		{"parser guessed a day", "Jan 2006", resume.YMD(2021, 6, 1), Normalized},
		{"wrong month", "Jan 2006", resume.YearMonth(2021, 7), Altered},
		{"precision lost", "Jan 2006", resume.YearOnly(2021), Altered},
		{"missing", "Jan 2006", resume.Date{}, Missing},
		{"year layout", "2006", resume.YearOnly(2021), 0},
		{"day layout keeps the day", "02.01.2006", resume.YMD(2021, 6, 15), 0},
		{"day layout, day lost", "02.01.2006", resume.YearMonth(2021, 6), Altered},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := sample()
			p.Work[0].Roles[0].StartDate = tc.got
			rep := Compare(src, p, Options{DateFormat: tc.layout})
			var got []Loss
			for _, l := range rep.Losses {
				if l.Path == "work[0].roles[0].startDate" {
					got = append(got, l)
				}
			}
			if tc.kind == 0 {
				if len(got) != 0 {
					t.Fatalf("want no loss, got %v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Kind != tc.kind {
				t.Fatalf("want one %v, got %v", tc.kind, got)
			}
		})
	}
}

func TestExpectPrinted(t *testing.T) {
	for _, tc := range []struct {
		layout string
		in     resume.Date
		want   string
		forms  string
	}{
		{"", resume.YMD(2021, 6, 15), "2021-06", "Jun 2021"},
		{"January 2006", resume.YearMonth(2021, 6), "2021-06", "June 2021"},
		{"01/2006", resume.YMD(2021, 6, 15), "2021-06", "06/2021"},
		{"02.01.2006", resume.YearMonth(2021, 6), "2021-06", "Jun 2021"},
		{"02.01.2006", resume.YMD(2021, 6, 5), "2021-06-05", "05.06.2021"},
		{"2006", resume.YMD(2021, 6, 5), "2021", "2021"},
		{"Jan 2006", resume.YearOnly(2019), "2019", "2019"},
		{"Jan 2006", resume.Present, "present", "Present"},
	} {
		got, forms := Options{DateFormat: tc.layout}.expect(tc.in)
		if got.String() != tc.want || forms[0] != tc.forms {
			t.Errorf("%q %v: got %v %q, want %s %q", tc.layout, tc.in, got, forms, tc.want, tc.forms)
		}
	}
	if _, forms := (Options{ISODates: true}).expect(resume.YMD(2021, 6, 15)); forms[0] != "2021-06-15" {
		t.Errorf("ISO form %q", forms)
	}
}

func TestTextDateRemoved(t *testing.T) {
	lines := printed()
	// Drop the end of the second role: "Jun 2021" is still printed once,
	// as the first role's start, and must not count twice.
	for i, l := range lines {
		if strings.HasPrefix(l, "Senior Engineer") {
			lines[i] = "Senior Engineer   Jan 2019 –"
		}
	}
	rep := Compare(sample(), nil, Options{Text: lines})
	l := find1(t, rep, "work[0].roles[1].endDate", TextLevel)
	if l.Kind != Missing || l.Want != "Jun 2021" {
		t.Fatalf("got %v", l)
	}
	if rep.Lossless() || len(rep.Lost()) != 1 {
		t.Fatalf("want exactly one loss, got %v", rep.Losses)
	}
	if n := rep.Groups[GroupWork]; n.Survived != n.Checked-1 {
		t.Errorf("work counts %+v", n)
	}
}

func TestTextWordBoundary(t *testing.T) {
	lines := printed()
	for i, l := range lines {
		if l == "Skills: Kafka, Go" {
			lines[i] = "Skills: Kafka"
		}
	}
	rep := Compare(sample(), nil, Options{Text: lines})
	// "Go" is still inside "Google", which must not count.
	if l := find1(t, rep, "work[0].roles[0].skills[1]", TextLevel); l.Kind != Missing {
		t.Fatalf("got %v", l)
	}
}

func TestTextNormalized(t *testing.T) {
	lines := printed()
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(l, "Universidad Carlos III", "UNIVERSIDAD CARLOS III")
	}
	rep := Compare(sample(), nil, Options{Text: lines})
	if l := find1(t, rep, "education[0].institution", TextLevel); l.Kind != Normalized {
		t.Fatalf("got %v", l)
	}
	if !rep.Lossless() {
		t.Fatalf("a normalized note is not a loss: %v", rep.Lost())
	}
	if Compare(sample(), nil, Options{Text: lines, Strict: true}).Lossless() {
		t.Fatal("strict: a normalized note is a loss")
	}
}

func TestTextOutOfOrder(t *testing.T) {
	lines := printed()
	// Move the skills line before the work section.
	lines = append([]string{"Languages: Python, C++, SQL"}, lines[:len(lines)-1]...)
	rep := Compare(sample(), nil, Options{Text: lines})
	l := find1(t, rep, "skills[0].keywords[0]", TextLevel)
	if l.Kind != Normalized || !strings.Contains(l.Got, "out of reading order") {
		t.Fatalf("got %v", l)
	}
}

func TestParseMissingRoleAndExtras(t *testing.T) {
	p := parsedCopy()
	p.Work[0].Roles = p.Work[0].Roles[:1]
	p.Work = append(p.Work, resume.Employer{Name: "Nowhere Ltd", Roles: []resume.Role{{Position: "Wizard"}}})
	p.Skills[0].Keywords = append(p.Skills[0].Keywords, "Cobol")
	p.Basics.Email = "ANA@example.com"
	rep := Compare(sample(), p, Options{Format: "pdf"})
	if l := find1(t, rep, "work[0].roles[1]", ParseLevel); l.Kind != Missing || !strings.Contains(l.Want, "Senior Engineer") {
		t.Errorf("got %v", l)
	}
	if l := find1(t, rep, "parsed:work[2].roles[0]", ParseLevel); l.Kind != Extra || !strings.Contains(l.Got, "Wizard") {
		t.Errorf("got %v", l)
	}
	if l := find1(t, rep, "parsed:skills[0].keywords[3]", ParseLevel); l.Kind != Extra || l.Got != "Cobol" {
		t.Errorf("got %v", l)
	}
	if l := find1(t, rep, "basics.email", ParseLevel); l.Kind != Normalized || l.Format != "pdf" {
		t.Errorf("got %v", l)
	}
	// The missing role's fields are counted as lost.
	w := rep.Groups[GroupWork]
	if w.Checked-w.Survived != 3 {
		t.Errorf("work counts %+v, want 3 lost (position, start, end)", w)
	}
}

func TestParseAltered(t *testing.T) {
	p := parsedCopy()
	p.Work[1].Roles[0].Position = "Intern Zürich"
	p.Work[1].Roles[0].Location = ""
	p.Education[0].StudyType = ""
	p.Basics.Phone = "600123456"
	rep := Compare(sample(), p, Options{})
	if l := find1(t, rep, "work[1].roles[0].position", ParseLevel); l.Kind != Altered || l.Got != "Intern Zürich" {
		t.Errorf("got %v", l)
	}
	if l := find1(t, rep, "work[1].roles[0].location", ParseLevel); l.Kind != Missing {
		t.Errorf("got %v", l)
	}
	if l := find1(t, rep, "education[0].studyType", ParseLevel); l.Kind != Missing {
		t.Errorf("got %v", l)
	}
	if l := find1(t, rep, "basics.phone", ParseLevel); l.Kind != Altered {
		t.Errorf("got %v", l)
	}
}

// TestMarkupInPlainField accepts a link typed into a plain field both as
// typed (our writers print it so) and as its text (as renderers that read
// markup everywhere show it), and nothing else.
func TestMarkupInPlainField(t *testing.T) {
	const typed = "[Awesome University](https://example.edu)"
	for _, tc := range []struct {
		got  string
		kind Kind // 0: survives
	}{
		{typed, 0},
		{"Awesome University", 0},
		{"Awesome College", Altered},
	} {
		src := sample()
		src.Education[0].Institution = typed
		p := parsedCopy()
		p.Education[0].Institution = tc.got
		rep := Compare(src, p, Options{})
		l, lost := findLoss(rep, "education[0].institution")
		switch {
		case tc.kind == 0 && lost && l.Kind != Normalized:
			t.Errorf("got %q: %v, want it to survive", tc.got, l)
		case tc.kind != 0 && (!lost || l.Kind != tc.kind):
			t.Errorf("got %q: %v, want %v", tc.got, l, tc.kind)
		}
	}
}

// TestMarkupInPlainFieldText finds a plain field's typed markup in the
// text either as typed or as its text, and reports it missing otherwise.
func TestMarkupInPlainFieldText(t *testing.T) {
	for _, tc := range []struct {
		line string
		lost bool
	}{
		{"Ch***Con*** — Madrid", false},
		{"ChCon — Madrid", false},
		{"Acme Corp — Madrid", true},
	} {
		src := sample()
		src.Work[0].Name = "Ch***Con***"
		lines := printed()
		for i, l := range lines {
			if l == "Acme Corp — Madrid" {
				lines[i] = tc.line
			}
		}
		rep := Compare(src, parsedCopy(), Options{Text: lines})
		var text *Loss
		for i, l := range rep.Losses {
			if l.Path == "work[0].name" && l.Level == TextLevel {
				text = &rep.Losses[i]
			}
		}
		if got := text != nil && text.Kind == Missing; got != tc.lost {
			t.Errorf("%q: text loss %v, want lost %v", tc.line, text, tc.lost)
		}
	}
}

func TestAnyDateForm(t *testing.T) {
	src := sample()
	src.Work[0].Roles[0].EndDate = resume.Date{} // label: ongoing
	lines := printed()
	for i, l := range lines {
		lines[i] = strings.NewReplacer("Jun 2021 – Present", "June 2021 – current", "Sep 2012", "Sept 2012").Replace(l)
	}
	p := parsedCopy()
	p.Work[0].Roles[0].StartDate = resume.YMD(2021, 6, 1)
	rep := Compare(src, p, Options{Text: lines, AnyDateForm: true, OpenEndIsPresent: true})
	if !rep.Lossless() || len(rep.Losses) != 0 {
		t.Fatalf("want no loss, got %v", rep.Losses)
	}
}

func TestNilSource(t *testing.T) {
	rep := Compare(nil, nil, Options{})
	if rep.Err == "" || rep.Lossless() || rep.Score() != 0 {
		t.Fatalf("got %+v", rep)
	}
}

func reports() []*Report {
	p := parsedCopy()
	p.Work[0].Roles[1].EndDate = resume.YearMonth(2021, 5)
	p.Skills[0].Keywords = p.Skills[0].Keywords[:2]
	lines := printed()
	lines[len(lines)-1] = "Languages: Python, C++"
	return []*Report{
		Compare(sample(), parsedCopy(), Options{Format: "docx", Text: printed()}),
		Compare(sample(), p, Options{Format: "pdf", Text: lines}),
		{Format: "xlsx", File: "cv.xlsx", Err: "extract: not a zip file"},
	}
}

func TestWriteGolden(t *testing.T) {
	for _, tc := range []struct {
		file  string
		write func(*bytes.Buffer, ...*Report) error
	}{
		{"report.txt", func(b *bytes.Buffer, r ...*Report) error { return WriteText(b, r...) }},
		{"report.json", func(b *bytes.Buffer, r ...*Report) error { return WriteJSON(b, r...) }},
		{"report.xml", func(b *bytes.Buffer, r ...*Report) error { return WriteJUnit(b, r...) }},
	} {
		var b bytes.Buffer
		if err := tc.write(&b, reports()...); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", tc.file)
		if *update {
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs from the golden file; got:\n%s", tc.file, b.String())
		}
	}
}

func TestJUnitValid(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJUnit(&b, reports()...); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("invalid XML: %v\n%s", err, b.String())
	}
	if len(doc.Suites) != 3 || len(doc.Suites[0].Cases) != len(Groups) || len(doc.Suites[2].Cases) != 1 {
		t.Fatalf("suites %+v", doc.Suites)
	}
	if doc.Tests != 2*len(Groups)+1 {
		t.Errorf("tests=%d", doc.Tests)
	}
	failed := map[string]bool{}
	for _, c := range doc.Suites[1].Cases {
		failed[c.Name] = c.Failure != nil
	}
	if !failed[GroupWork] || !failed[GroupSkills] || failed[GroupContact] || doc.Failures != 2 {
		t.Errorf("failures %v (total %d)", failed, doc.Failures)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, reports()...); err != nil {
		t.Fatal(err)
	}
	var got []struct {
		Format   string  `json:"format"`
		Lossless bool    `json:"lossless"`
		Score    float64 `json:"score"`
		Losses   []Loss  `json:"losses"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !got[0].Lossless || got[1].Lossless || got[1].Losses[0].Kind == 0 {
		t.Fatalf("got %+v", got)
	}
}

func TestAnyOrder(t *testing.T) {
	lines := printed()
	// Education and the contact line after everything else, as some
	// third-party templates print them.
	var moved []string
	var rest []string
	for _, l := range lines {
		if strings.Contains(l, "Universidad") || strings.Contains(l, "@") {
			moved = append(moved, l)
		} else {
			rest = append(rest, l)
		}
	}
	lines = append(rest, moved...)
	if rep := Compare(sample(), nil, Options{Text: lines}); rep.Lossless() && len(rep.Losses) == 0 {
		t.Fatal("without AnyOrder the moved education should be noted out of order")
	}
	if rep := Compare(sample(), nil, Options{Text: lines, AnyOrder: true}); len(rep.Losses) != 0 {
		t.Fatalf("with AnyOrder: %v", rep.Losses)
	}
}

func TestFoldedMatchRange(t *testing.T) {
	// A folded match reports exactly the matched text, not what follows.
	rep := Compare(&resume.Resume{Basics: resume.Basics{Name: "Ana Núñez"}}, nil,
		Options{Text: []string{"ANA NÚÑEZ •  ana@example.com"}})
	l := find1(t, rep, "basics.name", TextLevel)
	if l.Kind != Normalized || l.Got != "ANA NÚÑEZ (changed)" {
		t.Fatalf("got %v", l)
	}
}

func TestPartialTruth(t *testing.T) {
	// A label that lists only the contact and the work section: what the
	// parser found elsewhere is not made up.
	label := sample()
	label.Skills, label.Education = nil, nil
	label.Basics.Phone = ""
	label.Work[1].Roles[0].StartDate = resume.Date{}
	p := parsedCopy()
	if rep := Compare(label, p, Options{}); rep.Lossless() {
		t.Fatal("a full truth flags the unlabelled skills, education and phone as Extra")
	}
	if rep := Compare(label, p, Options{PartialTruth: true}); !rep.Lossless() {
		t.Fatalf("partial truth: %v", rep.Lost())
	}
	p.Work = append(p.Work, resume.Employer{Name: "Made Up", Roles: []resume.Role{{Position: "Ghost"}}})
	rep := Compare(label, p, Options{PartialTruth: true})
	if l := find1(t, rep, "parsed:work[2].roles[0]", ParseLevel); l.Kind != Extra {
		t.Fatalf("an extra role in a labelled section is still Extra: %v", l)
	}
}

func TestHyphenatedLineBreak(t *testing.T) {
	src := &resume.Resume{Work: []resume.Employer{{Roles: []resume.Role{{
		Highlights: []string{"Co-authored a paper accepted at NeurIPS (top 5% of submissions)."}}}}}}
	rep := Compare(src, nil, Options{Text: []string{"• Co-authored a paper accepted at NeurIPS (top 5% of submis-", "sions)."}})
	l := find1(t, rep, "work[0].roles[0].highlights[0]", TextLevel)
	if l.Kind != Normalized {
		t.Fatalf("a word broken at a line end survives as Normalized, got %v", l)
	}
	// A hyphen before a capital is part of the word and is kept.
	rep = Compare(src, nil, Options{Text: []string{"• Co-", "Authored a paper"}})
	if l := find1(t, rep, "work[0].roles[0].highlights[0]", TextLevel); l.Kind != Missing {
		t.Fatalf("got %v", l)
	}
}

func TestNestedMatches(t *testing.T) {
	// The skill "SQL" is searched before the certificate that holds the
	// same word; both survive, though they share the text.
	src := &resume.Resume{
		Skills:       []resume.Skill{{Keywords: []string{"SQL"}}},
		Certificates: []resume.Certificate{{Name: "Databases and SQL for Data Science"}},
	}
	rep := Compare(src, nil, Options{Text: []string{"Certificates", "Databases and SQL for Data Science"}, AnyOrder: true})
	if !rep.Lossless() {
		t.Fatalf("got %v", rep.Lost())
	}
	// Equal strings never share one printed occurrence.
	src.Certificates[0].Name = "SQL"
	rep = Compare(src, nil, Options{Text: []string{"SQL"}, AnyOrder: true})
	if rep.Lossless() {
		t.Fatal("one printed SQL proved two fields")
	}
}

func TestLineBreakWithoutSpace(t *testing.T) {
	// Chinese text has no spaces: a line broken inside it joins without
	// one, and a short value on a line of its own is found though the
	// next line's characters follow it at once.
	src := &resume.Resume{
		Work:   []resume.Employer{{Roles: []resume.Role{{Highlights: []string{"致力于构建智慧解决方案的开发者生态"}}}}},
		Skills: []resume.Skill{{Keywords: []string{"命令模式", "涂鸦智能"}}},
	}
	rep := Compare(src, nil, Options{Text: []string{"• 致力于构建智慧", "解决方案的开发者生态", "Skills", "命令模式", "涂鸦智能"}})
	if len(rep.Losses) != 0 {
		t.Fatalf("Chinese broken at a line end: %v", rep.Losses)
	}

	// A compound broken after one of its own hyphens keeps the hyphen.
	src = &resume.Resume{Work: []resume.Employer{{Roles: []resume.Role{{Highlights: []string{"Wrote state-of-the-art compilers."}}}}}}
	rep = Compare(src, nil, Options{Text: []string{"• Wrote state-of-the-", "art compilers."}})
	if len(rep.Losses) != 0 {
		t.Fatalf("compound broken after its hyphen: %v", rep.Losses)
	}

	// A web address too long for the line, broken inside: Normalized.
	const talk = "Talk - https://www.example.com/2017/03/03/5-gadgets-curiosos-mobile-world-12252715.html"
	src = &resume.Resume{Work: []resume.Employer{{Roles: []resume.Role{{Highlights: []string{talk}}}}}}
	rep = Compare(src, nil, Options{Text: []string{"• Talk -", "https://www.example.com/2017/03/03/5-gadgets-curiosos-mobile-world-1", "2252715.html"}})
	if l := find1(t, rep, "work[0].roles[0].highlights[0]", TextLevel); l.Kind != Normalized {
		t.Fatalf("a web address broken inside: got %v", l)
	}
	// A short value is never matched so: "Go" is not in "G" + "o".
	src = &resume.Resume{Skills: []resume.Skill{{Keywords: []string{"Go"}}}}
	rep = Compare(src, nil, Options{Text: []string{"Skills", "G", "o"}})
	if l := find1(t, rep, "skills[0].keywords[0]", TextLevel); l.Kind != Missing {
		t.Fatalf("got %v", l)
	}
}

func TestLongerValuesFirst(t *testing.T) {
	// The organisation's name is inside the position's: searched first,
	// it took the position's only occurrence, and the position then took
	// a worse match inside the highlight.
	src := &resume.Resume{Volunteer: []resume.Volunteer{{Organization: "OpenStack", Position: "OpenStack-Ansible Core Reviewer",
		URL: "https://opendev.org/openstack/openstack-ansible", Highlights: []string{"Core reviewer for OpenStack-Ansible, maintaining the deployment tooling."}}}}
	rep := Compare(src, nil, Options{Text: []string{"Volunteer", "OpenStack-Ansible Core Reviewer, OpenStack",
		"https://opendev.org/openstack/openstack-ansible", "• Core reviewer for OpenStack-Ansible, maintaining the deployment tooling."}})
	if len(rep.Losses) != 0 {
		t.Fatalf("got %v", rep.Losses)
	}
}

// An education whose source gives only one of area and studyType survives
// when the reader cut it into the two with every word in the order
// written: a Normalized note with its hint. A value moved whole to the
// other field, a word lost, or a source that gives both stays a loss.
func TestDegreeSplit(t *testing.T) {
	for _, tc := range []struct {
		name             string
		area, studyType  string
		gotType, gotArea string
		path             string
		kind             Kind
	}{
		{"degree in area", "MSc in IT Management", "", "MSc", "IT Management", "education[0].area", Normalized},
		{"Spanish join", "Licenciatura en Informática", "", "Licenciatura", "Informática", "education[0].area", Normalized},
		{"degree in brackets after", "Master of Business Administration (MBA)", "", "MBA", "Master of Business Administration", "education[0].area", Normalized},
		{"area moved whole to the degree", "Master of Business Administration", "", "Master of Business Administration", "", "education[0].area", Missing},
		{"study type moved whole to the area", "", "Computer Science", "", "Computer Science", "education[0].studyType", Missing},
		{"a word lost", "MSc in IT Management", "", "MSc", "Management", "education[0].area", Altered},
		{"a join that is no degree's", "Data Science and Engineering", "", "Data Science", "Engineering", "education[0].area", Altered},
		{"both given", "IT Management", "MSc", "", "MSc in IT Management", "education[0].area", Altered},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &resume.Resume{Education: []resume.Education{{Institution: "Uni Bern", Area: tc.area, StudyType: tc.studyType}}}
			got := &resume.Resume{Education: []resume.Education{{Institution: "Uni Bern", Area: tc.gotArea, StudyType: tc.gotType}}}
			rep := Compare(src, got, Options{})
			l := find1(t, rep, tc.path, ParseLevel)
			if l.Kind != tc.kind {
				t.Fatalf("%s: got %v, want %v", tc.path, l, tc.kind)
			}
			if tc.kind == Normalized {
				if !rep.Lossless() || l.Hint == "" {
					t.Errorf("want a lossless report with a hint, got lossless=%v, %+v", rep.Lossless(), l)
				}
				if Compare(src, got, Options{Strict: true}).Lossless() {
					t.Error("Strict counts the split as a loss")
				}
			}
		})
	}
}
