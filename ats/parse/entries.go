package parse

import (
	"github.com/resumekit/resumekit/ats/parse/internal/fit"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumekit/resumekit/resume"
)

type rowKind uint8

const (
	rHead     rowKind = iota // a header line of an entry: title, company, school
	rMeta                    // only dates and/or a location
	rBullet                  // a list item
	rPara                    // prose
	rSkillset                // "Skillset: a, b, c"
)

// rowInfo is a row with its dates and locations taken out.
type rowInfo struct {
	kind  rowKind
	segs  []string // what is left, piece by piece
	text  string
	rngs  []resume.Range
	locs  []string
	skill string // the list after "Skillset:"
}

var skillsetRE = lazyRE(`(?i)^(skillset|skill set|skills|tech stack|stack|technologies|technology|tools|tools used|environment|tecnologías|tecnologias|herramientas|habilidades|kenntnisse|technologien|werkzeuge|compétences|technologies utilisées|outils)\s*[:：]\s*(.+)$`)

// parenQualifier is a note next to a date such as "(expected)".
var parenQualifierRE = lazyRE(`^\(?\s*[\p{L}.]+(\s+[\p{L}.]+)?\s*\)?$`)

var durationOnlyRE = lazyRE(`(?i)^\(?\s*\d+\s*(y|yr|yrs|years?|m|mos?|months?|años?|meses|jahre?|monate?|ans?|mois)\b[\s,\d\p{L}]*\)?$`)

// cutDates removes the dates at the edges of s (or wrapped in brackets).
// A date inside a longer bracket ("(remote since March 2020)") stays.
func cutDates(s string, rangesOnly bool) (string, []resume.Range) {
	var rngs []resume.Range
	for iter := 0; iter < 3; iter++ {
		spans := edgeDates(s)
		cut := false
		for _, d := range spans {
			if rangesOnly && !d.isRange {
				continue
			}
			before, after := s[:d.start], s[d.end:]
			if strings.Count(before, "(")-strings.Count(before, ")") > 0 {
				// inside brackets: only when the bracket holds just the date
				tb := strings.TrimRight(before, " ")
				ta := strings.TrimLeft(after, " ")
				if !strings.HasSuffix(tb, "(") || !strings.HasPrefix(ta, ")") {
					continue
				}
				before = strings.TrimSuffix(tb, "(")
				after = strings.TrimPrefix(ta, ")")
			}
			lb := strings.TrimSpace(strings.TrimRight(before, " |,;:–—-·•("))
			la := strings.TrimSpace(strings.TrimLeft(after, " |,;:–—-·•)"))
			if lb != "" && la != "" {
				continue
			}
			if !d.isRange && lb != "" && wordCount(lb) > 12 {
				continue // a year at the end of a sentence
			}
			if d.since && lb != "" {
				continue // "100% remote since March 2020" is a note, not the role's dates
			}
			rngs = append(rngs, d.rng)
			s = strings.TrimSpace(lb + " " + la)
			if lb != "" && la != "" {
				s = lb + " " + la
			}
			cut = true
			break
		}
		if !cut {
			break
		}
	}
	if len(rngs) > 0 && parenQualifierRE().MatchString(s) && strings.HasPrefix(s, "(") {
		s = ""
	}
	return s, rngs
}

// edgeDates finds the dates of s that may sit at its edges: in a long
// text only its first and last 64 bytes are searched.
func edgeDates(s string) []dateSpan {
	const w = 64
	if len(s) <= 3*w {
		return findDates(s)
	}
	h := w
	for h < len(s) && !utf8.RuneStart(s[h]) {
		h++
	}
	t := len(s) - w
	for t > 0 && !utf8.RuneStart(s[t]) {
		t--
	}
	out := findDates(s[:h])
	for _, d := range findDates(s[t:]) {
		d.start += t
		d.end += t
		out = append(out, d)
	}
	return out
}

// analyze classifies a row of an entry section (once: the result is kept).
func (p *parser) analyze(i int) rowInfo {
	if p.infos == nil {
		p.infos = make([]*rowInfo, len(p.rows))
	}
	if p.infos[i] == nil {
		info := p.analyzeRow(i)
		p.infos[i] = &info
		if p.yearInName(i, info) {
			// "Misión TIC 2022" over "Mar 2021 – Dec 2021": the year
			// ends the name, and the row below holds the dates
			t := strings.TrimSpace(p.rows[i].text)
			info.segs, info.rngs, info.text = []string{t}, nil, t
		}
	}
	return *p.infos[i]
}

// yearInName reports whether the lone year that ends row i, which info
// read as its date, is part of a name ("Misión TIC 2022", "Expo 2020"):
// the row below holds a full date range and nothing else.
func (p *parser) yearInName(i int, info rowInfo) bool {
	r := &p.rows[i]
	if len(info.rngs) != 1 || len(r.segs) != 1 || len(info.locs) > 0 || r.list || i+1 >= len(p.rows) ||
		!nameYear(r.text, info.rngs[0]) {
		return false
	}
	n := &p.rows[i+1]
	if n.page != r.page || n.list {
		return false
	}
	next := p.analyze(i + 1)
	return next.text == "" && len(next.rngs) == 1 && !next.rngs[0].End.IsZero()
}

// nameYear reports whether rg is a lone year that ends t after a word,
// not after a separator ("Google, 2019" sets its date apart): where a full
// range stands elsewhere, such a year is part of a name.
func nameYear(t string, rg resume.Range) bool {
	if !rg.End.IsZero() || rg.Start.Precision != resume.PrecisionYear {
		return false
	}
	name, ok := strings.CutSuffix(strings.TrimSpace(t), " "+strconv.Itoa(rg.Start.Year))
	last, _ := utf8.DecodeLastRuneInString(name)
	return ok && (unicode.IsLetter(last) || unicode.IsDigit(last))
}

// joinRangeSegs joins a piece that is one date alone to the next piece
// when the two read as one range: a date column whose range wraps, set
// beside the row ("2020-07-01" | "TO 2021-05-01").
func joinRangeSegs(segs []string) []string {
	for k := 0; k+1 < len(segs); k++ {
		if rest, rngs := cutDates(segs[k], false); rest != "" || len(rngs) != 1 || !rngs[0].End.IsZero() {
			continue
		}
		joined := segs[k] + " " + segs[k+1]
		if rest, rngs := cutDates(joined, false); rest == "" && len(rngs) == 1 && !rngs[0].End.IsZero() {
			out := append(append(append([]string(nil), segs[:k]...), joined), segs[k+2:]...)
			return joinRangeSegs(out)
		}
	}
	return segs
}

// threePartPlace reports whether s is a place in three parts, each pair
// shaped like one, that names a place our lists know: "Austin, TX, USA",
// "Punta Pacífica, Ciudad de Panamá, Panamá".
func threePartPlace(s string) bool {
	p := strings.Split(s, ",")
	if len(p) != 3 {
		return false
	}
	return looksLikeLocation(p[0]+","+p[1]) && looksLikeLocation(p[1]+","+p[2]) && placeWordIn(s)
}

