package pdf

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/resumekit/resumekit/export/internal/entry"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// line is one visual line of text: it is drawn as one PDF text object,
// so text extraction reads it as one line, left to right.
type line struct {
	segs   []seg
	size   float64 // font size, for the baseline
	lead   float64 // height: from the top of this line to the top of the next
	before float64 // space above the line, dropped at the top of a page
	keep   bool    // keep on the same page as the next line
	rule   bool    // draw an accent rule under the line (section headings)
}

// placed is a line on a page: top is its top edge, in points from the
// top of the page.
type placed struct {
	line int
	top  float64
}

// builder lays out a resume as lines, then as pages.
type builder struct {
	r    *resume.Resume
	res  style.Resolved
	opts Options
	fs   *fontSet
	// roleSep joins a role's position and company on its title line
	// (entry.RoleSeparator); other title lines use " | ".
	roleSep string

	pageW, pageH float64
	left, right  float64 // the text column
	base         float64 // body font size
	leading      float64 // line height of body text, per point of size (the theme's)

	accent, text, muted rgb

	lines      []line
	headingEnd int // len(lines) after the last section heading
	pages      [][]placed
	footers    [][]seg // per page: the page number, or nil

	missing map[rune][]string // character -> field paths, in order of first use
}

func newBuilder(r *resume.Resume, res style.Resolved, opts Options, fs *fontSet) *builder {
	pw, ph := res.PageSize.Points()
	accent, _ := parseHex(res.Accent)
	return &builder{
		r: r, res: res, opts: opts, fs: fs, roleSep: entry.RoleSeparator(r, entry.Bar),
		pageW: pw, pageH: ph,
		left: res.Margins.Left, right: pw - res.Margins.Right,
		base: res.FontSize, leading: res.Design.Leading,
		accent: accent, text: rgb{0x1A, 0x1A, 0x1A}, muted: rgb{0x55, 0x55, 0x55},
	}
}

// Proportions of the layout, in multiples of the base font size.
const (
	nameScale    = 2.2
	labelScale   = 1.2
	headingScale = 1.25
	smallScale   = 0.92
	footerScale  = 0.8
	hang         = 1.25 // bullet indent of wrapped lines
	noWrap       = 1e6  // a right edge no text reaches: one line, unwrapped
)

func (b *builder) miss(r rune, path string) {
	if b.missing == nil {
		b.missing = make(map[rune][]string)
	}
	ps := b.missing[r]
	for _, p := range ps {
		if p == path {
			return
		}
	}
	b.missing[r] = append(ps, path)
}

// missingError reports the characters no font could draw.
func (b *builder) missingError() error {
	if len(b.missing) == 0 {
		return nil
	}
	e := &MissingGlyphsError{}
	for r, paths := range b.missing {
		g := MissingGlyph{Char: r, RightToLeft: rightToLeft(r)}
		for _, p := range paths {
			f := Field{Path: p}
			if pos, ok := b.r.Position(p); ok {
				f.Pos = pos
			}
			g.Fields = append(g.Fields, f)
		}
		e.Glyphs = append(e.Glyphs, g)
	}
	// The characters a font can fix first, then the right-to-left ones.
	sort.Slice(e.Glyphs, func(i, j int) bool {
		a, b := e.Glyphs[i], e.Glyphs[j]
		if a.RightToLeft != b.RightToLeft {
			return b.RightToLeft
		}
		return a.Char < b.Char
	})
	e.Fallbacks = b.fs.goBase - numStyles
	return e
}

// add appends a line of segments; an empty line is dropped.
func (b *builder) add(segs []seg, size, lead, before float64) {
	if len(segs) == 0 {
		return
	}
	b.lines = append(b.lines, line{segs: segs, size: size, lead: lead, before: before * b.res.Design.Spacing})
}

// para adds spans as a wrapped paragraph from x0 (first line) or xCont
// (the others) to the right margin. It returns the index of its first line.
func (b *builder) para(spans []span, size, x0, xCont, before float64) int {
	first := len(b.lines)
	for i, segs := range b.wrap(b.words(spans), size, x0, xCont, b.right) {
		if i > 0 {
			before = 0
		}
		b.add(segs, size, size*b.leading, before)
	}
	return first
}

