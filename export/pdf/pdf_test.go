package pdf

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// droidFallback is Debian's fonts-droid-fallback CJK font, used when present.
const droidFallback = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"

// write runs Write and fails the test on error.
func write(t testing.TB, r *resume.Resume, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, r, opts); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// pages extracts the plain text of each page with ledongthuc/pdf, the
// library the ATS side reads PDFs with. It recovers from its panics.
func pages(t testing.TB, data []byte) (out []string) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("ledongthuc/pdf panicked: %v", p)
		}
	}()
	rd, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("ledongthuc/pdf: %v", err)
	}
	n := rd.NumPage()
	if n < 1 || n > 10000 {
		t.Fatalf("ledongthuc/pdf: %d pages", n)
	}
	for i := 1; i <= n; i++ {
		s, err := rd.Page(i).GetPlainText(nil)
		if err != nil {
			t.Fatalf("ledongthuc/pdf page %d: %v", i, err)
		}
		out = append(out, s)
	}
	return out
}

// plainText is the text of all pages.
func plainText(t testing.TB, data []byte) string { return strings.Join(pages(t, data), "\n") }

// lines splits extracted text into its non-empty lines.
func lines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// token is a string the extracted text must hold, and where it comes from.
type token struct{ path, text string }

// tokens lists what an ATS must find: the name, every position, company
// and date range as the writer formats it, and every skill.
func tokens(r *resume.Resume, res style.Resolved) []token {
	var out []token
	add := func(path, s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, token{path, s})
		}
	}
	add("basics.name", r.Basics.Name)
	add("basics.label", r.Basics.Label)
	add("basics.email", r.Basics.Email)
	for i, e := range r.Work {
		p := fmt.Sprintf("work[%d]", i)
		add(p+".name", e.Name)
		for j, ro := range e.Roles {
			q := fmt.Sprintf("%s.roles[%d]", p, j)
			add(q+".position", ro.Position)
			add(q+".dates", res.Range(ro.StartDate, ro.EndDate))
			for k, s := range ro.Skills {
				add(fmt.Sprintf("%s.skills[%d]", q, k), s)
			}
		}
	}
	for i, ed := range r.Education {
		p := fmt.Sprintf("education[%d]", i)
		add(p+".institution", ed.Institution)
		add(p+".area", ed.Area)
		add(p+".studyType", ed.StudyType)
		add(p+".dates", res.Range(ed.StartDate, ed.EndDate))
	}
	for i, s := range r.Skills {
		add(fmt.Sprintf("skills[%d].name", i), s.Name)
		for j, k := range s.Keywords {
			add(fmt.Sprintf("skills[%d].keywords[%d]", i, j), k)
		}
	}
	for i, v := range r.Volunteer {
		add(fmt.Sprintf("volunteer[%d].organization", i), v.Organization)
		add(fmt.Sprintf("volunteer[%d].position", i), v.Position)
		add(fmt.Sprintf("volunteer[%d].dates", i), res.Range(v.StartDate, v.EndDate))
	}
	for i, p := range r.Projects {
		add(fmt.Sprintf("projects[%d].name", i), p.Name)
		add(fmt.Sprintf("projects[%d].dates", i), res.Range(p.StartDate, p.EndDate))
	}
	for i, a := range r.Awards {
		add(fmt.Sprintf("awards[%d].title", i), a.Title)
		add(fmt.Sprintf("awards[%d].date", i), res.Date(a.Date))
	}
	for i, c := range r.Certificates {
		add(fmt.Sprintf("certificates[%d].name", i), c.Name)
	}
	for i, l := range r.Languages {
		add(fmt.Sprintf("languages[%d].language", i), l.Language)
	}
	return out
}

// checkTokens fails for each token the text lacks.
func checkTokens(t *testing.T, text string, toks []token) {
	t.Helper()
	if len(toks) == 0 {
		t.Fatal("no tokens to check")
	}
	for _, tk := range toks {
		if !strings.Contains(text, tk.text) {
			t.Errorf("%s: extracted text lacks %q", tk.path, tk.text)
		}
	}
}

// checkRoleLines checks that each role's position and date range are on
// one extracted line, position first, with a space before the date.
func checkRoleLines(t *testing.T, text string, r *resume.Resume, res style.Resolved) {
	t.Helper()
	ls := lines(text)
	for i, e := range r.Work {
		for j, ro := range e.Roles {
			pos, dates := strings.TrimSpace(ro.Position), res.Range(ro.StartDate, ro.EndDate)
			if pos == "" || dates == "" {
				continue
			}
			found := false
			for _, l := range ls {
				p, d := strings.Index(l, pos), strings.LastIndex(l, " "+dates)
				if p >= 0 && d > p && strings.HasSuffix(l, dates) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("work[%d].roles[%d]: no line holds %q then %q", i, j, pos, dates)
			}
		}
	}
}

