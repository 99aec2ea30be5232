package parse

import (
	"math"
	"strings"

	"github.com/resumekit/resumekit/resume"
)

// normaliseKeywords trims keywords, drops empty ones and duplicates (case
// blind), keeping the first spelling. A leading dot stays (".NET").
func normaliseKeywords(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range in {
		k = strings.Join(strings.Fields(strings.TrimLeft(strings.TrimRight(strings.TrimSpace(k), ".,;:"), ",;:")), " ")
		if k == "" || len(k) > 80 {
			continue
		}
		l := strings.ToLower(k)
		if seen[l] {
			continue
		}
		seen[l] = true
		out = append(out, k)
	}
	return out
}

// cutGroup splits "Group: a, b" into the group name and its list. A name
// of more than five words is a group only when a bracket ends it ("Web
// Application Firewall and API Protection (Master): WAAP").
func cutGroup(s string) (string, string, bool) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return "", s, false
	}
	// "Frontend: web & mobile (Advanced): Flutter": a colon after the
	// level bracket ends the name, whatever colons the name holds
	if j := strings.LastIndex(s, "): "); j > i {
		i = j + 1
	}
	name := strings.TrimSpace(s[:i])
	if wordCount(name) > 5 && !(strings.HasSuffix(name, ")") && wordCount(name) <= 12) || strings.Contains(name, "//") {
		return "", s, false
	}
	return name, strings.TrimSpace(s[i+len(string([]rune(s[i:])[0])):]), true
}

// skills parses a skills section: "Group: a, b, c" lines, bullet lists and
// comma lists. A line without a group that follows a group ending in a
// comma continues it, as does one under a row the list's box wrapped
// (its first item then ends the keyword the wrap broke: "Tailwind" /
// "CSS, NextUI").
func (p *parser) skills(idx []int) {
	if p.boldGroups(idx) {
		return
	}
	wrapped := p.wrappedRows(idx)
	rs := p.res.Resume
	var loose []string
	var looseRows []int
	cont := -1 // index of the group a wrapped line continues
	for k, i := range idx {
		r := &p.rows[i]
		text := strings.Join(r.segs, ", ")
		if cont >= 0 && k > 0 && !r.list && !r.gap && (strings.HasSuffix(strings.TrimSpace(p.rows[idx[k-1]].text), ",") ||
			wrapped[k-1] && len(r.segs) == 1 && !strings.ContainsAny(text, ":：")) {
			// after a comma the list goes on, colons and all
			g := &rs.Skills[cont]
			items := splitList(text)
			if wrapped[k-1] && len(items) > 0 && len(g.Keywords) > 0 {
				// (the wrap broke a keyword)
				g.Keywords[len(g.Keywords)-1] += " " + items[0]
				items = items[1:]
			}
			g.Keywords = normaliseKeywords(append(g.Keywords, items...))
			if !strings.HasSuffix(strings.TrimSpace(text), ",") && !wrapped[k] {
				cont = -1
			}
			continue
		}
		name, list, ok := cutGroup(text)
		if !ok && len(r.segs) == 2 && strings.Contains(r.segs[1], ", ") && !strings.ContainsAny(r.segs[0], ",:") &&
			wordCount(r.segs[0]) <= 4 && !r.list {
			// a table's label beside its list ("Tools" | "Jira, Git")
			name, list, ok = r.segs[0], r.segs[1], true
		}
		if ok {
			level := ""
			if m := trailingParenRE().FindStringSubmatch(name); m != nil && m[1] != "" && levelWords[strings.ToLower(strings.TrimSpace(m[2]))] {
				name, level = m[1], m[2]
			}
			rs.Skills = append(rs.Skills, resume.Skill{Name: name, Level: level, Keywords: normaliseKeywords(splitList(list))})
			p.field(path("skills", len(rs.Skills)-1, "keywords"), 0.9, i)
			cont = -1
			if strings.HasSuffix(strings.TrimSpace(list), ",") || !r.list {
				cont = len(rs.Skills) - 1
			}
			continue
		}
		items := splitList(text)
		if cont >= 0 && !r.list && !r.gap {
			g := &rs.Skills[cont]
			g.Keywords = normaliseKeywords(append(g.Keywords, items...))
			if !strings.HasSuffix(strings.TrimSpace(text), ",") && !wrapped[k] {
				cont = -1
			}
			continue
		}
		cont = -1
		if len(items) == 1 && wordCount(items[0]) > 6 {
			continue // prose, not a keyword
		}
		loose = append(loose, items...)
		looseRows = append(looseRows, i)
	}
	if len(loose) > 0 {
		rs.Skills = append(rs.Skills, resume.Skill{Keywords: normaliseKeywords(loose)})
		p.field(path("skills", len(rs.Skills)-1, "keywords"), 0.7, looseRows...)
	}
}

