package extract

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/ledongthuc/pdf"
)

// glyph is one shown character code, placed on the page.
type glyph struct {
	x, y   float64 // left edge and baseline, y from the top of the page
	w      float64 // advance width in points
	size   float64 // effective font size in points
	spaceW float64 // width of a space in this font at this size, 0 if unknown
	text   string
	bold   bool
	white  bool
	rot    bool // not upright (rotated or skewed text)
	// invisible: drawn with render mode 3 (neither filled nor stroked),
	// as OCR layers over scans are, or as keyword stuffing is.
	invisible bool
	opens     bool // the first glyph of a shown string
}

type pageResult struct {
	glyphs  []glyph
	images  int
	garbled bool
	err     error
}

type mat [6]float64 // a b c d e f

var identity = mat{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m, then n).
func (m mat) mul(n mat) mat {
	return mat{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm   mat
	fill  [4]float64
	nfill int // components in the fill colour: 1 gray, 3 rgb, 4 cmyk, 0 other
	// text state (kept in the graphics state as the spec says)
	tc, tw, th, tl, trise, tfs float64
	font                       *pdfFont
	mode                       int
}

type interp struct {
	ctx   context.Context
	fonts *fontCache
	page  pdfPage
	res   pageResult
	ops   int
	forms int
	left  float64
	top   float64
	// content is what is left of the page's decoded content budget.
	content int64
}

// interpretPage runs the page's content stream. buf is a glyph buffer
// reused from the previous page.
func interpretPage(ctx context.Context, pg pdfPage, fonts *fontCache, buf []glyph) pageResult {
	in := &interp{ctx: ctx, fonts: fonts, page: pg, left: pg.box[0], top: pg.box[3]}
	in.content = min(maxContentBytes, fonts.content)
	data, err := in.readContent(pg.v.Key("Contents"))
	if err != nil && (len(data) == 0 || errors.Is(err, ErrTooLarge)) {
		in.res.err = err
		if !errors.Is(err, ErrTooLarge) {
			in.res.err = fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		return in.res
	}
	// A shown glyph takes about three to four bytes of content (a hex
	// two-byte code, or a letter and its share of a TJ array), so a third of
	// the content is room for every glyph of a typical page without growing.
	if est := len(data) / 3; cap(buf) < est && est < maxGlyphsPerPage {
		buf = make([]glyph, 0, est)
	}
	in.res.glyphs = buf[:0]
	g := gstate{ctm: identity, th: 1, nfill: 1}
	in.run(data, pg.resources, g, 0)
	if in.res.err == nil && len(in.res.glyphs) >= maxGlyphsPerPage {
		in.res.err = fmt.Errorf("%w: the page draws more than %d glyphs", ErrTooLarge, maxGlyphsPerPage)
	}
	return in.res
}

// readContent decodes a content stream within what is left of the page's
// and the document's content budgets; passing either is ErrTooLarge.
func (in *interp) readContent(v pdf.Value) ([]byte, error) {
	if in.content <= 0 {
		return nil, in.contentErr()
	}
	data, err := readStream(v, in.content)
	in.content -= int64(len(data))
	in.fonts.content -= int64(len(data))
	if errors.Is(err, ErrTooLarge) || in.content < 0 {
		return data, in.contentErr()
	}
	return data, err
}

func (in *interp) contentErr() error {
	if in.fonts.content <= 0 {
		return fmt.Errorf("%w: the content streams inflate to more than %d bytes in all", ErrTooLarge, maxDocContent)
	}
	return fmt.Errorf("%w: the page's content streams (forms included) inflate to more than %d bytes", ErrTooLarge, maxContentBytes)
}

func num(o []cobj, i int) float64 {
	if i < len(o) && o[i].kind == 'n' {
		return o[i].num
	}
	return 0
}

func (in *interp) run(data []byte, res pdf.Value, g gstate, depth int) {
	l := &lexer{b: data}
	var stack []gstate
	var stk []cobj
	tm, tlm := identity, identity
	fontsRes := res.Key("Font")
	// Resolving a resource re-reads the object from the file (the library
	// keeps no object cache), so fonts are looked up once per name here.
	local := map[string]*pdfFont{}
	for {
		o, op, ok := l.next(0)
		if !ok {
			return
		}
		if op == "" {
			if len(stk) < maxOperands {
				stk = append(stk, o)
			}
			continue
		}
		in.ops++
		if in.res.err != nil {
			return
		}
		if in.ops%ctxCheckEveryOps == 0 {
			if err := in.ctx.Err(); err != nil {
				panic(err)
			}
		}
		args := stk
		stk = stk[:0]
		switch op {
		case "q":
			if len(stack) < 1024 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			if len(args) >= 6 {
				m := mat{num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5)}
				g.ctm = m.mul(g.ctm)
			}
		case "g":
			g.fill, g.nfill = [4]float64{num(args, 0)}, 1
		case "rg":
			g.fill, g.nfill = [4]float64{num(args, 0), num(args, 1), num(args, 2)}, 3
		case "k":
			g.fill, g.nfill = [4]float64{num(args, 0), num(args, 1), num(args, 2), num(args, 3)}, 4
		case "cs":
			g.fill, g.nfill = [4]float64{}, 0
		case "sc", "scn":
			n := 0
			var c [4]float64
			for _, a := range args {
				if a.kind == 'n' && n < 4 {
					c[n] = a.num
					n++
				}
			}
			if n == 1 || n == 3 || n == 4 {
				g.fill, g.nfill = c, n
			} else {
				g.nfill = 0
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tc":
			g.tc = num(args, 0)
		case "Tw":
			g.tw = num(args, 0)
		case "Tz":
			g.th = num(args, 0) / 100
		case "TL":
			g.tl = num(args, 0)
		case "Ts":
			g.trise = num(args, 0)
		case "Tr":
			g.mode = int(num(args, 0))
		case "Tf":
			g.tfs = num(args, 1)
			g.font = nil
			if len(args) >= 1 && args[0].kind == '/' {
				name := args[0].str
				f, seen := local[name]
				if !seen {
					if fv := fontsRes.Key(name); fv.Kind() == pdf.Dict {
						f = in.fonts.get(fv, name)
					}
					local[name] = f
				}
				g.font = f
			}
		case "Td", "TD":
			tx, ty := num(args, 0), num(args, 1)
			if op == "TD" {
				g.tl = -ty
			}
			tlm = mat{1, 0, 0, 1, tx, ty}.mul(tlm)
			tm = tlm
		case "Tm":
			if len(args) >= 6 {
				tlm = mat{num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5)}
				tm = tlm
			}
		case "T*":
			tlm = mat{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
		case "'", "\"":
			if op == "\"" && len(args) >= 3 {
				g.tw, g.tc = num(args, 0), num(args, 1)
				args = args[2:]
			}
			tlm = mat{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
			if len(args) >= 1 && args[len(args)-1].kind == 's' {
				tm = in.show(args[len(args)-1].str, g, tm)
			}
		case "Tj":
			if len(args) >= 1 && args[len(args)-1].kind == 's' {
				tm = in.show(args[len(args)-1].str, g, tm)
			}
		case "TJ":
			if len(args) >= 1 && args[len(args)-1].kind == '[' {
				for _, a := range args[len(args)-1].arr {
					switch a.kind {
					case 's':
						tm = in.show(a.str, g, tm)
					case 'n':
						tx := -a.num / 1000 * g.tfs * g.th
						tm = mat{1, 0, 0, 1, tx, 0}.mul(tm)
					}
				}
			}
		case "BI":
			// Inline image: skip its dictionary and binary data.
			for {
				_, op2, ok := l.next(0)
				if !ok || op2 == "ID" {
					break
				}
			}
			l.skipInlineImage()
			in.res.images++
		case "Do":
			if len(args) >= 1 && args[0].kind == '/' {
				in.doXObject(res, args[0].str, g, depth)
			}
		}
	}
}

func (in *interp) doXObject(res pdf.Value, name string, g gstate, depth int) {
	x := res.Key("XObject").Key(name)
	switch x.Key("Subtype").Name() {
	case "Image":
		in.res.images++
	case "Form":
		if depth >= maxFormDepth {
			return
		}
		in.forms++
		if in.forms > 1000 {
			return
		}
		data, err := in.readContent(x)
		if errors.Is(err, ErrTooLarge) {
			in.res.err = err
			return
		}
		if err != nil && len(data) == 0 {
			return
		}
		if m := x.Key("Matrix"); m.Len() >= 6 {
			fm := mat{m.Index(0).Float64(), m.Index(1).Float64(), m.Index(2).Float64(), m.Index(3).Float64(), m.Index(4).Float64(), m.Index(5).Float64()}
			g.ctm = fm.mul(g.ctm)
		}
		r := x.Key("Resources")
		if r.IsNull() {
			r = res
		}
		in.run(data, r, g, depth+1)
	}
}

// show places each code of s and returns the advanced text matrix.
func (in *interp) show(s string, g gstate, tm mat) mat {
	f := g.font
	if f == nil {
		// No usable font: decode as Latin-1 with estimated widths.
		f = &pdfFont{codeLen: 1, defWidth: 500, scale: 0.001, approxWide: true}
	}
	if f.garbled {
		in.res.garbled = true
	}
	white := g.nfill > 0 && isWhite(g.fill, g.nfill) && g.mode != 3
	// m = Tm × CTM; the rendering matrix is [Tfs·Th 0 0 Tfs 0 Trise] × m.
	// Showing glyphs moves only Tm's translation, so the linear part of m
	// and of the rendering matrix, and what follows from it (size, scale,
	// rotation, space width), are the same for every glyph of the string.
	m := tm.mul(g.ctm)
	trm := mat{g.tfs * g.th * m[0], g.tfs * g.th * m[1], g.tfs * m[2], g.tfs * m[3]}
	// Effective size: the length of the transformed unit vertical.
	size := math.Sqrt(trm[2]*trm[2] + trm[3]*trm[3])
	xscale := math.Sqrt(trm[0]*trm[0] + trm[1]*trm[1])
	rot := math.Abs(trm[1]) > 0.01*xscale || math.Abs(trm[2]) > 0.01*size || trm[0] < 0
	// Widths on the page: advances scaled by the text-to-page matrix.
	pageScale := math.Sqrt(m[0]*m[0] + m[1]*m[1])
	var sw float64
	if f.spaceWidth > 0 {
		sw = f.spaceWidth * f.scale * size
	}
	bold := f.bold || g.mode == 2
	opens := true
	f.each(s, func(code uint32, text string, single bool) {
		if len(in.res.glyphs) >= maxGlyphsPerPage {
			return
		}
		w0 := f.width(code) * f.scale
		// The translation of m = Tm × CTM, as mat.mul computes it.
		c := &g.ctm
		x := g.trise*m[2] + (tm[4]*c[0] + tm[5]*c[2] + c[4])
		y := g.trise*m[3] + (tm[4]*c[1] + tm[5]*c[3] + c[5])
		adv := w0*g.tfs + g.tc
		if single && code == 32 {
			adv += g.tw
		}
		adv *= g.th
		wpage := adv * pageScale
		in.res.glyphs = append(in.res.glyphs, glyph{
			x: x - in.left, y: in.top - y, w: wpage, size: size,
			text: text, bold: bold, white: white, rot: rot, spaceW: sw, invisible: g.mode == 3, opens: opens,
		})
		opens = false
		// Advance: Tm = [1 0 0 1 adv 0] × Tm.
		tm[4] += adv * tm[0]
		tm[5] += adv * tm[1]
	})
	return tm
}

func isWhite(c [4]float64, n int) bool {
	switch n {
	case 1:
		return c[0] >= 0.97
	case 3:
		return c[0] >= 0.97 && c[1] >= 0.97 && c[2] >= 0.97
	case 4:
		return c[0] <= 0.03 && c[1] <= 0.03 && c[2] <= 0.03 && c[3] <= 0.03
	}
	return false
}
