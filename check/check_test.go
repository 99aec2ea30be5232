package check

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// allFormats are the five formats the issue requires.
var allFormats = []string{"json", "md", "docx", "pdf", "xlsx"}

func exampleResume(t testing.TB) *resume.Resume {
	t.Helper()
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// requireLossless fails t with the text report unless every report is lossless.
func requireLossless(t *testing.T, reps []*compare.Report) {
	t.Helper()
	for _, rep := range reps {
		if !rep.Lossless() {
			var b strings.Builder
			compare.WriteText(&b, reps...)
			t.Fatalf("not lossless:\n%s", b.String())
		}
	}
}

func TestExampleLossless(t *testing.T) {
	r := exampleResume(t)
	reps, err := Check(context.Background(), r, allFormats, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != len(allFormats) {
		t.Fatalf("got %d reports, want %d", len(reps), len(allFormats))
	}
	for i, rep := range reps {
		if rep.Format != allFormats[i] {
			t.Errorf("report %d is %q, want %q", i, rep.Format, allFormats[i])
		}
		if rep.Total().Checked == 0 {
			t.Errorf("%s: nothing checked", rep.Format)
		}
	}
	requireLossless(t, reps)
}

// sharedDir is ../shared beside the repository, as the team and CI lay it out.
func sharedDir(t *testing.T, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s is not there (it sits beside the repository): %v", dir, err)
	}
	return dir
}

func TestSharedJSONResumeLossless(t *testing.T) {
	dir := sharedDir(t, "jsonresume")
	files, err := Expand([]string{dir}, []string{".json"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if filepath.Base(f) == "schema.json" {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			r, opts, warns, err := Load(f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range warns {
				t.Logf("load warning: %s", w)
			}
			reps, err := Check(context.Background(), r, allFormats, opts)
			if err != nil {
				t.Fatal(err)
			}
			requireLossless(t, reps)
		})
	}
	if n < 4 {
		t.Fatalf("found %d JSON Resume files in %s, want at least 4", n, dir)
	}
}

// export writes r in one format with the default style.
func exportBytes(t *testing.T, r *resume.Resume, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.Write(&b, format, r, style.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// rezip rewrites the zip in data, passing each entry through edit.
func rezip(t *testing.T, data []byte, edit func(name string, body []byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: f.Method})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(edit(f.Name, body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// zipEntry returns the body of one zip entry.
func zipEntry(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	var body []byte
	rezip(t, data, func(n string, b []byte) []byte {
		if n == name {
			body = b
		}
		return b
	})
	if body == nil {
		t.Fatalf("no %s in the zip", name)
	}
	return body
}

// sharedStringIndex returns the index of the plain shared string s.
func sharedStringIndex(t *testing.T, sst []byte, s string) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(sst))
	i := -1
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if el.Name.Local == "si" {
				i++
			}
		case xml.CharData:
			if string(el) == s {
				return fmt.Sprint(i)
			}
		}
	}
	t.Fatalf("%q is not a shared string", s)
	return ""
}

// requireNewLoss fails t unless the tampered file's report has a loss of
// kind at path that the clean file's report does not have. Comparing with
// the clean file keeps the test about the defect: losses the parser has
// on the clean file anyway (reported by TestExampleLossless) do not count.
func requireNewLoss(t *testing.T, clean, bad *compare.Report, path string, kind compare.Kind) {
	t.Helper()
	has := func(rep *compare.Report) bool {
		for _, l := range rep.Lost() {
			if l.Path == path && l.Kind == kind {
				return true
			}
		}
		return false
	}
	if bad.Lossless() || !has(bad) || has(clean) {
		var b strings.Builder
		compare.WriteText(&b, clean, bad)
		t.Fatalf("want a new %s loss at %s in the tampered file (second row); got:\n%s", kind, path, b.String())
	}
}

// The example CV's first role starts Jun 2023, a date printed nowhere else.
func TestSeededDOCXDateRemoved(t *testing.T) {
	r := exampleResume(t)
	const date = "Jun 2023"
	if got := r.Work[0].Roles[0].StartDate.Format("Jan 2006", ""); got != date {
		t.Fatalf("the example's first role starts %q; update the test", got)
	}
	clean := exportBytes(t, r, "docx")
	edited := false
	bad := rezip(t, clean, func(name string, body []byte) []byte {
		if name != "word/document.xml" {
			return body
		}
		if bytes.Count(body, []byte(date)) != 1 {
			t.Fatalf("want %q once in document.xml, found %d times", date, bytes.Count(body, []byte(date)))
		}
		edited = true
		return bytes.Replace(body, []byte(date), nil, 1)
	})
	if !edited {
		t.Fatal("no word/document.xml in the DOCX")
	}
	requireNewLoss(t, CheckBytes(context.Background(), r, clean, "docx", Options{}),
		CheckBytes(context.Background(), r, bad, "docx", Options{}), "work[0].roles[0].startDate", compare.Missing)
}

// TestSeededPDFToUnicodeBroken maps the glyph of the digit 2 to "Z" in
// every font's ToUnicode CMap (same byte length, so the cross-reference
// table stays valid). The page still looks the same, but an ATS reads
// "Jun Z0Z3": every date with a 2 is lost.
func TestSeededPDFToUnicodeBroken(t *testing.T) {
	r := exampleResume(t)
	clean := exportBytes(t, r, "pdf")
	entry := regexp.MustCompile(`(<[0-9A-Fa-f]{4}>\s*(?:<[0-9A-Fa-f]{4}>\s*)?)<0032>`)
	cmap := regexp.MustCompile(`(?s)begincmap.*?endcmap`)
	broken := 0
	bad := cmap.ReplaceAllFunc(bytes.Clone(clean), func(m []byte) []byte {
		return entry.ReplaceAllFunc(m, func(e []byte) []byte {
			broken++
			return append(bytes.TrimSuffix(e, []byte("<0032>")), "<005A>"...)
		})
	})
	if broken == 0 {
		t.Fatal("no ToUnicode entry for the digit 2 found (are the CMaps compressed now?)")
	}
	if len(bad) != len(clean) {
		t.Fatal("the edit changed the file length")
	}
	requireNewLoss(t, CheckBytes(context.Background(), r, clean, "pdf", Options{}),
		CheckBytes(context.Background(), r, bad, "pdf", Options{}), "work[0].roles[0].startDate", compare.Missing)
}

func TestSeededXLSXCellEmptied(t *testing.T) {
	r := exampleResume(t)
	clean := exportBytes(t, r, "xlsx")
	// The cell that holds the first role's position: find its shared
	// string and empty every cell that points at it (the position is
	// printed once).
	pos := r.Work[0].Roles[0].Position
	index := sharedStringIndex(t, zipEntry(t, clean, "xl/sharedStrings.xml"), pos)
	emptied := 0
	bad := rezip(t, clean, func(name string, body []byte) []byte {
		if !strings.HasPrefix(name, "xl/worksheets/sheet") {
			return body
		}
		v := []byte(`t="s"><v>` + index + `</v></c>`)
		emptied += bytes.Count(body, v)
		return bytes.ReplaceAll(body, v, []byte(`></c>`))
	})
	if emptied != 1 {
		t.Fatalf("emptied %d cells, want 1", emptied)
	}
	requireNewLoss(t, CheckBytes(context.Background(), r, clean, "xlsx", Options{}),
		CheckBytes(context.Background(), r, bad, "xlsx", Options{}), "work[0].roles[0].position", compare.Missing)
}

func TestSeededMarkdownLineDropped(t *testing.T) {
	r := exampleResume(t)
	clean := exportBytes(t, r, "md")
	// Drop the list item of the first role's second highlight.
	want := resume.Plain(r.Work[0].Roles[0].Highlights[1])
	var out []string
	dropped := 0
	for _, line := range strings.Split(string(clean), "\n") {
		if strings.HasPrefix(line, "- ") && strings.Contains(resume.Plain(line), want[:40]) {
			dropped++
			continue
		}
		out = append(out, line)
	}
	if dropped != 1 {
		t.Fatalf("dropped %d lines, want 1", dropped)
	}
	requireNewLoss(t, CheckBytes(context.Background(), r, clean, "md", Options{}),
		CheckBytes(context.Background(), r, []byte(strings.Join(out, "\n")), "md", Options{}), "work[0].roles[0].highlights[1]", compare.Missing)
}

func TestJUnitOneCasePerFormatAndGroup(t *testing.T) {
	r := exampleResume(t)
	reps, err := Check(context.Background(), r, allFormats, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := compare.WriteJUnit(&b, reps...); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"testsuites"`
		Tests   int      `xml:"tests,attr"`
		Suites  []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name      string `xml:"name,attr"`
				Classname string `xml:"classname,attr"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("JUnit output is not valid XML: %v", err)
	}
	seen := map[string]bool{}
	for _, s := range doc.Suites {
		for _, c := range s.Cases {
			key := c.Classname + "/" + c.Name
			if seen[key] {
				t.Errorf("duplicate test case %s", key)
			}
			seen[key] = true
		}
	}
	if want := len(allFormats) * len(compare.Groups); len(seen) != want || doc.Tests != want {
		t.Errorf("%d test cases (tests=%d), want %d", len(seen), doc.Tests, want)
	}
	for _, f := range allFormats {
		for _, g := range compare.Groups {
			if !seen["resumekit.check."+f+"/"+g] {
				t.Errorf("no test case for %s/%s", f, g)
			}
		}
	}
}

func TestCheckBadInput(t *testing.T) {
	r := exampleResume(t)
	if _, err := Check(context.Background(), r, []string{"pdf", "odt"}, Options{}); !errors.Is(err, export.ErrUnknownFormat) {
		t.Errorf("unknown format: got %v", err)
	}
	if _, err := Check(context.Background(), nil, nil, Options{}); !errors.Is(err, ErrNoResume) {
		t.Errorf("nil resume: got %v", err)
	}
	rep := CheckBytes(context.Background(), r, []byte("PK\x03\x04 not really a zip"), "docx", Options{})
	if rep.Err == "" || rep.Lossless() {
		t.Errorf("broken DOCX: got %+v", rep)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Check(ctx, r, nil, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
}

func TestBatchDirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A real-world file that strays from the schema: a human date, the
	// old "company" key, "heute" for an open end and an empty endDate.
	write("a.json", `{"basics": {"name": "Jana Fischer", "email": "jana@example.com"},
  "work": [
    {"company": "Globex", "position": "Data Engineer", "startDate": "August 2021", "endDate": "heute"},
    {"name": "Initech", "position": "Data Analyst", "startDate": "2018-03", "endDate": "2021-07"},
    {"name": "Hooli", "position": "Intern", "startDate": "2017-06", "endDate": ""}
  ],
  "skills": [{"name": "Data", "keywords": ["SQL", "Python", "Airflow"]}]}`)
	write("b.yaml", "basics:\n  name: Ola Nordmann\n  email: ola@example.com\nwork:\n  - name: Acme Corp\n    position: Software Engineer\n    startDate: 2020-01\n    endDate: present\n")
	write("broken.json", `{"basics": {"name": `)
	write("notes.txt", "not a resume, not collected")
	files, err := Expand([]string{dir}, ResumeExts)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 3 {
		t.Fatalf("Expand found %v", files)
	}
	calls := 0
	res, err := Batch(context.Background(), files, []string{"md", "docx"}, Options{Workers: 2, Progress: func(done, total int) {
		calls++
		if total != 3 || done != calls {
			t.Errorf("progress %d/%d at call %d", done, total, calls)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 3 {
		t.Errorf("progress called %d times", calls)
	}
	if res[0].Err != nil || len(res[0].Warnings) == 0 {
		t.Errorf("a.json: want a lenient load with warnings, got err %v, warnings %v", res[0].Err, res[0].Warnings)
	}
	for _, w := range res[0].Warnings {
		t.Logf("a.json warning: %s", w)
	}
	if res[2].Err == nil || !errors.Is(res[2].Err, ErrBadInput) {
		t.Errorf("broken.json: got %v", res[2].Err)
	}
	for _, fr := range res[:2] {
		if len(fr.Reports) != 2 || fr.Reports[0].File != fr.Path {
			t.Errorf("%s: reports %v", fr.Path, fr.Reports)
		}
	}
	sum := Summarize(res)
	if sum.Files != 3 || sum.Errors != 1 || sum.Lossless+sum.Lossy != 2 || sum.Reports != 4 {
		t.Errorf("summary %+v", sum)
	}
	if _, err := Expand([]string{filepath.Join(dir, "nope")}, ResumeExts); !errors.Is(err, ErrBadInput) {
		t.Errorf("missing path: %v", err)
	}
}

func TestGeneratedLossless(t *testing.T) {
	n := 60
	if testing.Short() {
		n = 10
	}
	rs := make([]*resume.Resume, n)
	for i := range rs {
		rs[i] = genResume(uint64(i))
	}
	all, err := CheckMany(context.Background(), rs, allFormats, Options{})
	if err != nil {
		t.Fatal(err)
	}
	failed := 0
	for i, reps := range all {
		for _, rep := range reps {
			if !rep.Lossless() {
				failed++
				if failed <= 5 {
					var b strings.Builder
					compare.WriteText(&b, rep)
					t.Errorf("generated resume %d:\n%s", i, b.String())
				}
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d reports lost something", failed, n*len(allFormats))
	}
}

// TestLoneDegreeField checks that a study type given without an area
// comes back as a study type in every format, however its words read
// ("Licence en marketing" holds the "en" of "Type en Field"), and that an
// area alone beside it stays an area.
func TestLoneDegreeField(t *testing.T) {
	r := exampleResume(t)
	r.Education = []resume.Education{
		{Institution: "Université de Lille", StudyType: "Licence en marketing", EndDate: resume.YearMonth(2019, 6)},
		{Institution: "Leeds Trinity University", Area: "Bachelor of Arts", EndDate: resume.YearMonth(2016, 6)},
		{Institution: "Lycée Faidherbe", StudyType: "Master 2 Communication", EndDate: resume.YearMonth(2014, 6)},
	}
	reps, err := Check(context.Background(), r, append(allFormats, "html"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	requireLossless(t, reps)
}

// TestNoPositionRole checks a role with no position in every format: its
// company, even one named like a job title, comes back as the company.
func TestNoPositionRole(t *testing.T) {
	r := exampleResume(t)
	r.Work = []resume.Employer{
		{Name: "Spotahome", Roles: []resume.Role{{Position: "Data Lead", StartDate: resume.YearMonth(2019, 11), EndDate: resume.YearMonth(2021, 6)}}},
		{Name: "Freelance software engineer", Roles: []resume.Role{{StartDate: resume.YearMonth(2012, 10), EndDate: resume.YearMonth(2019, 10),
			Highlights: []string{"Built web sites for local shops."}}}},
		{Name: "Capgemini", Roles: []resume.Role{{StartDate: resume.YearMonth(2010, 3), EndDate: resume.YearMonth(2012, 9)}}},
	}
	reps, err := Check(context.Background(), r, append(allFormats, "html"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	requireLossless(t, reps)
}

// TestEducationTitles checks education titles that wrap or give no
// dates: a long degree wraps whole above a school that holds a hyphen of
// its own, and an entry without dates between dated ones is still an
// entry, in every format.
func TestEducationTitles(t *testing.T) {
	for _, edu := range [][]resume.Education{{
		{Institution: "INSA Lyon - Institut National des Sciences Appliquées de Lyon", Area: "Information Retrieval • Context Awareness",
			StudyType: "PhD", StartDate: resume.YearMonth(2007, 9), EndDate: resume.YearMonth(2010, 9)},
		{Institution: "INSA Lyon - Institut National des Sciences Appliquées de Lyon", Area: "Information Technology",
			StudyType: "MSc", StartDate: resume.YearMonth(2003, 9), EndDate: resume.YearMonth(2006, 9)},
	}, {
		{Institution: "UNIR", Area: "Ingeniería Informática", StudyType: "Grado", StartDate: resume.YearOnly(2024), EndDate: resume.YearOnly(2028)},
		{Institution: "IES Clara del Rey", Area: "Desarrollo de Aplicaciones Web", StudyType: "Formación profesional",
			StartDate: resume.YearOnly(2020), EndDate: resume.YearOnly(2024)},
		{Institution: "UPM", Area: "Matemáticas e Informática", StudyType: "Grado"},
	}} {
		r := exampleResume(t)
		r.Education = edu
		reps, err := Check(context.Background(), r, append(allFormats, "html"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		requireLossless(t, reps)
	}
}

// TestStyleOptions checks that every writer prints dates with the style's
// layout and headings in its language, and that the checker expects them
// so: a day layout keeps the day, a year layout keeps only the year.
func TestStyleOptions(t *testing.T) {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Ana Núñez", Email: "ana@example.com", Phone: "+34 600 123 456"},
		Work: []resume.Employer{
			{Name: "Acme Corp", Roles: []resume.Role{{Position: "Software Engineer", StartDate: resume.YMD(2020, 1, 15),
				EndDate: resume.Present, Highlights: []string{"Built the billing pipeline."}}}},
			{Name: "Globex", Roles: []resume.Role{{Position: "Data Analyst", StartDate: resume.YearMonth(2017, 3), EndDate: resume.YearMonth(2019, 12)}}},
		},
		Education: []resume.Education{{Institution: "University of Oxford", Area: "Computer Science", StudyType: "BSc",
			StartDate: resume.YearMonth(2013, 9), EndDate: resume.YearMonth(2017, 6)}},
		Skills: []resume.Skill{{Name: "Languages", Keywords: []string{"Go", "Python", "SQL"}}},
	}
	for _, s := range []style.Options{
		{},
		{DateFormat: "01/2006", Language: "de"},
		{DateFormat: "02.01.2006", Language: "fr"},
		{DateFormat: "2006", Language: "es"},
		{DateFormat: "January 2006", Present: "Now"},
	} {
		t.Run(fmt.Sprintf("%s_%s", s.DateFormat, s.Language), func(t *testing.T) {
			reps, err := Check(context.Background(), r, allFormats, Options{Style: s})
			if err != nil {
				t.Fatal(err)
			}
			requireLossless(t, reps)
		})
	}
}

// TestRenderCVInputsLossless checks the RenderCV YAML files of the corpus
// (real-world inputs with locales, sections we map to projects, accents)
// through Batch, in all five formats.
func TestRenderCVInputsLossless(t *testing.T) {
	files, err := Expand([]string{filepath.Join(sharedDir(t, "corpus"), "rendercv")}, []string{".yaml"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Batch(context.Background(), files, allFormats, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, fr := range res {
		if fr.Err != nil {
			t.Errorf("%s: %v", fr.Path, fr.Err)
			continue
		}
		if !fr.Lossless() {
			var b strings.Builder
			compare.WriteText(&b, fr.Reports...)
			t.Errorf("%s is not lossless:\n%s", fr.Path, b.String())
		}
	}
	if s := Summarize(res); s.Files < 8 {
		t.Errorf("checked %d RenderCV files, want the 8 of the corpus", s.Files)
	}
}
