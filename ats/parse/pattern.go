package parse

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// The entries of one section usually share one title line: "Position —
// Company", "Degree | School". When a strong separator occurs exactly
// once, outside brackets, on the title row of most of a section's entries
// and never twice, that separator is the section's own pattern: the title
// row is cut there and only there, so commas, hyphens, brackets and "at"
// inside a company or a school stay part of its name ("X, the moonshot
// factory (Chorus)", "Learnhub - Cursos Online"). Which side holds which
// field is decided once for the section, by the words of all its entries.

// patternSeps are the separators a section's pattern may use, strongest
// first. The hyphen and the en dash also join words inside names, so they
// need two entries that agree.
var patternSeps = []string{" | ", " @ ", " — ", " · ", " – ", " - ", " at ", " chez ", " bei "}

// commaSep is a work section's weakest title separator ("Position,
// Company"), tried only where no separator of patternSeps is shared.
const commaSep = ", "

// weakSep reports whether sep needs two agreeing entries: dashes and the
// words for "at" also join words inside names.
func weakSep(sep string) bool {
	switch sep {
	case " – ", " - ", " at ", " chez ", " bei ", commaSep:
		return true
	}
	return false
}

// countOutside counts sep in s outside brackets and returns the byte
// offset of its first occurrence. A comma before a company's legal form
// ("PalFish, Inc") is part of the name, and a separator before a
// duration that ends s ("Intern - 8 months") part of the value before
// it, not a separator.
func countOutside(s, sep string) (int, int) {
	if !strings.Contains(s, sep) {
		return 0, -1
	}
	n, at, depth := 0, -1, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
			continue
		case ')', ']':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 && s[i] == sep[0] && strings.HasPrefix(s[i:], sep) {
			if sep == commaSep && suffixNext(s[i+len(sep):]) || durationOnlyRE().MatchString(s[i+len(sep):]) {
				continue // "PalFish, Inc", "Intern - 8 months"
			}
			if n == 0 {
				at = i
			}
			n++
			i += len(sep) - 1
		}
	}
	return n, at
}

// titleRow returns the text of an entry's first header row, or "" when
// that row holds more than one piece (a gap inside the title row: the
// pieces already say where the fields are).
func titleRow(e *entry) string {
	if len(e.heads) == 0 {
		return ""
	}
	row := e.heads[0].row
	for _, h := range e.heads[1:] {
		if h.row == row {
			return ""
		}
	}
	return strings.TrimSpace(e.heads[0].text)
}

// sectionSeps returns the separators the section's title rows share, in
// the order they appear on the rows, or nil when there is none. comma
// lets a comma be the separator of a work section's title rows
// ("Position, Company"); in education, commas join the parts of a
// school's name ("Faculty of Physics, University of Ljubljana").
func sectionSeps(es []*entry, comma bool) []string {
	all := patternSeps
	var cut []string
	for _, e := range es {
		if e.partSeps != nil {
			// cut by patternEntries: only a comma inside the first part
			// may be added
			cut, all = e.partSeps, nil
			break
		}
	}
	var seps []string
	// a comma, the weakest, only where no other separator is shared
	if comma {
		all = append(all[:len(all):len(all)], commaSep)
	}
	for _, sep := range all {
		once, heads := 0, 0
		twice := false
		for _, e := range es {
			t := titleRow(e)
			if e.parts != nil {
				t = e.parts[0]
			}
			if len(e.heads) > 0 {
				heads++
			}
			if t == "" {
				continue
			}
			switch n, at := countOutside(t, sep); {
			case n == 1 && at > 0 && at+len(sep) < len(t):
				once++
			case n > 1:
				twice = true
			}
		}
		if twice || once == 0 || weakSep(sep) && (once < 2 || len(seps) > 0) || 2*once <= heads {
			// a hyphen beside a stronger separator is part of a value
			continue
		}
		seps = append(seps, sep)
	}
	if cut != nil {
		return append(seps, cut...)
	}
	if len(seps) < 2 {
		return seps
	}
	// order them as the first entry that has them all does; entries that
	// order them otherwise do not follow the pattern
	for _, e := range es {
		if parts, used := cutTitle(titleRow(e), seps); len(parts) == len(seps)+1 {
			return used
		}
	}
	return nil
}

// cutTitle cuts a title row at each of seps (each once, outside
// brackets) and returns the parts and the separators in row order.
func cutTitle(t string, seps []string) (parts, order []string) {
	type cut struct {
		at  int
		sep string
	}
	var cuts []cut
	for _, sep := range seps {
		n, at := countOutside(t, sep)
		if n != 1 || at <= 0 || at+len(sep) >= len(t) {
			return nil, nil
		}
		cuts = append(cuts, cut{at, sep})
	}
	for i := 1; i < len(cuts); i++ {
		for j := i; j > 0 && cuts[j].at < cuts[j-1].at; j-- {
			cuts[j], cuts[j-1] = cuts[j-1], cuts[j]
		}
	}
	start := 0
	for _, c := range cuts {
		if c.at < start {
			return nil, nil // overlapping separators
		}
		p := strings.TrimSpace(t[start:c.at])
		if p == "" {
			return nil, nil
		}
		parts = append(parts, p)
		order = append(order, c.sep)
		start = c.at + len(c.sep)
	}
	if p := strings.TrimSpace(t[start:]); p != "" {
		return append(parts, p), order
	}
	return nil, nil
}

// splitTitle cuts an entry's title row at the section's separators, in
// their order; ok is false when the row does not follow the pattern.
func splitTitle(e *entry, seps []string) ([]string, bool) {
	if e.parts != nil {
		if len(seps) == len(e.partSeps)+1 && seps[0] == commaSep {
			// patternEntries' first part cut at the section's comma
			head, _ := cutTitle(e.parts[0], seps[:1])
			if head == nil || len(head)+len(e.parts)-1 != len(seps)+1 {
				return nil, false
			}
			return append(head, e.parts[1:]...), true
		}
		return e.parts, len(e.parts) == len(seps)+1 || len(e.parts) == 1
	}
	parts, order := cutTitle(titleRow(e), seps)
	if parts == nil {
		return nil, false
	}
	for i := range order {
		if order[i] != seps[i] {
			return nil, false
		}
	}
	return parts, true
}

// placeColumn returns the column of a section's title rows (parts, nil
// where an entry does not follow the pattern) that holds places in most
// entries, or -1.
func placeColumn(parts [][]string, cols int) int {
	votes := make([]int, cols)
	n := 0
	for _, ps := range parts {
		if ps == nil {
			continue
		}
		n++
		for j, p := range ps {
			if knownPlace(p) || looksLikeLocation(p) {
				votes[j]++
			}
		}
	}
	best := -1
	for j, v := range votes {
		if 2*v > n && (best < 0 || v > votes[best]) {
			best = j
		}
	}
	return best
}

