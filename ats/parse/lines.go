package parse

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumekit/resumekit/ats/extract"
)

// row is one visual line of the resume: the text pieces that share a
// baseline, left to right, with the layout facts the format gave.
type row struct {
	lines   []int    // indices into Document.Lines
	segs    []string // pieces separated by a wide gap, left to right
	text    string   // the pieces joined by " "
	page    int
	y, x    float64
	bottom  float64 // baseline of the last line joined into the row; 0 when it is one line
	size    float64
	bold    bool
	heading int
	list    bool // a list item; the bullet is stripped from segs
	indent  float64
	right   float64 // right edge of the rightmost piece (PDF), 0 when unknown
	gap     bool    // a blank line or a vertical gap precedes the row
	running bool    // running text for certain: a description's first line, its dates moved to the title
	source  extract.Source
}

var gapRE = lazyRE(`\s{3,}|\t+`)

// isBullet reports whether r starts a list item.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '▫', '‣', '∙', '●', '○', '■', '□', '►', '▶', '✓', '✔', '➢', '➤', '-', '–', '*', '·', '⁃', '♦', '◆', '❖', '→', '»':
		return true
	}
	return false
}

// cleanText drops private-use glyphs (icon fonts), zero-width and control
// characters, and turns odd spaces into plain ones. Runs of spaces are kept:
// they separate columns.
func cleanText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return '\t'
		case r >= 0xE000 && r <= 0xF8FF, r >= 0xF0000:
			return ' '
		case r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF || r == 0x00AD:
			return -1
		case r == utf8.RuneError:
			return ' '
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// markers finds the document's own list markers: a symbol that is not a
// known bullet but stands alone as the first or second word of at least
// two lines ("{ Built …", "Present { Built …" where a LaTeX font maps its
// dash to "{" and a date column precedes it). Brackets, quotes, currency,
// signs and separators that stand in ordinary text are never markers.
func markers(lines []extract.Line) map[rune]bool {
	var count map[rune]int
	for i := range lines {
		t := lines[i].Text
		for w := 0; w < 2; w++ {
			t = strings.TrimLeft(t, " ")
			end := strings.IndexByte(t, ' ')
			if end < 0 {
				break
			}
			r, n := utf8.DecodeRuneInString(t)
			if n == end && isMarker(r) {
				if count == nil {
					count = map[rune]int{}
				}
				count[r]++
				break
			}
			t = t[end:]
		}
	}
	var m map[rune]bool
	for r, c := range count {
		if c >= 2 {
			if m == nil {
				m = map[rune]bool{}
			}
			m[r] = true
		}
	}
	return m
}

// isMarker reports whether r could be a document's own list marker.
func isMarker(r rune) bool {
	return !isBullet(r) && (unicode.IsPunct(r) || unicode.IsSymbol(r)) &&
		!strings.ContainsRune("()[]\"'‘’“”„«»$€£¥+@#%&/\\|,.;:!?", r)
}

// stripBullet removes a leading bullet glyph (a known one, or one of the
// document's markers) and reports whether there was one.
func stripBullet(s string, marks map[rune]bool) (string, bool) {
	t := strings.TrimLeft(s, " ")
	r, n := utf8.DecodeRuneInString(t)
	if n > 0 && (isBullet(r) || marks[r]) {
		rest := t[n:]
		if rest == "" || rest[0] == ' ' {
			if (r == '-' || r == '–') && strings.TrimSpace(rest) == "" {
				return s, false
			}
			return strings.TrimLeft(rest, " "), true
		}
	}
	return s, false
}

var pageNumRE = lazyRE(`(?i)^(page\s+\d+(\s+of\s+\d+)?|seite\s+\d+(\s+von\s+\d+)?|página\s+\d+(\s+de\s+\d+)?|\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-|\d{1,3})$`)
var nameFooterRE = lazyRE(`^[^0-9]{2,60}\s[–—-]\s\d+\s*/\s*\d+$`)

