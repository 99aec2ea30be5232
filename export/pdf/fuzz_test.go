package pdf

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// fuzzResume builds a resume from fuzzed strings: n roles (at one or two
// employers) and every section, with the strings in names, markup fields
// and keywords. The text goes whole into the first highlight and cut to
// 300 bytes everywhere else, so a long text costs one long highlight.
func fuzzResume(name, position, company, text, skill string, n uint8) *resume.Resume {
	long := text
	if len(text) > 300 {
		text = text[:300]
	}
	r := &resume.Resume{
		Basics: resume.Basics{Name: name, Label: position, Email: skill, URL: company, Summary: text,
			Location: resume.Location{City: company}, Profiles: []resume.Profile{{Network: skill, URL: text}}},
		Skills:       []resume.Skill{{Name: skill, Level: position, Keywords: []string{skill, name, ""}}},
		Education:    []resume.Education{{Institution: company, Area: text, StudyType: skill, Courses: []string{text}, Summary: text, URL: name}},
		Projects:     []resume.Project{{Name: name, Description: text, Highlights: []string{text}, Keywords: []string{skill}, Roles: []string{position}, URL: text}},
		Volunteer:    []resume.Volunteer{{Organization: company, Position: position, Highlights: []string{text}}},
		Awards:       []resume.Award{{Title: name, Awarder: company, Summary: text, Date: resume.YMD(2020, 2, 29)}},
		Certificates: []resume.Certificate{{Name: skill, Issuer: company, URL: text}},
		Publications: []resume.Publication{{Name: text, Publisher: company, Summary: text}},
		Languages:    []resume.Language{{Language: skill, Fluency: position}},
		Interests:    []resume.Interest{{Name: skill, Keywords: []string{text}}},
		References:   []resume.Reference{{Name: name, Reference: text}},
	}
	for i := 0; i < int(n%12)+1; i++ {
		if i == 0 || i == 5 {
			r.Work = append(r.Work, resume.Employer{Name: company, Location: position, Description: text, URL: skill})
		}
		e := &r.Work[len(r.Work)-1]
		h := text
		if i == 0 {
			h = long
		}
		e.Roles = append(e.Roles, resume.Role{
			Position:   position,
			StartDate:  resume.YearMonth(2000+i, i%12+1),
			EndDate:    []resume.Date{{}, resume.Present, resume.YearOnly(2030)}[i%3],
			Summary:    text,
			Highlights: []string{h, strings.Repeat(text, i%3), skill},
			Skills:     []string{skill, position},
			Location:   company,
		})
	}
	return r
}

// FuzzWrite writes random resumes: control characters, invalid UTF-8,
// right-to-left and other scripts without glyphs, markup, long words. Write
// must never panic, must fail only with a *MissingGlyphsError, and its
// output must parse with ledongthuc/pdf and hold the name.
func FuzzWrite(f *testing.F) {
	f.Add("Jane Doe", "Senior Engineer", "Acme & Co", "Built **fast** *things* [link](https://example.com)", "Go", uint8(3), uint8(1))
	f.Add("José Ñúñez", "Μηχανικός", "ООО «Рога»", "Straße – façade\n\nSecond paragraph", "C++", uint8(7), uint8(6))
	f.Add("A\x00B\x1b\x7f", "\xff\xfe\xfd", "\u202eevil\u202c", "tab\there\r\nnew\u2028line\u200b", "\u00ad", uint8(0), uint8(255))
	f.Add("שלום", "مهندس", "Firma", "text", "skill", uint8(1), uint8(0))
	f.Add("Name", "Position", "Company", strings.Repeat("x", 10000), strings.Repeat("word ", 60), uint8(11), uint8(3))
	f.Add("", "", "", "", "", uint8(0), uint8(0))
	f.Add("**", "*[", "](", "<https://a.b>", "\\*", uint8(2), uint8(2))
	f.Add("e\u0301\u0301\u0301", "😀", "\uFFFD", "\uFFFE\uFDD0", "𝔘", uint8(4), uint8(8))
	f.Fuzz(func(t *testing.T, name, position, company, text, skill string, n, flags uint8) {
		if len(name)+len(position)+len(company)+len(skill) > 4<<10 || len(text) > 16<<10 {
			t.Skip("input too large to be worth the time; TestLongText and TestFiveHundredRoles cover size")
		}
		r := fuzzResume(name, position, company, text, skill, n)
		opts := Options{PageNumbers: flags&1 != 0, HideEmployerRange: flags&2 != 0}
		opts.Language = []string{"", "de", "es", "xx"}[flags>>2&3]
		if flags&16 != 0 {
			opts.PageSize = style.Letter
		}
		if flags&32 != 0 {
			opts.DateFormat = "01.2006"
		}
		var buf bytes.Buffer
		err := Write(&buf, r, opts)
		if err != nil {
			var me *MissingGlyphsError
			if !errors.As(err, &me) {
				t.Fatalf("Write: %v", err)
			}
			if buf.Len() != 0 {
				t.Fatalf("%d bytes written before the error", buf.Len())
			}
			return
		}
		got := strings.Join(pages(t, buf.Bytes()), "")
		if want := squeeze(flat(name)); want != "" && !strings.Contains(squeeze(got), want) {
			t.Fatalf("name %q (%q) not in the text", name, want)
		}
	})
}

// squeeze drops all white space, so that a name broken over lines still
// compares equal.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// FuzzDecodeWrite reads random resume files (seeded with the example CV
// and the JSON Resume examples) and writes whatever decodes.
func FuzzDecodeWrite(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := resume.Decode(data, "fuzz.json", resume.LoadOptions{MaxSize: 1 << 20})
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := Write(&buf, r, Options{PageNumbers: true}); err != nil {
			var me *MissingGlyphsError
			if !errors.As(err, &me) {
				t.Fatalf("Write: %v", err)
			}
			return
		}
		pages(t, buf.Bytes())
	})
}

// FuzzTrueType reads fonts that may be malformed, as a fallback font from
// a user may be: parseTrueType must return an error or a font whose subset
// is a complete TrueType program (its checksum right), never panic.
func FuzzTrueType(f *testing.F) {
	f.Add(goregular.TTF, "Añ–Ω")
	f.Add(goregular.TTF[:4096], "a")
	f.Add([]byte("\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00glyf\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x10"), "x")
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		tt, err := parseTrueType(data)
		if err != nil {
			if !errors.Is(err, errNotTrueType) {
				t.Fatalf("error %v does not wrap errNotTrueType", err)
			}
			return
		}
		var gs []usedGlyph
		for i, r := range text {
			gs = append(gs, usedGlyph{id: sfnt.GlyphIndex(int(r) + i), r: r})
		}
		if sum := checksum(tt.subset(gs)); sum != 0xB1B0AFBA {
			t.Fatalf("subset checksum %08X", sum)
		}
	})
}