// wrappedRows tells, for each of a section's rows, whether a comma list
// wrapped after it: the row's last line runs to the right edge of the
// section's box (as far as a word's width from it), the row ends in no
// comma or semicolon and holds a comma itself, and the next row is no
// list item, set in the same type (a skill's name in bold under its list
// is no wrap). Without positions (DOCX, HTML) no row wrapped.
func (p *parser) wrappedRows(idx []int) []bool {
	out := make([]bool, len(idx))
	left, right := 0.0, 0.0
	for _, i := range idx {
		r := &p.rows[i]
		if r.x > 0 && r.right > 0 {
			if left == 0 || r.x < left {
				left = r.x
			}
			right = max(right, r.right)
		}
	}
	if right-left < 50 {
		return out
	}
	for k := range len(idx) - 1 {
		r, n := &p.rows[idx[k]], &p.rows[idx[k+1]]
		t := strings.TrimSpace(r.text)
		// (of a row joined from wrapped lines, its last line counts)
		last := &p.doc.Lines[r.lines[len(r.lines)-1]]
		end := last.X + last.Width
		out[k] = last.Width > 0 && end >= right-0.15*(right-left) && strings.Contains(t, ",") &&
			!strings.HasSuffix(t, ",") && !strings.HasSuffix(t, ";") && !n.list && n.page == r.page && n.x > 0 &&
			n.bold == r.bold && math.Abs(n.size-r.size) < 0.3
	}
	return out
}

// languages parses a languages section: "Spanish (native)", "English – C1",
// "German: fluent".
// boldGroups reads a skills section set as group names in bold, each over
// its keywords one or a few to a row (a sidebar's "Languages" / "Python" /
// "SQL" / "ML/CV" / "PyTorch") or in a comma list ("Languages" / "Python,
// SQL, Bash"), and reports whether the section is one.
// A group name may wrap over two bold rows; a keyword broken by a hyphen
// ("Continuous De-" / "ployment") is mended.
func (p *parser) boldGroups(idx []int) bool {
	bold, plain := 0, 0
	for k, i := range idx {
		r := &p.rows[i]
		if r.list || len(r.segs) > 1 || strings.Contains(r.text, ":") || r.bold && wordCount(r.text) > 6 {
			return false
		}
		if r.bold {
			bold++
			if k+1 == len(idx) {
				return false // a name with no keywords
			}
			continue
		}
		for _, item := range splitList(r.text) {
			if wordCount(item) > 6 {
				return false // prose, not keywords
			}
		}
		plain++
	}
	if bold < 2 || plain < bold || !p.rows[idx[0]].bold {
		return false
	}
	rs := p.res.Resume
	var cur *resume.Skill
	var rowsOf []int
	flush := func() {
		if cur != nil && len(cur.Keywords) > 0 {
			cur.Keywords = normaliseKeywords(cur.Keywords)
			rs.Skills = append(rs.Skills, *cur)
			p.field(path("skills", len(rs.Skills)-1, "keywords"), 0.8, rowsOf...)
		}
		cur, rowsOf = nil, nil
	}
	for k, i := range idx {
		r := &p.rows[i]
		t := strings.TrimSpace(r.text)
		switch {
		case r.bold && k > 0 && p.rows[idx[k-1]].bold && cur != nil && len(cur.Keywords) == 0:
			cur.Name += " " + t // the name wraps
		case r.bold:
			flush()
			cur = &resume.Skill{Name: t}
		case cur == nil:
			return false
		default:
			items := splitList(t)
			if n := len(cur.Keywords); n > 0 && len(items) > 0 && strings.HasSuffix(cur.Keywords[n-1], "-") && startsLower(items[0]) {
				cur.Keywords[n-1] = strings.TrimSuffix(cur.Keywords[n-1], "-") + items[0]
				items = items[1:]
			}
			cur.Keywords = append(cur.Keywords, items...)
			rowsOf = append(rowsOf, i)
		}
	}
	flush()
	return true
}