// textField adds the paragraphs of a text field that may hold inline
// markup, in the given base style.
func (b *builder) textField(s, path string, style int, before float64) {
	for _, p := range paragraphs(s) {
		b.para(markup(p, style, b.text, path), b.base, b.left, b.left, before)
		before = b.base * 0.35
	}
}

// bullet adds one list item: a "•" and the wrapped text with a hanging
// indent. Its lines stay on one page.
func (b *builder) bullet(spans []span, before float64) {
	size := b.base
	bx := b.left + size*0.4
	tx := b.left + size*hang + size*0.4
	ws := b.words(spans)
	if len(ws) == 0 {
		return
	}
	lines := b.wrap(ws, size, tx, tx, b.right)
	bw := b.words([]span{{text: "•", color: b.text, path: "bullet"}})
	if len(bw) == 1 && len(lines) > 0 {
		lb := lineBuf{x0: bx, size: size}
		for _, p := range bw[0].pieces {
			lb.add(p)
		}
		if sp, gi, ok := b.fs.pick(0, ' '); ok {
			lb.add(piece{text: " ", font: sp, color: b.text, units: gi.width})
		}
		lines[0] = append(lb.done(), lines[0]...)
	}
	for i, segs := range lines {
		if i > 0 {
			before = 0
		}
		b.add(segs, size, size*b.leading, before)
		b.lines[len(b.lines)-1].keep = i < len(lines)-1
	}
}

// titleLine adds an entry's first line: left on the left, wrapped if need
// be, and right (a date range) right-aligned on the same line (the last
// line of a wrapped left text). The left
// text ends in a real space, so that text extraction, which ignores
// positions, still separates it from the date.
func (b *builder) titleLine(left [][]span, right, rightPath string, before float64) {
	b.titleLineSep(left, " | ", right, rightPath, before)
}

// titleLineSep is titleLine with sep between the left groups.
func (b *builder) titleLineSep(left [][]span, sep, right, rightPath string, before float64) {
	size := b.base
	var rl []seg
	var rw float64
	if right = flat(right); right != "" {
		if ls := b.wrap(b.words([]span{{text: right, color: b.text, path: rightPath}}), size, 0, 0, noWrap); len(ls) > 0 {
			rl = ls[0]
			last := rl[len(rl)-1]
			rw = last.x + last.width()
		}
	}
	width := b.right - b.left
	if rw > width*0.5 {
		// Too long to share a line: the left text, then the right
		// text right-aligned on a line of its own.
		for i, segs := range b.items(left, sep, size, b.left, b.left, b.right) {
			if i > 0 {
				before = 0
			}
			b.add(segs, size, size*b.leading, before)
		}
		shift(rl, b.right-rw)
		b.add(rl, size, size*b.leading, 0)
		return
	}
	lines := b.items(left, sep, size, b.left, b.left, b.right-rw-size)
	if len(rl) > 0 {
		shift(rl, b.right-rw)
		// The right text goes on the last line of a wrapped left text, so
		// that a reader that joins lines reads the title and its
		// organisation whole, then the dates ("A long project / name
		// 2019"), never the dates inside them or between them.
		k := max(len(lines)-1, 0)
		if len(lines) == 0 {
			lines = [][]seg{nil}
		} else if l := lines[k]; len(l) > 0 {
			last := &l[len(l)-1]
			if f, gi, ok := b.fs.pick(last.style, ' '); ok {
				if f == last.font && last.link == "" {
					last.text += " "
					last.units += gi.width
				} else {
					lines[k] = append(l, seg{x: last.x + last.width(), font: f, style: last.style, size: size, color: last.color, text: " ", units: gi.width})
				}
			}
		}
		lines[k] = append(lines[k], rl...)
	}
	for i, segs := range lines {
		if i > 0 {
			before = 0
		}
		b.add(segs, size, size*b.leading, before)
	}
}

func shift(segs []seg, dx float64) {
	for i := range segs {
		segs[i].x += dx
	}
}

// keepFrom makes the lines from index first to the last one keep with
// the next line.
func (b *builder) keepFrom(first int) {
	for i := first; i < len(b.lines); i++ {
		b.lines[i].keep = true
	}
}