// barPieces cuts a piece at its bars when one of the parts between them
// is dates alone: "Especialista en CRM | April 2025 – Present | Ciudad de
// Panamá" is three pieces, a title, its dates and its place.
func barPieces(segs []string) []string {
	bars := false
	for _, s := range segs {
		bars = bars || strings.Contains(s, " | ")
	}
	if !bars {
		return segs
	}
	var out []string
	for _, s := range segs {
		parts := strings.Split(s, " | ")
		dated := false
		for _, p := range parts[1:] {
			dated = dated || dateSeg(p)
		}
		if !dated {
			out = append(out, s)
			continue
		}
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func (p *parser) analyzeRow(i int) rowInfo {
	r := &p.rows[i]
	var info rowInfo
	joined := joinRangeSegs(r.segs)
	segs := barPieces(joined)
	barred := len(segs) > len(joined)
	// each piece cut once; whether one of them is a full range alone
	type cut struct {
		rest string
		rngs []resume.Range
	}
	var buf [8]cut
	cuts := buf[:0]
	alone := false
	for k, seg := range segs {
		rest, rngs := cutDates(seg, r.list && k == 0)
		cuts = append(cuts, cut{rest, rngs})
		alone = alone || len(segs) > 1 && rest == "" && len(rngs) == 1 && !rngs[0].End.IsZero()
	}
	for k, seg := range segs {
		rest, rngs := cuts[k].rest, cuts[k].rngs
		if alone && len(rngs) == 1 && nameYear(seg, rngs[0]) {
			// "Misión TIC 2022 | Mar 2021 – Dec 2021": the year is
			// the name's
			rest, rngs = seg, nil
		}
		if len(rngs) > 0 {
			info.rngs = append(info.rngs, rngs...)
			if rest == "" {
				continue
			}
			seg = rest
		}
		if len(info.rngs) > 0 && (strings.EqualFold(strings.TrimSpace(seg), "invalid date") || durationOnly(seg)) {
			// a missing date as a JavaScript theme prints it, or the
			// length of the dates' span set apart ("· 29 days")
			continue
		}
		if k > 0 && (looksLikeLocation(seg) || threePartPlace(seg)) {
			info.locs = append(info.locs, seg)
			continue
		}
		if barred && k > 0 && len(info.rngs) > 0 && len(info.segs) > 0 && dateSeg(segs[k-1]) && wordCount(seg) <= 8 &&
			!strings.HasSuffix(seg, ".") {
			// "Android Engineer | September 2022 – September 2023 |
			// Islamabad": the piece after the dates on a row cut at its
			// bars is the place, known or not
			info.locs = append(info.locs, seg)
			continue
		}
		if k > 0 && durationOnlyRE().MatchString(seg) {
			continue
		}
		info.segs = append(info.segs, seg)
	}
	if len(info.segs) == 0 && len(info.rngs) > 0 && len(info.locs) == 1 && !placeWordIn(info.locs[0]) {
		// dates and one piece shaped like "City, Region" that names no
		// place ("Online, Blockchain Development"): the piece is the
		// row's title
		info.segs, info.locs = info.locs, nil
	}
	info.text = strings.Join(info.segs, " ")
	words := wordCount(info.text)
	switch {
	case info.text == "":
		info.kind = rMeta
	case skillsetRE().MatchString(info.text) && !r.list:
		info.kind = rSkillset
		info.skill = skillsetRE().FindStringSubmatch(info.text)[2]
	case r.list:
		info.kind = rBullet
		if (len(info.rngs) > 0 || len(info.locs) > 0) && words <= 8 {
			info.kind = rHead
		}
	case r.running:
		info.kind = rPara
	case headish(info.text) || r.heading > 0 && words <= 24 ||
		len(info.rngs) > 0 && words <= 12 && !strings.Contains(info.text, ": ") && (!startsLower(info.text) || words <= 4 && len(r.segs) > 1):
		// a heading-styled row is a header whatever its words, and so is
		// a short row that ends in its dates (in lower case too when they
		// are set apart: "node.energy      2024-10-01 —")
		info.kind = rHead
	case len(info.locs) > 0 && words <= 4 && !strings.HasSuffix(info.text, "."):
		// a few words beside a place: a company or a school, however it
		// is written ("ekonoo    Luxembourg, LU"); prose has no place
		// set apart
		info.kind = rHead
	case p.lowerName(i, info.text):
		info.kind = rHead
	default:
		info.kind = rPara
		if len(info.rngs) > 0 && words > 18 && !r.list {
			// a paragraph that opens on a date ("July 2016: I'm working
			// as Architect…") tells a role's story; its dates are
			// text, and no entry starts there
			info.rngs, info.locs = nil, nil
			info.segs = []string{r.text}
			info.text = r.text
		}
	}
	return info
}

// lowerName reports whether row i, a name in lower case ("everis",
// "node.energy", "hitcap esports GmbH"), is a header row: up to four
// words that end in no sentence's punctuation and are no web address
// ("www.iqiyi.com"), after a short header row (a title) on the same
// page, and either
//   - between that row and the row of its dates, or right under dates
//     alone with a header row after it ("Sep 2025 – Sep 2025" /
//     "freeCodeCamp"), in one or two words with no punctuation at all; or
//   - set in its own type (bold or size differ from the title's) with
//     its dates or the entry's list right under it.
//
// A line that ends a wrapped paragraph follows a long line.
func (p *parser) lowerName(i int, t string) bool {
	if i == 0 || i+1 >= len(p.rows) || wordCount(t) > 4 || strings.ContainsAny(t, ":;!?") || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",") ||
		webAddress(t) {
		return false
	}
	r, prev, next := &p.rows[i], &p.rows[i-1], &p.rows[i+1]
	if prev.list || prev.page != r.page || !headish(prev.text) || wordCount(prev.text) > 8 {
		return false
	}
	if (next.list || dateSeg(next.text)) && next.page == r.page && (prev.bold != r.bold || math.Abs(prev.size-r.size) > 0.5) {
		return true
	}
	if wordCount(t) > 2 || strings.ContainsAny(t, ".,") {
		return false
	}
	return dateSeg(next.text) || dateSeg(prev.text) && headish(next.text)
}

// headish reports whether a text has the shape of an entry header: short,
// not a sentence, not a "Key: value" note.
func headish(t string) bool {
	w := strings.Fields(t)
	if len(w) == 0 || len(t) > 160 {
		return false
	}
	if len(w) > 12 || len(t) > 110 {
		// a long header still has the shape of one: separators and the
		// words of titles, organisations, schools or degrees
		if len(w) > 18 || !strings.ContainsAny(t, "—–|@,;") && !strings.Contains(t, " at ") || capsRatio(w) < 0.5 ||
			titleScore(t)+orgScore(t)+instScore(t)+degreeScore(t) == 0 || strings.HasSuffix(t, ".") {
			return false
		}
	}
	if last := w[len(w)-1]; strings.HasSuffix(t, ".") && !companySuffix(strings.ToLower(last)) && len(w) > 3 &&
		!strings.Contains(strings.TrimRight(last, "."), ".") {
		// (a full stop that closes an abbreviation, "Sp. z o.o.", "S.A.",
		// ends no sentence)
		return false
	}
	if i := strings.Index(t, ":"); i >= 0 && i < len(t)-1 && wordCount(t[:i]) <= 3 {
		return false
	}
	if sentenceInside(w) {
		return false
	}
	first, _ := utf8DecodeFirst(t)
	if name, place, ok := strings.Cut(t, ", "); ok && unicode.IsLower(first) && wordCount(name) <= 3 &&
		(looksLikeLocation(place) || knownPlace(place)) {
		return true // an employer named in lower case, then its place: "ekonoo, Luxembourg, LU"
	}
	for _, sep := range []string{" — ", " – ", " | ", " @ "} {
		if name, rest, ok := strings.Cut(t, sep); ok && unicode.IsLower(first) && wordCount(name) <= 3 &&
			!strings.ContainsAny(name, ".,:;!?") && rest != "" && !startsLower(rest) {
			return true // an employer named in lower case, then the title: "ekonoo — Backend Developer"
		}
	}
	return !unicode.IsLower(first)
}

// sentenceInside reports whether words w hold the end of a sentence and
// the start of the next: a word of four letters or more in lower case
// that ends in a full stop, then a capitalised word ("systems. This
// included"); an abbreviation ("Sp. z o.o.", "St. Louis") ends none.
func sentenceInside(w []string) bool {
	for k := 0; k+1 < len(w); k++ {
		a := w[k]
		if !strings.HasSuffix(a, ".") || strings.Count(a, ".") > 1 {
			continue
		}
		a = strings.TrimSuffix(a, ".")
		if len([]rune(a)) >= 4 && startsLower(a) && !startsLower(w[k+1]) && unicode.IsLetter([]rune(w[k+1])[0]) {
			return true
		}
	}
	return false
}

// proseLine reports whether t reads as a line of running text: eight
// words or more, most of the longer ones in lower case ("I co-founded
// Critica, a consumer and education focused discussion app, with", the
// first line of a description beside dates set in the margin).
func proseLine(t string) bool {
	w := strings.Fields(t)
	return len(w) >= 8 && capsRatio(w) < 0.35
}

// capsRatio is the share of capitalised words among the words of four or
// more letters: high in headers, low in prose.
func capsRatio(w []string) float64 {
	n, caps := 0, 0
	for _, x := range w {
		if len([]rune(x)) < 4 {
			continue
		}
		n++
		if r, _ := utf8DecodeFirst(x); unicode.IsUpper(r) {
			caps++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(caps) / float64(n)
}

// item is a piece of an entry's body.
type item struct {
	text string
	list bool
	rows []int
}

// entry is one block of a work or education section.
type entry struct {
	heads     []piece
	meta      []piece // plain detail lines under a heading-styled title
	headRows  []int
	rngs      []resume.Range
	dateRows  []int
	locs      []string
	body      []item
	skills    []string
	skillRow  int
	bodyRows  []int
	started   bool // body seen
	skillEnd  bool // a Skillset line closed the body
	skillCont bool // the last row was a Skillset line that may wrap
	firstRow  int
	firstSig  rowSig
	// set by patternEntries: the title's parts in row order, the
	// separator between them ("\n" for a title wrapped before its
	// dates), and how many header pieces the title spans
	parts    []string
	partSeps []string
	titleN   int
}

type piece struct {
	text string
	row  int
}

type rowSig struct {
	list    bool
	indent  int
	loc     bool
	heading int
}

// addItem appends row i to the body as a new item.
func (e *entry) addItem(text string, list bool, i int) {
	e.body = append(e.body, item{text: text, list: list, rows: []int{i}})
	e.bodyRows = append(e.bodyRows, i)
}

// extendItem appends row i, a wrapped line, to the last body item.
func (e *entry) extendItem(text string, i int) {
	b := &e.body[len(e.body)-1]
	b.text += " " + text
	b.rows = append(b.rows, i)
}

func (e *entry) descOnly() bool {
	if len(e.heads) > 0 || len(e.rngs) > 0 {
		return false
	}
	for _, b := range e.body {
		if b.list {
			return false
		}
	}
	return true
}

func (p *parser) sigOf(i int, info rowInfo) rowSig {
	r := &p.rows[i]
	ind := int(r.indent)
	if r.x > 0 {
		ind = int(r.x / 4)
	}
	return rowSig{list: r.list, indent: ind, loc: len(info.locs) > 0, heading: r.heading}
}

// entries cuts the rows of a work or education section into entries.
func (p *parser) entries(idx []int) []*entry {
	var out []*entry
	var cur *entry
	lastBodyRow := -1
	start := func(i int, info rowInfo) {
		cur = &entry{firstRow: i, skillRow: -1, firstSig: p.sigOf(i, info)}
		out = append(out, cur)
	}
	for k, i := range idx {
		r := &p.rows[i]
		if bodyLabel(r.text) {
			continue // "Highlights:" over an entry's list says nothing itself
		}
		info := p.analyze(i)
		if cur != nil && cur.skillCont {
			cur.skillCont = false
			prev := &p.rows[cur.skillRow]
			t := strings.TrimSpace(prev.text)
			// a line that starts a new page continues the list only
			// after a comma: a full last line there says nothing
			samePage := r.page == prev.page
			if !r.gap && !r.list && len(info.rngs) == 0 && (strings.HasSuffix(t, ",") || (samePage && p.full(cur.skillRow) && r.x > 0)) {
				cur.skills = append(cur.skills, splitList(r.text)...)
				cur.skillCont = strings.HasSuffix(strings.TrimSpace(r.text), ",")
				cur.skillRow = i
				continue
			}
		}
		switch info.kind {
		case rHead, rMeta:
			// a wrapped line of a bullet
			if info.kind == rHead && cur != nil && lastBodyRow >= 0 && len(info.rngs) == 0 && p.continues(cur.body[len(cur.body)-1].rows, i) {
				cur.extendItem(info.text, i)
				lastBodyRow = i
				continue
			}
			if info.kind == rHead && cur != nil && p.indentedBody(cur, i) {
				// a line indented past the entry's header: its body, a
				// list drawn without bullet glyphs (HTML themes); a
				// sentence in it may end in a year ("accepted at NeurIPS
				// 2022", "(2023)"), where a role's header is short
				wrapped := lastBodyRow >= 0 && p.continues(cur.body[len(cur.body)-1].rows, i)
				if len(info.rngs) == 0 || wordCount(info.text) >= 5 || wrapped {
					// (the row's own text: a year in it is the body's)
					if wrapped {
						cur.extendItem(r.text, i)
						cur.bodyRows = append(cur.bodyRows, i)
					} else {
						cur.addItem(r.text, true, i)
					}
					cur.started = true
					lastBodyRow = i
					continue
				}
			}
			if info.kind == rHead && cur != nil && cur.started && len(cur.headRows) > 0 &&
				p.rows[cur.headRows[0]].heading > 0 && r.heading == 0 {
				// under a heading-styled title only another heading opens
				// an entry: this line is part of the body
				cur.addItem(info.text, false, i)
				lastBodyRow = i
				continue
			}
			if info.kind == rHead && cur != nil && cur.started && len(info.rngs) == 0 &&
				((p.inEducation && instScore(info.text)+degreeScore(info.text) == 0) || (sameRowDates(out) && k+1 == len(idx))) {
				// an undated line after the body that names no school or
				// degree, or ends a section whose headers carry their
				// dates: body text
				cur.addItem(info.text, false, i)
				lastBodyRow = i
				continue
			}
			if info.kind == rHead && sameRowDates(out) && cur != nil && cur.started && len(info.rngs) == 0 && k+1 < len(idx) {
				// headers here carry their dates on their first line; an
				// undated line right before such a header is body text
				if next := p.analyze(idx[k+1]); next.kind == rHead && len(next.rngs) > 0 {
					cur.addItem(info.text, false, i)
					lastBodyRow = i
					continue
				}
			}
			newEntry := cur == nil
			if cur != nil {
				switch {
				case cur.started && !cur.descOnly():
					newEntry = true
				case len(info.rngs) > 0 && len(cur.rngs) > 0:
					newEntry = true
				case info.kind == rHead && len(cur.rngs) > 0 && len(cur.headRows) > 0 &&
					(cur.firstSig.list || cur.firstSig.loc) && p.sigOf(i, info) == cur.firstSig && cur.dateRows[0] != cur.headRows[0]:
					newEntry = true
				case info.kind == rHead && len(cur.heads) >= 3:
					newEntry = true
				case info.kind == rHead && len(cur.headRows) > 0 && p.sameTitleStyle(cur, i, idx[k+1:]):
					newEntry = true
				case info.kind == rHead && len(info.rngs) == 0 && len(cur.rngs) > 0 && cur.dateRows[len(cur.dateRows)-1] < i &&
					!looksLikeLocation(info.text) && k+1 < len(idx) && p.hasDates(idx[k+1]):
					// the entry has its dates, and this header has its own
					// on the next line
					newEntry = true
				}
			}
			if newEntry {
				start(i, info)
			}
			lastBodyRow = -1
			if info.kind == rHead && len(cur.headRows) > 0 && p.rows[cur.headRows[0]].heading > 0 && r.heading == 0 {
				// under a heading-styled entry title, plain short lines
				// are details (location, a note on the employer)
				cur.meta = append(cur.meta, piece{info.text, i})
			} else {
				for _, s := range info.segs {
					cur.heads = append(cur.heads, piece{s, i})
				}
				if info.kind == rHead {
					cur.headRows = append(cur.headRows, i)
				}
			}
			if len(info.rngs) > 0 {
				cur.rngs = append(cur.rngs, info.rngs...)
				cur.dateRows = append(cur.dateRows, i)
			}
			cur.locs = append(cur.locs, info.locs...)
		case rBullet, rPara:
			if cur != nil && lastBodyRow >= 0 && !r.list && p.continues(cur.body[len(cur.body)-1].rows, i) {
				cur.extendItem(info.text, i)
				lastBodyRow = i
				if len(info.rngs) > 0 && len(cur.rngs) == 0 {
					cur.rngs = append(cur.rngs, info.rngs...)
					cur.dateRows = append(cur.dateRows, i)
				}
				continue
			}
			if cur == nil || (cur.skillEnd && info.kind == rPara) {
				start(i, info)
			}
			cur.started = true
			cur.addItem(info.text, info.kind == rBullet, i)
			lastBodyRow = i
			if len(info.rngs) > 0 && len(cur.rngs) == 0 {
				cur.rngs = append(cur.rngs, info.rngs...)
				cur.dateRows = append(cur.dateRows, i)
			}
			cur.locs = append(cur.locs, info.locs...)
		case rSkillset:
			if cur == nil {
				start(i, info)
			}
			cur.skillCont = true
			cur.skills = append(cur.skills, splitList(info.skill)...)
			cur.skillRow = i
			cur.started, cur.skillEnd = true, true
			lastBodyRow = -1
		}
	}
	return out
}

// indentedBody reports whether row i (PDF) starts a little right of where
// the entry's header starts, as the items of a list drawn without bullet
// glyphs do, and is not a short piece set far right (a location, a date).
func (p *parser) indentedBody(cur *entry, i int) bool {
	if len(cur.headRows) == 0 {
		return false
	}
	r, h := &p.rows[i], &p.rows[cur.headRows[0]]
	if r.x <= 0 || h.x <= 0 || r.page != h.page && r.page != h.page+1 || r.x < h.x+5 || r.x > h.x+80 {
		return false
	}
	if segs := joinRangeSegs(h.segs); len(segs) > 1 && dateSeg(segs[0]) {
		// the header row opens with its dates in a margin: its x is the
		// dates', and the title after them may stand where r does
		return false
	}
	// a line of three words or more, or one of a run of short lines set
	// at the same indent (courses: "Topology", "Abstract Algebra")
	if wordCount(r.text) >= 3 {
		return true
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(p.rows) && j != cur.headRows[0] && math.Abs(p.rows[j].x-r.x) < 1 && p.rows[j].page == r.page && !p.rows[j].list {
			return true
		}
	}
	return false
}

// hasDates reports whether row i is a dates line or a header line with
// dates: the line under a header that opens a new entry.
func (p *parser) hasDates(i int) bool {
	next := p.analyze(i)
	return (next.kind == rMeta || next.kind == rHead) && len(next.rngs) > 0
}

// sameRowDates reports whether the section's first entry that has a header
// and dates has them on one line.
func sameRowDates(es []*entry) bool {
	for _, e := range es {
		if len(e.headRows) > 0 && len(e.dateRows) > 0 {
			return e.headRows[0] == e.dateRows[0]
		}
	}
	return false
}

// sameTitleStyle reports whether row i is styled like the title row that
// opened cur (the same heading level, or bold at the same size) while cur
// already has its dates: then it opens the next entry.
//
// Before cur has any body, such a row may also be the rest of cur's header
// (company, location and dates first, then the position, as some themes
// print it): then it opens an entry only if dates follow it within three
// rows.
func (p *parser) sameTitleStyle(cur *entry, i int, next []int) bool {
	first, r := &p.rows[cur.headRows[0]], &p.rows[i]
	if first.heading > 0 {
		return r.heading == first.heading
	}
	same := len(cur.rngs) > 0 && first.bold && r.bold && first.size == r.size && len(cur.dateRows) > 0 && cur.dateRows[len(cur.dateRows)-1] < i
	if !same || cur.started {
		return same
	}
	for k, j := range next {
		if k == 3 || p.rows[j].list {
			break
		}
		info := p.analyze(j)
		if len(info.rngs) > 0 {
			return true
		}
		if info.kind == rPara {
			// body text comes first: the row is this entry's last
			// header line, and the dates below it are the next entry's
			break
		}
	}
	return false
}

// withPlace puts back the place that follows a school in its own header
// piece ("McMaster University, Hamilton, ON", "ECAM (Lyon, France)"):
// JSON Resume gives a school no place of its own, so the place is part of
// the school as written, not text to move to the summary. Only text
// that is a place whole, by the lists or by its shape, counts: a grade
// ("3.x", "Graduated") or the degree before a place ("PhD in Computer
// Science – Princeton, NJ") stays apart.
func withPlace(heads []piece, inst string) string {
	if inst == "" {
		return inst
	}
	for _, h := range heads {
		a := strings.Index(h.text, inst)
		if a < 0 {
			continue
		}
		rest := h.text[a+len(inst):]
		var place string
		switch {
		case strings.HasPrefix(rest, ", "), strings.HasPrefix(rest, " - "), strings.HasPrefix(rest, " – "):
			place = rest[strings.Index(rest, " ")+1:]
		case strings.HasPrefix(rest, " (") && strings.HasSuffix(rest, ")") && strings.Count(rest, "(") == 1:
			place = rest[2 : len(rest)-1]
		default:
			return inst
		}
		if knownPlace(place) || looksLikeLocation(place) {
			return h.text[a:]
		}
		return inst
	}
	return inst
}

// cutAt splits "A at B" (or "A @ B") once, outside brackets.
func cutAt(s string) (a, b string, ok bool) {
	for _, sep := range []string{" at ", " @ "} {
		if i := strings.Index(s, sep); i > 0 && !strings.Contains(s[:i], "(") {
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):]), true
		}
	}
	return "", "", false
}

