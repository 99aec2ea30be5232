package markdown

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/resumekit/resumekit/export/internal/entry"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// Options are the Markdown writer's options. The zero value means the
// defaults. Markdown has no fonts, colours or pages, so of style.Options it
// uses the section order, the labels (Language or Labels) and the date
// format and present word.
type Options struct {
	style.Options
}

// ErrNilResume is returned by Write for a nil resume.
var ErrNilResume = errors.New("markdown: nil resume")

// Write writes r to w as CommonMark. The same resume and options always
// give the same bytes. The only error is from w (wrapped) or ErrNilResume.
func Write(w io.Writer, r *resume.Resume, opts Options) error {
	if r == nil {
		return ErrNilResume
	}
	st := opts.Resolve()
	d := doc{st: st, buf: make([]byte, 0, 4096), roleSep: entry.RoleSeparator(r)}
	d.resume(r)
	if _, err := w.Write(d.buf); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	return nil
}

// doc builds the output. Every block is one line (or, for a list, one line
// per item) and blocks are separated by one blank line.
type doc struct {
	st  style.Resolved
	buf []byte
	// roleSep joins a role's position and company in its heading (see
	// entry.RoleSeparator).
	roleSep string
}

// start begins a new block.
func (d *doc) start() {
	if len(d.buf) > 0 {
		d.buf = append(d.buf, '\n')
	}
}

// heading writes an ATX heading; content is inline Markdown.
func (d *doc) heading(level int, content string) {
	if content == "" {
		return
	}
	d.start()
	d.buf = append(d.buf, "######"[:level]...)
	d.buf = append(d.buf, ' ')
	d.buf = append(d.buf, headingText(content)...)
	d.buf = append(d.buf, '\n')
}

// para writes a paragraph; content is inline Markdown.
func (d *doc) para(content string) {
	at := d.begin()
	d.buf = append(d.buf, content...)
	d.end(at)
}

// begin starts a block: it writes the blank line before it and returns
// where its content starts, for end.
func (d *doc) begin() [2]int {
	mark := len(d.buf)
	d.start()
	return [2]int{mark, len(d.buf)}
}

// end finishes a paragraph whose content was appended since begin: it is
// dropped when empty, and escaped when it would open another block.
func (d *doc) end(at [2]int) {
	d.trimLeft(at[1])
	content := d.buf[at[1]:]
	if len(content) == 0 {
		d.buf = d.buf[:at[0]]
		return
	}
	if i := lineStartAt(content); i >= 0 {
		d.buf = slices.Insert(d.buf, at[1]+i, '\\')
	}
	d.buf = append(d.buf, '\n')
}

// trimLeft drops the spaces and tabs at the start of the content from
// start on (left by an empty link, say): a reader shows none, and before
// a block's marker they would still open it, or four make a code block.
func (d *doc) trimLeft(start int) {
	n := start
	for n < len(d.buf) && (d.buf[n] == ' ' || d.buf[n] == '\t') {
		n++
	}
	d.buf = append(d.buf[:start], d.buf[n:]...)
}

// text writes each paragraph of a markup field.
func (d *doc) text(s string) {
	resume.EachParagraph(s, func(p string) {
		at := d.begin()
		d.buf = appendMarkup(d.buf, p)
		d.end(at)
	})
}

// list writes a bullet list; items are inline Markdown, empty ones skipped.
func (d *doc) list(items []string) {
	open := false
	for _, it := range items {
		d.item(&open, func(b []byte) []byte { return append(b, it...) })
	}
}

// item writes one list item with the content fill appends; *open tells
// whether the list has begun.
func (d *doc) item(open *bool, fill func([]byte) []byte) {
	mark := len(d.buf)
	if !*open {
		d.start()
	}
	d.buf = append(d.buf, "- "...)
	start := len(d.buf)
	d.buf = fill(d.buf)
	d.trimLeft(start)
	content := d.buf[start:]
	switch {
	case len(content) == 0:
		d.buf = d.buf[:mark]
		return
	case thematic(d.buf[start-2:]):
		// "- --" would be a thematic break, not an item
		d.buf = slices.Insert(d.buf, start, '\\')
	default:
		if i := lineStartAt(content); i >= 0 {
			d.buf = slices.Insert(d.buf, start+i, '\\')
		}
	}
	d.buf = append(d.buf, '\n')
	*open = true
}