// checkSeparators fails for a line that ends or starts with the " | "
// separator, or ends with a role line's " @ " or " — " (a reference's
// attribution starts with a dash): a wrapped title or contact line must
// break between items.
func checkSeparators(t *testing.T, text string) {
	t.Helper()
	for _, l := range lines(text) {
		end := strings.TrimSpace(l)
		if strings.HasSuffix(end, "|") || strings.HasPrefix(l, "|") || strings.HasSuffix(end, " @") || strings.HasSuffix(end, " —") {
			t.Errorf("line with a dangling separator: %q", l)
		}
	}
}

func exampleCV(t testing.TB) *resume.Resume {
	t.Helper()
	r, err := examples.Resume()
	if err != nil {
		t.Fatalf("examples.Resume: %v", err)
	}
	return r
}

func TestExampleCV(t *testing.T) {
	r := exampleCV(t)
	for _, opts := range []Options{{}, {PageNumbers: true}, {Options: style.Options{DateFormat: "01.2006", PageSize: style.Letter}}} {
		data := write(t, r, opts)
		text := plainText(t, data)
		res := opts.Resolve()
		checkTokens(t, text, tokens(r, res))
		checkRoleLines(t, text, r, res)
	}
}

// jsonResumeFiles are the shared JSON Resume examples.
func jsonResumeFiles(t testing.TB) []string {
	t.Helper()
	files, _ := filepath.Glob("../../../shared/jsonresume/*.json")
	more, _ := filepath.Glob("../../../shared/jsonresume/examples/*.json")
	files = append(files, more...)
	var out []string
	for _, f := range files {
		if filepath.Base(f) != "schema.json" {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Skip("no JSON Resume files in ../shared/jsonresume")
	}
	return out
}

func TestJSONResumeFiles(t *testing.T) {
	for _, f := range jsonResumeFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r, err := resume.Decode(src, filepath.Base(f), resume.LoadOptions{})
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			data := write(t, r, Options{PageNumbers: true})
			text := plainText(t, data)
			res := Options{}.Resolve()
			checkTokens(t, text, tokens(r, res))
			checkRoleLines(t, text, r, res)
			checkSeparators(t, text)
		})
	}
}

// TestLongTitleLines checks title and contact lines too long for one line.
func TestLongTitleLines(t *testing.T) {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Long Contact", Email: "a.very.long.address.for.testing@example-company.example.com",
			Phone: "+1 (555) 123-4567", URL: "https://portfolio.example.com/with/a/long/path",
			Location: resume.Location{City: "San Francisco", Region: "California", CountryCode: "US"}},
		Work: []resume.Employer{{Name: "International Business Machines Corporation of America", Roles: []resume.Role{{
			Position: "Principal Distributed Systems Engineer, Storage Infrastructure", StartDate: resume.YearMonth(2019, 1), EndDate: resume.Present,
		}}}},
		Education: []resume.Education{{Institution: "Austin Community College of Central Texas", StudyType: "Associate of Applied Science", Area: "Business Administration", StartDate: resume.YearOnly(2012), EndDate: resume.YearOnly(2014)}},
	}
	text := plainText(t, write(t, r, Options{}))
	checkSeparators(t, text)
	for _, want := range []string{
		// a title line too long for one line: its dates after the last part
		"Principal Distributed Systems Engineer, Storage Infrastructure\n",
		"International Business Machines Corporation of America Jan 2019 – Present",
		"Business Administration (Associate of Applied Science)\n",
		"Austin Community College of Central Texas 2012 – 2014",
		"a.very.long.address.for.testing@example-company.example.com",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks the line part %q:\n%s", want, text)
		}
	}
}

// TestWrappedTitleKeepsDates checks that a title too long for one line
// reads whole before its dates: the dates go where the title ends, not
// inside it.
func TestWrappedTitleKeepsDates(t *testing.T) {
	name := "Implementation of an interface between the court records system and the national registry of persons"
	r := &resume.Resume{Projects: []resume.Project{{Name: name, StartDate: resume.YearOnly(2019), EndDate: resume.YearOnly(2021)}}}
	text := strings.Join(strings.Fields(plainText(t, write(t, r, Options{}))), " ")
	if !strings.Contains(text, name+" 2019 – 2021") {
		t.Errorf("want the whole title, then its dates, in:\n%s", text)
	}
}

