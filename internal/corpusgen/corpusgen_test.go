package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// invented is a real-world-shaped JSON Resume about an invented person:
// the old "company" key, a null end, an empty date, a country's name as
// countryCode, skills as a map, highlights as objects.
const invented = `{
  "basics": {"name": "Marta Quillfeather", "email": "marta.q@example.com", "phone": "+34 611 22 33 44",
             "location": {"city": "Zaragoza", "countryCode": "Spain"}, "profiles": null},
  "work": [
    {"company": "Ferrovial Norte", "position": "Ingeniera de datos", "startDate": "Abril 2021", "endDate": null,
     "location": "Huesca", "highlights": [{"text": "Built the pipeline"}, "Led 3 people"]},
    {"name": "", "position": "", "startDate": "", "endDate": ""},
    {"employer": "Quillworks", "position": "Intern", "startDate": "06/2019", "endDate": "2020-9-28"}
  ],
  "education": [{"institution": "Universidad de Zaragoza", "studyType": "Grado", "area": "Matemáticas",
                 "startDate": "2015", "endDate": "2019-06-30 00:00:00", "courses": null}],
  "skills": {"languages": ["Go", "C++"], "tools": ["Git"]}
}`

func TestNormalizeJSON(t *testing.T) {
	r, err := normalizeJSON([]byte(invented))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Basics.Location; got.CountryCode != "" || got.Region != "Spain" {
		t.Errorf("location = %+v, want the country name moved to region", got)
	}
	if r.Basics.Profiles == nil || r.Education[0].Courses == nil {
		t.Error("null lists must become empty lists")
	}
	if len(r.Work) != 2 {
		t.Fatalf("work = %+v, want the empty placeholder dropped", r.Work)
	}
	w := r.Work[0]
	if w.Name != "Ferrovial Norte" || w.Company != "Ferrovial Norte" || w.EndDate != "" || w.StartDate != "Abril 2021" {
		t.Errorf("work[0] = %+v", w)
	}
	if !reflect.DeepEqual(w.Highlights, []string{"Built the pipeline", "Led 3 people"}) {
		t.Errorf("highlights = %q", w.Highlights)
	}
	if r.Work[1].Name != "Quillworks" {
		t.Errorf("employer key not read: %+v", r.Work[1])
	}
	want := []Skill{{Name: "languages", Keywords: []string{"Go", "C++"}}, {Name: "tools", Keywords: []string{"Git"}}}
	if !reflect.DeepEqual(r.Skills, want) {
		t.Errorf("skills = %+v, want %+v", r.Skills, want)
	}
	if _, err := normalizeJSON([]byte(`[1,2]`)); err == nil {
		t.Error("a JSON array must be an error")
	}
	if _, err := normalizeJSON([]byte("{\n  \"basics\": {,}\n}")); err == nil || !strings.HasPrefix(err.Error(), "2:14:") {
		t.Errorf("a syntax error must give line:column, got %v", err)
	}
}

