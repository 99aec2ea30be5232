package compare

import (
	"fmt"
	"slices"
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
	joins  []int // exact offsets where lines were joined

	// compact is folded without spaces and hyphens, made on first use,
	// with cmap from its byte offsets to exact ones (see searchCompact).
	compact string
	cmap    []int
}

func newHaystack(lines []string) *haystack {
	// Join the lines' light forms with spaces, noting the hyphens that
	// break a word at a line end ("submis-" + "sions"): the folded form
	// drops them, so such a word survives as Normalized.
	var joined strings.Builder
	breaks := map[int]bool{} // exact offsets of line-end hyphens
	var joins []int          // exact offsets of the joins: a space, or none
	prev := ""
	for _, l := range lines {
		e := exact(l)
		if e == "" {
			continue
		}
		if joined.Len() > 0 {
			joins = append(joins, joined.Len())
			switch {
			case glued(prev, e):
				// no space: text that has none, broken at a line end
			case hyphenBreak(prev, e):
				breaks[joined.Len()-1] = true
				joined.WriteByte(' ')
			default:
				joined.WriteByte(' ')
			}
		}
		joined.WriteString(e)
		prev = e
	}
	h := &haystack{exact: joined.String(), joins: joins}
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

// glued reports whether lines a and b join without a space: Chinese or
// Japanese text, which has no spaces, broken between two of its
// characters ("智慧" + "解决方案"), or a compound that a writer broke after
// one of its own hyphens ("…/5-gadgets-curiosos-" + "mobile-world.html";
// "state-of-the-" + "art").
func glued(a, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if spaceless(last) && spaceless(first) {
		return true
	}
	if last != '-' || !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return false
	}
	word := a[strings.LastIndexByte(a, ' ')+1 : len(a)-1]
	return strings.ContainsAny(word, "-/.")
}

// spaceless reports whether r belongs to a script written without spaces
// between words (Han, Hiragana, Katakana) or is CJK punctuation.
func spaceless(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		r >= '\u3000' && r <= '\u303f' || r >= '\uff00' && r <= '\uffef'
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
func (h *haystack) search(pat string, from int, folded, nested, oneLine bool) (int, int, bool) {
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
		if h.free(a, b, nested) && (!oneLine || h.oneLine(a, b)) {
			return a, b, true
		}
		from = i + 1
	}
	return 0, 0, false
}

// oneLine reports whether the exact range [a, b) lies within one line.
func (h *haystack) oneLine(a, b int) bool {
	j := sort.SearchInts(h.joins, a+1)
	return j == len(h.joins) || h.joins[j] >= b
}

// compactPat drops a pattern's spaces and hyphens for searchCompact.
var compactPat = strings.NewReplacer(" ", "", "-", "")

// minCompact is the shortest pattern, in bytes without spaces and
// hyphens, that searchCompact looks for: shorter ones could match by chance.
const minCompact = 16

