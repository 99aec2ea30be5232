package parse

import (
	"strings"
	"testing"
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
