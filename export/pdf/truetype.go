package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// trueType is the part of a TrueType font that a PDF embeds: the tables a
// CIDFontType2 program needs, as slices of the font's bytes, the glyph
// locations, and the metrics of the font descriptor. It is read once per
// font and never changed; subset makes a new font program per document.
//
// The subset keeps the glyph ids of the full font (the content streams
// draw sfnt's glyph ids, and CIDToGIDMap is Identity): glyphs that are not
// used keep their slot with no outline.
type trueType struct {
	tables    map[string][]byte // cvt, fpgm, prep (when present), head, hhea, hmtx, maxp
	glyf      []byte
	loca      []uint32 // numGlyphs+1 offsets into glyf
	numGlyphs int

	// font descriptor values, in thousandths of the size
	bbox               [4]int
	ascent, descent    int
	capHeight, xHeight int
	stemV              int
	post               [32]byte // a version 3 post table: the font's, without glyph names
	italicAngle        float64
	fixedPitch         bool
}

// errNotTrueType wraps the reasons a font cannot be embedded.
var errNotTrueType = errors.New("not a TrueType font")

// keptTables are the tables of the embedded program besides glyf and loca:
// what a PDF reader needs to draw glyphs by id (no cmap, name or post:
// the PDF maps codes to glyphs and names the font itself).
var keptTables = []string{"cvt ", "fpgm", "head", "hhea", "hmtx", "maxp", "prep"}

// parseTrueType reads the table directory and the tables subset needs. It
// checks every offset against the data, so a malformed font is an error,
// never a panic.
func parseTrueType(data []byte) (*trueType, error) {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", errNotTrueType, fmt.Sprintf(format, a...))
	}
	if len(data) < 12 {
		return nil, bad("%d bytes is too short", len(data))
	}
	switch v := string(data[:4]); v {
	case "\x00\x01\x00\x00", "true":
	case "OTTO":
		return nil, bad("the font has PostScript (CFF) outlines; only TrueType outlines (glyf) can be embedded")
	case "ttcf":
		return nil, bad("a font collection (.ttc); give one font of it as a .ttf")
	default:
		return nil, bad("unknown version %q", v)
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if len(data) < 12+16*n {
		return nil, bad("table directory cut short")
	}
	all := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		e := data[12+16*i:]
		tag := string(e[:4])
		off, size := uint64(binary.BigEndian.Uint32(e[8:])), uint64(binary.BigEndian.Uint32(e[12:]))
		if off+size > uint64(len(data)) {
			return nil, bad("table %q lies outside the file", tag)
		}
		all[tag] = data[off : off+size]
	}
	tt := &trueType{tables: make(map[string][]byte, len(keptTables))}
	for _, tag := range keptTables {
		if t, ok := all[tag]; ok {
			tt.tables[tag] = t
		}
	}
	head, hhea, maxp, hmtx := all["head"], all["hhea"], all["maxp"], all["hmtx"]
	tt.glyf = all["glyf"]
	loca := all["loca"]
	switch {
	case tt.glyf == nil || loca == nil:
		return nil, bad("no glyf and loca tables: the outlines are not TrueType")
	case len(head) < 54:
		return nil, bad("head table too short")
	case len(hhea) < 36:
		return nil, bad("hhea table too short")
	case len(maxp) < 6:
		return nil, bad("maxp table too short")
	case hmtx == nil:
		return nil, bad("no hmtx table")
	}
	tt.numGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	if tt.numGlyphs == 0 {
		return nil, bad("no glyphs")
	}
	tt.loca = make([]uint32, tt.numGlyphs+1)
	switch binary.BigEndian.Uint16(head[50:]) {
	case 0:
		if len(loca) < 2*(tt.numGlyphs+1) {
			return nil, bad("loca table too short")
		}
		for i := range tt.loca {
			tt.loca[i] = 2 * uint32(binary.BigEndian.Uint16(loca[2*i:]))
		}
	case 1:
		if len(loca) < 4*(tt.numGlyphs+1) {
			return nil, bad("loca table too short")
		}
		for i := range tt.loca {
			tt.loca[i] = binary.BigEndian.Uint32(loca[4*i:])
		}
	default:
		return nil, bad("unknown loca format")
	}
	for i := 0; i < tt.numGlyphs; i++ {
		if tt.loca[i] > tt.loca[i+1] {
			return nil, bad("glyph %d has a negative length", i)
		}
	}
	if int64(tt.loca[tt.numGlyphs]) > int64(len(tt.glyf)) {
		return nil, bad("glyph locations run past the glyf table")
	}

	upem := float64(binary.BigEndian.Uint16(head[18:]))
	if upem < 16 || upem > 16384 {
		return nil, bad("units per em %g out of range", upem)
	}
	scale := func(v int16) int { return int(math.Round(float64(v) * 1000 / upem)) }
	s16 := func(b []byte, off int) int16 { return int16(binary.BigEndian.Uint16(b[off:])) }
	tt.bbox = [4]int{scale(s16(head, 36)), scale(s16(head, 38)), scale(s16(head, 40)), scale(s16(head, 42))}
	tt.ascent, tt.descent = scale(s16(hhea, 4)), scale(s16(hhea, 6))
	tt.capHeight, tt.xHeight = tt.ascent, tt.ascent/2
	weight := 400.0
	if os2 := all["OS/2"]; len(os2) >= 6 {
		if w := float64(binary.BigEndian.Uint16(os2[4:])); w >= 100 && w <= 900 {
			weight = w
		}
		if len(os2) >= 90 && binary.BigEndian.Uint16(os2) >= 2 {
			tt.xHeight, tt.capHeight = scale(s16(os2, 86)), scale(s16(os2, 88))
		}
	}
	// No font table holds the stem width; this is the usual estimate
	// from the weight class (88 for 400, 166 for 700).
	tt.stemV = int(math.Round(50 + weight*weight/(65*65)))
	copy(tt.post[:], all["post"])
	binary.BigEndian.PutUint32(tt.post[:], 0x00030000)
	tt.italicAngle = float64(int32(binary.BigEndian.Uint32(tt.post[4:]))) / 65536
	tt.fixedPitch = binary.BigEndian.Uint32(tt.post[12:]) != 0
	return tt, nil
}

