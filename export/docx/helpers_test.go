package docx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export/docx"
	"github.com/resumekit/resumekit/resume"
)

// exampleResume returns the example CV.
func exampleResume(t testing.TB) *resume.Resume {
	t.Helper()
	r, err := examples.Resume()
	if err != nil {
		t.Fatalf("examples.Resume: %v", err)
	}
	return r
}

// write renders r with opts and fails the test on error.
func write(t testing.TB, r *resume.Resume, opts docx.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := docx.Write(&buf, r, opts); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// parts unzips a DOCX into its parts, in zip order, bounded in size.
func parts(t testing.TB, data []byte) (names []string, files map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	files = map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("open %s: %v", f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			t.Fatalf("read %s: %v", f.Name, err)
		}
		names = append(names, f.Name)
		files[f.Name] = b
	}
	return names, files
}

// para is a paragraph of word/document.xml as a reader sees it. This
// reader is independent of the writer: it walks the XML with encoding/xml.
type para struct {
	Style string   // w:pStyle
	NumID string   // w:numPr/w:numId given on the paragraph
	Text  string   // text of the runs, with "\t" for w:tab
	Bold  []string // text of each bold run
	Ital  []string // text of each italic run
	Links []string // r:id of each w:hyperlink
	LinkT []string // text inside each w:hyperlink
}

// paragraphs parses document.xml into paragraphs, failing on bad XML or
// on a table, text box or other construct the writer must never emit.
func paragraphs(t testing.TB, doc []byte) []para {
	t.Helper()
	ps, err := parseParagraphs(doc)
	if err != nil {
		t.Fatalf("document.xml: %v", err)
	}
	return ps
}

type forbiddenError string

func (e forbiddenError) Error() string { return "forbidden element w:" + string(e) }

func parseParagraphs(doc []byte) ([]para, error) {
	const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	d := xml.NewDecoder(bytes.NewReader(doc))
	var (
		out    []para
		cur    *para
		inRun  bool
		inPPr  bool
		inT    bool
		inLink int
		bold   bool
		ital   bool
		runTxt strings.Builder
		linkTx strings.Builder
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if el.Name.Space != w {
				continue
			}
			switch el.Name.Local {
			case "tbl", "txbxContent", "pict", "drawing", "fldSimple", "instrText", "vanish":
				return nil, forbiddenError(el.Name.Local)
			case "p":
				out = append(out, para{})
				cur = &out[len(out)-1]
			case "pPr":
				inPPr = true
			case "pStyle":
				if inPPr && cur != nil {
					cur.Style = attr(el, "val")
				}
			case "numId":
				if inPPr && cur != nil {
					cur.NumID = attr(el, "val")
				}
			case "hyperlink":
				inLink++
				linkTx.Reset()
				if cur != nil {
					cur.Links = append(cur.Links, attr(el, "id"))
				}
			case "r":
				inRun, bold, ital = true, false, false
				runTxt.Reset()
			case "b":
				if inRun && attr(el, "val") != "0" && attr(el, "val") != "false" {
					bold = true
				}
			case "i":
				if inRun && attr(el, "val") != "0" && attr(el, "val") != "false" {
					ital = true
				}
			case "t":
				inT = true
			case "tab":
				if inRun && cur != nil {
					cur.Text += "\t"
					runTxt.WriteString("\t")
				}
			case "br":
				if inRun && cur != nil {
					cur.Text += "\n"
				}
			}
		case xml.EndElement:
			if el.Name.Space != w {
				continue
			}
			switch el.Name.Local {
			case "pPr":
				inPPr = false
			case "t":
				inT = false
			case "r":
				inRun = false
				if cur != nil {
					if bold {
						cur.Bold = append(cur.Bold, runTxt.String())
					}
					if ital {
						cur.Ital = append(cur.Ital, runTxt.String())
					}
				}
			case "hyperlink":
				inLink--
				if cur != nil {
					cur.LinkT = append(cur.LinkT, linkTx.String())
				}
			case "p":
				cur = nil
			}
		case xml.CharData:
			if inT && inRun && cur != nil {
				cur.Text += string(el)
				runTxt.Write(el)
				if inLink > 0 {
					linkTx.Write(el)
				}
			}
		}
	}
}