// plainColumn returns the one column that holds no title and no
// organisation word in any entry cut into all cols columns, and a place
// in one at least ("Remote" above "Lahore"), or -1. A comma cut into
// the title left three columns; the plain one is the place.
func plainColumn(parts [][]string, cols int) int {
	found := -1
	for j := 0; j < cols; j++ {
		plain, place := true, false
		for _, ps := range parts {
			if len(ps) != cols {
				continue
			}
			plain = plain && titleScore(ps[j]) == 0 && orgScore(ps[j]) == 0
			place = place || knownPlace(ps[j]) || looksLikeLocation(ps[j])
		}
		if plain && place {
			if found >= 0 {
				return -1
			}
			found = j
		}
	}
	return found
}

// pairColumns returns the two columns left once the place column is set
// aside, in row order, and whether they are separated by "@".
func pairColumns(seps []string, place int) (a, b int, at, ok bool) {
	var cols []int
	for j := 0; j <= len(seps); j++ {
		if j != place {
			cols = append(cols, j)
		}
	}
	if len(cols) != 2 {
		// "Title, Company – City": the pattern says where the place is,
		// not where the title ends
		return 0, 0, false, false
	}
	a, b = cols[0], cols[1]
	at = b == a+1 && seps[a] == " @ "
	return a, b, at, true
}

// degreeAbbrev reports whether w is written as a degree's abbreviation:
// with dots ("B.A.", "M.Sc.") or a short run of letters with capitals
// ("BSc", "MBA", "PhD").
func degreeAbbrev(w string) bool {
	if strings.Contains(w, ".") {
		return true
	}
	n, caps := 0, 0
	for _, r := range w {
		n++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return n <= 5 && caps >= 2
}

// hasBracketEnd reports whether s ends in a balanced bracket group.
func hasBracketEnd(s string) bool {
	_, _, ok := lastBracket(s)
	return ok
}

// lastBracket cuts a text that ends in a balanced bracket group into the
// text before it and the group's content: "Engineering (Bachelor (hons))"
// gives "Engineering" and "Bachelor (hons)".
func lastBracket(s string) (head, inner string, ok bool) {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return "", "", false
	}
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				head, inner = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:len(s)-1])
				return head, inner, head != "" && inner != ""
			}
		}
	}
	return "", "", false
}

// wholeBracket reports the text inside s when one pair of brackets
// encloses all of it: "(Licence (Bac+3))" gives "Licence (Bac+3)", while
// "(BSc) (Hons)" gives nothing.
func wholeBracket(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return "", false
	}
	if head, _, ok := lastBracket(s); ok || head != "" {
		return "", false
	}
	inner := strings.TrimSpace(s[1 : len(s)-1])
	return inner, inner != ""
}

// trailingPlace cuts a known place off the end of a name: "Acme Corp,
// Berlin" and "Acme Corp (Berlin)" give "Acme Corp" and "Berlin". A tail
// that is no known place stays part of the name.
func trailingPlace(s string) (name, place string) {
	if head, inner, ok := lastBracket(s); ok && (knownPlace(inner) || looksLikeLocation(inner)) {
		return head, inner
	}
	if i := strings.LastIndex(s, ", "); i > 0 {
		// "Acme, Berlin, Germany": the place may have a comma too
		for j := strings.Index(s, ", "); j > 0 && j <= i; {
			if tail := s[j+2:]; knownPlace(tail) && !companySuffix(strings.ToLower(tail)) {
				return s[:j], tail
			}
			k := strings.Index(s[j+2:], ", ")
			if k < 0 {
				break
			}
			j += 2 + k
		}
	}
	return s, ""
}

// titleColumns are a section's title rows cut by its separators.
type titleColumns struct {
	parts [][]string // per entry; nil where the entry does not follow the pattern
	place int        // the column of places, or -1
	a, b  int        // the two other columns, in row order
	at    bool       // "@" separates them
	seps  []string   // the separators, in row order
}

// sectionColumns cuts a section's title rows by the separators they share;
// ok is false when they share none, or when no two columns are left once
// a column of places is set aside.
func sectionColumns(es []*entry, comma bool) (titleColumns, bool) {
	seps := sectionSeps(es, comma)
	if len(seps) == 0 {
		return titleColumns{}, false
	}
	c := titleColumns{parts: make([][]string, len(es)), seps: seps}
	for i, e := range es {
		if ps, ok := splitTitle(e, seps); ok {
			c.parts[i] = ps
		}
	}
	c.place = placeColumn(c.parts, len(seps)+1)
	if c.place < 0 && len(seps) == 2 && seps[0] == commaSep {
		c.place = plainColumn(c.parts, 3)
	}
	var ok bool
	c.a, c.b, c.at, ok = pairColumns(seps, c.place)
	return c, ok
}

// patternWork reads the title rows of a work section that share
// separators: position, company and location per entry (nil where an
// entry does not follow the pattern).
func patternWork(es []*entry) [][]string {
	c, ok := sectionColumns(es, true)
	if slices.Contains(c.seps, commaSep) && (!ok || !titleColumn(c)) {
		// a comma between a company and its place (the title on a row
		// of its own), inside a title, or beside a place the rows
		// already separate: the pattern without it
		c, ok = sectionColumns(es, false)
	}
	if !ok {
		return nil
	}
	a, b := c.a, c.b
	// which column is the position: "@" follows the title; otherwise the
	// words of every entry decide, title words counting twice ("Software
	// Engineer" has an organisation word too), the title first on a tie
	swap := false
	if !c.at {
		ab, ba := 0, 0
		for _, parts := range c.parts {
			if len(parts) > b {
				ab += 2*titleScore(parts[a]) + orgScore(parts[b])
				ba += 2*titleScore(parts[b]) + orgScore(parts[a])
			}
		}
		swap = ba > ab
	}
	// where some entries give their place on a row of its own, the
	// section's places are there, and a bracket after a company is part
	// of its name ("BRP (Sherbrooke, Canada)")
	rowPlaces := false
	for i, e := range es {
		if c.parts[i] != nil {
			if more := restRows(e); len(more) > 0 && (placeRow(more[0].text) || placeTail(more[0].text)) {
				rowPlaces = true
			}
		}
	}
	out := make([][]string, len(es))
	for i, e := range es {
		parts := c.parts[i]
		if parts == nil {
			continue
		}
		var pos, comp, loc string
		switch {
		case len(parts) == 1 && orgScore(parts[0]) > titleScore(parts[0]):
			comp = parts[0] // one field, the others empty
		case len(parts) == 1:
			pos = parts[0]
		case swap:
			pos, comp = parts[b], parts[a]
		default:
			pos, comp = parts[a], parts[b]
		}
		switch {
		case len(parts) == 1:
		case c.place >= 0:
			loc = parts[c.place]
		case !rowPlaces:
			comp, loc = trailingPlace(comp)
		}
		if more := restRows(e); len(more) > 0 && loc == "" && (placeRow(more[0].text) || placeTail(more[0].text)) {
			loc = more[0].text
			more = more[1:]
			e.heads = e.heads[:len(e.heads)-len(more)]
		}
		out[i] = []string{pos, comp, loc}
	}
	return out
}