// meta adds a small italic line (a location, a score).
func (b *builder) meta(parts []span) {
	if len(parts) == 0 {
		return
	}
	b.para(parts, b.base*smallScale, b.left, b.left, 0)
}

// plain is a one-line field as a span.
func (b *builder) plain(s, path string, style int) []span {
	s = flat(s)
	if s == "" {
		return nil
	}
	return []span{{text: s, style: style, color: b.text, path: path, keep: true}}
}

// join puts sep between the non-empty groups of spans.
func (b *builder) join(sep string, groups ...[]span) []span {
	var out []span
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, span{text: sep, color: b.text, path: "separator"})
		}
		out = append(out, g...)
	}
	return out
}

func withLink(sp []span, url string) []span {
	if u := linkTarget(url); u != "" {
		for i := range sp {
			sp[i].link = u
		}
	}
	return sp
}

func idx(base string, i int) string { return base + "[" + strconv.Itoa(i) + "]" }

// document lays out the whole resume.
func (b *builder) document() {
	b.header()
	seen := make(map[style.Section]bool)
	for _, s := range b.res.Order {
		if seen[s] {
			continue
		}
		seen[s] = true
		n := len(b.lines)
		switch s {
		case style.Summary:
			b.summary()
		case style.Work:
			b.work()
		case style.Education:
			b.education()
		case style.Skills:
			b.skills()
		case style.Projects:
			b.projects()
		case style.Volunteer:
			b.volunteer()
		case style.Awards:
			b.awards()
		case style.Certificates:
			b.certificates()
		case style.Publications:
			b.publications()
		case style.Languages:
			b.languages()
		case style.Interests:
			b.interests()
		case style.References:
			b.references()
		}
		if len(b.lines) == b.headingEnd && b.headingEnd > n {
			b.lines = b.lines[:n] // a heading over entries that print nothing
		}
	}
	b.paginate()
}

func (b *builder) header() {
	bs := &b.r.Basics
	if name := b.plain(bs.Name, "basics.name", styleBold); name != nil {
		if b.res.Design.NameAccent {
			name[0].color = b.accent
		}
		size := b.base * nameScale
		b.para(name, size, b.left, b.left, 0)
	}
	if label := b.plain(bs.Label, "basics.label", 0); label != nil {
		label[0].color = b.accent
		b.para(label, b.base*labelScale, b.left, b.left, b.base*0.15)
	}
	var items [][]span
	loc := bs.Location
	city := strings.TrimSpace(flat(loc.PostalCode) + " " + flat(loc.City))
	var where []string
	for _, s := range []string{flat(loc.Address), city, flat(loc.Region), flat(loc.CountryCode)} {
		if s != "" {
			where = append(where, s)
		}
	}
	if len(where) > 0 {
		items = append(items, b.plain(strings.Join(where, ", "), "basics.location", 0))
	}
	if e := b.plain(bs.Email, "basics.email", 0); e != nil {
		items = append(items, withLink(e, "mailto:"+flat(bs.Email)))
	}
	if p := b.plain(bs.Phone, "basics.phone", 0); p != nil {
		items = append(items, withLink(p, "tel:"+strings.ReplaceAll(flat(bs.Phone), " ", "")))
	}
	if u := b.plain(bs.URL, "basics.url", 0); u != nil {
		items = append(items, withLink(u, flat(bs.URL)))
	}
	for i, pr := range bs.Profiles {
		p := idx("basics.profiles", i)
		switch {
		case flat(pr.URL) != "":
			items = append(items, withLink(b.plain(pr.URL, p+".url", 0), flat(pr.URL)))
		case flat(pr.Username) != "":
			items = append(items, b.join(": ", b.plain(pr.Network, p+".network", 0), b.plain(pr.Username, p+".username", 0)))
		}
	}
	if len(items) > 0 {
		size := b.base * smallScale
		before := b.base * 0.3
		for _, segs := range b.items(items, " | ", size, b.left, b.left, b.right) {
			b.add(segs, size, size*b.leading, before)
			before = 0
		}
	}
}

