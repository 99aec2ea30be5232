package parse_test

import (
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
)

// pl is a positioned PDF line for the layout tests.
type pl struct {
	text       string
	x, y, size float64
	bold       bool
}

func pdfDoc(ls []pl) *extract.Document {
	doc := &extract.Document{Format: "pdf"}
	for _, l := range ls {
		doc.Lines = append(doc.Lines, extract.Line{Text: l.text, Page: 1, X: l.x, Y: l.y,
			Width: float64(len(l.text)) * l.size * 0.5, FontSize: l.size, Bold: l.bold})
	}
	return doc
}

func roles(t *testing.T, doc *extract.Document) string {
	t.Helper()
	var got []string
	for _, e := range parse.Parse(doc, parse.Options{}).Resume.Work {
		for _, ro := range e.Roles {
			got = append(got, e.Name+"/"+ro.Position+"/"+ro.StartDate.String()+"/"+ro.EndDate.String())
		}
	}
	return strings.Join(got, " ")
}

// TestHTMLThemeLayouts covers layouts that HTML resume themes print (and
// Chromium turns into PDF), each seen in a JSON Resume theme.
func TestHTMLThemeLayouts(t *testing.T) {
	t.Run("side headings and lists without bullet glyphs", func(t *testing.T) {
		// jsonresume-theme-even: "Work" flush right in a left column,
		// on the baseline of the first title; list items indented
		doc := pdfDoc([]pl{
			{"Ana Ruiz", 196, 100, 32, false},
			{"ana@example.com", 213, 160, 10.5, false},
			{"Work", 127, 328, 17.3, true}, {"Staff Engineer", 196, 328, 16.4, true},
			{"Acme", 196, 344, 10.5, true},
			{"Jun 2023 – Present", 196, 360, 10.5, false},
			{"Built the payments platform serving two million requests a", 206, 398, 10.5, false},
			{"day with four nines", 206, 414, 10.5, false},
			{"Raised the test coverage of the core services to ninety percent", 206, 434, 10.5, false},
			{"Engineer", 196, 470, 16.4, true},
			{"Initech", 196, 488, 10.5, true},
			{"May 2019 – Aug 2022", 196, 504, 10.5, false},
			{"Wrote the billing service and its migration tooling for the", 206, 526, 10.5, false},
			{"Education", 84, 600, 17.7, true}, {"MIT", 196, 600, 16.4, true},
			{"BS in Computer Science", 196, 618, 10.5, true},
			{"2015 – 2019", 196, 634, 10.5, false},
		})
		if got, want := roles(t, doc), "Acme/Staff Engineer/2023-06/present Initech/Engineer/2019-05/2022-08"; got != want {
			t.Errorf("roles\n got %s\nwant %s", got, want)
		}
		if ed := parse.Parse(doc, parse.Options{}).Resume.Education; len(ed) != 1 || ed[0].Institution != "MIT" {
			t.Errorf("education %+v", ed)
		}
	})
	t.Run("company, location and dates before the position, and a Highlights label", func(t *testing.T) {
		// jsonresume-theme-kendall
		doc := pdfDoc([]pl{
			{"ANA RUIZ", 34, 59, 25.6, true},
			{"ana@example.com", 34, 80, 11, false},
			{"WORK EXPERIENCE", 45, 114, 17.1, true},
			{"Acme", 63, 154, 13.7, true},
			{"San Francisco, CA", 63, 170, 13.7, true},
			{"June 2023 – Present", 63, 184, 11.4, false},
			{"Staff Engineer", 61, 215, 13.7, true},
			{"Highlights", 61, 235, 11.4, true},
			{"Built the payments platform serving two million", 103, 271, 11.4, false},
			{"requests a day", 103, 288, 11.4, false},
			{"Initech", 63, 454, 13.7, true},
			{"Austin, TX", 63, 471, 13.7, true},
			{"May 2019 – August 2022", 63, 485, 11.4, false},
			{"Engineer", 61, 516, 13.7, true},
			{"Highlights", 61, 535, 11.4, true},
			{"Wrote the billing service", 103, 571, 11.4, false},
		})
		if got, want := roles(t, doc), "Acme/Staff Engineer/2023-06/present Initech/Engineer/2019-05/2022-08"; got != want {
			t.Errorf("roles\n got %s\nwant %s", got, want)
		}
	})
	t.Run("bullets an icon font draws, read as U+FFFD", func(t *testing.T) {
		// jsonresume-theme-flat: ISO dates over the position, and
		// "\uFFFD " before each item
		doc := pdfDoc([]pl{
			{"Ana Ruiz", 40, 40, 24, true},
			{"ana@example.com", 40, 70, 10, false},
			{"Work", 40, 120, 16, true},
			{"Acme", 40, 150, 12, true},
			{"2023-06 —", 40, 166, 10, false},
			{"Staff Engineer", 40, 182, 12, true},
			{"\uFFFD Built the payments platform serving two million requests a", 52, 200, 10, false},
			{"day with four nines, accepted at PayCon 2022", 60, 214, 10, false},
			{"\uFFFD Raised the test coverage to ninety percent", 52, 230, 10, false},
			{"Initech", 40, 260, 12, true},
			{"2019-05 — 2022-08", 40, 276, 10, false},
			{"Engineer", 40, 292, 12, true},
			{"\uFFFD Wrote the billing service", 52, 310, 10, false},
		})
		if got, want := roles(t, doc), "Acme/Staff Engineer/2023-06/present Initech/Engineer/2019-05/2022-08"; got != want {
			t.Errorf("roles\n got %s\nwant %s", got, want)
		}
	})
	t.Run("a skill group label styled like a heading", func(t *testing.T) {
		// jsonresume-theme-elegant: "Languages" (a group of programming
		// languages) in the headings' style, set further right, right
		// under "Skills"
		doc := pdfDoc([]pl{
			{"Ana Ruiz Ana Ruiz", 57, 60, 20, true},
			{"ana@example.com", 57, 90, 10, false},
			{"Work Experience", 113, 378, 12, true},
			{"Staff Engineer, Acme", 154, 400, 11, true},
			{"Jun, 2023 - Present", 154, 416, 10, false},
			{"Projects Experience", 113, 500, 12, true},
			{"FlashInfer", 154, 520, 11, true},
			{"Skills", 113, 600, 12, true},
			{"Languages", 155, 630, 12, true},
			{"Python C++ CUDA Rust", 159, 650, 10.8, false},
			{"Education", 113, 700, 12, true},
			{"MIT", 154, 720, 11, true},
		})
		res := parse.Parse(doc, parse.Options{}).Resume
		if res.Basics.Name != "Ana Ruiz" {
			t.Errorf("name %q", res.Basics.Name)
		}
		if got, want := roles(t, doc), "Acme/Staff Engineer/2023-06/present"; got != want {
			t.Errorf("roles\n got %s\nwant %s", got, want)
		}
		var kws []string
		for _, s := range res.Skills {
			kws = append(kws, s.Name+":"+strings.Join(s.Keywords, ","))
		}
		if !strings.Contains(strings.Join(kws, " "), "Python") {
			t.Errorf("skills %v", kws)
		}
		if len(res.Languages) != 0 {
			t.Errorf("programming languages read as spoken ones: %+v", res.Languages)
		}
	})
}