// highlights writes markup fields as a bullet list, one item each.
func (d *doc) highlights(hs []string) {
	open := false
	for _, h := range hs {
		d.item(&open, func(b []byte) []byte { return appendMarkup(b, h) })
	}
}

// labelled writes "Label: a, b, c" when there are values.
func (d *doc) labelled(label string, values []string) {
	at := d.begin()
	d.buf = appendPlain(d.buf, label)
	d.buf = append(d.buf, ": "...)
	n := len(d.buf)
	d.buf = appendJoined(d.buf, values, ", ")
	if len(d.buf) == n {
		d.buf = d.buf[:at[1]] // no values: no line
	}
	d.end(at)
}

// appendJoined escapes and joins the non-empty values.
func appendJoined(b []byte, values []string, sep string) []byte {
	start := len(b)
	for _, v := range values {
		n := len(b)
		if len(b) > start {
			b = append(b, sep...)
		}
		m := len(b)
		b = appendPlain(b, v)
		if len(b) == m {
			b = b[:n]
		}
	}
	return b
}

// joinPlain escapes and joins the non-empty values.
func joinPlain(values []string, sep string) string {
	return string(appendJoined(nil, values, sep))
}

// dates writes a date range on its own line.
func (d *doc) dates(start, end resume.Date) {
	d.para(plain(d.st.Range(start, end)))
}

// title joins a heading's two parts as "a — b", leaving out an empty one.
func title(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " — " + b
}

// roleTitle joins a role's heading as "Position<sep>Company"; sep is the
// document's entry.RoleSeparator. With no position it is "@ Company"
// (entry.Lone).
func roleTitle(position, company, sep string) string {
	switch {
	case position == "" && company == "":
		return ""
	case position == "":
		return entry.Lone + company
	case company == "":
		return position
	}
	return position + sep + company
}

// linked renders plain text as a link to url when both are set.
func linked(text, url string) string {
	t := plain(text)
	url = clean(url)
	if t == "" || url == "" {
		return t
	}
	return "[" + t + "](" + string(appendDestination(nil, url)) + ")"
}

// contact renders an email, URL or other address: an autolink when it is
// one, else plain text.
func contact(s string) string {
	s = clean(s)
	if uriAutolink(s) || emailAutolink(s) {
		return "<" + s + ">"
	}
	return plain(s)
}

func (d *doc) resume(r *resume.Resume) {
	b := &r.Basics
	d.heading(1, plain(b.Name))
	d.para(plain(b.Label))
	var line []string
	for _, c := range []string{contact(b.Email), plain(b.Phone), contact(b.URL), location(b.Location)} {
		if c != "" {
			line = append(line, c)
		}
	}
	for _, p := range b.Profiles {
		if c := profile(p); c != "" {
			line = append(line, c)
		}
	}
	d.para(strings.Join(line, " · "))

	for _, s := range d.st.Order {
		d.section(r, s)
	}
	if len(d.buf) == 0 {
		// An empty resume is still a valid, non-empty document.
		d.buf = append(d.buf, '\n')
	}
}

func location(l resume.Location) string {
	return joinPlain([]string{l.Address, l.PostalCode, l.City, l.Region, l.CountryCode}, ", ")
}

func profile(p resume.Profile) string {
	network, user := plain(p.Network), plain(p.Username)
	var v string
	switch {
	case user != "" && clean(p.URL) != "":
		v = linked(p.Username, p.URL)
	case user != "":
		v = user
	default:
		v = contact(p.URL)
	}
	switch {
	case network == "":
		return v
	case v == "":
		return network
	}
	return network + ": " + v
}