// heading adds a section heading. It keeps with the next line.
func (b *builder) heading(s style.Section) {
	size := b.base * headingScale
	t := b.plain(b.res.Labels.Heading(s), "labels."+string(s), styleBold)
	if t == nil {
		t = b.plain(string(s), "labels."+string(s), styleBold)
	}
	t[0].color = b.accent
	first := b.para(t, size, b.left, b.left, b.base*1.2)
	for i := first; i < len(b.lines); i++ {
		b.lines[i].keep = true
		b.lines[i].lead = size * 1.65
	}
	b.lines[len(b.lines)-1].rule = true
	b.headingEnd = len(b.lines)
}

func (b *builder) summary() {
	if len(paragraphs(b.r.Basics.Summary)) == 0 {
		return
	}
	b.heading(style.Summary)
	b.textField(b.r.Basics.Summary, "basics.summary", 0, 0)
}

// entryGap is the space above each entry of a section but the first.
func (b *builder) entryGap(i int) float64 {
	if i == 0 {
		return 0
	}
	// However tight the theme, baselines across an entry break stay at
	// least 2.05 sizes apart: a blank line's worth, the gap that readers
	// and ATS parsers (which look for more than 1.9) take for a new
	// entry. add scales the space by the theme's Spacing.
	return max(b.base*0.8, b.base*(2.05-b.leading)/b.res.Design.Spacing)
}

func (b *builder) highlights(hs []string, path string) {
	for i, h := range hs {
		if strings.TrimSpace(h) == "" {
			continue
		}
		before := 0.0
		if i == 0 {
			before = b.base * 0.25
		}
		b.bullet(markup(h, 0, b.text, idx(path, i)), before)
	}
}

func (b *builder) keywordsLine(label string, kws []string, path string) {
	var groups [][]span
	for i, k := range kws {
		if s := b.plain(k, idx(path, i), 0); s != nil {
			groups = append(groups, s)
		}
	}
	if len(groups) == 0 {
		return
	}
	sp := b.join(", ", groups...)
	if label != "" {
		sp = append([]span{{text: label + ": ", style: styleBold, color: b.text, path: "labels.skills"}}, sp...)
	}
	b.para(sp, b.base, b.left, b.left, b.base*0.25)
}

// dateRange prints a range the one way the checker predicts.
func (b *builder) dateRange(start, end resume.Date) string { return b.res.Range(start, end) }

// span of an employer's roles: the earliest start and the latest end
// (present when any role is open).
func employerSpan(roles []resume.Role) (start, end resume.Date) {
	for _, ro := range roles {
		if !ro.StartDate.IsZero() && (start.IsZero() || ro.StartDate.Compare(start) < 0) {
			start = ro.StartDate
		}
		if !ro.EndDate.IsZero() && (end.IsZero() || ro.EndDate.Compare(end) > 0) {
			end = ro.EndDate
		}
	}
	return start, end
}

func (b *builder) work() {
	if len(b.r.Work) == 0 {
		return
	}
	b.heading(style.Work)
	for i := range b.r.Work {
		e := &b.r.Work[i]
		p := idx("work", i)
		company := withLink(b.plain(e.Name, p+".name", 0), e.URL)
		if len(e.Roles) == 1 {
			b.role(&e.Roles[0], p+".roles[0]", company, e, p, b.entryGap(i))
			continue
		}
		// The employer line, once, then each role.
		first := len(b.lines)
		right := ""
		if !b.opts.HideEmployerRange {
			right = b.dateRange(employerSpan(e.Roles))
		}
		for j := range company {
			company[j].style, company[j].color = styleBold, b.accent
		}
		b.titleLine([][]span{company}, right, p, b.entryGap(i))
		b.meta(b.plain(e.Location, p+".location", styleItalic))
		b.textField(e.Description, p+".description", 0, b.base*0.2)
		b.textField(e.Summary, p+".summary", 0, b.base*0.2)
		if len(e.Roles) > 0 {
			b.keepFrom(first)
		}
		for j := range e.Roles {
			before := b.base * 0.6
			b.role(&e.Roles[j], idx(p+".roles", j), nil, nil, p, before)
		}
	}
}

