package html_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html/atom"

	"github.com/resumekit/resumekit/export/html"
	"github.com/resumekit/resumekit/resume"
)

// validDate matches a valid HTML year, month or date string (the day is
// not checked against the month's length).
var validDate = regexp.MustCompile(`^[0-9]{4,}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$`)

// shown is the text a browser shows for a field the writer was given:
// markup resolved by resume.Plain, whitespace collapsed, and invalid
// UTF-8, controls and noncharacters as U+FFFD.
func shown(s string, markup bool) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f':
			return ' '
		case r < 0x20, r >= 0x7F && r <= 0x9F, r >= 0xFDD0 && r <= 0xFDEF, r&0xFFFE == 0xFFFE:
			return utf8.RuneError
		}
		return r
	}, s) // each invalid byte comes as utf8.RuneError
	s = strings.Join(strings.Fields(s), " ")
	if markup {
		s = resume.Plain(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// FuzzWrite writes resumes made of arbitrary text and checks that Write
// never fails, that the page is valid UTF-8 without scripts, and that a
// browser's parser (x/net/html) finds each field's text where it belongs.
func FuzzWrite(f *testing.F) {
	f.Add("Example Candidate", "Data Lead", "Spotahome", "**Led the project** that migrated *Kafka*", "AWS (S3, Lambda)", uint16(2019), uint8(11))
	f.Add("<script>x</script>", "</h3><h1>", "a&amp;b", "[x](javascript:y) <b>", "\x00\x01\u0085\uFFFF", uint16(0), uint8(0))
	f.Add("", "", "", "***x***y**z*", "[**t**](http://u)! <a@b.co>", uint16(65535), uint8(13))
	f.Fuzz(func(t *testing.T, name, position, company, highlight, skill string, year uint16, month uint8) {
		r := &resume.Resume{}
		r.Basics.Name = name
		start := resume.Date{Year: int(year), Month: int(month % 14), Precision: resume.PrecisionMonth}
		r.Work = []resume.Employer{{Name: company, Roles: []resume.Role{{
			Position: position, StartDate: start, EndDate: resume.Present,
			Highlights: []string{highlight}, Skills: []string{skill},
		}}}}
		var b bytes.Buffer
		if err := html.Write(&b, r, html.Options{}); err != nil {
			t.Fatal(err)
		}
		page := b.Bytes()
		if !utf8.Valid(page) {
			t.Fatal("invalid UTF-8")
		}
		doc := parse(t, page)
		if n := find(doc, atom.Script); len(n) > 0 {
			t.Fatal("a script element")
		}
		body := find(doc, atom.Body)[0]
		if h1 := find(body, atom.H1); shown(name, false) != "" && (len(h1) != 1 || text(h1[0]) != shown(name, false)) {
			t.Errorf("name %q: h1 %d", shown(name, false), len(h1))
		}
		h3 := find(body, atom.H3)
		if len(h3) != 1 {
			if shown(position, false)+shown(company, false) != "" {
				t.Fatalf("%d h3", len(h3))
			}
		} else if got := text(h3[0]); !strings.Contains(got, shown(position, false)) || !strings.Contains(got, shown(company, false)) {
			t.Errorf("h3 %q lacks %q or %q", got, shown(position, false), shown(company, false))
		}
		if want := shown(highlight, true); want != "" {
			li := find(body, atom.Li)
			if len(li) != 1 || text(li[0]) != want {
				t.Errorf("highlight %q, got %d items", want, len(li))
				if len(li) == 1 {
					t.Logf("item %q", text(li[0]))
				}
			}
		}
		for _, tm := range find(body, atom.Time) {
			if v := attr(tm, "datetime"); !validDate.MatchString(v) || strings.HasPrefix(v, "0000") {
				t.Errorf("<time datetime=%q> is no valid HTML date", v)
			}
		}
		if want := shown(skill, false); want != "" && !strings.Contains(text(body), "Skills: "+want) {
			t.Errorf("skill %q missing", want)
		}
	})
}
