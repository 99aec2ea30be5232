package pdf

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/resumekit/resumekit/resume"
)

// clean makes s drawable: invalid UTF-8 becomes U+FFFD, control and format
// characters (C0, C1, DEL, zero-width and bidi marks, soft hyphens) go,
// every space and line break becomes ' ', and the text is put in NFC, so
// "e" + U+0301 draws as the single glyph "é".
func clean(s string) string {
	i := 0
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7F {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range strings.ToValidUTF8(s[i:], "\uFFFD") {
		switch {
		case r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7F || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r):
			// drop
		case r&0xFFFE == 0xFFFE || r >= 0xFDD0 && r <= 0xFDEF:
			// noncharacters
		default:
			b.WriteRune(r)
		}
	}
	out := b.String()
	if norm.NFC.IsNormalString(out) {
		return out
	}
	return norm.NFC.String(out)
}

// flat is clean with runs of spaces collapsed and the ends trimmed: the
// form of a one-line field.
func flat(s string) string {
	s = clean(s)
	if !strings.Contains(s, "  ") && (s == "" || s[0] != ' ' && s[len(s)-1] != ' ') {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// paragraphs splits a text field at its blank lines. A single line break
// inside a paragraph is a space, as in Markdown.
func paragraphs(s string) []string {
	if !strings.Contains(s, "\n") {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		return []string{s}
	}
	var out []string
	var cur []string
	for _, ln := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(ln) == "" {
			if len(cur) > 0 {
				out = append(out, strings.Join(cur, "\n"))
				cur = cur[:0]
			}
			continue
		}
		cur = append(cur, ln)
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}

// span is styled input text, cleaned.
type span struct {
	text  string
	style int // styleBold | styleItalic
	link  string
	color rgb
	path  string // the field the text comes from, for errors
	keep  bool   // a unit, such as a name: no line break at its spaces unless it is wider than a line
}

// markup turns a text field's inline markup into spans of the given base
// style and colour.
// A bare URL in running text also becomes a link.
func markup(s string, style int, color rgb, path string) []span {
	s = clean(s)
	if !strings.ContainsAny(s, "*[<\\") {
		return autolink(nil, span{text: s, style: style, color: color, path: path})
	}
	runs := resume.Inline(s)
	out := make([]span, 0, len(runs))
	for _, r := range runs {
		st := style
		if r.Bold {
			st |= styleBold
		}
		if r.Italic {
			st |= styleItalic
		}
		sp := span{text: r.Text, style: st, link: linkTarget(r.Link), color: color, path: path}
		if sp.link != "" {
			out = append(out, sp)
		} else {
			out = autolink(out, sp)
		}
	}
	return out
}

// bareURL is an http(s) URL in running text, without trailing punctuation.
var bareURL = regexp.MustCompile(`https?://[^\s<>"]*[^\s<>".,;:!?)\]'’”]`)

// autolink appends sp to out, split so that each bare URL in it is a
// link span.
func autolink(out []span, sp span) []span {
	t, last := sp.text, 0
	if strings.Contains(t, "://") {
		for _, m := range bareURL.FindAllStringIndex(t, -1) {
			u := linkTarget(t[m[0]:m[1]])
			if u == "" {
				continue
			}
			if m[0] > last {
				before := sp
				before.text = t[last:m[0]]
				out = append(out, before)
			}
			link := sp
			link.text, link.link = t[m[0]:m[1]], u
			out = append(out, link)
			last = m[1]
		}
	}
	if last < len(t) {
		sp.text = t[last:]
		out = append(out, sp)
	}
	return out
}

// piece is text in one font, without spaces, or a single space.
type piece struct {
	text  string
	font  int
	style int
	link  string
	color rgb
	units int // advance in thousandths of the font size
}

// word is what a line never breaks, unless it is wider than the line.
type word struct {
	pieces []piece
	units  int
	space  *piece // the space before the word; nil at the start
	glue   bool   // no line break before the word (its space is inside a keep span)
}

// wordsBuf builds words whose pieces share one backing array.
type wordsBuf struct {
	ws     []word
	pieces []piece
	start  int // the current word's first piece
}

func (wb *wordsBuf) add(cur *word, p piece) {
	cur.units += p.units
	if n := len(wb.pieces); n > wb.start {
		last := &wb.pieces[n-1]
		if last.font == p.font && last.link == p.link && last.color == p.color && last.style == p.style {
			last.text += p.text
			last.units += p.units
			return
		}
	}
	wb.pieces = append(wb.pieces, p)
}

func (wb *wordsBuf) flush(cur *word) {
	cur.pieces = wb.pieces[wb.start:len(wb.pieces):len(wb.pieces)]
	wb.start = len(wb.pieces)
	wb.ws = append(wb.ws, *cur)
}

// words splits spans into words, choosing a font for every character.
// Characters no font has are recorded against the span's path and left out.
func (b *builder) words(spans []span) []word {
	n := 0
	for _, sp := range spans {
		n += len(sp.text)
	}
	wb := wordsBuf{ws: make([]word, 0, n/6+1), pieces: make([]piece, 0, n/6+1)}
	var cur word
	started, glue := false, false
	var space, lastSpace *piece
	for _, sp := range spans {
		t := sp.text
		start, font, units := -1, 0, 0
		closePiece := func(end int) {
			if start >= 0 {
				wb.add(&cur, piece{text: t[start:end], font: font, style: sp.style, link: sp.link, color: sp.color, units: units})
				start, units = -1, 0
			}
		}
		for i, r := range t {
			if r == ' ' {
				closePiece(i)
				if started {
					wb.flush(&cur)
					cur, started = word{}, false
				}
				if len(wb.ws) > 0 && space == nil {
					f, gi, _ := b.fs.pick(sp.style, ' ')
					p := piece{text: " ", font: f, style: sp.style, link: sp.link, color: sp.color, units: gi.width}
					if lastSpace == nil || *lastSpace != p {
						lastSpace = &p // spaces are alike: share one
					}
					space, glue = lastSpace, sp.keep
				}
				continue
			}
			f, gi, ok := b.fs.pick(sp.style, r)
			if !ok {
				closePiece(i)
				b.miss(r, sp.path)
				continue
			}
			if start >= 0 && f != font {
				closePiece(i)
			}
			if !started {
				cur.space, space, started = space, nil, true
				cur.glue, glue = glue && cur.space != nil, false
			}
			if start < 0 {
				start, font = i, f
			}
			units += gi.width
		}
		closePiece(len(t))
	}
	if started {
		wb.flush(&cur)
	}
	return wb.ws
}

// seg is a run of text drawn in one font, size and colour at x.
type seg struct {
	x     float64 // left edge, in points from the left of the page
	font  int
	style int
	size  float64
	color rgb
	text  string
	units int
	link  string
}

func (s *seg) width() float64 { return float64(s.units) * s.size / 1000 }

// lineBuf collects the segments of one line. The text of the last
// segment is kept in parts and joined once, by done.
type lineBuf struct {
	x0    float64
	size  float64
	units int
	segs  []seg
	parts []string
}

func (l *lineBuf) add(p piece) {
	if n := len(l.segs); n > 0 {
		last := &l.segs[n-1]
		if last.font == p.font && last.link == p.link && last.color == p.color {
			l.parts = append(l.parts, p.text)
			last.units += p.units
			l.units += p.units
			return
		}
		l.join()
	}
	l.segs = append(l.segs, seg{
		x: l.x0 + float64(l.units)*l.size/1000, font: p.font, style: p.style, size: l.size,
		color: p.color, units: p.units, link: p.link,
	})
	l.parts = append(l.parts[:0], p.text)
	l.units += p.units
}

// join sets the text of the last segment.
func (l *lineBuf) join() {
	if n := len(l.segs); n > 0 && len(l.parts) > 0 {
		if len(l.parts) == 1 {
			l.segs[n-1].text = l.parts[0]
		} else {
			l.segs[n-1].text = strings.Join(l.parts, "")
		}
		l.parts = l.parts[:0]
	}
}

// done returns the finished segments.
func (l *lineBuf) done() []seg {
	l.join()
	return l.segs
}

// wrap fills lines from x0 (the first) or xCont (the others) up to xMax
// with the words, breaking only between words, except that a word wider
// than a line is broken between characters. Words glued together (the
// words of a name or a skill) move to the next line together when they
// fit on one. Nothing is cut off.
func (b *builder) wrap(ws []word, size, x0, xCont, xMax float64) [][]seg {
	wr := b.wrapper(size, x0, xCont, xMax)
	wr.addWords(ws)
	return wr.done()
}

// items lays out items (a position and a company; the parts of a contact
// line) with sep between them while they fit on a line. An item that does
// not fit starts the next line, without the separator, so that no line
// ends or starts with a dangling "|".
func (b *builder) items(items [][]span, sep string, size, x0, xCont, xMax float64) [][]seg {
	wr := b.wrapper(size, x0, xCont, xMax)
	var sepPieces []piece
	sepUnits := 0
	for _, r := range sep {
		f, gi, ok := b.fs.pick(0, r)
		if !ok {
			b.miss(r, "separator")
			continue
		}
		sepPieces = append(sepPieces, piece{text: string(r), font: f, color: b.text, units: gi.width})
		sepUnits += gi.width
	}
	for _, it := range items {
		ws := b.words(it)
		if len(ws) == 0 {
			continue
		}
		if len(wr.lb.segs) > 0 {
			units := 0
			for k := range ws {
				units += ws[k].units
				if k > 0 && ws[k].space != nil {
					units += ws[k].space.units
				}
			}
			if wr.lb.units+sepUnits+units <= wr.avail() {
				for _, p := range sepPieces {
					wr.lb.add(p)
				}
			} else {
				wr.next()
			}
		}
		wr.addWords(ws)
	}
	return wr.done()
}

func (b *builder) wrapper(size, x0, xCont, xMax float64) *wrapper {
	return &wrapper{b: b, size: size, xCont: xCont, xMax: xMax, lb: lineBuf{x0: x0, size: size}}
}

// addWords places words, glued runs as one where they fit.
func (wr *wrapper) addWords(ws []word) {
	for i := 0; i < len(ws); {
		j := i + 1
		for j < len(ws) && ws[j].glue {
			j++
		}
		if j == i+1 || !wr.chain(ws[i:j]) {
			// One word, or glued words wider than a line: word by word.
			for k := i; k < j; k++ {
				wr.word(&ws[k])
			}
		}
		i = j
	}
}

// done returns the lines, with the last one.
func (wr *wrapper) done() [][]seg {
	if len(wr.lb.segs) > 0 {
		wr.lines = append(wr.lines, wr.lb.done())
		wr.lb = lineBuf{}
	}
	return wr.lines
}

type wrapper struct {
	b           *builder
	size        float64
	xCont, xMax float64
	lb          lineBuf
	lines       [][]seg
}

// avail is the width left for the current line, in thousandths of the size.
func (wr *wrapper) avail() int { return int((wr.xMax - wr.lb.x0) * 1000 / wr.size) }

func (wr *wrapper) next() {
	wr.lines = append(wr.lines, wr.lb.done())
	wr.lb = lineBuf{x0: wr.xCont, size: wr.size, parts: wr.lb.parts[:0]}
}

// put adds w to the current line, with its space unless the line is empty.
func (wr *wrapper) put(w *word) {
	if len(wr.lb.segs) > 0 && w.space != nil {
		wr.lb.add(*w.space)
	}
	for _, p := range w.pieces {
		wr.lb.add(p)
	}
}

// chain places glued words as one, on this line or the next; it reports
// false, placing nothing, when they are wider than a whole line.
func (wr *wrapper) chain(ws []word) bool {
	units := 0
	for k := range ws {
		units += ws[k].units
		if k > 0 && ws[k].space != nil {
			units += ws[k].space.units
		}
	}
	need := units
	if len(wr.lb.segs) > 0 && ws[0].space != nil {
		need += ws[0].space.units
	}
	switch {
	case wr.lb.units+need <= wr.avail():
	case units <= int((wr.xMax-wr.xCont)*1000/wr.size) && len(wr.lb.segs) > 0:
		wr.next()
	default:
		return false
	}
	for k := range ws {
		wr.put(&ws[k])
	}
	return true
}

func (wr *wrapper) word(w *word) {
	need := w.units
	if len(wr.lb.segs) > 0 && w.space != nil {
		need += w.space.units
	}
	if wr.lb.units+need <= wr.avail() || len(wr.lb.segs) == 0 && w.units <= wr.avail() {
		wr.put(w)
		return
	}
	if len(wr.lb.segs) > 0 {
		wr.next()
	}
	if w.units <= wr.avail() {
		wr.put(w)
		return
	}
	// A word wider than the line: break it between characters.
	for _, p := range w.pieces {
		for j, r := range p.text {
			rw := wr.b.fs.info(p.font, r).width
			if len(wr.lb.segs) > 0 && wr.lb.units+rw > wr.avail() {
				wr.next()
			}
			q := p
			q.text, q.units = p.text[j:j+utf8.RuneLen(r)], rw
			wr.lb.add(q)
		}
	}
}