// titleColumn reports whether the two columns of the title rows hold a
// title and an organisation: a title word stands in one of them in some
// entry, and in some entry one of them reads more like an organisation
// than a title. "Developer, NodeJs & React" is a title and its stack.
func titleColumn(c titleColumns) bool {
	title, org := false, false
	for _, parts := range c.parts {
		if len(parts) > max(c.a, c.b) {
			title = title || titleScore(parts[c.a]) > 0 || titleScore(parts[c.b]) > 0
			org = org || orgScore(parts[c.a]) > titleScore(parts[c.a]) || orgScore(parts[c.b]) > titleScore(parts[c.b])
		}
	}
	return title && org
}

// restRows returns an entry's header pieces after its title row.
func restRows(e *entry) []piece {
	if e.titleN > 0 {
		return e.heads[e.titleN:]
	}
	for k, h := range e.heads {
		if h.row != e.heads[0].row {
			return e.heads[k:]
		}
	}
	return nil
}

// placeRow reports whether a row under a title may be the entry's place:
// a few words, no sentence.
func placeRow(t string) bool {
	t = strings.TrimSpace(t)
	n := wordCount(t)
	return n > 0 && n <= 8 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":")
}

// patternEdu reads the title rows of an education section that share
// separators: institution, study type, area and location per entry.
func patternEdu(es []*entry) [][]string {
	c, ok := sectionColumns(es, false)
	if !ok {
		return nil
	}
	a, b := c.a, c.b
	// the school is the column with the school words; the degree first
	// on a tie
	ab, ba := 0, 0
	for _, parts := range c.parts {
		if len(parts) > b {
			ab += instScore(parts[b]) + degreeScore(parts[a]) + fieldScore(parts[a])
			ba += instScore(parts[a]) + degreeScore(parts[b]) + fieldScore(parts[b])
		}
	}
	degOf := func(parts []string) string {
		switch {
		case len(parts) == 1:
			return ""
		case ba > ab:
			return parts[b]
		}
		return parts[a]
	}
	// "Online, Blockchain Development" beside "B.A., Liberal Arts": the
	// section's degrees share one order (the degree first, as most
	// templates print it, unless more entries' words say otherwise)
	degFirst, fieldFirst, commas, degs, bracketed := 0, 0, 0, 0, 0
	for _, parts := range c.parts {
		if parts != nil {
			d := degOf(parts)
			if _, inner, br := lastBracket(d); br && degreeScore(inner) > 0 {
				bracketed++
			} else if _, whole := wholeBracket(d); whole {
				bracketed++
			}
			if _, _, br := lastBracket(d); d == "" || br {
				continue // "Area (Type)" says its own order
			}
			degs++
			if n, at := countOutside(d, ", "); n == 1 {
				commas++
				l, r := d[:at], d[at+2:]
				switch {
				case clearDegree(l) && clearField(r):
					degFirst++
				case clearDegree(r) && clearField(l):
					fieldFirst++
				}
			}
		}
	}
	commaOrder := 0 // 1: degree, field; 2: field, degree
	if 2*commas > degs {
		// the degree first unless the words say otherwise
		commaOrder = 1
		if fieldFirst > degFirst {
			commaOrder = 2
		}
	}
	out := make([][]string, len(es))
	for i, parts := range c.parts {
		if parts == nil {
			continue
		}
		var deg, school, loc string
		switch {
		case len(parts) == 1 && instScore(parts[0]) > 0 && degreeScore(parts[0]) == 0:
			school = parts[0] // one field, the others empty
		case len(parts) == 1:
			deg = parts[0]
		case ba > ab:
			deg, school = parts[b], parts[a]
		default:
			deg, school = parts[a], parts[b]
		}
		// JSON Resume gives a school no place: only a column of places
		// is cut off; a place after its name is part of it ("Leading
		// University, Sylhet, Bangladesh")
		if c.place >= 0 && len(parts) > c.place {
			loc = parts[c.place]
		}
		st, area := degreeParts(deg)
		if _, _, br := lastBracket(deg); bracketed > 0 && !br && !strings.HasPrefix(deg, "(") {
			// where the section marks its study types by brackets
			// ("Area (Type)", "(Type)"), a degree without one is an
			// area alone, whatever its words
			st, area = "", deg
		} else if n, at := countOutside(deg, ", "); n == 1 && commaOrder > 0 && !hasBracketEnd(deg) {
			st, area = deg[:at], deg[at+2:]
			if commaOrder == 2 {
				st, area = area, st
			}
		}
		out[i] = []string{school, st, area, loc}
	}
	return out
}

// clearDegree and clearField report whether s names a degree and no
// field, or a field and no degree: only such pairs say which order a
// section prints its degrees in ("Profesional, Ingeniero de Sistemas"
// says nothing).
func clearDegree(s string) bool { return degreeScore(s) > 0 && fieldScore(s) == 0 }

func clearField(s string) bool { return fieldScore(s) > 0 && degreeScore(s) == 0 }