// bodyLabel reports whether t only labels the body of an entry
// ("Highlights", "Responsibilities:", "Key achievements").
func bodyLabel(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ":：")
	if len(t) < 5 || len(t) > 24 {
		return false
	}
	switch strings.ToLower(t) {
	case "highlights", "key highlights", "responsibilities", "key responsibilities", "achievements", "key achievements",
		"accomplishments", "key accomplishments", "main tasks", "tasks", "duties",
		"logros", "responsabilidades", "funciones", "aufgaben", "erfolge", "tätigkeiten", "réalisations", "missions", "responsabilités":
		return true
	}
	return false
}

// continues reports whether row i is the wrapped continuation of the body
// item made of rows: it starts in lower case, or it is indented past the
// start of the item's bullet, or (PDF) the item's last line ran to the
// right edge and the row starts where the item's text starts.
func (p *parser) continues(rows []int, i int) bool {
	a, lastI, b := &p.rows[rows[0]], rows[len(rows)-1], &p.rows[i]
	last := &p.rows[lastI]
	if b.gap || b.list || (b.page != last.page && last.page != 0) || len(b.segs) > 1 {
		return false
	}
	first, _ := utf8DecodeFirst(b.text)
	if unicode.IsLower(first) {
		return true
	}
	if a.x > 0 || b.x > 0 {
		if a.list {
			return b.x > a.x+2
		}
		return p.full(lastI) && b.x > a.x-2 && b.x < a.x+2
	}
	return a.list && b.indent > a.indent+1
}

// splitList splits "a, b (c, d), e" at commas, semicolons and bullets
// outside brackets.
func splitList(s string) []string {
	var out []string
	depth := 0
	startI := 0
	emit := func(t string) {
		t = strings.TrimSpace(strings.TrimLeft(strings.TrimRight(strings.TrimSpace(t), ".;,"), ";,"))
		if t != "" {
			out = append(out, t)
		}
	}
	for i, r := range s {
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		case ',', ';', '|', '•', '·', '●':
			if depth == 0 {
				emit(s[startI:i])
				startI = i + len(string(r))
			}
		}
	}
	emit(s[startI:])
	return out
}

var dashSepRE = lazyRE(`\s+[|–—·•]\s+|\s+-\s+|;\s*`)
var atRE = lazyRE(`\s+(?:@|at|en|bei|chez)\s+`)
var trailingParenRE = lazyRE(`^(.*?)\s*\(([^()]*)\)$`)
var describesRE = lazyRE(`^((?:[\p{Lu}0-9][\p{L}0-9&.'’\-]*)(?:\s+(?:[\p{Lu}0-9&][\p{L}0-9&.'’\-]*|of|de|and|for|the|y|und))*)\s+(?:is|was|are|were|es|fue|ist|war|est|était)\s+(?:a|an|the|one|un|una|el|la|ein|eine|der|die|das|une|le|l')\b`)

// part is one classified piece of an entry header.
type part struct {
	text  string
	paren string // a trailing bracket, taken off text
	row   int
	loc   bool
}

// withParen is the part's text with its bracket put back.
func (pt part) withParen() string {
	if pt.paren != "" {
		return pt.text + " (" + pt.paren + ")"
	}
	return pt.text
}

// splitHead cuts the entry's header pieces at separators. When the
// header holds one piece besides locations and it reads "Title @ Company"
// (or "at", "en", "bei", "chez"), that gives the title and company.
func splitHead(heads []piece) (parts []part, title, company string, at bool) {
	type seg struct {
		text string
		row  int
		loc  bool
	}
	var segs []seg
	n := 0
	for _, h := range heads {
		t := strings.TrimSpace(strings.Trim(h.text, ":|·•–—-;, "))
		t, tail := durationTail(t)
		ss := splitOutside(t, dashSepRE())
		ss[len(ss)-1] += tail
		for _, s := range ss {
			if s = strings.TrimSpace(s); s != "" {
				loc := looksLikeLocation(s)
				segs = append(segs, seg{s, h.row, loc})
				if !loc {
					n++
				}
			}
		}
	}
	for _, sg := range segs {
		s := sg.text
		if sg.loc {
			parts = append(parts, part{text: s, row: sg.row, loc: true})
			continue
		}
		if n == 1 {
			if m := atRE().FindStringSubmatchIndex(s); m != nil {
				l, r := s[:m[0]], s[m[1]:]
				sep := strings.TrimSpace(s[m[0]:m[1]])
				rf, _ := utf8DecodeFirst(r)
				if l != "" && r != "" && (sep == "@" || unicode.IsUpper(rf) || unicode.IsDigit(rf)) && (sep == "@" || titleScore(l) > 0) {
					title, company, at = l, r, true
					continue
				}
			}
		}
		cs := splitComma(s)
		// "Acme Corp New York, NY": the city is glued to the company
		if k := len(cs) - 1; k >= 1 && isRegion(cs[k]) && !looksLikeLocation(cs[k-1]) {
			if rest, city := cutCity(cs[k-1]); rest != "" && titleScore(city)+orgScore(city) == 0 {
				parts = append(parts, part{text: city + ", " + cs[k], row: sg.row, loc: true})
				cs = append(cs[:k-1:k-1], rest)
			}
		}
		for _, c := range cs {
			pt := part{text: c, row: sg.row}
			if m := trailingParenRE().FindStringSubmatch(c); m != nil && m[1] != "" {
				pt.text, pt.paren = m[1], m[2]
			}
			pt.loc = looksLikeLocation(pt.text)
			parts = append(parts, pt)
		}
	}
	return parts, title, company, at
}

