package docx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/resumekit/resumekit/export/docx"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// wantParts is the package layout, in zip order.
var wantParts = []string{
	"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
	"word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
	"word/numbering.xml", "word/settings.xml",
}

func TestPackageParts(t *testing.T) {
	names, files := parts(t, write(t, fullResume(), docx.Options{}))
	if !slices.Equal(names, wantParts) {
		t.Fatalf("parts = %q, want %q", names, wantParts)
	}
	for _, n := range names {
		if err := wellFormed(files[n]); err != nil {
			t.Errorf("%s is not well-formed XML: %v", n, err)
		}
		if strings.Contains(n, "header") || strings.Contains(n, "footer") {
			t.Errorf("unexpected part %s: content must live in the body", n)
		}
	}
	// Honest output: the body sets no colour, size or hidden text of its
	// own (formatting comes from styles.xml), and no style hides text.
	for _, bad := range []string{"w:color", "w:sz", "w:vanish", "w:webHidden", "w:highlight", "w:txbxContent", "w:tbl"} {
		if bytes.Contains(files["word/document.xml"], []byte("<"+bad)) {
			t.Errorf("document.xml has <%s>", bad)
		}
	}
	for _, bad := range []string{`w:color w:val="FFFFFF"`, "w:vanish"} {
		if bytes.Contains(files["word/styles.xml"], []byte(bad)) {
			t.Errorf("styles.xml has %s", bad)
		}
	}
	ct := string(files["[Content_Types].xml"])
	for _, n := range names {
		if strings.HasSuffix(n, ".xml") && n != "[Content_Types].xml" && !strings.Contains(ct, `PartName="/`+n+`"`) {
			t.Errorf("[Content_Types].xml has no override for /%s", n)
		}
	}
	// Every internal relationship points at a part that exists.
	for rels, base := range map[string]string{"_rels/.rels": "", "word/_rels/document.xml.rels": "word/"} {
		for _, r := range relationships(t, files[rels]) {
			if r.Mode == "External" {
				continue
			}
			if _, ok := files[base+r.Target]; !ok {
				t.Errorf("%s: %s points at missing part %s", rels, r.ID, base+r.Target)
			}
		}
	}
}

// wellFormed reports whether data is one well-formed XML document.
func wellFormed(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

type rel struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
	Mode   string `xml:"TargetMode,attr"`
}

