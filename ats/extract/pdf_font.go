package extract

import (
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// pdfFont is what the text walk needs from a font: how to split a string
// into codes, each code's advance width, and its Unicode text.
type pdfFont struct {
	name      string
	codeLen   int // bytes per code: 1 for simple fonts, 2 for Type0
	widths    map[uint32]float64
	defWidth  float64 // width of codes not in widths, in 1/1000 em
	scale     float64 // glyph-space to text-space (1/1000 except Type3)
	toUnicode *cmapTable
	enc       pdf.TextEncoding // library fallback for simple fonts without ToUnicode
	bold      bool
	// garbled: no ToUnicode map and no standard encoding; the text is
	// guesswork.
	garbled    bool
	approxWide bool // widths are estimated (standard 14 font without /Widths)
	spaceWidth float64
	// libSafe: the font has no ToUnicode CMap, or one the library's own
	// CMap reader can be given (see libSafe).
	libSafe bool
}

type fontCache struct {
	byID   map[uint64]*pdfFont
	byName map[string]*pdfFont // fallback key when object ids are unknown
	loaded int                 // fonts loaded, against maxFonts
	// content is what is left of the document's decoded content budget
	// (maxDocContent), shared by every page.
	content int64
}

func newFontCache() *fontCache {
	return &fontCache{byID: map[uint64]*pdfFont{}, byName: map[string]*pdfFont{}}
}

func (c *fontCache) get(v pdf.Value, resName string) *pdfFont {
	id, ok := objID(v)
	if ok {
		if f := c.byID[id]; f != nil {
			return f
		}
	} else if f := c.byName[resName+"|"+v.Key("BaseFont").Name()]; f != nil {
		return f
	}
	if c.loaded++; c.loaded > maxFonts {
		// Past the limit a font is read as unknown (estimated widths,
		// Latin-1 codes) rather than parsed again and again.
		return nil
	}
	f := loadFont(v)
	if ok {
		c.byID[id] = f
	} else {
		c.byName[resName+"|"+v.Key("BaseFont").Name()] = f
	}
	return f
}

func isBoldName(n string) bool {
	l := strings.ToLower(n)
	for _, k := range []string{"bold", "black", "heavy", "semibd", "semibold", "demi", "cmbx", "-bd", "medium"} {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

func loadFont(v pdf.Value) *pdfFont {
	f := &pdfFont{codeLen: 1, defWidth: 0, scale: 0.001, widths: map[uint32]float64{}}
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i >= 0 && i < 8 {
		base = base[i+1:]
	}
	f.name = base
	f.bold = isBoldName(base)
	subtype := v.Key("Subtype").Name()
	desc := v.Key("FontDescriptor")
	if subtype == "Type0" {
		f.codeLen = 2
		d := v.Key("DescendantFonts").Index(0)
		desc = d.Key("FontDescriptor")
		f.defWidth = 1000
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.defWidth = dw.Float64()
		}
		readCIDWidths(d.Key("W"), f.widths)
		if f.name == "" {
			f.name = d.Key("BaseFont").Name()
		}
	} else {
		first := v.Key("FirstChar").Int64()
		w := v.Key("Widths")
		n := w.Len()
		if n > 256 {
			n = 256
		}
		for i := 0; i < n; i++ {
			f.widths[uint32(first)+uint32(i)] = w.Index(i).Float64()
		}
		if n == 0 {
			f.approxWide = true
		}
		if subtype == "Type3" {
			if m := v.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() != 0 {
				f.scale = m.Index(0).Float64()
			}
		}
	}
	if desc.Kind() == pdf.Dict {
		if mw := desc.Key("MissingWidth").Float64(); mw > 0 && f.defWidth == 0 {
			f.defWidth = mw
		}
		if fw := desc.Key("FontWeight").Float64(); fw >= 600 {
			f.bold = true
		}
		if flags := desc.Key("Flags").Int64(); flags&(1<<18) != 0 {
			f.bold = true
		}
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		if data, err := readStream(tu, maxToUnicode); err == nil {
			f.toUnicode = parseCMap(data)
			f.libSafe = libSafe(data)
		}
	} else {
		f.libSafe = true
	}
	if f.toUnicode == nil || f.toUnicode.empty() {
		f.toUnicode = nil
		enc := v.Key("Encoding")
		switch {
		case subtype == "Type0":
			f.garbled = true // Identity-H codes are glyph ids: no way back to text
		case subtype == "Type3" && enc.Kind() != pdf.Dict:
			f.garbled = true
		case !f.libSafe:
			// The library would read the same damaged or oversized CMap
			// (and can loop forever on it).
			f.garbled = true
		default:
			pf := pdf.Font{V: v}
			_ = guard(0, "font encoding", func() { f.enc = pf.Encoder() })
		}
		if f.codeLen == 2 {
			if e := enc.Name(); strings.Contains(e, "UCS2") || strings.Contains(e, "UTF16") {
				f.garbled = false
				f.enc = nil
			}
		}
	}
	if f.approxWide {
		if strings.Contains(strings.ToLower(base), "courier") {
			f.defWidth = 600
		} else {
			f.defWidth = 500
		}
	}
	f.spaceWidth = f.width(32)
	if f.codeLen == 2 || f.spaceWidth <= 0 {
		f.spaceWidth = 0
	}
	return f
}

// readCIDWidths reads a CIDFont /W array: "c [w1 w2 ...]" or "c1 c2 w".
func readCIDWidths(w pdf.Value, out map[uint32]float64) {
	n := w.Len()
	total := 0
	for i := 0; i < n && total < 1<<16; {
		c := w.Index(i)
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			start := uint32(c.Int64())
			for j := 0; j < next.Len() && total < 1<<16; j++ {
				out[start+uint32(j)] = next.Index(j).Float64()
				total++
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		lo, hi, wd := c.Int64(), next.Int64(), w.Index(i+2).Float64()
		for k := lo; k <= hi && total < 1<<16; k++ {
			out[uint32(k)] = wd
			total++
		}
		i += 3
	}
}

func (f *pdfFont) width(code uint32) float64 {
	if w, ok := f.widths[code]; ok {
		return w
	}
	if f.approxWide && code == 32 {
		return f.defWidth / 2
	}
	return f.defWidth
}

// decode splits a shown string into codes and returns each code's text.
func (f *pdfFont) each(s string, fn func(code uint32, text string, single bool)) {
	n := f.codeLen
	for i := 0; i < len(s); {
		l := n
		if f.codeLen == 2 && f.toUnicode != nil && f.toUnicode.hasSpace {
			l = f.toUnicode.codeLength(s[i:], n)
		}
		if i+l > len(s) {
			l = len(s) - i
		}
		raw := s[i : i+l]
		var code uint32
		for j := 0; j < len(raw); j++ {
			code = code<<8 | uint32(raw[j])
		}
		var text string
		switch {
		case f.toUnicode != nil:
			t, ok := f.toUnicode.lookup(code, l)
			if !ok {
				if f.enc != nil {
					t = f.enc.Decode(raw)
				} else if l == 1 && code >= 32 && code < 127 {
					t = string(rune(code))
				} else {
					t = "\uFFFD"
				}
			}
			text = t
		case f.enc != nil:
			text = f.enc.Decode(raw)
		case l == 2 && !f.garbled:
			text = string(utf16.Decode([]uint16{uint16(code)}))
		default:
			text = "\uFFFD"
		}
		fn(code, text, l == 1)
		i += l
	}
}

// cmapTable is a parsed ToUnicode CMap.
type cmapTable struct {
	memo     map[uint64]string // range lookups already decoded
	space    [4][][2]uint32    // codespace ranges by byte length
	hasSpace bool
	chars    map[uint64]string // (len<<32 | code) -> text
	ranges   []cmapRange
}

type cmapRange struct {
	lo, hi uint32
	n      int
	dst    []rune   // base text for string destinations
	arr    []string // array destinations
}

func (m *cmapTable) empty() bool { return len(m.chars) == 0 && len(m.ranges) == 0 }

func (m *cmapTable) codeLength(s string, def int) int {
	for n := 1; n <= 4 && n <= len(s); n++ {
		var code uint32
		for j := 0; j < n; j++ {
			code = code<<8 | uint32(s[j])
		}
		for _, r := range m.space[n-1] {
			if code >= r[0] && code <= r[1] {
				return n
			}
		}
	}
	return def
}

func (m *cmapTable) lookup(code uint32, n int) (string, bool) {
	if t, ok := m.chars[uint64(n)<<32|uint64(code)]; ok {
		return t, true
	}
	key := uint64(n)<<32 | uint64(code)
	if t, ok := m.memo[key]; ok {
		return t, true
	}
	for _, r := range m.ranges {
		if r.n != n || code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.arr != nil {
			if uint64(off) < uint64(len(r.arr)) {
				return r.arr[off], true
			}
			return "", false
		}
		if len(r.dst) == 0 {
			return "", false
		}
		d := append([]rune(nil), r.dst...)
		d[len(d)-1] += rune(off)
		t := string(d)
		if m.memo == nil {
			m.memo = map[uint64]string{}
		}
		if len(m.memo) < 1<<16 {
			m.memo[key] = t
		}
		return t, true
	}
	return "", false
}

func utf16be(s string) string {
	if len(s) == 1 {
		return string(rune(s[0]))
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

func codeOf(s string) (uint32, int) {
	var c uint32
	n := len(s)
	if n > 4 {
		n = 4
	}
	for i := 0; i < n; i++ {
		c = c<<8 | uint32(s[i])
	}
	return c, n
}

// parseCMap reads the bfchar, bfrange and codespacerange sections of a
// ToUnicode CMap. Anything else is ignored.
func parseCMap(data []byte) *cmapTable {
	m := &cmapTable{chars: map[uint64]string{}}
	l := &lexer{b: data}
	var stk []cobj
	for {
		o, op, ok := l.next(0)
		if !ok {
			break
		}
		if op == "" {
			if len(stk) < maxOperands {
				stk = append(stk, o)
			}
			continue
		}
		switch op {
		case "begincodespacerange", "beginbfchar", "beginbfrange":
			stk = stk[:0]
		case "endcodespacerange":
			for i := 0; i+1 < len(stk); i += 2 {
				lo, n := codeOf(stk[i].str)
				hi, _ := codeOf(stk[i+1].str)
				if n >= 1 && n <= 4 {
					m.space[n-1] = append(m.space[n-1], [2]uint32{lo, hi})
					m.hasSpace = true
				}
			}
			stk = stk[:0]
		case "endbfchar":
			for i := 0; i+1 < len(stk); i += 2 {
				code, n := codeOf(stk[i].str)
				if n == 0 || len(m.chars) > 1<<17 {
					continue
				}
				dst := stk[i+1]
				var t string
				if dst.kind == '/' {
					t = glyphNameText(dst.str)
				} else {
					t = utf16be(dst.str)
				}
				m.chars[uint64(n)<<32|uint64(code)] = t
			}
			stk = stk[:0]
		case "endbfrange":
			for i := 0; i+2 < len(stk); i += 3 {
				lo, n := codeOf(stk[i].str)
				hi, _ := codeOf(stk[i+1].str)
				if n == 0 || hi < lo || len(m.ranges) > 1<<16 {
					continue
				}
				r := cmapRange{lo: lo, hi: hi, n: n}
				if d := stk[i+2]; d.kind == '[' {
					for _, a := range d.arr {
						r.arr = append(r.arr, utf16be(a.str))
					}
					if r.arr == nil {
						r.arr = []string{}
					}
				} else {
					r.dst = []rune(utf16be(d.str))
				}
				m.ranges = append(m.ranges, r)
			}
			stk = stk[:0]
		default:
			stk = stk[:0]
		}
	}
	return m
}

// glyphNameText maps the few glyph names seen in bfchar entries.
func glyphNameText(n string) string {
	switch n {
	case "space":
		return " "
	case "fi":
		return "fi"
	case "fl":
		return "fl"
	}
	if strings.HasPrefix(n, "uni") && len(n) == 7 {
		var v rune
		for _, c := range n[3:] {
			d, ok := unhex(byte(c))
			if !ok {
				return ""
			}
			v = v<<4 | rune(d)
		}
		return string(v)
	}
	return ""
}
