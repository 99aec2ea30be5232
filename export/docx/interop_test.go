package docx_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/resumekit/resumekit/export/docx"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/interop"
	"github.com/resumekit/resumekit/resume"
)

// The interop tests open our files with other programs: LibreOffice (and
// poppler's pdftotext on its PDF), python-docx and pandoc. They skip when a
// tool is missing and fail instead under RESUMEKIT_INTEROP=1.

// jsonResumeDir holds the JSON Resume sample files shared by the team.
const jsonResumeDir = "../../../shared/jsonresume"

// interopDoc is one resume written to a .docx file for the outside tools.
type interopDoc struct {
	name string
	r    *resume.Resume
	path string
	ps   []para // what our own reader sees, to compare with theirs
	// pageNumbers: written with a page number footer
	pageNumbers bool
}

// interopDocs writes the example CV, every shared JSON Resume file and the
// stress resume into dir.
func interopDocs(t *testing.T, dir string) []interopDoc {
	t.Helper()
	rs := []struct {
		name string
		r    *resume.Resume
		opts docx.Options
	}{{"example", exampleResume(t), docx.Options{Options: style.Options{PageNumbers: true}}}, {"stress", stressResume(), docx.Options{}}}
	for _, th := range style.Themes[1:] {
		rs = append(rs, struct {
			name string
			r    *resume.Resume
			opts docx.Options
		}{"example-" + th, exampleResume(t), docx.Options{Options: style.Options{Theme: th}}})
	}
	files, _ := filepath.Glob(filepath.Join(jsonResumeDir, "*.json"))
	more, _ := filepath.Glob(filepath.Join(jsonResumeDir, "examples", "*.json"))
	files = append(files, more...)
	for _, f := range files {
		if filepath.Base(f) == "schema.json" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := resume.Decode(data, f, resume.LoadOptions{Lenient: true})
		if err != nil {
			t.Fatalf("decode %s: %v", f, err)
		}
		rs = append(rs, struct {
			name string
			r    *resume.Resume
			opts docx.Options
		}{strings.TrimSuffix(filepath.Base(f), ".json"), r, docx.Options{}})
	}
	if len(files) == 0 {
		// ../shared sits beside the repository; a plain clone has none
		interop.SkipShared(t, "no JSON Resume files in "+jsonResumeDir+": only the example and stress resumes")
	}
	var docs []interopDoc
	for _, x := range rs {
		data := write(t, x.r, x.opts)
		p := filepath.Join(dir, x.name+".docx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, parts := parts(t, data)
		docs = append(docs, interopDoc{name: x.name, r: x.r, path: p, ps: paragraphs(t, parts["word/document.xml"]), pageNumbers: x.opts.PageNumbers})
	}
	return docs
}

// stressResume has 30 roles, long highlights, accents, Cyrillic, XML
// specials and emoji.
func stressResume() *resume.Resume {
	r := &resume.Resume{Basics: resume.Basics{
		Name: "Zoë Ñúñez-Łukasiewicz", Label: "Инженер & <Architect>", Email: "zoe@example.com",
		Summary: `Builds "systems" & <tools> for 🚀 launches. Ελληνικά, Русский, Français.`,
	}}
	words := []string{"Développeur", "Инженер", `Lead "A&B" <Ops>`, "Straße-Planer", "Data ✓ Engineer", "Ingénieur Système"}
	companies := []string{"Société Générale", "Яндекс", `Smith & Sons "Ltd" <Co>`, "Müller GmbH", "Café 😀 Labs"}
	role := 0
	for e := 0; e < 12; e++ {
		emp := resume.Employer{Name: fmt.Sprintf("%s %d", companies[e%len(companies)], e), Location: "Zürich, Schweiz"}
		n := 1 + e%4
		for j := 0; j < n && role < 30; j++ {
			y := 2024 - role
			ro := resume.Role{
				Position:  fmt.Sprintf("%s %d", words[role%len(words)], role),
				StartDate: resume.YearMonth(y-1, 1+role%12),
				EndDate:   resume.YearMonth(y, 1+(role+5)%12),
				Summary:   "Résumé: façade, naïve, coöperate; Москва — Санкт-Петербург.\n\nSecond paragraph with **bold** & *italic* < > \" '.",
				Highlights: []string{
					strings.Repeat("Long highlight with accents é à ü and Кириллица and 😀 emoji. ", 40),
					"Short & <sharp> \"quoted\" [link](https://example.com/x?a=1&b=2).",
				},
				Skills: []string{"Go", "Kubernetes", "Ελληνικά"},
			}
			if role == 0 {
				ro.EndDate = resume.Present
			}
			emp.Roles = append(emp.Roles, ro)
			role++
		}
		r.Work = append(r.Work, emp)
	}
	r.Education = []resume.Education{{Institution: "Université Paris-Saclay", Area: "Informatique", StudyType: "Master",
		StartDate: resume.YearOnly(2000), EndDate: resume.YearOnly(2002)}}
	r.Skills = []resume.Skill{{Name: "Языки", Keywords: []string{"Go", "Rust", "C++"}}}
	return r
}

// mustSee lists what a reader must find in the document: the name, every
// company, position and entry title, and every date range as formatted.
func mustSee(r *resume.Resume) []string {
	res := style.Options{}.Resolve()
	out := []string{r.Basics.Name}
	add := func(ss ...string) {
		for _, s := range ss {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	for _, e := range r.Work {
		add(e.Name)
		for _, ro := range e.Roles {
			add(ro.Position, res.Range(ro.StartDate, ro.EndDate))
		}
	}
	for _, e := range r.Education {
		add(e.Institution, e.Area, res.Range(e.StartDate, e.EndDate))
	}
	for _, p := range r.Projects {
		add(p.Name, res.Range(p.StartDate, p.EndDate))
	}
	for _, v := range r.Volunteer {
		add(v.Organization, v.Position, res.Range(v.StartDate, v.EndDate))
	}
	for _, a := range r.Awards {
		add(a.Title, res.Date(a.Date))
	}
	for _, c := range r.Certificates {
		add(c.Name, res.Date(c.Date))
	}
	for _, p := range r.Publications {
		add(p.Name, res.Date(p.ReleaseDate))
	}
	return out
}

// command prepares an outside program that is killed after timeout, so a
// hung converter fails the test instead of stalling the run.
func command(t *testing.T, timeout time.Duration, name string, args ...string) *exec.Cmd {
	ctx, cancel := context.WithTimeout(t.Context(), timeout)
	t.Cleanup(cancel)
	return exec.CommandContext(ctx, name, args...)
}

// squash removes all white space, so that line wrapping and the layout
// tab do not matter when looking for a string in extracted text.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func TestInteropLibreOfficePDF(t *testing.T) {
	t.Parallel()
	interop.Require(t, "soffice", "pdftotext")
	dir := t.TempDir()
	docs := interopDocs(t, dir)
	args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "pdf", "--outdir", filepath.Join(dir, "pdf")}
	for _, d := range docs {
		args = append(args, d.path)
	}
	// One soffice run converts every file: starting LibreOffice is the slow part.
	if out, err := command(t, 3*time.Minute, "soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			pdf := filepath.Join(dir, "pdf", d.name+".pdf")
			out, err := command(t, time.Minute, "pdftotext", "-enc", "UTF-8", pdf, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext %s: %v (did LibreOffice convert it?)", pdf, err)
			}
			if d.pageNumbers && !strings.Contains(string(out), "Page 2 of ") {
				t.Errorf("no page number footer (\"Page 2 of N\") in LibreOffice's PDF")
			}
			text := squash(string(out))
			for _, want := range mustSee(d.r) {
				if !strings.Contains(text, squash(want)) {
					t.Errorf("PDF text lacks %q", want)
				}
			}
			for _, h := range headings(d.r) {
				if !strings.Contains(text, squash(h)) {
					t.Errorf("PDF text lacks the heading %q", h)
				}
			}
		})
	}
}