func relationships(t testing.TB, data []byte) []rel {
	t.Helper()
	var v struct {
		Rels []rel `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &v); err != nil {
		t.Fatalf("rels: %v", err)
	}
	return v.Rels
}

// byStyle returns the paragraphs of one style.
func byStyle(ps []para, style string) []para {
	var out []para
	for _, p := range ps {
		if p.Style == style {
			out = append(out, p)
		}
	}
	return out
}

func texts(ps []para) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

func TestExampleStructure(t *testing.T) {
	r := exampleResume(t)
	_, files := parts(t, write(t, r, docx.Options{}))
	ps := paragraphs(t, files["word/document.xml"])
	res := style.Options{}.Resolve()

	if ps[0].Style != "Title" || ps[0].Text != r.Basics.Name {
		t.Errorf("first paragraph = %+v, want the name in the Title style", ps[0])
	}
	if ps[1].Style != "" || !strings.Contains(ps[1].Text, r.Basics.Email) {
		t.Errorf("second paragraph = %+v, want the contact line in the body", ps[1])
	}
	if got, want := texts(byStyle(ps, "Heading1")), []string{"Work Experience", "Education"}; !slices.Equal(got, want) {
		t.Errorf("Heading 1 paragraphs = %q, want %q", got, want)
	}

	// Every role has a line with its bold position and its range after a tab.
	entries := append(byStyle(ps, "Heading2"), byStyle(ps, "Heading3")...)
	highlights := 0
	for _, e := range r.Work {
		for _, ro := range e.Roles {
			highlights += len(ro.Highlights)
			found := false
			for _, p := range entries {
				if len(p.Bold) > 0 && p.Bold[0] == ro.Position {
					found = true
					rng := res.Range(ro.StartDate, ro.EndDate)
					if rng != "" && !strings.HasSuffix(p.Text, "\t"+rng) {
						t.Errorf("line of %q = %q, want it to end with a tab and %q", ro.Position, p.Text, rng)
					}
					if rng == "" && strings.Contains(p.Text, "\t") {
						t.Errorf("line of %q = %q has a tab but no dates", ro.Position, p.Text)
					}
				}
			}
			if !found {
				t.Errorf("no entry line with bold position %q", ro.Position)
			}
		}
	}
	// The employer with several roles: its line once, with the span.
	shop := byStyle(ps, "Heading2")[0]
	if want := "Shopify, Spain, 100% Remote\tJun 2021 – Aug 2024"; shop.Text != want || shop.Bold[0] != "Shopify" {
		t.Errorf("employer line = %q (bold %q), want %q with Shopify in bold", shop.Text, shop.Bold, want)
	}
	if n := strings.Count(text(ps), "Shopify, Spain"); n != 1 {
		t.Errorf("the Shopify employer line appears %d times, want once", n)
	}
	// An employer with one role and no dates: position and company on one line.
	if !slices.Contains(texts(byStyle(ps, "Heading2")), "Software Engineer & Data Analyst — CST International") {
		t.Errorf("no single-role line for CST International in %q", texts(byStyle(ps, "Heading2")))
	}

	// Highlights are List Bullet paragraphs numbered by numbering.xml.
	bullets := byStyle(ps, "ListBullet")
	if len(bullets) != highlights {
		t.Errorf("%d List Bullet paragraphs, want %d (one per highlight)", len(bullets), highlights)
	}
	for _, b := range bullets {
		if b.NumID != "1" {
			t.Errorf("bullet %q has numId %q, want 1", b.Text, b.NumID)
		}
		if strings.HasPrefix(b.Text, "•") || strings.HasPrefix(b.Text, "-") {
			t.Errorf("bullet %q carries a typed bullet character", b.Text)
		}
	}
	checkNumbering(t, files["word/numbering.xml"])
	checkStyles(t, files["word/styles.xml"])

	// Inline markup: the first highlight's "**24/7 on-call**" is a bold run,
	// "*Kafka*" an italic one, and no asterisk is left in the text.
	if !slices.Contains(bullets[0].Bold, "24/7 on-call") || !slices.Contains(bullets[0].Ital, "Kafka") {
		t.Errorf("first highlight bold %q italic %q, want 24/7 on-call bold and Kafka italic", bullets[0].Bold, bullets[0].Ital)
	}
	if strings.Contains(text(ps), "**") {
		t.Errorf("markup left in the text")
	}
	if strings.Contains(text(ps), `\$72`) || !strings.Contains(text(ps), "$72 million") {
		t.Errorf("the escaped \\$72 is not printed as $72")
	}
	// Role skills as one "Skills: a, b, c" line with a bold label.
	for _, p := range ps {
		if strings.HasPrefix(p.Text, "Skills: Java") {
			if p.Text != "Skills: Java, git, SQL, Machine Learning" || p.Bold[0] != "Skills:" {
				t.Errorf("skills line = %q bold %q", p.Text, p.Bold)
			}
		}
	}
	// Summaries are split into paragraphs at blank lines.
	if !slices.Contains(texts(ps), "For Flink, the team managed two regional Kubernetes clusters, running a few hundred Flink jobs of different services and Tiers.") {
		t.Errorf("the third paragraph of a role summary is not its own paragraph")
	}
}

// checkNumbering checks that numId 1 is a bullet list.
func checkNumbering(t *testing.T, data []byte) {
	t.Helper()
	var n struct {
		Abstract []struct {
			ID  string `xml:"abstractNumId,attr"`
			Lvl []struct {
				Fmt struct {
					Val string `xml:"val,attr"`
				} `xml:"numFmt"`
				Text struct {
					Val string `xml:"val,attr"`
				} `xml:"lvlText"`
			} `xml:"lvl"`
		} `xml:"abstractNum"`
		Num []struct {
			ID       string `xml:"numId,attr"`
			Abstract struct {
				Val string `xml:"val,attr"`
			} `xml:"abstractNumId"`
		} `xml:"num"`
	}
	if err := xml.Unmarshal(data, &n); err != nil {
		t.Fatalf("numbering.xml: %v", err)
	}
	if len(n.Num) != 1 || n.Num[0].ID != "1" || len(n.Abstract) != 1 || n.Num[0].Abstract.Val != n.Abstract[0].ID {
		t.Fatalf("numbering.xml: want numId 1 pointing at the one abstractNum, got %+v", n)
	}
	if l := n.Abstract[0].Lvl; len(l) == 0 || l[0].Fmt.Val != "bullet" || l[0].Text.Val != "•" {
		t.Errorf("numbering.xml level 0 = %+v, want a • bullet", l)
	}
}

// checkStyles checks the style names readers look for.
func checkStyles(t *testing.T, data []byte) {
	t.Helper()
	var s struct {
		Styles []struct {
			Type string `xml:"type,attr"`
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
			PPr struct {
				NumID struct {
					Val string `xml:"val,attr"`
				} `xml:"numPr>numId"`
				Tabs []struct {
					Val string `xml:"val,attr"`
					Pos string `xml:"pos,attr"`
				} `xml:"tabs>tab"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	if err := xml.Unmarshal(data, &s); err != nil {
		t.Fatalf("styles.xml: %v", err)
	}
	names := map[string]string{}
	for _, st := range s.Styles {
		names[st.ID] = st.Name.Val
		switch st.ID {
		case "ListBullet":
			if st.PPr.NumID.Val != "1" {
				t.Errorf("List Bullet style is not tied to numId 1")
			}
		case "Heading2", "Heading3":
			if len(st.PPr.Tabs) != 1 || st.PPr.Tabs[0].Val != "right" {
				t.Errorf("%s has tabs %+v, want one right tab stop", st.ID, st.PPr.Tabs)
			}
		}
	}
	for id, name := range map[string]string{"Normal": "Normal", "Title": "Title", "Heading1": "heading 1",
		"Heading2": "heading 2", "ListBullet": "List Bullet", "Hyperlink": "Hyperlink"} {
		if names[id] != name {
			t.Errorf("style %s is named %q, want %q", id, names[id], name)
		}
	}
}

func TestAllSections(t *testing.T) {
	r := fullResume()
	_, files := parts(t, write(t, r, docx.Options{}))
	ps := paragraphs(t, files["word/document.xml"])
	want := []string{"Summary", "Work Experience", "Education", "Skills", "Projects", "Volunteer",
		"Awards", "Certificates", "Publications", "Languages", "Interests", "References"}
	if got := texts(byStyle(ps, "Heading1")); !slices.Equal(got, want) {
		t.Errorf("headings = %q, want %q", got, want)
	}
	body := texts(ps)
	for _, line := range []string{
		"Ada Lovelace",
		"ada@example.com | +44 20 7946 0000 | https://ada.example.com | London, GB | https://github.com/ada | Mastodon: @ada",
		"Writes programs for engines.",
		"See my notes.",
		"Analytical Engines Ltd, London\tMar 1842 – Present",
		"Builds engines.",
		"Lead Programmer\tJan 1843 – Present",
		"First paragraph.", "Second paragraph.",
		"Wrote Note G", "Read the paper",
		"Skills: Bernoulli numbers, Punch cards",
		"Programmer, Turin\tMar 1842 – Dec 1842",
		"Translator @ Royal Society\t1840 – 1841",
		"Mathematics (Private tuition) — Home Schooling\t1828 – 1835",
		"Score: Excellent", "Courses: Algebra, Geometry",
		"Mathematics (Master): Calculus, Algebra", "Poetry",
		"Difference Engine, Babbage\t1833", "Analyst", "A calculator.", "Tables", "Keywords: Brass", "https://example.com/de",
		"Tutor, Ladies' Society\t1830", "Taught.", "Arithmetic",
		"Honour, Society\tMay 1850", "For notes.",
		"Certified Analyst, Academy\tFeb 1845", "https://example.com/cert",
		"Sketch of the Analytical Engine, Taylor\tAug 1843", "With notes.",
		"English: Native", "French: Fluent",
		"Horses: Racing, Betting",
		"Charles Babbage", "The enchantress of numbers.",
	} {
		if !slices.Contains(body, line) {
			t.Errorf("no paragraph %q", line)
		}
	}
	if sub := byStyle(ps, "Subtitle"); len(sub) != 1 || sub[0].Text != "Analytical Engineer" {
		t.Errorf("Subtitle paragraphs = %q, want the label", texts(sub))
	}
	if got := len(byStyle(ps, "ListBullet")); got != 5 {
		t.Errorf("%d bullets, want 5", got)
	}
}

func TestHyperlinks(t *testing.T) {
	r := &resume.Resume{Basics: resume.Basics{Name: "L", Email: "l@example.com", URL: "example.org/my page",
		Profiles: []resume.Profile{{Network: "X", URL: "javascript:alert(1)"}}}}
	r.Work = []resume.Employer{{Name: "Co", Roles: []resume.Role{{Position: "P", Highlights: []string{
		"See [**the** docs](https://example.com/a?q=\"x\"&y=<z>) and <https://example.com/auto>, again [docs](https://example.com/a?q=\"x\"&y=<z>).",
	}}}}}
	_, files := parts(t, write(t, r, docx.Options{}))
	ps := paragraphs(t, files["word/document.xml"])
	rels := map[string]rel{}
	for _, rl := range relationships(t, files["word/_rels/document.xml.rels"]) {
		rels[rl.ID] = rl
	}
	target := func(id string) string {
		rl, ok := rels[id]
		if !ok {
			t.Fatalf("hyperlink r:id %q has no relationship", id)
		}
		if rl.Mode != "External" || !strings.HasSuffix(rl.Type, "/hyperlink") {
			t.Errorf("relationship %s = %+v, want an external hyperlink", id, rl)
		}
		return rl.Target
	}
	contact := ps[1]
	if contact.Text != "l@example.com | example.org/my page | javascript:alert(1)" {
		t.Errorf("contact line = %q", contact.Text)
	}
	if len(contact.Links) != 2 || target(contact.Links[0]) != "mailto:l@example.com" || target(contact.Links[1]) != "https://example.org/my%20page" {
		t.Errorf("contact links = %q, want mailto and https (and no javascript: link)", contact.Links)
	}
	hl := byStyle(ps, "ListBullet")[0]
	if hl.Text != "See the docs and https://example.com/auto, again docs." {
		t.Errorf("highlight text = %q", hl.Text)
	}
	if len(hl.Links) != 3 {
		t.Fatalf("highlight has %d hyperlinks, want 3 (a bold+plain link is one w:hyperlink)", len(hl.Links))
	}
	if hl.LinkT[0] != "the docs" || !slices.Contains(hl.Bold, "the") {
		t.Errorf("first link text %q bold %q", hl.LinkT[0], hl.Bold)
	}
	if got := target(hl.Links[0]); got != "https://example.com/a?q=%22x%22&y=%3Cz%3E" {
		t.Errorf("link target = %q, want it percent-encoded", got)
	}
	if hl.Links[0] != hl.Links[2] {
		t.Errorf("the same URL got two relationships: %q", hl.Links)
	}
	if got := target(hl.Links[1]); got != "https://example.com/auto" {
		t.Errorf("autolink target = %q", got)
	}
}

func TestEmptySectionsHaveNoHeading(t *testing.T) {
	r := &resume.Resume{
		Basics:     resume.Basics{Name: "Only Name", Summary: " \n\n \t"},
		Work:       []resume.Employer{{Roles: []resume.Role{{}, {Highlights: []string{"", "  "}}}}},
		Education:  []resume.Education{{}},
		Skills:     []resume.Skill{{Keywords: []string{""}}},
		Projects:   []resume.Project{{}},
		Volunteer:  []resume.Volunteer{{}},
		Awards:     []resume.Award{{}},
		Languages:  []resume.Language{{}},
		Interests:  []resume.Interest{{}},
		References: []resume.Reference{{Reference: "\n"}},
	}
	_, files := parts(t, write(t, r, docx.Options{}))
	ps := paragraphs(t, files["word/document.xml"])
	if len(ps) != 1 || ps[0].Style != "Title" || ps[0].Text != "Only Name" {
		t.Errorf("paragraphs = %+v, want only the Title", ps)
	}
}

func TestOnlyNameAndEmpty(t *testing.T) {
	for _, r := range []*resume.Resume{{Basics: resume.Basics{Name: "Only Name"}}, {}} {
		_, files := parts(t, write(t, r, docx.Options{}))
		ps := paragraphs(t, files["word/document.xml"])
		if len(ps) == 0 {
			t.Fatalf("no paragraph: Word wants at least one")
		}
		if len(byStyle(ps, "Heading1")) != 0 {
			t.Errorf("headings in an empty resume: %+v", ps)
		}
		if r.Basics.Name != "" && ps[0].Text != r.Basics.Name {
			t.Errorf("title = %q", ps[0].Text)
		}
		if err := wellFormed(files["docProps/core.xml"]); err != nil {
			t.Error(err)
		}
	}
}

func TestBadCharacters(t *testing.T) {
	r := &resume.Resume{Basics: resume.Basics{
		Name:    "A\x00d\x01a\x1f \uFFFE\uFFFFLove\x7flace",
		Label:   "bad \xff\xfe utf8 \xed\xa0\x80",
		Summary: "keep: é ß Жизнь עברית 🚀 \u200b\u2028 & < > \" ' ]]>",
	}}
	r.Work = []resume.Employer{{Name: "Co\tTab\nNew", Roles: []resume.Role{{Position: "P\r\nQ"}}}}
	_, files := parts(t, write(t, r, docx.Options{}))
	for name, data := range files {
		if err := wellFormed(data); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	ps := paragraphs(t, files["word/document.xml"])
	if ps[0].Text != "Ada Love\x7flace" {
		t.Errorf("name = %q, want the forbidden characters dropped", ps[0].Text)
	}
	if ps[1].Text != "bad \uFFFD\uFFFD utf8 \uFFFD\uFFFD\uFFFD" {
		t.Errorf("label = %q, want each invalid byte as U+FFFD", ps[1].Text)
	}
	if !slices.Contains(texts(ps), "keep: é ß Жизнь עברית 🚀 \u200b\u2028 & < > \" ' ]]>") {
		t.Errorf("Unicode or escaped characters lost: %q", texts(ps))
	}
	if !slices.Contains(texts(ps), "P  Q @ Co Tab New") {
		t.Errorf("tabs and newlines in fields should become spaces: %q", texts(ps))
	}
	// core.xml carries the cleaned name too.
	if !bytes.Contains(files["docProps/core.xml"], []byte("<dc:creator>Ada Love\x7flace</dc:creator>")) {
		t.Errorf("core.xml creator not cleaned: %s", files["docProps/core.xml"])
	}
}

func TestLongTextIsKept(t *testing.T) {
	long := strings.Repeat("word ", 2000) + strings.Repeat("x", 10000)
	r := &resume.Resume{Work: []resume.Employer{{Name: "Co", Roles: []resume.Role{{Position: "P", Highlights: []string{long}}}}}}
	_, files := parts(t, write(t, r, docx.Options{}))
	ps := byStyle(paragraphs(t, files["word/document.xml"]), "ListBullet")
	if len(ps) != 1 || ps[0].Text != strings.TrimSpace(long) {
		t.Errorf("long highlight not kept whole")
	}
}

func TestLabelsAndDates(t *testing.T) {
	r := fullResume()
	_, files := parts(t, write(t, r, docx.Options{Options: style.Options{Language: "de", DateFormat: "01.2006"}}))
	ps := paragraphs(t, files["word/document.xml"])
	if got := texts(byStyle(ps, "Heading1"))[1]; got != "Berufserfahrung" {
		t.Errorf("German work heading = %q", got)
	}
	body := texts(ps)
	for _, want := range []string{"Lead Programmer\t01.1843 – heute", "Programmer, Turin\t03.1842 – 12.1842", "Kenntnisse: Bernoulli numbers, Punch cards"} {
		if !slices.Contains(body, want) {
			t.Errorf("no paragraph %q", want)
		}
	}
	if !bytes.Contains(files["word/styles.xml"], []byte(`<w:lang w:val="de-DE"/>`)) {
		t.Errorf("styles.xml does not set German as the text language")
	}
	_, files = parts(t, write(t, r, docx.Options{Options: style.Options{Present: "now", Labels: &style.Labels{Work: "Jobs"}}}))
	ps = paragraphs(t, files["word/document.xml"])
	if !slices.Contains(texts(byStyle(ps, "Heading1")), "Jobs") || !slices.Contains(texts(ps), "Lead Programmer\tJan 1843 – now") {
		t.Errorf("custom labels or present word not used: %q", texts(ps))
	}
	// Labels left empty fall back to the shipped set, never a blank heading.
	if h := texts(byStyle(ps, "Heading1")); !slices.Equal(h[:3], []string{"Summary", "Jobs", "Education"}) ||
		!slices.Contains(texts(ps), "Skills: Bernoulli numbers, Punch cards") {
		t.Errorf("empty custom labels: headings %q", h)
	}
}

func TestOrderAndEmployerRange(t *testing.T) {
	r := fullResume()
	opts := docx.Options{Options: style.Options{Order: []style.Section{style.Skills, style.Work, style.Skills}}, HideEmployerRange: true}
	_, files := parts(t, write(t, r, opts))
	ps := paragraphs(t, files["word/document.xml"])
	if got := texts(byStyle(ps, "Heading1")); !slices.Equal(got, []string{"Skills", "Work Experience"}) {
		t.Errorf("headings = %q, want Skills then Work Experience, once each", got)
	}
	if !slices.Contains(texts(ps), "Analytical Engines Ltd, London") {
		t.Errorf("employer line should have no range with HideEmployerRange: %q", texts(byStyle(ps, "Heading2")))
	}
}

func TestPageGeometry(t *testing.T) {
	_, files := parts(t, write(t, fullResume(), docx.Options{Options: style.Options{
		PageSize: style.Letter, Margins: style.Margins{Top: 36, Right: 72, Bottom: 36, Left: 72},
		FontFamily: "Arial", FontSize: 11, Accent: "aa0000"}}))
	doc, st := string(files["word/document.xml"]), string(files["word/styles.xml"])
	for _, want := range []string{`<w:pgSz w:w="12240" w:h="15840"/>`, `<w:pgMar w:top="720" w:right="1440" w:bottom="720" w:left="1440"`} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	for _, want := range []string{`w:pos="9360"`, `w:ascii="Arial"`, `<w:sz w:val="22"/>`, `w:color="aa0000"`} {
		if !strings.Contains(st, want) {
			t.Errorf("styles.xml lacks %s", want)
		}
	}
}

func TestOptionErrors(t *testing.T) {
	for _, o := range []style.Options{
		{Accent: "blue"},
		{Accent: "12345G"},
		{FontSize: 1000},
		{FontSize: 2},
		{Accent: "FFFFFF"},
		{Accent: "f0f0f0"},
		{Margins: style.Margins{Left: -1, Right: 1, Top: 1, Bottom: 1}},
		{Margins: style.Margins{Left: 300, Right: 300, Top: 1, Bottom: 1}},
		{PageSize: 7},
		{Order: []style.Section{style.Work, "hobbies"}},
	} {
		err := docx.Write(io.Discard, fullResume(), docx.Options{Options: o})
		var oe *docx.OptionError
		if !errors.Is(err, docx.ErrOptions) || !errors.As(err, &oe) || oe.Field == "" || oe.Reason == "" {
			t.Errorf("options %+v: err = %v, want an *OptionError naming the field", o, err)
		}
	}
	if err := docx.Write(io.Discard, nil, docx.Options{}); !errors.Is(err, docx.ErrNilResume) {
		t.Errorf("nil resume: err = %v", err)
	}
}

type failWriter struct{ n int }

var errDisk = errors.New("disk full")

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n -= len(p); f.n < 0 {
		return 0, errDisk
	}
	return len(p), nil
}

func TestWriterError(t *testing.T) {
	for _, n := range []int{0, 100, 5000} {
		if err := docx.Write(&failWriter{n: n}, exampleResume(t), docx.Options{}); !errors.Is(err, errDisk) {
			t.Errorf("after %d bytes: err = %v, want it to wrap the writer's error", n, err)
		}
	}
}

func TestCoreProperties(t *testing.T) {
	created := time.Date(2024, 3, 5, 6, 7, 8, 0, time.FixedZone("CET", 3600))
	_, files := parts(t, write(t, fullResume(), docx.Options{Options: style.Options{Created: created}}))
	var core struct {
		Title    string `xml:"title"`
		Subject  string `xml:"subject"`
		Creator  string `xml:"creator"`
		Keywords string `xml:"keywords"`
		Created  string `xml:"created"`
		Modified string `xml:"modified"`
	}
	if err := xml.Unmarshal(files["docProps/core.xml"], &core); err != nil {
		t.Fatal(err)
	}
	want := "Ada Lovelace"
	if core.Title != want || core.Creator != want || core.Subject != "Analytical Engineer" {
		t.Errorf("core title/creator/subject = %q/%q/%q", core.Title, core.Creator, core.Subject)
	}
	if core.Keywords != "Calculus, Algebra, Poetry, Bernoulli numbers, Punch cards" {
		t.Errorf("keywords = %q", core.Keywords)
	}
	if core.Created != "2024-03-05T05:07:08Z" || core.Modified != core.Created {
		t.Errorf("created/modified = %q/%q, want Options.Created in UTC", core.Created, core.Modified)
	}
	_, files = parts(t, write(t, &resume.Resume{}, docx.Options{}))
	if !bytes.Contains(files["docProps/core.xml"], []byte("2000-01-01T00:00:00Z")) {
		t.Errorf("zero Created should write 2000-01-01: %s", files["docProps/core.xml"])
	}
}

func TestNamelessEmployer(t *testing.T) {
	r := &resume.Resume{Work: []resume.Employer{{Roles: []resume.Role{
		{Position: "A", StartDate: resume.YearOnly(2020)},
		{Position: "B", StartDate: resume.YearOnly(2019), Location: "Paris"},
	}}}}
	_, files := parts(t, write(t, r, docx.Options{}))
	ps := paragraphs(t, files["word/document.xml"])
	if got := texts(byStyle(ps, "Heading2")); !slices.Equal(got, []string{"A\t2020", "B\t2019"}) {
		t.Errorf("entry lines = %q, want one per role and no empty employer line", got)
	}
}

func TestZipTimestamps(t *testing.T) {
	for _, c := range []time.Time{{}, time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)} {
		data := write(t, &resume.Resume{}, docx.Options{Options: style.Options{Created: c}})
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if y := f.Modified.Year(); y < 1980 || y > 2107 {
				t.Errorf("Created %v: %s has zip time %v", c, f.Name, f.Modified)
			}
		}
	}
}