func attr(el xml.StartElement, local string) string {
	for _, a := range el.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// text returns the document's paragraphs as lines.
func text(ps []para) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// fullResume fills every section of the model, with inline markup, links
// and one employer holding two roles.
func fullResume() *resume.Resume {
	return &resume.Resume{
		Basics: resume.Basics{
			Name: "Ada Lovelace", Label: "Analytical Engineer", Email: "ada@example.com",
			Phone: "+44 20 7946 0000", URL: "https://ada.example.com",
			Summary:  "Writes **programs** for *engines*.\n\nSee [my notes](https://notes.example.com).",
			Location: resume.Location{City: "London", CountryCode: "GB"},
			Profiles: []resume.Profile{{Network: "GitHub", Username: "ada", URL: "https://github.com/ada"}, {Network: "Mastodon", Username: "@ada"}},
		},
		Work: []resume.Employer{
			{Name: "Analytical Engines Ltd", Location: "London", Description: "Builds engines.", Roles: []resume.Role{
				{Position: "Lead Programmer", StartDate: resume.YearMonth(1843, 1), EndDate: resume.Present,
					Summary: "First paragraph.\n\nSecond paragraph.", Highlights: []string{"Wrote **Note G**", "Read [the paper](https://example.com/paper)"},
					Skills: []string{"Bernoulli numbers", "Punch cards"}},
				{Position: "Programmer", StartDate: resume.YearMonth(1842, 3), EndDate: resume.YearMonth(1842, 12), Location: "Turin"},
			}},
			{Name: "Royal Society", Roles: []resume.Role{{Position: "Translator", StartDate: resume.YearOnly(1840), EndDate: resume.YearOnly(1841),
				Highlights: []string{"Translated *Menabrea*"}}}},
		},
		Education: []resume.Education{{Institution: "Home Schooling", Area: "Mathematics", StudyType: "Private tuition",
			StartDate: resume.YearOnly(1828), EndDate: resume.YearOnly(1835), Score: "Excellent", Courses: []string{"Algebra", "Geometry"}}},
		Skills:       []resume.Skill{{Name: "Mathematics", Level: "Master", Keywords: []string{"Calculus", "Algebra"}}, {Name: "Poetry"}},
		Projects:     []resume.Project{{Name: "Difference Engine", Description: "A *calculator*.", Highlights: []string{"Tables"}, Keywords: []string{"Brass"}, StartDate: resume.YearOnly(1833), URL: "https://example.com/de", Roles: []string{"Analyst"}, Entity: "Babbage"}},
		Volunteer:    []resume.Volunteer{{Organization: "Ladies' Society", Position: "Tutor", StartDate: resume.YearOnly(1830), Summary: "Taught.", Highlights: []string{"Arithmetic"}}},
		Awards:       []resume.Award{{Title: "Honour", Date: resume.YMD(1850, 5, 1), Awarder: "Society", Summary: "For notes."}},
		Certificates: []resume.Certificate{{Name: "Certified Analyst", Date: resume.YearMonth(1845, 2), Issuer: "Academy", URL: "https://example.com/cert"}},
		Publications: []resume.Publication{{Name: "Sketch of the Analytical Engine", Publisher: "Taylor", ReleaseDate: resume.YearMonth(1843, 8), Summary: "With notes."}},
		Languages:    []resume.Language{{Language: "English", Fluency: "Native"}, {Language: "French", Fluency: "Fluent"}},
		Interests:    []resume.Interest{{Name: "Horses", Keywords: []string{"Racing", "Betting"}}},
		References:   []resume.Reference{{Name: "Charles Babbage", Reference: "The *enchantress* of numbers."}},
	}
}