// scripts is a resume in Latin with accents, Greek and Cyrillic, with
// ampersands, dashes and inline markup.
func scripts() *resume.Resume {
	return &resume.Resume{
		Basics: resume.Basics{
			Name:    "José Ñúñez-Müller Ångström",
			Label:   "Ingénieur & Développeur — Œuvre",
			Email:   "jose@example.com",
			Summary: "Straße, façade, naïve, *cœur*, **Ελληνικά** and [Русский](https://example.com/ru).",
		},
		Work: []resume.Employer{
			{Name: "Ωμέγα Λτδ & Σία", Location: "Αθήνα", Roles: []resume.Role{{
				Position:   "Μηχανικός Λογισμικού",
				StartDate:  resume.YearMonth(2019, 3),
				EndDate:    resume.Present,
				Highlights: []string{"Ανάπτυξη **συστημάτων** – 50% ταχύτερα", "«Quotes» „Anführung“ ‘single’ … ½ € £ ¥ © ®"},
			}}},
			{Name: "ООО «Рога и Копыта»", Roles: []resume.Role{
				{Position: "Ведущий разработчик", StartDate: resume.YearMonth(2015, 1), EndDate: resume.YearMonth(2019, 2)},
				{Position: "Разработчик", StartDate: resume.YearOnly(2012), EndDate: resume.YearMonth(2014, 12)},
			}},
		},
		Skills: []resume.Skill{{Name: "Языки", Keywords: []string{"Go", "C++", "C#", "Ελληνικά", "Français"}}},
	}
}

func TestScripts(t *testing.T) {
	r := scripts()
	data := write(t, r, Options{})
	text := plainText(t, data)
	res := Options{}.Resolve()
	checkTokens(t, text, tokens(r, res))
	checkRoleLines(t, text, r, res)
	for _, want := range []string{
		"Straße, façade, naïve, cœur, Ελληνικά and Русский.",
		"• Ανάπτυξη συστημάτων – 50% ταχύτερα",
		"«Quotes» „Anführung“ ‘single’ … ½ € £ ¥ © ®",
		"Ingénieur & Développeur — Œuvre",
		"Μηχανικός Λογισμικού | Ωμέγα Λτδ & Σία Mar 2019 – Present",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("extracted text lacks %q", want)
		}
	}
	if strings.Contains(text, "**") || strings.Contains(text, "](") {
		t.Errorf("inline markup printed literally:\n%s", text)
	}
	// The employer with two roles: its name once, then each role.
	if n := strings.Count(text, "ООО «Рога и Копыта»"); n != 1 {
		t.Errorf("employer name printed %d times, want 1", n)
	}
	if !strings.Contains(text, "ООО «Рога и Копыта» 2012 – Feb 2019") {
		t.Errorf("employer line lacks the span of its roles:\n%s", text)
	}
}

func TestHideEmployerRange(t *testing.T) {
	text := plainText(t, write(t, scripts(), Options{HideEmployerRange: true}))
	if strings.Contains(text, "Jan 2012 – Feb 2019") {
		t.Error("employer range printed with HideEmployerRange")
	}
	if !strings.Contains(text, "Разработчик 2012 – Dec 2014") {
		t.Errorf("role range missing:\n%s", text)
	}
}

func TestLabelsAndPageNumbers(t *testing.T) {
	r := manyRoles(40)
	for lang, want := range map[string][]string{
		"":   {"Work Experience", "Page 1 of ", "Page 2 of "},
		"de": {"Berufserfahrung", "1 / ", "2 / ", "heute"},
		"es": {"Experiencia", "1 / ", "Actualidad"},
		"fr": {"Expérience professionnelle", "1 / ", "aujourd'hui"},
	} {
		ps := pages(t, write(t, r, Options{Options: style.Options{Language: lang}, PageNumbers: true}))
		text := strings.Join(ps, "\n")
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("language %q: text lacks %q", lang, w)
			}
		}
		// The page number is the last line of each page, on its own.
		for i, p := range ps {
			ls := lines(p)
			last := ls[len(ls)-1]
			if !regexp.MustCompile(`^\D*` + fmt.Sprint(i+1) + `\D+` + fmt.Sprint(len(ps)) + `$`).MatchString(last) {
				t.Errorf("language %q page %d: last line %q is not the page number", lang, i+1, last)
			}
		}
	}
	// Off by default.
	if text := plainText(t, write(t, r, Options{})); strings.Contains(text, "Page 1 of") {
		t.Error("page numbers without Options.PageNumbers")
	}
}

