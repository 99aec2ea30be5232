package extract

import "testing"

// TestDateLinesAreContent keeps date lines out of the running headers:
// two projects dated "Jan 2022 – Jan 2022" may each open a page.
func TestDateLinesAreContent(t *testing.T) {
	for _, s := range []string{"2018", "Nov 2021", "Jan 2022 – Jan 2022", "06/2021 - Present", "Sept. 2019 – 2020"} {
		if !dateLineRE().MatchString(s) {
			t.Errorf("%q is not read as a date line", s)
		}
	}
	for _, s := range []string{"John Doe — Resume", "Page 2 of 3", "Curriculum Vitae 2024 John Doe"} {
		if dateLineRE().MatchString(s) {
			t.Errorf("%q is read as a date line", s)
		}
	}
	doc := &Document{Lines: []Line{
		{Text: "Jan 2022 – Jan 2022", Page: 1, Y: 30},
		{Text: "Jan 2022 – Jan 2022", Page: 2, Y: 30},
		{Text: "Jane Roe · Resume", Page: 1, Y: 20},
		{Text: "Jane Roe · Resume", Page: 2, Y: 20},
	}}
	markFurniture(doc, []pdfPage{{box: [4]float64{0, 0, 612, 792}}, {box: [4]float64{0, 0, 612, 792}}})
	if doc.Lines[1].Furniture {
		t.Error("the second page's date line was taken for a running header")
	}
	if !doc.Lines[3].Furniture {
		t.Error("the running header on page 2 was kept")
	}
}

// TestRunningHeadersAreOnMostPages keeps a line that opens two pages of a
// longer document: a running header is on most of its pages.
func TestRunningHeadersAreOnMostPages(t *testing.T) {
	page := pdfPage{box: [4]float64{0, 0, 612, 792}}
	doc := &Document{Lines: []Line{
		{Text: "ReactJS", Page: 1, Y: 30}, {Text: "ReactJS", Page: 4, Y: 30},
		{Text: "Jane Roe · Resume", Page: 1, Y: 20}, {Text: "Jane Roe · Resume", Page: 2, Y: 20},
		{Text: "Jane Roe · Resume", Page: 3, Y: 20}, {Text: "Jane Roe · Resume", Page: 4, Y: 20},
	}}
	markFurniture(doc, []pdfPage{page, page, page, page, page, page})
	if doc.Lines[1].Furniture {
		t.Error("a line on two pages of six was taken for a running header")
	}
	if !doc.Lines[3].Furniture || !doc.Lines[5].Furniture {
		t.Error("the running header on four pages of six was kept")
	}
}

// TestRepeatedContentIsNoHeader keeps a line that stands at the edge of
// most pages but also in their body: the town of many entries ("Brugge")
// at the top or bottom of a page by chance is content. A running header
// stands only at the edges.
func TestRepeatedContentIsNoHeader(t *testing.T) {
	page := pdfPage{box: [4]float64{0, 0, 612, 792}}
	doc := &Document{Lines: []Line{
		{Text: "Jane Roe · Resume", Page: 1, Y: 20}, {Text: "Brugge", Page: 1, Y: 400}, {Text: "Brugge", Page: 1, Y: 770},
		{Text: "Jane Roe · Resume", Page: 2, Y: 20}, {Text: "Brugge", Page: 2, Y: 40}, {Text: "Brugge", Page: 2, Y: 500},
		{Text: "Jane Roe · Resume", Page: 3, Y: 20}, {Text: "Brugge", Page: 3, Y: 760},
	}}
	markFurniture(doc, []pdfPage{page, page, page})
	for i, l := range doc.Lines {
		if want := l.Text != "Brugge" && l.Page > 1; l.Furniture != want {
			t.Errorf("line %d %q on page %d: furniture %v, want %v", i, l.Text, l.Page, l.Furniture, want)
		}
	}
}