// TestManyLinksAndSkills writes thousands of distinct links and skills:
// the writer must stay linear (this test would take minutes otherwise).
func TestManyLinksAndSkills(t *testing.T) {
	var hl strings.Builder
	var skills []string
	for i := range 20000 {
		fmt.Fprintf(&hl, "<https://example.com/%d> ", i)
		skills = append(skills, fmt.Sprintf("Skill%d", i))
	}
	r := &resume.Resume{Skills: []resume.Skill{{Name: "Many", Keywords: skills}},
		Work: []resume.Employer{{Name: "Co", Roles: []resume.Role{{Position: "P", Highlights: []string{hl.String()}}}}}}
	_, files := parts(t, write(t, r, docx.Options{}))
	if n := len(relationships(t, files["word/_rels/document.xml.rels"])); n != 20003 {
		t.Errorf("%d relationships, want 20003", n)
	}
}

// TestPageNumberFooter: with PageNumbers, a footer part holds the PAGE
// and NUMPAGES fields and the section references it; without, there is
// no footer.
func TestPageNumberFooter(t *testing.T) {
	for _, c := range []struct {
		lang, text string
	}{{"", ">Page </w:t>"}, {"de", "> / </w:t>"}} {
		_, files := parts(t, write(t, exampleResume(t), docx.Options{Options: style.Options{PageNumbers: true, Language: c.lang}}))
		ftr := string(files["word/footer1.xml"])
		for _, want := range []string{c.text, `w:instr=" PAGE "`, `w:instr=" NUMPAGES "`} {
			if !strings.Contains(ftr, want) {
				t.Errorf("lang %q: footer1.xml lacks %q:\n%s", c.lang, want, ftr)
			}
		}
		if !strings.Contains(string(files["word/document.xml"]), `<w:footerReference w:type="default" r:id="rIdFooter"/>`) ||
			!strings.Contains(string(files["word/_rels/document.xml.rels"]), `Target="footer1.xml"`) ||
			!strings.Contains(string(files["[Content_Types].xml"]), `/word/footer1.xml`) {
			t.Errorf("lang %q: the footer is not referenced", c.lang)
		}
	}
	names, files := parts(t, write(t, exampleResume(t), docx.Options{}))
	if slices.Contains(names, "word/footer1.xml") || strings.Contains(string(files["word/document.xml"]), "footerReference") {
		t.Error("a footer without PageNumbers")
	}
}

