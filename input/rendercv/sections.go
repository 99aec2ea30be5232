package rendercv

import (
	"fmt"
	"strings"

	"github.com/resumekit/resumekit/resume"
)

// entry kinds, told apart by their keys as RenderCV does.
const (
	kindText        = "text"
	kindEducation   = "education"
	kindExperience  = "experience"
	kindPublication = "publication"
	kindOneLine     = "one-line"
	kindBullet      = "bullet"
	kindNumbered    = "numbered"
	kindReversed    = "reversed-numbered"
	kindNormal      = "normal"
)

// entryKeys lists the keys each entry kind knows; other keys are kept in
// Extra with a warning.
var entryKeys = map[string][]string{
	kindEducation:   {"institution", "area", "degree", "date", "start_date", "end_date", "location", "summary", "highlights", "url"},
	kindExperience:  {"company", "position", "date", "start_date", "end_date", "location", "summary", "highlights", "url"},
	kindPublication: {"title", "authors", "summary", "doi", "url", "journal", "date"},
	kindOneLine:     {"label", "details"},
	kindBullet:      {"bullet"},
	kindNumbered:    {"number"},
	kindReversed:    {"reversed_number"},
	kindNormal:      {"name", "date", "start_date", "end_date", "location", "summary", "highlights", "url"},
}

func entryKind(n *node) string {
	if n.kind == scalar {
		return kindText
	}
	for _, k := range []struct{ key, kind string }{
		{"institution", kindEducation}, {"company", kindExperience}, {"title", kindPublication},
		{"label", kindOneLine}, {"bullet", kindBullet}, {"number", kindNumbered},
		{"reversed_number", kindReversed}, {"name", kindNormal},
	} {
		if n.get(k.key) != nil {
			return k.kind
		}
	}
	return ""
}

// target says where a section goes in the JSON Resume model, from words in
// its title ("selected_honors" → awards).
func target(title string) string {
	t := strings.ToLower(strings.ReplaceAll(title, "_", " "))
	for _, w := range []struct{ word, target string }{
		{"volunteer", "volunteer"}, {"award", "awards"}, {"honor", "awards"}, {"honour", "awards"},
		{"prize", "awards"}, {"certif", "certificates"}, {"licen", "certificates"},
		{"publication", "publications"}, {"patent", "publications"}, {"paper", "publications"},
		{"interest", "interests"}, {"hobb", "interests"}, {"skill", "skills"},
		{"language", "languages"}, {"summary", "summary"}, {"about", "summary"},
		{"profile", "summary"}, {"objective", "summary"}, {"project", "projects"},
	} {
		if strings.Contains(t, w.word) {
			return w.target
		}
	}
	return ""
}