const pyDump = `
import json, sys, docx
out = {}
for path in sys.argv[1:]:
    d = docx.Document(path)
    out[path] = [[p.style.name, p.text] for p in d.paragraphs]
print(json.dumps(out))
`

func TestInteropPythonDocx(t *testing.T) {
	t.Parallel()
	py := interop.RequirePython(t, "docx")
	docs := interopDocs(t, t.TempDir())
	args := []string{"-c", pyDump}
	for _, d := range docs {
		args = append(args, d.path)
	}
	out, err := command(t, 2*time.Minute, py, args...).Output()
	if err != nil {
		t.Fatalf("python-docx: %v", err)
	}
	var got map[string][][2]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("python output: %v\n%s", err, out)
	}
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			ps := got[d.path]
			if len(ps) != len(d.ps) {
				t.Fatalf("python-docx sees %d paragraphs, we wrote %d", len(ps), len(d.ps))
			}
			styleNames := map[string]string{"": "Normal", "Title": "Title", "Subtitle": "Subtitle", "Heading1": "Heading 1",
				"Heading2": "Heading 2", "Heading3": "Heading 3", "ListBullet": "List Bullet"}
			for i, p := range ps {
				if want := styleNames[d.ps[i].Style]; p[0] != want {
					t.Errorf("paragraph %d %q: style %q, want %q", i, p[1], p[0], want)
				}
				// python-docx 0.8 leaves hyperlink text out of paragraph.text.
				if len(d.ps[i].Links) == 0 && p[1] != d.ps[i].Text {
					t.Errorf("paragraph %d: text %q, want %q", i, p[1], d.ps[i].Text)
				}
			}
			if d.r.Basics.Name != "" && (ps[0][0] != "Title" || ps[0][1] != d.r.Basics.Name) {
				t.Errorf("first paragraph = %q, want the name as Title", ps[0])
			}
			count := map[string]int{}
			for _, p := range ps {
				count[p[0]]++
			}
			if count["Heading 1"] == 0 || (d.r.Roles() > 0 && count["Heading 2"] == 0) {
				t.Errorf("styles seen: %v, want Heading 1 and Heading 2", count)
			}
			if hl := highlights(d.r); count["List Bullet"] != hl {
				t.Errorf("%d List Bullet paragraphs, want %d, one per highlight", count["List Bullet"], hl)
			}
			var h1 []string
			for _, p := range ps {
				if p[0] == "Heading 1" {
					h1 = append(h1, p[1])
				}
			}
			if want := headings(d.r); !slices.Equal(h1, want) {
				t.Errorf("Heading 1 paragraphs = %q, want %q", h1, want)
			}
		})
	}
}

