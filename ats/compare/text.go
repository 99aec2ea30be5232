package compare

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumekit/resumekit/resume"
)

// item is one string the writer printed; any of forms counts.
type item struct {
	path, group string
	forms       []string
	loose       bool // a folded match counts as exact (dates in a file of unknown layout)
}

// node is a stretch of the document: a section, an entry, a role. Its
// items are searched from the node's cursor; its children follow one
// another, each starting where the previous one's first match was.
type node struct {
	items    []item
	children []*node
	anywhere bool // the contact block: searched in the whole text
}

// haystack is the extracted text in two normalisations, with the matches
// already taken, so that one printed "Jan 2020" cannot prove two dates.
type haystack struct {
	exact  string
	folded string
	fmap   []int // folded byte offset -> exact byte offset
	taken  [][2]int
}

func newHaystack(lines []string) *haystack {
	// Join the lines' light forms with spaces, noting the hyphens that
	// break a word at a line end ("submis-" + "sions"): the folded form
	// drops them, so such a word survives as Normalized.
	var joined strings.Builder
	breaks := map[int]bool{} // exact offsets of line-end hyphens
	prev := ""
	for _, l := range lines {
		e := exact(l)
		if e == "" {
			continue
		}
		if joined.Len() > 0 {
			if hyphenBreak(prev, e) {
				breaks[joined.Len()-1] = true
			}
			joined.WriteByte(' ')
		}
		joined.WriteString(e)
		prev = e
	}
	h := &haystack{exact: joined.String()}
	h.fmap = make([]int, 0, len(h.exact)+1)
	var b strings.Builder
	b.Grow(len(h.exact))
	space := false
	skipSpace := false
	for i, r := range h.exact {
		if breaks[i] {
			skipSpace = true
			continue
		}
		if skipSpace && r == ' ' {
			skipSpace = false
			continue
		}
		skipSpace = false
		var f string
		switch {
		case isDash(r) && loneDash(h.exact, i):
		case isDash(r):
			f = "-"
		case r < utf8.RuneSelf:
			f = asciiFold[r]
		default:
			f = fold(string(r))
		}
		if f == "" {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			h.fmap = append(h.fmap, i)
		}
		space = false
		b.WriteString(f)
		for range len(f) {
			h.fmap = append(h.fmap, i)
		}
	}
	h.folded = b.String()
	h.fmap = append(h.fmap, len(h.exact))
	return h
}

// asciiFold is fold of each ASCII character alone.
var asciiFold [utf8.RuneSelf]string

func init() {
	for i := range asciiFold {
		asciiFold[i] = fold(string(rune(i)))
	}
}

// hyphenBreak reports whether line a ends in a word broken with a hyphen
// that line b continues in lower case.
func hyphenBreak(a, b string) bool {
	if !strings.HasSuffix(a, "-") || len(a) < 2 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
	after, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLetter(before) && unicode.IsLower(after)
}

// toFolded maps an exact offset to the first folded offset at or after it.
func (h *haystack) toFolded(off int) int {
	return sort.SearchInts(h.fmap, off)
}

// free reports whether [a, b) overlaps no taken match. With nested set,
// a taken match that lies strictly inside [a, b) does not count: a short
// item ("SQL") may have taken a word of a longer one ("Databases and SQL
// for Data Science"), and both did survive. Two equal strings (the same
// date printed once) can never share a match.
func (h *haystack) free(a, b int, nested bool) bool {
	for _, t := range h.taken {
		if a < t[1] && t[0] < b {
			if nested && a <= t[0] && t[1] <= b && t[1]-t[0] < b-a {
				continue
			}
			return false
		}
	}
	return true
}

// search finds pat (already normalised for the text it is searched in)
// at or after the exact offset from, in a range nobody took (see free). It
// returns the exact range.
func (h *haystack) search(pat string, from int, folded, nested bool) (int, int, bool) {
	text := h.exact
	if folded {
		text = h.folded
		from = h.toFolded(from)
	}
	for from <= len(text) {
		i := find(text, pat, from)
		if i < 0 {
			return 0, 0, false
		}
		a, b := i, i+len(pat)
		if folded {
			last := h.fmap[b-1]
			_, size := utf8.DecodeRuneInString(h.exact[last:])
			a, b = h.fmap[i], last+size
		}
		if h.free(a, b, nested) {
			return a, b, true
		}
		from = i + 1
	}
	return 0, 0, false
}

// text runs the text-survival level.
func (c *checker) text(src *resume.Resume) {
	h := newHaystack(c.opts.Text)
	root := c.expected(src)
	c.walk(h, root, 0)
}