// displayTitle prints a section key as RenderCV does: underscores become
// spaces and the first letter is upper case.
func displayTitle(key string) string {
	s := strings.ReplaceAll(key, "_", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (d *decoder) section(title string, n *node) error {
	path := "cv.sections." + title
	if n.kind == null {
		return nil
	}
	if n.kind != sequence {
		return d.errf(n, path, "a section is a list of entries, not a %s", kindName(n.kind))
	}
	var loose []string // text/bullet items of a section without a model home
	for i, it := range n.items {
		p := fmt.Sprintf("%s[%d]", path, i)
		kind := entryKind(it)
		if kind == "" {
			d.note(d.errf(it, p, "cannot tell the entry type: want a text, or a mapping with one of institution, company, title, label, bullet, number, reversed_number or name"))
			continue
		}
		if kind != kindText {
			d.extraKeys(it, p, kind)
		}
		var err error
		switch kind {
		case kindEducation:
			err = d.education(it, p)
		case kindExperience:
			err = d.experience(it, p, target(title) == "volunteer")
		case kindPublication:
			err = d.publication(it, p)
		case kindOneLine:
			err = d.oneLine(it, p, target(title))
		case kindNormal:
			err = d.normal(it, p, title)
		default: // text, bullet, numbered, reversed-numbered
			var s string
			s, err = d.text(itemValue(it, kind), p)
			if err == nil && !d.listItem(s, title) {
				loose = append(loose, s)
			}
		}
		if err != nil {
			d.note(err) // and on to the next entry
		}
	}
	if len(loose) > 0 {
		d.r.Projects = append(d.r.Projects, resume.Project{Name: displayTitle(title), Highlights: loose, Type: "section"})
		d.warn(n, path, "section %q has no JSON Resume equivalent; kept as a project of that name with its items as highlights", displayTitle(title))
	}
	return nil
}

func itemValue(n *node, kind string) *node {
	switch kind {
	case kindBullet:
		return n.get("bullet")
	case kindNumbered:
		return n.get("number")
	case kindReversed:
		return n.get("reversed_number")
	}
	return n
}

// listItem files a one-value item (text or bullet) where its section title
// says it belongs; it reports false when there is no such place.
func (d *decoder) listItem(s, title string) bool {
	r := d.r
	switch target(title) {
	case "summary":
		if r.Basics.Summary != "" {
			r.Basics.Summary += "\n\n"
		}
		r.Basics.Summary += s
	case "awards":
		r.Awards = append(r.Awards, resume.Award{Title: s})
	case "certificates":
		r.Certificates = append(r.Certificates, resume.Certificate{Name: s})
	case "publications":
		r.Publications = append(r.Publications, resume.Publication{Name: s})
	case "interests":
		r.Interests = append(r.Interests, resume.Interest{Name: s})
	case "languages":
		r.Languages = append(r.Languages, resume.Language{Language: s})
	case "skills":
		r.Skills = append(r.Skills, resume.Skill{Keywords: []string{s}})
	default:
		return false
	}
	return true
}

func (d *decoder) extraKeys(n *node, path, kind string) {
	known := entryKeys[kind]
outer:
	for i, k := range n.keys {
		for _, kk := range known {
			if k == kk {
				continue outer
			}
		}
		d.warn(n.vals[i], path+"."+k, "key %q is not part of a RenderCV %s entry; ignored", k, kind)
	}
}

// dates reads start_date, end_date and the free-text date override.
func (d *decoder) dates(n *node, path string) (start, end resume.Date, err error) {
	get := func(key string) (resume.Date, error) {
		v := n.get(key)
		s, err := d.text(v, path+"."+key)
		if err != nil || s == "" {
			return resume.Date{}, err
		}
		dt, perr := resume.ParseDate(s)
		if perr != nil {
			return resume.Date{}, d.errf(v, path+"."+key, "%v; RenderCV dates are YYYY-MM-DD, YYYY-MM, YYYY or present", perr)
		}
		return dt, nil
	}
	if start, err = get("start_date"); err != nil {
		return
	}
	if end, err = get("end_date"); err != nil {
		return
	}
	if start.IsPresent() {
		return start, end, d.errf(n.get("start_date"), path+".start_date", "a start date cannot be present")
	}
	if !start.IsZero() && end.IsZero() {
		end = resume.Present // RenderCV: a start without an end is ongoing
	}
	if rerr := (resume.Range{Start: start, End: end}).Valid(); rerr != nil {
		return start, end, d.errf(n.get("end_date"), path+".end_date", "%v", rerr)
	}
	v := n.get("date")
	free, err := d.text(v, path+".date")
	if err != nil || free == "" {
		return start, end, err
	}
	// The date field overrides start and end when given.
	if dt, perr := resume.ParseDate(free); perr == nil {
		return dt, resume.Date{}, nil
	}
	if a, b, ok := splitRange(free); ok {
		return a, b, nil
	}
	d.warn(v, path+".date", "free-text date %q is not a calendar date; the entry has no date fields", free)
	return resume.Date{}, resume.Date{}, nil
}

// splitRange reads "2020 – 2023" or "Sept 2019 - present".
func splitRange(s string) (a, b resume.Date, ok bool) {
	for _, sep := range []string{" – ", " — ", " - ", "–", "—", " to "} {
		if i := strings.Index(s, sep); i > 0 {
			x, err1 := resume.ParseDate(s[:i])
			y, err2 := resume.ParseDate(s[i+len(sep):])
			if err1 == nil && err2 == nil && !x.IsZero() && !y.IsZero() {
				return x, y, true
			}
		}
	}
	return a, b, false
}

func (d *decoder) strings(n *node, path string) ([]string, error) {
	if n == nil || n.kind == null {
		return nil, nil
	}
	if n.kind == scalar {
		return []string{strings.TrimSpace(n.s)}, nil
	}
	if n.kind != sequence {
		return nil, d.errf(n, path, "want a list of texts")
	}
	var out []string
	for i, it := range n.items {
		s, err := d.text(it, fmt.Sprintf("%s[%d]", path, i))
		if err != nil {
			return nil, err
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

// fields reads scalar keys into destinations, in the file's order, so
// that of two bad values the first is reported.
func (d *decoder) fields(n *node, path string, dst map[string]*string) error {
	if n == nil || n.kind != mapping {
		return nil
	}
	for i, k := range n.keys {
		p, ok := dst[k]
		if !ok || n.get(k) != n.vals[i] {
			continue // not a field, or a repeated key (the first is read)
		}
		s, err := d.text(n.vals[i], path+"."+k)
		if err != nil {
			return err
		}
		*p = s
	}
	return nil
}

func (d *decoder) experience(n *node, path string, volunteer bool) error {
	var company, position, location, summary, url string
	if err := d.fields(n, path, map[string]*string{"company": &company, "position": &position,
		"location": &location, "summary": &summary, "url": &url}); err != nil {
		return err
	}
	start, end, err := d.dates(n, path)
	if err != nil {
		return err
	}
	highlights, err := d.strings(n.get("highlights"), path+".highlights")
	if err != nil {
		return err
	}
	if volunteer {
		d.r.Volunteer = append(d.r.Volunteer, resume.Volunteer{Organization: company, Position: position,
			URL: url, StartDate: start, EndDate: end, Summary: summary, Highlights: highlights})
		return nil
	}
	role := resume.Role{Position: position, StartDate: start, EndDate: end, Summary: summary, Highlights: highlights}
	w := &d.r.Work
	// Consecutive entries at the same company are roles of one employer.
	if k := len(*w); k > 0 && (*w)[k-1].Name == company && company != "" && (*w)[k-1].URL == url {
		e := &(*w)[k-1]
		if location != e.Location {
			role.Location = location
		}
		e.Roles = append(e.Roles, role)
		return nil
	}
	*w = append(*w, resume.Employer{Name: company, Location: location, URL: url, Roles: []resume.Role{role}})
	return nil
}

func (d *decoder) education(n *node, path string) error {
	var e resume.Education
	var location string
	if err := d.fields(n, path, map[string]*string{"institution": &e.Institution, "area": &e.Area,
		"degree": &e.StudyType, "summary": &e.Summary, "url": &e.URL, "location": &location}); err != nil {
		return err
	}
	var err error
	if e.StartDate, e.EndDate, err = d.dates(n, path); err != nil {
		return err
	}
	highlights, err := d.strings(n.get("highlights"), path+".highlights")
	if err != nil {
		return err
	}
	for _, h := range highlights {
		if e.Summary != "" {
			e.Summary += "\n\n"
		}
		e.Summary += h
	}
	if location != "" {
		e.Extra = resume.Extra{"location": quote(location)}
	}
	d.r.Education = append(d.r.Education, e)
	return nil
}

func (d *decoder) publication(n *node, path string) error {
	var p resume.Publication
	var doi, journal, date string
	if err := d.fields(n, path, map[string]*string{"title": &p.Name, "summary": &p.Summary,
		"url": &p.URL, "doi": &doi, "journal": &journal, "date": &date}); err != nil {
		return err
	}
	p.Publisher = journal
	if p.URL == "" && doi != "" {
		p.URL = "https://doi.org/" + doi
	}
	if date != "" {
		dt, err := resume.ParseDate(date)
		if err != nil {
			d.warn(n.get("date"), path+".date", "free-text date %q is not a calendar date; not kept as releaseDate", date)
		} else {
			p.ReleaseDate = dt
		}
	}
	authors, err := d.strings(n.get("authors"), path+".authors")
	if err != nil {
		return err
	}
	if len(authors) > 0 {
		p.Extra = resume.Extra{"authors": quoteList(authors)}
	}
	d.r.Publications = append(d.r.Publications, p)
	return nil
}

func (d *decoder) oneLine(n *node, path, tgt string) error {
	var label, details string
	if err := d.fields(n, path, map[string]*string{"label": &label, "details": &details}); err != nil {
		return err
	}
	label = resume.Plain(label)
	if tgt == "languages" {
		d.r.Languages = append(d.r.Languages, resume.Language{Language: label, Fluency: details})
		return nil
	}
	d.r.Skills = append(d.r.Skills, resume.Skill{Name: label, Keywords: splitList(details)})
	return nil
}

func (d *decoder) normal(n *node, path, title string) error {
	var name, location, summary, url string
	if err := d.fields(n, path, map[string]*string{"name": &name, "location": &location,
		"summary": &summary, "url": &url}); err != nil {
		return err
	}
	start, end, err := d.dates(n, path)
	if err != nil {
		return err
	}
	highlights, err := d.strings(n.get("highlights"), path+".highlights")
	if err != nil {
		return err
	}
	text, link := splitLink(name)
	if url == "" {
		url = link
	}
	switch target(title) {
	case "awards":
		d.r.Awards = append(d.r.Awards, resume.Award{Title: text, Date: start, Summary: summary})
	case "certificates":
		d.r.Certificates = append(d.r.Certificates, resume.Certificate{Name: text, Date: start, URL: url})
	default:
		p := resume.Project{Name: text, Description: summary, Highlights: highlights, StartDate: start, EndDate: end, URL: url}
		if target(title) != "projects" {
			p.Type = displayTitle(title)
		}
		if location != "" {
			p.Extra = resume.Extra{"location": quote(location)}
		}
		d.r.Projects = append(d.r.Projects, p)
	}
	return nil
}

// splitList splits "Python, C++, AWS (S3, Lambda)" on commas outside
// parentheses.
func splitList(s string) []string {
	var out []string
	depth, startAt := 0, 0
	add := func(t string) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	for i, r := range s {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case ',', ';':
			if depth == 0 {
				add(s[startAt:i])
				startAt = i + 1
			}
		}
	}
	add(s[startAt:])
	return out
}