// degreeParts reads a degree: "Area (Study type)", "Bachelor of Science
// in Area", a degree alone or a field alone.
func degreeParts(d string) (studyType, area string) {
	// "(Study type)" alone: a type in brackets with no area before it
	if inner, ok := wholeBracket(d); ok {
		return inner, ""
	}
	// (a bracket after a degree is its type, unless it reads "City,
	// Country": "Ingeniería Electrónica (BG)", "Grafikdesign (Remote)"
	// name no place)
	if head, inner, ok := lastBracket(d); ok && !(strings.Contains(inner, ",") && looksLikeLocation(inner)) {
		if degreeScore(head) > 0 && degreeScore(inner) == 0 && fieldScore(inner) > 0 {
			return head, inner // "BSc (Computer Science)"
		}
		return inner, head
	}
	if a, b, ok := cutDegree(d); ok && degreeScore(a) > 0 {
		return a, b
	}
	if f := strings.Fields(d); len(f) >= 2 && degreeAbbrev(f[0]) && degreeScore(f[0]) > 0 {
		return f[0], strings.Join(f[1:], " ") // "B.A. Liberal Arts", "CFA Finance"
	}
	if a, b, ok := strings.Cut(d, ", "); ok {
		// "B.A., Liberal Arts", "Finance, MBA": the side with the
		// degree word is the degree
		switch da, db := degreeScore(a), degreeScore(b); {
		case da > 0 && db == 0:
			return a, b
		case db > 0 && da == 0 && !strings.Contains(b, ", "):
			return b, a
		}
	}
	if a, b, ok := leadDegree(d); ok {
		return a, b // "Bachelor (hons) Engineering"
	}
	// alone, a name of a field is the area even when its words also name
	// a degree ("Ingeniería de Sistemas"); a degree word alone, or a
	// degree's own name ("Doctor of Philosophy"), is the degree
	if degreeScore(d) > 0 && (fieldScore(d) == 0 || wordCount(d) <= 2 || degreeName(d)) ||
		fieldScore(d) == 0 && wordCount(d) <= 2 && strings.ContainsAny(d, ".") {
		return d, ""
	}
	return "", d
}

