package docx

import (
	"strings"

	"github.com/resumekit/resumekit/export/internal/entry"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// This file maps the resume to the blocks of word/document.xml: paragraphs
// with a style, runs, hyperlinks and the one layout tab before a date
// range. It knows nothing of the zip package around it (package.go).
//
// The layout, chosen for applicant-tracking systems:
//
//	Title      name
//	Subtitle   label
//	Normal     email | phone | url | location | profiles   (in the body)
//	Heading 1  section heading
//	Heading 2  entry line: **Position** @ Company <tab> Jun 2021 – Aug 2024
//	           (the company linked to the employer's url)
//	Normal     location
//	Normal     description, summary paragraphs
//	List Bullet  highlight                                  (numbering.xml list)
//	Normal     **Skills:** a, b, c   (likewise Score:, Courses:, Keywords:)
//
// An employer with several roles gets one Heading 2 line (**Company**,
// Location <tab> overall range), then one Heading 3 line per role
// (**Position**, role location <tab> range) with the role's own blocks.
// Every line reads in order as plain text: position, company and dates
// stay on one line, joined by the role separator and a tab (doc.go says
// why), which is how text extractors
// and ATS parsers see a classic single-column Word resume. Entry lines use
// Heading 2 and 3, as Word's own resume templates do: an ATS reads them as
// plain lines, while Word's navigation pane, pandoc and python-docx see
// the structure (sections at level 1, entries below). There are no
// tables, text boxes, headers, footers, images or fields.

// Paragraph style ids, as declared in styles.xml.
const (
	stTitle    = "Title"
	stSubtitle = "Subtitle"
	stH1       = "Heading1"
	stH2       = "Heading2"
	stH3       = "Heading3"
	stBullet   = "ListBullet"
	stLink     = "Hyperlink" // character style
	bulletNum  = "1"         // w:numId of the bullet list in numbering.xml
	contactSep = " | "
	firstLink  = 4 // rId1-rId3 are styles, numbering and settings
)

// builder writes the body of word/document.xml and collects the hyperlink
// relationships it needs.
type builder struct {
	x                 xmlw
	res               style.Resolved
	hideEmployerRange bool
	roleSep           string         // joins position and company (entry.RoleSeparator)
	targets           []string       // hyperlink targets; target i is rId(firstLink+i)
	linkIDs           map[string]int // target → relationship number
	paras             int            // paragraphs written
}

// document writes the whole word/document.xml.
func (b *builder) document(r *resume.Resume, g geometry) {
	b.x.s(xmlHeader)
	b.x.s(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>` + "\n")
	b.basics(&r.Basics)
	seen := make([]style.Section, 0, len(b.res.Order))
	for _, s := range b.res.Order {
		if contains(seen, s) {
			continue
		}
		seen = append(seen, s)
		b.section(r, s)
	}
	if b.paras == 0 {
		b.x.s("<w:p/>\n") // Word wants at least one paragraph
	}
	b.x.s(`<w:sectPr>`)
	if b.res.PageNumbers {
		b.x.s(`<w:footerReference w:type="default" r:id="` + footerRel + `"/>`)
	}
	b.x.s(`<w:pgSz w:w="`)
	b.x.int(g.pageW)
	b.x.s(`" w:h="`)
	b.x.int(g.pageH)
	b.x.s(`"/><w:pgMar w:top="`)
	b.x.int(g.top)
	b.x.s(`" w:right="`)
	b.x.int(g.right)
	b.x.s(`" w:bottom="`)
	b.x.int(g.bottom)
	b.x.s(`" w:left="`)
	b.x.int(g.left)
	b.x.s(`" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr></w:body></w:document>`)
}

func contains(list []style.Section, s style.Section) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// --- paragraphs and runs ---

// para opens a paragraph of the given style ("" for Normal).
func (b *builder) para(styleID string) {
	b.paras++
	if styleID == "" {
		b.x.s(`<w:p>`)
		return
	}
	b.x.s(`<w:p><w:pPr><w:pStyle w:val="`)
	b.x.s(styleID)
	b.x.s(`"/></w:pPr>`)
}

// bullet opens a list paragraph: the List Bullet style, with the numbering
// also given directly so that readers that do not follow the style's
// numbering (pandoc, some ATS) still see a list item.
func (b *builder) bullet() {
	b.paras++
	b.x.s(`<w:p><w:pPr><w:pStyle w:val="` + stBullet + `"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + bulletNum + `"/></w:numPr></w:pPr>`)
}

// end closes a paragraph. The newline after it is white space between
// elements, which every reader ignores; it keeps the golden file and any
// diff of document.xml one paragraph per line.
func (b *builder) end() { b.x.s("</w:p>\n") }

// run writes prefix+text as one run. Both must be flat.
func (b *builder) run(prefix, text string, bold, italic bool) {
	if prefix == "" && text == "" {
		return
	}
	b.x.s(`<w:r>`)
	switch {
	case bold && italic:
		b.x.s(`<w:rPr><w:b/><w:i/></w:rPr>`)
	case bold:
		b.x.s(`<w:rPr><w:b/></w:rPr>`)
	case italic:
		b.x.s(`<w:rPr><w:i/></w:rPr>`)
	}
	b.t(prefix, text)
	b.x.s(`</w:r>`)
}

// t writes a w:t element holding prefix+text, preserving spaces at its
// ends. At least one of them must be non-empty.
func (b *builder) t(prefix, text string) {
	lead, trail := prefix, text
	if lead == "" {
		lead = text
	}
	if trail == "" {
		trail = prefix
	}
	if lead[0] == ' ' || trail[len(trail)-1] == ' ' {
		b.x.s(`<w:t xml:space="preserve">`)
	} else {
		b.x.s(`<w:t>`)
	}
	b.x.text(prefix)
	b.x.text(text)
	b.x.s(`</w:t>`)
}

// dates writes the layout tab and a date range, if there is one.
func (b *builder) dates(rng string) {
	if rng = flat(rng); rng == "" {
		return
	}
	b.x.s(`<w:r><w:tab/>`)
	b.t("", rng)
	b.x.s(`</w:r>`)
}

// link writes a hyperlink showing text, or the text alone when the target
// cannot be linked. text must be flat.
func (b *builder) link(target, text string, bold, italic bool) {
	if id := b.rel(target); id != 0 {
		b.linkTo(id, text, bold, italic)
	} else {
		b.run("", text, bold, italic)
	}
}

// linkTo writes a hyperlink to relationship id showing text.
func (b *builder) linkTo(id int, text string, bold, italic bool) {
	b.openLink(id)
	b.linkRun(text, bold, italic)
	b.x.s(`</w:hyperlink>`)
}

func (b *builder) openLink(id int) {
	b.x.s(`<w:hyperlink r:id="rId`)
	b.x.int(id)
	b.x.s(`" w:history="1">`)
}

func (b *builder) linkRun(text string, bold, italic bool) {
	if text == "" {
		return
	}
	b.x.s(`<w:r><w:rPr><w:rStyle w:val="` + stLink + `"/>`)
	if bold {
		b.x.s(`<w:b/>`)
	}
	if italic {
		b.x.s(`<w:i/>`)
	}
	b.x.s(`</w:rPr>`)
	b.t("", text)
	b.x.s(`</w:r>`)
}

// rel returns the relationship number of a hyperlink target, adding it on
// first use, or 0 when the URL cannot be linked.
func (b *builder) rel(url string) int {
	t := linkTarget(url)
	if t == "" {
		return 0
	}
	if id, ok := b.linkIDs[t]; ok {
		return id
	}
	if b.linkIDs == nil {
		b.linkIDs = make(map[string]int)
	}
	b.targets = append(b.targets, t)
	id := firstLink + len(b.targets) - 1
	b.linkIDs[t] = id
	return id
}

// inline writes flat text with its inline markup (**bold**, *italic*,
// links) as runs. Consecutive runs of one link share one w:hyperlink.
func (b *builder) inline(s string) {
	if !strings.ContainsAny(s, "*[<\\") {
		b.run("", s, false, false)
		return
	}
	runs := resume.Inline(s)
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		if r.Link == "" {
			b.run("", r.Text, r.Bold, r.Italic)
			continue
		}
		id := b.rel(r.Link)
		if id == 0 {
			b.run("", r.Text, r.Bold, r.Italic)
			continue
		}
		b.openLink(id)
		b.linkRun(r.Text, r.Bold, r.Italic)
		for i+1 < len(runs) && runs[i+1].Link == r.Link {
			i++
			b.linkRun(runs[i].Text, runs[i].Bold, runs[i].Italic)
		}
		b.x.s(`</w:hyperlink>`)
	}
}

// prose writes text as Normal paragraphs, one per blank-line-separated block.
func (b *builder) prose(s string) {
	for _, p := range paragraphs(s) {
		b.para("")
		b.inline(p)
		b.end()
	}
}

// highlights writes each non-blank item as a List Bullet paragraph.
func (b *builder) highlights(items []string) {
	for _, h := range items {
		h = flat(h)
		if h == "" {
			continue
		}
		b.bullet()
		b.inline(h)
		b.end()
	}
}

// group writes "Label: a, b, c" with the label in bold; blank items are
// left out. It writes nothing when there are no items.
func (b *builder) group(label string, items []string) {
	label = flat(label)
	n := 0
	for _, it := range items {
		if it = flat(it); it == "" {
			continue
		}
		if n == 0 {
			b.para("")
			if label != "" {
				b.run("", label+":", true, false)
				b.run(" ", it, false, false)
			} else {
				b.run("", it, false, false)
			}
		} else {
			b.run(", ", it, false, false)
		}
		n++
	}
	if n > 0 {
		b.end()
	} else if label != "" {
		b.para("")
		b.run("", label, true, false)
		b.end()
	}
}

// urlLine writes a paragraph holding one link whose text is the URL.
func (b *builder) urlLine(url string) {
	if u := flat(url); u != "" {
		b.para("")
		b.link(u, u, false, false)
		b.end()
	}
}

// entry writes an entry line: the first non-blank of parts in bold, the
// others after ", ", then the tab and the date range. Parts must be flat.
// It is for the sections an ATS keeps as text (projects, awards, ...);
// work and education lines use roleEntry.
func (b *builder) entry(styleID, rng string, parts ...string) {
	b.entrySep(styleID, rng, ", ", parts...)
}

// roleEntry writes a role's line: the position in bold, then the company
// after the document's role separator, linked to the employer's url, then
// the tab and the date range. With no position, the company follows
// entry.Lone ("@ Acme").
func (b *builder) roleEntry(styleID, rng, position, company, url string) {
	if position == "" && company != "" {
		b.para(styleID)
		if id := b.rel(url); id != 0 {
			b.run(entry.Lone, "", false, false)
			b.linkTo(id, company, false, false)
		} else {
			b.run(entry.Lone, company, false, false)
		}
		b.dates(rng)
		b.end()
		return
	}
	b.linkedEntry(styleID, rng, b.roleSep, 1, url, position, company)
}

func (b *builder) entrySep(styleID, rng, sep string, parts ...string) {
	b.linkedEntry(styleID, rng, sep, -1, "", parts...)
}

// linkedEntry writes an entry line: the first non-blank of parts in bold,
// the others after sep, then the tab and the date range; parts[at], the
// employer's, school's or organisation's name, links to url when it can.
// Parts must be flat.
func (b *builder) linkedEntry(styleID, rng, sep string, at int, url string, parts ...string) {
	b.para(styleID)
	n := 0
	for i, p := range parts {
		if p == "" {
			continue
		}
		id := 0
		if i == at {
			id = b.rel(url)
		}
		switch {
		case id != 0:
			if n > 0 {
				b.run(sep, "", false, false)
			}
			b.linkTo(id, p, n == 0, false)
		case n == 0:
			b.run("", p, true, false)
		default:
			b.run(sep, p, false, false)
		}
		n++
	}
	b.dates(rng)
	b.end()
}

// nameURL writes the URL line of an entry whose name could not carry url
// as its link (linkedEntry): with no name, or no address a link may point
// to, the URL goes on a line of its own, so that no value is left out.
func (b *builder) nameURL(name, url string) {
	if flat(name) == "" || linkTarget(url) == "" {
		b.urlLine(url)
	}
}

// entrySep joins the parts of an education line: the degree and the school
// ("Telecommunications (MSc) — UC3M"). A comma would not do: names hold
// commas ("University of California, Berkeley").
const entrySep = " — "

// line writes a plain paragraph holding text, when it is not blank: the
// location under an entry line, on a line of its own so that no comma in
// a company's name or a place can run the two together.
func (b *builder) line(text string) {
	if text = flat(text); text == "" {
		return
	}
	b.para("")
	b.run("", text, false, false)
	b.end()
}

// label returns the label of section s. A label left empty in custom
// Options.Labels falls back to the shipped set of Options.Language
// (English when unknown), so no heading is ever blank.
func (b *builder) label(s style.Section) string {
	if l := flat(b.res.Labels.Heading(s)); l != "" {
		return l
	}
	def, ok := style.LabelSets[b.res.Language]
	if !ok {
		def = style.LabelSets["en"]
	}
	return def.Heading(s)
}

// heading writes a Heading 1 section heading.
func (b *builder) heading(s style.Section) {
	b.para(stH1)
	b.run("", b.label(s), false, false)
	b.end()
}

// --- the resume ---

// basics writes the name (Title), the label (Subtitle) and the contact line.
func (b *builder) basics(bs *resume.Basics) {
	if name := flat(bs.Name); name != "" {
		b.para(stTitle)
		b.run("", name, false, false)
		b.end()
	}
	if label := flat(bs.Label); label != "" {
		b.para(stSubtitle)
		b.run("", label, false, false)
		b.end()
	}
	n := 0
	sep := func() {
		if n == 0 {
			b.para("")
		} else {
			b.run("", contactSep, false, false)
		}
		n++
	}
	if e := flat(bs.Email); e != "" {
		sep()
		target := e
		if _, ok := uriScheme(e); !ok {
			target = "mailto:" + e
		}
		b.link(target, e, false, false)
	}
	if p := flat(bs.Phone); p != "" {
		sep()
		b.run("", p, false, false)
	}
	if u := flat(bs.URL); u != "" {
		sep()
		b.link(u, u, false, false)
	}
	if loc := location(&bs.Location, b.res.Language); loc != "" {
		sep()
		b.run("", loc, false, false)
	}
	for i := range bs.Profiles {
		p := &bs.Profiles[i]
		network, user, u := flat(p.Network), flat(p.Username), flat(p.URL)
		switch {
		case u != "":
			sep()
			b.link(u, u, false, false)
		case user != "" && network != "":
			sep()
			b.run("", network+": "+user, false, false)
		case user != "" || network != "":
			sep()
			b.run("", network+user, false, false)
		}
	}
	if n > 0 {
		b.end()
	}
}

// location renders a postal location on one line, with the postal code
// where the language puts it: "Address, City, Region PostalCode, Country"
// in English (as in the US), "Address, PostalCode City, Region, Country"
// in Spanish, German and French.
func location(l *resume.Location, lang string) string {
	city, region, pc := flat(l.City), flat(l.Region), flat(l.PostalCode)
	switch {
	case pc == "":
	case lang == "es" || lang == "de" || lang == "fr" || region == "":
		city = join(" ", pc, city)
	default:
		region = join(" ", region, pc)
	}
	return join(", ", flat(l.Address), city, region, flat(l.CountryCode))
}

// join joins the non-empty strings with sep.
func join(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += p
	}
	return out
}

// blank reports whether every string is empty once flattened.
func blank(ss ...string) bool {
	for _, s := range ss {
		if flat(s) != "" {
			return false
		}
	}
	return true
}

func blankList(items []string) bool {
	for _, s := range items {
		if flat(s) != "" {
			return false
		}
	}
	return true
}

// section writes one section, heading included, when it has content.
func (b *builder) section(r *resume.Resume, s style.Section) {
	switch s {
	case style.Summary:
		if !blank(r.Basics.Summary) {
			b.heading(s)
			b.prose(r.Basics.Summary)
		}
	case style.Work:
		b.work(r.Work)
	case style.Education:
		b.education(r.Education)
	case style.Skills:
		b.skills(r.Skills)
	case style.Projects:
		b.projects(r.Projects)
	case style.Volunteer:
		b.volunteer(r.Volunteer)
	case style.Awards:
		b.awards(r.Awards)
	case style.Certificates:
		b.certificates(r.Certificates)
	case style.Publications:
		b.publications(r.Publications)
	case style.Languages:
		b.languages(r.Languages)
	case style.Interests:
		b.interests(r.Interests)
	case style.References:
		b.references(r.References)
	}
}

func roleBlank(ro *resume.Role) bool {
	return blank(ro.Position, ro.Location, ro.Summary) && ro.StartDate.IsZero() &&
		ro.EndDate.IsZero() && blankList(ro.Highlights) && blankList(ro.Skills)
}

func employerBlank(e *resume.Employer) bool {
	if !blank(e.Name, e.Location, e.URL, e.Description, e.Summary) {
		return false
	}
	for i := range e.Roles {
		if !roleBlank(&e.Roles[i]) {
			return false
		}
	}
	return true
}

// work writes the work section: one block per employer.
func (b *builder) work(work []resume.Employer) {
	started := false
	for i := range work {
		e := &work[i]
		if employerBlank(e) {
			continue
		}
		if !started {
			b.heading(style.Work)
			started = true
		}
		roles := make([]*resume.Role, 0, len(e.Roles))
		for j := range e.Roles {
			if !roleBlank(&e.Roles[j]) {
				roles = append(roles, &e.Roles[j])
			}
		}
		if len(roles) <= 1 {
			ro := &resume.Role{}
			if len(roles) == 1 {
				ro = roles[0]
			}
			loc := flat(ro.Location)
			if loc == "" {
				loc = flat(e.Location)
			}
			b.roleEntry(stH2, b.res.Range(ro.StartDate, ro.EndDate), flat(ro.Position), flat(e.Name), e.URL)
			b.line(loc)
			b.employerBlocks(e)
			b.roleBlocks(ro)
			continue
		}
		eloc := flat(e.Location)
		if flat(e.Name) == "" && eloc == "" {
			// Nothing to put on an employer line but dates: give each
			// role its own entry line instead.
			b.employerBlocks(e)
			for _, ro := range roles {
				b.roleEntry(stH2, b.res.Range(ro.StartDate, ro.EndDate), flat(ro.Position), "", "")
				b.line(ro.Location)
				b.roleBlocks(ro)
			}
			continue
		}
		rng := ""
		if !b.hideEmployerRange {
			rng = b.res.Range(span(roles))
		}
		b.linkedEntry(stH2, rng, ", ", 0, e.URL, flat(e.Name), eloc)
		b.employerBlocks(e)
		for _, ro := range roles {
			loc := flat(ro.Location)
			if loc == eloc {
				loc = ""
			}
			b.entry(stH3, b.res.Range(ro.StartDate, ro.EndDate), flat(ro.Position), loc)
			b.roleBlocks(ro)
		}
	}
}

// span returns the overall range of roles: the earliest start and the
// latest end (present when any role is open). A role without an end counts
// with its start.
func span(roles []*resume.Role) (start, end resume.Date) {
	for _, ro := range roles {
		if !ro.StartDate.IsZero() && !ro.StartDate.Present &&
			(start.IsZero() || ro.StartDate.Compare(start) < 0) {
			start = ro.StartDate
		}
		last := ro.EndDate
		if last.IsZero() {
			last = ro.StartDate
		}
		if !last.IsZero() && (end.IsZero() || last.Compare(end) > 0) {
			end = last
		}
	}
	if start.Compare(end) == 0 {
		end = resume.Date{} // one date: print it once
	}
	return start, end
}

func (b *builder) employerBlocks(e *resume.Employer) {
	b.prose(e.Description)
	b.nameURL(e.Name, e.URL)
	b.prose(e.Summary)
}

func (b *builder) roleBlocks(ro *resume.Role) {
	b.prose(ro.Summary)
	b.highlights(ro.Highlights)
	if !blankList(ro.Skills) {
		b.group(b.label(style.Skills), ro.Skills)
	}
}

func (b *builder) education(list []resume.Education) {
	started := false
	for i := range list {
		ed := &list[i]
		if blank(ed.Institution, ed.URL, ed.Area, ed.StudyType, ed.Score, ed.Summary) &&
			ed.StartDate.IsZero() && ed.EndDate.IsZero() && blankList(ed.Courses) {
			continue
		}
		if !started {
			b.heading(style.Education)
			started = true
		}
		// "Area (StudyType)", and "(StudyType)" alone, so that a lone
		// study type never reads as an area (see the package doc)
		degree := flat(ed.Area)
		if st := flat(ed.StudyType); st != "" {
			degree = strings.TrimSpace(degree + " (" + st + ")")
		}
		b.linkedEntry(stH2, b.res.Range(ed.StartDate, ed.EndDate), entrySep, 1, ed.URL, degree, flat(ed.Institution))
		b.nameURL(ed.Institution, ed.URL)
		if !blank(ed.Score) {
			b.group(b.res.Labels.Score, []string{ed.Score})
		}
		if !blankList(ed.Courses) {
			b.group(b.res.Labels.Courses, ed.Courses)
		}
		b.prose(ed.Summary)
	}
}

func (b *builder) skills(list []resume.Skill) {
	started := false
	for i := range list {
		sk := &list[i]
		if blank(sk.Name, sk.Level) && blankList(sk.Keywords) {
			continue
		}
		if !started {
			b.heading(style.Skills)
			started = true
		}
		name := flat(sk.Name)
		if lv := flat(sk.Level); lv != "" {
			name = join(" ", name, "("+lv+")")
		}
		b.group(name, sk.Keywords)
	}
}

func (b *builder) projects(list []resume.Project) {
	started := false
	for i := range list {
		p := &list[i]
		if blank(p.Name, p.Description, p.URL, p.Entity, p.Type) && p.StartDate.IsZero() &&
			p.EndDate.IsZero() && blankList(p.Highlights) && blankList(p.Keywords) && blankList(p.Roles) {
			continue
		}
		if !started {
			b.heading(style.Projects)
			started = true
		}
		b.entry(stH2, b.res.Range(p.StartDate, p.EndDate), flat(p.Name), flat(p.Entity), flat(p.Type))
		if !blankList(p.Roles) {
			b.para("")
			n := 0
			for _, ro := range p.Roles {
				if ro = flat(ro); ro != "" {
					if n > 0 {
						b.run(", ", ro, false, true)
					} else {
						b.run("", ro, false, true)
					}
					n++
				}
			}
			b.end()
		}
		b.prose(p.Description)
		b.highlights(p.Highlights)
		if !blankList(p.Keywords) {
			b.group(b.res.Labels.Keywords, p.Keywords)
		}
		b.urlLine(p.URL)
	}
}

func (b *builder) volunteer(list []resume.Volunteer) {
	started := false
	for i := range list {
		v := &list[i]
		if blank(v.Organization, v.Position, v.URL, v.Summary) && v.StartDate.IsZero() &&
			v.EndDate.IsZero() && blankList(v.Highlights) {
			continue
		}
		if !started {
			b.heading(style.Volunteer)
			started = true
		}
		b.linkedEntry(stH2, b.res.Range(v.StartDate, v.EndDate), ", ", 1, v.URL, flat(v.Position), flat(v.Organization))
		b.nameURL(v.Organization, v.URL)
		b.prose(v.Summary)
		b.highlights(v.Highlights)
	}
}

func (b *builder) awards(list []resume.Award) {
	started := false
	for i := range list {
		a := &list[i]
		if blank(a.Title, a.Awarder, a.Summary) && a.Date.IsZero() {
			continue
		}
		if !started {
			b.heading(style.Awards)
			started = true
		}
		b.entry(stH2, b.res.Date(a.Date), flat(a.Title), flat(a.Awarder))
		b.prose(a.Summary)
	}
}

func (b *builder) certificates(list []resume.Certificate) {
	started := false
	for i := range list {
		c := &list[i]
		if blank(c.Name, c.Issuer, c.URL) && c.Date.IsZero() {
			continue
		}
		if !started {
			b.heading(style.Certificates)
			started = true
		}
		b.entry(stH2, b.res.Date(c.Date), flat(c.Name), flat(c.Issuer))
		b.urlLine(c.URL)
	}
}

func (b *builder) publications(list []resume.Publication) {
	started := false
	for i := range list {
		p := &list[i]
		if blank(p.Name, p.Publisher, p.URL, p.Summary) && p.ReleaseDate.IsZero() {
			continue
		}
		if !started {
			b.heading(style.Publications)
			started = true
		}
		b.entry(stH2, b.res.Date(p.ReleaseDate), flat(p.Name), flat(p.Publisher))
		b.urlLine(p.URL)
		b.prose(p.Summary)
	}
}

func (b *builder) languages(list []resume.Language) {
	started := false
	for i := range list {
		l := &list[i]
		lang, fl := flat(l.Language), flat(l.Fluency)
		if lang == "" && fl == "" {
			continue
		}
		if !started {
			b.heading(style.Languages)
			started = true
		}
		if lang != "" && fl != "" {
			b.group(lang, []string{fl})
		} else {
			b.group(lang+fl, nil)
		}
	}
}

func (b *builder) interests(list []resume.Interest) {
	started := false
	for i := range list {
		it := &list[i]
		if blank(it.Name) && blankList(it.Keywords) {
			continue
		}
		if !started {
			b.heading(style.Interests)
			started = true
		}
		b.group(it.Name, it.Keywords)
	}
}

func (b *builder) references(list []resume.Reference) {
	started := false
	for i := range list {
		rf := &list[i]
		name := flat(rf.Name)
		if name == "" && blank(rf.Reference) {
			continue
		}
		if !started {
			b.heading(style.References)
			started = true
		}
		if name != "" {
			b.para("")
			b.run("", name, true, false)
			b.end()
		}
		b.prose(rf.Reference)
	}
}
