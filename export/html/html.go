package html

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/resumekit/resumekit/export/internal/entry"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// Options are the HTML writer's options. The zero value means the
// defaults. Of style.Options the page uses the theme (its design), the
// section order, the labels (Language or Labels), the date format and
// present word, the font family and size, the accent colour, the spacing,
// and for print, through @page, the page size, the margins and the page
// numbers. FallbackFonts are the PDF's alone: the page names no font
// files.
type Options struct {
	style.Options
}

// ErrNilResume is returned by Write for a nil resume.
var ErrNilResume = errors.New("html: nil resume")

// Write writes r to w as one self-contained HTML5 page. The same resume and
// options always give the same bytes. The errors are ErrNilResume, a
// *style.OptionError for an option the page cannot use (a font size, an
// accent colour, margins or a section name), or the error of w, wrapped.
func Write(w io.Writer, r *resume.Resume, opts Options) error {
	if r == nil {
		return ErrNilResume
	}
	st := opts.Resolve()
	accent, err := check(st)
	if err != nil {
		return err
	}
	d := doc{st: st, b: make([]byte, 0, 16<<10)}
	d.page(r, accent)
	if _, err := w.Write(d.b); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	return nil
}

// doc builds the page in b.
type doc struct {
	st style.Resolved
	b  []byte
}

func (d *doc) str(s string) { d.b = append(d.b, s...) }

// open begins an element (attrs, when set, starts with a space) that is dropped again by close when nothing
// visible was written into it. It returns where the element began and
// where its content starts.
func (d *doc) open(tag, attrs string) [2]int {
	mark := len(d.b)
	d.b = append(d.b, '<')
	d.b = append(d.b, tag...)
	d.b = append(d.b, attrs...)
	d.b = append(d.b, '>')
	return [2]int{mark, len(d.b)}
}

// close ends the element begun by open, or drops it when it is empty.
func (d *doc) close(at [2]int, tag string) bool {
	if len(d.b) == at[1] {
		d.b = d.b[:at[0]]
		return false
	}
	d.b = append(d.b, "</"...)
	d.b = append(d.b, tag...)
	d.b = append(d.b, ">\n"...)
	return true
}

// plainIn writes a field without markup as one element, unless it is empty.
func (d *doc) plainIn(tag, attrs, s string) {
	at := d.open(tag, attrs)
	d.b = appendText(d.b, clean(s))
	d.close(at, tag)
}

// markupIn writes each paragraph of a markup field as one element.
func (d *doc) markupIn(tag, s string) {
	resume.EachParagraph(s, func(p string) {
		at := d.open(tag, "")
		d.b = appendMarkup(d.b, p)
		d.close(at, tag)
	})
}

// heading writes a heading whose content fill appends.
func (d *doc) heading(tag string, fill func()) {
	at := d.open(tag, "")
	fill()
	d.close(at, tag)
}

// list writes items (each written by fill) as a bullet list, leaving out
// empty items and an empty list.
func (d *doc) list(n int, fill func(i int)) {
	at := d.open("ul", "")
	d.b = append(d.b, '\n')
	body := len(d.b)
	for i := range n {
		li := d.open("li", "")
		fill(i)
		d.close(li, "li")
	}
	if len(d.b) == body {
		d.b = d.b[:at[0]]
		return
	}
	d.str("</ul>\n")
}

// highlights writes markup fields as a bullet list.
func (d *doc) highlights(hs []string) {
	d.list(len(hs), func(i int) { d.b = appendMarkup(d.b, clean(hs[i])) })
}

// labelled writes "Label: a, b, c" as a paragraph when there are values.
func (d *doc) labelled(label string, values []string) {
	at := d.open("p", "")
	d.b = appendText(d.b, clean(label))
	d.str(": ")
	n := len(d.b)
	d.b = appendJoined(d.b, values, ", ")
	if len(d.b) == n {
		d.b = d.b[:at[0]]
		return
	}
	d.close(at, "p")
}

// dates writes a date range as a paragraph of <time> elements; its text is
// exactly style.Resolved.Range.
func (d *doc) dates(start, end resume.Date) {
	s, e := d.st.Date(start), d.st.Date(end)
	if s == "" && e == "" {
		return
	}
	d.str(`<p class="dates">`)
	if s != "" {
		d.time(start, s)
	}
	if s != "" && e != "" {
		d.str(" – ")
	}
	if e != "" {
		d.time(end, e)
	}
	d.str("</p>\n")
}