// highlights counts the non-blank highlights of work, volunteering and
// projects: the list items a reader must see.
func highlights(r *resume.Resume) int {
	n := 0
	count := func(hs []string) {
		for _, h := range hs {
			if strings.TrimSpace(h) != "" {
				n++
			}
		}
	}
	for _, e := range r.Work {
		for _, ro := range e.Roles {
			count(ro.Highlights)
		}
	}
	for _, v := range r.Volunteer {
		count(v.Highlights)
	}
	for _, p := range r.Projects {
		count(p.Highlights)
	}
	return n
}

// headings returns the English headings of the sections r fills, in the
// default order, computed from the resume alone.
func headings(r *resume.Resume) []string {
	l := style.LabelSets["en"]
	var out []string
	for _, s := range []struct {
		label string
		n     int
	}{
		{l.Summary, len(strings.TrimSpace(r.Basics.Summary))}, {l.Work, len(r.Work)}, {l.Education, len(r.Education)},
		{l.Skills, len(r.Skills)}, {l.Projects, len(r.Projects)}, {l.Volunteer, len(r.Volunteer)},
		{l.Awards, len(r.Awards)}, {l.Certificates, len(r.Certificates)}, {l.Publications, len(r.Publications)},
		{l.Languages, len(r.Languages)}, {l.Interests, len(r.Interests)}, {l.References, len(r.References)},
	} {
		if s.n > 0 {
			out = append(out, s.label)
		}
	}
	return out
}