// glyph returns glyph g's outline data.
func (tt *trueType) glyph(g int) []byte {
	return tt.glyf[tt.loca[g]:tt.loca[g+1]]
}

// components appends the glyph ids that composite glyph data refers to.
// Malformed data ends the list early; the reader then draws what is there.
func components(data []byte, out []int) []int {
	if len(data) < 10 || int16(binary.BigEndian.Uint16(data)) >= 0 {
		return out
	}
	const (
		argsAreWords = 0x0001
		haveScale    = 0x0008
		more         = 0x0020
		haveXYScale  = 0x0040
		have2x2      = 0x0080
	)
	p := 10
	for p+4 <= len(data) {
		flags := binary.BigEndian.Uint16(data[p:])
		out = append(out, int(binary.BigEndian.Uint16(data[p+2:])))
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&have2x2 != 0:
			p += 8
		}
		if flags&more == 0 {
			break
		}
	}
	return out
}

// subset returns a TrueType program with the outlines of the given glyphs
// (and glyph 0, .notdef, and every glyph a composite among them is made
// of); every other glyph keeps its id and metrics but has no outline.
// The loca table is written in the long format. A cmap table maps each
// glyph's character to it, so that the program is a whole font to any
// tool; PDF readers use the content streams' glyph ids.
func (tt *trueType) subset(glyphs []usedGlyph) []byte {
	keep := make([]bool, tt.numGlyphs)
	stack := append(make([]int, 0, len(glyphs)+8), 0)
	for _, g := range glyphs {
		stack = append(stack, int(g.id))
	}
	for len(stack) > 0 {
		g := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if g < 0 || g >= tt.numGlyphs || keep[g] {
			continue
		}
		keep[g] = true
		stack = components(tt.glyph(g), stack)
	}

	size := 0
	for g, k := range keep {
		if k {
			size += pad4(len(tt.glyph(g)))
		}
	}
	glyf := make([]byte, 0, size)
	loca := make([]byte, 4*(tt.numGlyphs+1))
	for g, k := range keep {
		if k {
			glyf = append(glyf, tt.glyph(g)...)
			glyf = append(glyf, make([]byte, pad4(len(glyf))-len(glyf))...)
		}
		binary.BigEndian.PutUint32(loca[4*(g+1):], uint32(len(glyf)))
	}
	head := slices.Clone(tt.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1)

	type table struct {
		tag  string
		data []byte
	}
	// In tag order, as the directory must be.
	var ts []table
	for _, tag := range []string{"cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post", "prep"} {
		var d []byte
		switch tag {
		case "cmap":
			d = cmap(glyphs)
		case "post":
			d = tt.post[:]
		case "glyf":
			d = glyf
		case "loca":
			d = loca
		case "head":
			d = head
		default:
			var ok bool
			if d, ok = tt.tables[tag]; !ok {
				continue
			}
		}
		ts = append(ts, table{tag, d})
	}
	n := len(ts)
	sel := 0
	for 2<<sel <= n {
		sel++
	}
	total := 12 + 16*n
	for _, t := range ts {
		total += pad4(len(t.data))
	}
	out := make([]byte, 12+16*n, total)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(16<<sel))
	binary.BigEndian.PutUint16(out[8:], uint16(sel))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-16<<sel))
	headAt := 0
	for i, t := range ts {
		e := out[12+16*i:]
		copy(e, t.tag)
		binary.BigEndian.PutUint32(e[4:], checksum(t.data))
		binary.BigEndian.PutUint32(e[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(e[12:], uint32(len(t.data)))
		if t.tag == "head" {
			headAt = len(out)
		}
		out = append(out, t.data...)
		out = append(out, make([]byte, pad4(len(out))-len(out))...)
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// maxSegments bounds a format 4 cmap subtable below its 64 KiB limit.
const maxSegments = 8000

// cmap is a cmap table with one subtable (Windows, Unicode BMP, format 4)
// that maps the characters of glyphs to their ids.
func cmap(glyphs []usedGlyph) []byte {
	gs := make([]usedGlyph, 0, len(glyphs))
	for _, g := range glyphs {
		if g.r >= 0 && g.r < 0xFFFF && int(g.id) < 0x10000 {
			gs = append(gs, g)
		}
	}
	slices.SortFunc(gs, func(a, b usedGlyph) int { return int(a.r) - int(b.r) })
	// Segments of consecutive characters with consecutive glyph ids,
	// then the closing segment at U+FFFF.
	type segment struct{ start, end, delta uint16 }
	var segs []segment
	for _, g := range gs {
		r, d := uint16(g.r), uint16(g.id)-uint16(g.r)
		if n := len(segs); n > 0 && segs[n-1].end+1 == r && segs[n-1].delta == d {
			segs[n-1].end = r
			continue
		}
		if len(segs) == maxSegments {
			break // the table's length must fit in 16 bits
		}
		segs = append(segs, segment{r, r, d})
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	sel := 0
	for 2<<sel <= n {
		sel++
	}
	size := 16 + 8*n
	b := make([]byte, 12+size)
	be := binary.BigEndian
	be.PutUint16(b[2:], 1)  // one encoding record
	be.PutUint16(b[4:], 3)  // Windows
	be.PutUint16(b[6:], 1)  // Unicode BMP
	be.PutUint32(b[8:], 12) // offset of the subtable
	t := b[12:]
	be.PutUint16(t, 4)
	be.PutUint16(t[2:], uint16(size))
	be.PutUint16(t[6:], uint16(2*n))
	be.PutUint16(t[8:], uint16(2<<sel))
	be.PutUint16(t[10:], uint16(sel))
	be.PutUint16(t[12:], uint16(2*n-2<<sel))
	for i, s := range segs {
		be.PutUint16(t[14+2*i:], s.end)
		be.PutUint16(t[16+2*n+2*i:], s.start)
		be.PutUint16(t[16+4*n+2*i:], s.delta)
		// idRangeOffset stays 0: glyph = character + delta
	}
	return b
}

func pad4(n int) int { return (n + 3) &^ 3 }

// checksum is the TrueType table checksum: the sum of the big-endian
// 32-bit words, the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	var last [4]byte
	copy(last[:], b)
	return sum + binary.BigEndian.Uint32(last[:])
}
