package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/resumekit/resumekit/resume"
)

// writeBook writes r with opts and fails the test on error.
func writeBook(t testing.TB, r *resume.Resume, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, r, opts); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return b.Bytes()
}

// openBook reopens a workbook with excelize, with size limits as for
// untrusted input.
func openBook(t testing.TB, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{
		UnzipSizeLimit: 64 << 20, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		t.Fatalf("reopening the workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// table reads one sheet as header → column index and the rows below.
type sheetTable struct {
	f      *excelize.File
	name   string
	header []string
	rows   [][]string // displayed values, row 2 on
}

func readSheet(t testing.TB, f *excelize.File, name string) sheetTable {
	t.Helper()
	rows, err := f.GetRows(name)
	if err != nil {
		t.Fatalf("sheet %q: %v", name, err)
	}
	if len(rows) == 0 {
		t.Fatalf("sheet %q is empty", name)
	}
	return sheetTable{f: f, name: name, header: rows[0], rows: rows[1:]}
}

// col returns the zero-based column of header h, failing when absent.
func (s sheetTable) col(t testing.TB, h string) int {
	t.Helper()
	for i, x := range s.header {
		if x == h {
			return i
		}
	}
	t.Fatalf("sheet %q has no column %q (headers %q)", s.name, h, s.header)
	return -1
}

// ref is the cell reference of data row i (zero-based) in column h.
func (s sheetTable) ref(t testing.TB, i int, h string) string {
	t.Helper()
	return cellRef(s.col(t, h), i+2)
}

// value is the displayed value of data row i in column h.
func (s sheetTable) value(t testing.TB, i int, h string) string {
	t.Helper()
	j := s.col(t, h)
	if i >= len(s.rows) {
		t.Fatalf("sheet %q has %d rows, want row %d", s.name, len(s.rows), i+2)
	}
	if j >= len(s.rows[i]) {
		return ""
	}
	return s.rows[i][j]
}

// rawCell is a cell as it stands in the sheet XML.
type rawCell struct {
	Ref     string `xml:"r,attr"`
	Type    string `xml:"t,attr"`
	Style   string `xml:"s,attr"`
	Formula *struct {
		Text string `xml:",chardata"`
	} `xml:"f"`
	Value string `xml:"v"`
}

// rawBook reads the package parts itself (not through excelize): the sheet
// XML by sheet name, and every part's bytes.
type rawBook struct {
	parts  map[string][]byte
	sheets map[string][]byte // by sheet name
	order  []string
}

func readRaw(t testing.TB, b []byte) rawBook {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	rb := rawBook{parts: map[string][]byte{}, sheets: map[string][]byte{}}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		rb.parts[zf.Name] = data
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(rb.parts["xl/workbook.xml"], &wb); err != nil {
		t.Fatalf("workbook.xml: %v", err)
	}
	if err := xml.Unmarshal(rb.parts["xl/_rels/workbook.xml.rels"], &rels); err != nil {
		t.Fatalf("workbook.xml.rels: %v", err)
	}
	for _, s := range wb.Sheets {
		for _, r := range rels.Rel {
			if r.ID == s.RID {
				p := strings.TrimPrefix(r.Target, "/")
				if !strings.HasPrefix(p, "xl/") {
					p = path.Join("xl", p)
				}
				data, ok := rb.parts[p]
				if !ok {
					t.Fatalf("sheet %q: part %s missing", s.Name, p)
				}
				rb.sheets[s.Name] = data
				rb.order = append(rb.order, s.Name)
			}
		}
	}
	return rb
}

// cells parses the cells of one sheet's XML.
func (rb rawBook) cells(t testing.TB, sheet string) map[string]rawCell {
	t.Helper()
	var ws struct {
		Rows []struct {
			Cells []rawCell `xml:"c"`
		} `xml:"sheetData>row"`
	}
	if err := xml.Unmarshal(rb.sheets[sheet], &ws); err != nil {
		t.Fatalf("sheet %q XML: %v", sheet, err)
	}
	out := map[string]rawCell{}
	for _, r := range ws.Rows {
		for _, c := range r.Cells {
			out[c.Ref] = c
		}
	}
	return out
}

// dateWant is a date the workbook must show in a given cell.
type dateWant struct {
	sheet, header string
	row           int // zero-based data row
	date          resume.Date
}

// wantDates lists every date of r with the cell it must land in, for a
// resume whose entries are all non-empty, with the sheet names and headers
// of opts.
func wantDates(r *resume.Resume, opts Options) []dateWant {
	w := wordsFor(opts.Options)
	var out []dateWant
	add := func(sheet, header string, row int, d resume.Date) {
		if !d.IsZero() {
			out = append(out, dateWant{sheet, header, row, d})
		}
	}
	row := 0
	for _, e := range r.Work {
		roles := e.Roles
		if len(roles) == 0 {
			roles = []resume.Role{{}}
		}
		for _, ro := range roles {
			add(w.Experience, w.Start, row, ro.StartDate)
			add(w.Experience, w.End, row, ro.EndDate)
			row++
		}
	}
	for i, e := range r.Education {
		add(w.Education, w.Start, i, e.StartDate)
		add(w.Education, w.End, i, e.EndDate)
	}
	for i, p := range r.Projects {
		add(w.Projects, w.Start, i, p.StartDate)
		add(w.Projects, w.End, i, p.EndDate)
	}
	for i, v := range r.Volunteer {
		add(w.Volunteer, w.Start, i, v.StartDate)
		add(w.Volunteer, w.End, i, v.EndDate)
	}
	for i, a := range r.Awards {
		add(w.Awards, w.Date, i, a.Date)
	}
	for i, c := range r.Certificates {
		add(w.Certificates, w.Date, i, c.Date)
	}
	for i, p := range r.Publications {
		add(w.Publications, w.ReleaseDate, i, p.ReleaseDate)
	}
	return out
}

// fullResume has every section, several precisions, an open end, inline
// markup, and text an attacker might try.
func fullResume() *resume.Resume {
	return &resume.Resume{
		Basics: resume.Basics{
			Name: "Ada Lovelace", Label: "Analytical Engineer", Email: "ada@example.com",
			Phone: "+44 20 7946 0000", URL: "https://ada.example.com",
			Summary: "Writes the **first** programs, *carefully*.",
			Location: resume.Location{Address: "12 St James's Square", PostalCode: "SW1Y 4JH",
				City: "London", CountryCode: "GB"},
			Profiles: []resume.Profile{
				{Network: "GitHub", Username: "ada", URL: "https://github.com/ada"},
				{Network: "Mastodon", Username: "@ada@example.social"},
			},
		},
		Work: []resume.Employer{
			{Name: "Analytical Engines Ltd", Location: "London", URL: "https://engines.example.com",
				Description: "Builds *engines*.", Roles: []resume.Role{
					{Position: "Lead Engineer", StartDate: resume.YearMonth(2021, 6), EndDate: resume.Present,
						Summary: "Leads the **Engine** team.", Highlights: []string{"Shipped **Note G**", "Wrote *the* manual", `=HYPERLINK("http://x","y")`, "@SUM(1)"},
						Skills: []string{"Go", "Kafka"}},
					{Position: "Engineer", StartDate: resume.YMD(2019, 1, 15), EndDate: resume.YMD(2021, 5, 31),
						Location: "Remote", Highlights: []string{"+1 for the team", "-2 bugs"}},
				}},
			{Name: "Babbage & Co", Roles: []resume.Role{
				{Position: "Apprentice", StartDate: resume.YearOnly(2015), EndDate: resume.YearOnly(2018)},
			}},
		},
		Education: []resume.Education{{Institution: "University of London", Area: "Mathematics",
			StudyType: "BSc", StartDate: resume.YearMonth(2011, 9), EndDate: resume.YearMonth(2014, 7),
			Score: "First", Courses: []string{"Analysis", "Algebra"}, URL: "https://london.ac.uk"}},
		Skills: []resume.Skill{
			{Name: "Languages", Level: "Expert", Keywords: []string{"Go", "Python"}},
			{Name: "Data", Keywords: []string{"Kafka", "Flink"}},
		},
		Projects: []resume.Project{{Name: "Note G", Description: "An *algorithm* for Bernoulli numbers.",
			StartDate: resume.YearMonth(1842, 10), EndDate: resume.YearMonth(1843, 7),
			Highlights: []string{"Published"}, Keywords: []string{"math"}, URL: "https://example.com/g",
			Roles: []string{"Author"}, Entity: "Self", Type: "paper"}},
		Volunteer: []resume.Volunteer{{Organization: "Code Club", Position: "Mentor",
			StartDate: resume.YearMonth(2020, 1), EndDate: resume.Present, Summary: "Teaches kids.",
			Highlights: []string{"50 students"}, URL: "https://codeclub.example.org"}},
		Awards: []resume.Award{{Title: "Engineer of the Year", Date: resume.YMD(2022, 12, 1),
			Awarder: "IEEE", Summary: "For the engine."}},
		Certificates: []resume.Certificate{{Name: "CKA", Date: resume.YearMonth(2023, 3),
			Issuer: "CNCF", URL: "https://cncf.io"}},
		Publications: []resume.Publication{{Name: "Notes", Publisher: "Taylor", ReleaseDate: resume.YearOnly(1843),
			URL: "https://example.com/notes", Summary: "Translation with notes."}},
		Languages:  []resume.Language{{Language: "English", Fluency: "Native"}, {Language: "French", Fluency: "Fluent"}},
		Interests:  []resume.Interest{{Name: "Music", Keywords: []string{"Harp", "Composition"}}},
		References: []resume.Reference{{Name: "Charles Babbage", Reference: "She *understood* it."}},
	}
}

// created is a fixed creation time for tests that need a "now".
var created = time.Date(2024, 9, 15, 12, 0, 0, 0, time.UTC)