// section writes one section with its H2, if it has any content.
func (d *doc) section(r *resume.Resume, s style.Section) {
	h := func() { d.heading(2, plain(d.st.Labels.Heading(s))) }
	switch s {
	case style.Summary:
		if clean(r.Basics.Summary) != "" {
			h()
			d.text(r.Basics.Summary)
		}
	case style.Work:
		if len(r.Work) > 0 {
			h()
			for i := range r.Work {
				d.employer(&r.Work[i])
			}
		}
	case style.Education:
		if len(r.Education) > 0 {
			h()
			for _, e := range r.Education {
				d.education(e)
			}
		}
	case style.Skills:
		if len(r.Skills) > 0 {
			h()
			items := make([]string, 0, len(r.Skills))
			for _, sk := range r.Skills {
				items = append(items, group(sk.Name, sk.Level, sk.Keywords))
			}
			d.list(items)
		}
	case style.Projects:
		if len(r.Projects) > 0 {
			h()
			for _, p := range r.Projects {
				d.heading(3, linked(p.Name, p.URL))
				d.dates(p.StartDate, p.EndDate)
				d.para(joinPlain(append([]string{p.Entity, p.Type}, p.Roles...), " · "))
				d.text(p.Description)
				d.highlights(p.Highlights)
				d.labelled(d.st.Labels.Keywords, p.Keywords)
			}
		}
	case style.Volunteer:
		if len(r.Volunteer) > 0 {
			h()
			for _, v := range r.Volunteer {
				d.heading(3, title(plain(v.Position), linked(v.Organization, v.URL)))
				d.dates(v.StartDate, v.EndDate)
				d.text(v.Summary)
				d.highlights(v.Highlights)
			}
		}
	case style.Awards:
		if len(r.Awards) > 0 {
			h()
			for _, a := range r.Awards {
				d.heading(3, title(plain(a.Title), plain(a.Awarder)))
				d.dates(a.Date, resume.Date{})
				d.text(a.Summary)
			}
		}
	case style.Certificates:
		if len(r.Certificates) > 0 {
			h()
			for _, c := range r.Certificates {
				d.heading(3, title(linked(c.Name, c.URL), plain(c.Issuer)))
				d.dates(c.Date, resume.Date{})
			}
		}
	case style.Publications:
		if len(r.Publications) > 0 {
			h()
			for _, p := range r.Publications {
				d.heading(3, title(linked(p.Name, p.URL), plain(p.Publisher)))
				d.dates(p.ReleaseDate, resume.Date{})
				d.text(p.Summary)
			}
		}
	case style.Languages:
		if len(r.Languages) > 0 {
			h()
			items := make([]string, 0, len(r.Languages))
			for _, l := range r.Languages {
				items = append(items, title2(plain(l.Language), plain(l.Fluency)))
			}
			d.list(items)
		}
	case style.Interests:
		if len(r.Interests) > 0 {
			h()
			items := make([]string, 0, len(r.Interests))
			for _, in := range r.Interests {
				items = append(items, group(in.Name, "", in.Keywords))
			}
			d.list(items)
		}
	case style.References:
		if len(r.References) > 0 {
			h()
			for _, rf := range r.References {
				d.heading(3, plain(rf.Name))
				d.text(rf.Reference)
			}
		}
	}
}

// title2 joins "a: b", leaving out an empty part.
func title2(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ": " + b
}

// group renders a skill group as "Name (Level): a, b, c".
func group(name, level string, keywords []string) string {
	n := plain(name)
	if l := plain(level); l != "" {
		if n == "" {
			n = l
		} else {
			n += " (" + l + ")"
		}
	}
	return title2(n, joinPlain(keywords, ", "))
}

// employer writes one H3 block per role. The employer's own location,
// description and summary are written once, under its first role (or under
// a heading of the company alone when it lists no roles).
func (d *doc) employer(e *resume.Employer) {
	company := linked(e.Name, e.URL)
	shared := func(roleLocation string) {
		d.para(plain(roleLocation))
		if clean(e.Location) != clean(roleLocation) {
			d.para(plain(e.Location))
		}
		d.text(e.Description)
		d.text(e.Summary)
	}
	if len(e.Roles) == 0 {
		d.heading(3, company)
		shared("")
		return
	}
	for i, ro := range e.Roles {
		d.heading(3, roleTitle(plain(ro.Position), company, d.roleSep))
		d.dates(ro.StartDate, ro.EndDate)
		if i == 0 {
			shared(ro.Location)
		} else {
			d.para(plain(ro.Location))
		}
		d.text(ro.Summary)
		d.highlights(ro.Highlights)
		d.labelled(d.st.Labels.Skills, ro.Skills)
	}
}

// education writes one H3 block: "Area (StudyType) — Institution".
func (d *doc) education(e resume.Education) {
	what := plain(e.Area)
	if st := plain(e.StudyType); st != "" {
		what = strings.TrimSpace(what + " (" + st + ")")
	}
	d.heading(3, title(what, linked(e.Institution, e.URL)))
	d.dates(e.StartDate, e.EndDate)
	if s := plain(e.Score); s != "" {
		d.para(plain(d.st.Labels.Score) + ": " + s)
	}
	d.labelled(d.st.Labels.Courses, e.Courses)
	d.text(e.Summary)
}