// furniture reports whether a text is a page number or a "Name – 1/2" footer.
func furniture(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) > 70 || !hasDigits(t, 1) {
		return false
	}
	return pageNumRE().MatchString(t) || nameFooterRE().MatchString(t)
}

// buildRows turns the document's lines into rows.
func buildRows(doc *extract.Document, maxLines int) []row {
	lines := doc.Lines
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
	}
	var rows []row
	gap := false
	var prev *extract.Line
	marks := markers(lines)
	for i := range lines {
		ln := &lines[i]
		if ln.Furniture {
			continue
		}
		text := cleanText(ln.Text)
		// A bullet that cleaning would blank (an icon font's glyph read
		// as U+FFFD) is taken off first.
		marked := false
		if t, ok := stripBullet(ln.Text, marks); ok && strings.TrimLeft(ln.Text, " ")[0] >= utf8.RuneSelf {
			text, marked = cleanText(t), true
		}
		if strings.TrimSpace(text) == "" {
			gap = true
			continue
		}
		if furniture(text) {
			continue
		}
		// Pieces on the same baseline of the same page join one row.
		if prev != nil && len(rows) > 0 && ln.Y != 0 && prev.Y != 0 && ln.Page == prev.Page &&
			math.Abs(ln.Y-prev.Y) < 2 && ln.Source == prev.Source {
			r := &rows[len(rows)-1]
			r.lines = append(r.lines, i)
			r.segs = append(r.segs, pieces(text)...)
			r.bold = r.bold && ln.Bold
			r.size = math.Max(r.size, ln.FontSize)
			r.right = math.Max(r.right, ln.X+ln.Width)
			prev = ln
			continue
		}
		if prev != nil && ln.Y != 0 && prev.Y != 0 && ln.Page == prev.Page {
			h := math.Max(prev.FontSize, 8)
			if ln.Y-prev.Y > 1.9*h {
				gap = true
			}
		}
		indent := float64(len(text) - len(strings.TrimLeft(text, " ")))
		r := row{
			lines: []int{i}, page: ln.Page, y: ln.Y, x: ln.X, size: ln.FontSize, bold: ln.Bold,
			heading: ln.Heading, gap: gap, source: ln.Source, indent: indent, right: ln.X + ln.Width,
		}
		if t, ok := stripBullet(text, marks); ok || marked {
			if ok {
				text = t
			}
			r.list = true
		}
		segs := pieces(text)
		if ln.ListItem {
			r.list = true
		}
		r.segs = segs
		rows = append(rows, r)
		gap = false
		prev = ln
	}
	out := rows[:0]
	for _, r := range rows {
		if len(r.lines) > 1 {
			// order pieces that came as separate lines by X
			type px struct {
				x float64
				s []string
			}
			var ps []px
			for _, li := range r.lines {
				ps = append(ps, px{lines[li].X, pieces(cleanText(lines[li].Text))})
			}
			sort.SliceStable(ps, func(a, b int) bool { return ps[a].x < ps[b].x })
			r.segs = r.segs[:0]
			for _, p := range ps {
				r.segs = append(r.segs, p.s...)
			}
			r.x = ps[0].x
			if s, ok := stripBullet(r.segs[0], marks); ok {
				r.segs = append(pieces(s), r.segs[1:]...)
				r.list = true
			}
		}
		var keep []string
		for _, s := range r.segs {
			if s = strings.TrimSpace(s); s != "" {
				keep = append(keep, s)
			}
		}
		if len(keep) == 0 {
			continue
		}
		r.segs = keep
		r.text = strings.Join(keep, " ")
		out = append(out, r)
	}
	return splitSideHeadings(joinDateColumn(out, lines, marks), lines, marks)
}

