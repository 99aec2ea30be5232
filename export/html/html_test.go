package html_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export/html"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func exampleResume(t testing.TB) *resume.Resume {
	t.Helper()
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func write(t testing.TB, r *resume.Resume, o html.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := html.Write(&b, r, o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// parse reads a page with x/net/html's HTML5 tree builder (a browser's
// view of it); the test fails on a page it cannot read.
func parse(t testing.TB, page []byte) *xhtml.Node {
	t.Helper()
	n, err := xhtml.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// find returns every element with the tag, in document order.
func find(n *xhtml.Node, tag atom.Atom) []*xhtml.Node {
	var out []*xhtml.Node
	for c := range n.Descendants() {
		if c.Type == xhtml.ElementNode && c.DataAtom == tag {
			out = append(out, c)
		}
	}
	return out
}

// text is the text of n's descendants, its whitespace collapsed.
func text(n *xhtml.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == xhtml.TextNode {
			b.WriteString(c.Data)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// TestGolden compares the example CV in each theme with
// testdata/example.html (classic) and testdata/example-THEME.html
// (regenerate with go test -update).
func TestGolden(t *testing.T) {
	for _, th := range style.Themes {
		got := write(t, exampleResume(t), html.Options{Options: style.Options{Theme: th}})
		golden := filepath.Join("testdata", "example-"+th+".html")
		if th == style.ThemeClassic {
			golden = filepath.Join("testdata", "example.html")
		}
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			lo := max(0, i-120)
			t.Errorf("the page differs from %s at byte %d (run go test -update if the change is intended):\n got: …%s…\nwant: …%s…",
				golden, i, got[lo:min(len(got), i+120)], want[lo:min(len(want), i+120)])
		}
	}
}

// TestDeterministic writes the same resume twice, once from a copy.
func TestDeterministic(t *testing.T) {
	a := write(t, exampleResume(t), html.Options{})
	b := write(t, exampleResume(t).Clone(), html.Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same resume differ")
	}
}

// TestStructure checks the semantic outline of the example CV: one h1
// with the name, one h2 per section, one h3 per role, highlights as list
// items, dates as <time> with ISO datetime, the email as a mailto link in
// <address>, and no tables, scripts, images, hidden text or outside
// resources.
func TestStructure(t *testing.T) {
	r := exampleResume(t)
	page := write(t, r, html.Options{})
	doc := parse(t, page)
	h1 := find(doc, atom.H1)
	if len(h1) != 1 || text(h1[0]) != r.Basics.Name {
		t.Errorf("want one h1 with %q, got %d", r.Basics.Name, len(h1))
	}
	var h2 []string
	for _, n := range find(doc, atom.H2) {
		h2 = append(h2, text(n))
	}
	if got, want := strings.Join(h2, "|"), "Work Experience|Education"; got != want {
		t.Errorf("h2 = %q, want %q", got, want)
	}
	roles, highlights := 0, 0
	for _, e := range r.Work {
		roles += len(e.Roles)
		for _, ro := range e.Roles {
			highlights += len(ro.Highlights)
		}
	}
	h3 := find(doc, atom.H3)
	if len(h3) < roles {
		t.Errorf("%d h3 for %d roles", len(h3), roles)
	}
	if li := find(doc, atom.Li); len(li) < highlights {
		t.Errorf("%d list items for %d highlights", len(li), highlights)
	}
	times := find(doc, atom.Time)
	if len(times) == 0 {
		t.Error("no <time> elements")
	}
	iso := regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	for _, tm := range times {
		if !iso.MatchString(attr(tm, "datetime")) {
			t.Errorf("<time datetime=%q>%s: not an ISO date", attr(tm, "datetime"), text(tm))
		}
	}
	addr := find(doc, atom.Address)
	if len(addr) != 1 || !strings.Contains(text(addr[0]), r.Basics.Email) {
		t.Fatalf("want one <address> with the email")
	}
	if a := find(addr[0], atom.A); len(a) == 0 || attr(a[0], "href") != "mailto:"+r.Basics.Email {
		t.Errorf("the email is not a mailto: link")
	}
	for _, tag := range []atom.Atom{atom.Table, atom.Script, atom.Img, atom.Link, atom.Iframe, atom.Svg, atom.Object} {
		if n := find(doc, tag); len(n) > 0 {
			t.Errorf("the page has <%s>", tag)
		}
	}
	for _, bad := range []string{"display:", "visibility", "position:", "float:", "@font-face", "@import", "url(", "font-size: 0", "opacity", "hidden", "color: #fff"} {
		if bytes.Contains(page, []byte(bad)) {
			t.Errorf("the page holds %q", bad)
		}
	}
}

// TestOptions: the page size and margins reach @page, the accent the
// headings, the family the font stack, the language the html element and
// the labels.
func TestOptions(t *testing.T) {
	r := exampleResume(t)
	page := string(write(t, r, html.Options{Options: style.Options{
		PageSize: style.Letter, Margins: style.Margins{Top: 36, Right: 40, Bottom: 36.5, Left: 40},
		Accent: "#7A1F1F", FontFamily: `Liberation Serif`, FontSize: 11, Language: "de",
	}}))
	for _, want := range []string{
		"@page { size: letter; margin: 36pt 40pt 36.5pt 40pt; }",
		"color: #7a1f1f",
		`font-family: "Liberation Serif", "Liberation Serif", "Times New Roman", Times, serif;`,
		"font-size: 11pt",
		`<html lang="de">`,
		"<h2>Berufserfahrung</h2>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	a4 := string(write(t, r, html.Options{}))
	if !strings.Contains(a4, "@page { size: A4; margin: 54pt 54pt 54pt 54pt; }") {
		t.Error("the default page is not A4 with 54pt margins")
	}
}

// TestBadOptions: options the page cannot use are *style.OptionError
// values, and nothing is written.
func TestBadOptions(t *testing.T) {
	r := exampleResume(t)
	for _, o := range []style.Options{
		{Accent: "FFFF00"}, // too light
		{Accent: "blue"},   // not hex
		{FontSize: 2},      // too small
		{Margins: style.Margins{Left: 300, Right: 300}}, // no room
		{Margins: style.Margins{Top: -1}},
		{Order: []style.Section{"hobbies"}},
		{FontFamily: strings.Repeat("x", 200)},
	} {
		var b bytes.Buffer
		err := html.Write(&b, r, html.Options{Options: o})
		var oe *style.OptionError
		if !errors.As(err, &oe) || !errors.Is(err, style.ErrOptions) {
			t.Errorf("%+v: got %v, want a *style.OptionError", o, err)
		}
		if b.Len() != 0 {
			t.Errorf("%+v: %d bytes written before the error", o, b.Len())
		}
	}
}

func TestNilResume(t *testing.T) {
	if err := html.Write(&bytes.Buffer{}, nil, html.Options{}); !errors.Is(err, html.ErrNilResume) {
		t.Fatalf("got %v", err)
	}
}

type failWriter struct{}

var errWrite = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWriterError(t *testing.T) {
	if err := html.Write(failWriter{}, exampleResume(t), html.Options{}); !errors.Is(err, errWrite) {
		t.Fatalf("got %v, want the writer's error wrapped", err)
	}
}

// TestEscaping: markup, entities and script in the resume's text are shown
// as text, never run; unsafe link targets are dropped, safe ones kept;
// control characters become U+FFFD.
func TestEscaping(t *testing.T) {
	r := &resume.Resume{
		Basics: resume.Basics{
			Name:  `<script>alert("x")</script> & Co`,
			Label: "a\x00b\x07c\u0085d",
			Email: `x"@example.com`,
			URL:   "javascript:alert(1)",
			Profiles: []resume.Profile{
				{Network: "GitHub", Username: "ada", URL: "https://github.com/ada?a=1&b=\"2\""},
				{Network: "Web", URL: "example.com/ada lovelace"},
			},
		},
		Work: []resume.Employer{{Name: "</h3><h1>Evil</h1>", URL: "data:text/html,<b>x</b>", Roles: []resume.Role{{
			Position:   "Dev &amp; Ops",
			Highlights: []string{"[click](javascript:alert) and [site](https://example.com/a\"b<c) **bold** <https://x.example>"},
		}}}},
	}
	page := write(t, r, html.Options{})
	doc := parse(t, page)
	if n := find(doc, atom.Script); len(n) > 0 {
		t.Fatal("a <script> element reached the page")
	}
	if h1 := find(doc, atom.H1); len(h1) != 1 || text(h1[0]) != `<script>alert("x")</script> & Co` {
		t.Errorf("h1 = %v", h1)
	}
	if h3 := find(doc, atom.H3); len(h3) != 1 || text(h3[0]) != "Dev &amp; Ops — </h3><h1>Evil</h1>" {
		t.Errorf("h3 text = %q", text(h3[0]))
	}
	if got := text(find(doc, atom.P)[0]); got != "a\uFFFDb\uFFFDc\uFFFDd" {
		t.Errorf("label = %q", got)
	}
	var hrefs []string
	for _, a := range find(doc, atom.A) {
		hrefs = append(hrefs, attr(a, "href"))
	}
	want := []string{
		"https://github.com/ada?a=1&b=%222%22",
		"https://example.com/ada%20lovelace",
		"https://example.com/a%22b%3Cc",
		"https://x.example",
	}
	if strings.Join(hrefs, "\n") != strings.Join(want, "\n") {
		t.Errorf("links:\n%s\nwant:\n%s", strings.Join(hrefs, "\n"), strings.Join(want, "\n"))
	}
	if li := find(doc, atom.Li); len(li) != 1 || text(li[0]) != "click and site bold https://x.example" {
		t.Errorf("highlight = %q", text(li[0]))
	}
}

// TestEmpty: an empty resume is still a complete page.
func TestEmpty(t *testing.T) {
	page := write(t, &resume.Resume{}, html.Options{})
	doc := parse(t, page)
	if len(find(doc, atom.Main)) != 1 || !bytes.Contains(page, []byte("<title>Resume</title>")) {
		t.Errorf("empty page:\n%s", page)
	}
}

// TestThemes: each theme reaches the style sheet as the paged writers
// draw it: line height, space between blocks, heading rule, name colour,
// font and size; and the words are the same in every theme.
func TestThemes(t *testing.T) {
	r := exampleResume(t)
	want := map[string][]string{
		style.ThemeClassic: {"line-height: 1.32;", "border-bottom: 0.6pt solid #1f3864", "margin: 0 0 2pt; color: #1a1a1a;", "font-size: 10.5pt;", `font-family: "Liberation Sans"`, "h2 { font-size: 13.5pt; margin: 14pt 0 6pt;"},
		style.ThemeModern:  {"line-height: 1.35;", "border-bottom: 1.5pt solid #1f4e79", "margin: 0 0 2pt; color: #1f4e79;", "h2 { font-size: 13.5pt; margin: 15.4pt 0 6.6pt;"},
		style.ThemeSerif:   {"line-height: 1.3;", "border-bottom: 0.4pt solid #222222", `font-family: "Liberation Serif", "Times New Roman", Times, serif;`, "font-size: 11pt;", "margin: 72pt 72pt 72pt 72pt;"},
		style.ThemeCompact: {"line-height: 1.2;", "font-size: 9.5pt;", "margin: 36pt 36pt 36pt 36pt;", "h2 { font-size: 12.5pt; margin: 9.8pt 0 4.2pt;"},
	}
	var words string
	for _, th := range style.Themes {
		page := write(t, r, html.Options{Options: style.Options{Theme: th}})
		for _, w := range want[th] {
			if !bytes.Contains(page, []byte(w)) {
				t.Errorf("%s: the page lacks %q", th, w)
			}
		}
		body := text(find(parse(t, page), atom.Body)[0])
		if words == "" {
			words = body
		} else if body != words {
			t.Errorf("%s: the text differs from the classic theme's", th)
		}
	}
	// Options set beside a theme win over its defaults.
	page := string(write(t, r, html.Options{Options: style.Options{Theme: style.ThemeSerif, FontFamily: style.FamilySans, Accent: "7a1f1f", Spacing: 2}}))
	for _, w := range []string{`font-family: "Liberation Sans"`, "border-bottom: 0.4pt solid #7a1f1f", "h2 { font-size: 14pt; margin: 28pt 0 12pt;"} {
		if !strings.Contains(page, w) {
			t.Errorf("serif with options: the page lacks %q", w)
		}
	}
}

// TestPageNumbers: style.Options.PageNumbers puts "Page N of M" (or
// "N / M") in the bottom margin box of @page, generated content that is
// not text of the page.
func TestPageNumbers(t *testing.T) {
	r := exampleResume(t)
	if page := write(t, r, html.Options{}); bytes.Contains(page, []byte("@bottom-center")) {
		t.Error("page numbers without the option")
	}
	en := write(t, r, html.Options{Options: style.Options{PageNumbers: true}})
	if !bytes.Contains(en, []byte(`@bottom-center { content: "Page " counter(page) " of " counter(pages);`)) {
		t.Error("no English page numbers")
	}
	de := write(t, r, html.Options{Options: style.Options{PageNumbers: true, Language: "de", Theme: style.ThemeCompact}})
	if !bytes.Contains(de, []byte(`@bottom-center { content: counter(page) " / " counter(pages); font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 7.6pt;`)) {
		t.Error("no German page numbers")
	}
	if a, b := text(find(parse(t, en), atom.Body)[0]), text(find(parse(t, write(t, r, html.Options{})), atom.Body)[0]); a != b {
		t.Error("the page numbers changed the page's text")
	}
}
