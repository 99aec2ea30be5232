package main

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Label is the ground truth for one document, in the JSON Resume shape
// that shared/tools/score_parse.py reads.
type Label struct {
	Basics    LabelBasics `json:"basics"`
	Work      []LabelWork `json:"work"`
	Education []LabelEdu  `json:"education"`
	Skills    []Skill     `json:"skills"`
}

// LabelBasics is the labelled contact block.
type LabelBasics struct {
	Name  string `json:"name,omitempty"`
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
}

// LabelWork is one labelled job; no endDate means ongoing.
type LabelWork struct {
	Name      string `json:"name,omitempty"`
	Position  string `json:"position,omitempty"`
	StartDate string `json:"startDate,omitempty"`
	EndDate   string `json:"endDate,omitempty"`
	Location  string `json:"location,omitempty"`
}

// LabelEdu is one labelled course of study.
type LabelEdu struct {
	Institution string `json:"institution,omitempty"`
	StudyType   string `json:"studyType,omitempty"`
	Area        string `json:"area,omitempty"`
	StartDate   string `json:"startDate,omitempty"`
	EndDate     string `json:"endDate,omitempty"`
}

// Drops counts, per field, the label values a document does not show
// (Dropped) out of those the source holds (Total).
type Drops map[string]*[2]int

func (d Drops) note(field string, kept bool) {
	c := d[field]
	if c == nil {
		c = new([2]int)
		d[field] = c
	}
	c[0]++
	if !kept {
		c[1]++
	}
}

// add sums o into d.
func (d Drops) add(o Drops) {
	for k, v := range o {
		c := d[k]
		if c == nil {
			c = new([2]int)
			d[k] = c
		}
		c[0] += v[0]
		c[1] += v[1]
	}
}

// fields is the fields counted, sorted.
func (d Drops) fields() []string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// String is "field=dropped/total ..." in field order.
func (d Drops) String() string {
	var b strings.Builder
	for i, k := range d.fields() {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(k + "=" + strconv.Itoa(d[k][1]) + "/" + strconv.Itoa(d[k][0]))
	}
	return b.String()
}

// docText is a document's visible text, normalised for look-ups, with its
// digits alone (for phones) and its four-digit years.
type docText struct {
	norm, digits string
}

func newDocText(texts ...string) *docText {
	var n, d strings.Builder
	for _, t := range texts {
		// a word hyphenated at a line end (LaTeX) is also looked for whole
		if j := hyphenRe.ReplaceAllString(t, "$1$2"); j != t {
			n.WriteString(" " + normalize(j) + " ")
		}
		n.WriteString(" " + normalize(t) + " ")
		for _, r := range t {
			switch {
			case r >= '0' && r <= '9':
				d.WriteRune(r)
			case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')' || r == '+' || r == '/' || r == '\u00a0':
				// phone formatting: the digits run on
			default:
				d.WriteByte('|')
			}
		}
		d.WriteByte('|')
	}
	return &docText{norm: n.String(), digits: d.String()}
}

// has reports whether the normalised value occurs in the text as whole
// words (a value broken by a line end still matches: white space is
// collapsed on both sides).
func (t *docText) has(value string) bool {
	v := normalize(value)
	if v == "" {
		return false
	}
	i := 0
	for {
		j := strings.Index(t.norm[i:], v)
		if j < 0 {
			return false
		}
		j += i
		before, after := rune(' '), rune(' ')
		if j > 0 {
			before = rune(t.norm[j-1])
		}
		if k := j + len(v); k < len(t.norm) {
			after = rune(t.norm[k])
		}
		if (wordByte(before) && wordByte(after)) || !wordRune(v) {
			return true
		}
		i = j + 1
	}
}

// wordByte reports whether the byte next to a match leaves it a whole
// word: a space or punctuation does, but not + or # (as in score_parse.py,
// "C" is not found in "C++" nor "C#").
func wordByte(r rune) bool {
	return r == ' ' || r == '/' || r == '.' || r == '-' || r == '@'
}

// wordRune reports whether v is made of words that need boundaries (text
// in scripts without spaces, such as Chinese, does not).
func wordRune(v string) bool {
	for _, r := range v {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return false
		}
	}
	return true
}