// searchCompact is the last resort for a long value: it looks for pat
// (folded) with every space and hyphen dropped, in the text with the same
// dropped, so that a web address or a long word the writer had to break
// inside ("…mobile-world-1" + "2252715.html") still counts as printed. It
// returns the exact range.
func (h *haystack) searchCompact(pat string) (int, int, bool) {
	pat = compactPat.Replace(pat)
	if len(pat) < minCompact {
		return 0, 0, false
	}
	if h.cmap == nil {
		var b strings.Builder
		h.cmap = make([]int, 0, len(h.folded)+1)
		for i := 0; i < len(h.folded); i++ {
			if c := h.folded[i]; c != ' ' && c != '-' {
				b.WriteByte(c)
				h.cmap = append(h.cmap, h.fmap[i])
			}
		}
		h.compact = b.String()
		h.cmap = append(h.cmap, len(h.exact))
	}
	for from := 0; from <= len(h.compact); {
		i := strings.Index(h.compact[from:], pat)
		if i < 0 {
			return 0, 0, false
		}
		i += from
		last := h.cmap[i+len(pat)-1]
		_, size := utf8.DecodeRuneInString(h.exact[last:])
		if a, b := h.cmap[i], last+size; h.free(a, b, false) {
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
	c.findAll(h, n.items, cursor, note)
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

// searchWay is one way of looking for an item: from the cursor or anywhere,
// exactly or folded, on one line or across lines (with the note a folded
// or displaced match gets).
type searchWay struct {
	anywhere, folded, oneLine bool
	note                      string
}

// printedAsIs is the first way every item is looked for: exactly, in
// reading order, on one line.
var printedAsIs = searchWay{oneLine: true}

// searches are the other ways, best first; findAll tries them again
// letting a match hold a shorter value's (nested), and then searchCompact.
var searches = []searchWay{
	{},
	{folded: true, note: "changed"},
	{anywhere: true, note: "out of reading order"},
	{anywhere: true, folded: true, note: "changed, out of reading order"},
}

// findAll looks for a node's items. First every item is looked for
// exactly, in reading order and within one line, longer values first, so
// that a short one ("OpenStack") found inside a longer one
// ("OpenStack-Ansible Core Reviewer") or a poor match of another value
// (folded, or across two lines: "integration" + "architecture patterns")
// cannot take the place where a value is printed as it is. Then each item
// left, in the node's order, is looked for every other way in turn. It
// calls note with each match's offset.
func (c *checker) findAll(h *haystack, items []item, cursor int, note func(int)) {
	found := make([]bool, len(items))
	byLen := make([]int, len(items))
	for k, it := range items {
		c.check(it.group, it.path)
		byLen[k] = k
	}
	slices.SortStableFunc(byLen, func(a, b int) int { return len(items[b].forms[0]) - len(items[a].forms[0]) })
	mark := func(k, p int) {
		found[k] = true
		note(p)
	}
	for _, k := range byLen {
		if p, ok := c.find(h, items[k], cursor, printedAsIs, false); ok {
			mark(k, p)
		}
	}
	for k, it := range items {
		for _, nested := range []bool{false, true} {
			for _, t := range searches {
				if found[k] {
					break
				}
				if p, ok := c.find(h, it, cursor, t, nested); ok {
					mark(k, p)
				}
			}
		}
		if found[k] {
			continue
		}
		if p, ok := c.findCompact(h, it); ok {
			mark(k, p)
			continue
		}
		c.lose(Loss{Path: it.path, Kind: Missing, Level: TextLevel, Group: it.group, Want: it.forms[0]})
	}
}

// find looks for one item the way t (nested: a match may hold a shorter
// value's), takes the match and notes how it differs. It returns the
// match's offset.
func (c *checker) find(h *haystack, it item, cursor int, t searchWay, nested bool) (int, bool) {
	from := cursor
	if t.anywhere {
		from = 0
	}
	for _, f := range it.forms {
		pat := exact(f)
		if t.folded {
			pat = fold(f)
		}
		if pat == "" {
			continue
		}
		a, b, ok := h.search(pat, from, t.folded, nested, t.oneLine)
		if !ok {
			continue
		}
		h.taken = append(h.taken, [2]int{a, b})
		note := t.note
		if it.loose && !t.anywhere {
			note = ""
		}
		if note != "" {
			c.lose(Loss{Path: it.path, Kind: Normalized, Level: TextLevel, Group: it.group, Want: it.forms[0],
				Got: fmt.Sprintf("%s (%s)", h.exact[a:b], note)})
		}
		return a, true
	}
	return 0, false
}

// findCompact is the last resort for an item (see searchCompact): found
// so, it is Normalized.
func (c *checker) findCompact(h *haystack, it item) (int, bool) {
	for _, f := range it.forms {
		if a, b, ok := h.searchCompact(fold(f)); ok {
			h.taken = append(h.taken, [2]int{a, b})
			c.lose(Loss{Path: it.path, Kind: Normalized, Level: TextLevel, Group: it.group, Want: it.forms[0],
				Got: fmt.Sprintf("%s (broken inside a word)", h.exact[a:b])})
			return a, true
		}
	}
	return 0, false
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