// role adds one position. For the only role of an employer, company is
// the employer's name (printed after the position) and e the employer,
// whose location, description and summary go with the role.
func (b *builder) role(ro *resume.Role, p string, company []span, e *resume.Employer, ep string, before float64) {
	first := len(b.lines)
	pos := b.plain(ro.Position, p+".position", styleBold)
	if len(pos) == 0 && len(company) > 0 {
		// "@ Acme": the company alone would read as the position
		company = append([]span{{text: entry.Lone, color: b.text}}, company...)
	}
	left := [][]span{pos, company}
	b.titleLineSep(left, b.roleSep, b.dateRange(ro.StartDate, ro.EndDate), p, before)
	loc, locPath := ro.Location, p+".location"
	if flat(loc) == "" && e != nil {
		loc, locPath = e.Location, ep+".location"
	}
	b.meta(b.plain(loc, locPath, styleItalic))
	if e != nil {
		b.textField(e.Description, ep+".description", 0, b.base*0.2)
		b.textField(e.Summary, ep+".summary", 0, b.base*0.2)
	}
	b.textField(ro.Summary, p+".summary", 0, b.base*0.2)
	// Keep everything from the heading to the first highlight together.
	b.keepFrom(first)
	b.highlights(ro.Highlights, p+".highlights")
	b.keywordsLine(b.res.Labels.Skills, ro.Skills, p+".skills")
	b.endEntry()
}

// endEntry lets a page break follow the last line of an entry.
func (b *builder) endEntry() {
	if n := len(b.lines); n > 0 {
		b.lines[n-1].keep = false
	}
}

func (b *builder) education() {
	if len(b.r.Education) == 0 {
		return
	}
	b.heading(style.Education)
	for i := range b.r.Education {
		ed := &b.r.Education[i]
		p := idx("education", i)
		first := len(b.lines)
		degree := b.degree(ed, p)
		inst := withLink(b.plain(ed.Institution, p+".institution", 0), ed.URL)
		b.titleLine([][]span{degree, inst}, b.dateRange(ed.StartDate, ed.EndDate), p, b.entryGap(i))
		b.meta(b.plain(ed.Score, p+".score", styleItalic))
		b.textField(ed.Summary, p+".summary", 0, b.base*0.2)
		b.keepFrom(first)
		b.highlights(ed.Courses, p+".courses")
		b.endEntry()
	}
}

// degree renders an education's degree as "Area (StudyType)", as the DOCX
// and Markdown writers print it: the study type in brackets after the
// area, and in brackets alone when there is no area ("(Licence en
// marketing)"), so that a lone study type never reads as an area. The old
// "StudyType, Area" was ambiguous: areas hold commas ("Mathematics,
// Physics").
func (b *builder) degree(ed *resume.Education, p string) []span {
	area := b.plain(ed.Area, p+".area", styleBold)
	st := b.plain(ed.StudyType, p+".studyType", styleBold)
	if len(st) == 0 {
		return area
	}
	open := " ("
	if len(area) == 0 {
		open = "("
	}
	out := append(area, span{text: open, style: styleBold, color: b.text, path: "separator"})
	out = append(out, st...)
	return append(out, span{text: ")", style: styleBold, color: b.text, path: "separator"})
}

func (b *builder) skills() {
	if len(b.r.Skills) == 0 {
		return
	}
	b.heading(style.Skills)
	for i := range b.r.Skills {
		sk := &b.r.Skills[i]
		p := idx("skills", i)
		name := b.plain(sk.Name, p+".name", styleBold)
		if lv := b.plain(sk.Level, p+".level", 0); lv != nil {
			name = append(name, span{text: " (", color: b.text, path: p})
			name = append(name, lv...)
			name = append(name, span{text: ")", color: b.text, path: p})
		}
		var kws [][]span
		for j, k := range sk.Keywords {
			if s := b.plain(k, idx(p+".keywords", j), 0); s != nil {
				kws = append(kws, s)
			}
		}
		sp := name
		if len(kws) > 0 {
			if len(sp) > 0 {
				sp = append(sp, span{text: ": ", style: styleBold, color: b.text, path: p})
			}
			sp = append(sp, b.join(", ", kws...)...)
		}
		if len(sp) > 0 {
			b.para(sp, b.base, b.left, b.left+b.base*hang, b.base*0.2)
		}
	}
}

