package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/export/style"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestSubset checks the embedded font programs with an independent
// parser (sfnt): every glyph keeps its id and advance, the glyphs asked for
// (and, for composite glyphs, their parts) keep their outlines exactly,
// the others have none, and the whole-font checksum is right.
func TestSubset(t *testing.T) {
	fs, err := newFontSet(familySans, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range fs.faces {
		checkSubset(t, fs, i, "Hello, Wörld – Ωμέγα Жизнь ÅçÉñŒ•", false)
	}
}

func TestFallbackSubset(t *testing.T) {
	fs := fallbackSet(t, droidFallback, "fonts-droid-fallback", "CJK fallback font")
	checkSubset(t, fs, numStyles, "東京株式会社 王小明 第二", false)
}

// TestCompositeSubset uses a font whose accented letters are composite
// glyphs (the Go fonts have none), so that the subset must keep their parts.
func TestCompositeSubset(t *testing.T) {
	fs := fallbackSet(t, dejavuSans, "fonts-dejavu-core", "font with composite glyphs")
	checkSubset(t, fs, numStyles, "ÅçÉñŒ ǅ ẞ Ṩ ệ", true)
}

// dejavuSans has composite glyphs and characters beyond U+FFFF.
const dejavuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

// fallbackSet is the Go fonts with the font at path as fallback; the test
// is skipped, saying so, when the font is not on the machine.
func fallbackSet(t *testing.T, path, pkg, what string) *fontSet {
	t.Helper()
	ttf, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no %s at %s (Debian package %s); skipping this check: %v", what, path, pkg, err)
	}
	fs, err := newFontSet(familySans, [][]byte{ttf})
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func checkSubset(t *testing.T, fs *fontSet, i int, text string, composite bool) {
	t.Helper()
	f := fs.faces[i]
	var gs []usedGlyph
	want := make(map[sfnt.GlyphIndex]bool)
	composites := 0
	for _, r := range text {
		gi := fs.info(i, r)
		if gi.glyph == 0 || want[gi.glyph] {
			continue
		}
		gs = append(gs, usedGlyph{id: gi.glyph, r: r, width: gi.width})
		// The glyph and, if it is a composite, its parts, theirs, and so on.
		for todo := []int{int(gi.glyph)}; len(todo) > 0; {
			g := todo[0]
			todo = todo[1:]
			want[sfnt.GlyphIndex(g)] = true
			if parts := components(f.tt.glyph(g), nil); len(parts) > 0 {
				composites++
				todo = append(todo, parts...)
			}
		}
	}
	if composite && composites == 0 {
		t.Fatalf("%s: no composite glyph in %q; the test needs one", f.psName, text)
	}
	prog := f.tt.subset(gs)
	if got := checksum(prog); got != 0xB1B0AFBA {
		t.Errorf("%s: whole-font checksum %08X, want B1B0AFBA", f.psName, got)
	}
	if len(prog) > len(f.tt.glyf)/2 && f.tt.numGlyphs > 100 {
		t.Errorf("%s: a subset of %d glyphs is %d bytes, the full glyf table %d", f.psName, len(gs), len(prog), len(f.tt.glyf))
	}
	sub, err := sfnt.Parse(prog)
	if err != nil {
		t.Fatalf("%s: sfnt cannot parse the subset: %v", f.psName, err)
	}
	if sub.NumGlyphs() != f.sf.NumGlyphs() || sub.UnitsPerEm() != f.sf.UnitsPerEm() {
		t.Fatalf("%s: subset has %d glyphs at %d/em, the font %d at %d/em", f.psName, sub.NumGlyphs(), sub.UnitsPerEm(), f.sf.NumGlyphs(), f.sf.UnitsPerEm())
	}
	var b1, b2 sfnt.Buffer
	for _, g := range gs {
		if got, err := sub.GlyphIndex(&b2, g.r); err != nil || got != g.id {
			t.Errorf("%s: the subset's cmap maps %q to glyph %d (%v), want %d", f.psName, g.r, got, err, g.id)
		}
	}
	ppem := fixed.Int26_6(f.upem)
	for g := sfnt.GlyphIndex(0); int(g) < f.tt.numGlyphs; g++ {
		a1, err1 := f.sf.GlyphAdvance(&b1, g, ppem, font.HintingNone)
		a2, err2 := sub.GlyphAdvance(&b2, g, ppem, font.HintingNone)
		if err1 != nil || err2 != nil || a1 != a2 {
			t.Fatalf("%s: glyph %d advance %v (%v) in the font, %v (%v) in the subset", f.psName, g, a1, err1, a2, err2)
		}
		s2, err := sub.LoadGlyph(&b2, g, ppem, nil)
		if err != nil {
			t.Fatalf("%s: glyph %d: %v", f.psName, g, err)
		}
		if !want[g] && g != 0 {
			if len(s2) != 0 {
				t.Errorf("%s: unused glyph %d kept its outline", f.psName, g)
			}
			continue
		}
		s1, err := f.sf.LoadGlyph(&b1, g, ppem, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(s1, s2) {
			t.Errorf("%s: glyph %d: outline differs in the subset", f.psName, g)
		}
	}
}

// TestBadTrueType checks that fonts this package cannot embed are errors,
// never panics.
func TestBadTrueType(t *testing.T) {
	good := goregular.TTF
	cases := map[string][]byte{
		"empty":      nil,
		"short":      good[:11],
		"directory":  good[:40],
		"cff":        append([]byte("OTTO"), good[4:]...),
		"collection": append([]byte("ttcf"), good[4:]...),
		"version":    append([]byte("abcd"), good[4:]...),
	}
	// A table that points past the end, and glyph locations out of order.
	far := slices.Clone(good)
	binary.BigEndian.PutUint32(far[12+8:], uint32(len(far)))
	cases["table offset"] = far
	tt, err := parseTrueType(good)
	if err != nil {
		t.Fatal(err)
	}
	loca := tableOffset(t, good, "loca")
	for _, width := range []int{2, 4} {
		bad := slices.Clone(good)
		if width == 2 && binary.BigEndian.Uint16(bad[tableOffset(t, good, "head")+50:]) != 0 {
			continue
		}
		bad[loca+width] = 0xFF // glyph 1 starts far beyond glyph 2
		cases["loca"] = bad
	}
	for name, data := range cases {
		if _, err := parseTrueType(data); !errors.Is(err, errNotTrueType) {
			t.Errorf("%s: %v, want errNotTrueType", name, err)
		}
	}
	// Composite data that claims more than it holds is read up to its end.
	if got := components([]byte{0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0, 7, 0}, nil); !slices.Equal(got, []int{7}) {
		t.Errorf("components of a cut-short composite: %v", got)
	}
	if len(tt.subset([]usedGlyph{{id: 0xFFFF, r: 'x'}})) == 0 {
		t.Error("subset with out-of-range glyph ids is empty")
	}
}

// tableOffset is where a table of the font data starts.
func tableOffset(t *testing.T, data []byte, tag string) int {
	t.Helper()
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := 0; i < n; i++ {
		if e := data[12+16*i:]; string(e[:4]) == tag {
			return int(binary.BigEndian.Uint32(e[8:]))
		}
	}
	t.Fatalf("no %q table", tag)
	return 0
}

// TestCoverage spells out what works without a fallback font.
func TestCoverage(t *testing.T) {
	fs, err := newFontSet(familySans, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ",
		"ĀāĂăĄąĆćČčĎďĒēĘęĚěĞğĪīİıŁłŃńŇňŌōŐőŒœŘřŚśŞşŠšŢţŤťŪūŮůŰűŸŹźŻżŽž",
		"ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψωάέήίόύώ",
		"АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяЇїІіЄєҐґ",
		"–—‘’“”„•…€£¥©®™°±×÷½¼¾«»‹›†‡§¶",
	} {
		for style := 0; style < numStyles; style++ {
			for _, r := range s {
				if _, _, ok := fs.pick(style, r); !ok {
					t.Errorf("style %d: no glyph for %q (U+%04X)", style, r, r)
				}
			}
		}
	}
	for _, r := range "中文한국어עבריתالعربية😀" {
		if _, _, ok := fs.pick(0, r); ok {
			t.Errorf("%q (U+%04X) has a Go font glyph; the missing-glyph tests need another character", r, r)
		}
	}
}

// textWidth is the advance of s in font i, in thousandths of the size.
func textWidth(fs *fontSet, i int, s string) int {
	w := 0
	for _, r := range s {
		w += fs.info(i, r).width
	}
	return w
}

// TestFamilies writes the example CV in each embedded family: the fonts
// named in the file are that family's, the text reads back whole, and an
// unknown family is an *OptionError.
func TestFamilies(t *testing.T) {
	r := exampleCV(t)
	for _, c := range []struct{ family, font, not string }{
		{"", "LiberationSans", "LiberationSerif"},
		{"sans", "LiberationSans", "LiberationSerif"},
		{" Serif ", "LiberationSerif", "LiberationSans"},
	} {
		data := write(t, r, Options{Options: style.Options{FontFamily: c.family}})
		if !bytes.Contains(data, []byte("+"+c.font)) || bytes.Contains(data, []byte("+"+c.not)) {
			t.Errorf("family %q: want fonts %s, not %s", c.family, c.font, c.not)
		}
		if txt := plainText(t, data); !strings.Contains(txt, flat(r.Basics.Name)) {
			t.Errorf("family %q: the name does not read back", c.family)
		}
	}
	err := Write(io.Discard, r, Options{Options: style.Options{FontFamily: "Calibri"}})
	var oe *OptionError
	if !errors.As(err, &oe) || oe.Field != "FontFamily" {
		t.Errorf("FontFamily Calibri: got %v, want an *OptionError for FontFamily", err)
	}
}

// TestHyphenNarrower checks the reason the default family changed: a
// hyphen must be narrower than an en dash, or "on-call" looks dashed.
func TestHyphenNarrower(t *testing.T) {
	for _, fam := range []int{familySans, familySerif} {
		fs, err := newFontSet(fam, nil)
		if err != nil {
			t.Fatal(err)
		}
		for st := range numStyles {
			if h, n := fs.info(st, '-').width, fs.info(st, '–').width; h >= n {
				t.Errorf("family %d style %d: hyphen %d units, en dash %d", fam, st, h, n)
			}
		}
	}
}
