package docx_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export/docx"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// FuzzWrite writes random resumes: one decoded from the fuzzed bytes (the
// seeds are real resume files) and one built from the fuzzed strings in
// every field, with fuzzed options. Write must never panic, every part
// must be well-formed XML, and what can be predicted must be there.
func FuzzWrite(f *testing.F) {
	f.Add(examples.YAML, "Ada Lovelace", "Engineer", uint16(3), uint8(0))
	f.Add([]byte(`{"basics":{"name":"X"}}`), "\x00\x01\x1f\uFFFE\uFFFF", "\xff\xfe\xed\xa0\x80", uint16(10000), uint8(1))
	f.Add([]byte("basics: {name: \"\u202eRTL\"}"), "עברית العربية", "**a** *b* [c](javascript:x) <https://x.y>", uint16(0), uint8(2))
	f.Add([]byte(""), "&<>\"' ]]> 🚀", "a\tb\nc\r\n\n\nd", uint16(1), uint8(255))
	f.Fuzz(func(t *testing.T, data []byte, s1, s2 string, n uint16, flags uint8) {
		if r, err := resume.Decode(data, "fuzz.yaml", resume.LoadOptions{Lenient: true, MaxSize: 1 << 20}); err == nil {
			check(t, r, docx.Options{})
		}
		r := fuzzResume(s1, s2, n, flags)
		opts := docx.Options{HideEmployerRange: flags&8 != 0}
		opts.Language = []string{"", "en", "es", "de", "fr", "xx"}[int(flags)%6]
		if flags&16 != 0 {
			opts.DateFormat = s2
			opts.Present = s1
		}
		if flags&32 != 0 {
			opts.Labels = &style.Labels{Work: s1, Skills: s2, Education: s2}
		}
		if flags&64 != 0 {
			opts.FontFamily = s2
		}
		ps := check(t, r, opts)
		if ps == nil {
			return
		}
		// A clean one-line name comes out whole as the Title.
		if want := strings.TrimSpace(s1); want != "" && plainLine(s1) && (ps[0].Style != "Title" || ps[0].Text != want) {
			t.Errorf("title = %q (%s), want %q", ps[0].Text, ps[0].Style, want)
		}
		// Every non-blank highlight is one list paragraph.
		want := 0
		for _, h := range r.Work[0].Roles[0].Highlights {
			if strings.TrimSpace(strings.Map(keepXML, h)) != "" {
				want++
			}
		}
		got := 0
		for _, p := range ps {
			if p.Style == "ListBullet" && p.NumID == "1" {
				got++
			}
		}
		if got < want {
			t.Errorf("%d list paragraphs, want at least %d", got, want)
		}
	})
}

// check writes r and verifies the package; it returns the paragraphs, or
// nil when the options were rightly refused.
func check(t *testing.T, r *resume.Resume, opts docx.Options) []para {
	t.Helper()
	var buf bytes.Buffer
	if err := docx.Write(&buf, r, opts); err != nil {
		if errors.Is(err, docx.ErrOptions) {
			return nil
		}
		t.Fatalf("Write: %v", err)
	}
	_, files := parts(t, buf.Bytes())
	for name, data := range files {
		if name == "word/document.xml" {
			continue // parsed below
		}
		if err := wellFormed(data); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	ps, err := parseParagraphs(files["word/document.xml"])
	if err != nil {
		t.Fatalf("document.xml: %v", err)
	}
	if len(ps) == 0 {
		t.Fatal("no paragraph")
	}
	for _, p := range ps {
		if (p.Style == "Heading1" || p.Style == "Title") && strings.TrimSpace(p.Text) == "" {
			t.Fatalf("blank %s paragraph", p.Style)
		}
	}
	return ps
}

// plainLine reports whether s is valid UTF-8 with only characters XML
// allows and no line breaks or tabs: text that must come out unchanged.
func plainLine(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r == '\t' || r == '\n' || r == '\r' || keepXML(r) < 0 {
			return false
		}
	}
	return true
}

// keepXML drops the runes XML 1.0 forbids (for strings.Map).
func keepXML(r rune) rune {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return r
	case r < 0x20, r >= 0xD800 && r < 0xE000, r == 0xFFFE, r == 0xFFFF, r == utf8.RuneError:
		return -1
	}
	return r
}

// fuzzResume puts s1 and s2 in every field, with a highlight of s2
// repeated to about 10,000 bytes (n permitting) and dates (some invalid)
// from n and flags. The long text goes into two highlights only: the
// inline-markup parser (resume.Inline) is quadratic on some inputs, and
// feeding it 10 KB in every field would measure that, not this writer.
func fuzzResume(s1, s2 string, n uint16, flags uint8) *resume.Resume {
	long := s2
	if len(s2) > 0 {
		long = strings.Repeat(s2, min(int(n), 10000/len(s2)+1))
	}
	d1 := resume.YearMonth(int(n)%10000, int(flags)%14)
	d2 := resume.YMD(int(n)%3000, int(flags)%13, int(flags)%32)
	if flags&1 != 0 {
		d2 = resume.Present
	}
	if flags&2 != 0 {
		d1 = resume.YearOnly(int(n))
	}
	both := s1 + "\n\n" + s2
	list := []string{s1, s2, ""}
	return &resume.Resume{
		Basics: resume.Basics{Name: s1, Label: s2, Email: s2, Phone: s1, URL: s2, Summary: both,
			Location: resume.Location{Address: s1, City: s2, PostalCode: s1, Region: s2, CountryCode: s1},
			Profiles: []resume.Profile{{Network: s1, Username: s2, URL: s2}, {Network: s1, Username: s2}}},
		Work: []resume.Employer{
			{Name: s2, Location: s1, URL: s1, Description: both, Summary: s2, Roles: []resume.Role{
				{Position: s1, StartDate: d1, EndDate: d2, Location: s2, Summary: both, Highlights: append(list, long), Skills: list},
				{Position: s2, StartDate: d2, EndDate: d1, Location: s1},
			}},
			{Name: s1, Roles: []resume.Role{{Position: s2, StartDate: d1, Highlights: []string{long}}}},
			{},
		},
		Education:    []resume.Education{{Institution: s1, URL: s2, Area: s2, StudyType: s1, StartDate: d1, EndDate: d2, Score: s2, Courses: list, Summary: both}},
		Skills:       []resume.Skill{{Name: s1, Level: s2, Keywords: list}, {Name: s2}},
		Projects:     []resume.Project{{Name: s1, Description: both, Highlights: list, Keywords: list, StartDate: d2, EndDate: d1, URL: s2, Roles: list, Entity: s2, Type: s1}},
		Volunteer:    []resume.Volunteer{{Organization: s1, Position: s2, URL: s1, StartDate: d1, EndDate: d2, Summary: both, Highlights: list}},
		Awards:       []resume.Award{{Title: s1, Date: d1, Awarder: s2, Summary: both}},
		Certificates: []resume.Certificate{{Name: s2, Date: d2, URL: s1, Issuer: s1}},
		Publications: []resume.Publication{{Name: s1, Publisher: s2, ReleaseDate: d1, URL: s2, Summary: both}},
		Languages:    []resume.Language{{Language: s1, Fluency: s2}, {Language: s2}},
		Interests:    []resume.Interest{{Name: s1, Keywords: list}},
		References:   []resume.Reference{{Name: s1, Reference: both}},
	}
}
