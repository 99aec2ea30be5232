package pdf

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansbolditalic"
	"github.com/go-fonts/liberation/liberationsansitalic"
	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/bidi"

	"github.com/resumekit/resumekit/export/style"
)

// Text styles, as bits: a font index below numStyles is the embedded font
// of that style.
const (
	styleBold   = 1
	styleItalic = 2
	numStyles   = 4
)

// face is one parsed TrueType font: sfnt for coverage and metrics, and the
// tables this package embeds, so that neither is parsed again per
// document.
type face struct {
	psName  string // the PostScript name, which the PDF font name ends in
	sum     uint32 // a checksum of the font file, part of the subset tag
	sf      *sfnt.Font
	upem    int
	tt      *trueType
	ascent  float64 // per point of font size
	descent float64 // per point of font size, positive
}

// newFace parses ttf, whose checksum is sum, as a font this package calls
// psName; an empty psName is the font's own PostScript name, made safe for
// a PDF name, or "Fallback".
func newFace(ttf []byte, sum uint32, psName string) (*face, error) {
	sf, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, err
	}
	if psName == "" {
		psName = "Fallback"
		if ps, err := sf.Name(nil, sfnt.NameIDPostScript); err == nil && safePSName(ps) != "" {
			psName = safePSName(ps)
		}
	}
	upem := int(sf.UnitsPerEm())
	if upem < 16 || upem > 16384 {
		return nil, fmt.Errorf("units per em %d out of range", upem)
	}
	var buf sfnt.Buffer
	m, err := sf.Metrics(&buf, fixed.Int26_6(upem), font.HintingNone)
	if err != nil {
		return nil, err
	}
	tt, err := parseTrueType(ttf)
	if err != nil {
		return nil, err
	}
	if tt.numGlyphs != sf.NumGlyphs() {
		return nil, fmt.Errorf("%w: maxp counts %d glyphs, sfnt %d", errNotTrueType, tt.numGlyphs, sf.NumGlyphs())
	}
	return &face{
		psName:  psName,
		sum:     sum,
		sf:      sf,
		upem:    upem,
		tt:      tt,
		ascent:  float64(m.Ascent) / float64(upem),
		descent: float64(m.Descent) / float64(upem),
	}, nil
}

// The families embedded in the package, by style.Options.FontFamily.
const (
	familySans  = 0 // Liberation Sans, metric-compatible with Arial
	familySerif = 1 // Liberation Serif, metric-compatible with Times New Roman
	// familyGo is the Go fonts, the last resort after the fallback fonts
	// for characters Liberation lacks (such as U+FFFD, which invalid
	// UTF-8 becomes); it is not a family Options can choose.
	familyGo    = 2
	numFamilies = 3
)

type fontSource struct {
	name string
	ttf  []byte
}

var familySources = [numFamilies][numStyles]fontSource{
	familySans: {
		{"LiberationSans", liberationsansregular.TTF},
		{"LiberationSans-Bold", liberationsansbold.TTF},
		{"LiberationSans-Italic", liberationsansitalic.TTF},
		{"LiberationSans-BoldItalic", liberationsansbolditalic.TTF},
	},
	familySerif: {
		{"LiberationSerif", liberationserifregular.TTF},
		{"LiberationSerif-Bold", liberationserifbold.TTF},
		{"LiberationSerif-Italic", liberationserifitalic.TTF},
		{"LiberationSerif-BoldItalic", liberationserifbolditalic.TTF},
	},
	familyGo: {
		{"GoRegular", goregular.TTF},
		{"GoBold", gobold.TTF},
		{"GoItalic", goitalic.TTF},
		{"GoBoldItalic", gobolditalic.TTF},
	},
}

// Each embedded family is parsed once per process, when first used.
var (
	familyOnce  [numFamilies]sync.Once
	familyFaces [numFamilies][numStyles]*face
	familyErr   [numFamilies]error
)

