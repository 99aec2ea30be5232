package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/signintech/gopdf"
)

// errInternal is wrapped by errors that mean a bug in this package or in
// gopdf, never bad input.
var errInternal = errors.New("pdf: internal error")

// render makes the PDF. gopdf makes the document structure: the pages
// and the link annotations. This package writes the page content streams
// and the embedded fonts itself (see finish and fontObjects), so that each
// visual line is one text object and each glyph is drawn by the id sfnt
// chose for it.
func render(b *builder) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("%w: gopdf panicked: %v", errInternal, p)
		}
	}()
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: gopdf.Rect{W: b.pageW, H: b.pageH}, Unit: gopdf.UnitPT})
	gp.SetNoCompression() // finish replaces the content streams
	fonts := b.fs.embedded()
	res := make([]int, len(b.fs.faces)) // font index -> resource number /Fk
	for k, e := range fonts {
		res[e.index] = k + 1
	}

	asc, desc := b.fs.faces[0].ascent, b.fs.faces[0].descent
	cw := contentWriter{fs: b.fs, res: res, pageH: b.pageH}
	streams := make([][]byte, len(b.pages))
	for p, page := range b.pages {
		gp.AddPage()
		gp.SetLineWidth(0.6) // makes the page's content stream, which finish replaces
		cw.reset()
		for _, pl := range page {
			ln := &b.lines[pl.line]
			baseline := pl.top + ln.size*asc
			cw.line(ln.segs, baseline)
			if ln.rule {
				cw.rule(b.accent, b.res.Design.RuleWidth, b.left, b.right, baseline+ln.size*0.38)
			}
			links(gp, ln.segs, baseline, asc, desc)
		}
		if f := b.footers[p]; f != nil {
			size := f[0].size
			baseline := b.pageH - b.res.Margins.Bottom/2 + size*0.3
			baseline = max(baseline, b.pageH-b.res.Margins.Bottom+size*1.2)
			baseline = min(baseline, b.pageH-size*desc-1)
			cw.line(f, baseline)
		}
		streams[p] = bytes.Clone(cw.buf)
	}
	var buf bytes.Buffer
	buf.Grow(16 << 10)
	if _, err := gp.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("%w: gopdf: %v", errInternal, err)
	}
	return finish(buf.Bytes(), streams, fonts, b.info())
}

// links adds a link annotation over each linked segment.
func links(gp *gopdf.GoPdf, segs []seg, baseline, asc, desc float64) {
	for i := range segs {
		s := &segs[i]
		if s.link != "" {
			gp.AddExternalLink(s.link, s.x, baseline-s.size*asc, s.width(), s.size*(asc+desc))
		}
	}
}

// contentWriter writes a page's content stream: one text object per line,
// each segment placed with an absolute text matrix, in the font's glyph
// ids (Identity-H: two bytes each, in a literal string).
type contentWriter struct {
	fs    *fontSet
	res   []int // font index -> resource number /Fn
	pageH float64
	buf   []byte
}

func (c *contentWriter) reset() { c.buf = c.buf[:0] }

func (c *contentWriter) num(v float64) {
	c.buf = strconv.AppendFloat(c.buf, math.Round(v*100)/100, 'f', -1, 64)
}

func (c *contentWriter) color(col rgb, op string) {
	for _, v := range [3]uint8{col.r, col.g, col.b} {
		c.buf = strconv.AppendFloat(c.buf, math.Round(float64(v)/255*1000)/1000, 'f', -1, 64)
		c.buf = append(c.buf, ' ')
	}
	c.buf = append(c.buf, op...)
	c.buf = append(c.buf, '\n')
}

// glyphByte writes one byte of a two-byte glyph id into a literal string:
// half the size of hex, escaped where a reader would otherwise misread it
// (an end of line inside a string reads as "\n").
func (c *contentWriter) glyphByte(b byte) {
	switch b {
	case '(', ')', '\\':
		c.buf = append(c.buf, '\\', b)
	case '\r':
		c.buf = append(c.buf, '\\', 'r')
	case '\n':
		c.buf = append(c.buf, '\\', 'n')
	default:
		c.buf = append(c.buf, b)
	}
}

func (c *contentWriter) line(segs []seg, baseline float64) {
	c.buf = append(c.buf, "BT\n"...)
	font, size, col := -1, 0.0, rgb{}
	for i := range segs {
		s := &segs[i]
		if s.font != font || s.size != size {
			c.buf = append(c.buf, "/F"...)
			c.buf = strconv.AppendInt(c.buf, int64(c.res[s.font]), 10)
			c.buf = append(c.buf, ' ')
			c.num(s.size)
			c.buf = append(c.buf, " Tf\n"...)
			font, size = s.font, s.size
		}
		if i == 0 || s.color != col {
			c.color(s.color, "rg")
			col = s.color
		}
		c.buf = append(c.buf, "1 0 0 1 "...)
		c.num(s.x)
		c.buf = append(c.buf, ' ')
		c.num(c.pageH - baseline)
		c.buf = append(c.buf, " Tm\n[("...)
		for _, r := range s.text {
			g := c.fs.info(s.font, r).glyph
			c.glyphByte(byte(g >> 8))
			c.glyphByte(byte(g))
		}
		c.buf = append(c.buf, ")] TJ\n"...)
	}
	c.buf = append(c.buf, "ET\n"...)
}

// rule draws a horizontal accent line of the given width at y (from the
// top of the page).
func (c *contentWriter) rule(col rgb, width, x0, x1, y float64) {
	c.color(col, "RG")
	c.num(width)
	c.buf = append(c.buf, " w\n"...)
	c.num(x0)
	c.buf = append(c.buf, ' ')
	c.num(c.pageH - y)
	c.buf = append(c.buf, " m "...)
	c.num(x1)
	c.buf = append(c.buf, ' ')
	c.num(c.pageH - y)
	c.buf = append(c.buf, " l S\n"...)
}

// docInfo is the document information dictionary.
type docInfo struct {
	title, author, subject, keywords string
	created                          time.Time
	lang                             string
}

func (b *builder) info() docInfo {
	bs := &b.r.Basics
	in := docInfo{
		title:   flat(bs.Name),
		author:  flat(bs.Name),
		subject: flat(bs.Label),
		created: b.res.Created,
		lang:    b.res.Language,
	}
	if in.lang == "" {
		in.lang = "en"
	}
	var kws []string
	seen := make(map[string]bool)
	addKw := func(s string) {
		if s = flat(s); s != "" && !seen[s] {
			seen[s] = true
			kws = append(kws, s)
		}
	}
	for _, sk := range b.r.Skills {
		if len(sk.Keywords) == 0 {
			addKw(sk.Name)
		}
		for _, k := range sk.Keywords {
			addKw(k)
		}
	}
	in.keywords = strings.Join(kws, ", ")
	return in
}