// time writes one printed date; a real date is a <time> with its ISO form,
// the open end ("Present") and a date HTML cannot express (year 0, month
// 13) plain text.
func (d *doc) time(date resume.Date, printed string) {
	if date.Present || date.Year <= 0 || date.Valid() != nil {
		d.b = appendText(d.b, clean(printed)) // no machine-readable date
		return
	}
	d.str(`<time datetime="`)
	d.str(date.String())
	d.str(`">`)
	d.b = appendText(d.b, clean(printed))
	d.str("</time>")
}

// title appends "a — b" as a heading's content, leaving out an empty part;
// each part is written by its own function.
func (d *doc) title(a, b func()) {
	start := len(d.b)
	a()
	mid := len(d.b)
	d.str(" — ")
	sep := len(d.b)
	b()
	switch {
	case len(d.b) == sep: // no b: drop the dash
		d.b = d.b[:mid]
	case mid == start: // no a: drop the dash, keep b
		d.b = append(d.b[:start], d.b[sep:]...)
	}
}

// roleTitle writes a role's title, "Position — Company"; with no position
// "@ Company" (entry.Lone), since a company alone reads as the position.
func (d *doc) roleTitle(position string, company func()) {
	if clean(position) != "" {
		d.title(d.plainFn(position), company)
		return
	}
	start := len(d.b)
	d.str(entry.Lone)
	mid := len(d.b)
	if company(); len(d.b) == mid {
		d.b = d.b[:start]
	}
}

// plainFn returns a function that appends a plain field.
func (d *doc) plainFn(s string) func() {
	return func() { d.b = appendText(d.b, clean(s)) }
}

// linkedFn returns a function that appends a plain field as a link to url
// when url is a safe link target.
func (d *doc) linkedFn(text, url string) func() {
	return func() { d.linked(text, url) }
}

// linked appends text as a link to url when both are set and url is safe.
func (d *doc) linked(text, url string) {
	t := clean(text)
	if t == "" {
		return
	}
	if href, ok := safeURL(url); ok {
		d.b = appendLinkOpen(d.b, href)
		d.b = appendText(d.b, t)
		d.str("</a>")
		return
	}
	d.b = appendText(d.b, t)
}

// page writes the whole document.
func (d *doc) page(r *resume.Resume, accent string) {
	b := &r.Basics
	d.str("<!DOCTYPE html>\n<html lang=\"")
	d.str(lang(d.st.Language))
	d.str("\">\n<head>\n<meta charset=\"utf-8\">\n")
	d.str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	if name := clean(b.Name); name != "" {
		d.b = appendText(d.b, name)
	} else {
		d.b = appendText(d.b, "Resume")
	}
	d.str("</title>\n<style>\n")
	d.b = appendCSS(d.b, d.st, accent)
	d.str("</style>\n</head>\n<body>\n")

	hd := d.open("header", "")
	d.b = append(d.b, '\n')
	body := len(d.b)
	d.plainIn("h1", "", b.Name)
	at := d.open("p", ` class="label"`)
	d.b = appendText(d.b, clean(b.Label))
	d.close(at, "p")
	d.contact(b)
	if len(d.b) == body {
		d.b = d.b[:hd[0]]
	} else {
		d.str("</header>\n")
	}

	d.str("<main>\n")
	for _, s := range d.st.Order {
		d.section(r, s)
	}
	d.str("</main>\n</body>\n</html>\n")
}