// manyRoles is a resume with n roles at n/3+1 employers, each with
// highlights long enough to wrap.
func manyRoles(n int) *resume.Resume {
	r := &resume.Resume{Basics: resume.Basics{Name: "Many Roles"}}
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			r.Work = append(r.Work, resume.Employer{Name: fmt.Sprintf("Company %d", i/3)})
		}
		e := &r.Work[len(r.Work)-1]
		ro := resume.Role{
			Position:  fmt.Sprintf("Position %d", i),
			StartDate: resume.YearMonth(2000+i%20, i%12+1),
			EndDate:   resume.Present,
			Summary:   strings.Repeat(fmt.Sprintf("Summary of role %d. ", i), i%4),
		}
		for h := 0; h < 1+i%4; h++ {
			ro.Highlights = append(ro.Highlights, fmt.Sprintf("Highlight %d of role %d: ", h, i)+strings.Repeat("did things well and measured them ", 1+(i+h)%5))
		}
		e.Roles = append(e.Roles, ro)
	}
	return r
}

// TestKeepRoleWithFirstHighlight checks, on the laid-out pages and on the
// extracted text, that no page break falls between a role's line and its
// first highlight, and that the lines of a bullet stay together.
func TestKeepRoleWithFirstHighlight(t *testing.T) {
	for _, n := range []int{7, 30, 120} {
		r := manyRoles(n)
		ps := pages(t, write(t, r, Options{PageNumbers: true}))
		if len(ps) < 2 && n > 7 {
			t.Fatalf("%d roles: %d page(s); the test needs page breaks", n, len(ps))
		}
		for i, e := range r.Work {
			for j, ro := range e.Roles {
				first, _, _ := strings.Cut(ro.Highlights[0], ":")
				first += ":"
				pr, ph := -1, -1
				for k, p := range ps {
					if strings.Contains(p, ro.Position+" ") && pr < 0 {
						pr = k
					}
					if strings.Contains(p, "• "+first) {
						ph = k
					}
				}
				if pr < 0 || pr != ph {
					t.Errorf("%d roles: work[%d].roles[%d] line on page %d, first highlight on page %d", n, i, j, pr+1, ph+1)
				}
			}
		}
	}
	// On the layout: a page never ends with a line that keeps with the
	// next, unless the run is taller than a page.
	r := manyRoles(60)
	res := Options{}.Resolve()
	fs, err := newFontSet(familySans, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder(r, res, Options{}, fs)
	b.document()
	for p, page := range b.pages[:len(b.pages)-1] {
		last := page[len(page)-1].line
		if b.lines[last].keep {
			t.Errorf("page %d ends with line %d, which keeps with the next", p+1, last)
		}
	}
}

func TestFiveHundredRoles(t *testing.T) {
	r := manyRoles(500)
	ps := pages(t, write(t, r, Options{PageNumbers: true}))
	text := strings.Join(ps, "\n")
	res := Options{}.Resolve()
	checkTokens(t, text, tokens(r, res))
	if len(ps) < 20 {
		t.Errorf("500 roles on %d pages", len(ps))
	}
	if !strings.Contains(ps[len(ps)-1], fmt.Sprintf("Page %d of %d", len(ps), len(ps))) {
		t.Errorf("last page lacks its number")
	}
}

// TestLongText checks that nothing is cut off: a 10,000-character
// highlight, with and without spaces, comes back whole.
func TestLongText(t *testing.T) {
	var words []string
	for i := 0; len(strings.Join(words, " ")) < 10000; i++ {
		words = append(words, fmt.Sprintf("w%d", i))
	}
	spaced := strings.Join(words, " ")[:10000]
	solid := strings.Repeat("Ωmega0123456789", 667)[:10000]
	r := &resume.Resume{Work: []resume.Employer{{Name: "Acme", Roles: []resume.Role{{
		Position:   strings.Repeat("Very Long Position Title ", 12),
		StartDate:  resume.YearOnly(2020),
		Highlights: []string{spaced, solid},
	}}}}}
	ps := pages(t, write(t, r, Options{}))
	// Wrapped lines come back one per line: join them as the writer split them.
	joined := strings.ReplaceAll(strings.Join(ps, "\n"), "\n", "")
	if !strings.Contains(strings.ReplaceAll(joined, " ", ""), strings.ReplaceAll(spaced, " ", "")) {
		t.Error("the spaced 10,000-character highlight is not whole")
	}
	if !strings.Contains(joined, solid) {
		t.Error("the 10,000-character word is not whole")
	}
	if !strings.Contains(joined, "2020") {
		t.Error("the date of the long position is missing")
	}
}

func TestMissingGlyphs(t *testing.T) {
	r := scripts()
	r.Basics.Name = "王小明 José"
	r.Work[0].Roles[0].Highlights = append(r.Work[0].Roles[0].Highlights, "Built 東京 office 😀")
	r.SetPosition("basics.name", resume.Pos{File: "cv.yaml", Line: 2, Column: 9})
	var buf bytes.Buffer
	err := Write(&buf, r, Options{})
	var me *MissingGlyphsError
	if !errors.As(err, &me) || !errors.Is(err, ErrMissingGlyphs) {
		t.Fatalf("Write: %v, want a *MissingGlyphsError", err)
	}
	if buf.Len() != 0 {
		t.Errorf("%d bytes written despite the error", buf.Len())
	}
	if got, want := me.Chars(), "京小明東王😀"; got != want {
		t.Errorf("missing characters %q, want %q", got, want)
	}
	for _, g := range me.Glyphs {
		var paths []string
		for _, f := range g.Fields {
			paths = append(paths, f.Path)
		}
		want := "work[0].roles[0].highlights[2]"
		if strings.ContainsRune("王小明", g.Char) {
			want = "basics.name"
		}
		if len(paths) != 1 || paths[0] != want {
			t.Errorf("%q: fields %v, want [%s]", g.Char, paths, want)
		}
	}
	msg := err.Error()
	for _, want := range []string{`"王" (U+738B) in basics.name (cv.yaml:2:9)`, `"😀" (U+1F600) in work[0].roles[0].highlights[2]`, "FallbackFonts"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
}

func TestFallbackFont(t *testing.T) {
	ttf, err := os.ReadFile(droidFallback)
	if err != nil {
		t.Skipf("no CJK fallback font at %s (Debian package fonts-droid-fallback); the fallback path is untested: %v", droidFallback, err)
	}
	r := scripts()
	r.Basics.Name = "王小明 (José)"
	r.Work[0].Name = "東京株式会社 & Ωμέγα"
	r.Work[0].Roles[0].Highlights = append(r.Work[0].Roles[0].Highlights, "Built the **東京** office – 第二")
	data := write(t, r, Options{Options: style.Options{FallbackFonts: [][]byte{ttf}}})
	text := plainText(t, data)
	res := Options{}.Resolve()
	checkTokens(t, text, tokens(r, res))
	checkRoleLines(t, text, r, res)
	if !strings.Contains(text, "• Built the 東京 office – 第二") {
		t.Errorf("fallback text not extracted exactly:\n%s", text)
	}
	// Deterministic with a fallback font too, and the font is cached.
	if again := write(t, r, Options{Options: style.Options{FallbackFonts: [][]byte{ttf, ttf}}}); !bytes.Equal(data, again) {
		t.Error("output differs between runs (or with the fallback font given twice)")
	}
	// Without CJK text, the fallback font is not embedded.
	plain := write(t, scripts(), Options{Options: style.Options{FallbackFonts: [][]byte{ttf}}})
	if !bytes.Equal(plain, write(t, scripts(), Options{})) {
		t.Error("an unused fallback font changed the output")
	}
}

// TestSupplementaryPlane draws characters beyond U+FFFF from a fallback
// font that has them: the ToUnicode map writes them as UTF-16 surrogate
// pairs, and they extract as themselves.
func TestSupplementaryPlane(t *testing.T) {
	ttf, err := os.ReadFile(dejavuSans)
	if err != nil {
		t.Skipf("no font with characters beyond U+FFFF at %s (Debian package fonts-dejavu-core): %v", dejavuSans, err)
	}
	r := scripts()
	const text = "𐌀𐌁𐌂 𐌉𐌍" // Old Italic
	r.Work[0].Roles[0].Highlights = []string{"Wrote " + text + " fonts"}
	var me *MissingGlyphsError
	if err := Write(&bytes.Buffer{}, r, Options{}); !errors.As(err, &me) {
		t.Fatalf("without a fallback font: %v, want a *MissingGlyphsError", err)
	}
	data := write(t, r, Options{Options: style.Options{FallbackFonts: [][]byte{ttf}}})
	if got := plainText(t, data); !strings.Contains(got, "• Wrote "+text+" fonts") {
		t.Errorf("text:\n%s", got)
	}
}

// TestRightToLeft: Hebrew and Arabic are refused even with a font that has
// them, since this writer would draw them reversed; the error says so.
func TestRightToLeft(t *testing.T) {
	ttf, err := os.ReadFile(dejavuSans)
	if err != nil {
		t.Skipf("no font with Hebrew and Arabic at %s (Debian package fonts-dejavu-core): %v", dejavuSans, err)
	}
	r := scripts()
	r.Basics.Summary = "Speaks עברית and 東京"
	r.Work[0].Roles[0].Highlights = []string{"Wrote العربية docs"}
	var me *MissingGlyphsError
	err = Write(&bytes.Buffer{}, r, Options{Options: style.Options{FallbackFonts: [][]byte{ttf}}})
	if !errors.As(err, &me) || !errors.Is(err, ErrMissingGlyphs) {
		t.Fatalf("Write: %v, want a *MissingGlyphsError", err)
	}
	for _, g := range me.Glyphs {
		if want := g.Char != '東' && g.Char != '京'; g.RightToLeft != want {
			t.Errorf("%q: RightToLeft %v, want %v", g.Char, g.RightToLeft, want)
		}
	}
	msg := err.Error()
	for _, want := range []string{"have no glyph for 2 character(s), and 12 are of a right-to-left script, which the PDF writer cannot set: \"京\" (U+4EAC) in basics.summary; \"東\"", `"ע" (U+05E2, right-to-left) in basics.summary`,
		`"ا" (U+0627, right-to-left) in work[0].roles[0].highlights[0]`, "and 2 more", "drawn reversed", "--font"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	r.Basics.Summary = "Speaks עברית"
	err = Write(&bytes.Buffer{}, r, Options{Options: style.Options{FallbackFonts: [][]byte{ttf}}})
	if msg := fmt.Sprint(err); !strings.HasPrefix(msg, "pdf: 12 character(s) of a right-to-left script") || strings.Contains(msg, "--font") {
		t.Errorf("only right-to-left text: %v", err)
	}
}

// TestTwoFallbackFonts checks the order of fallback fonts: each character
// comes from the first font that has it.
func TestTwoFallbackFonts(t *testing.T) {
	math, err1 := os.ReadFile(dejavuSans)
	cjk, err2 := os.ReadFile(droidFallback)
	if err1 != nil || err2 != nil {
		t.Skipf("needs %s (Debian package fonts-dejavu-core) and %s (fonts-droid-fallback): %v, %v", dejavuSans, droidFallback, err1, err2)
	}
	r := scripts()
	r.Work[0].Roles[0].Highlights = []string{"Proved ∀x ⇒ ∑ for 東京"}
	var me *MissingGlyphsError
	if err := Write(&bytes.Buffer{}, r, Options{Options: style.Options{FallbackFonts: [][]byte{math}}}); !errors.As(err, &me) || me.Chars() != "京東" || me.Fallbacks != 1 {
		t.Fatalf("DejaVu Sans alone: %v, want 東京 missing", err)
	}
	data := write(t, r, Options{Options: style.Options{FallbackFonts: [][]byte{math, cjk}}})
	if text := plainText(t, data); !strings.Contains(text, "• Proved ∀x ⇒ ∑ for 東京") {
		t.Errorf("text:\n%s", text)
	}
	for _, name := range []string{"+DejaVuSans", "+DroidSansFallback"} {
		if !bytes.Contains(data, []byte(name)) {
			t.Errorf("font %s not embedded", name)
		}
	}
}

func TestBadFallbackFont(t *testing.T) {
	bad := [][]byte{nil, []byte("not a font"), bytes.Repeat([]byte{0, 1, 0, 0}, 64)}
	if otf, err := os.ReadFile("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf"); err == nil {
		bad = append(bad, otf) // CFF outlines, which this writer cannot embed
	}
	for _, data := range bad {
		err := Write(&bytes.Buffer{}, scripts(), Options{Options: style.Options{FallbackFonts: [][]byte{data}}})
		var oe *OptionError
		if !errors.As(err, &oe) || oe.Field != "FallbackFonts[0]" {
			t.Errorf("%.20q: error %v, want an *OptionError for FallbackFonts[0]", data, err)
		}
	}
}

// TestBadText checks control characters, invalid UTF-8, decomposed
// accents, zero-width and bidi marks, and right-to-left text.
func TestBadText(t *testing.T) {
	r := &resume.Resume{
		Basics: resume.Basics{
			Name:    "Ana\x00 Bel\x1bén\u200b \xff\xfeLópez\u202e",
			Label:   "Cafe\u0301 owner\r\n\tand\u00a0baker\x7f\u0085",
			Summary: "Line one\nline two\n\n\nSecond paragraph with \x01 control.",
		},
		Work: []resume.Employer{{Name: "Ac\u00adme Corp", Roles: []resume.Role{{Position: "Dev\x00eloper", StartDate: resume.YearOnly(2020)}}}},
	}
	text := plainText(t, write(t, r, Options{}))
	for _, want := range []string{"Ana Belén \uFFFDLópez", "Café owner and baker", "Line one line two", "Second paragraph with control.", "Developer | Acme Corp 2020"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%q", want, text)
		}
	}
	for _, bad := range []string{"\x00", "\x1b", "\u200b", "\u202e", "\x7f", "\u0301"} {
		if strings.Contains(text, bad) {
			t.Errorf("text holds %q", bad)
		}
	}
	// Right-to-left scripts the Go fonts lack are an error, not a panic.
	r.Basics.Name = "שלום عربي"
	var me *MissingGlyphsError
	if err := Write(&bytes.Buffer{}, r, Options{}); !errors.As(err, &me) {
		t.Errorf("Hebrew and Arabic: %v, want a *MissingGlyphsError", err)
	}
}

func TestEmptyAndNil(t *testing.T) {
	if err := Write(&bytes.Buffer{}, nil, Options{}); !errors.Is(err, ErrNilResume) {
		t.Errorf("nil resume: %v", err)
	}
	ps := pages(t, write(t, &resume.Resume{}, Options{PageNumbers: true}))
	if len(ps) != 1 || !strings.Contains(ps[0], "Page 1 of 1") {
		t.Errorf("empty resume: %q", ps)
	}
}

// TestEmptyEntries checks that a section whose entries print nothing gets
// no heading.
func TestEmptyEntries(t *testing.T) {
	r := &resume.Resume{
		Basics:    resume.Basics{Name: "Empty Entries", Summary: " \n\n "},
		Work:      []resume.Employer{{}, {Roles: []resume.Role{{}}}},
		Skills:    []resume.Skill{{}, {Keywords: []string{"", " "}}},
		Education: []resume.Education{{Institution: "Real School"}},
		Interests: []resume.Interest{{}},
	}
	text := plainText(t, write(t, r, Options{}))
	for _, h := range []string{"Summary", "Work Experience", "Skills", "Interests"} {
		if strings.Contains(text, h) {
			t.Errorf("heading %q over nothing:\n%s", h, text)
		}
	}
	if !strings.Contains(text, "Education\nReal School") {
		t.Errorf("the non-empty section is missing:\n%s", text)
	}
}

func TestOptionErrors(t *testing.T) {
	for _, o := range []style.Options{
		{Accent: "blue"},
		{FontSize: 500},
		{Margins: style.Margins{Top: 400, Bottom: 400, Left: 10, Right: 10}},
		{Margins: style.Margins{Left: -1}},
		{PageSize: 7},
		{Order: []style.Section{"work", "hobbies"}},
	} {
		err := Write(&bytes.Buffer{}, scripts(), Options{Options: o})
		var oe *OptionError
		if !errors.As(err, &oe) || !errors.Is(err, ErrOptions) {
			t.Errorf("%+v: %v, want an *OptionError", o, err)
		}
	}
}

func TestSectionOrder(t *testing.T) {
	r := scripts()
	r.Education = []resume.Education{{Institution: "Université Paris-Saclay", Area: "Informatique", StudyType: "Master", StartDate: resume.YearOnly(2008), EndDate: resume.YearOnly(2010)}}
	text := plainText(t, write(t, r, Options{Options: style.Options{Order: []style.Section{style.Skills, style.Education, style.Work, style.Skills}}}))
	s, e, w := strings.Index(text, "\nSkills\n"), strings.Index(text, "\nEducation\n"), strings.Index(text, "\nWork Experience\n")
	if s < 0 || e < s || w < e {
		t.Errorf("sections out of order (skills %d, education %d, work %d):\n%s", s, e, w, text)
	}
	if strings.Count(text, "\nSkills\n") != 1 {
		t.Error("a section listed twice in Order printed twice")
	}
	if strings.Contains(text, "Summary") {
		t.Error("a section left out of Order printed")
	}
}

func TestPageSize(t *testing.T) {
	for ps, want := range map[style.PageSize]string{style.A4: "/MediaBox [ 0 0 595.28 841.89 ]", style.Letter: "/MediaBox [ 0 0 612.00 792.00 ]"} {
		if data := write(t, scripts(), Options{Options: style.Options{PageSize: ps}}); !bytes.Contains(data, []byte(want)) {
			t.Errorf("page size %d: no %s", ps, want)
		}
	}
}

func TestLinksAndMetadata(t *testing.T) {
	r := scripts()
	r.Basics.URL = "jose.example.com"
	r.Basics.Profiles = []resume.Profile{{Network: "GitHub", URL: "https://github.com/josé"}, {Network: "Evil", URL: "javascript:alert(1)"}}
	r.Skills = append(r.Skills, resume.Skill{Name: "Cloud"})
	r.Work[0].Roles[0].Highlights = append(r.Work[0].Roles[0].Highlights, "Thesis (in Spanish): http://dsaiztc.example/PFC.pdf.")
	data := write(t, r, Options{Options: style.Options{Created: time.Date(2024, 5, 6, 7, 8, 9, 0, time.FixedZone("", 2*3600))}})
	for _, want := range []string{
		"/URI (mailto:jose@example.com)",
		"/URI (https://jose.example.com)",
		"/URI (https://github.com/jos%C3%A9)",
		"/URI (https://example.com/ru)",
		"/URI (http://dsaiztc.example/PFC.pdf)",
		"/CreationDate (D:20240506070809+02'00')",
		"/Lang (en)",
	} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("file lacks %s", want)
		}
	}
	if bytes.Contains(data, []byte("javascript")) {
		t.Error("a javascript: link was made")
	}
	if text := plainText(t, data); !strings.Contains(text, "• Thesis (in Spanish): http://dsaiztc.example/PFC.pdf.") {
		t.Errorf("the text around a bare URL changed:\n%s", text)
	}
	rd, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	info := rd.Trailer().Key("Info")
	for key, want := range map[string]string{
		"Title":    "José Ñúñez-Müller Ångström",
		"Author":   "José Ñúñez-Müller Ångström",
		"Subject":  "Ingénieur & Développeur — Œuvre",
		"Keywords": "Go, C++, C#, Ελληνικά, Français, Cloud",
		"Creator":  "resumekit",
	} {
		if got := info.Key(key).Text(); got != want {
			t.Errorf("Info %s = %q, want %q", key, got, want)
		}
	}
}

