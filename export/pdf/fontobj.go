package pdf

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"slices"
	"strconv"
	"unicode/utf16"

	"golang.org/x/image/font/sfnt"

	"github.com/resumekit/resumekit/internal/deflate"
)

// usedGlyph is one glyph a document draws: its id, the character it
// stands for (a ToUnicode map gives a glyph one meaning only) and its
// advance in thousandths of the font size.
type usedGlyph struct {
	id    sfnt.GlyphIndex
	r     rune
	width int
}

// embeddedFont is one font as a document uses it, in the order of its
// resource name: the k-th is /Fk.
type embeddedFont struct {
	index  int // in fontSet.faces
	face   *face
	glyphs []usedGlyph // by id
}

// embedded lists the fonts the document uses, in font index order: the
// order in which render numbers their resources.
func (fs *fontSet) embedded() []embeddedFont {
	var out []embeddedFont
	for i, own := range fs.owner {
		if !fs.used[i] || len(own) == 0 {
			continue
		}
		gs := make([]usedGlyph, 0, len(own))
		for g, r := range own {
			gs = append(gs, usedGlyph{id: g, r: r, width: fs.info(i, r).width})
		}
		slices.SortFunc(gs, func(a, b usedGlyph) int { return int(a.id) - int(b.id) })
		out = append(out, embeddedFont{index: i, face: fs.faces[i], glyphs: gs})
	}
	return out
}

// name is the PDF font name: a subset tag of six capitals, which depends on
// the font file and the glyphs in the subset (so two different subsets never
// share a name), "+", and the font's PostScript name.
func (e *embeddedFont) name() string {
	h := crc32.NewIEEE()
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], e.face.sum)
	h.Write(b[:])
	for _, g := range e.glyphs {
		b[0], b[1] = byte(g.id>>8), byte(g.id)
		h.Write(b[:2])
	}
	n := h.Sum32()
	var tag [7]byte
	for i := 0; i < 6; i++ {
		tag[i] = 'A' + byte(n%26)
		n /= 26
	}
	tag[6] = '+'
	return string(tag[:]) + e.face.psName
}