// contact writes the contact line: email, phone, web site, place and
// profiles, separated by " · ", as links where they are addresses.
func (d *doc) contact(b *resume.Basics) {
	at := d.open("address", "")
	sep := func() {
		if len(d.b) > at[1] {
			d.str(" · ")
		}
	}
	if e := clean(b.Email); e != "" {
		sep()
		if strings.Contains(e, "@") && !strings.ContainsAny(e, " <>\"") {
			d.b = appendLinkOpen(d.b, "mailto:"+encodeURL(e))
			d.b = appendText(d.b, e)
			d.str("</a>")
		} else {
			d.b = appendText(d.b, e)
		}
	}
	if p := clean(b.Phone); p != "" {
		sep()
		if tel := telURL(p); tel != "" {
			d.b = appendLinkOpen(d.b, tel)
			d.b = appendText(d.b, p)
			d.str("</a>")
		} else {
			d.b = appendText(d.b, p)
		}
	}
	if u := clean(b.URL); u != "" {
		sep()
		d.linked(u, u)
	}
	if l := location(b.Location); l != "" {
		sep()
		d.b = appendText(d.b, l)
	}
	for _, p := range b.Profiles {
		n := len(d.b)
		sep()
		m := len(d.b)
		d.profile(p)
		if len(d.b) == m {
			d.b = d.b[:n]
		}
	}
	d.close(at, "address")
}

// profile appends "Network: username", the username linked to the URL.
func (d *doc) profile(p resume.Profile) {
	network, user, url := clean(p.Network), clean(p.Username), clean(p.URL)
	if network != "" {
		d.b = appendText(d.b, network)
		if user == "" && url == "" {
			return
		}
		d.str(": ")
	}
	switch {
	case user != "":
		d.linked(user, url)
	case url != "":
		d.linked(url, url)
	}
}