// TestDeterminism checks that the same input gives the same bytes, also
// from concurrent calls, and that only the date changes with Created.
func TestDeterminism(t *testing.T) {
	r := exampleCV(t)
	want := write(t, r, Options{PageNumbers: true})
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			if err := Write(&buf, r, Options{PageNumbers: true}); err == nil {
				got[i] = buf.Bytes()
			}
		}()
	}
	wg.Wait()
	for i, g := range got {
		if !bytes.Equal(g, want) {
			t.Errorf("run %d: %d bytes differ from the first run's %d", i, len(g), len(want))
		}
	}
	later := write(t, r, Options{PageNumbers: true, Options: style.Options{Created: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}})
	if !bytes.Contains(want, []byte("(D:20000101000000Z)")) || !bytes.Contains(later, []byte("(D:20250102030405Z)")) {
		t.Error("CreationDate does not follow Options.Created")
	}
	if plainText(t, want) != plainText(t, later) {
		t.Error("Created changed the text")
	}
}

// TestGolden compares the extracted text of the example CV with
// testdata/example.txt; go test -update rewrites it.
func TestGolden(t *testing.T) {
	text := strings.Join(pages(t, write(t, exampleCV(t), Options{PageNumbers: true})), "\n\f\n")
	golden := filepath.Join("testdata", "example.txt")
	if *update {
		if err := os.WriteFile(golden, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if text != string(want) {
		gl, wl := strings.Split(text, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("extracted text differs from %s at line %d:\n got %q\nwant %q\n(run go test -update if the change is intended)", golden, i+1, g, w)
			}
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriterError(t *testing.T) {
	if err := Write(failWriter{}, scripts(), Options{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Write to a failing writer: %v", err)
	}
}

// TestEveryASCIICharacter writes every printable ASCII character (some of
// whose glyph ids hold the bytes "(", ")", "\", CR and LF, which the
// content stream escapes) and the Latin-1 letters, and reads them back.
func TestEveryASCIICharacter(t *testing.T) {
	var ascii []rune
	for r := rune(0x21); r < 0x7F; r++ {
		ascii = append(ascii, r)
	}
	fs, err := newFontSet(familySans, nil)
	if err != nil {
		t.Fatal(err)
	}
	special := map[byte]bool{}
	for _, r := range ascii {
		g := fs.info(0, r).glyph
		for _, c := range []byte{byte(g >> 8), byte(g)} {
			if c == '(' || c == ')' || c == '\\' || c == '\r' || c == '\n' {
				special[c] = true
			}
		}
	}
	if len(special) < 5 {
		t.Errorf("glyph ids of ASCII hold %d of the 5 escaped bytes; the test no longer exercises them all", len(special))
	}
	// Markup characters go in a keyword, which is printed as is.
	kw := string(ascii)
	r := &resume.Resume{Skills: []resume.Skill{{Name: "All", Keywords: []string{kw, "¡¿ÀÿĀž"}}}}
	text := plainText(t, write(t, r, Options{}))
	if !strings.Contains(strings.ReplaceAll(text, "\n", ""), kw) {
		t.Errorf("text %q lacks %q", text, kw)
	}
}

// TestStylePageNumbers: style.Options.PageNumbers, the field export.Write
// passes, numbers the pages as Options.PageNumbers does.
func TestStylePageNumbers(t *testing.T) {
	r := exampleCV(t)
	a := write(t, r, Options{PageNumbers: true})
	b := write(t, r, Options{Options: style.Options{PageNumbers: true}})
	if !bytes.Equal(a, b) || !strings.Contains(pages(t, b)[0], "Page 1 of") {
		t.Error("style.Options.PageNumbers does not print the page numbers Options.PageNumbers does")
	}
}