// durationTail cuts a duration the text ends with after a dash ("Intern
// - 8 months") from it: it belongs to the segment before it, not to a
// field of its own.
func durationTail(t string) (head, tail string) {
	ms := dashSepRE().FindAllStringIndex(t, -1)
	if len(ms) == 0 {
		return t, ""
	}
	m := ms[len(ms)-1]
	if !durationOnlyRE().MatchString(t[m[1]:]) {
		return t, ""
	}
	return t[:m[0]], t[m[0]:]
}

// splitOutside splits s at the matches of re that are not inside brackets.
func splitOutside(s string, re *regexp.Regexp) []string {
	var out []string
	last := 0
	for _, m := range re.FindAllStringIndex(s, -1) {
		before := s[:m[0]]
		if strings.Count(before, "(") > strings.Count(before, ")") {
			continue
		}
		out = append(out, s[last:m[0]])
		last = m[1]
	}
	return append(out, s[last:])
}

// splitComma splits at ", " outside brackets, but keeps "City, ST" and a
// legal form after a name ("PalFish, Inc").
func splitComma(s string) []string {
	var out []string
	depth, last := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 && i+1 < len(s) && s[i+1] == ' ' && !suffixNext(s[i+2:]) {
				out = append(out, strings.TrimSpace(s[last:i]))
				last = i + 1
			}
		}
	}
	out = append(out, strings.TrimSpace(s[last:]))
	// re-join "Title, Company, City, ST": a trailing location
	if n := len(out); n >= 3 && !looksLikeLocation(out[n-1]) && looksLikeLocation(out[n-2]+", "+out[n-1]) {
		out = append(out[:n-2], out[n-2]+", "+out[n-1])
	}
	return out
}

// workFields decides which header piece is the title and which the company.
func workFields(heads []piece) (position, company, location string) {
	parts, title, comp, at := splitHead(heads)
	var cands []part
	for _, pt := range parts {
		if pt.loc {
			if location == "" {
				location = pt.text
			}
			continue
		}
		cands = append(cands, pt)
	}
	defer func() {
		// "Globex, Paris" read as a place: the first half is no place, the
		// second is a known one, and a company is wanted
		if company == "" && position != "" && location != "" {
			if a, b, ok := strings.Cut(location, ","); ok && !knownPlace(a) && knownPlace(b) && !strings.Contains(b, ",") {
				company, location = strings.TrimSpace(a), strings.TrimSpace(b)
				// "Google Mountain View, CA": a known city glued on
				if rest, city := cutCity(company); rest != "" && knownPlace(city) {
					company, location = rest, city+", "+location
				}
			}
		}
	}()
	if at {
		position, company = title, comp
		if m := trailingParenRE().FindStringSubmatch(company); m != nil && m[1] != "" && placeLike(m[2]) {
			company = m[1]
			if location == "" {
				location = m[2]
			}
		}
		return
	}
	switch len(cands) {
	case 0:
		return
	case 1:
		c := cands[0]
		if titleScore(c.text) == 0 && orgScore(c.text) > 0 {
			company = c.text
			if location == "" {
				location = c.paren
			}
			return
		}
		position = c.withParen()
		return
	}
	// the most title-like piece is the position
	best, bestScore := 0, -1
	for i, c := range cands {
		s := 2*titleScore(c.text) - orgScore(c.text)
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	if bestScore <= 0 {
		// nothing looks like a title: an organisation word decides,
		// else the first piece is the title.
		best = 0
		if orgScore(cands[0].text) > 0 && orgScore(cands[1].text) == 0 {
			best = 1
		}
	}
	position = cands[best].withParen()
	// a row of its own above the title, with no title words, is the
	// company: the title's row then holds the title alone, whatever
	// separates its parts ("Universidad Austral de Chile" over "Teaching
	// Assistant - Software Engineering")
	above := false
	for _, c := range cands {
		if c.row < cands[best].row && titleScore(c.text) == 0 && !slices.ContainsFunc(cands, func(o part) bool { return o.row == c.row && o != c }) {
			above = true
		}
	}
	ci, cscore := -1, -1
	for i, c := range cands {
		if i == best {
			continue
		}
		s := 2 * (orgScore(c.text) - titleScore(c.text))
		if c.row == cands[best].row && !above {
			s += 3 // "Title — Company" on one line
		}
		if s > cscore {
			ci, cscore = i, s
		}
	}
	if ci >= 0 {
		company = cands[ci].text
		if location == "" && cands[ci].paren != "" {
			location = cands[ci].paren
		}
		if above && cands[ci].row != cands[best].row {
			// the title's row is the title, whole
			for _, h := range heads {
				if h.row == cands[best].row && !slices.ContainsFunc(parts, func(o part) bool { return o.row == h.row && o.loc }) {
					position = h.text
				}
			}
		}
	}
	// a header row of its own that is neither title nor company is the
	// location, whole: "Madrid, Spain; 100% remote" under "Title — Company"
	used := map[int]bool{cands[best].row: true}
	if ci >= 0 {
		used[cands[ci].row] = true
	}
	for _, h := range heads {
		if !used[h.row] && wordCount(h.text) <= 10 && titleScore(h.text) == 0 && !strings.HasSuffix(h.text, ".") {
			location = h.text
			break
		}
	}
	return
}

// describedName finds "Acme is a ..." at the start of a paragraph.
func describedName(s string) string {
	m := describesRE().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	name := m[1]
	if wordCount(name) > 6 {
		return ""
	}
	switch strings.ToLower(name) {
	case "it", "this", "that", "he", "she", "we", "i", "they", "the", "our", "my":
		return ""
	}
	return name
}

func within(inner, outer resume.Range) bool {
	if inner.Start.IsZero() || outer.Start.IsZero() {
		return false
	}
	cmp := func(a, b resume.Date) int {
		p := min(a.Precision, b.Precision)
		return a.Truncate(p).Compare(b.Truncate(p))
	}
	if cmp(inner.Start, outer.Start) < 0 {
		return false
	}
	switch {
	case outer.End.Present:
		return true
	case outer.End.IsZero():
		return !inner.End.Present
	case inner.End.Present:
		return false
	case inner.End.IsZero():
		return cmp(inner.Start, outer.End) <= 0
	}
	return cmp(inner.End, outer.End) <= 0
}

// readHeaders reads the entries' headers: by the section's own pattern
// where it holds, by the fitted readings (readSection) elsewhere. The
// readings see the headers as they were before the pattern took a place
// row from them, and are not computed at all when the pattern reads every
// entry and no fitting command observes them.
func (p *parser) readHeaders(k *readingKind, es []*entry, pattern func([]*entry) [][]string, legacy func(e *entry) []string) [][]string {
	before := make([][]piece, len(es))
	for i, e := range es {
		before[i] = e.heads
	}
	pat := pattern(es)
	covered := pat != nil
	for i, e := range es {
		if len(e.heads) > 0 && (pat == nil || pat[i] == nil) {
			covered = false
		}
	}
	if covered && fit.Observer() == nil {
		return pat
	}
	after := make([][]piece, len(es))
	for i, e := range es {
		after[i], e.heads = e.heads, before[i]
	}
	read := p.readSection(k, es, legacy)
	for i, e := range es {
		e.heads = after[i]
		if pat != nil && pat[i] != nil {
			read[i] = pat[i]
		}
	}
	return read
}

// swapByWords turns the section's position and company round where the
// words of all its entries read them the other way, title words counting
// twice (as patternWork decides a separated title row): a company set
// above a title in bold ("SANE STANDARD" over "DÉVELOPPEUR WORDPRESS")
// read as the title entry by entry. Each entry whose own words do not
// say otherwise turns with the section.
func swapByWords(read [][]string) {
	ab, ba := 0, 0
	for _, r := range read {
		if r[0] != "" && r[1] != "" {
			ab += 2*titleScore(r[0]) + orgScore(r[1])
			ba += 2*titleScore(r[1]) + orgScore(r[0])
		}
	}
	if ba <= ab {
		return
	}
	for _, r := range read {
		if r[0] != "" && r[1] != "" && 2*titleScore(r[1])+orgScore(r[0]) >= 2*titleScore(r[0])+orgScore(r[1]) {
			r[0], r[1] = r[1], r[0]
		}
	}
}

// cutEntries cuts a work or education section into entries by the first
// of its own patterns that holds (title rows, date anchors, entries that
// open on a repeated style), else by the general cutter.
func (p *parser) cutEntries(idx []int, edu bool) []*entry {
	if es := p.patternEntries(idx, edu); es != nil {
		return es
	}
	if es := p.anchorEntries(idx); es != nil {
		return p.plainOpeners(es)
	}
	if es := p.closingEntries(idx, edu); es != nil {
		return p.plainOpeners(es)
	}
	p.inEducation = edu
	defer func() { p.inEducation = false }()
	return p.plainOpeners(p.entries(idx))
}

// plainOpeners folds into the entry before it each undated entry that
// opens on a plain row where the section's dated entries open on a row
// set apart (bold, larger, a heading style), three in five of them alike
// and at least three: such a row ("Have a deep understanding of cloud
// adoption:", a paragraph's first line, a keyword of a list) is body
// text. So are plain rows that open a dated entry before its first row
// in that style.
func (p *parser) plainOpeners(es []*entry) []*entry {
	type style struct {
		heading int
		bold    bool
		size    int
	}
	styleAt := func(i int) style {
		r := &p.rows[i]
		return style{r.heading, r.bold, int(r.size*2 + 0.5)}
	}
	count := map[style]int{}
	dated := 0
	var top style
	for _, e := range es {
		if len(e.headRows) > 0 && len(e.rngs) > 0 {
			s := styleAt(e.headRows[0])
			dated++
			count[s]++
			if count[s] > count[top] {
				top = s
			}
		}
	}
	body := int(p.bodyPoints()*2 + 0.5)
	if count[top] < 3 || 5*count[top] < 3*dated || !(top.heading > 0 || top.bold || top.size > body) {
		return es
	}
	plain := func(i int) bool {
		s := styleAt(i)
		return s.heading == 0 && !s.bold && s.size <= body
	}
	out := es[:1]
	for _, e := range es[1:] {
		if len(e.headRows) == 0 || len(e.locs) > 0 || len(e.skills) > 0 || !plain(e.headRows[0]) {
			out = append(out, e)
			continue
		}
		// the heads before the first row in the section's style
		cut := len(e.heads)
		if len(e.rngs) > 0 {
			cut = -1
			for k, h := range e.heads {
				if styleAt(h.row) == top {
					cut = k
					break
				}
				if !plain(h.row) || slices.Contains(e.dateRows, h.row) {
					break
				}
			}
			if cut <= 0 {
				out = append(out, e)
				continue
			}
		}
		prev := out[len(out)-1]
		for k, h := range e.heads[:cut] {
			if k == 0 || h.row != e.heads[k-1].row {
				prev.addItem(h.text, false, h.row)
			} else {
				prev.extendItem(h.text, h.row)
			}
		}
		prev.started = true
		if cut < len(e.heads) {
			first := e.heads[cut].row
			e.heads = e.heads[cut:]
			e.headRows = slices.DeleteFunc(e.headRows, func(i int) bool { return i < first })
			e.firstRow = first
			out = append(out, e)
			continue
		}
		for _, m := range e.meta {
			prev.addItem(m.text, false, m.row)
		}
		prev.body = append(prev.body, e.body...)
		prev.bodyRows = append(prev.bodyRows, e.bodyRows...)
	}
	return out
}

// work parses a work section.
func (p *parser) work(idx []int) {
	es := p.cutEntries(idx, false)
	rs := p.res.Resume
	read := p.readHeaders(workKind, es, patternWork, func(e *entry) []string {
		pos, comp, loc := workFields(e.heads)
		return []string{pos, comp, loc}
	})
	p.companyRow(es, read)
	for i, e := range es {
		if read[i] == nil {
			pos, comp, loc := workFields(e.heads)
			read[i] = []string{pos, comp, loc}
		}
	}
	for _, r := range read {
		// "@ Acme": a role with no title, at Acme, whichever field the
		// line went to
		if c, ok := strings.CutPrefix(r[0]+r[1], "@ "); ok && (r[0] == "" || r[1] == "") {
			r[0], r[1] = "", strings.TrimSpace(c)
		}
	}
	swapByWords(read)
	for i, r := range read {
		if name := nameBracket(es[i].heads, r[1], r[0]); name != r[1] {
			// (a reading may have taken the bracket for the place)
			if strings.HasSuffix(name, "("+r[2]+")") {
				r[2] = ""
			}
			r[1] = name
		}
	}
	employerAbove(es, read)
	titleOverCompany(es, read)
	slots := placeSlots(es, read, p.res.Resume.Basics.Name, p.homePlace)
	for i := 0; i < len(es); i++ {
		e := es[i]
		if len(e.heads) == 0 && len(e.rngs) == 0 && e.skillRow < 0 && !p.hasDescription(e) {
			// prose before the first entry: a summary of the section
			continue
		}
		// An employer line with its overall range, then roles inside it.
		if j := p.groupEnd(es, i); j > i+1 {
			emp := resume.Employer{}
			emp.Name, emp.Location = employerLine(e.heads)
			if emp.Location == "" && len(e.locs) > 0 {
				emp.Location = e.locs[0]
			}
			emp.Description = prependLines(unread(e.heads, emp.Name, emp.Location), p.prose(e.body))
			ei := len(rs.Work)
			p.field(path("work", ei, "name"), 0.8, e.headRows...)
			for k := i + 1; k < j; k++ {
				role := p.role(es[k], true)
				emp.Roles = append(emp.Roles, role)
				p.roleFields(es[k], ei, len(emp.Roles)-1, role)
			}
			rs.Work = append(rs.Work, emp)
			p.lastFlat = false
			i = j - 1
			continue
		}
		role := p.role(e, false)
		emp := resume.Employer{}
		pos, comp, loc := read[i][0], read[i][1], read[i][2]
		if loc != "" && e.parts == nil && !namesPlace(loc) && !p.homePlace(loc) && (slots == nil || !slots[i]) {
			// a reading's place that names no place (a note, a tool, a
			// sentence) is not labelled a place, unless the section
			// gives its places in that slot; a place on its own row
			// under a title in the section's pattern stays. unread
			// below keeps its text.
			loc = ""
		}
		if loc != "" && notPlace(loc) {
			loc = ""
		}
		// "Renault, Guyancourt" under a title that names no company:
		// when neither part is a place the lists know, the first is the
		// company and the second its town ("Lyon, Rhône" has a known
		// part, and stays the place)
		if pos != "" && comp == "" {
			if cs := splitComma(loc); len(cs) == 2 && !knownPlace(cs[0]) && !knownPlace(cs[1]) && titleScore(cs[0]) == 0 {
				comp, loc = strings.TrimSpace(cs[0]), strings.TrimSpace(cs[1])
			}
		}
		// LinkedIn style: "Google" on its own line above the first role,
		// the next roles at Google give only their title and dates
		if comp == "" && pos != "" && p.lastCompanyAlone != "" && len(e.rngs) > 0 && len(e.headRows) == 1 &&
			titleScore(pos) > 0 && orgScore(pos) <= titleScore(pos) && !strings.ContainsAny(pos, ",|@–—") {
			comp = p.lastCompanyAlone
		} else {
			p.lastCompanyAlone = ""
			if comp != "" && len(e.headRows) >= 2 && len(e.heads) > 0 && strings.TrimSpace(e.heads[0].text) == comp &&
				titleScore(comp) == 0 {
				p.lastCompanyAlone = comp
			}
		}
		role.Position = pos
		emp.Name = comp
		role.Location = loc
		if role.Location == "" && len(e.locs) > 0 {
			role.Location = e.locs[0]
		}
		for _, m := range e.meta {
			switch {
			case role.Location == "" && locationRow(m.text):
				role.Location = m.text
			case emp.Description == "":
				emp.Description = m.text
			}
		}
		// header text no field took goes before the role's summary
		// rather than vanish
		rest := unread(e.heads, pos, comp, role.Location, emp.Description)
		// a lone role's location is its employer's, as JSON Resume has it
		emp.Location, role.Location = role.Location, ""
		if len(e.body) > 0 && !e.body[0].list {
			// "Acme is a ...": a description of the employer
			if n := describedName(e.body[0].text); n != "" && (emp.Name == "" || strings.EqualFold(n, emp.Name)) {
				emp.Name = n
				emp.Description = e.body[0].text
				role.Summary = p.prose(e.body[1:])
			}
		}
		role.Summary = prependLines(rest, role.Summary)
		// consecutive roles at the same employer make one employer
		if n := len(rs.Work); n > 0 && emp.Name != "" && strings.EqualFold(rs.Work[n-1].Name, emp.Name) && p.lastFlat {
			prev := &rs.Work[n-1]
			if prev.Description == "" {
				prev.Description = emp.Description
			}
			switch {
			case emp.Location == "" || emp.Location == prev.Location:
			case prev.Location == "":
				prev.Location = emp.Location
			default:
				// roles in different places: each keeps its own
				for k := range prev.Roles {
					if prev.Roles[k].Location == "" {
						prev.Roles[k].Location = prev.Location
					}
				}
				prev.Location = ""
				role.Location = emp.Location
			}
			prev.Roles = append(prev.Roles, role)
			p.roleFields(e, n-1, len(prev.Roles)-1, role)
			continue
		}
		emp.Roles = []resume.Role{role}
		ei := len(rs.Work)
		rs.Work = append(rs.Work, emp)
		p.lastFlat = true
		if emp.Name != "" {
			p.field(path("work", ei, "name"), 0.7, e.headRows...)
		}
		p.roleFields(e, ei, 0, role)
	}
}

// employerAbove joins an entry that names only a company, with no dates
// and no list under it, to the entry after it when that one has a title
// and dates but no company: the employer's row was cut off as an entry of
// its own ("Algolia" / its web address / "Nov 2017 – Jan 2020" / "Senior
// Software Engineer", the title set like the company), and the role lost
// its company. What the employer's entry held besides its name goes
// before the role's text.
func employerAbove(es []*entry, read [][]string) {
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], es[i+1]
		if len(a.rngs) > 0 || read[i][0] != "" || read[i][1] == "" || len(b.rngs) == 0 || read[i+1][0] == "" || read[i+1][1] != "" {
			continue
		}
		if slices.ContainsFunc(a.body, func(it item) bool { return it.list }) {
			continue
		}
		read[i+1][1] = read[i][1]
		if read[i+1][2] == "" {
			read[i+1][2] = read[i][2]
		}
		b.body = append(slices.Clip(a.body), b.body...)
		a.heads, a.body, read[i] = nil, nil, []string{"", "", ""}
		i++
	}
}

