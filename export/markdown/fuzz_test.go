package markdown_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/resumekit/resumekit/export/internal/entry"
	"github.com/resumekit/resumekit/export/markdown"
	"github.com/resumekit/resumekit/resume"
)

// asciiSpace is what CommonMark trims at a block's edges; other Unicode
// space (U+0085, U+00A0) stays in the text.
const asciiSpace = " \t\n\r\v\f"

// readerText is the text a Markdown reader shows for a field the writer
// was given: markup resolved by resume.Plain, whitespace collapsed, invalid
// UTF-8 and NUL shown as U+FFFD.
func readerText(s string, markup bool) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}), " ")
	if markup {
		// (an empty link leaves a space at the edge, which no reader shows)
		s = strings.Trim(resume.Plain(s), asciiSpace)
	}
	return s
}

// FuzzWrite writes resumes made of arbitrary text and checks that Write
// never fails or panics, that the output is valid UTF-8, that goldmark
// reads it as nothing but headings, one-line paragraphs and list items, and
// that every field's text reaches the reader unchanged.
func FuzzWrite(f *testing.F) {
	f.Add("Example Candidate", "Data Lead", "Spotahome", "Transitioned to a **strategic** role.\n\nSecond *paragraph*.", "**Led the project** that migrated *Kafka*", "AWS (S3, Lambda)", uint16(2019), uint8(11))
	f.Add("# Name", "1. Position", "- Company", "> quote\n```\ncode", "<div>x</div> &amp; a_b_c", "`tick`", uint16(0), uint8(0))
	f.Add("", "", "", "***x***y**z*", "[**t**](http://u)! ![i](j) <a@b.co>", "", uint16(65535), uint8(13))
	f.Fuzz(func(t *testing.T, name, position, company, summary, highlight, skill string, year uint16, month uint8) {
		r := &resume.Resume{}
		r.Basics.Name = name
		r.Basics.Summary = summary
		start := resume.Date{Year: int(year), Month: int(month % 13), Precision: resume.PrecisionMonth}
		r.Work = []resume.Employer{{Name: company, Description: summary, Roles: []resume.Role{
			{Position: position, StartDate: start, Summary: summary, Highlights: []string{highlight, summary}, Skills: []string{skill, name}},
			{Position: skill, EndDate: resume.Date{Present: true}, Highlights: []string{position}},
		}}}
		r.Skills = []resume.Skill{{Name: skill, Keywords: []string{highlight}}}
		var out bytes.Buffer
		if err := markdown.Write(&out, r, markdown.Options{}); err != nil {
			t.Fatalf("Write: %v", err)
		}
		if !utf8.Valid(out.Bytes()) {
			t.Fatalf("invalid UTF-8 output:\n%q", out.Bytes())
		}
		seen := map[string]bool{}
		for _, b := range render(t, out.Bytes()) {
			seen[b.Tag+" "+strings.Trim(b.Text, asciiSpace)] = true // a reader shows no space at an edge
		}
		want := func(tag, text string) {
			if text != "" && !seen[tag+" "+text] {
				t.Errorf("reader does not see <%s> %q in:\n%s", tag, text, out.Bytes())
			}
		}
		want("h1", readerText(name, false))
		if highlight != "" {
			want("li", readerText(highlight, true))
		}
		want("li", readerText(position, true))
		if readerText(position, false) != "" && readerText(company, false) != "" {
			want("h3", readerText(position, false)+entry.RoleSeparator(r)+readerText(company, false))
		}
		// A blank line (only spaces, tabs, CR, VT or FF) separates paragraphs.
		var para []string
		for _, line := range append(strings.Split(summary, "\n"), "") {
			if strings.Trim(line, " \t\r\v\f") != "" {
				para = append(para, line)
				continue
			}
			if len(para) > 0 {
				want("p", readerText(strings.Join(para, "\n"), true))
				para = nil
			}
		}
	})
}