func TestInteropPandoc(t *testing.T) {
	t.Parallel()
	interop.Require(t, "pandoc")
	for _, d := range interopDocs(t, t.TempDir()) {
		t.Run(d.name, func(t *testing.T) {
			out, err := command(t, time.Minute, "pandoc", "-f", "docx", "-t", "json", d.path).Output()
			if err != nil {
				t.Fatalf("pandoc: %v", err)
			}
			var doc struct {
				Blocks []json.RawMessage `json:"blocks"`
			}
			if err := json.Unmarshal(out, &doc); err != nil {
				t.Fatalf("pandoc json: %v", err)
			}
			var got []string
			items := 0
			walkBlocks(t, doc.Blocks, func(kind string, c json.RawMessage) {
				switch kind {
				case "Header":
					var h []json.RawMessage
					if json.Unmarshal(c, &h) == nil && len(h) == 3 && string(h[0]) == "1" {
						got = append(got, stringify(h[2]))
					}
				case "BulletList":
					var li []json.RawMessage
					if json.Unmarshal(c, &li) == nil {
						items += len(li)
					}
				}
			})
			if want := headings(d.r); !slices.Equal(got, want) {
				t.Errorf("pandoc level-1 headings = %q, want %q", got, want)
			}
			if want := highlights(d.r); items != want {
				t.Errorf("pandoc sees %d bullet list items, want %d", items, want)
			}
		})
	}
}

// walkBlocks calls fn for every block of a pandoc JSON AST, depth first.
func walkBlocks(t *testing.T, blocks []json.RawMessage, fn func(kind string, c json.RawMessage)) {
	for _, b := range blocks {
		var el struct {
			T string          `json:"t"`
			C json.RawMessage `json:"c"`
		}
		if err := json.Unmarshal(b, &el); err != nil {
			t.Fatalf("pandoc block: %v", err)
		}
		fn(el.T, el.C)
		switch el.T {
		case "BulletList", "OrderedList":
			var items [][]json.RawMessage
			c := el.C
			if el.T == "OrderedList" {
				var pair []json.RawMessage
				json.Unmarshal(c, &pair)
				if len(pair) == 2 {
					c = pair[1]
				}
			}
			json.Unmarshal(c, &items)
			for _, it := range items {
				walkBlocks(t, it, fn)
			}
		case "BlockQuote", "Div":
			var inner []json.RawMessage
			if el.T == "Div" {
				var pair []json.RawMessage
				json.Unmarshal(el.C, &pair)
				if len(pair) == 2 {
					json.Unmarshal(pair[1], &inner)
				}
			} else {
				json.Unmarshal(el.C, &inner)
			}
			walkBlocks(t, inner, fn)
		}
	}
}

// stringify returns the plain text of pandoc inlines.
func stringify(raw json.RawMessage) string {
	var inl []struct {
		T string          `json:"t"`
		C json.RawMessage `json:"c"`
	}
	if json.Unmarshal(raw, &inl) != nil {
		return ""
	}
	var b strings.Builder
	for _, i := range inl {
		switch i.T {
		case "Str":
			var s string
			json.Unmarshal(i.C, &s)
			b.WriteString(s)
		case "Space", "SoftBreak", "LineBreak":
			b.WriteByte(' ')
		case "Strong", "Emph", "Underline", "SmallCaps", "Strikeout":
			b.WriteString(stringify(i.C))
		case "Span", "Link":
			var parts []json.RawMessage
			json.Unmarshal(i.C, &parts)
			if len(parts) >= 2 {
				b.WriteString(stringify(parts[1]))
			}
		}
	}
	return b.String()
}