// TestDeeperHeadingLabel: in a DOCX whose sections are Heading 2, a known
// heading word at Heading 3 under Skills ("Languages", a group of
// programming languages) is a label in the section, not a section.
func TestDeeperHeadingLabel(t *testing.T) {
	doc := &extract.Document{Format: "docx"}
	for _, l := range []extract.Line{
		{Text: "Ana Ruiz", Heading: 2}, {Text: "ana@example.com"},
		{Text: "Skills", Heading: 3}, {Text: "Languages", Heading: 4}, {Text: "Python", ListItem: true}, {Text: "Go", ListItem: true},
		{Text: "Work Experience", Heading: 3}, {Text: "Staff Engineer, Acme"}, {Text: "2019 – 2021"}, {Text: "Built it", ListItem: true},
		{Text: "Education", Heading: 3}, {Text: "MIT"}, {Text: "2015 – 2019"},
	} {
		doc.Lines = append(doc.Lines, l)
	}
	res := parse.Parse(doc, parse.Options{}).Resume
	if len(res.Languages) != 0 {
		t.Errorf("programming languages read as spoken ones: %+v", res.Languages)
	}
	var kws []string
	for _, s := range res.Skills {
		kws = append(kws, s.Keywords...)
	}
	if !strings.Contains(strings.Join(kws, ","), "Python") {
		t.Errorf("skills %+v", res.Skills)
	}
	if len(res.Work) != 1 || len(res.Education) != 1 {
		t.Errorf("work %+v, education %+v", res.Work, res.Education)
	}
}