// builtinFonts returns the four styles of the embedded family fam.
func builtinFonts(fam int) ([numStyles]*face, error) {
	familyOnce[fam].Do(func() {
		for i, s := range familySources[fam] {
			f, err := newFace(s.ttf, crc32.Checksum(s.ttf, castagnoli), s.name)
			if err != nil {
				familyErr[fam] = fmt.Errorf("pdf: parsing the embedded font %s: %w", s.name, err)
				return
			}
			familyFaces[fam][i] = f
		}
	})
	return familyFaces[fam], familyErr[fam]
}

// family maps style.Options.FontFamily to an embedded family: "" and
// "sans" are Liberation Sans, "serif" Liberation Serif (case and
// surrounding space ignored).
func family(name string) (int, bool) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", style.FamilySans:
		return familySans, true
	case style.FamilySerif:
		return familySerif, true
	}
	return 0, false
}

// Fallback fonts are parsed once per distinct font and kept in a small
// cache, so that a program writing many documents with the same fallback
// font (often several megabytes of CJK glyphs) parses it once.
const fallbackCacheSize = 4

type cachedFace struct {
	data []byte
	face *face
}

var (
	fallbackMu    sync.Mutex
	fallbackCache []cachedFace
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func fallbackFace(data []byte) (*face, error) {
	sum := crc32.Checksum(data, castagnoli)
	fallbackMu.Lock()
	for _, c := range fallbackCache {
		if c.face.sum == sum && bytes.Equal(c.data, data) {
			fallbackMu.Unlock()
			return c.face, nil
		}
	}
	fallbackMu.Unlock()

	data = bytes.Clone(data) // the face keeps slices of it
	f, err := newFace(data, sum, "")
	if err != nil {
		return nil, err
	}
	fallbackMu.Lock()
	defer fallbackMu.Unlock()
	if len(fallbackCache) == fallbackCacheSize {
		fallbackCache = fallbackCache[1:]
	}
	fallbackCache = append(fallbackCache, cachedFace{data: data, face: f})
	return f, nil
}

// rightToLeft reports whether r belongs to a right-to-left script
// (Hebrew, Arabic, Syriac, Thaana, N'Ko, …): its bidirectional class is R
// or AL.
func rightToLeft(r rune) bool {
	p, _ := bidi.LookupRune(r)
	c := p.Class()
	return c == bidi.R || c == bidi.AL
}

// safePSName keeps the characters a PDF name and a PostScript font name may
// safely hold.
func safePSName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			b.WriteRune(r)
		}
		if b.Len() >= 48 {
			break
		}
	}
	return b.String()
}

// glyphInfo is what a document needs to know about one character in one font.
type glyphInfo struct {
	glyph sfnt.GlyphIndex // 0: the font has no glyph
	width int             // advance in thousandths of the font size, truncated
}

type cacheEntry struct {
	glyphInfo
	known bool
}

type glyphKey struct {
	font int
	r    rune
}

// fontSet is the fonts of one document: the four fonts of its family, then the
// fallback fonts, then the four Go fonts. It is not safe for concurrent use; each Write has its own.
type fontSet struct {
	faces []*face
	buf   sfnt.Buffer
	ascii [][128]cacheEntry // per font, the ASCII characters
	other map[glyphKey]glyphInfo
	// owner records, per font, which character each glyph was used for:
	// a ToUnicode map can give a glyph one meaning only, so a second
	// character drawing the same glyph goes to another font.
	owner []map[sfnt.GlyphIndex]rune
	used  []bool
	// goBase is the index of the first Go font, after the fallback fonts.
	goBase int
	// pick's answers
	picked      [numStyles][128]pickEntry
	pickedOther map[glyphKey]*pickEntry
}

