package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/signintech/gopdf"
)

// errInternal is wrapped by errors that mean a bug in this package or in
// gopdf, never bad input.
var errInternal = errors.New("pdf: internal error")

// render draws the laid-out pages with gopdf and finishes the file.
func render(b *builder) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("%w: gopdf panicked: %v", errInternal, p)
		}
	}()
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: gopdf.Rect{W: b.pageW, H: b.pageH}, Unit: gopdf.UnitPT})
	// Content streams stay uncompressed for finish, which compresses them.
	gp.SetNoCompression()
	for i, used := range b.fs.used {
		if !used {
			continue
		}
		f := b.fs.faces[i]
		if err := gp.AddTTFFontFromFontContainer(f.family, f.container); err != nil {
			return nil, fmt.Errorf("%w: adding font %s: %v", errInternal, f.family, err)
		}
	}
	d := &drawer{gp: gp, fs: b.fs, font: -1, checked: make(map[glyphKey]bool)}
	asc, desc := b.fs.faces[0].ascent, b.fs.faces[0].descent
	groups := make([][]int, len(b.pages))
	for p, page := range b.pages {
		gp.AddPage()
		for _, pl := range page {
			ln := &b.lines[pl.line]
			baseline := pl.top + ln.size*asc
			if err := d.line(ln.segs, baseline, asc, desc); err != nil {
				return nil, err
			}
			groups[p] = append(groups[p], len(ln.segs))
			if ln.rule {
				gp.SetStrokeColor(b.accent.r, b.accent.g, b.accent.b)
				gp.SetLineWidth(0.6)
				y := baseline + ln.size*0.38
				gp.Line(b.left, y, b.right, y)
			}
		}
		if f := b.footers[p]; f != nil {
			size := f[0].size
			baseline := b.pageH - b.res.Margins.Bottom/2 + size*0.3
			baseline = max(baseline, b.pageH-b.res.Margins.Bottom+size*1.2)
			baseline = min(baseline, b.pageH-size*desc-1)
			if err := d.line(f, baseline, asc, desc); err != nil {
				return nil, err
			}
			groups[p] = append(groups[p], len(f))
		}
	}
	var buf bytes.Buffer
	buf.Grow(64 << 10)
	if _, err := gp.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("%w: gopdf: %v", errInternal, err)
	}
	return finish(buf.Bytes(), groups, b.info())
}

// drawer draws segments with gopdf, setting font and colour only when
// they change.
type drawer struct {
	gp      *gopdf.GoPdf
	fs      *fontSet
	font    int
	size    float64
	color   rgb
	colored bool
	checked map[glyphKey]bool
}

func (d *drawer) line(segs []seg, baseline, asc, desc float64) error {
	for i := range segs {
		s := &segs[i]
		if s.font != d.font || s.size != d.size {
			if err := d.gp.SetFont(d.fs.faces[s.font].family, "", s.size); err != nil {
				return fmt.Errorf("%w: font %s: %v", errInternal, d.fs.faces[s.font].family, err)
			}
			d.font, d.size = s.font, s.size
		}
		if !d.colored || s.color != d.color {
			d.gp.SetTextColor(s.color.r, s.color.g, s.color.b)
			d.color, d.colored = s.color, true
		}
		// gopdf draws a space, silently, for a character its own cmap
		// lookup misses. sfnt chose the font; make sure gopdf agrees.
		for _, r := range s.text {
			k := glyphKey{s.font, r}
			if d.checked[k] {
				continue
			}
			if ok, err := d.gp.IsCurrFontContainGlyph(r); (!ok || err != nil) && r != ' ' {
				return fmt.Errorf("%w: gopdf finds no glyph for %q (U+%04X) in %s, which sfnt says has one",
					errInternal, string(r), r, d.fs.faces[s.font].family)
			}
			d.checked[k] = true
		}
		d.gp.SetXY(s.x, baseline)
		if err := d.gp.Text(s.text); err != nil {
			return fmt.Errorf("%w: gopdf: %v", errInternal, err)
		}
		if s.link != "" {
			d.gp.AddExternalLink(s.link, s.x, baseline-s.size*asc, s.width(), s.size*(asc+desc))
		}
	}
	return nil
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