func (p *parser) languages(idx []int) {
	rs := p.res.Resume
	for _, i := range idx {
		for _, it := range splitList(strings.Join(p.rows[i].segs, ", ")) {
			l := resume.Language{Language: it}
			if m := trailingParenRE().FindStringSubmatch(it); m != nil && m[1] != "" {
				l.Language, l.Fluency = m[1], m[2]
			} else if a, b, ok := strings.Cut(it, ":"); ok {
				l.Language, l.Fluency = strings.TrimSpace(a), strings.TrimSpace(b)
			} else if parts := dashSepRE().Split(it, 2); len(parts) == 2 {
				l.Language, l.Fluency = strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
			}
			if l.Language != "" && wordCount(l.Language) <= 3 {
				rs.Languages = append(rs.Languages, l)
			}
		}
	}
}

// projects parses a projects section into names, dates and highlights.
func (p *parser) projects(idx []int) {
	rs := p.res.Resume
	for _, e := range p.entries(idx) {
		if len(e.heads) == 0 {
			continue
		}
		pr := resume.Project{}
		name := e.heads[0].text
		if n, d, ok := cutGroup(name); ok && n != "" {
			name, pr.Description = n, d
		}
		pr.Name = name
		if len(e.rngs) > 0 {
			pr.StartDate, pr.EndDate = e.rngs[0].Start, e.rngs[0].End
		}
		for _, h := range e.heads[1:] {
			if pr.Description == "" {
				pr.Description = h.text
			}
		}
		for _, b := range e.body {
			if b.list {
				pr.Highlights = append(pr.Highlights, b.text)
			} else if pr.Description == "" {
				pr.Description = b.text
			}
		}
		pr.Keywords = normaliseKeywords(e.skills)
		rs.Projects = append(rs.Projects, pr)
	}
}

// levelWords are skill levels written after a group name.
var levelWords = wordSet(`beginner novice basic elementary intermediate advanced expert master proficient
fluent native competent familiar principiante básico intermedio avanzado experto nativo
anfänger grundkenntnisse fortgeschritten experte muttersprache débutant intermédiaire avancé expert`)

// levelSkills finds skills listed without a heading as a name, then its
// level on a line of its own ("HTML" / "Master"), at least three in a row,
// anywhere in the document. They become one skill group, and their rows
// are taken out before sections are cut (each name would otherwise read as
// an unknown heading).
func (p *parser) levelSkills() {
	isLevel := func(r *row) bool { return levelWords[strings.ToLower(strings.TrimSpace(r.text))] }
	short := func(r *row) bool {
		return !isLevel(r) && !r.list && wordCount(r.text) <= 4 && !strings.ContainsAny(r.text, ",:@")
	}
	drop := map[int]bool{}
	var names []string
	for i := 0; i < len(p.rows); {
		var run []string
		var rows []int
		j := i
		for {
			k := j
			for k < len(p.rows) && k-j < 2 && short(&p.rows[k]) &&
				(k == j || p.rows[k].size == p.rows[j].size && !p.rows[k].gap) {
				k++
			}
			if k == j || k >= len(p.rows) || !isLevel(&p.rows[k]) {
				break
			}
			var parts []string
			for x := j; x < k; x++ {
				parts = append(parts, strings.TrimSpace(p.rows[x].text))
			}
			run = append(run, strings.Join(parts, " "))
			for x := j; x <= k; x++ {
				rows = append(rows, x)
			}
			j = k + 1
		}
		if len(run) >= 3 {
			names = append(names, run...)
			for _, x := range rows {
				drop[x] = true
			}
			i = j
			continue
		}
		i++
	}
	if len(names) == 0 {
		return
	}
	rs := p.res.Resume
	rs.Skills = append(rs.Skills, resume.Skill{Keywords: normaliseKeywords(names)})
	kept := p.rows[:0]
	for i := range p.rows {
		if !drop[i] {
			kept = append(kept, p.rows[i])
		}
	}
	p.rows = kept
}