// walk searches a node's items and children from cursor and returns the
// earliest match (or -1).
func (c *checker) walk(h *haystack, n *node, cursor int) int {
	if n.anywhere {
		cursor = 0
	}
	first := -1
	note := func(p int) {
		if p >= 0 && (first < 0 || p < first) {
			first = p
		}
	}
	for _, it := range n.items {
		note(c.find(h, it, cursor))
	}
	next := cursor
	for _, ch := range n.children {
		p := c.walk(h, ch, next)
		note(p)
		if p >= 0 && !ch.anywhere {
			next = p
		}
	}
	if n.anywhere {
		return -1
	}
	return first
}

// find looks for one item: exactly, in order; then folded; then anywhere.
func (c *checker) find(h *haystack, it item, cursor int) int {
	c.check(it.group, it.path)
	type try struct {
		from   int
		folded bool
		note   string
	}
	tries := []try{{cursor, false, ""}, {cursor, true, "changed"}, {0, false, "out of reading order"}, {0, true, "changed, out of reading order"}}
	for n, t := range append(tries, tries...) {
		nested := n >= len(tries)
		for _, f := range it.forms {
			pat := exact(f)
			if t.folded {
				pat = fold(f)
			}
			if pat == "" {
				continue
			}
			a, b, ok := h.search(pat, t.from, t.folded, nested)
			if !ok {
				continue
			}
			h.taken = append(h.taken, [2]int{a, b})
			note := t.note
			if it.loose && t.from == cursor {
				note = ""
			}
			if note != "" {
				got := h.exact[a:b]
				c.lose(Loss{Path: it.path, Kind: Normalized, Level: TextLevel, Group: it.group, Want: it.forms[0],
					Got: fmt.Sprintf("%s (%s)", got, note)})
			}
			return a
		}
	}
	c.lose(Loss{Path: it.path, Kind: Missing, Level: TextLevel, Group: it.group, Want: it.forms[0]})
	return -1
}