// hasPhone reports whether the phone's last seven digits (or all of them,
// when fewer) occur in one run of the document's digits; formatting such
// as spaces, dots and brackets is ignored.
func (t *docText) hasPhone(phone string) bool {
	var d strings.Builder
	for _, r := range phone {
		if r >= '0' && r <= '9' {
			d.WriteRune(r)
		}
	}
	s := d.String()
	if len(s) < 4 {
		return false
	}
	if len(s) > 7 {
		s = s[len(s)-7:]
	}
	// Digits in the text run on across phone formatting (spaces, dashes,
	// dots, brackets), so a phone split by them is found as one run.
	return strings.Contains(t.digits, s)
}

// digits counts the digits in s.
func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// hasYear reports whether the year of a date appears in the text.
func (t *docText) hasYear(d date) bool {
	return d.ok() && strings.Contains(t.norm, strconv.Itoa(d.Year))
}

var (
	hyphenRe = regexp.MustCompile(`(\p{Ll})-[ \t]*\r?\n[ \t]*(\p{Ll})`)
	dashRe   = regexp.MustCompile("[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")
	dropRe   = regexp.MustCompile(`[^\p{L}\p{N}\p{M}_\s@.+\-/#]`)
	spaceRe  = regexp.MustCompile(`\s+`)
)

// normalize is score_parse.py's normalize: NFKC, soft hyphens dropped,
// dashes unified, lower case, every character but word characters, white
// space and @ . + - / # turned into a space, white space collapsed.
func normalize(s string) string {
	s = norm.NFKC.String(s)
	s = strings.ReplaceAll(s, "\u00ad", "")
	s = dashRe.ReplaceAllString(s, "-")
	s = strings.ToLower(s)
	s = dropRe.ReplaceAllString(s, " ")
	return strings.TrimSpace(spaceRe.ReplaceAllString(s, " "))
}

// makeLabel is the label of r for a document whose visible text is t: each
// value the document does not show is left out and counted in drops.
// Dates are kept when their year appears; an ongoing end stays absent.
func makeLabel(r *Resume, t *docText, drops Drops) *Label {
	keep := func(field, v string) string {
		if v == "" {
			return ""
		}
		ok := t.has(v)
		drops.note(field, ok)
		if !ok {
			return ""
		}
		return v
	}
	keepDate := func(field, raw string) string {
		d := parseDate(raw)
		if !d.ok() {
			if strings.TrimSpace(raw) != "" && !d.Present {
				drops.note(field+"(unreadable)", false)
			}
			return ""
		}
		ok := t.hasYear(d)
		drops.note(field, ok)
		if !ok {
			return ""
		}
		return d.label()
	}
	l := &Label{Work: []LabelWork{}, Education: []LabelEdu{}, Skills: []Skill{}}
	l.Basics.Name = keep("name", r.Basics.Name)
	l.Basics.Email = keep("email", r.Basics.Email)
	if p := r.Basics.Phone; p != "" {
		// score_parse.py matches phones on seven digits or more: a shorter
		// one ("none", "+33") could never be matched, and is left out.
		if digits(p) < 7 {
			drops.note("phone(under 7 digits)", false)
		} else {
			ok := t.hasPhone(p)
			drops.note("phone", ok)
			if ok {
				l.Basics.Phone = p
			}
		}
	}
	for _, w := range r.Work {
		e := LabelWork{
			Name:      keep("work.name", w.Name),
			Position:  keep("work.position", w.Position),
			Location:  keep("work.location", w.Location),
			StartDate: keepDate("work.startDate", w.StartDate),
			EndDate:   keepDate("work.endDate", w.EndDate),
		}
		if e.Name == "" && e.Position == "" {
			drops.note("work.entry", false)
			continue
		}
		drops.note("work.entry", true)
		l.Work = append(l.Work, e)
	}
	for _, ed := range r.Education {
		e := LabelEdu{
			Institution: keep("education.institution", ed.Institution),
			StudyType:   keep("education.studyType", ed.StudyType),
			Area:        keep("education.area", ed.Area),
			StartDate:   keepDate("education.startDate", ed.StartDate),
			EndDate:     keepDate("education.endDate", ed.EndDate),
		}
		if e.Institution == "" {
			drops.note("education.entry", false)
			continue
		}
		drops.note("education.entry", true)
		l.Education = append(l.Education, e)
	}
	for _, s := range r.Skills {
		k := Skill{Name: keep("skills.name", s.Name), Keywords: []string{}}
		for _, kw := range s.Keywords {
			if v := keep("skills.keyword", kw); v != "" {
				k.Keywords = append(k.Keywords, v)
			}
		}
		if k.Name != "" || len(k.Keywords) > 0 {
			l.Skills = append(l.Skills, k)
		}
	}
	return l
}