// splitSideHeadings splits a row that starts with a section heading set
// flush right in a left-hand column, on the baseline of the section's
// first line ("Work" | "Co-Founder & CTO", as HTML themes print them),
// into the heading and the rest, so that the heading is found. Such a row
// starts well left of where most rows start. Where the column's headings
// are set in capitals, a heading word in another case is a label.
func splitSideHeadings(rows []row, lines []extract.Line, marks map[rune]bool) []row {
	margin := commonX(rows)
	if margin <= 0 {
		return rows
	}
	// the headings' own case: when the left column's headings are set
	// in capitals (Europass), a heading word in another case is a label
	// inside a section ("Tools", "Languages" beside keywords)
	caps, other := 0, 0
	for i := range rows {
		r := &rows[i]
		if r.list || r.x <= 0 || r.x > margin-30 || len(r.segs) == 0 {
			continue
		}
		if _, ok := headingKind(r.segs[0]); ok {
			if isAllCaps(r.segs[0]) {
				caps++
			} else {
				other++
			}
		}
	}
	capsOnly := caps >= 2 && caps > other
	var out []row
	for i := range rows {
		r := rows[i]
		if len(r.segs) < 2 || r.list || r.x <= 0 || r.x > margin-30 || wordCount(r.segs[0]) > 3 || capsOnly && !isAllCaps(r.segs[0]) {
			out = append(out, r)
			continue
		}
		if _, ok := headingKind(r.segs[0]); !ok {
			out = append(out, r)
			continue
		}
		h, c := r, r
		h.segs, h.text = r.segs[:1], r.segs[0]
		c.segs, c.gap, c.x = append([]string(nil), r.segs[1:]...), false, margin
		if len(r.lines) > 1 {
			ls := byX(r.lines, lines)
			h.lines, c.lines = ls[:1], ls[1:]
			hl, cl := &lines[ls[0]], &lines[ls[1]]
			h.size, h.bold, h.right = hl.FontSize, hl.Bold, hl.X+hl.Width
			c.x, c.size, c.bold = cl.X, cl.FontSize, cl.Bold
		}
		if t, ok := stripBullet(c.segs[0], marks); ok {
			c.segs[0], c.list = t, true
		}
		c.text = strings.Join(c.segs, " ")
		out = append(out, h, c)
	}
	return out
}

// byX returns a row's line indices ordered left to right.
func byX(idx []int, lines []extract.Line) []int {
	out := append([]int(nil), idx...)
	sort.SliceStable(out, func(a, b int) bool { return lines[out[a]].X < lines[out[b]].X })
	return out
}

// commonX is the x where most rows start (0 when positions are unknown).
func commonX(rows []row) float64 {
	count := map[int]int{}
	best, bestN := 0, 0
	for i := range rows {
		if rows[i].x <= 0 {
			continue
		}
		k := int(rows[i].x + 0.5)
		count[k]++
		if count[k] > bestN {
			best, bestN = k, count[k]
		}
	}
	return float64(best)
}

// joinDateColumn mends a date range that a narrow date column broke over
// two rows, as LaTeX's moderncv prints it:
//
//	06/2023 – Co-Founder & CTO, Nexus AI
//	Present { Built foundation model infrastructure …
//
// The end of the range moves up to its start; what is left of the lower
// row (a bullet, or nothing) stays. Only a fragment followed by a bullet
// or by nothing moves, so a line of prose that starts with a year stays
// where it is.
func joinDateColumn(rows []row, lines []extract.Line, marks map[rune]bool) []row {
	out := rows[:0]
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		if i+1 < len(rows) && rows[i+1].page == r.page && !rows[i+1].gap {
			if n := &rows[i+1]; moveRangeEnd(&r, n, marks) {
				if len(n.segs) == 0 {
					r.lines = append(r.lines, n.lines...)
					out = append(out, r)
					i++
					continue
				}
				if len(n.lines) > 1 {
					// the row now starts where its second piece does
					n.x = lines[byX(n.lines, lines)[1]].X
				}
			}
		}
		out = append(out, r)
	}
	return out
}

