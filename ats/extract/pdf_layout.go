package extract

import (
	"bytes"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// segment is a run of glyphs on one baseline with no wide gap inside: a
// line, or one cell of a line that is spread across the page.
type segment struct {
	text        string
	x0, x1, y   float64
	size        float64
	bold        bool
	white, tiny bool
}

// Word and cell gaps, in ems of the font size.
const (
	wordGapEm = 0.17 // a gap wider than this between glyphs is a space
	cellGapEm = 1.2  // a gap wider than this starts a new segment
	chipGapEm = 0.9  // a narrower gap wider than this is a tab inside one
)

// glued reports whether a glyph b that opens a string of its own after a
// glyph a would glue a word to a number: a letter, then a digit.
func glued(a, b string) bool {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLetter(ra) && unicode.IsDigit(rb)
}

// layoutPage turns a page's glyphs into lines in reading order and
// appends them to doc.
func layoutPage(doc *Document, page int, pg pdfPage, res pageResult) (gutterAt, bool) {
	w, h := pg.box[2]-pg.box[0], pg.box[3]-pg.box[1]
	if res.garbled {
		doc.warn(GarbledText, page, "a font has no ToUnicode map, so its text cannot be decoded reliably; an ATS sees garbled text (embed fonts with Unicode maps)")
	}
	if len(res.glyphs) == 0 {
		if res.images > 0 {
			doc.warn(NoTextLayer, page, "the page is an image with no text layer; an ATS sees nothing (export with real text, or OCR it)")
		} else {
			doc.warn(NoTextLayer, page, "the page has no text")
		}
		return gutterAt{}, false
	}
	var outside, hidden int
	var rotated []glyph
	for _, g := range res.glyphs {
		if g.x+g.w < -outsidePageMargin || g.x > w+outsidePageMargin || g.y < -outsidePageMargin || g.y-g.size > h+outsidePageMargin {
			if strings.TrimSpace(g.text) != "" {
				outside++
			}
		}
		// Invisible text over an image is an OCR layer, not a trick.
		if (g.white || g.size < tinyTextPoints || (g.invisible && res.images == 0)) && strings.TrimSpace(g.text) != "" {
			hidden++
		}
		if g.rot {
			rotated = append(rotated, g)
		}
	}
	if outside > 0 {
		doc.warn(OutsidePage, page, "%d character(s) are drawn outside the page; an ATS still reads them", outside)
	}
	if hidden > 0 {
		doc.warn(HiddenText, page, "%d character(s) are white, invisible or smaller than %.0f pt: hidden from people, read by an ATS (looks like keyword stuffing)", hidden, tinyTextPoints)
	}
	glyphs := combineAccents(res.glyphs)
	// Rotated text (sidebar labels, watermarks) is read after the page in
	// drawing order.
	var turned []segment
	if len(rotated) > 0 {
		var b strings.Builder
		for _, g := range rotated {
			b.WriteString(g.text)
		}
		if t := strings.TrimSpace(b.String()); t != "" {
			turned = append(turned, segment{text: t, x0: rotated[0].x, y: math.MaxFloat32, size: rotated[0].size})
		}
	}
	segs := append(buildSegments(glyphs, nil), turned...)
	order, columns, gut := readingOrder(segs)
	if columns {
		// Columns set close together can run into one segment across
		// the gutter ("…distributed train- Google DeepMind", the hyphen
		// touching the right column): cut every line where a gap or a
		// line-end hyphen meets the right column, and read again.
		cut := append(buildSegments(glyphs, &gut), turned...)
		if o, ok := readColumns(cut, gut); ok {
			order = o
		}
	}
	if columns {
		doc.warn(MultiColumn, page, "the page is laid out in columns; it was read column by column, but many ATS read straight across and mix the columns")
	}
	for _, s := range order {
		y := s.y
		if y == math.MaxFloat32 {
			y = 0
		}
		text, list := bulletLine(s.text)
		doc.Lines = append(doc.Lines, Line{
			Text: text, Page: page, ListItem: list,
			X: round2(s.x0), Y: round2(y), Width: round2(s.x1 - s.x0),
			FontSize: round2(s.size), Bold: s.bold,
		})
	}
	return gut, columns
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// buildSegments groups upright glyphs into baselines, then splits each
// baseline at wide gaps, inserting spaces at word gaps.
func buildSegments(gs []glyph, cut *gutterAt) []segment {
	idx := make([]int, 0, len(gs))
	for i := range gs {
		if !gs[i].rot {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return nil
	}
	slices.SortStableFunc(idx, func(a, b int) int { return order(gs[a].y, gs[b].y) })
	// Cluster baselines. idx is sorted by baseline, so each line is a run
	// of idx: the lines are slices of it, not copies. A glyph joins the
	// line when its baseline is close to the last one's (by the smaller
	// size) and to the line's first (by the larger), so that a date set a
	// little lower than the title beside it, and the small capitals after
	// the date ("2024-10-01 TO PRESENT"), stay on the title's line, while
	// baselines that creep down a sidebar's lines do not make one line.
	var lines [][]int
	start := 0
	var firstY, firstSize, lastY, lastSize float64
	for k, i := range idx {
		g := gs[i]
		near := k > start && math.Abs(g.y-lastY) <= 0.35*math.Max(math.Min(g.size, lastSize), 1) &&
			math.Abs(g.y-firstY) <= 0.35*math.Max(g.size, firstSize)
		lastY, lastSize = g.y, g.size
		if near {
			continue
		}
		if k > start {
			lines = append(lines, idx[start:k:k])
		}
		start = k
		firstY, firstSize = g.y, g.size
	}
	lines = append(lines, idx[start:])

	var segs []segment
	var b []byte // the segment's text, reused from segment to segment
	for _, line := range lines {
		slices.SortStableFunc(line, func(a, b int) int { return order(gs[a].x, gs[b].x) })
		var s segment
		var sizeSum, boldN, whiteN, tinyN, n float64
		started := false
		var prev glyph
		var inkEnd float64 // right edge of the last glyph that is not a space
		flush := func() {
			if !started {
				return
			}
			s.text = string(b)
			if strings.TrimSpace(s.text) != "" {
				s.size = sizeSum / n
				s.bold = boldN*2 > n
				s.white = whiteN == n
				s.tiny = tinyN == n
				segs = append(segs, s)
			}
			b = b[:0]
			sizeSum, boldN, whiteN, tinyN, n = 0, 0, 0, 0, 0
			started = false
		}
		for _, i := range line {
			g := gs[i]
			if g.text == "" {
				continue
			}
			if started {
				end := prev.x + prev.w
				gap := g.x - end
				em := math.Max(math.Min(prev.size, g.size), 1)
				// Overprinted duplicate (fake bold): skip.
				if g.text == prev.text && math.Abs(g.x-prev.x) < 0.15*em && g.text != " " {
					continue
				}
				if gap > cellGapEm*em && strings.TrimSpace(g.text) != "" || cut != nil && prev.x < cut.right-1 && g.x >= cut.right-1 && (gap > 0.3*em || prev.text == "-") {
					flush()
				} else if ink := g.x - inkEnd; strings.TrimSpace(g.text) != "" && (gap > chipGapEm*em && strings.TrimSpace(prev.text) != "" || ink > chipGapEm*em && strings.TrimSpace(prev.text) == "") {
					// keyword chips or table cells set close together
					// (from ink to ink: a browser draws the space between
					// two chips as a glyph as wide as their margin): one
					// segment for the layout, a tab in its text
					b = append(bytes.TrimRight(b, " "), '\t')
				} else if gap > wordGapEm*em || (prev.spaceW > 0 && gap > 0.5*prev.spaceW && gap > 0.1*em) ||
					g.opens && gap > 0.05*em && glued(prev.text, g.text) {
					// (a string of its own that opens with a digit after a
					// letter, a little apart, is a new word: the dates a
					// browser sets right after a title that fills its
					// line, "Analyst" "2012-08-01")
					if !bytes.HasSuffix(b, []byte(" ")) && !strings.HasPrefix(g.text, " ") {
						b = append(b, ' ')
					}
				}
			}
			if !started {
				s = segment{x0: g.x, y: g.y}
				started = true
				if strings.TrimSpace(g.text) == "" {
					// Do not start a segment with spaces.
					prev = g
					s.x0 = g.x + g.w
					continue
				}
			}
			b = append(b, g.text...)
			if g.x+g.w > s.x1 {
				s.x1 = g.x + g.w
			}
			if strings.TrimSpace(g.text) != "" {
				inkEnd = g.x + g.w
				sizeSum += g.size
				n++
				if g.bold {
					boldN++
				}
				if g.white {
					whiteN++
				}
				if g.size < tinyTextPoints {
					tinyN++
				}
			}
			prev = g
		}
		flush()
	}
	for i := range segs {
		segs[i].text = strings.TrimSpace(segs[i].text)
		if segs[i].x1 < segs[i].x0 {
			segs[i].x1 = segs[i].x0
		}
	}
	return segs
}

// order compares a and b as the operator < does (a NaN is neither before
// nor after anything), for the stable sorts of slices.SortStableFunc.
func order(a, b float64) int {
	switch {
	case a < b:
		return -1
	case b < a:
		return 1
	}
	return 0
}

// readingOrder decides between row-by-row reading (single column, or a
// table-like layout whose right-hand cells share baselines with the left)
// and column-by-column reading (true columns whose lines do not align).
// gutterAt is the strip between two columns, and the extent of the text.
type gutterAt struct{ left, right, minX, maxX float64 }

func readingOrder(segs []segment) ([]segment, bool, gutterAt) {
	if len(segs) < 8 {
		return sortRows(segs), false, gutterAt{}
	}
	minX, maxX := math.Inf(1), math.Inf(-1)
	for _, s := range segs {
		minX = math.Min(minX, s.x0)
		maxX = math.Max(maxX, s.x1)
	}
	width := maxX - minX
	if width < 50 || width > 5000 {
		return sortRows(segs), false, gutterAt{}
	}
	bins := make([]int, int(width)+1)
	for _, s := range segs {
		a, b := int(s.x0-minX), int(s.x1-minX)
		for i := max(a, 0); i < b && i < len(bins); i++ {
			bins[i]++
		}
	}
	// Gutters: vertical strips at least 8 pt wide that few lines cross
	// (the name over both columns, a word too long for a sidebar), away
	// from the edges; the widest first.
	limit := max(2, len(segs)/8)
	type gutter struct{ start, n int }
	var gs []gutter
	for i := 0; i < len(bins); {
		if bins[i] > limit {
			i++
			continue
		}
		j := i
		for j < len(bins) && bins[j] <= limit {
			j++
		}
		if mid := float64(i+j) / 2; j-i >= 8 && mid > 0.12*width && mid < 0.88*width {
			gs = append(gs, gutter{i, j - i})
		}
		i = j
	}
	sort.SliceStable(gs, func(a, b int) bool { return gs[a].n > gs[b].n })
	for _, g := range gs {
		at := gutterAt{minX + float64(g.start), minX + float64(g.start+g.n), minX, maxX}
		if out, ok := readColumns(segs, at); ok {
			if n, ok := flushRight(segs, at); ok {
				if out, ok := readColumns(segs, n); ok {
					return out, true, n
				}
			}
			return out, true, at
		}
	}
	return sortRows(segs), false, gutterAt{}
}

// flushRight narrows the gutter g to the part right of the dates that lie
// inside it, when three or more do and most end at one x: the right edge
// of the left column, whose dates set flush right beside the titles left
// the strip almost empty and made it look wider than it is (a sidebar
// beside an experience column). Read with the wide strip, each date
// splits the page into bands, and the sidebar runs into the entries.
func flushRight(segs []segment, g gutterAt) (gutterAt, bool) {
	var ends []float64
	for _, s := range segs {
		if s.x0 > g.left+1 && s.x1 < g.right-1 && holdsYear(s.text) {
			ends = append(ends, s.x1)
		}
	}
	if len(ends) < 3 {
		return g, false
	}
	edge := slices.Max(ends)
	n := 0
	for _, x := range ends {
		if edge-x < 3 {
			n++
		}
	}
	if float64(n) < 0.8*float64(len(ends)) || g.right-edge < 8 {
		return g, false
	}
	g.left = edge
	return g, true
}

// side tells where a line from x0 to x1 lies: -1 left of the gutter, 1
// right of it, 0 across. A line that starts on the left and overflows a
// little into the right column (a word too long for a sidebar) still
// belongs to the left; one that starts inside the gutter and ends right
// of it (a list bullet hung left of the right column, the longest line
// of a column set flush right) belongs to the right.
func (g gutterAt) side(x0, x1 float64, text string) int {
	switch {
	case x1 <= g.left+1 || x0 < g.left && x1 < g.right+0.25*(g.maxX-g.right):
		return -1
	case x0 >= g.right-1 || x0 > g.left+1 && (x1 > g.right || hungBullet(text)):
		return 1
	}
	return 0
}

// readColumns reads segs column by column around the gutter g, and
// reports false when the two sides are not true columns but a table-like
// layout (dates or locations beside the text, on the same baselines),
// which reads row by row.
func readColumns(segs []segment, g gutterAt) ([]segment, bool) {
	minX, maxX := g.minX, g.maxX
	side := func(s segment) int { return g.side(s.x0, s.x1, s.text) }
	var left, right []segment
	for _, s := range segs {
		switch side(s) {
		case -1:
			left = append(left, s)
		case 1:
			right = append(right, s)
		}
	}
	if len(left) < 4 || len(right) < 4 {
		return nil, false
	}
	// Table-like layouts (dates on the right, labels on the left) share
	// baselines; true columns do not, unless both are wide and full.
	small, big := left, right
	if len(right) < len(left) {
		small, big = right, left
	}
	// A side with few lines beside many, or only short ones (section
	// headings or icons set in a margin), is no column: read row by row,
	// so each piece stays with the lines beside and below it.
	short := true
	for _, s := range small {
		short = short && len(strings.Fields(s.text)) <= 3
	}
	if (float64(len(small)) < 0.35*float64(len(big)) || short && float64(len(small)) < 0.5*float64(len(big))) && !ownHeadings(small, big) && !listRun(small) && !ownText(small, big) {
		return nil, false
	}
	if marginLabels(small, big) {
		return nil, false
	}
	// (section headings set on the small side, over both, have nothing
	// beside them in a table and do not count: "Skills" over its rows of
	// labels and keywords)
	aligned := sharedBaselines(small, big)
	if float64(aligned) >= 0.7*float64(len(small)-headingLines(small, big)) && (!wideColumns(left, right, minX, maxX) || strip(left) || strip(right)) {
		return nil, false
	}
	if datedRows(left, right) {
		return nil, false
	}
	// Column reading, in bands split by lines that cross the gutter and
	// at headings level with headings set alike on the other side; a
	// band that holds a table reads row by row.
	heads := levelHeadings(left, right, g)
	if len(heads) == 0 && cells(left, right) {
		// (cards side by side, their items one to a block, are no
		// table: their headings stand level)
		return nil, false
	}
	rows := sortRows(segs)
	var out, bl, br []segment
	flush := func() {
		if len(heads) == 0 && len(bl) >= 2 && len(br) >= 2 && cells(bl, br) {
			// a table between lines across the page (a skill table
			// under the entries): its rows, one by one
			out = append(out, sortRows(append(bl, br...))...)
		} else {
			out = append(out, bl...)
			out = append(out, br...)
		}
		bl, br = bl[:0], br[:0]
	}
	for k, s := range rows {
		if k == 0 || !sameLevel(rows[k-1], s) {
			// a new baseline: a band ends before it where it holds a
			// pair of headings and the band two lines or more on each
			// side (not the headings over the first pair of cards,
			// nor their subtitles)
			head := false
			for j := k; j < len(rows) && sameLevel(s, rows[j]) && !head; j++ {
				head = heads[rows[j].y] && side(rows[j]) != 0
			}
			if head && len(bl) >= 2 && len(br) >= 2 {
				flush()
			}
		}
		switch side(s) {
		case -1:
			bl = append(bl, s)
		case 1:
			br = append(br, s)
		default:
			flush()
			out = append(out, s)
		}
	}
	flush()
	return out, true
}

// levelHeadings returns the baselines where a heading on one side sits
// level with one set alike on the other (the same size and weight,
// larger than the text): the tops of a grid's cards ("App Development"
// beside "Game Development"), where each pair of cards is read before
// the next. Only where the gutter runs near the middle of the text (from
// 35% to 65% of its width) or three pairs or more stand level (a grid
// of three cards to a row): a sidebar's heading level with one of the
// main column's by chance would move the sidebar's rest into the main
// column's sections.
func levelHeadings(left, right []segment, g gutterAt) map[float64]bool {
	out := map[float64]bool{}
	body := medianSize(left, right)
	pairs := 0
	for _, a := range left {
		if a.size < 1.15*body {
			continue
		}
		paired := false
		for _, b := range right {
			if math.Abs(a.y-b.y) < 0.3*a.size && math.Abs(a.size-b.size) < 0.3 && a.bold == b.bold {
				out[a.y], out[b.y] = true, true
				paired = true
			}
		}
		if paired {
			pairs++
		}
	}
	if mid := ((g.left+g.right)/2 - g.minX) / (g.maxX - g.minX); pairs < 3 && (mid < 0.35 || mid > 0.65) {
		return map[float64]bool{} // a sidebar beside the main column: no grid
	}
	return out
}

// medianSize is the median font size of the lines of both sides: the
// size of their text.
func medianSize(small, big []segment) float64 {
	sizes := make([]float64, 0, len(small)+len(big))
	for _, s := range small {
		sizes = append(sizes, s.size)
	}
	for _, s := range big {
		sizes = append(sizes, s.size)
	}
	sort.Float64s(sizes)
	return sizes[len(sizes)/2]
}

// headingLines counts the lines of small set larger than the text of
// both sides (the median size by 1.2 or more) that sit level with no
// line of big, where big has no line of their size and there are two or
// more: the section headings of a table whose left cells hold them and
// the labels.
func headingLines(small, big []segment) int {
	body, n := medianSize(small, big), 0
	for _, s := range small {
		if s.size < 1.2*body || levelWith(s, big) {
			continue
		}
		for _, t := range big {
			if math.Abs(t.size-s.size) < 0.3 {
				return 0 // the big side has headings of its own: a sidebar's are its own
			}
		}
		n++
	}
	if n < 2 {
		return 0 // (a name over a sidebar is no section heading)
	}
	return n
}

// ownHeadings reports whether the small side is a sidebar with sections
// of its own, however little it holds: two or more of its lines are set
// like a heading of the big side (the same size, larger than the text),
// and two or more are neither such headings nor dates. Dates or headings
// set in a margin have no such text of their own.
func ownHeadings(small, big []segment) bool {
	body := medianSize(small, big)
	level := make([]bool, len(small))
	for i, s := range small {
		level[i] = levelWith(s, big)
	}
	tried := map[float64]bool{}
	for _, h := range big {
		if h.size < 1.2*body || len(strings.Fields(h.text)) > 4 || tried[h.size] {
			continue
		}
		tried[h.size] = true
		heads, levelHeads, text := 0, 0, 0
		for i, s := range small {
			switch {
			case math.Abs(s.size-h.size) < 0.3 && len(strings.Fields(s.text)) <= 4:
				heads++
				if level[i] {
					levelHeads++
				}
			case !holdsYear(s.text):
				text++
			}
		}
		if heads >= 2 && 2*levelHeads <= heads && text >= 2 {
			return true
		}
	}
	return false
}

// marginLabels reports whether the small side is a margin of a few
// headings and dates (eight lines or fewer, each holding a year, set in
// capitals or larger than the text): "EDUCATION", "2024 TO 2028",
// "LANGUAGES" left of the entries they head and date, on baselines a
// little off theirs. Read as a column, every heading and date would come
// before the entries.
func marginLabels(small, big []segment) bool {
	if len(small) > 8 {
		return false
	}
	body := medianSize(small, big)
	for _, s := range small {
		if !holdsYear(s.text) && !isCapitals(s.text) && s.size < 1.15*body {
			return false
		}
	}
	return true
}

// isCapitals reports whether t has letters and none in lower case.
func isCapitals(t string) bool {
	letters := false
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// ownText reports whether the small side is a column of text of its own
// however short its lines: twelve or more of them hold no year, and
// fewer than a third of all sit level with the big side's lines at a
// shared offset. Headings, labels and dates set in a margin stand level
// with the lines they head, label or date, and dates alone are no text.
func ownText(small, big []segment) bool {
	text := 0
	for _, s := range small {
		if !holdsYear(s.text) {
			text++
		}
	}
	return text >= 12 && 3*sharedBaselines(small, big) < len(small)
}

// listRun reports whether side holds a list of its own (a sidebar's
// skills, one to a line): eight or more lines in a row, each at most
// twice its size below the one before. Headings, dates or labels set in a
// margin stand one beside each block of the other side, further apart.
func listRun(side []segment) bool {
	ys := make([]segment, len(side))
	copy(ys, side)
	sort.SliceStable(ys, func(a, b int) bool { return ys[a].y < ys[b].y })
	run := 1
	for i := 1; i < len(ys); i++ {
		if d := ys[i].y - ys[i-1].y; d > 0 && d <= 2*math.Max(ys[i].size, 1) {
			run++
			if run >= 8 {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}

// sharedBaselines counts the lines of small level with a line of big at
// the offset most lines of their pair of font sizes share. Cells of one
// table row keep one offset from each other for each pair of sizes (zero,
// or what the sizes' ascents give); two true columns meet only by
// chance, at offsets spread over the tolerance, the more often the
// denser the other column is set.
func sharedBaselines(small, big []segment) int {
	if len(small) < 10 {
		// too few lines to tell chance from a pattern
		n := 0
		for _, s := range small {
			if levelWith(s, big) {
				n++
			}
		}
		return n
	}
	type sizes struct{ a, b int }
	bins := map[sizes]*[13]int{} // signed offsets in half points, -3 to +3 pt
	var keys []sizes
	for _, s := range small {
		best, bt, found := 0.0, segment{}, false
		for _, t := range big {
			if d := s.y - t.y; math.Abs(d) < 0.3*math.Max(s.size, 1) && (!found || math.Abs(d) < math.Abs(best)) {
				best, bt, found = d, t, true
			}
		}
		if !found {
			continue
		}
		k := sizes{int(math.Round(s.size * 2)), int(math.Round(bt.size * 2))}
		if bins[k] == nil {
			bins[k] = new([13]int)
			keys = append(keys, k)
		}
		bins[k][min(12, max(0, int(math.Round(best*2))+6))]++
	}
	total := 0
	for _, k := range keys {
		b, most := bins[k], 0
		for i := range b {
			n := b[i]
			if i > 0 {
				n += b[i-1]
			}
			if i < 12 {
				n += b[i+1]
			}
			most = max(most, n)
		}
		total += most
	}
	return total
}

// levelWith reports whether s sits on the baseline of a segment of side.
func levelWith(s segment, side []segment) bool {
	for _, t := range side {
		if math.Abs(s.y-t.y) < 0.3*math.Max(s.size, 1) {
			return true
		}
	}
	return false
}

// datedRows reports whether the left side is a column of dates beside
// the entries they date: three or more short lines that hold a year, set
// at the side's left edge, four in five of them level with a line on the
// right. That is a table to read row by row however much else the left
// side holds (headings, a list of skills). (Dates at the right end of a
// title, or in the main text beside a sidebar, are no such column.)
func datedRows(left, right []segment) bool {
	edge := math.Inf(1)
	for _, s := range left {
		edge = math.Min(edge, s.x0)
	}
	dates, level := 0, 0
	for _, s := range left {
		if s.x0-edge > 5 || !holdsYear(s.text) || len(strings.Fields(s.text)) > 5 {
			continue
		}
		dates++
		if levelWith(s, right) {
			level++
		}
	}
	return dates >= 3 && float64(level) >= 0.8*float64(dates)
}

// cells reports whether the two sides are the cells of a table, to read
// row by row: blocks set apart (labelRows) or lines set line to line
// (wrappedCells), the labels on either side.
func cells(left, right []segment) bool {
	body := medianSize(left, right)
	return labelRows(left, right, body) || wrappedCells(left, right, body) || wrappedCells(right, left, body)
}

// labelRows reports whether the two sides are the cells of a table of
// labels and values, to read row by row: three or more blocks (lines at
// line spacing, text size) on one side start level with a block on the
// other, every line of one of the two level with a line of the other (a
// skill group's name beside its keywords, a date beside an entry), such
// pairs make seven in ten of the blocks of the side with fewer, and no
// other block sits near a line of the other side but off its baseline. A
// value wrapped onto a second line made such a table look like two
// columns whose lines meet by chance. A sidebar's blocks meet the main
// column's only now and then; dates in a margin, set a little off the
// entries' baselines, belong before their entries, which row by row they
// would split. (Cards side by side, their items set apart, pair like
// this too; readColumns asks only where no headings stand level.) Body
// is the size of both sides' text (medianSize).
func labelRows(left, right []segment, body float64) bool {
	blocks := func(side []segment) [][]segment {
		ys := make([]segment, 0, len(side))
		for _, s := range side {
			if s.size < 1.2*body {
				ys = append(ys, s)
			}
		}
		sort.SliceStable(ys, func(a, b int) bool { return ys[a].y < ys[b].y })
		var out [][]segment
		for i, s := range ys {
			if i == 0 || s.y-ys[i-1].y > 1.8*math.Max(s.size, 1) {
				out = append(out, nil)
			}
			out[len(out)-1] = append(out[len(out)-1], s)
		}
		return out
	}
	lb, rb := blocks(left), blocks(right)
	pl, pr := make([]bool, len(lb)), make([]bool, len(rb))
	pairs := 0
	for i, a := range lb {
		for j, b := range rb {
			if sameLevel(a[0], b[0]) && (len(a) <= 2 && allLevel(a, b) || len(b) <= 2 && allLevel(b, a)) {
				pl[i], pr[j] = true, true
				pairs++
				break
			}
		}
	}
	if pairs < 3 || float64(pairs) < 0.7*float64(min(len(lb), len(rb))) {
		return false
	}
	for i, a := range lb {
		if !pl[i] && nearOff(a, rb) {
			return false
		}
	}
	for j, b := range rb {
		if !pr[j] && nearOff(b, lb) {
			return false
		}
	}
	return true
}

// wrappedCells reports whether label and value are the cells of a table
// set line to line: the lines of label within the lines of value, each
// level with a line of value, are three or more, one row or more a line
// high (two labels one line apart) and one or more taller, its value
// wrapped onto a line level with no label; or two or more set flush
// right and ragged left, against the gutter (the names of an Awesome-CV
// skill table). Two columns set to one leading meet on every line, with
// nothing between, and each is flush left; a sidebar set to twice the
// main column's leading has rows of one height. Body is the size of
// both sides' text (medianSize).
func wrappedCells(label, value []segment, body float64) bool {
	var vs []segment
	for _, s := range value {
		if s.size < 1.2*body {
			vs = append(vs, s)
		}
	}
	if len(vs) < 3 {
		return false
	}
	vs = sortRows(vs)
	var ls []segment
	for _, s := range label {
		if s.size < 1.2*body && s.y > vs[0].y-0.35*s.size && s.y < vs[len(vs)-1].y+0.35*s.size {
			ls = append(ls, s)
		}
	}
	if len(ls) < 2 {
		return false
	}
	ls = sortRows(ls)
	short, tall := false, false
	lo, hi, edge := math.Inf(1), math.Inf(-1), 0.0
	for _, s := range ls {
		lo, hi = math.Min(lo, s.x0), math.Max(hi, s.x0)
		edge = math.Max(edge, math.Abs(s.x1-ls[0].x1))
	}
	for i, s := range ls {
		if !levelWith(s, vs) {
			return false
		}
		if i == 0 {
			continue
		}
		between := 0
		for _, t := range vs {
			if t.y > ls[i-1].y+0.35*t.size && t.y < s.y-0.35*t.size {
				between++
			}
		}
		short = short || between == 0
		tall = tall || between > 0
	}
	return len(ls) >= 3 && short && tall || edge < 1.5 && hi-lo > 5
}

// nearOff reports whether a line of block a sits within a line's height
// of a line of blocks but on no baseline of theirs.
func nearOff(a []segment, blocks [][]segment) bool {
	for _, s := range a {
		for _, b := range blocks {
			for _, t := range b {
				if d := math.Abs(s.y - t.y); d < math.Max(s.size, t.size) && !sameLevel(s, t) {
					return true
				}
			}
		}
	}
	return false
}

// allLevel reports whether each line of a sits level with a line of b.
func allLevel(a, b []segment) bool {
	for _, s := range a {
		if !slices.ContainsFunc(b, func(t segment) bool { return sameLevel(s, t) }) {
			return false
		}
	}
	return true
}

// holdsYear reports whether t holds a year (19xx or 20xx) as a number of
// its own.
func holdsYear(t string) bool {
	digit := func(i int) bool { return i >= 0 && i < len(t) && t[i] >= '0' && t[i] <= '9' }
	for i := 0; i+4 <= len(t); i++ {
		if (t[i:i+2] == "19" || t[i:i+2] == "20") && digit(i+2) && digit(i+3) && !digit(i-1) && !digit(i+4) {
			return true
		}
	}
	return false
}

// hungBullet reports whether t is a list item or a bullet alone.
func hungBullet(t string) bool {
	_, item := bulletLine(t)
	return item || t == "•" || t == "-"
}

// strip reports whether one side is a strip of short lines set flush
// right (dates or locations beside the text: a table-like layout), where a
// column of text is flush left or justified, its lines long.
func strip(side []segment) bool {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range side {
		lo, hi = math.Min(lo, s.x0), math.Max(hi, s.x1)
	}
	var l, r, short int
	for _, s := range side {
		if s.x0-lo < 3 {
			l++
		}
		if hi-s.x1 < 3 {
			r++
		}
		if s.x1-s.x0 < 0.5*(hi-lo) {
			short++
		}
	}
	n := float64(len(side))
	return float64(r) >= 0.6*n && float64(l) < 0.6*n && float64(short) >= 0.6*n
}

// wideColumns tells true text columns whose baselines happen to line up
// (newspaper columns with one leading, a sidebar beside the main text)
// from a table-like layout: both sides are wide (20% of the text width or
// more) and hold comparable amounts of text, where dates or locations
// beside a title are a narrow strip with little text.
func wideColumns(left, right []segment, minX, maxX float64) bool {
	width := maxX - minX
	lw, rx := 0.0, maxX
	var lc, rc int
	for _, s := range left {
		lw = math.Max(lw, s.x1-minX)
		lc += len(s.text)
	}
	for _, s := range right {
		rx = math.Min(rx, s.x0)
		rc += len(s.text)
	}
	rw := maxX - rx
	if math.Min(lw, rw) < 0.2*width {
		return false
	}
	return float64(min(lc, rc)) >= 0.35*float64(max(lc, rc))
}

// sortRows orders segments top to bottom, then left to right on one
// baseline.
func sortRows(segs []segment) []segment {
	out := append([]segment(nil), segs...)
	sort.SliceStable(out, func(a, b int) bool {
		sa, sb := out[a], out[b]
		if !sameLevel(sa, sb) {
			return sa.y < sb.y
		}
		return sa.x0 < sb.x0
	})
	return out
}

// sameLevel reports whether a and b sit on one baseline, within a third
// of the smaller font's size.
func sameLevel(a, b segment) bool {
	return math.Abs(a.y-b.y) <= 0.35*math.Max(math.Min(a.size, b.size), 1)
}

// dateLineRE matches a line that is a date or a range of dates: "2018",
// "Nov 2021", "Jan 2022 – Jan 2022", "06/2021 - Present".
var dateLineRE = lazyRE(`^(?:\p{L}{3,9}\.? |\d{1,2}[./])?\d{4}(?:\s*[–—-]\s*(?:(?:\p{L}{3,9}\.? |\d{1,2}[./])?\d{4}|\p{L}+))?$`)

var pageNumberRE = lazyRE(`(?i)^(page\s*)?-?\s*\d{1,3}\s*-?(\s*(/|of)\s*\d{1,3})?$`)

// markFurniture marks page numbers and running headers/footers: lines in
// the top or bottom 10% of a page whose text (digits ignored) repeats on
// at least two pages. The first copy of a repeated line stays content;
// later copies, and every page number, are furniture.
func markFurniture(doc *Document, pages []pdfPage) {
	if len(pages) == 0 {
		return
	}
	key := func(t string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return '#'
			}
			if unicode.IsSpace(r) {
				return -1
			}
			return unicode.ToLower(r)
		}, t)
	}
	edge := func(l Line) bool {
		if l.Page < 1 || l.Page > len(pages) || l.Y == 0 {
			return false
		}
		h := pages[l.Page-1].box[3] - pages[l.Page-1].box[1]
		return l.Y < 0.1*h || l.Y > 0.9*h
	}
	pagesOf := map[string]map[int]bool{}
	inBody := map[string]bool{}
	for _, l := range doc.Lines {
		if !edge(l) {
			inBody[key(l.Text)] = true
			continue
		}
		k := key(l.Text)
		if pagesOf[k] == nil {
			pagesOf[k] = map[int]bool{}
		}
		pagesOf[k][l.Page] = true
	}
	seen := map[string]bool{}
	repeated := 0
	for i := range doc.Lines {
		l := &doc.Lines[i]
		if !edge(*l) {
			continue
		}
		if pageNumberRE().MatchString(strings.TrimSpace(l.Text)) {
			l.Furniture = true
			continue
		}
		k := key(l.Text)
		if dateLineRE().MatchString(strings.TrimSpace(l.Text)) && len(pagesOf[k]) < max(3, len(pages)) {
			// a date or a range at the top of two pages ("Jan 2022 –
			// Jan 2022" over two projects) is content, not a running
			// header, unless it is on every page of a longer document
			continue
		}
		if len(pages) >= 2 && len(pagesOf[k]) >= 2 && 2*len(pagesOf[k]) >= len(pages) && !l.ListItem && !inBody[k] {
			// (a running header is on most pages, and only at their
			// edges; a bullet that opens two pages of a long document,
			// or a town that many entries give, is content)
			if seen[k] {
				l.Furniture = true
				repeated++
			}
			seen[k] = true
		}
	}
	if repeated > 0 {
		doc.warn(RepeatedHeaderFooter, 0, "%d line(s) repeat at the top or bottom of every page (running header/footer); many ATS read them into your work history", repeated)
	}
}

// bulletLine turns a leading bullet glyph into the "• " marker.
func bulletLine(t string) (string, bool) {
	for _, b := range []string{"•", "◦", "▪", "‣", "●", "■", "○", "►", "∙", "·", "❖", "➢", "✓"} {
		if strings.HasPrefix(t, b) {
			rest := strings.TrimSpace(t[len(b):])
			if rest == "" {
				return t, false
			}
			return "• " + rest, true
		}
	}
	return t, false
}

// pageCols is how one page was read: its lines in doc.Lines, from start
// to end, and the gutter when it was read column by column.
type pageCols struct {
	start, end int
	gut        gutterAt
	columns    bool
}

// flowSidebars reads a sidebar layout that runs over several pages as a
// reader does: the main column from page to page, then the sidebar from
// page to page. Read page by page, the second page's main column came
// after the first page's sidebar, under the sidebar's last heading
// (work entries under "Skills"). It applies to runs of consecutive pages
// read as columns around one gutter, with the narrow side at most 40% of
// the text's width, and the pages after it that split cleanly at that
// gutter though read row by row (a sidebar's end, a few lines beside the
// main column). On the run's first page only the lines after the
// last line across the gutter (the name, a summary) take part; on the
// pages after it, no line may cross the gutter below a column's line.
func flowSidebars(doc *Document, pages []pageCols) {
	for a := 0; a < len(pages); {
		b := a
		var rest []pageSplit // the run's pages after the first, cut
		for b+1 < len(pages) && sidebarPage(pages[a]) {
			next := pages[b+1]
			if !next.columns {
				// (the sidebar's end, too little beside the main column
				// for its page to read as columns alone: cut at the
				// run's gutter)
				next.gut, next.columns = pages[b].gut, true
			}
			if !sidebarPage(next) || max(pages[a].gut.left, next.gut.left) >= min(pages[a].gut.right, next.gut.right) {
				break
			}
			sp, ok := splitPage(doc, next, false)
			if !ok || !prose(sp.left) && !prose(sp.right) || len(sp.left) == 0 || len(sp.right) == 0 {
				// (a grid of tags set in columns is no main column)
				break
			}
			pages[b+1] = next
			rest = append(rest, sp)
			b++
		}
		if b > a {
			flowRun(doc, pages[a:b+1], rest)
		}
		a = b + 1
	}
}

// pageSplit is a page's lines kept in place, and its left and right
// columns after them.
type pageSplit struct{ keep, left, right []Line }

// prose reports whether three or more of lines are six words or longer:
// running text, as a main column holds.
func prose(lines []Line) bool {
	n := 0
	for _, l := range lines {
		if len(strings.Fields(l.Text)) >= 6 {
			n++
		}
	}
	return n >= 3
}

// sidebarPage reports whether p was read as a main column and a sidebar.
func sidebarPage(p pageCols) bool {
	g := p.gut
	w := g.maxX - g.minX
	return p.columns && w > 0 && min(g.left-g.minX, g.maxX-g.right) <= 0.4*w
}

// splitPage cuts a page's lines into the lines kept in place, and the
// left and right columns after them. With first, the kept lines run to
// the last line across the gutter; otherwise they are the lines across
// the gutter above both columns, and ok is false when one crosses it
// lower down.
func splitPage(doc *Document, p pageCols, first bool) (pageSplit, bool) {
	var sp pageSplit
	g := p.gut
	lines := doc.Lines[p.start:p.end]
	from := 0
	side := func(l Line) int { return g.side(l.X, l.X+l.Width, l.Text) }
	if first {
		for k, l := range lines {
			if side(l) == 0 {
				from = k + 1
			}
		}
	}
	sp.keep = append(sp.keep, lines[:from]...)
	for _, l := range lines[from:] {
		switch side(l) {
		case -1:
			sp.left = append(sp.left, l)
		case 1:
			sp.right = append(sp.right, l)
		default:
			if len(sp.left)+len(sp.right) > 0 {
				return pageSplit{}, false
			}
			sp.keep = append(sp.keep, l)
		}
	}
	return sp, true
}

// flowRun reorders the lines of a run of sidebar pages, rest being the
// pages after the first as splitPage cut them: each page's lines kept in
// place, then the left column of every page, then the right column of
// every page.
func flowRun(doc *Document, run []pageCols, rest []pageSplit) {
	first, _ := splitPage(doc, run[0], true)
	out := append(first.keep, first.left...)
	right := first.right
	for _, sp := range rest {
		out = append(append(out, sp.keep...), sp.left...)
		right = append(right, sp.right...)
	}
	out = append(out, right...)
	copy(doc.Lines[run[0].start:run[len(run)-1].end], out)
}