func (b *builder) projects() {
	if len(b.r.Projects) == 0 {
		return
	}
	b.heading(style.Projects)
	for i := range b.r.Projects {
		pr := &b.r.Projects[i]
		p := idx("projects", i)
		first := len(b.lines)
		name := withLink(b.plain(pr.Name, p+".name", styleBold), pr.URL)
		b.titleLine([][]span{name, b.plain(pr.Entity, p+".entity", 0)}, b.dateRange(pr.StartDate, pr.EndDate), p, b.entryGap(i))
		var roles [][]span
		for j, r := range pr.Roles {
			roles = append(roles, b.plain(r, idx(p+".roles", j), styleItalic))
		}
		b.meta(b.join(" | ", b.plain(pr.Type, p+".type", styleItalic), b.join(", ", roles...)))
		b.textField(pr.Description, p+".description", 0, b.base*0.2)
		b.keepFrom(first)
		b.highlights(pr.Highlights, p+".highlights")
		b.keywordsLine(b.res.Labels.Skills, pr.Keywords, p+".keywords")
		b.endEntry()
	}
}

func (b *builder) volunteer() {
	if len(b.r.Volunteer) == 0 {
		return
	}
	b.heading(style.Volunteer)
	for i := range b.r.Volunteer {
		v := &b.r.Volunteer[i]
		p := idx("volunteer", i)
		first := len(b.lines)
		org := withLink(b.plain(v.Organization, p+".organization", 0), v.URL)
		b.titleLine([][]span{b.plain(v.Position, p+".position", styleBold), org}, b.dateRange(v.StartDate, v.EndDate), p, b.entryGap(i))
		b.textField(v.Summary, p+".summary", 0, b.base*0.2)
		b.keepFrom(first)
		b.highlights(v.Highlights, p+".highlights")
		b.endEntry()
	}
}

// simpleEntries lays out awards, certificates and publications: a title
// line with a date, and an optional summary.
func (b *builder) simpleEntry(i int, title, by []span, date resume.Date, p, summary, summaryPath string) {
	first := len(b.lines)
	b.titleLine([][]span{title, by}, b.res.Date(date), p, b.entryGap(i)*0.6)
	if summary != "" {
		b.keepFrom(first)
		b.textField(summary, summaryPath, 0, b.base*0.15)
	}
	b.endEntry()
}

func (b *builder) awards() {
	if len(b.r.Awards) == 0 {
		return
	}
	b.heading(style.Awards)
	for i := range b.r.Awards {
		a := &b.r.Awards[i]
		p := idx("awards", i)
		b.simpleEntry(i, b.plain(a.Title, p+".title", styleBold), b.plain(a.Awarder, p+".awarder", 0), a.Date, p, a.Summary, p+".summary")
	}
}

func (b *builder) certificates() {
	if len(b.r.Certificates) == 0 {
		return
	}
	b.heading(style.Certificates)
	for i := range b.r.Certificates {
		c := &b.r.Certificates[i]
		p := idx("certificates", i)
		b.simpleEntry(i, withLink(b.plain(c.Name, p+".name", styleBold), c.URL), b.plain(c.Issuer, p+".issuer", 0), c.Date, p, "", "")
	}
}

func (b *builder) publications() {
	if len(b.r.Publications) == 0 {
		return
	}
	b.heading(style.Publications)
	for i := range b.r.Publications {
		pu := &b.r.Publications[i]
		p := idx("publications", i)
		b.simpleEntry(i, withLink(b.plain(pu.Name, p+".name", styleBold), pu.URL), b.plain(pu.Publisher, p+".publisher", 0), pu.ReleaseDate, p, pu.Summary, p+".summary")
	}
}

func (b *builder) languages() {
	if len(b.r.Languages) == 0 {
		return
	}
	b.heading(style.Languages)
	for i := range b.r.Languages {
		l := &b.r.Languages[i]
		p := idx("languages", i)
		sp := b.join(": ", b.plain(l.Language, p+".language", styleBold), b.plain(l.Fluency, p+".fluency", 0))
		b.para(sp, b.base, b.left, b.left+b.base*hang, b.base*0.2)
	}
}

