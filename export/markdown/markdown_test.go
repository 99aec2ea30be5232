package markdown_test

import (
	"bytes"
	"flag"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export/markdown"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// block is one block of the rendered document: its HTML tag (h1, p, li...)
// and its text as a reader sees it.
type block struct {
	Tag, Text string
	Strong    int // <strong> elements inside
	Em        int // <em> elements inside
	Links     int // <a> elements inside
}

var (
	blockLine = regexp.MustCompile(`^<(h[1-6]|p|li)>(.*)</(h[1-6]|p|li)>$`)
	tag       = regexp.MustCompile(`<[^>]*>`)
)

// render parses md with goldmark (CommonMark) and returns its blocks. Any
// block other than a heading, a one-line paragraph or a tight list item
// (code, HTML, a quote, a rule, a loose list) fails the test: the writer
// never means to write one.
func render(t testing.TB, md []byte) []block {
	t.Helper()
	var out bytes.Buffer
	if err := goldmark.Convert(md, &out); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	var blocks []block
	for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		if line == "<ul>" || line == "</ul>" || line == "" {
			continue
		}
		m := blockLine.FindStringSubmatch(line)
		if m == nil || m[1] != m[3] {
			t.Fatalf("unexpected block %q in:\n%s\nfrom Markdown:\n%s", line, out.String(), md)
		}
		blocks = append(blocks, block{
			Tag:    m[1],
			Text:   html.UnescapeString(tag.ReplaceAllString(m[2], "")),
			Strong: strings.Count(m[2], "<strong>"),
			Em:     strings.Count(m[2], "<em>"),
			Links:  strings.Count(m[2], "<a href"),
		})
	}
	return blocks
}

func write(t testing.TB, r *resume.Resume, o markdown.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := markdown.Write(&b, r, o); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return b.Bytes()
}