// moveRangeEnd moves the end of a range that r starts ("06/2023 –") from
// the start of n ("Present", "08/2022") to r, and reports whether it did.
func moveRangeEnd(r, n *row, marks map[rune]bool) bool {
	first := r.segs[0]
	// a start date is short, and a dash follows it
	if d := strings.IndexAny(first, "–—-"); d < 4 || d > 24 || !hasDigit(first[:d]) {
		return false
	}
	ds := findDates(first)
	if len(ds) == 0 || ds[0].start != 0 || ds[0].isRange {
		return false
	}
	// the start date, then a dash, then the rest of the row
	rest := strings.TrimLeft(first[ds[0].end:], " ")
	d, size := utf8.DecodeRuneInString(rest)
	if d != '–' && d != '—' && d != '-' || len(rest) > size && rest[size] != ' ' {
		return false
	}
	head := first[:len(first)-len(rest)+size] // "06/2023 –"
	cand := head + " " + n.segs[0]
	es := findDates(cand)
	if len(es) == 0 || es[0].start != 0 || !es[0].isRange || es[0].end <= len(head)+1 {
		return false
	}
	frag := cand[len(head)+1 : es[0].end] // "Present"
	left := strings.TrimLeft(n.segs[0][len(frag):], " ")
	if left != "" {
		if _, ok := stripBullet(left, marks); !ok {
			return false
		}
	}
	r.segs[0] = head + " " + frag + rest[size:]
	r.text = strings.Join(r.segs, " ")
	if left == "" {
		n.segs = n.segs[1:]
	} else {
		n.segs[0], _ = stripBullet(left, marks)
		n.list = true
	}
	n.text = strings.Join(n.segs, " ")
	return true
}

// pieces splits a line at wide gaps (three or more spaces, or tabs).
func pieces(s string) []string {
	if !strings.Contains(s, "   ") && !strings.Contains(s, "\t") {
		if t := strings.TrimSpace(s); t != "" {
			if strings.Contains(t, "  ") {
				t = strings.Join(strings.Fields(t), " ")
			}
			return []string{t}
		}
		return nil
	}
	var out []string
	for _, p := range gapRE().Split(s, -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, strings.Join(strings.Fields(p), " "))
		}
	}
	return out
}

// unzipCards reads cards set side by side (education or project cards in
// a grid) one card after the other. A run of two or more rows that hold
// the same number of pieces, where each row's pieces are all dates or
// none is, and one row is all dates ("Jan 2023 - Jan 2025" | "Jan 2010 -
// Jan 2014"), is a row of cards: its first pieces are the first card, top
// to bottom, then the second pieces, and so on. A title with its dates at
// the right ("Engineer" | "2019 – 2021") is no card row: only one of its
// pieces is a date.
func unzipCards(rows []row) []row {
	var out []row
	for i := 0; i < len(rows); {
		k := len(rows[i].segs)
		j := i
		for j < len(rows) && k >= 2 && k <= 4 && len(rows[j].segs) == k && !rows[j].list && rows[j].page == rows[i].page {
			j++
		}
		if j-i < 2 || !cardRows(rows[i:j]) {
			out = append(out, rows[i])
			i++
			continue
		}
		for c := 0; c < k; c++ {
			for n, r := range rows[i:j] {
				r.segs = []string{r.segs[c]}
				r.text = r.segs[0]
				if n == 0 && c > 0 {
					r.gap = true // a new card
				}
				out = append(out, r)
			}
		}
		i = j
	}
	return out
}

// cardRows reports whether rows of k pieces each are a row of cards.
func cardRows(rows []row) bool {
	allDates := false
	for _, r := range rows {
		if len(joinRangeSegs(r.segs)) != len(r.segs) {
			return false // one range wrapped beside a title
		}
		d := 0
		for _, s := range r.segs {
			if strings.TrimSpace(s) == "" {
				return false
			}
			if len(findDates(s)) > 0 {
				d++
			}
		}
		switch d {
		case 0:
		case len(r.segs):
			allDates = true
		default:
			return false
		}
	}
	return allDates
}

// lastY is the baseline of the row's last line: below y when wrapped
// lines were joined into it.
func (r *row) lastY() float64 { return max(r.y, r.bottom) }