// fontObjects writes the five objects of an embedded font, numbered from
// id: the Type0 font (which the page resources name), its CIDFontType2
// descendant with the glyph widths, the font descriptor, the TrueType
// subset, and the ToUnicode map. at records each object's offset in out.
// The font program is compressed; the ToUnicode map, a few kilobytes, is
// left readable.
func fontObjects(out *bytes.Buffer, id int, e *embeddedFont, at func()) {
	name := e.name()
	tt := e.face.tt
	b := make([]byte, 0, 2048)

	// Type0
	b = obj(b, id)
	b = append(b, "<<\n/Type /Font\n/Subtype /Type0\n/BaseFont /"...)
	b = append(b, name...)
	b = append(b, "\n/Encoding /Identity-H\n/DescendantFonts ["...)
	b = ref(b, id+1)
	b = append(b, "]\n/ToUnicode "...)
	b = ref(b, id+4)
	b = append(b, "\n>>\nendobj\n\n"...)
	at()
	out.Write(b)

	// CIDFontType2 and its widths, in runs of consecutive ids.
	b = obj(b[:0], id+1)
	b = append(b, "<<\n/Type /Font\n/Subtype /CIDFontType2\n/BaseFont /"...)
	b = append(b, name...)
	b = append(b, "\n/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>\n/FontDescriptor "...)
	b = ref(b, id+2)
	b = append(b, "\n/CIDToGIDMap /Identity\n/W ["...)
	for i, g := range e.glyphs {
		if i == 0 || g.id != e.glyphs[i-1].id+1 {
			if i > 0 {
				b = append(b, "] "...)
			}
			b = strconv.AppendInt(b, int64(g.id), 10)
			b = append(b, " ["...)
		} else {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, int64(g.width), 10)
	}
	if len(e.glyphs) > 0 {
		b = append(b, ']')
	}
	b = append(b, "]\n>>\nendobj\n\n"...)
	at()
	out.Write(b)

	// Font descriptor.
	flags := 32 // nonsymbolic
	if tt.fixedPitch {
		flags |= 1
	}
	if tt.italicAngle != 0 {
		flags |= 64
	}
	b = obj(b[:0], id+2)
	b = append(b, "<<\n/Type /FontDescriptor\n/FontName /"...)
	b = append(b, name...)
	b = append(b, "\n/Flags "...)
	b = strconv.AppendInt(b, int64(flags), 10)
	b = append(b, "\n/FontBBox ["...)
	for i, v := range tt.bbox {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	b = append(b, "]\n/ItalicAngle "...)
	b = strconv.AppendFloat(b, tt.italicAngle, 'f', -1, 64)
	for _, kv := range [...]struct {
		k string
		v int
	}{{"Ascent", tt.ascent}, {"Descent", tt.descent}, {"CapHeight", tt.capHeight}, {"XHeight", tt.xHeight}, {"StemV", tt.stemV}} {
		b = append(b, "\n/"...)
		b = append(b, kv.k...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(kv.v), 10)
	}
	b = append(b, "\n/FontFile2 "...)
	b = ref(b, id+3)
	b = append(b, "\n>>\nendobj\n\n"...)
	at()
	out.Write(b)

	program := tt.subset(e.glyphs)
	at()
	writeStream(out, id+3, program, true, "/Length1 "+strconv.Itoa(len(program))+"\n")
	at()
	writeStream(out, id+4, toUnicode(e.glyphs), false, "")
}

// writeStream writes object id as a stream of data, compressed when
// compress is set (FlateDecode); extra holds more dictionary entries, each
// ending in a line break.
func writeStream(out *bytes.Buffer, id int, data []byte, compress bool, extra string) {
	if compress {
		var z bytes.Buffer
		z.Grow(len(data)/2 + 64)
		deflate.Zlib(&z, data)
		data = z.Bytes()
	}
	b := obj(out.AvailableBuffer(), id)
	b = append(b, "<<\n"...)
	if compress {
		b = append(b, "/Filter /FlateDecode\n"...)
	}
	b = append(b, "/Length "...)
	b = strconv.AppendInt(b, int64(len(data)), 10)
	b = append(b, '\n')
	b = append(b, extra...)
	b = append(b, ">>\nstream\n"...)
	out.Write(b)
	out.Write(data)
	out.WriteString("\nendstream\nendobj\n\n")
}

// toUnicode is the CMap that maps each glyph id (two bytes, Identity-H)
// to its character, in blocks of at most 100 entries, as PDF requires.
func toUnicode(gs []usedGlyph) []byte {
	b := make([]byte, 0, 400+24*len(gs))
	b = append(b, `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
`...)
	for len(gs) > 0 {
		n := min(len(gs), 100)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, " beginbfchar\n"...)
		for _, g := range gs[:n] {
			b = append(b, '<')
			b = hex16(b, uint16(g.id))
			b = append(b, "> <"...)
			for _, u := range utf16.Encode([]rune{g.r}) {
				b = hex16(b, u)
			}
			b = append(b, ">\n"...)
		}
		b = append(b, "endbfchar\n"...)
		gs = gs[n:]
	}
	return append(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"...)
}

func hex16(b []byte, v uint16) []byte {
	const digits = "0123456789ABCDEF"
	return append(b, digits[v>>12], digits[v>>8&15], digits[v>>4&15], digits[v&15])
}

// obj starts object id.
func obj(b []byte, id int) []byte {
	b = strconv.AppendInt(b, int64(id), 10)
	return append(b, " 0 obj\n"...)
}

// ref writes a reference to object id.
func ref(b []byte, id int) []byte {
	b = strconv.AppendInt(b, int64(id), 10)
	return append(b, " 0 R"...)
}