// titleOverCompany reads the section's template of a title on one row and
// its company whole on the row below, where an entry follows it ("Data
// Engineer" over "Acme Corp"), for entries whose title row the readings
// cut at a separator into a title and a company while the row below went
// unread ("Teaching Assistant - Software Engineering" over "Universidad
// Austral de Chile"): the separator is the title's own.
func titleOverCompany(es []*entry, read [][]string) {
	// the two rows, with no dates between them, the second a name: a
	// few words, no sentence, no place
	rows := func(e *entry) (t1, t2 string, ok bool) {
		if len(e.heads) < 2 || e.heads[0].row == e.heads[1].row || len(e.heads) > 2 && e.heads[2].row == e.heads[1].row {
			return "", "", false
		}
		r1, r2 := e.heads[0].row, e.heads[1].row
		if slices.ContainsFunc(e.dateRows, func(d int) bool { return d > r1 && d < r2 }) {
			return "", "", false
		}
		t1, t2 = strings.TrimSpace(e.heads[0].text), strings.TrimSpace(e.heads[1].text)
		if !headish(t2) || wordCount(t2) > 8 || strings.ContainsAny(t2, ":;") || strings.HasSuffix(t2, ".") ||
			knownPlace(t2) || looksLikeLocation(t2) || placeTail(t2) {
			return "", "", false // (a place on the row below is the place)
		}
		return t1, t2, true
	}
	template := false
	for i, e := range es {
		if t1, t2, ok := rows(e); ok && read[i][0] == t1 && read[i][1] == t2 {
			template = true
			break
		}
	}
	if !template {
		return
	}
	// a separator most title rows hold is the layout's, between a title
	// and its company ("Title | Company" over a summary's first line)
	titled := 0
	for _, e := range es {
		if len(e.heads) > 0 {
			titled++
		}
	}
	layout := func(sep string) bool {
		n := 0
		for _, e := range es {
			if len(e.heads) > 0 && strings.Contains(e.heads[0].text, sep) {
				n++
			}
		}
		return 3*n >= 2*titled
	}
	for i, e := range es {
		t1, t2, ok := rows(e)
		if !ok || read[i][0] == "" || read[i][1] == "" || strings.Contains(t2, read[i][1]) || strings.Contains(read[i][0], t2) ||
			!strings.HasPrefix(t1, read[i][0]) || !strings.HasSuffix(t1, read[i][1]) || len(read[i][0])+len(read[i][1]) > len(t1) ||
			len(e.rngs) == 0 || dateSeg(t2) {
			continue
		}
		if sep := t1[len(read[i][0]) : len(t1)-len(read[i][1])]; strings.TrimSpace(sep) == "" || layout(sep) {
			continue
		}
		read[i][0], read[i][1] = t1, t2
		if read[i][2] == t2 {
			read[i][2] = "" // (a reading had taken the row for the place)
		}
	}
}

// nameBracket gives a company back the bracket that follows it in its
// header piece ("Alphabet (via Ciber)", "Sev1Tech (formerly Geocent)",
// "Iklr.de (Herzretterkurse GmbH)"): the readings cut a bracket off as a
// segment of its own, and read as no field or as a place that names no
// place it fell out of every field. A bracket that names a place the
// lists know or a way of working ("(Berlin)", "(Remote)"), or that the
// other fields hold, stays out; a capitalised word alone is no place
// here ("Moonshot Factory (Chorus)").
func nameBracket(heads []piece, name string, others ...string) string {
	if name == "" || strings.HasSuffix(name, ")") {
		return name
	}
	for _, h := range heads {
		i := strings.Index(h.text, name)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(h.text[i+len(name):], " ")
		if !strings.HasPrefix(rest, "(") {
			return name
		}
		j := strings.IndexByte(rest, ')')
		if j < 0 {
			return name
		}
		b := strings.TrimSpace(rest[1:j])
		if b == "" || namesPlace(b) || workMode(b) || findDates(b) != nil {
			return name
		}
		for _, o := range others {
			if o != "" && strings.Contains(o, b) {
				return name
			}
		}
		return name + " (" + b + ")"
	}
	return name
}