// An employer's, school's or organisation's URL is a link on its name on
// the entry line, as the PDF, Markdown and HTML writers make it, not a line
// under it where a reader looks for the place and dates ("2024-06-07"
// typed as a URL read as a date). A URL no name can carry (no name, or a
// scheme no link may use) stays a line of its own: nothing is left out.
func TestEntryNameLinks(t *testing.T) {
	r := &resume.Resume{Basics: resume.Basics{Name: "L"}}
	r.Work = []resume.Employer{
		{Name: "Acme", URL: "https://acme.example", Roles: []resume.Role{{Position: "Engineer", StartDate: resume.YearOnly(2020)}}},
		{Name: "Lone Co", URL: "2024-06-07", Roles: []resume.Role{{StartDate: resume.YearOnly(2019)}}},
		{Name: "Two Roles", URL: "tworoles.example", Location: "Oslo", Roles: []resume.Role{{Position: "A"}, {Position: "B"}}},
		{Name: "Bad", URL: "javascript:alert(1)", Roles: []resume.Role{{Position: "C"}}},
		{URL: "https://nameless.example", Roles: []resume.Role{{Position: "D"}}},
	}
	r.Education = []resume.Education{{Institution: "Uni", URL: "uni.example", Area: "Maths"}}
	r.Volunteer = []resume.Volunteer{{Organization: "Club", Position: "Chair", URL: "club.example"}}
	_, files := parts(t, write(t, r, docx.Options{}))
	ps := paragraphs(t, files["word/document.xml"])
	var linked []string
	for _, p := range ps {
		if p.Style == "Heading2" || p.Style == "Heading3" {
			linked = append(linked, p.LinkT...)
		}
	}
	if want := []string{"Acme", "Lone Co", "Two Roles", "Uni", "Club"}; !slices.Equal(linked, want) {
		t.Errorf("linked names = %q, want %q", linked, want)
	}
	text := texts(ps)
	for _, u := range []string{"https://acme.example", "2024-06-07", "tworoles.example", "uni.example", "club.example"} {
		if slices.Contains(text, u) {
			t.Errorf("URL %q printed on a line of its own, want it as the name's link", u)
		}
	}
	for _, u := range []string{"javascript:alert(1)", "https://nameless.example"} {
		if !slices.Contains(text, u) {
			t.Errorf("URL %q left out; want it on a line of its own (lines: %q)", u, text)
		}
	}
	h2 := texts(byStyle(ps, "Heading2"))
	for _, want := range []string{"Engineer @ Acme\t2020", "@ Lone Co\t2019", "Two Roles, Oslo", "Maths — Uni", "Chair, Club"} {
		if !slices.Contains(h2, want) {
			t.Errorf("entry lines %q lack %q", h2, want)
		}
	}
}