// patternEntries cuts a section into entries by its own title pattern,
// when it has one: every dated row of the section belongs to a title row
// that holds the section's separator once (its dates on the row or alone
// on the next), or to a title wrapped before its dates (a bold or
// heading-styled row, then the rest of the title with the dates). Every
// other row is the body of the title above it. Without such a pattern it
// returns nil and the general cutter decides.
func (p *parser) patternEntries(idx []int, edu bool) []*entry {
	if len(idx) == 0 {
		return nil
	}
	infos := make([]rowInfo, len(idx))
	// nw: the words of each row's text, counted once
	nw := make([]int, len(idx))
	for k, i := range idx {
		infos[k] = p.analyze(i)
		nw[k] = wordCount(infos[k].text)
	}
	// the separators: the one that most short non-list dated titles hold
	// once (and none twice), then those that also sit once on most of
	// the rows it is on ("Position @ Company · Place"); a hyphen only
	// without a stronger one
	dated := func(k int) bool {
		return len(infos[k].rngs) > 0 || k+1 < len(idx) && len(infos[k+1].rngs) > 0 && (infos[k+1].text == "" || proseLine(infos[k+1].text))
	}
	holdsOnce := func(k int, s string) bool {
		n, at := countOutside(infos[k].text, s)
		return n == 1 && at > 0 && at+len(s) < len(infos[k].text)
	}
	var cands []string
	var rowsOf [][]int
	for _, s := range patternSeps {
		var rows []int
		twice := false
		for k := range idx {
			if p.rows[idx[k]].list || infos[k].text == "" || nw[k] > 24 {
				continue
			}
			if n, _ := countOutside(infos[k].text, s); n > 1 {
				twice = true
			} else if holdsOnce(k, s) && dated(k) {
				rows = append(rows, k)
			}
		}
		if !twice && len(rows) > 0 && (!weakSep(s) || len(rows) >= 2) {
			cands = append(cands, s)
			rowsOf = append(rowsOf, rows)
		}
	}
	var seps []string
	if len(cands) > 0 {
		first := 0
		for c := range cands {
			if len(rowsOf[c]) > len(rowsOf[first]) && (!weakSep(cands[c]) || weakSep(cands[first])) {
				first = c
			}
		}
		if weakSep(cands[first]) {
			// a strong separator wins over a hyphen that joins words
			for c := range cands {
				if !weakSep(cands[c]) {
					first = c
					break
				}
			}
		}
		seps = append(seps, cands[first])
		for c, s := range cands {
			if c == first || weakSep(s) {
				continue
			}
			both := 0
			for _, k := range rowsOf[first] {
				if holdsOnce(k, s) {
					both++
				}
			}
			if 2*both > len(rowsOf[first]) {
				seps = append(seps, s)
			}
		}
	}
	// the order of the separators on the rows
	for k := range idx {
		if ps, order := cutTitle(infos[k].text, seps); ps != nil && len(seps) > 1 {
			seps = order
			break
		}
	}
	holds := func(k int) bool {
		if len(seps) == 0 || p.rows[idx[k]].list || nw[k] > 24 {
			return false // titles wrapped before their dates only
		}
		ps, order := cutTitle(infos[k].text, seps)
		if ps == nil {
			return false
		}
		for j := range order {
			if order[j] != seps[j] {
				return false
			}
		}
		return true
	}
	// mark the title rows; every dated row must be explained
	const (
		body = iota
		title
		dates   // the title's dates alone on the next row
		second  // the rest of a wrapped title, with the dates
		leading // the first rows of a title that wraps
	)
	role := make([]int, len(idx))
	parts := make([][]string, len(idx))
	titles, wrapped, lastTitle := 0, 0, -1
	for k := range idx {
		switch {
		case holds(k) && len(infos[k].rngs) > 0:
			role[k] = title
			parts[k], _ = cutTitle(infos[k].text, seps)
		case holds(k) && k+1 < len(idx) && infos[k+1].text == "" && len(infos[k+1].rngs) > 0:
			role[k], role[k+1] = title, dates
			parts[k], _ = cutTitle(infos[k].text, seps)
		case holds(k) && lastTitle >= 0 && role[k] == body && p.setAlike(idx[lastTitle], idx[k]) &&
			!(k > 0 && p.continues([]int{idx[k-1]}, idx[k])):
			// a title set like the others that gives no dates
			// ("Corporate Learning (Classroom Training) | Edison")
			role[k] = title
			parts[k], _ = cutTitle(infos[k].text, seps)
		case len(infos[k].rngs) > 0 && infos[k].text != "" && k > 0 && role[k-1] == body && !p.rows[idx[k]].list &&
			!datesLead(p.rows[idx[k]].text) &&
			len(infos[k-1].rngs) == 0 && !p.rows[idx[k-1]].list && (p.rows[idx[k-1]].bold || p.rows[idx[k-1]].heading > 0) &&
			nw[k] <= 16:
			role[k-1], role[k] = title, second
			if holds(k - 1) {
				// the title row is whole, cut like the others; the
				// text beside the dates under it begins the body
				parts[k-1], _ = cutTitle(infos[k-1].text, seps)
				break
			}
			parts[k-1] = []string{infos[k-1].text, infos[k].text}
			wrapped++
		case len(infos[k].rngs) > 0 && infos[k].text != "" && k > 1 && role[k-1] == body && role[k-2] == body &&
			!p.rows[idx[k]].list && !p.rows[idx[k-1]].list && !p.rows[idx[k-2]].list &&
			len(infos[k-1].rngs) == 0 && len(infos[k-2].rngs) == 0 && !p.rows[idx[k-1]].bold &&
			(p.rows[idx[k-2]].bold || p.rows[idx[k-2]].heading > 0) && !strings.HasSuffix(infos[k-1].text, ".") &&
			wordCount(infos[k-1].text+" "+infos[k].text) <= 20:
			// the rest of a wrapped title wraps too: "Senior Developer" /
			// "PRODEMGE (Companhia ... de Minas" / "Gerais)  dates"
			role[k-2], role[k-1], role[k] = title, second, second
			parts[k-2] = []string{infos[k-2].text, infos[k-1].text + " " + infos[k].text}
			wrapped++
		case role[k] == body && !p.rows[idx[k]].list && infos[k].text != "" && nw[k] <= 12 &&
			!startsLower(infos[k].text) && !strings.HasSuffix(infos[k].text, ".") &&
			!looksLikeLocation(infos[k].text) && !knownPlace(infos[k].text) &&
			!(k > 0 && p.rows[idx[k-1]].list && p.continues([]int{idx[k-1]}, idx[k])) &&
			(len(infos[k].rngs) > 0 || k+1 < len(idx) && infos[k+1].text == "" && len(infos[k+1].rngs) > 0):
			// a title with one field, the others empty ("Musicology
			// (BA)" without a school)
			role[k] = title
			if len(infos[k].rngs) == 0 {
				role[k+1] = dates
			}
			parts[k] = []string{infos[k].text}
		case role[k] == body && p.rows[idx[k]].heading > 0 && !p.rows[idx[k]].list && infos[k].text != "" &&
			nw[k] <= 24 && !(k+1 < len(idx) && len(infos[k+1].rngs) > 0 && infos[k+1].text != ""):
			// (a heading over a dated row is a title that wraps: below)
			// a heading-styled title without dates
			role[k] = title
			parts[k] = []string{infos[k].text}
			if holds(k) {
				parts[k], _ = cutTitle(infos[k].text, seps)
			}
		case len(infos[k].rngs) > 0 && role[k] == body && p.rows[idx[k]].list:
			continue // a bullet that names its dates: body
		case len(infos[k].rngs) > 0 && role[k] == body && k > 0 && (p.continues([]int{idx[k-1]}, idx[k]) ||
			strings.HasSuffix(strings.TrimSpace(p.rows[idx[k]].text), ")") && p.rows[idx[k-1]].list):
			// the wrapped end of a bullet that closes with its dates
			// ("... Inequality. (Jun 2025 – Present)"): body
			continue
		case len(infos[k].rngs) > 0 && role[k] == body:
			return nil // a dated row outside the pattern
		default:
			continue
		}
		titles++
		lastTitle = k
	}
	// the section opens with a title: a line above the first title (a
	// company over "Position · Place") says the titles are not the
	// entries' first rows
	single := 0
	for k := range idx {
		if role[k] == title && len(parts[k]) == 1 {
			single++
		}
	}
	// a long title wraps: bold rows right above a title (or the bold
	// first row of a wrapped title) begin its first field
	for k := range idx {
		if role[k] != title || parts[k] == nil {
			continue
		}
		j := k
		for j > 0 && k-j < 3 && role[j-1] == body && p.rows[idx[j-1]].bold && !p.rows[idx[j-1]].list &&
			len(infos[j-1].rngs) == 0 && infos[j-1].text != "" && !strings.HasSuffix(infos[j-1].text, ".") &&
			!startsLower(infos[j-1].text) && !(j >= 2 && role[j-2] == body && p.continues([]int{idx[j-2]}, idx[j-1])) {
			// (not the wrapped end of a bullet above, bold as it may be)
			j--
		}
		if j == k {
			continue
		}
		var lead []string
		for x := j; x < k; x++ {
			role[x] = leading
			lead = append(lead, infos[x].text)
		}
		if len(seps) == 1 && weakSep(seps[0]) && !p.rows[idx[k]].bold {
			// a bold first field wrapped whole above a plain second one
			// that holds a hyphen of its own ("Information Technology
			// (MSc)" / "INSA Lyon - Institut National ...")
			parts[k] = []string{strings.Join(lead, " "), infos[k].text}
			continue
		}
		parts[k] = append([]string{strings.Join(append(lead, parts[k][0]), " ")}, parts[k][1:]...)
	}
	if titles == 0 || role[0] != title && role[0] != leading || 2*single > titles {
		return nil
	}
	partSeps := seps
	if wrapped+single == titles && wrapped > 0 {
		partSeps = []string{"\n"}
	} else if len(seps) == 0 {
		return nil
	}
	var out []*entry
	var cur *entry
	lastBody := -1
	for k, i := range idx {
		info := infos[k]
		r := &p.rows[i]
		switch role[k] {
		case leading, title:
			if role[k] == title && k > 0 && role[k-1] == leading {
				cur.parts = parts[k]
			} else {
				cur = &entry{firstRow: i, skillRow: -1, firstSig: p.sigOf(i, info), parts: parts[k], partSeps: partSeps}
				out = append(out, cur)
			}
			cur.heads = append(cur.heads, piece{info.text, i})
			cur.headRows = append(cur.headRows, i)
			cur.titleN++
			cur.locs = append(cur.locs, info.locs...)
			lastBody = -1
		case second:
			cur.heads = append(cur.heads, piece{info.text, i})
			cur.headRows = append(cur.headRows, i)
			cur.titleN++
			cur.locs = append(cur.locs, info.locs...)
		case dates:
		default:
			if cur == nil {
				cur = &entry{firstRow: i, skillRow: -1, firstSig: p.sigOf(i, info)}
				out = append(out, cur)
			}
			switch {
			case info.text == "":
			case info.kind == rSkillset:
				cur.skills = append(cur.skills, splitList(info.skill)...)
				cur.skillRow = i
				cur.skillCont = true
				lastBody = -1
				continue
			case cur.skillCont && !r.list && !r.gap && strings.HasSuffix(strings.TrimSpace(p.rows[cur.skillRow].text), ","):
				cur.skills = append(cur.skills, splitList(r.text)...)
				cur.skillRow = i
				continue
			case !edu && len(cur.body) == 0 && !cur.started && len(cur.heads) > 0 && !r.list && locationRow(info.text):
				// the place, on a row of its own under the title
				cur.heads = append(cur.heads, piece{info.text, i})
			case lastBody >= 0 && !r.list && p.continues(cur.body[len(cur.body)-1].rows, i):
				cur.extendItem(info.text, i)
				lastBody = i
			default:
				cur.addItem(info.text, r.list, i)
				lastBody = i
			}
			cur.skillCont = false
			cur.started = true
			continue
		}
		if len(info.rngs) > 0 {
			cur.rngs = append(cur.rngs, info.rngs...)
			cur.dateRows = append(cur.dateRows, i)
		}
	}
	if !edu {
		p.placesInPattern(out)
	}
	return out
}