func TestNormalizeExperienceKey(t *testing.T) {
	r, err := normalizeJSON([]byte(`{"basics":{"name":"Ada Vell"},"experience":[{"company":"Vell Labs","position":"CTO","endDate":"present"}],
		"skills":[{"category":"UI","names":["Figma"]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Work) != 1 || r.Work[0].Name != "Vell Labs" {
		t.Errorf("work = %+v", r.Work)
	}
	if len(r.Skills) != 1 || r.Skills[0].Name != "UI" || r.Skills[0].Keywords[0] != "Figma" {
		t.Errorf("skills = %+v", r.Skills)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]date{
		"2020-03-01":           {Year: 2020, Month: 3},
		"2023-9-28":            {Year: 2023, Month: 9},
		"2020":                 {Year: 2020},
		"Abril 2024":           {Year: 2024, Month: 4},
		"2012, October":        {Year: 2012, Month: 10},
		"Février 2018":         {Year: 2018, Month: 2},
		"06/2020":              {Year: 2020, Month: 6},
		"01-06-22":             {Year: 2022, Month: 6},
		"2025-07-01 00:00:00":  {Year: 2025, Month: 7},
		"Present":              {Present: true},
		"En cours":             {Present: true},
		"至今":                   {Present: true},
		"":                     {},
		"soon":                 {},
		"Disponible dès 2021":  {Year: 2021},
		"Junio 2022":           {Year: 2022, Month: 6},
		"2019-13":              {Year: 2019},
		"Nov 2025":             {Year: 2025, Month: 11},
		"September 2023":       {Year: 2023, Month: 9},
		"Diciembre 2023":       {Year: 2023, Month: 12},
		"Agosto 2023":          {Year: 2023, Month: 8},
		"Jan 2017":             {Year: 2017, Month: 1},
		"2019.05":              {Year: 2019, Month: 5},
		"Mai 2013":             {Year: 2013, Month: 5},
		"1999":                 {Year: 1999},
		"2030-02":              {Year: 2030, Month: 2},
		"May 2022 ":            {Year: 2022, Month: 5},
		"spring of 2016":       {Year: 2016},
		"2016 (part time)":     {Year: 2016},
		"12/2018 - 01/2019":    {Year: 2018, Month: 12},
		"Actualidad":           {Present: true},
		"now":                  {Present: true},
		"2021-06-31":           {Year: 2021, Month: 6},
		"Oct. 2020":            {Year: 2020, Month: 10},
		"octobre 2020":         {Year: 2020, Month: 10},
		"luglio 2020":          {Year: 2020, Month: 7},
		"2020/07":              {Year: 2020, Month: 7},
		"7/2020":               {Year: 2020, Month: 7},
		"March 2020 - present": {Year: 2020, Month: 3},
	} {
		if got := parseDate(in); got != want {
			t.Errorf("parseDate(%q) = %+v, want %+v", in, got, want)
		}
	}
	if got := (date{Year: 2020, Month: 3}).label(); got != "2020-03" {
		t.Errorf("label = %q", got)
	}
	if got := span("2021-04", "", styleMonYear, " – "); got != "Apr 2021 – Present" {
		t.Errorf("span = %q", got)
	}
	if got := span("2019-06", "2020-9-28", styleNumeric, "-"); got != "06/2019-09/2020" {
		t.Errorf("span = %q", got)
	}
	if got := show("whenever", styleISO); got != "whenever" {
		t.Errorf("an unreadable date must be shown as written, got %q", got)
	}
}

func TestMakeLabelDropsWhatIsNotShown(t *testing.T) {
	r, err := normalizeJSON([]byte(invented))
	if err != nil {
		t.Fatal(err)
	}
	// The document shows the name in capitals, the phone with other
	// spacing, the first job without its place, the second without its
	// company, years only, one skill keyword, and no e-mail.
	text := `MARTA QUILLFEATHER   +34 611 223 344
Ingeniera de datos — Ferrovial Norte   2021 – Present
Intern   2019 – 2020
Universidad de Zaragoza   Grado, Matemáticas   2015 – 2019
Skills: Go, Git`
	drops := Drops{}
	l := makeLabel(r, newDocText(text), drops)
	if l.Basics.Name != "Marta Quillfeather" || l.Basics.Email != "" || l.Basics.Phone == "" {
		t.Errorf("basics = %+v", l.Basics)
	}
	want := []LabelWork{
		{Name: "Ferrovial Norte", Position: "Ingeniera de datos", StartDate: "2021-04"},
		{Position: "Intern", StartDate: "2019-06", EndDate: "2020-09"},
	}
	if !reflect.DeepEqual(l.Work, want) {
		t.Errorf("work = %+v, want %+v", l.Work, want)
	}
	if len(l.Education) != 1 || l.Education[0].EndDate != "2019-06" || l.Education[0].Area != "Matemáticas" {
		t.Errorf("education = %+v", l.Education)
	}
	var kws []string
	for _, s := range l.Skills {
		kws = append(kws, s.Keywords...)
	}
	if !reflect.DeepEqual(kws, []string{"Go", "Git"}) {
		t.Errorf("keywords = %q, want C++ dropped", kws)
	}
	for field, want := range map[string][2]int{"email": {1, 1}, "work.location": {1, 1}, "work.name": {2, 1}, "skills.keyword": {3, 1}, "name": {1, 0}} {
		if got := drops[field]; got == nil || *got != want {
			t.Errorf("drops[%s] = %v, want %v (all: %s)", field, got, want, drops)
		}
	}
}

func TestDocTextWholeWords(t *testing.T) {
	d := newDocText("Golang and C++ at Acme-Corp; R&D. 2019 – 2020. Tel. (555) 010-9999")
	for v, want := range map[string]bool{
		"Go": false, "Golang": true, "C++": true, "C": false, "Acme-Corp": true, "R&D": true,
		"acme": true, "": false, "corp;": true,
	} {
		if got := d.has(v); got != want {
			t.Errorf("has(%q) = %v, want %v", v, got, want)
		}
	}
	short := Drops{}
	if l := makeLabel(&Resume{Basics: Basics{Phone: "+33"}}, newDocText("+33"), short); l.Basics.Phone != "" || short["phone(under 7 digits)"] == nil {
		t.Errorf("a phone under seven digits must be left out and counted, got %q %s", l.Basics.Phone, short)
	}
	if !d.hasPhone("555-010-9999") || d.hasPhone("555-010-9998") {
		t.Error("phone digits must match across formatting, and only the same digits")
	}
	if h := newDocText("Universidad Politéc-\n   nica de Madrid"); !h.has("Universidad Politécnica de Madrid") {
		t.Error("a word hyphenated at a line end must be found whole")
	}
	if newDocText("born 1999, 2019: 2020").hasPhone("199-920-19") {
		t.Error("digits split by other punctuation must not run on")
	}
}

func TestTexEscape(t *testing.T) {
	in := `50% of R&D_team {x} #1 $5 ~a^b \cmd [opt] <a|b> "q" – — Ωmega 中文 é ł`
	got := texEscape(in, true)
	want := `50\% of R\&D\_team \{x\} \#1 \$5 \textasciitilde{}a\textasciicircum{}b \textbackslash{}cmd {[}opt{]} \textless{}a\textbar{}b\textgreater{} \textquotedbl{}q\textquotedbl{} -- --- mega  é ł`
	if got != want {
		t.Errorf("texEscape latin:\n got %s\nwant %s", got, want)
	}
	if got := texEscape("Ωmega 中文", false); got != "Ωmega 中文" {
		t.Errorf("texEscape unicode = %q", got)
	}
	if got := texEscape("a\u00adb\x01c", false); got != "abc" {
		t.Errorf("soft hyphens and control characters must go, got %q", got)
	}
}

func TestMdEscape(t *testing.T) {
	if got := mdEscape("*C#* @me [x](y) $5 - 1."); got != `\*C\#\* \@me \[x\](y) \$5 \- 1.` {
		t.Errorf("mdEscape = %q", got)
	}
}

func TestDocxText(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = w.Write([]byte(`<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Marta</w:t></w:r><w:r><w:t xml:space="preserve"> Quill</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2019</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Intern</w:t><w:br/><w:t>Acme</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "a.docx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := docxText(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Marta Quill\n2019\n\tIntern\nAcme\n\t"; got != want {
		t.Errorf("docxText = %q, want %q", got, want)
	}
	if err := os.WriteFile(path, []byte("not a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := docxText(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("a broken DOCX must be an error naming the file, got %v", err)
	}
}

func TestSelectFamilies(t *testing.T) {
	all := families()
	got, err := selectFamilies(all, "pydocx-tables, latex-jakes,pydocx-tables")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].name != "pydocx-tables" || got[1].name != "latex-jakes" {
		t.Errorf("selected %v", got)
	}
	if _, err := selectFamilies(all, "latex-jakes,nope"); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("an unknown family must be an error naming it, got %v", err)
	}
	seen := map[string]bool{}
	for _, f := range all {
		if seen[f.name] {
			t.Errorf("family %s twice", f.name)
		}
		seen[f.name] = true
		if (f.render == nil) == (f.convert == nil) || (f.convert == nil) != (f.prepare == nil) {
			t.Errorf("family %s must have render, or prepare and convert", f.name)
		}
	}
	if len(all) < 12 {
		t.Errorf("%d families, want at least 12", len(all))
	}
}