// workMode reports whether t names how or how long one worked rather
// than where: "Remote", "Part-time", "Freelance", "6 months".
func workMode(t string) bool {
	w := strings.ToLower(strings.TrimSpace(t))
	if remoteWords[w] {
		return true
	}
	switch w {
	case "híbrido", "onsite", "full-time", "full time", "part-time", "part time", "freelance", "contract", "contractor",
		"internship", "intern", "temporary", "volunteer", "teletrabajo", "stage", "alternance", "prácticas", "praktikum",
		"werkstudent", "teilzeit", "vollzeit":
		return true
	}
	return durationOnlyRE().MatchString(t)
}

// placeSlots finds, per entry, a place the readings found that no list
// knows but the section's pattern vouches for: a whole header piece,
// shaped like a place, in the slot (pieces from the header's end) where
// other entries of the section give a place the lists or the resume's
// own address (home) know, when most
// entries hold a place-shaped piece there. Then "Islamabad", "Brugge"
// or "Bedford, MA" below "Lahore, Pakistan" or "Remote" are read as
// places too; "ServiceRocket", read as a place in another slot, is not,
// nor the resume's own name, repeated in a page's footer.
func placeSlots(es []*entry, read [][]string, name string, home func(string) bool) []bool {
	// slot[i]: the place-shaped piece's distance from the header's end,
	// or -1
	slot := make([]int, len(es))
	n := 0
	shaped, named := map[int]int{}, map[int]int{}
	for i, e := range es {
		slot[i] = -1
		if len(e.heads) == 0 {
			continue
		}
		n++
		loc := read[i][2]
		if loc == "" || e.parts != nil || !placeShaped(loc) {
			continue
		}
		for k := len(e.heads) - 1; k >= 0; k-- {
			if strings.TrimSpace(e.heads[k].text) == loc {
				slot[i] = len(e.heads) - 1 - k
				break
			}
		}
		if k := slot[i]; k >= 0 {
			shaped[k]++
			if namesPlace(loc) || home(loc) {
				named[k]++
			}
		}
	}
	var ok []bool
	for i, k := range slot {
		if k >= 0 && named[k] > 0 && shaped[k] >= 2 && 3*shaped[k] >= 2*n && !strings.EqualFold(read[i][2], name) {
			if ok == nil {
				ok = make([]bool, len(es))
			}
			ok[i] = true
		}
	}
	return ok
}

// notPlace reports whether a place a reading found names a job title, a
// school or an organisation instead ("Software Engineer", "Universidad
// Austral de Chile", "Department of the Attorney General"); "Las Vegas,
// NV" is a place, though NV is a legal form too.
func notPlace(loc string) bool {
	return titleScore(loc) > 0 || instScore(loc) > 0 || orgScore(loc) > 0 && !placeWordIn(loc)
}

// placeShaped reports whether t is shaped like a place: up to three
// comma parts of up to four words each, every word capitalised, a digit
// or a particle ("Bedford, MA", "Sarajevo, Bosnia and Herzegovina",
// "Melbourne CBD"), with no title, organisation, school or degree words
// and no dash or bar.
func placeShaped(t string) bool {
	parts := strings.Split(t, ", ")
	if len(parts) > 3 || strings.ContainsAny(t, "–—|:;()") {
		return false
	}
	for _, x := range parts {
		f := strings.Fields(x)
		if len(f) == 0 || len(f) > 4 || titleScore(x) > 0 || orgScore(x) > 0 || instScore(x) > 0 || degreeScore(x) > 0 && !isRegion(x) {
			return false
		}
		for _, w := range f {
			if r, _ := utf8DecodeFirst(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !placeParticles[strings.ToLower(w)] {
				return false
			}
		}
	}
	return true
}

// unread returns the header text no field took: the pieces that no
// value holds, and of a piece that holds values, what is left of it
// around them ("formerly Geocent" of "Sev1Tech (formerly Geocent)").
func unread(heads []piece, vals ...string) []string {
	var rest []string
	lower := make([]string, 0, len(vals))
	for _, v := range vals {
		if v != "" {
			lower = append(lower, strings.ToLower(v))
		}
	}
	for _, h := range heads {
		t := strings.TrimSpace(strings.Trim(h.text, ":|·•–—-;, "))
		if t == "" {
			continue
		}
		lt, in, holds := strings.ToLower(t), false, false
		for _, lv := range lower {
			in = in || strings.Contains(lv, lt)
			holds = holds || strings.Contains(lt, lv)
		}
		switch {
		case in:
		case holds:
			rest = append(rest, leftovers([]piece{h}, vals...)...)
		default:
			rest = append(rest, t)
		}
	}
	return rest
}

// leftovers returns the parts of the header pieces that none of the
// values holds: each piece with the values cut out, split at the
// separators left between them, less the short words that joined them.
func leftovers(heads []piece, vals ...string) []string {
	var rest []string
	for _, h := range heads {
		t := h.text
		for _, v := range vals {
			// cut v out where lower-casing keeps the byte offsets
			lt, lv := strings.ToLower(t), strings.ToLower(v)
			if v == "" || len(lt) != len(t) || len(lv) != len(v) {
				continue
			}
			if i := strings.Index(lt, lv); i >= 0 {
				t = t[:i] + "," + t[i+len(v):]
			}
		}
		for _, x := range strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune(",|·•–—;", r) }) {
			x = strings.TrimSpace(strings.Trim(strings.TrimSpace(x), ":-()"))
			if strings.IndexFunc(x, unicode.IsLetter) < 0 || len(x) < 2 || connector(x) {
				continue
			}
			rest = append(rest, x)
		}
	}
	return rest
}

// connector reports whether x is a short lower-case word left between
// two values ("in" of "Bachelor in Physics", "en", "of", "und").
func connector(x string) bool {
	return !strings.ContainsRune(x, ' ') && utf8.RuneCountInString(x) <= 3 && strings.ToLower(x) == x
}

// prependLines returns the lines of rest, then text, one per line.
func prependLines(rest []string, text string) string {
	if len(rest) == 0 {
		return text
	}
	if text == "" {
		return strings.Join(rest, "\n")
	}
	return strings.Join(rest, "\n") + "\n" + text
}

// employerLine reads an employer's header: the name first, then its
// location, in brackets, after a comma or a dash, or on a row of its own.
func employerLine(heads []piece) (name, location string) {
	first := strings.TrimSpace(heads[0].text)
	if m := trailingParenRE().FindStringSubmatch(first); m != nil && m[1] != "" {
		name, location = m[1], m[2]
	} else if i := strings.IndexAny(first, ",;|–—·•"); i > 0 {
		name = strings.TrimSpace(first[:i])
		location = strings.TrimSpace(strings.TrimLeft(first[i:], ",;|–—·• "))
	} else if parts := splitOutside(first, dashSepRE()); len(parts) > 1 {
		name = strings.TrimSpace(parts[0])
		location = strings.TrimSpace(first[len(parts[0]):])
		location = strings.TrimSpace(strings.TrimLeft(location, "-–—|·• "))
	} else {
		name = first
	}
	for _, h := range heads[1:] {
		if location == "" {
			location = h.text
		}
	}
	return name, location
}

func (p *parser) hasDescription(e *entry) bool {
	return len(e.body) > 0 && describedName(e.body[0].text) != ""
}

// groupEnd returns the end (exclusive) of the roles grouped under es[i]
// when es[i] is an employer line: one header piece, a range, no bullets,
// followed by entries whose ranges lie inside its range.
func (p *parser) groupEnd(es []*entry, i int) int {
	e := es[i]
	if len(e.rngs) == 0 || len(e.headRows) == 0 || len(e.headRows) > 2 || e.skillRow >= 0 || len(e.parts) > 1 {
		// a title in the section's pattern names its own fields
		return i
	}
	// the employer line names no title: "Shopify", "Shopify (Spain)",
	// "Shopify, Spain, 100% Remote"
	for _, h := range e.heads {
		if titleScore(h.text) > 0 || strings.Contains(h.text, "@") {
			return i
		}
	}
	for _, b := range e.body {
		if b.list {
			return i
		}
	}
	j := i + 1
	for j < len(es) && len(es[j].rngs) > 0 && len(es[j].heads) > 0 && within(es[j].rngs[0], e.rngs[0]) {
		if namesEmployer(es[j].heads[0].text) {
			return i // "Engineer, ThermaSave": a role with its own employer
		}
		for _, h := range es[j].heads[1:] {
			if h.row != es[j].heads[0].row && orgScore(h.text) > titleScore(h.text) && !namesPlace(h.text) {
				return i // "Associate Developer" over "Zeix AG": the same
			}
		}
		j++
	}
	// a trailing role without dates but with the group's skills line
	return j
}

// namesEmployer reports whether a role's header names an employer after
// its title and a comma: "Engineer, ThermaSave" (not "Engineer, Berlin";
// "Engineer @ Streaming Team" may name a team inside the employer).
func namesEmployer(t string) bool {
	n, at := countOutside(t, ", ")
	return n > 0 && titleScore(t[:at]) > 0 && titleScore(t[at+2:]) == 0 && !namesPlace(t[at+2:])
}

// role builds a role from an entry; in a group the whole header is the
// position.
func (p *parser) role(e *entry, grouped bool) resume.Role {
	var r resume.Role
	if grouped {
		var ts []string
		for _, h := range e.heads {
			if looksLikeLocation(h.text) {
				if r.Location == "" {
					r.Location = h.text
				}
				continue
			}
			ts = append(ts, h.text)
		}
		r.Position = strings.Join(ts, " ")
		if r.Location == "" && len(e.locs) > 0 {
			r.Location = e.locs[0]
		}
	}
	if len(e.rngs) > 0 {
		r.StartDate, r.EndDate = e.rngs[0].Start, e.rngs[0].End
		if e.rngs[0].End.IsZero() && !e.rngs[0].Start.IsZero() && e.rngs[0].Start.Precision == resume.PrecisionYear {
			// a lone year: the role sat within it
			r.EndDate = e.rngs[0].Start
		}
	}
	r.Summary = p.prose(e.body)
	for _, b := range e.body {
		if b.list {
			r.Highlights = append(r.Highlights, b.text)
		}
	}
	r.Skills = normaliseKeywords(e.skills)
	return r
}

func (p *parser) prose(body []item) string {
	var ps []string
	for _, b := range body {
		if !b.list {
			ps = append(ps, b.text)
		}
	}
	return strings.Join(ps, "\n\n")
}

func path(sec string, i int, rest string) string {
	return sec + "[" + itoa(i) + "]." + rest
}