// datesLead reports whether t opens on its dates and a middle dot, a
// bullet or a bar follows them ("Apr 2023 – May 2024 · Brugge"): what
// comes after is a field of its own, not the rest of a title wrapped onto
// their row, which would come before them.
func datesLead(t string) bool {
	t = strings.TrimSpace(t)
	ds := findDates(t)
	if len(ds) == 0 || ds[0].start != 0 {
		return false
	}
	rest := strings.TrimSpace(t[ds[0].end:])
	return strings.HasPrefix(rest, "·") || strings.HasPrefix(rest, "•") || strings.HasPrefix(rest, "|")
}

// setAlike reports whether row j, bold or a heading, is set as title row
// i is: a heading of the same level, the same size, at the same left edge.
// (A dated title may read as not bold, its dates plain.)
func (p *parser) setAlike(i, j int) bool {
	a, b := &p.rows[i], &p.rows[j]
	return (b.bold || b.heading > 0) && a.heading == b.heading && a.size == b.size && math.Abs(a.x-b.x) < 1
}

// placesInPattern reads the first row under a title as its place,
// whatever its words, where most of the section's entries give a place
// on that row and the row ends like one: "São João del-Rei, MG" beside
// "Juiz de Fora, MG", "Ciudad de Buenos Aires, Provincia de Buenos Aires,
// Argentina" beside "CABA, Argentina".
func (p *parser) placesInPattern(es []*entry) {
	with, titled := 0, 0
	for _, e := range es {
		if e.titleN > 0 {
			titled++
			if len(e.heads) > e.titleN {
				with++
			}
		}
	}
	if with < 2 || 2*with < titled {
		return
	}
	for _, e := range es {
		if e.titleN == 0 || len(e.heads) > e.titleN || len(e.body) == 0 || e.body[0].list {
			continue
		}
		// the row may have been joined to the paragraph under it
		b := &e.body[0]
		first := strings.TrimSpace(p.rows[b.rows[0]].text)
		rest, ok := strings.CutPrefix(b.text, first)
		if !ok || !placeTail(first) {
			continue
		}
		e.heads = append(e.heads, piece{first, b.rows[0]})
		e.bodyRows = e.bodyRows[1:]
		if b.text, b.rows = strings.TrimSpace(rest), b.rows[1:]; len(b.rows) == 0 {
			e.body = e.body[1:]
		}
	}
}

// placeTail reports whether a short row ends as a place does: after its
// last comma a region, a country or its code, a word or three
// ("…, MG", "…, Buenos Aires, Argentina", "…, ON M9B 6H8").
func placeTail(t string) bool {
	t = strings.TrimSpace(t)
	if wordCount(t) > 12 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") {
		return false
	}
	i := strings.LastIndex(t, ", ")
	if i <= 0 {
		return false
	}
	tail := strings.Fields(t[i+2:])
	if len(tail) == 0 || len(tail) > 3 {
		return false
	}
	// the first word a capital, the others a capital or a digit ("ON
	// M9B 6H8")
	for k, w := range tail {
		if r, _ := utf8DecodeFirst(w); !unicode.IsUpper(r) && (k == 0 || !unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

// namesPlace reports whether t names a place: "City, Country", a known
// city, region or country, or a few words one of which is a known place
// ("Greater Toronto Area", "801 5th Ave Seattle, WA 98104").
func namesPlace(t string) bool {
	if knownPlace(t) || looksLikeLocation(t) {
		return true
	}
	if !locationRow(t) {
		return false
	}
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ' ' || r == '(' || r == ')' }) {
		if cities()[strings.ToLower(w)] || len(w) > 2 && regions()[strings.ToLower(w)] {
			return true
		}
	}
	return twoWordCityIn(t)
}

// placeWordIn reports whether a word or two of t name a place our lists
// know: a city, a region or country, a state code ("Bay Area, CA").
func placeWordIn(t string) bool {
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ' ' || r == '(' || r == ')' }) {
		if knownPlace(w) {
			return true
		}
	}
	return knownPlace(t) || twoWordCityIn(t)
}

// twoWordCityIn reports whether t holds a known two-word city.
func twoWordCityIn(t string) bool {
	f := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(t)))
	for i := 0; i+1 < len(f); i++ {
		if twoWordCities()[f[i]+"_"+f[i+1]] {
			return true
		}
	}
	return false
}

// startsLower reports whether t starts with a lower-case letter: a wrapped
// line of a sentence.
func startsLower(t string) bool {
	r, _ := utf8DecodeFirst(t)
	return unicode.IsLower(r)
}

