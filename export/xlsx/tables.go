package xlsx

import (
	"strings"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// kind says how a cell is written.
type kind uint8

const (
	kindText   kind = iota // plain text, written as is
	kindMarkup             // text with inline markup: rich text when styled
	kindDate               // a date: an Excel date, or the present word
	kindLink               // a URL or e-mail address, with a hyperlink
)

// cell is one cell of a table before it is written.
type cell struct {
	kind  kind
	parts []string // text; several parts are joined by newlines
	date  resume.Date
	bold  bool // the Profile sheet's field names
}

// empty reports whether the cell shows nothing.
func (c cell) empty() bool {
	if c.kind == kindDate {
		return c.date.IsZero()
	}
	for _, p := range c.parts {
		if strings.TrimSpace(clean(p)) != "" {
			return false
		}
	}
	return true
}

func text(s string) cell      { return cell{kind: kindText, parts: []string{s}} }
func markup(s string) cell    { return cell{kind: kindMarkup, parts: []string{s}} }
func link(s string) cell      { return cell{kind: kindLink, parts: []string{s}} }
func date(d resume.Date) cell { return cell{kind: kindDate, date: d} }

// lines is one cell holding each item on its own line.
func lines(items []string) cell { return cell{kind: kindMarkup, parts: items} }

// list is one cell holding the items separated by commas.
func list(items []string) cell {
	var keep []string
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			keep = append(keep, s)
		}
	}
	return text(strings.Join(keep, ", "))
}

// column describes one column of a table.
type column struct {
	header   string
	long     bool // long free text: a wide column
	optional bool // left out when it is empty in every row
}

// table is the content of one sheet.
type table struct {
	name string
	cols []column
	rows [][]cell
}

// add appends a row unless every cell of it is empty.
func (t *table) add(row ...cell) {
	for _, c := range row {
		if !c.empty() {
			t.rows = append(t.rows, row)
			return
		}
	}
}

// prune drops optional columns that are empty in every row.
func (t *table) prune() {
	keep := make([]bool, len(t.cols))
	n := 0
	for j, c := range t.cols {
		keep[j] = !c.optional
		for i := 0; i < len(t.rows) && !keep[j]; i++ {
			keep[j] = !t.rows[i][j].empty()
		}
		if keep[j] {
			n++
		}
	}
	if n == len(t.cols) {
		return
	}
	cols := make([]column, 0, n)
	for j, c := range t.cols {
		if keep[j] {
			cols = append(cols, c)
		}
	}
	for i, row := range t.rows {
		out := make([]cell, 0, n)
		for j, c := range row {
			if keep[j] {
				out = append(out, c)
			}
		}
		t.rows[i] = out
	}
	t.cols = cols
}

// tables returns the sheets of the workbook in order: the Profile sheet,
// then one per non-empty section in the resolved section order.
func (wr *writer) tables(r *resume.Resume) []table {
	w := wr.words
	out := []table{wr.profile(r)}
	seen := map[style.Section]bool{}
	for _, s := range wr.res.Order {
		if seen[s] {
			continue // a section listed twice gets one sheet
		}
		seen[s] = true
		var t table
		switch s {
		case style.Work:
			t = wr.experience(r)
		case style.Education:
			t = table{name: w.Education, cols: []column{{header: w.Institution}, {header: w.Area},
				{header: w.StudyType}, {header: w.Start}, {header: w.End}, {header: w.Score},
				{header: w.Courses, long: true}, {header: w.Summary, long: true, optional: true}, {header: w.URL}}}
			for _, e := range r.Education {
				t.add(text(e.Institution), text(e.Area), text(e.StudyType), date(e.StartDate),
					date(e.EndDate), text(e.Score), lines(e.Courses), markup(e.Summary), link(e.URL))
			}
		case style.Skills:
			t = table{name: w.Skills, cols: []column{{header: w.Group}, {header: w.Level}, {header: w.Keywords, long: true}}}
			for _, k := range r.Skills {
				t.add(text(k.Name), text(k.Level), list(k.Keywords))
			}
		case style.Projects:
			t = table{name: w.Projects, cols: []column{{header: w.Name}, {header: w.Description, long: true},
				{header: w.Start}, {header: w.End}, {header: w.Highlights, long: true}, {header: w.Keywords},
				{header: w.Roles, optional: true}, {header: w.Entity, optional: true},
				{header: w.Type, optional: true}, {header: w.URL}}}
			for _, p := range r.Projects {
				t.add(text(p.Name), markup(p.Description), date(p.StartDate), date(p.EndDate),
					lines(p.Highlights), list(p.Keywords), list(p.Roles), text(p.Entity), text(p.Type), link(p.URL))
			}
		case style.Volunteer:
			t = table{name: w.Volunteer, cols: []column{{header: w.Organization}, {header: w.Position},
				{header: w.Start}, {header: w.End}, {header: w.Summary, long: true},
				{header: w.Highlights, long: true}, {header: w.URL}}}
			for _, v := range r.Volunteer {
				t.add(text(v.Organization), text(v.Position), date(v.StartDate), date(v.EndDate),
					markup(v.Summary), lines(v.Highlights), link(v.URL))
			}
		case style.Awards:
			t = table{name: w.Awards, cols: []column{{header: w.Title}, {header: w.Date},
				{header: w.Awarder}, {header: w.Summary, long: true}}}
			for _, a := range r.Awards {
				t.add(text(a.Title), date(a.Date), text(a.Awarder), markup(a.Summary))
			}
		case style.Certificates:
			t = table{name: w.Certificates, cols: []column{{header: w.Name}, {header: w.Date},
				{header: w.Issuer}, {header: w.URL}}}
			for _, c := range r.Certificates {
				t.add(text(c.Name), date(c.Date), text(c.Issuer), link(c.URL))
			}
		case style.Publications:
			t = table{name: w.Publications, cols: []column{{header: w.Name}, {header: w.Publisher},
				{header: w.ReleaseDate}, {header: w.URL}, {header: w.Summary, long: true}}}
			for _, p := range r.Publications {
				t.add(text(p.Name), text(p.Publisher), date(p.ReleaseDate), link(p.URL), markup(p.Summary))
			}
		case style.Languages:
			t = table{name: w.Languages, cols: []column{{header: w.Language}, {header: w.Fluency}}}
			for _, l := range r.Languages {
				t.add(text(l.Language), text(l.Fluency))
			}
		case style.Interests:
			t = table{name: w.Interests, cols: []column{{header: w.Name}, {header: w.Keywords, long: true}}}
			for _, i := range r.Interests {
				t.add(text(i.Name), list(i.Keywords))
			}
		case style.References:
			t = table{name: w.References, cols: []column{{header: w.Name}, {header: w.Reference, long: true}}}
			for _, f := range r.References {
				t.add(text(f.Name), markup(f.Reference))
			}
		}
		if len(t.rows) > 0 {
			t.prune()
			out = append(out, t)
		}
	}
	return out
}