func (p *parser) roleFields(e *entry, ei, ri int, r resume.Role) {
	base := "work[" + itoa(ei) + "].roles[" + itoa(ri) + "]."
	if r.Position != "" {
		p.field(base+"position", 0.75, e.headRows...)
	}
	if !r.StartDate.IsZero() {
		p.field(base+"startDate", 0.9, e.dateRows...)
	}
	if !r.EndDate.IsZero() {
		p.field(base+"endDate", 0.9, e.dateRows...)
	}
	if len(r.Highlights) > 0 {
		p.field(base+"highlights", 0.8, e.bodyRows...)
	}
	if len(r.Skills) > 0 {
		p.field(base+"skills", 0.9, e.skillRow)
	}
	if err := (resume.Range{Start: r.StartDate, End: r.EndDate}).Valid(); err != nil {
		row := -1
		if len(e.dateRows) > 0 {
			row = e.dateRows[0]
		}
		p.warn(WarnDateOrder, base+"startDate", row, err.Error())
	}
	if r.StartDate.IsZero() && r.EndDate.IsZero() {
		row := -1
		if len(e.headRows) > 0 {
			row = e.headRows[0]
		}
		p.warn(WarnNoDates, base+"startDate", row, "no dates found for "+strings.TrimSpace(r.Position))
	}
}

// education parses an education section.
func (p *parser) education(idx []int) {
	es := p.cutEntries(idx, true)
	rs := p.res.Resume
	rules := func(e *entry) []string {
		ed := eduFields(e.heads)
		return []string{ed.Institution, ed.StudyType, ed.Area, ""}
	}
	read := p.readHeaders(eduKind, es, patternEdu, rules)
	for i, e := range es {
		if read[i] == nil {
			read[i] = rules(e)
		}
	}
	oneSlot(read)
	degreeBelow(es, read)
	// the order the section's entries give degree and field on rows of
	// their own, where the words of two or more say it
	order, votes := 0, [3]int{}
	for i, e := range es {
		if read[i][1] == "" && read[i][2] == "" {
			_, _, _, first := p.degreeRows(e.body, 0)
			votes[first]++
		}
	}
	switch {
	case votes[1] > votes[2] && votes[1] >= 2:
		order = 1
	case votes[2] > votes[1] && votes[2] >= 2:
		order = 2
	}
	for ei, e := range es {
		if len(e.heads) == 0 && len(e.rngs) == 0 {
			if len(e.bodyRows) > 0 {
				// text with no school, degree or dates to hang on: say
				// so rather than drop it without a word
				p.warnNotRead("education", e.bodyRows, "of education that name no school, degree or dates are not read, the first",
					"of education that names no school, degree or dates is not read:")
			}
			continue
		}
		ed := eduFields(e.heads)
		ed.Institution, ed.StudyType, ed.Area = read[ei][0], read[ei][1], read[ei][2]
		ed.Institution = withPlace(e.heads, ed.Institution)
		if inst := schoolAcronym(e.heads, ed.Institution, ed.StudyType, ed.Area); inst != ed.Institution {
			// (an acronym after the school read as the area or the
			// study type is the school's: "Fundación Escuela
			// Tecnológica de Neiva - FET")
			for _, f := range []*string{&ed.StudyType, &ed.Area} {
				if strings.Contains(inst, *f) {
					*f = ""
				}
			}
			ed.Institution = inst
		}
		gradeOf(&ed, e.heads)
		if ed.StudyType == "" {
			// "Bachelor Computer Science Honours" read as the area: a
			// degree word opens it, joined to it by a space alone (a
			// study type alone stays whole: "Master 2 Communication")
			if st, area, ok := leadDegree(ed.Area); ok {
				ed.StudyType, ed.Area = st, area
			}
		}
		if len(e.rngs) > 0 {
			g := e.rngs[0]
			ed.StartDate, ed.EndDate = g.Start, g.End
			if g.End.IsZero() {
				ed.StartDate, ed.EndDate = resume.Date{}, g.Start
			}
		}
		if ed.StudyType == "" && ed.Area == "" && len(e.body) > 0 && !e.body[0].list && len(e.body[0].rows) == 1 {
			// the degree on the row under the school, "Bachelor of
			// Science: Computer Science"
			if st, area, ok := degreeColon(e.body[0].text); ok {
				ed.StudyType, ed.Area = st, area
				e.body = e.body[1:]
			}
		}
		if ed.StudyType == "" && ed.Area == "" {
			// the field and the degree on short rows of their own under
			// the school, an icon before one ("Information Technology" /
			// "Bachelor")
			if st, area, n, _ := p.degreeRows(e.body, order); n > 0 {
				ed.StudyType, ed.Area = st, area
				e.body = e.body[n:]
			}
		}
		if p.otherDegreeRow(&ed, e.body) {
			e.body = e.body[1:]
		}
		ed.Summary = p.prose(e.body)
		// header text no field took ("Développement Web Junior,
		// OpenClassrooms" read as the area alone) goes before the
		// summary rather than vanish
		ed.Summary = prependLines(leftovers(e.heads, ed.Institution, ed.StudyType, ed.Area), ed.Summary)
		for _, b := range e.body {
			if b.list {
				ed.Courses = append(ed.Courses, b.text)
			}
		}
		if ed.Institution == "" && ed.Area == "" && ed.StudyType == "" {
			continue
		}
		i := len(rs.Education)
		rs.Education = append(rs.Education, ed)
		if ed.Institution != "" {
			p.field(path("education", i, "institution"), 0.8, e.headRows...)
		}
		if ed.Area != "" {
			p.field(path("education", i, "area"), 0.6, e.headRows...)
		}
		if !ed.EndDate.IsZero() {
			p.field(path("education", i, "endDate"), 0.85, e.dateRows...)
		}
	}
}

// degreeBelow joins an entry that names a degree and no school, with no
// dates, to the entry above it when that one names a school and no
// degree: the degree's rows under the school were cut off as an entry of
// their own (theme-kendall: the dates, the school, its link,
// "Licenciatura", the field). Not where the section opens on such a
// degree, or a school follows in its entry: the section prints each
// degree above its school.
func degreeBelow(es []*entry, read [][]string) {
	degreeOnly := func(f []string) bool { return f[0] == "" && (f[1] != "" || f[2] != "") }
	for _, f := range read {
		if degreeOnly(f) {
			return
		}
		if f[0] != "" {
			break
		}
	}
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], es[i+1]
		if read[i][0] == "" || read[i][1] != "" || read[i][2] != "" || !degreeOnly(read[i+1]) || len(b.rngs) > 0 || namesSchool(b.body) {
			continue
		}
		read[i][1], read[i][2] = read[i+1][1], read[i+1][2]
		a.heads = append(slices.Clip(a.heads), b.heads...)
		a.headRows = append(slices.Clip(a.headRows), b.headRows...)
		a.body = append(slices.Clip(a.body), b.body...)
		b.heads, b.headRows, b.body, read[i+1] = nil, nil, nil, []string{"", "", "", ""}
		i++
	}
}

// schoolAcronym gives a school back the acronym its header sets beside
// it after a dash ("Servicio Nacional de Aprendizaje - SENA", "ESEO -
// École Supérieure d'Électronique de l'Ouest"), which the readings cut
// off as a segment of its own: a short word of capital letters that
// names no degree and no place, after the name, or opening its piece
// where none of fields holds it ("ICT — Autodidact" is an area and its
// school).
func schoolAcronym(heads []piece, name string, fields ...string) string {
	if name == "" {
		return name
	}
	acronym := func(t string) bool {
		n := utf8.RuneCountInString(t)
		return n >= 2 && n <= 8 && abbreviation(t) && degreeScore(t) == 0 && !knownPlace(t) && strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
	}
	for _, h := range heads {
		i := strings.Index(h.text, name)
		if i < 0 {
			continue
		}
		for _, d := range []string{" - ", " – ", " — "} {
			if rest, ok := strings.CutPrefix(h.text[i+len(name):], d); ok {
				t, _, _ := strings.Cut(rest, " ")
				if t = strings.TrimRight(t, ",;"); acronym(t) {
					return name + d + t
				}
			}
			if head, ok := strings.CutSuffix(h.text[:i], d); ok && acronym(head) && !slices.Contains(fields, head) {
				return head + d + name // the acronym opens the piece
			}
		}
		return name
	}
	return name
}

// namesSchool reports whether a short item of body names a school.
func namesSchool(body []item) bool {
	for _, b := range body {
		if wordCount(b.text) <= 8 && instScore(b.text) > 0 {
			return true
		}
	}
	return false
}

// homePlace reports whether t names the town or region of the resume's
// own address ("Islamabad" where the contact lines read "Islamabad,
// PK"): the document itself vouches for it as a place, where the lists
// do not know it.
func (p *parser) homePlace(t string) bool {
	l := p.res.Resume.Basics.Location
	t = strings.TrimSpace(t)
	for _, h := range []string{l.City, l.Region, strings.TrimSpace(l.City + ", " + l.Region)} {
		if len(h) > 2 && strings.EqualFold(t, h) {
			return true
		}
	}
	return false
}

// companyRow mends an entry whose first row was read as "Position -
// Company" while its second row, "Company, place" (Europass), was taken
// whole for the place: when that row opens with a name the section reads
// as a company elsewhere, or one with a company's legal form ("F5 Inc.,
// 801 5th Ave Seattle, WA"), the first row is the position whole
// ("Technical Marketing Manager - Service Providers") and the second the
// company and its place.
func (p *parser) companyRow(es []*entry, read [][]string) {
	rowText := func(e *entry, n int) string {
		var parts []string
		for _, h := range e.heads {
			if h.row == e.headRows[n] {
				parts = append(parts, h.text)
			}
		}
		return strings.Join(parts, " ")
	}
	reading := func(i int) []string {
		if read[i] != nil {
			return read[i]
		}
		pos, comp, loc := workFields(es[i].heads)
		return []string{pos, comp, loc}
	}
	known := map[string]int{}
	for i := range es {
		if f := reading(i); f[1] != "" {
			known[strings.ToLower(f[1])]++
		}
	}
	for i, e := range es {
		f := reading(i)
		if f[1] == "" || len(e.headRows) < 2 {
			continue
		}
		r0, r1 := rowText(e, 0), rowText(e, 1)
		comp, loc, ok := strings.Cut(r1, ", ")
		if !ok || f[2] != r1 || !strings.HasPrefix(r0, f[0]) || !strings.Contains(r0, f[1]) {
			continue
		}
		if known[strings.ToLower(comp)] > 0 || orgScore(comp) > 0 && titleScore(f[1]) > 0 {
			read[i] = []string{r0, comp, loc}
		}
	}
}

// shortName reports whether t could name a degree or a field on a row of
// its own: six words or fewer, no sentence, no colon or digit, not in
// lower case.
func shortName(t string) bool {
	return t != "" && wordCount(t) <= 6 && (!strings.HasSuffix(t, ".") || wordCount(t) <= 2) &&
		!strings.ContainsAny(t, ":0123456789") && !startsLower(t)
}

// otherDegreeRow fills the one of studyType and area that the header left
// empty from the row under it, a short row of its own: a degree ("B.A.")
// when the area is known, a field when the degree is, named by a field's
// words or set in bold ("Blockchain Development" in bold under "Online").
// It reports whether it took the body's first item.
func (p *parser) otherDegreeRow(ed *resume.Education, body []item) bool {
	if (ed.StudyType == "") == (ed.Area == "") || len(body) == 0 || body[0].list || len(body[0].rows) != 1 {
		return false
	}
	t := strings.TrimSpace(body[0].text)
	if !shortName(t) {
		return false
	}
	switch {
	case ed.Area == "" && degreeScore(t) == 0 && (fieldScore(t) > 0 || p.rows[body[0].rows[0]].bold):
		ed.Area = t
	case ed.StudyType == "" && degreeScore(t) > 0 && fieldScore(t) == 0:
		ed.StudyType = t
	default:
		return false
	}
	return true
}