// locationRow reports whether a short row under a title is a place: a
// known place, "City, Country", or a few words that all start with a
// capital or a digit (a street address, "PES University").
func locationRow(t string) bool {
	if !placeRow(t) {
		return false
	}
	if knownPlace(t) || looksLikeLocation(t) {
		return true
	}
	f := strings.Fields(t)
	if len(f) > 10 {
		return false
	}
	// most words of four letters or more start with a capital or a
	// digit: "Sarajevo, Bosnia and Herzegovina", "1 Toronto St, Toronto,
	// ON M5C 2V6", not "Family business making ceramic tiles"
	n, caps := 0, 0
	for _, w := range f {
		if len([]rune(strings.Trim(w, ",.;()"))) < 4 && !hasDigit(w) {
			continue
		}
		n++
		if r, _ := utf8DecodeFirst(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return n > 0 && 3*caps >= 2*n
}

// anchorEntries cuts a section whose entries each hold one dated row, at
// the same distance below each entry's first row: "Company / url / dates
// / Position" repeated. The first entry says how many rows come before
// its dates; every later entry must start that many rows above its own
// dates, on a row set like the first entry's first row (bold, size,
// heading level). The row right under the dates, when it reads as a
// header, and rows set like the first row are header rows too; the rest
// is body. Without that pattern it returns nil.
func (p *parser) anchorEntries(idx []int) []*entry {
	var dated []int
	for k, i := range idx {
		if len(p.analyze(i).rngs) > 0 && !p.rows[i].list {
			dated = append(dated, k)
		}
	}
	if len(dated) < 2 || dated[0] > 3 {
		return nil
	}
	lead := dated[0]
	first := &p.rows[idx[0]]
	marked := first.bold || first.heading > 0
	same := func(k int) bool {
		r := &p.rows[idx[k]]
		return marked && !r.list && r.bold == first.bold && r.heading == first.heading && math.Abs(r.size-first.size) < 0.3 &&
			p.analyze(idx[k]).text != ""
	}
	if lead > 0 && !marked {
		return nil // nothing sets the entries' first rows apart
	}
	if lead == 0 && p.analyze(idx[0]).text == "" {
		return p.datesFirst(idx, dated)
	}
	if lead == 0 {
		// dates on each entry's first row: every dated row must carry
		// the title's text too ("Feb 2019 – Present Software Engineer")
		isDated := map[int]bool{}
		for n, d := range dated {
			if p.analyze(idx[d]).text == "" || n > 0 && d == dated[n-1]+1 {
				return nil // (a range wrapped over two rows: no anchor)
			}
			isDated[d] = true
		}
		// an undated row set as a title (a heading style, or a short bold
		// row) may open an entry of its own: no anchor
		dr := &p.rows[idx[dated[0]]]
		for k := range idx {
			r := &p.rows[idx[k]]
			if isDated[k] || isDated[k-1] || r.list || p.analyze(idx[k]).kind != rHead {
				continue
			}
			if r.heading > 0 || r.bold && wordCount(p.analyze(idx[k]).text) <= 12 && math.Abs(r.size-dr.size) < 0.3 {
				return nil
			}
		}
	}
	starts := []int{0}
	for n, d := range dated[1:] {
		s := d - lead
		if lead > 0 && (s <= dated[n] || !same(s)) {
			// a title that wraps moves the first row up or down: the
			// first of the rows set like the first entry's first row,
			// within a row of the expected place
			s = -1
			for k := d - 1; k > dated[n] && k >= d-lead-1; k-- {
				if same(k) {
					s = k
				} else if s >= 0 {
					break
				}
			}
			if s < 0 {
				return nil
			}
		}
		if s <= dated[n] {
			return nil
		}
		for k := s + 1; k < d; k++ {
			if p.rows[idx[k]].list {
				return nil
			}
		}
		starts = append(starts, s)
	}
	return p.buildAnchored(idx, starts, dated, same)
}

// closingEntries cuts a section whose entries each start on a row set like
// the first row (bold, size, heading level) and hold one dated row
// anywhere, often closing the entry after its bullets ("Position /
// Company / bullets / dates"). Without that pattern it returns nil.
func (p *parser) closingEntries(idx []int, edu bool) []*entry {
	if len(idx) == 0 {
		return nil
	}
	first := &p.rows[idx[0]]
	if first.list || !first.bold && first.heading == 0 {
		return nil
	}
	same := func(k int) bool {
		r := &p.rows[idx[k]]
		return !r.list && r.bold == first.bold && r.heading == first.heading && math.Abs(r.size-first.size) < 0.3 &&
			p.analyze(idx[k]).text != "" && len(p.analyze(idx[k]).rngs) == 0
	}
	var starts, dated []int
	for k, i := range idx {
		if same(k) && (k == 0 || !same(k-1)) {
			starts = append(starts, k)
		}
		if len(p.analyze(i).rngs) > 0 && !p.rows[i].list {
			dated = append(dated, k)
		}
	}
	if edu && len(dated) == 0 && len(starts) >= 2 && starts[0] == 0 && p.shortEntries(idx, starts) {
		// no dates at all: schools of a few rows each, opening on rows
		// set like the first ("MiriadaX" / "Mooc, Ciencias Tecnológicas"
		// repeated), the row under each first row in its header (not in
		// work, where a title may be set like its employer)
		return p.buildAnchored(idx, starts, starts, same)
	}
	if len(starts) < 2 || len(starts) != len(dated) {
		return nil
	}
	for n, d := range dated {
		if d < starts[n] || n+1 < len(starts) && d >= starts[n+1] {
			return nil
		}
	}
	return p.buildAnchored(idx, starts, dated, same)
}

// shortEntries reports whether the entries that open at starts hold four
// rows or fewer each, none a list item or longer than twelve words (a
// description).
func (p *parser) shortEntries(idx, starts []int) bool {
	for n, s := range starts {
		end := len(idx)
		if n+1 < len(starts) {
			end = starts[n+1]
		}
		if end-s > 4 {
			return false
		}
		for k := s; k < end; k++ {
			if p.rows[idx[k]].list || wordCount(p.rows[idx[k]].text) > 12 {
				return false
			}
		}
	}
	return true
}

// buildAnchored builds the entries that start at starts, each with the
// dated row dated[n]; same tells rows set like the entries' first rows.
func (p *parser) buildAnchored(idx, starts, dated []int, same func(int) bool) []*entry {
	var out []*entry
	for n, s := range starts {
		end := len(idx)
		if n+1 < len(starts) {
			end = starts[n+1]
		}
		e := &entry{firstRow: idx[s], skillRow: -1, firstSig: p.sigOf(idx[s], p.analyze(idx[s]))}
		d := dated[n]
		head := true
		lastBody := -1
		for k := s; k < end; k++ {
			i := idx[k]
			info := p.analyze(i)
			if len(info.rngs) > 0 && k == d {
				e.rngs = append(e.rngs, info.rngs...)
				e.dateRows = append(e.dateRows, i)
			}
			if info.text == "" {
				continue
			}
			// (not a line indented past the title: the body's list
			// drawn without bullets, "Deep Learning" under a school)
			underDates := k == d+1 && info.kind == rHead && !p.indentedBody(e, i)
			if head && k > s && p.rows[i].list {
				head = false // the bullets have begun
			}
			if k > d && head && !same(k) && !underDates {
				// below the dates: the row right under them when it
				// reads as a header, then rows set like the first
				head = false
			}
			switch {
			case head && (info.kind != rPara || k == s || k == d):
				// (a sentence between the title and its dates is the
				// description, not a header)
				if webAddress(info.text) {
					continue // the employer's web address
				}
				for _, sg := range info.segs {
					e.heads = append(e.heads, piece{sg, i})
				}
				e.headRows = append(e.headRows, i)
				e.locs = append(e.locs, info.locs...)
			case info.kind == rSkillset:
				e.skills = append(e.skills, splitList(info.skill)...)
				e.skillRow = i
			case lastBody >= 0 && !p.rows[i].list && p.continues(e.body[len(e.body)-1].rows, i):
				e.extendItem(info.text, i)
				lastBody = i
			default:
				e.addItem(info.text, p.rows[i].list, i)
				e.started = true
				lastBody = i
			}
		}
		out = append(out, e)
	}
	return out
}

// datesFirst cuts a section whose entries each open with a row that holds
// only their dates, the title under it ("2016 – 2016" / "Hack Reactor" /
// its address, degree and field): every dated row is such a row, and the
// title rows are set alike. The header is the title, wrapped or not.
func (p *parser) datesFirst(idx []int, dated []int) []*entry {
	if len(dated) < 2 {
		return nil
	}
	for n, d := range dated {
		if p.analyze(idx[d]).text != "" || d+1 >= len(idx) || p.rows[idx[d+1]].list || len(p.analyze(idx[d+1]).rngs) > 0 ||
			n > 0 && d == dated[n-1]+1 {
			return nil
		}
	}
	title := &p.rows[idx[dated[0]+1]]
	if !title.bold && title.heading == 0 {
		return nil // nothing sets the titles apart
	}
	for _, d := range dated[1:] {
		r := &p.rows[idx[d+1]]
		if r.bold != title.bold || r.heading != title.heading || math.Abs(r.size-title.size) >= 0.3 {
			return nil
		}
	}
	titleLike := func(k int) bool {
		r := &p.rows[idx[k]]
		return !r.list && r.bold == title.bold && r.heading == title.heading && math.Abs(r.size-title.size) < 0.3 &&
			p.analyze(idx[k]).text != ""
	}
	// the title's rows, and the short header row under them ("F5 Inc.,
	// Seattle, WA" under the position)
	same := func(k int) bool {
		if titleLike(k) {
			return true
		}
		info := p.analyze(idx[k])
		return k > 0 && titleLike(k-1) && !p.rows[idx[k]].list && info.kind == rHead && wordCount(info.text) <= 12
	}
	es := p.buildAnchored(idx, dated, dated, same)
	// a title wrapped over two rows set alike is one title
	// ("Chartered Financial Analyst" / "Institute")
	for _, e := range es {
		if len(e.heads) >= 2 && e.heads[1].row == e.heads[0].row+1 {
			a, b := &p.rows[e.heads[0].row], &p.rows[e.heads[1].row]
			if a.bold == b.bold && a.heading == b.heading && math.Abs(a.size-b.size) < 0.3 && (a.bold || a.heading > 0) {
				e.heads[0].text += " " + e.heads[1].text
				e.heads = append(e.heads[:1], e.heads[2:]...)
			}
		}
	}
	return es
}

// degreeOf holds the words that follow "of" in a degree's own name
// ("Bachelor of Science", "Master of Business Administration",
// "Certificate of Completion"): after them a field may follow.
var degreeOf = map[string]bool{
	"science": true, "sciences": true, "arts": true, "engineering": true, "technology": true,
	"commerce": true, "laws": true, "law": true, "education": true, "business": true,
	"administration": true, "fine": true, "applied": true, "philosophy": true, "completion": true,
	"music": true, "nursing": true, "letters": true, "medicine": true, "surgery": true,
}

// degreeName reports whether s is a degree's own name and nothing more:
// a degree word, "of", and the words of such names ("Doctor of
// Philosophy", "Master of Business Administration").
func degreeName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 || degreeScore(f[0]) == 0 || !strings.EqualFold(f[1], "of") {
		return false
	}
	for _, w := range f[2:] {
		if !degreeOf[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	return true
}

// leadDegree splits a degree written before its field with nothing
// between them, as some themes print study type and area ("Bachelor
// (hons) Engineering", "Master of Science Machine Learning", "Licence 3
// MIAGE", "Bootcamp Software Development"). The study type is a degree
// word, then the words of its own name ("of Science", "(hons)",
// "Degree", a number); the area is the rest, which must start with a
// capital, name a field ("Engineering", "Software Development") or be
// an acronym, and hold no word that names only a degree. Anything else
// ("Técnico Superior Universitario", "Baccalauréat Scientifique") is
// no such degree.
func leadDegree(s string) (studyType, area string, ok bool) {
	f := strings.Fields(strings.ReplaceAll(s, "’", "'"))
	k := 1
	if len(f) > 2 && (strings.EqualFold(f[1], "degree") || strings.EqualFold(f[1], "diploma")) {
		k = 2 // "Professional Degree", "Adv. Diploma"
	} else if len(f) < 2 || degreeScore(f[0]) == 0 || fieldScore(f[0]) > 0 {
		return "", "", false
	}
	if strings.ContainsAny(strings.Join(f[:k], " "), ",:;") {
		return "", "", false
	}
	for k < len(f) {
		w := strings.ToLower(strings.Trim(f[k], ".,"))
		switch {
		case (w == "of" || w == "in") && k+1 < len(f) && degreeOf[strings.ToLower(strings.Trim(f[k+1], ".,"))]:
			k += 2
			for k < len(f) && degreeOf[strings.ToLower(strings.Trim(f[k], ".,"))] {
				k++
			}
			continue
		case strings.HasPrefix(f[k], "(") && strings.HasSuffix(f[k], ")"), w == "degree", w == "diploma", w == "hons", w == "honours", w == "honors",
			len(w) <= 2 && w != "" && unicode.IsDigit(rune(w[0])):
			k++
			continue
		}
		break
	}
	if k >= len(f) {
		return "", "", false
	}
	if joinWord(f[k]) {
		return "", "", false // "PHD IN PHYSICS": a joined degree, not this one
	}
	rest := strings.Join(f[k:], " ")
	first, _ := utf8DecodeFirst(rest)
	onlyDegree := 0 // degree words of the rest that name no field ("Ingeniería" does)
	for _, w := range f[k:] {
		switch strings.ToLower(strings.Trim(w, "().,")) {
		case "hons", "honours", "honors":
			continue // "Computer Science Honours": the honours of the field's degree
		}
		if degreeScore(w) > 0 && fieldScore(w) == 0 {
			onlyDegree++
		}
	}
	if !unicode.IsUpper(first) || onlyDegree > 0 || strings.ContainsAny(rest, ",;|") ||
		fieldScore(rest) == 0 && !isAllCapsShort(rest) {
		return "", "", false
	}
	return strings.Join(f[:k], " "), rest, true
}

// webAddress reports whether t is a web address alone, written as one
// (writtenAsAddress; a slash that only ends it makes no path). A bare
// domain ("Kiwi.ai", "CAKE.com") may be the company's name.
func webAddress(t string) bool {
	t = strings.TrimSpace(t)
	return wordCount(t) == 1 && urlRE().MatchString(t) && writtenAsAddress(strings.TrimRight(t, "/"))
}