func (b *builder) interests() {
	if len(b.r.Interests) == 0 {
		return
	}
	b.heading(style.Interests)
	for i := range b.r.Interests {
		in := &b.r.Interests[i]
		p := idx("interests", i)
		var kws [][]span
		for j, k := range in.Keywords {
			kws = append(kws, b.plain(k, idx(p+".keywords", j), 0))
		}
		sp := b.join(": ", b.plain(in.Name, p+".name", styleBold), b.join(", ", kws...))
		b.para(sp, b.base, b.left, b.left+b.base*hang, b.base*0.2)
	}
}

func (b *builder) references() {
	if len(b.r.References) == 0 {
		return
	}
	b.heading(style.References)
	for i := range b.r.References {
		rf := &b.r.References[i]
		p := idx("references", i)
		first := len(b.lines)
		b.textField(rf.Reference, p+".reference", styleItalic, b.entryGap(i))
		if name := b.plain(rf.Name, p+".name", styleBold); name != nil {
			b.keepFrom(first)
			dash := span{text: "— ", color: b.text, path: "separator"}
			b.para(append([]span{dash}, name...), b.base, b.left, b.left, b.base*0.15)
		}
		b.endEntry()
	}
}

// pageWords is the page-number furniture: "Page 1 of 2" in English, and
// the language-neutral "1 / 2" otherwise, forms that ATS readers (and
// resumekit's own, in ats/extract) recognise as page numbers.
func pageWords(lang string) string {
	if lang == "" || lang == "en" {
		return "Page %d of %d"
	}
	return "%d / %d"
}

// paginate places the lines on pages. A run of lines that keep together
// (a heading and the entry under it, a role line and its first highlight,
// the lines of one bullet) moves to the next page as a whole when it does
// not fit, unless it is taller than a page; then it flows.
func (b *builder) paginate() {
	top, bottom := b.res.Margins.Top, b.pageH-b.res.Margins.Bottom
	n := len(b.lines)
	// end[i] is the last line of the keep-together run starting at i;
	// h[i] is the height of lines i.. (each with the space above it,
	// except line i's).
	end := make([]int, n)
	sum := make([]float64, n+1) // sum[i] = height of lines 0..i-1, with spaces
	for i := 0; i < n; i++ {
		sum[i+1] = sum[i] + b.lines[i].before + b.lines[i].lead
	}
	for i := n - 1; i >= 0; i-- {
		end[i] = i
		if b.lines[i].keep && i+1 < n {
			end[i] = end[i+1]
		}
	}
	var page []placed
	y := top
	newPage := func() {
		b.pages = append(b.pages, page)
		page, y = nil, top
	}
	for i := 0; i < n; i++ {
		ln := &b.lines[i]
		gap := ln.before
		if len(page) == 0 {
			gap = 0
		}
		if len(page) > 0 && (i == 0 || !b.lines[i-1].keep) {
			run := sum[end[i]+1] - sum[i] - ln.before // the run, at a page top
			if y+gap+run > bottom && run <= bottom-top {
				newPage()
				gap = 0
			}
		}
		if len(page) > 0 && y+gap+ln.lead > bottom {
			newPage()
			gap = 0
		}
		y += gap
		page = append(page, placed{line: i, top: y})
		y += ln.lead
	}
	b.pages = append(b.pages, page) // the last page, or the only, empty one
	b.footers = make([][]seg, len(b.pages))
	if !b.opts.PageNumbers && !b.res.PageNumbers {
		return
	}
	words := pageWords(b.res.Language)
	size := b.base * footerScale
	for p := range b.pages {
		t := fmt.Sprintf(words, p+1, len(b.pages))
		ls := b.wrap(b.words([]span{{text: t, color: b.muted, path: "page number"}}), size, 0, 0, noWrap)
		if len(ls) == 1 {
			segs := ls[0]
			last := segs[len(segs)-1]
			shift(segs, (b.pageW-(last.x+last.width()))/2)
			b.footers[p] = segs
		}
	}
}