// degreeRows reads a degree from the first one or two rows of an
// education entry's body when they are short rows of their own (a list
// item wrapped over both counts as two; the school's web address before
// them is skipped): one names a degree in a few words ("Bachelor",
// "MSc"), the other, if any, is its field. Where the words decide
// nothing, two short rows are read in the order the section's other
// entries show (order 1: the degree first, 2: the field first; 0: none
// known). It returns how many items it used, and which came first (1:
// the degree, 2: the field, 0: a degree alone).
func (p *parser) degreeRows(body []item, order int) (studyType, area string, n, first int) {
	var texts []string
	var items []int // the item each text comes from
	for k := 0; k < len(body) && len(texts) < 2; k++ {
		for _, ri := range body[k].rows {
			// (the school's address before them is no part: "https://… Online")
			t := strings.TrimSpace(p.analyze(ri).text)
			if u := urlRE().FindStringIndex(t); u != nil && u[0] == 0 {
				t = strings.TrimSpace(t[u[1]:])
			}
			if t == "" && len(texts) == 0 {
				continue
			}
			texts = append(texts, t)
			items = append(items, k)
		}
	}
	short := func(k int) bool { return k < len(texts) && shortName(texts[k]) }
	isType := func(k int) bool {
		return short(k) && degreeScore(texts[k]) > 0 && wordCount(texts[k]) <= 4
	}
	used := func(k int) int {
		if k+1 < len(items) && items[k+1] == items[k] {
			return 0 // (an item read only in part)
		}
		return items[k] + 1
	}
	switch {
	case short(0) && short(1) && (isType(0) || isType(1)) && fieldScore(texts[0]) > 0 && fieldScore(texts[1]) == 0:
		return texts[1], texts[0], used(1), 2 // "Ingeniero de Sistemas" / "Profesional": the field names a field
	case short(0) && short(1) && (isType(0) || isType(1)) && fieldScore(texts[1]) > 0 && fieldScore(texts[0]) == 0:
		return texts[0], texts[1], used(1), 1
	case isType(0) && short(1) && degreeScore(texts[1]) == 0:
		return texts[0], texts[1], used(1), 1
	case short(0) && isType(1) && degreeScore(texts[0]) == 0:
		return texts[1], texts[0], used(1), 2
	case isType(0) && !short(1):
		if st, a, ok := leadDegree(texts[0]); ok {
			return st, a, used(0), 0
		}
		return texts[0], "", used(0), 0
	case order == 1 && short(0) && short(1):
		return texts[0], texts[1], used(1), 1 // "Online" / "Blockchain Development"
	case order == 2 && short(0) && short(1):
		return texts[1], texts[0], used(1), 2 // "Blockchain Development" / "Online"
	}
	return "", "", 0, 0
}

// degreeColon reads "Study type: Area", a degree named before a colon.
func degreeColon(t string) (studyType, area string, ok bool) {
	a, b, found := strings.Cut(strings.TrimSpace(t), ": ")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if !found || a == "" || b == "" || degreeScore(a) == 0 || instScore(b) > 0 ||
		wordCount(a) > 6 || wordCount(b) > 10 || strings.HasSuffix(b, ".") {
		return "", "", false
	}
	return a, b, true
}

// eduFields reads an education header with the rules: the piece with a
// school word is the institution, the one with a degree word the degree.
func eduFields(heads []piece) resume.Education {
	ed := resume.Education{}
	parts, title, comp, at := splitHead(heads)
	if at {
		parts = append(parts, part{text: title}, part{text: comp})
	}
	inst, deg := -1, -1
	for i, pt := range parts {
		if pt.loc {
			continue
		}
		if inst < 0 && instScore(pt.text) > 0 {
			inst = i
		}
		if deg < 0 && (degreeScore(pt.text) > 0 || degreeScore(pt.paren) > 0) && i != inst {
			deg = i
		}
	}
	if inst < 0 && deg >= 0 {
		// "BSc, Stanford": the other piece is the school, unless it
		// names a field of study ("BSc + MSc, Telecommunications
		// Engineering").
		for i, pt := range parts {
			if i != deg && !pt.loc && degreeScore(pt.text) == 0 && !scoreRE().MatchString(pt.text) {
				if fieldScore(pt.text) == 0 {
					inst = i
				}
				break
			}
		}
	}
	if inst < 0 && deg < 0 {
		// a title of one piece that names neither a degree nor a field
		// is the school ("Uniwersytet Warszawski"): JSON Resume files
		// give the institution far more often than an area alone
		if k := soleText(parts); k >= 0 && fieldScore(parts[k].text) == 0 && parts[k].paren == "" {
			inst = k
		}
	} else if inst >= 0 && inst+1 < len(parts) && !parts[inst+1].loc && instScore(parts[inst+1].text) > 0 &&
		parts[inst].paren == "" && degreeScore(parts[inst+1].text) == 0 {
		// "Faculty of Mathematics and Physics, University of Ljubljana":
		// two school names in a row are one institution
		parts[inst].text += ", " + parts[inst+1].text
		parts[inst+1].loc = true // used
	}
	if inst >= 0 {
		// a bracket after the school stays its name's ("University of
		// Agder (UiA)", "(alternance)") unless it names a place
		ed.Institution = parts[inst].text
		if b := parts[inst].paren; b != "" && !knownPlace(b) && (!placeLike(b) || abbreviation(b)) {
			ed.Institution = parts[inst].withParen()
		}
		// "Computer Science at Princeton University": the area, then
		// the school
		if area, school, ok := cutAt(ed.Institution); ok && instScore(school) > 0 && instScore(area) == 0 {
			ed.Institution = school
			if ed.Area == "" {
				ed.Area = area
			}
		}
		// "PhD Princeton University": a degree glued to the school
		if f := strings.Fields(ed.Institution); len(f) > 1 && degreeScore(f[0]) > 0 && instScore(f[0]) == 0 {
			ed.Institution = strings.Join(f[1:], " ")
			if deg < 0 {
				ed.StudyType = f[0]
			}
		}
	}
	if deg >= 0 {
		d := parts[deg]
		if a, b, ok := cutAt(d.text); ok && inst < 0 && degreeScore(a) > 0 && degreeScore(b)+fieldScore(b) == 0 {
			// "Certificate of Completion … at Year Up": the degree at
			// its school
			d.text, ed.Institution = a, b
		}
		if degreeScore(d.text) == 0 && degreeScore(d.paren) > 0 {
			ed.StudyType, ed.Area = d.paren, d.text
		} else if a, b, ok := cutDegree(d.text); ok {
			ed.StudyType, ed.Area = a, b
		} else if a, b, ok := leadDegree(d.text); ok {
			ed.StudyType, ed.Area = a, b // "Bachelor (hons) Engineering"
		} else {
			ed.StudyType = d.text
		}
	}
	if deg < 0 {
		// "Mathematics (Private tuition)": a field of study with a
		// bracket that is no place names its degree in the bracket.
		for i, pt := range parts {
			if i != inst && !pt.loc && pt.paren != "" && fieldScore(pt.text) > 0 && !placeLike(pt.paren) {
				ed.StudyType, ed.Area = pt.paren, pt.text
				deg = i
				break
			}
		}
	}
	for i, pt := range parts {
		if i != inst && i != deg && scoreRE().MatchString(pt.text) && ed.Score == "" {
			ed.Score = pt.text
			parts[i].loc = true // used
		}
	}
	if ed.Area == "" {
		for i, pt := range parts {
			if i != inst && i != deg && !pt.loc && !strings.Contains(pt.text, ":") {
				if inst >= 0 && i == inst+1 && campus(pt.text) {
					// "ECOLE DE COMMUNICATION, EFAP Strasbourg": a
					// school's campus in its town is the school's name
					ed.Institution += ", " + pt.text
					continue
				}
				ed.Area = pt.text
				break
			}
		}
	}
	return ed
}

// campus reports whether t, after a school, names its campus or branch in
// a town rather than a field of study: words that name no field or degree,
// the last of them a place our lists know ("EFAP Strasbourg", "Campus
// Lyon").
func campus(t string) bool {
	f := strings.Fields(t)
	return len(f) >= 2 && len(f) <= 4 && knownPlace(f[len(f)-1]) && fieldScore(t) == 0 && degreeScore(t) == 0
}

// oneSlot reads a degree given alone as the area where the section's
// other entries give one field of study alone and none gives both: the
// entries share one layout, and the one slot they fill is the field's
// ("Ingeniería de Computadores", then "Bachillerato Tecnológico").
func oneSlot(read [][]string) {
	areas, types := 0, 0
	for _, r := range read {
		switch {
		case r[1] != "" && r[2] != "":
			return
		case r[2] != "":
			areas++
		case r[1] != "":
			types++
		}
	}
	if areas < 2 || 2*types > areas {
		return
	}
	for _, r := range read {
		if r[1] != "" {
			r[1], r[2] = "", r[1]
		}
	}
}

// abbreviation reports whether s is one word written as an
// abbreviation: in capitals ("CONALEP"), or short with two or more
// ("UiA", "TU/e").
func abbreviation(s string) bool {
	if strings.ContainsAny(s, " \t") {
		return false
	}
	return strings.ToUpper(s) == s && strings.ToLower(s) != s || degreeAbbrev(s)
}

// soleText returns the index of the only piece that is no location, or
// -1 when there are none or several.
func soleText(parts []part) int {
	k := -1
	for i, pt := range parts {
		if pt.loc {
			continue
		}
		if k >= 0 {
			return -1
		}
		k = i
	}
	return k
}

var scoreRE = lazyRE(`(?i)^(gpa|cgpa|grade|score|nota|note|mark)\b|^top\s+\d+\s*%$|^\d+([.,]\d+)?\s*/\s*\d+([.,]\d+)?$|^\d+([.,]\d+)?\s*%$`)

// gradeOf takes the grade that closes an education's header row
// ("…, Universidad Tecnológica de León, 9.0") for the score: out of the
// field a reading put it in, or from the row, where no field took it and,
// holding no letter, it was not even kept for the summary.
func gradeOf(ed *resume.Education, heads []piece) {
	for _, v := range []*string{&ed.Institution, &ed.Area, &ed.StudyType} {
		if i := strings.LastIndex(*v, ", "); i > 0 && gradeRE().MatchString((*v)[i+2:]) {
			if ed.Score == "" {
				ed.Score = (*v)[i+2:]
			}
			*v = (*v)[:i]
		}
	}
	for _, h := range heads {
		if i := strings.LastIndex(h.text, ", "); ed.Score == "" && i > 0 && gradeRE().MatchString(strings.TrimSpace(h.text[i+2:])) {
			ed.Score = strings.TrimSpace(h.text[i+2:])
		}
	}
}

// gradeRE is a grade written after an education's fields: a bare number
// with a decimal ("9.0", "3,8"), or one that says it is a grade ("GPA
// 3.8", "Nota 9").
var gradeRE = lazyRE(`^\d{1,3}[.,]\d{1,2}$|^(?i:gpa|cgpa|grade|note|nota)\b`)

var degreeInRE = lazyRE(`^(.+?)\s+(?:in|en|im|in der|en la)\s+(.+)$`)

// cutDegree splits "PhD in Computer Science" and "Master of Science in
// Computer Science" into study type and area.
func cutDegree(s string) (string, string, bool) {
	if i := strings.LastIndex(s, " in "); i > 0 {
		return s[:i], s[i+4:], true
	}
	if m := degreeInRE().FindStringSubmatch(s); m != nil && degreeScore(m[1]) > 0 {
		return m[1], m[2], true
	}
	return "", "", false
}