func newFontSet(fam int, fallbacks [][]byte) (*fontSet, error) {
	gf, err := builtinFonts(fam)
	if err != nil {
		return nil, err
	}
	fs := &fontSet{faces: append([]*face(nil), gf[:]...), other: make(map[glyphKey]glyphInfo)}
	for i, data := range fallbacks {
		f, err := fallbackFace(data)
		if err != nil {
			return nil, &OptionError{Format: "pdf", Field: fmt.Sprintf("FallbackFonts[%d]", i), Value: fmt.Sprintf("(%d bytes)", len(data)),
				Reason: "not a usable TrueType font (" + err.Error() + "); give the bytes of a .ttf file with TrueType outlines"}
		}
		dup := false
		for _, g := range fs.faces {
			dup = dup || g == f
		}
		if !dup {
			fs.faces = append(fs.faces, f)
		}
	}
	gofs, err := builtinFonts(familyGo)
	if err != nil {
		return nil, err
	}
	fs.goBase = len(fs.faces)
	fs.faces = append(fs.faces, gofs[:]...)
	fs.ascii = make([][128]cacheEntry, len(fs.faces))
	fs.owner = make([]map[sfnt.GlyphIndex]rune, len(fs.faces))
	fs.used = make([]bool, len(fs.faces))
	return fs, nil
}

// info looks up r in font i.
func (fs *fontSet) info(i int, r rune) glyphInfo {
	if r >= 0 && r < utf8.RuneSelf {
		if e := &fs.ascii[i][r]; e.known {
			return e.glyphInfo
		}
	} else if gi, ok := fs.other[glyphKey{i, r}]; ok {
		return gi
	}
	var gi glyphInfo
	if g, ok := fs.lookup(i, r); ok {
		f := fs.faces[i]
		adv, err := f.sf.GlyphAdvance(&fs.buf, g, fixed.Int26_6(f.upem), font.HintingNone)
		if err == nil {
			// adv is the advance in font units (ppem = upem/64 px); the
			// widths are whole thousandths, truncated (as gopdf did:
			// the layout has not changed since).
			gi = glyphInfo{glyph: g, width: int(adv) * 1000 / f.upem}
		}
	}
	if r >= 0 && r < utf8.RuneSelf {
		fs.ascii[i][r] = cacheEntry{gi, true}
	} else {
		fs.other[glyphKey{i, r}] = gi
	}
	return gi
}

// lookup is the cmap lookup of r in font i.
func (fs *fontSet) lookup(i int, r rune) (sfnt.GlyphIndex, bool) {
	g, err := fs.faces[i].sf.GlyphIndex(&fs.buf, r)
	return g, err == nil && g != 0
}

// pick returns the font that draws r in the given style: the family's font
// of that style, else the first fallback font that has r, else the Go font
// of that style. It reports false when no font can draw r, and for a
// character of a right-to-left script. The answer for a style and
// character never changes within a document, so it is cached.
func (fs *fontSet) pick(style int, r rune) (int, glyphInfo, bool) {
	var e *pickEntry
	if r >= 0 && r < utf8.RuneSelf {
		e = &fs.picked[style][r]
	} else {
		if fs.pickedOther == nil {
			fs.pickedOther = make(map[glyphKey]*pickEntry)
		}
		k := glyphKey{style, r}
		if e = fs.pickedOther[k]; e == nil {
			e = new(pickEntry)
			fs.pickedOther[k] = e
		}
	}
	if !e.known {
		e.font, e.gi, e.ok = fs.choose(style, r)
		e.known = true
	}
	return e.font, e.gi, e.ok
}

type pickEntry struct {
	font      int
	gi        glyphInfo
	ok, known bool
}

func (fs *fontSet) choose(style int, r rune) (int, glyphInfo, bool) {
	if rightToLeft(r) {
		return 0, glyphInfo{}, false // see MissingGlyph.RightToLeft
	}
	try := func(i int) (glyphInfo, bool) {
		gi := fs.info(i, r)
		if gi.glyph == 0 {
			return gi, false
		}
		own := fs.owner[i]
		if own == nil {
			own = make(map[sfnt.GlyphIndex]rune)
			fs.owner[i] = own
		}
		if o, ok := own[gi.glyph]; ok && o != r {
			return gi, false
		}
		own[gi.glyph] = r
		fs.used[i] = true
		return gi, true
	}
	if gi, ok := try(style); ok {
		return style, gi, true
	}
	for i := numStyles; i < fs.goBase; i++ {
		if gi, ok := try(i); ok {
			return i, gi, true
		}
	}
	if gi, ok := try(fs.goBase + style); ok {
		return fs.goBase + style, gi, true
	}
	return 0, glyphInfo{}, false
}