func example(t testing.TB) *resume.Resume {
	t.Helper()
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestHeadingTree(t *testing.T) {
	var got []string
	for _, b := range render(t, write(t, example(t), markdown.Options{})) {
		if b.Tag[0] == 'h' {
			got = append(got, b.Tag+" "+b.Text)
		}
	}
	want := []string{
		"h1 Example Candidate",
		"h2 Work Experience",
		"h3 Senior Production Engineer @ Streaming Foundations Team — Shopify",
		"h3 Senior Production Engineer @ Streaming Capabilities Team — Shopify",
		"h3 Data Lead — Spotahome",
		"h3 Data Analytics & Engineering Manager — Spotahome",
		"h3 Data Analytics Manager — Spotahome",
		"h3 Data Analytics Engineer — Spotahome",
		"h3 Software Engineer & Data Analyst — CST International",
		"h3 Software Engineer (Research Internship)",
		"h2 Education",
		"h3 Telecommunications Engineering (BSc + MSc)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("heading tree:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestExampleText checks that every text of the example CV reaches the
// reader: each role's date range on its own line, each summary paragraph,
// each highlight as a list item with its emphasis, the skills line.
func TestExampleText(t *testing.T) {
	r := example(t)
	blocks := render(t, write(t, r, markdown.Options{}))
	has := func(tag, text string) *block {
		for i := range blocks {
			if blocks[i].Tag == tag && blocks[i].Text == text {
				return &blocks[i]
			}
		}
		t.Errorf("no <%s> %q", tag, text)
		return nil
	}
	st := style.Options{}.Resolve()
	for _, e := range r.Work {
		if e.Description != "" {
			has("p", resume.Plain(e.Description))
		}
		for _, ro := range e.Roles {
			if d := st.Range(ro.StartDate, ro.EndDate); d != "" {
				has("p", d)
			}
			for _, p := range strings.Split(ro.Summary, "\n\n") {
				has("p", resume.Plain(p))
			}
			for _, h := range ro.Highlights {
				if b := has("li", resume.Plain(h)); b != nil {
					want := 0
					for _, run := range resume.Inline(h) {
						if run.Bold {
							want++
						}
					}
					if b.Strong == 0 && want > 0 {
						t.Errorf("highlight lost its bold: %q", h)
					}
				}
			}
			if len(ro.Skills) > 0 {
				has("p", "Skills: "+strings.Join(ro.Skills, ", "))
			}
		}
	}
	has("p", "Jun 2023 – Aug 2024")
	has("p", "Spain, 100% Remote")
	has("p", "Madrid, Spain; 100% remote since March 2020")
	has("p", "Score: Top 15%")
	if b := has("p", resume.Plain(r.Education[0].Summary)); b != nil && (b.Links != 1 || b.Em != 1) {
		t.Errorf("education summary: %d links, %d em; want 1, 1", b.Links, b.Em)
	}
	// The employer description is written once, not once per role.
	n := 0
	for _, b := range blocks {
		if strings.HasPrefix(b.Text, "Spotahome is a 100% online") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Spotahome's description written %d times, want 1", n)
	}
}

func TestGolden(t *testing.T) {
	got := write(t, example(t), markdown.Options{})
	golden := filepath.Join("testdata", "example.md")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update if the change is intended):\n%s", golden, got)
	}
}

func TestDeterministic(t *testing.T) {
	r := example(t)
	a := write(t, r, markdown.Options{})
	for range 5 {
		if b := write(t, example(t), markdown.Options{}); !bytes.Equal(a, b) {
			t.Fatal("two writes of the same resume differ")
		}
	}
}

func TestLanguages(t *testing.T) {
	r := example(t)
	for lang, want := range map[string]string{"es": "Experiencia", "de": "Berufserfahrung", "fr": "Expérience professionnelle"} {
		var h2 []string
		for _, b := range render(t, write(t, r, markdown.Options{Options: style.Options{Language: lang}})) {
			if b.Tag == "h2" {
				h2 = append(h2, b.Text)
			}
		}
		if len(h2) == 0 || h2[0] != want {
			t.Errorf("%s: section headings %q, want %q first", lang, h2, want)
		}
	}
	blocks := render(t, write(t, r, markdown.Options{Options: style.Options{DateFormat: "01/2006"}}))
	found := false
	for _, b := range blocks {
		found = found || b.Text == "06/2023 – 08/2024"
	}
	if !found {
		t.Error("DateFormat 01/2006 not used")
	}
}

func TestNilResume(t *testing.T) {
	if err := markdown.Write(&bytes.Buffer{}, nil, markdown.Options{}); err != markdown.ErrNilResume {
		t.Errorf("Write(nil) = %v, want ErrNilResume", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriterError(t *testing.T) {
	err := markdown.Write(failWriter{}, example(t), markdown.Options{})
	if err == nil || !strings.Contains(err.Error(), "markdown:") {
		t.Errorf("Write to a failing writer = %v", err)
	}
}

// TestEscaping puts text that Markdown would read as syntax into every kind
// of field and checks that the reader sees exactly the text.
func TestEscaping(t *testing.T) {
	cases := []struct {
		in     string // a highlight / summary (markup field)
		text   string // what the reader must see
		strong int
		em     int
		links  int
	}{
		{"# not a heading", "# not a heading", 0, 0, 0},
		{"1. not a list", "1. not a list", 0, 0, 0},
		{"2021) neither", "2021) neither", 0, 0, 0},
		{"- not a bullet", "- not a bullet", 0, 0, 0},
		{"+ nor this", "+ nor this", 0, 0, 0},
		{"> not a quote", "> not a quote", 0, 0, 0},
		{"---", "---", 0, 0, 0},
		{"- - -", "- - -", 0, 0, 0},
		{"--", "--", 0, 0, 0}, // "- --" is a thematic break (fuzz regression)
		{"~~~ not a fence", "~~~ not a fence", 0, 0, 0},
		{"```go", "```go", 0, 0, 0},
		{"    indented", "indented", 0, 0, 0},
		{"<div>html</div>", "<div>html</div>", 0, 0, 0},
		{"snake_case_name and __init__", "snake_case_name and __init__", 0, 0, 0},
		{"x86_64, Epson_PNL_CE02, _lead, trail_, a__b", "x86_64, Epson_PNL_CE02, _lead, trail_, a__b", 0, 0, 0},
		{"_x86_64_", "_x86_64_", 0, 0, 0},
		{"`code` spans", "`code` spans", 0, 0, 0},
		{"&amp; &#169; AT&T R&D", "&amp; &#169; AT&T R&D", 0, 0, 0},
		{"[not a link] [x]: /y", "[not a link] [x]: /y", 0, 0, 0},
		{"![img](x.png)", "!img", 0, 0, 1},
		{`back\slash at end\`, `back\slash at end\`, 0, 0, 0},
		{`\$72 million`, "$72 million", 0, 0, 0},
		{"**bold** and *italic*", "bold and italic", 1, 1, 0},
		{"***both***", "both", 1, 1, 0},
		{"**a***b*", "a*b*", 0, 0, 0}, // the model reads bold "a*", then "b*"
		{"x**(y)**z", "x(y)z", 0, 0, 0},
		{"*CDC*-derived", "CDC-derived", 0, 1, 0},
		{"[**Go**](https://go.dev) rocks", "Go rocks", 1, 0, 1},
		{"see <https://example.com/a_b>", "see https://example.com/a_b", 0, 0, 1},
		{"mail <me@example.com>", "mail me@example.com", 0, 0, 1},
		{"[a (b)](https://x.org/a_(b))", "a (b))", 0, 0, 1}, // the URL ends at the first ")"
		{"line one\nline two\n\tindented", "line one line two indented", 0, 0, 0},
		{"bad \xff utf8 and nul \x00", "bad \uFFFD utf8 and nul \uFFFD", 0, 0, 0},
		{"trailing hashes ##", "trailing hashes ##", 0, 0, 0},
		{"[](x) > not a quote", "> not a quote", 0, 0, 0}, // an empty link writes nothing (fuzz regression)
		{"[](a) [](b) [](c) [](d) # nor code", "# nor code", 0, 0, 0},
	}
	for _, c := range cases {
		r := &resume.Resume{Work: []resume.Employer{{Roles: []resume.Role{{
			Position:   c.in,
			Highlights: []string{c.in},
		}}}}}
		r.Basics.Name = c.in
		r.Basics.Summary = c.in
		blocks := render(t, write(t, r, markdown.Options{}))
		plainIn := strings.Join(strings.Fields(strings.NewReplacer("\xff", "\uFFFD", "\x00", "\uFFFD").Replace(c.in)), " ")
		want := []block{
			{Tag: "h1", Text: plainIn},
			{Tag: "h2", Text: "Summary"},
			{Tag: "p", Text: c.text, Strong: c.strong, Em: c.em, Links: c.links},
			{Tag: "h2", Text: "Work Experience"},
			{Tag: "h3", Text: plainIn},
			{Tag: "li", Text: c.text, Strong: c.strong, Em: c.em, Links: c.links},
		}
		if len(blocks) != len(want) {
			t.Errorf("%q: %d blocks %+v, want %d", c.in, len(blocks), blocks, len(want))
			continue
		}
		for i := range want {
			if blocks[i] != want[i] {
				t.Errorf("%q: block %d = %+v, want %+v", c.in, i, blocks[i], want[i])
			}
		}
	}
}

// TestIntrawordUnderscore checks that an underscore inside a word is
// written as typed: it cannot start emphasis, and a reader that shows the
// Markdown source (as ATS text extractors do) sees the word unchanged.
func TestIntrawordUnderscore(t *testing.T) {
	r := &resume.Resume{Skills: []resume.Skill{{Name: "Languages", Keywords: []string{"Assembly (x86_64)", "_private", "end_"}}}}
	out := string(write(t, r, markdown.Options{}))
	if !strings.Contains(out, "Assembly (x86_64), \\_private, end\\_") {
		t.Errorf("want x86_64 as typed and word-edge underscores escaped in:\n%s", out)
	}
}

func TestSections(t *testing.T) {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Ada", Label: "Engineer", Email: "ada@example.com", Phone: "+44 1",
			URL: "https://ada.example", Location: resume.Location{City: "London", CountryCode: "GB"},
			Profiles: []resume.Profile{{Network: "GitHub", Username: "ada", URL: "https://github.com/ada"}}},
		Skills:       []resume.Skill{{Name: "Languages", Level: "Expert", Keywords: []string{"Go", "C"}}},
		Projects:     []resume.Project{{Name: "Engine", Description: "A *difference* engine", Keywords: []string{"math"}, StartDate: resume.YearOnly(1840)}},
		Volunteer:    []resume.Volunteer{{Organization: "Society", Position: "Member"}},
		Awards:       []resume.Award{{Title: "Prize", Awarder: "Academy", Date: resume.YMD(1843, 9, 1)}},
		Certificates: []resume.Certificate{{Name: "Cert", Issuer: "Board"}},
		Publications: []resume.Publication{{Name: "Notes", Publisher: "Journal", ReleaseDate: resume.YearMonth(1843, 10)}},
		Languages:    []resume.Language{{Language: "English", Fluency: "Native"}},
		Interests:    []resume.Interest{{Name: "Poetry", Keywords: []string{"Byron"}}},
		References:   []resume.Reference{{Name: "Charles", Reference: "Brilliant."}},
		Work:         []resume.Employer{{Name: "Analytical Co", URL: "https://co.example", Description: "Makes engines."}},
	}
	var got []string
	for _, b := range render(t, write(t, r, markdown.Options{})) {
		got = append(got, b.Tag+" "+b.Text)
	}
	want := []string{
		"h1 Ada", "p Engineer",
		"p ada@example.com · +44 1 · https://ada.example · London, GB · GitHub: ada",
		"h2 Work Experience", "h3 Analytical Co", "p Makes engines.",
		"h2 Skills", "li Languages (Expert): Go, C",
		"h2 Projects", "h3 Engine", "p 1840", "p A difference engine", "p Keywords: math",
		"h2 Volunteer", "h3 Member — Society",
		"h2 Awards", "h3 Prize — Academy", "p Sep 1843",
		"h2 Certificates", "h3 Cert — Board",
		"h2 Publications", "h3 Notes — Journal", "p Oct 1843",
		"h2 Languages", "li English: Native",
		"h2 Interests", "li Poetry: Byron",
		"h2 References", "h3 Charles", "p Brilliant.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	empty := write(t, &resume.Resume{}, markdown.Options{})
	if len(render(t, empty)) != 0 || !utf8.Valid(empty) {
		t.Errorf("empty resume: %q", empty)
	}
}

func BenchmarkWrite(b *testing.B) {
	r := example(b)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := markdown.Write(&buf, r, markdown.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// TestRoleHeading checks a role's heading: "Position @ Company", "@
// Company" with no position (a company alone reads as the title), the
// position alone with no company, and no heading with neither.
func TestRoleHeading(t *testing.T) {
	for _, c := range []struct{ position, company, want string }{
		{"Data Lead", "Spotahome", "Data Lead @ Spotahome"},
		{"", "Capgemini", "@ Capgemini"},
		{"Freelance Developer", "", "Freelance Developer"},
		{"", "", ""},
	} {
		r := &resume.Resume{Work: []resume.Employer{{Name: c.company, Roles: []resume.Role{{
			Position: c.position, Highlights: []string{"Built things."},
		}}}}}
		var h3 []string
		for _, b := range render(t, write(t, r, markdown.Options{})) {
			if b.Tag == "h3" {
				h3 = append(h3, b.Text)
			}
		}
		if got := strings.Join(h3, "|"); got != c.want {
			t.Errorf("%q at %q: heading %q, want %q", c.position, c.company, got, c.want)
		}
	}
}
