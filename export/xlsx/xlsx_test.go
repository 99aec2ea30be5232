package xlsx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

func exampleCV(t testing.TB) *resume.Resume {
	t.Helper()
	r, err := examples.Resume()
	if err != nil {
		t.Fatalf("examples.Resume: %v", err)
	}
	return r
}

// checkDates checks every date of r: the cell is a real Excel date (a
// number with a date format whose value is the date's first day) and it
// displays exactly what style.Resolved.Date prints; or, for what Excel
// cannot hold, a string of that same text.
func checkDates(t *testing.T, b []byte, r *resume.Resume, opts Options) int {
	t.Helper()
	f := openBook(t, b)
	raw := readRaw(t, b)
	res := opts.Resolve()
	sheets := map[string]sheetTable{}
	cells := map[string]map[string]rawCell{}
	n := 0
	for _, w := range wantDates(r, opts) {
		st, ok := sheets[w.sheet]
		if !ok {
			st = readSheet(t, f, w.sheet)
			sheets[w.sheet] = st
			cells[w.sheet] = raw.cells(t, w.sheet)
		}
		ref := st.ref(t, w.row, w.header)
		want := res.Date(w.date)
		got, err := f.GetCellValue(w.sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s!%s (%s): displays %q, want %q as the other formats print it", w.sheet, ref, w.date, got, want)
		}
		c := cells[w.sheet][ref]
		_, real := serial(w.date)
		if _, ok := numFmt(res.DateFormat, w.date.Precision); !real || !ok {
			if c.Type != "s" {
				t.Errorf("%s!%s (%s): want a text cell, got type %q", w.sheet, ref, w.date, c.Type)
			}
			continue
		}
		n++
		if c.Type != "" && c.Type != "n" {
			t.Errorf("%s!%s (%s): cell type %q, want a number (a real date)", w.sheet, ref, w.date, c.Type)
			continue
		}
		v, err := strconv.ParseFloat(c.Value, 64)
		if err != nil {
			t.Errorf("%s!%s: value %q is not a serial number", w.sheet, ref, c.Value)
			continue
		}
		tm, err := excelize.ExcelDateToTime(v, false)
		if err != nil || !tm.Equal(w.date.Time()) {
			t.Errorf("%s!%s: serial %v is %v, want %v", w.sheet, ref, v, tm, w.date.Time())
		}
		id, _ := f.GetCellStyle(w.sheet, ref)
		s, err := f.GetStyle(id)
		if err != nil || s.CustomNumFmt == nil {
			t.Errorf("%s!%s: no custom number format (style %d, %v)", w.sheet, ref, id, err)
			continue
		}
		if code, _ := numFmt(res.DateFormat, w.date.Precision); *s.CustomNumFmt != code {
			t.Errorf("%s!%s: number format %q, want %q", w.sheet, ref, *s.CustomNumFmt, code)
		}
	}
	return n
}