// expected builds the tree of strings the writer printed, in its section order.
func (c *checker) expected(r *resume.Resume) *node {
	root := &node{}
	add := func(n *node, group, path, text string) {
		if t := strings.TrimSpace(resume.Plain(text)); t != "" {
			forms := []string{t}
			if raw := strings.TrimSpace(text); raw != t {
				// markup typed into a field the writer prints as typed
				// ("Ch***Con***" as a project's name) reads either way
				forms = append(forms, raw)
			}
			n.items = append(n.items, item{path: path, group: group, forms: forms})
		}
	}
	addDate := func(n *node, group, path string, d resume.Date) {
		if _, forms := c.opts.expect(d); len(forms) > 0 {
			n.items = append(n.items, item{path: path, group: group, forms: forms, loose: c.opts.AnyDateForm})
		}
	}
	contact := &node{anywhere: true}
	add(contact, GroupContact, "basics.name", r.Basics.Name)
	add(contact, GroupContact, "basics.email", r.Basics.Email)
	add(contact, GroupContact, "basics.phone", r.Basics.Phone)
	if u := strings.TrimSpace(r.Basics.URL); u != "" {
		forms := []string{u}
		if b := bareURL(u); b != u {
			forms = append(forms, b)
		}
		contact.items = append(contact.items, item{path: "basics.url", group: GroupContact, forms: forms})
	}
	root.children = append(root.children, contact)

	order := append([]string(nil), c.opts.Order...)
	for _, s := range DefaultOrder {
		if !contains(order, s) {
			order = append(order, s)
		}
	}
	for _, sec := range order {
		sn := &node{anywhere: c.opts.AnyOrder}
		switch sec {
		case "summary":
			add(sn, GroupSummary, "basics.summary", r.Basics.Summary)
		case "work":
			for i, e := range r.Work {
				en := &node{}
				add(en, GroupWork, fmt.Sprintf("work[%d].name", i), e.Name)
				add(en, GroupWork, fmt.Sprintf("work[%d].location", i), e.Location)
				for j, ro := range e.Roles {
					base := fmt.Sprintf("work[%d].roles[%d]", i, j)
					rn := &node{}
					add(rn, GroupWork, base+".position", ro.Position)
					add(rn, GroupWork, base+".location", ro.Location)
					addDate(rn, GroupWork, base+".startDate", ro.StartDate)
					addDate(rn, GroupWork, base+".endDate", ro.EndDate)
					add(rn, GroupSummary, base+".summary", ro.Summary)
					for k, hl := range ro.Highlights {
						add(rn, GroupSummary, fmt.Sprintf("%s.highlights[%d]", base, k), hl)
					}
					for k, s := range ro.Skills {
						add(rn, GroupSkills, fmt.Sprintf("%s.skills[%d]", base, k), s)
					}
					en.children = append(en.children, rn)
				}
				sn.children = append(sn.children, en)
			}
		case "education":
			for i, e := range r.Education {
				en := &node{}
				base := fmt.Sprintf("education[%d]", i)
				add(en, GroupEducation, base+".institution", e.Institution)
				add(en, GroupEducation, base+".area", e.Area)
				add(en, GroupEducation, base+".studyType", e.StudyType)
				addDate(en, GroupEducation, base+".startDate", e.StartDate)
				addDate(en, GroupEducation, base+".endDate", e.EndDate)
				sn.children = append(sn.children, en)
			}
		case "projects":
			for i, p := range r.Projects {
				en := &node{}
				base := fmt.Sprintf("projects[%d]", i)
				add(en, GroupOther, base+".name", p.Name)
				add(en, GroupOther, base+".description", p.Description)
				addDate(en, GroupOther, base+".startDate", p.StartDate)
				addDate(en, GroupOther, base+".endDate", p.EndDate)
				for k, h := range p.Highlights {
					add(en, GroupOther, fmt.Sprintf("%s.highlights[%d]", base, k), h)
				}
				for k, kw := range p.Keywords {
					add(en, GroupOther, fmt.Sprintf("%s.keywords[%d]", base, k), kw)
				}
				sn.children = append(sn.children, en)
			}
		case "volunteer":
			for i, v := range r.Volunteer {
				en := &node{}
				base := fmt.Sprintf("volunteer[%d]", i)
				add(en, GroupOther, base+".organization", v.Organization)
				add(en, GroupOther, base+".position", v.Position)
				addDate(en, GroupOther, base+".startDate", v.StartDate)
				addDate(en, GroupOther, base+".endDate", v.EndDate)
				add(en, GroupOther, base+".summary", v.Summary)
				for k, h := range v.Highlights {
					add(en, GroupOther, fmt.Sprintf("%s.highlights[%d]", base, k), h)
				}
				sn.children = append(sn.children, en)
			}
		case "awards":
			for i, a := range r.Awards {
				en := &node{}
				base := fmt.Sprintf("awards[%d]", i)
				add(en, GroupOther, base+".title", a.Title)
				add(en, GroupOther, base+".awarder", a.Awarder)
				addDate(en, GroupOther, base+".date", a.Date)
				add(en, GroupOther, base+".summary", a.Summary)
				sn.children = append(sn.children, en)
			}
		case "certificates":
			for i, ce := range r.Certificates {
				en := &node{}
				base := fmt.Sprintf("certificates[%d]", i)
				add(en, GroupOther, base+".name", ce.Name)
				add(en, GroupOther, base+".issuer", ce.Issuer)
				addDate(en, GroupOther, base+".date", ce.Date)
				sn.children = append(sn.children, en)
			}
		case "publications":
			for i, p := range r.Publications {
				en := &node{}
				base := fmt.Sprintf("publications[%d]", i)
				add(en, GroupOther, base+".name", p.Name)
				add(en, GroupOther, base+".publisher", p.Publisher)
				addDate(en, GroupOther, base+".releaseDate", p.ReleaseDate)
				add(en, GroupOther, base+".summary", p.Summary)
				sn.children = append(sn.children, en)
			}
		case "languages":
			for i, l := range r.Languages {
				en := &node{}
				add(en, GroupOther, fmt.Sprintf("languages[%d].language", i), l.Language)
				add(en, GroupOther, fmt.Sprintf("languages[%d].fluency", i), l.Fluency)
				sn.children = append(sn.children, en)
			}
		case "interests":
			for i, in := range r.Interests {
				en := &node{}
				add(en, GroupOther, fmt.Sprintf("interests[%d].name", i), in.Name)
				for k, kw := range in.Keywords {
					add(en, GroupOther, fmt.Sprintf("interests[%d].keywords[%d]", i, k), kw)
				}
				sn.children = append(sn.children, en)
			}
		case "references":
			for i, rf := range r.References {
				en := &node{}
				add(en, GroupOther, fmt.Sprintf("references[%d].name", i), rf.Name)
				add(en, GroupOther, fmt.Sprintf("references[%d].reference", i), rf.Reference)
				sn.children = append(sn.children, en)
			}
		case "skills":
			for i, s := range r.Skills {
				en := &node{}
				for j, k := range s.Keywords {
					add(en, GroupSkills, fmt.Sprintf("skills[%d].keywords[%d]", i, j), k)
				}
				sn.children = append(sn.children, en)
			}
		}
		root.children = append(root.children, sn)
	}
	return root
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