func location(l resume.Location) string {
	var parts []string
	for _, s := range []string{l.Address, l.PostalCode, l.City, l.Region, l.CountryCode} {
		if s = clean(s); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// section writes one section with its <h2>, if it has any content.
func (d *doc) section(r *resume.Resume, s style.Section) {
	if !hasContent(r, s) {
		return
	}
	d.str("<section>\n")
	d.plainIn("h2", "", d.st.Labels.Heading(s))
	switch s {
	case style.Summary:
		d.markupIn("p", r.Basics.Summary)
	case style.Work:
		for i := range r.Work {
			d.employer(&r.Work[i])
		}
	case style.Education:
		for _, e := range r.Education {
			d.education(e)
		}
	case style.Skills:
		d.list(len(r.Skills), func(i int) {
			sk := r.Skills[i]
			d.group(sk.Name, sk.Level, sk.Keywords)
		})
	case style.Projects:
		for _, p := range r.Projects {
			d.entry(func() {
				d.heading("h3", d.linkedFn(p.Name, p.URL))
				d.dates(p.StartDate, p.EndDate)
				at := d.open("p", "")
				d.b = appendJoined(d.b, append([]string{p.Entity, p.Type}, p.Roles...), " · ")
				d.close(at, "p")
				d.markupIn("p", p.Description)
				d.highlights(p.Highlights)
				d.labelled(d.st.Labels.Keywords, p.Keywords)
			})
		}
	case style.Volunteer:
		for _, v := range r.Volunteer {
			d.entry(func() {
				d.heading("h3", func() { d.title(d.plainFn(v.Position), d.linkedFn(v.Organization, v.URL)) })
				d.dates(v.StartDate, v.EndDate)
				d.markupIn("p", v.Summary)
				d.highlights(v.Highlights)
			})
		}
	case style.Awards:
		for _, a := range r.Awards {
			d.entry(func() {
				d.heading("h3", func() { d.title(d.plainFn(a.Title), d.plainFn(a.Awarder)) })
				d.dates(a.Date, resume.Date{})
				d.markupIn("p", a.Summary)
			})
		}
	case style.Certificates:
		for _, c := range r.Certificates {
			d.entry(func() {
				d.heading("h3", func() { d.title(d.linkedFn(c.Name, c.URL), d.plainFn(c.Issuer)) })
				d.dates(c.Date, resume.Date{})
			})
		}
	case style.Publications:
		for _, p := range r.Publications {
			d.entry(func() {
				d.heading("h3", func() { d.title(d.linkedFn(p.Name, p.URL), d.plainFn(p.Publisher)) })
				d.dates(p.ReleaseDate, resume.Date{})
				d.markupIn("p", p.Summary)
			})
		}
	case style.Languages:
		d.list(len(r.Languages), func(i int) {
			l := r.Languages[i]
			d.pair(clean(l.Language), clean(l.Fluency))
		})
	case style.Interests:
		d.list(len(r.Interests), func(i int) {
			in := r.Interests[i]
			d.group(in.Name, "", in.Keywords)
		})
	case style.References:
		for _, rf := range r.References {
			d.entry(func() {
				d.plainIn("h3", "", rf.Name)
				d.markupIn("p", rf.Reference)
			})
		}
	}
	d.str("</section>\n")
}

// hasContent reports whether section s of r has anything to show, as the
// other writers decide it.
func hasContent(r *resume.Resume, s style.Section) bool {
	switch s {
	case style.Summary:
		return clean(r.Basics.Summary) != ""
	case style.Work:
		return len(r.Work) > 0
	case style.Education:
		return len(r.Education) > 0
	case style.Skills:
		return len(r.Skills) > 0
	case style.Projects:
		return len(r.Projects) > 0
	case style.Volunteer:
		return len(r.Volunteer) > 0
	case style.Awards:
		return len(r.Awards) > 0
	case style.Certificates:
		return len(r.Certificates) > 0
	case style.Publications:
		return len(r.Publications) > 0
	case style.Languages:
		return len(r.Languages) > 0
	case style.Interests:
		return len(r.Interests) > 0
	case style.References:
		return len(r.References) > 0
	}
	return false
}

// entry wraps one entry (a role, a degree, a project) in an <article>,
// dropped when it shows nothing.
func (d *doc) entry(fill func()) {
	at := d.open("article", "")
	d.b = append(d.b, '\n')
	body := len(d.b)
	fill()
	if len(d.b) == body {
		d.b = d.b[:at[0]]
		return
	}
	d.str("</article>\n")
}

// pair appends "a: b", leaving out an empty part.
func (d *doc) pair(a, b string) {
	d.b = appendText(d.b, a)
	if a != "" && b != "" {
		d.str(": ")
	}
	d.b = appendText(d.b, b)
}

// group appends a skill group as "Name (Level): a, b, c".
func (d *doc) group(name, level string, keywords []string) {
	n := clean(name)
	if l := clean(level); l != "" {
		if n == "" {
			n = l
		} else {
			n += " (" + l + ")"
		}
	}
	d.b = appendText(d.b, n)
	mark := len(d.b)
	if n != "" {
		d.str(": ")
	}
	m := len(d.b)
	d.b = appendJoined(d.b, keywords, ", ")
	if len(d.b) == m {
		d.b = d.b[:mark]
	}
}

// employer writes one entry per role. The employer's own location,
// description and summary are written once, under its first role (or
// under a heading of the company alone when it lists no roles).
func (d *doc) employer(e *resume.Employer) {
	company := d.linkedFn(e.Name, e.URL)
	shared := func(roleLocation string) {
		d.plainIn("p", ` class="where"`, roleLocation)
		if clean(e.Location) != clean(roleLocation) {
			d.plainIn("p", ` class="where"`, e.Location)
		}
		d.markupIn("p", e.Description)
		d.markupIn("p", e.Summary)
	}
	if len(e.Roles) == 0 {
		d.entry(func() {
			d.heading("h3", company)
			shared("")
		})
		return
	}
	for i, ro := range e.Roles {
		d.entry(func() {
			d.heading("h3", func() { d.roleTitle(ro.Position, company) })
			d.dates(ro.StartDate, ro.EndDate)
			if i == 0 {
				shared(ro.Location)
			} else {
				d.plainIn("p", ` class="where"`, ro.Location)
			}
			d.markupIn("p", ro.Summary)
			d.highlights(ro.Highlights)
			d.labelled(d.st.Labels.Skills, ro.Skills)
		})
	}
}

// education writes one entry: "Area (StudyType) — Institution", or
// "(StudyType) — Institution" without an area, as the other writers do.
func (d *doc) education(e resume.Education) {
	what := clean(e.Area)
	if st := clean(e.StudyType); st != "" {
		what = strings.TrimSpace(what + " (" + st + ")")
	}
	d.entry(func() {
		d.heading("h3", func() { d.title(d.plainFn(what), d.linkedFn(e.Institution, e.URL)) })
		d.dates(e.StartDate, e.EndDate)
		if s := clean(e.Score); s != "" {
			at := d.open("p", "")
			d.b = appendText(d.b, clean(d.st.Labels.Score)+": "+s)
			d.close(at, "p")
		}
		d.labelled(d.st.Labels.Courses, e.Courses)
		d.markupIn("p", e.Summary)
	})
}