func TestExampleCV(t *testing.T) {
	r := exampleCV(t)
	b := writeBook(t, r, Options{})
	f := openBook(t, b)
	if got, want := f.GetSheetList(), []string{"Profile", "Experience", "Education"}; !slices.Equal(got, want) {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	exp := readSheet(t, f, "Experience")
	for i, h := range []string{"Company", "Position", "Start", "End", "Duration", "Location", "Summary", "Highlights", "Skills"} {
		if exp.header[i] != h {
			t.Errorf("Experience column %d is %q, want %q", i+1, exp.header[i], h)
		}
	}
	if n := checkDates(t, b, r, Options{}); n < 12 {
		t.Errorf("only %d real date cells checked in the example CV", n)
	}
	// Every role has its row, with the plain text of its fields.
	row := 0
	for _, e := range r.Work {
		for _, ro := range e.Roles {
			if got := exp.value(t, row, "Company"); got != e.Name {
				t.Errorf("row %d company %q, want %q", row+2, got, e.Name)
			}
			if got := exp.value(t, row, "Position"); got != ro.Position {
				t.Errorf("row %d position %q, want %q", row+2, got, ro.Position)
			}
			var hl []string
			for _, h := range ro.Highlights {
				hl = append(hl, resume.Plain(h))
			}
			if got, want := exp.value(t, row, "Highlights"), strings.Join(hl, "\n"); got != want {
				t.Errorf("row %d highlights:\n got %q\nwant %q", row+2, got, want)
			}
			if got, want := exp.value(t, row, "Summary"), resume.Plain(ro.Summary); got != want {
				t.Errorf("row %d summary:\n got %q\nwant %q", row+2, got, want)
			}
			if got, want := exp.value(t, row, "Skills"), strings.Join(ro.Skills, ", "); got != want {
				t.Errorf("row %d skills %q, want %q", row+2, got, want)
			}
			row++
		}
	}
	if len(exp.rows) != row {
		t.Errorf("Experience has %d rows, want %d", len(exp.rows), row)
	}
	// Durations as the CV writes them: "06.2023 – 2024.08 (1y 3m)".
	if got := exp.value(t, 0, "Duration"); got != "1y 3m" {
		t.Errorf("first role's duration %q, want 1y 3m", got)
	}
}

// TestJSONResumeFiles writes every JSON Resume sample file and checks that
// every section has its sheet with a row per entry and every date displays
// as the other formats print it.
func TestJSONResumeFiles(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/jsonresume/*.json")
	more, _ := filepath.Glob("../../../shared/jsonresume/examples/*.json")
	files = append(files, more...)
	files = slices.DeleteFunc(files, func(p string) bool { return strings.HasSuffix(p, "schema.json") })
	if len(files) == 0 {
		t.Skip("no JSON Resume files in ../../../shared/jsonresume (../shared is not there)")
	}
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			r, err := resume.Load(p, resume.LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, opts := range []Options{{}, {Options: style.Options{DateFormat: "01.2006", Created: created}}} {
				b := writeBook(t, r, opts)
				checkDates(t, b, r, opts)
				f := openBook(t, b)
				for _, s := range []struct {
					name string
					n    int
				}{{"Education", len(r.Education)}, {"Skills", len(r.Skills)}, {"Projects", len(r.Projects)},
					{"Volunteer", len(r.Volunteer)}, {"Awards", len(r.Awards)}, {"Certificates", len(r.Certificates)},
					{"Publications", len(r.Publications)}, {"Languages", len(r.Languages)},
					{"Interests", len(r.Interests)}, {"References", len(r.References)}, {"Experience", r.Roles()}} {
					idx, _ := f.GetSheetIndex(s.name)
					if s.n == 0 {
						if idx >= 0 {
							t.Errorf("empty section has sheet %q", s.name)
						}
						continue
					}
					if idx < 0 {
						t.Errorf("no sheet %q for %d entries", s.name, s.n)
						continue
					}
					if st := readSheet(t, f, s.name); len(st.rows) != s.n {
						t.Errorf("sheet %q has %d rows, want %d", s.name, len(st.rows), s.n)
					}
				}
				prof := readSheet(t, f, "Profile")
				if got := prof.value(t, 0, "Value"); got != r.Basics.Name {
					t.Errorf("Profile name %q, want %q", got, r.Basics.Name)
				}
			}
		})
	}
}

// TestFullResume checks every sheet, its headers and its values on a resume
// with every section.
func TestFullResume(t *testing.T) {
	r := fullResume()
	opts := Options{Options: style.Options{Created: created}}
	b := writeBook(t, r, opts)
	f := openBook(t, b)
	wantSheets := []string{"Profile", "Experience", "Education", "Skills", "Projects", "Volunteer",
		"Awards", "Certificates", "Publications", "Languages", "Interests", "References"}
	if got := f.GetSheetList(); !slices.Equal(got, wantSheets) {
		t.Fatalf("sheets %q, want %q", got, wantSheets)
	}
	headers := map[string][]string{
		"Profile":      {"Field", "Value"},
		"Experience":   {"Company", "Position", "Start", "End", "Duration", "Location", "Summary", "Highlights", "Skills", "Company URL", "Company Description"},
		"Education":    {"Institution", "Area", "Study Type", "Start", "End", "Score", "Courses", "URL"},
		"Skills":       {"Group", "Level", "Keywords"},
		"Projects":     {"Name", "Description", "Start", "End", "Highlights", "Keywords", "Roles", "Entity", "Type", "URL"},
		"Volunteer":    {"Organization", "Position", "Start", "End", "Summary", "Highlights", "URL"},
		"Awards":       {"Title", "Date", "Awarder", "Summary"},
		"Certificates": {"Name", "Date", "Issuer", "URL"},
		"Publications": {"Name", "Publisher", "Release Date", "URL", "Summary"},
		"Languages":    {"Language", "Fluency"},
		"Interests":    {"Name", "Keywords"},
		"References":   {"Name", "Reference"},
	}
	tables := map[string]sheetTable{}
	for _, s := range wantSheets {
		st := readSheet(t, f, s)
		tables[s] = st
		if !slices.Equal(st.header, headers[s]) {
			t.Errorf("%s headers\n got %q\nwant %q", s, st.header, headers[s])
		}
	}
	checkDates(t, b, r, opts)

	prof := tables["Profile"]
	var got [][2]string
	for _, row := range prof.rows {
		got = append(got, [2]string{row[0], row[1]})
	}
	want := [][2]string{{"Name", "Ada Lovelace"}, {"Headline", "Analytical Engineer"},
		{"Email", "ada@example.com"}, {"Phone", "+44 20 7946 0000"}, {"Website", "https://ada.example.com"},
		{"Location", "12 St James's Square, SW1Y 4JH London, GB"}, {"GitHub", "https://github.com/ada"},
		{"Mastodon", "@ada@example.social"}, {"Summary", "Writes the first programs, carefully."}}
	if !slices.Equal(got, want) {
		t.Errorf("Profile rows\n got %q\nwant %q", got, want)
	}

	exp := tables["Experience"]
	for _, c := range []struct {
		row        int
		head, want string
	}{
		{0, "Company", "Analytical Engines Ltd"}, {0, "Position", "Lead Engineer"},
		{0, "End", "Present"}, {0, "Duration", "3y 4m"}, {0, "Location", "London"},
		{0, "Summary", "Leads the Engine team."},
		{0, "Highlights", "Shipped Note G\nWrote the manual\n=HYPERLINK(\"http://x\",\"y\")\n@SUM(1)"},
		{0, "Skills", "Go, Kafka"}, {0, "Company URL", "https://engines.example.com"},
		{0, "Company Description", "Builds engines."},
		{1, "Start", "Jan 2019"}, {1, "End", "May 2021"}, {1, "Duration", "2y 5m"}, {1, "Location", "Remote"},
		{1, "Highlights", "+1 for the team\n-2 bugs"},
		{2, "Company", "Babbage & Co"}, {2, "Start", "2015"}, {2, "End", "2018"}, {2, "Duration", "4y"},
	} {
		if got := exp.value(t, c.row, c.head); got != c.want {
			t.Errorf("Experience row %d %s = %q, want %q", c.row+2, c.head, got, c.want)
		}
	}
	for _, c := range []struct {
		sheet      string
		row        int
		head, want string
	}{
		{"Education", 0, "Courses", "Analysis\nAlgebra"}, {"Education", 0, "Start", "Sep 2011"},
		{"Skills", 0, "Group", "Languages"}, {"Skills", 0, "Level", "Expert"}, {"Skills", 0, "Keywords", "Go, Python"},
		{"Skills", 1, "Level", ""}, {"Skills", 1, "Keywords", "Kafka, Flink"},
		{"Projects", 0, "Start", "Oct 1842"}, {"Projects", 0, "Description", "An algorithm for Bernoulli numbers."},
		{"Volunteer", 0, "End", "Present"}, {"Awards", 0, "Date", "Dec 2022"},
		{"Certificates", 0, "Issuer", "CNCF"}, {"Publications", 0, "Release Date", "1843"},
		{"Languages", 1, "Fluency", "Fluent"}, {"Interests", 0, "Keywords", "Harp, Composition"},
		{"References", 0, "Reference", "She understood it."},
	} {
		if got := tables[c.sheet].value(t, c.row, c.head); got != c.want {
			t.Errorf("%s row %d %s = %q, want %q", c.sheet, c.row+2, c.head, got, c.want)
		}
	}
}

// TestDateFormats checks, for many layouts and every month, that the
// displayed date equals what style.Resolved.Date prints, and the number
// formats chosen for the usual layouts.
func TestDateFormats(t *testing.T) {
	for _, c := range []struct {
		layout     string
		month, day string // expected number formats; "" = written as text
	}{
		{"", "[$-409]mmm yyyy", "[$-409]mmm yyyy"},
		{"Jan 2006", "[$-409]mmm yyyy", "[$-409]mmm yyyy"},
		{"01.2006", "mm.yyyy", "mm.yyyy"},
		{"01/2006", "mm/yyyy", "mm/yyyy"},
		{"1/2006", "m/yyyy", "m/yyyy"},
		{"2006-01", "yyyy-mm", "yyyy-mm"},
		{"January 2006", "[$-409]mmmm yyyy", "[$-409]mmmm yyyy"},
		{"Jan. 2006", "[$-409]mmm. yyyy", "[$-409]mmm. yyyy"},
		{"Jan '06", `[$-409]mmm "'"yy`, `[$-409]mmm "'"yy`},
		{"02 Jan 2006", "[$-409]mmm yyyy", "[$-409]dd mmm yyyy"},
		{"2 January 2006", "[$-409]mmm yyyy", "[$-409]d mmmm yyyy"}, // month dates print as "Jan 2006"
		{"2006-01-02", "[$-409]mmm yyyy", "yyyy-mm-dd"},
		{"02.01.2006", "[$-409]mmm yyyy", "dd.mm.yyyy"},
		{"Mon, 02 Jan 2006", "[$-409]mmm yyyy", "[$-409]ddd, dd mmm yyyy"},
		{"Monday 2 January 2006", "[$-409]mmm yyyy", "[$-409]dddd d mmmm yyyy"},
		{"Jan 2006 (month)", `[$-409]mmm yyyy "(month)"`, `[$-409]mmm yyyy "(month)"`},
		{"2006年1月", `yyyy"年"m"月"`, `yyyy"年"m"月"`},
		// No Excel equivalent: written as text.
		{"Jan _2 2006", "[$-409]mmm yyyy", ""},
		{"Jan 2006 15:04", "", ""},
		{"Jan 2006 MST", "", ""},
		{"0101", "", ""},
	} {
		t.Run(c.layout, func(t *testing.T) {
			m, okm := numFmt(c.layout, resume.PrecisionMonth)
			d, okd := numFmt(c.layout, resume.PrecisionDay)
			if !okm {
				m = ""
			}
			if !okd {
				d = ""
			}
			if m != c.month || d != c.day {
				t.Errorf("formats (month, day) = (%q, %q), want (%q, %q)", m, d, c.month, c.day)
			}
			r := &resume.Resume{}
			e := resume.Employer{Name: "Dates"}
			for month := 1; month <= 12; month++ {
				for _, day := range []int{1, 9, 10, 28} {
					e.Roles = append(e.Roles, resume.Role{Position: "p",
						StartDate: resume.YMD(2009+month, month, day), EndDate: resume.YearMonth(2020, month)})
				}
			}
			e.Roles = append(e.Roles, resume.Role{Position: "y", StartDate: resume.YearOnly(1999), EndDate: resume.Present})
			r.Work = []resume.Employer{e}
			opts := Options{Options: style.Options{DateFormat: c.layout}}
			checkDates(t, writeBook(t, r, opts), r, opts)
		})
	}
}

// TestPresent checks the open end in the languages and with the option.
func TestPresent(t *testing.T) {
	r := &resume.Resume{Work: []resume.Employer{{Name: "A", Roles: []resume.Role{
		{Position: "B", StartDate: resume.YearMonth(2021, 6), EndDate: resume.Present}}}}}
	for _, c := range []struct {
		opts             style.Options
		sheet, end, word string
		duration         string
	}{
		{style.Options{}, "Experience", "End", "Present", ""},
		{style.Options{Created: created}, "Experience", "End", "Present", "3y 4m"},
		{style.Options{Present: "Now"}, "Experience", "End", "Now", ""},
		{style.Options{Language: "de", Created: created}, "Berufserfahrung", "Ende", "heute", "3y 4m"},
		{style.Options{Language: "es"}, "Experiencia", "Fin", "Actualidad", ""},
		{style.Options{Language: "fr"}, "Expérience", "Fin", "aujourd'hui", ""},
	} {
		b := writeBook(t, r, Options{Options: c.opts})
		st := readSheet(t, openBook(t, b), c.sheet)
		if got := st.value(t, 0, c.end); got != c.word {
			t.Errorf("%+v: end %q, want %q", c.opts, got, c.word)
		}
		if got, _ := st.f.GetCellValue(c.sheet, "E2"); got != c.duration {
			t.Errorf("%+v: duration %q, want %q", c.opts, got, c.duration)
		}
		raw := readRaw(t, b).cells(t, c.sheet)
		if ty := raw["D2"].Type; ty != "s" {
			t.Errorf("%+v: open end cell type %q, want a string", c.opts, ty)
		}
	}
}

// TestNoFormulas proves from the raw XML that text which looks like a
// formula is stored as a string and no cell holds a formula.
func TestNoFormulas(t *testing.T) {
	r := fullResume()
	r.Basics.Name = "=1+1"
	r.Basics.Label = "+SUM(A1:A2)"
	r.Basics.Phone = "-1"
	r.Skills = append(r.Skills, resume.Skill{Name: "@SUM(1)", Keywords: []string{"=cmd|' /C calc'!A0"}})
	r.Work[0].Roles[0].Summary = `**=HYPERLINK("http://x","y")**`
	b := writeBook(t, r, Options{})
	raw := readRaw(t, b)
	formula := regexp.MustCompile(`<(\w+:)?f[ >/]`)
	for name, data := range raw.sheets {
		if formula.Match(data) {
			t.Errorf("sheet %q holds a formula element:\n%s", name, data)
		}
		for ref, c := range raw.cells(t, name) {
			if c.Formula != nil {
				t.Errorf("%s!%s holds formula %q", name, ref, c.Formula.Text)
			}
		}
	}
	if _, ok := raw.parts["xl/calcChain.xml"]; ok {
		t.Error("the workbook has a calculation chain")
	}
	// Formula-like text carries Excel's quote prefix, so that it stays text
	// even when someone edits the cell; other text does not.
	var styles struct {
		Xf []struct {
			QuotePrefix string `xml:"quotePrefix,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.Unmarshal(raw.parts["xl/styles.xml"], &styles); err != nil {
		t.Fatal(err)
	}
	quoted := func(c rawCell) bool {
		i, err := strconv.Atoi(c.Style)
		if err != nil || i >= len(styles.Xf) {
			return false
		}
		q := styles.Xf[i].QuotePrefix
		return q == "1" || q == "true"
	}
	for _, c := range []struct {
		sheet, ref string
		want       bool
	}{{"Profile", "B2", true}, {"Profile", "B3", true}, {"Profile", "B5", true}, {"Profile", "B6", false}, {"Skills", "A4", true},
		{"Skills", "C4", true}, {"Experience", "H2", false}, {"Experience", "A2", false}, {"Profile", "B4", false}} {
		if got := quoted(raw.cells(t, c.sheet)[c.ref]); got != c.want {
			t.Errorf("%s!%s quote prefix %v, want %v", c.sheet, c.ref, got, c.want)
		}
	}
	f := openBook(t, b)
	cells := raw.cells(t, "Experience")
	exp := readSheet(t, f, "Experience")
	hl := exp.ref(t, 0, "Highlights")
	if c := cells[hl]; c.Type != "s" {
		t.Errorf("highlights cell type %q, want s", c.Type)
	}
	if got := exp.value(t, 0, "Highlights"); !strings.Contains(got, `=HYPERLINK("http://x","y")`) || !strings.Contains(got, "@SUM(1)") {
		t.Errorf("highlights lost the literal text: %q", got)
	}
	if got := exp.value(t, 0, "Summary"); got != `=HYPERLINK("http://x","y")` {
		t.Errorf("summary %q", got)
	}
	prof := readSheet(t, f, "Profile")
	for i, want := range []string{"=1+1", "+SUM(A1:A2)"} {
		if got := prof.value(t, i, "Value"); got != want {
			t.Errorf("profile row %d = %q, want %q", i+2, got, want)
		}
		if c := raw.cells(t, "Profile")[prof.ref(t, i, "Value")]; c.Type != "s" {
			t.Errorf("profile row %d cell type %q, want s", i+2, c.Type)
		}
	}
	skills := readSheet(t, f, "Skills")
	if got := skills.value(t, 2, "Group"); got != "@SUM(1)" {
		t.Errorf("skill group %q", got)
	}
	if got := skills.value(t, 2, "Keywords"); got != "=cmd|' /C calc'!A0" {
		t.Errorf("skill keywords %q", got)
	}
}

// TestBadText checks that XML-forbidden characters are dropped, invalid
// UTF-8 is replaced and text that looks like an OOXML escape survives.
func TestBadText(t *testing.T) {
	r := &resume.Resume{Basics: resume.Basics{
		Name:    "Ada\x00 Love\x01lace\x0b\x1f\uFFFE",
		Label:   "caf\xe9 \xff\xfeok",
		Phone:   "line one\r\nline two\rthree",
		Email:   "_x0041_ and _x005F_x0041_",
		Summary: strings.Repeat("é", 40000),
	}, Work: []resume.Employer{{Name: "_x0041_", Roles: []resume.Role{{Position: "p",
		Summary: "**_x0042_** and _x0043_", Highlights: []string{"_x0044_", "**b**"}}}}}}
	b := writeBook(t, r, Options{})
	for name, data := range readRaw(t, b).parts {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			if err := xmlWellFormed(data); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
	prof := readSheet(t, openBook(t, b), "Profile")
	for i, want := range []string{"Ada Lovelace", "caf\uFFFD \uFFFD\uFFFDok",
		"_x0041_ and _x005F_x0041_", "line one\nline two\nthree"} {
		if got := prof.value(t, i, "Value"); got != want {
			t.Errorf("row %d = %q, want %q", i+2, got, want)
		}
	}
	exp := readSheet(t, openBook(t, b), "Experience")
	for h, want := range map[string]string{"Company": "_x0041_", "Summary": "_x0042_ and _x0043_", "Highlights": "_x0044_\nb"} {
		if got := exp.value(t, 0, h); got != want {
			t.Errorf("Experience %s = %q, want %q", h, got, want)
		}
	}
	if got := prof.value(t, 4, "Value"); utf16Len(got) != maxCellChars {
		t.Errorf("a 40,000-character summary became %d UTF-16 units, want Excel's limit %d", utf16Len(got), maxCellChars)
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"":                     "",
		"plain":                "plain",
		"tab\tnew\nline":       "tab\tnew\nline",
		"a\x00b\x08c\x7fd":     "abc\x7fd",
		"cr\r\nlf\rx":          "cr\nlf\nx",
		"bad \xc3\x28 utf8":    "bad \uFFFD( utf8",
		"\uFFFE\uFFFF\uFFFDok": "\uFFFDok",
		"emoji 🙂":              "emoji 🙂",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
		if isClean(in) != (in == want) {
			t.Errorf("isClean(%q) = %v", in, isClean(in))
		}
	}
	long := strings.Repeat("🙂", maxCellChars) // two UTF-16 units each
	if got := utf16Len(clean(long)); got != maxCellChars-1 {
		t.Errorf("clean cut a long text to %d units, want %d", got, maxCellChars-1)
	}
}

// TestDeterministic checks identical bytes for identical input, and that
// Created lands in the properties.
func TestDeterministic(t *testing.T) {
	r := fullResume()
	a := writeBook(t, r, Options{})
	for range 5 {
		if b := writeBook(t, r, Options{}); !bytes.Equal(a, b) {
			t.Fatal("two writes of the same resume differ")
		}
	}
	// Created reaches the properties and nothing else, for a resume
	// without open ranges (with one, it is also "now" for durations).
	ex := exampleCV(t)
	e1 := writeBook(t, ex, Options{})
	e2 := writeBook(t, ex, Options{Options: style.Options{Created: created}})
	r1, r2 := readRaw(t, e1), readRaw(t, e2)
	for name, data := range r1.parts {
		if !bytes.Equal(data, r2.parts[name]) && name != "docProps/core.xml" {
			t.Errorf("Created changed part %s", name)
		}
	}
	c := writeBook(t, r, Options{Options: style.Options{Created: created}})
	props, err := openBook(t, c).GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Created != "2024-09-15T12:00:00Z" || props.Modified != props.Created {
		t.Errorf("created/modified %q/%q", props.Created, props.Modified)
	}
	if props.Title != "Ada Lovelace" || props.Creator != "Ada Lovelace" || props.Subject != "Analytical Engineer" {
		t.Errorf("properties %+v", props)
	}
	if props, _ := openBook(t, a).GetDocProps(); props.Created != "2000-01-01T00:00:00Z" {
		t.Errorf("default created %q", props.Created)
	}
}

// TestFormatting checks the header row, frozen panes, autofilters, widths,
// wrapping, rich text and hyperlinks.
func TestFormatting(t *testing.T) {
	b := writeBook(t, fullResume(), Options{})
	f := openBook(t, b)
	filters, titles := map[string]string{}, map[string]string{}
	for _, d := range f.GetDefinedName() {
		switch d.Name {
		case "_xlnm._FilterDatabase":
			filters[f.GetSheetName(indexOf(f, d.Scope))] = d.RefersTo
		case "_xlnm.Print_Titles":
			titles[d.Scope] = d.RefersTo
		}
	}
	for _, s := range f.GetSheetList() {
		st := readSheet(t, f, s)
		id, _ := f.GetCellStyle(s, "A1")
		hs, _ := f.GetStyle(id)
		if hs.Font == nil || !hs.Font.Bold {
			t.Errorf("%s: header is not bold", s)
		}
		p, err := f.GetPanes(s)
		if err != nil || !p.Freeze || p.YSplit != 1 || p.TopLeftCell != "A2" {
			t.Errorf("%s: panes %+v, want the header row frozen", s, p)
		}
		last := cellRef(len(st.header)-1, len(st.rows)+1)
		if want := "'" + s + "'!$A$1:$" + strings.TrimRight(last, "0123456789") + "$" + strconv.Itoa(len(st.rows)+1); filters[s] != want && filters[s] != strings.ReplaceAll(want, "'", "") {
			t.Errorf("%s: autofilter %q, want %q", s, filters[s], want)
		}
		if pl, err := f.GetPageLayout(s); err != nil || *pl.Orientation != "landscape" || *pl.Size != 9 || *pl.FitToWidth != 1 {
			t.Errorf("%s: page layout %+v %v", s, pl, err)
		}
		if props, _ := f.GetSheetProps(s); props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: not fit to page", s)
		}
		if titles[s] != "'"+s+"'!$1:$1" {
			t.Errorf("%s: print titles %q", s, titles[s])
		}
		if dim, _ := f.GetSheetDimension(s); dim != "A1:"+last {
			t.Errorf("%s: dimension %q, want A1:%s", s, dim, last)
		}
		for j := range st.header {
			w, _ := f.GetColWidth(s, colName(j))
			if w < minWidth || w > maxLongWidth {
				t.Errorf("%s column %s width %v", s, colName(j), w)
			}
		}
		if len(st.rows) > 0 {
			id, _ := f.GetCellStyle(s, "A2")
			ts, _ := f.GetStyle(id)
			if ts.Alignment == nil || !ts.Alignment.WrapText {
				t.Errorf("%s!A2 does not wrap", s)
			}
		}
	}
	exp := readSheet(t, f, "Experience")
	if w, _ := f.GetColWidth("Experience", colName(exp.col(t, "Highlights"))); w < longWidth {
		t.Errorf("Highlights column width %v, want at least %d", w, longWidth)
	}
	runs, err := f.GetCellRichText("Experience", exp.ref(t, 0, "Summary"))
	if err != nil {
		t.Fatal(err)
	}
	var bold []string
	for _, r := range runs {
		if r.Font != nil && r.Font.Bold {
			bold = append(bold, r.Text)
		}
	}
	if !slices.Equal(bold, []string{"Engine"}) {
		t.Errorf("bold runs of the summary %q (runs %+v)", bold, runs)
	}
	for _, r := range runs {
		if r.Font != nil && (r.Font.Family != "Calibri" || r.Font.Size != 11) {
			t.Errorf("styled run %q has font %+v, want the base font named", r.Text, r.Font)
		}
	}
	// Multi-line rows are made tall enough; one-line rows keep the default.
	if h, _ := f.GetRowHeight("Experience", 2); h < 4*15 {
		t.Errorf("Experience row 2 (four highlights) is %vpt high", h)
	}
	if h, _ := f.GetRowHeight("Languages", 2); h != 15 {
		t.Errorf("Languages row 2 (one line) is %vpt high, want the default 15", h)
	}
	for _, c := range []struct{ sheet, ref, want string }{
		{"Profile", "B4", "mailto:ada@example.com"}, {"Profile", "B6", "https://ada.example.com"},
		{"Profile", "B8", "https://github.com/ada"}, {"Profile", "B9", ""},
	} {
		ok, target, err := f.GetCellHyperLink(c.sheet, c.ref)
		if err != nil || ok != (c.want != "") || target != c.want {
			t.Errorf("%s!%s hyperlink %v %q %v, want %q", c.sheet, c.ref, ok, target, err, c.want)
		}
	}
}

func indexOf(f *excelize.File, scope string) int {
	i, _ := f.GetSheetIndex(scope)
	return i
}

// TestOrderAndLabels checks that Order picks and orders the section sheets
// and that custom labels name them, made valid and unique.
func TestOrderAndLabels(t *testing.T) {
	r := fullResume()
	b := writeBook(t, r, Options{Options: style.Options{Order: []style.Section{style.Skills, style.Work, style.Skills}}})
	if got, want := openBook(t, b).GetSheetList(), []string{"Profile", "Skills", "Experience"}; !slices.Equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
	prof := readSheet(t, openBook(t, b), "Profile")
	for _, row := range prof.rows {
		if row[0] == "Summary" {
			t.Error("Profile has a summary although Order leaves it out")
		}
	}
	labels := style.LabelSets["en"]
	labels.Work = "Work: [Experience]/History?"
	labels.Education = "profile"
	labels.Skills = "'" + strings.Repeat("S", 40) + "'"
	labels.Projects = "History"
	b = writeBook(t, r, Options{Options: style.Options{Labels: &labels,
		Order: []style.Section{style.Work, style.Education, style.Skills, style.Projects}}})
	want := []string{"Profile", "Work- -Experience--History-", "profile (2)", strings.Repeat("S", 31), "History (2)"}
	if got := openBook(t, b).GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
}

func TestEmptyResume(t *testing.T) {
	f := openBook(t, writeBook(t, &resume.Resume{}, Options{}))
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Profile"}) {
		t.Errorf("sheets %q", got)
	}
	if st := readSheet(t, f, "Profile"); len(st.rows) != 0 || !slices.Equal(st.header, []string{"Field", "Value"}) {
		t.Errorf("profile %q %q", st.header, st.rows)
	}
}

func TestErrors(t *testing.T) {
	if err := Write(&bytes.Buffer{}, nil, Options{}); !errors.Is(err, ErrNilResume) {
		t.Errorf("nil resume: %v", err)
	}
	boom := errors.New("disk full")
	err := Write(failWriter{boom}, fullResume(), Options{})
	if !errors.Is(err, boom) {
		t.Errorf("failing writer: %v, want it wrapped", err)
	}
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// TestFontOptions checks that the font options reach the cells and the
// rich text runs.
func TestFontOptions(t *testing.T) {
	b := writeBook(t, fullResume(), Options{Options: style.Options{FontFamily: "Arial", FontSize: 10}})
	f := openBook(t, b)
	id, _ := f.GetCellStyle("Experience", "A2")
	s, _ := f.GetStyle(id)
	if s.Font == nil || s.Font.Family != "Arial" || s.Font.Size != 10 {
		t.Errorf("cell font %+v", s.Font)
	}
	runs, _ := f.GetCellRichText("Experience", "G2")
	for _, r := range runs {
		if r.Font != nil && (r.Font.Family != "Arial" || r.Font.Size != 10) {
			t.Errorf("run %q font %+v", r.Text, r.Font)
		}
	}
	if name, _ := f.GetDefaultFont(); name != "Arial" {
		t.Errorf("default font %q", name)
	}
}

func TestWriteFile(t *testing.T) {
	// The workbook is a complete file: written to disk and reopened.
	p := filepath.Join(t.TempDir(), "resume.xlsx")
	if err := os.WriteFile(p, writeBook(t, exampleCV(t), Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Experience", "A2"); v != "Shopify" {
		t.Errorf("A2 = %q", v)
	}
}

// xmlWellFormed reads every token of an XML document.
func xmlWellFormed(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

func TestBadFontFamily(t *testing.T) {
	err := Write(&bytes.Buffer{}, fullResume(), Options{Options: style.Options{FontFamily: strings.Repeat("F", 40)}})
	if err == nil || !strings.Contains(err.Error(), "font family") {
		t.Errorf("a 40-character font family: %v, want an error naming the font family", err)
	}
}

func TestWrappedLines(t *testing.T) {
	for _, c := range []struct {
		s     string
		width int
		want  int
	}{
		{"", 40, 0}, {"short", 40, 1}, {"a\nb\n\nc", 40, 4},
		{strings.Repeat("x", 43), 40, 1}, {strings.Repeat("x", 44), 40, 2},
		{strings.Repeat("字", 30), 40, 2}, // wide characters count double
	} {
		if got := wrappedLines(c.s, c.width); got != c.want {
			t.Errorf("wrappedLines(%q, %d) = %d, want %d", c.s, c.width, got, c.want)
		}
	}
}

// TestOddLayouts feeds layouts full of characters that mean something in
// an Excel number format. Whatever the cell becomes, a real date or text,
// it must display exactly what style.Resolved.Date prints.
func TestOddLayouts(t *testing.T) {
	dates := []resume.Date{resume.YearMonth(2021, 6), resume.YMD(2019, 11, 5), resume.YearOnly(2004), resume.YearMonth(2020, 12)}
	real := 0
	for _, layout := range []string{`Jan 2006 "x"`, `Jan\2006`, `[Jan] 2006`, `Jan 2006 %`, `Jan 2006 0`,
		`Jan 2006 #`, `Jan 2006 @`, `Jan 2006 ;`, `Jan 2006 E+`, `Jan 2006 *x`, `Jan 2006 _`, `Jan 2006 ?`,
		`y2006`, `d 2006`, `Jan 2006 AM/PM`, `Jan 2006 h`, `m/s 01/2006`, `02.01.2006 г.`, `2006/01/02 (Mon)`,
		`Jan 2006 $`, `"Jan" 2006`, `Jan''06`, `Jan 2006 e`, `Jan 2006 B2`, `January 2 2006 A`} {
		r := &resume.Resume{}
		e := resume.Employer{Name: "x"}
		for _, d := range dates {
			e.Roles = append(e.Roles, resume.Role{Position: "p", StartDate: d})
		}
		r.Work = []resume.Employer{e}
		opts := Options{Options: style.Options{DateFormat: layout}}
		b := writeBook(t, r, opts)
		f := openBook(t, b)
		cells := readRaw(t, b).cells(t, "Experience")
		for i, d := range dates {
			ref := cellRef(2, i+2)
			want := opts.Resolve().Date(d)
			if got, _ := f.GetCellValue("Experience", ref); got != want {
				t.Errorf("layout %q, %s: displays %q, want %q", layout, d, got, want)
			}
			if cells[ref].Type != "s" {
				real++
			}
		}
	}
	if real < 50 {
		t.Errorf("only %d of the dates became real dates", real)
	}
}

func TestLinkTarget(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com": "https://example.com", "HTTP://X.ORG/a": "HTTP://X.ORG/a",
		"mailto:a@b.c": "mailto:a@b.c", "ada@example.com": "mailto:ada@example.com",
		"javascript:alert(1)": "", "file:///etc/passwd": "", "http://": "", "a@b": "",
		"https://example.com/a b": "", "www.example.com": "https://www.example.com", "www.x": "",
		"@ada@example.social": "",
	} {
		got, ok := linkTarget(in)
		if got != want || ok != (want != "") {
			t.Errorf("linkTarget(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestEmployers checks an employer without roles, the company summary
// column and the employer location standing in for the role's.
func TestEmployers(t *testing.T) {
	r := &resume.Resume{Work: []resume.Employer{
		{Name: "Solo GmbH", Location: "Berlin", Summary: "Whole stay **summary**."},
		{Name: "Duo", Roles: []resume.Role{{Position: "A"}, {Position: "B", Location: "Remote"}}, Location: "Paris"},
	}}
	st := readSheet(t, openBook(t, writeBook(t, r, Options{})), "Experience")
	for _, c := range []struct {
		row        int
		head, want string
	}{{0, "Company", "Solo GmbH"}, {0, "Position", ""}, {0, "Location", "Berlin"},
		{0, "Company Summary", "Whole stay summary."}, {1, "Location", "Paris"}, {2, "Location", "Remote"}} {
		if got := st.value(t, c.row, c.head); got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row+2, c.head, got, c.want)
		}
	}
	if slices.Contains(st.header, "Company URL") {
		t.Error("an empty optional column is shown")
	}
}

// TestPageAndAccent checks the Letter paper size and the header colour.
func TestPageAndAccent(t *testing.T) {
	for _, c := range []struct {
		accent, want string
	}{{"#C00000", "C00000"}, {"not a colour", "1F3864"}, {"", "1F3864"}} {
		f := openBook(t, writeBook(t, fullResume(), Options{Options: style.Options{PageSize: style.Letter, Accent: c.accent}}))
		if pl, _ := f.GetPageLayout("Profile"); *pl.Size != 1 {
			t.Errorf("Letter: paper size %d, want 1", *pl.Size)
		}
		id, _ := f.GetCellStyle("Profile", "A1")
		s, _ := f.GetStyle(id)
		if len(s.Fill.Color) != 1 || !strings.EqualFold(s.Fill.Color[0], c.want) {
			t.Errorf("accent %q: header fill %v, want %s", c.accent, s.Fill.Color, c.want)
		}
	}
}

// TestLanguages checks, in every language, that each sheet name and each
// header within a sheet is unique and that the sheets read back.
func TestLanguages(t *testing.T) {
	r := fullResume()
	r.Work[0].Summary = "Whole stay."
	for lang := range wordSets {
		f := openBook(t, writeBook(t, r, Options{Options: style.Options{Language: lang}}))
		sheets := f.GetSheetList()
		if len(sheets) != 12 {
			t.Errorf("%s: %d sheets %q", lang, len(sheets), sheets)
		}
		seen := map[string]bool{}
		for _, s := range sheets {
			if seen[strings.ToLower(s)] || strings.Contains(s, "(") {
				t.Errorf("%s: sheet name %q clashes", lang, s)
			}
			seen[strings.ToLower(s)] = true
			st := readSheet(t, f, s)
			hs := map[string]bool{}
			for _, h := range st.header {
				if hs[h] || h == "" {
					t.Errorf("%s/%s: header %q twice or empty in %q", lang, s, h, st.header)
				}
				hs[h] = true
			}
		}
	}
}

// TestConcurrentWrites runs writers in parallel (as resumekit check does
// on all cores): each must give the same bytes as a lone write.
func TestConcurrentWrites(t *testing.T) {
	r := fullResume()
	want := writeBook(t, r, Options{})
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			var b bytes.Buffer
			err := Write(&b, r, Options{})
			if err == nil && !bytes.Equal(b.Bytes(), want) {
				err = errors.New("a concurrent write gave different bytes")
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