// profile is the Profile sheet: one field/value row per basic field that
// is set, each online profile, and the summary.
func (wr *writer) profile(r *resume.Resume) table {
	w, b := wr.words, r.Basics
	t := table{name: w.Profile, cols: []column{{header: w.Field}, {header: w.Value, long: true}}}
	field := func(name string, v cell) {
		if !v.empty() {
			t.rows = append(t.rows, []cell{{kind: kindText, parts: []string{name}, bold: true}, v})
		}
	}
	field(w.Name, text(b.Name))
	field(w.Headline, text(b.Label))
	field(w.Email, link(b.Email))
	field(w.Phone, text(b.Phone))
	field(w.Website, link(b.URL))
	field(w.Location, text(location(b.Location)))
	for _, p := range b.Profiles {
		name := strings.TrimSpace(p.Network)
		if name == "" {
			name = w.Profile
		}
		if strings.TrimSpace(p.URL) != "" {
			field(name, link(p.URL))
		} else {
			field(name, text(p.Username))
		}
	}
	if wr.wants(style.Summary) {
		field(w.Summary, markup(b.Summary))
	}
	return t
}

// wants reports whether section s is in the resolved order.
func (wr *writer) wants(s style.Section) bool {
	for _, o := range wr.res.Order {
		if o == s {
			return true
		}
	}
	return false
}

// location prints a postal location on one line: "Calle 1, 28001 Madrid,
// Madrid, ES".
func location(l resume.Location) string {
	city := strings.TrimSpace(strings.TrimSpace(l.PostalCode) + " " + strings.TrimSpace(l.City))
	var parts []string
	for _, p := range []string{l.Address, city, l.Region, l.CountryCode} {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// experience is the Experience sheet: one row per role.
func (wr *writer) experience(r *resume.Resume) table {
	w := wr.words
	t := table{name: w.Experience, cols: []column{{header: w.Company}, {header: w.Position},
		{header: w.Start}, {header: w.End}, {header: w.Duration}, {header: w.Location},
		{header: w.Summary, long: true}, {header: w.Highlights, long: true}, {header: w.Skills},
		{header: w.CompanyURL, optional: true}, {header: w.CompanyDescription, long: true, optional: true},
		{header: w.CompanySummary, long: true, optional: true}}}
	for _, e := range r.Work {
		roles := e.Roles
		if len(roles) == 0 {
			roles = []resume.Role{{}} // the employer alone still gets its row
		}
		for _, ro := range roles {
			loc := ro.Location
			if strings.TrimSpace(loc) == "" {
				loc = e.Location
			}
			t.add(text(e.Name), text(ro.Position), date(ro.StartDate), date(ro.EndDate),
				text(wr.duration(ro.StartDate, ro.EndDate)), text(loc), markup(ro.Summary),
				lines(ro.Highlights), list(ro.Skills), link(e.URL), markup(e.Description), markup(e.Summary))
		}
	}
	return t
}

// duration is the length of a role as resumes print it ("3y 3m"). An open
// end counts up to Options.Created; without it the duration stays empty,
// as a fixed stand-in "now" would print a wrong figure.
func (wr *writer) duration(start, end resume.Date) string {
	if end.IsPresent() && !wr.hasNow {
		return ""
	}
	if start.Valid() != nil || end.Valid() != nil {
		return ""
	}
	return resume.Range{Start: start, End: end}.Duration(wr.now)
}
