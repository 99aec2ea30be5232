package pdf

import (
	"math"
	"os"
	"testing"

	"github.com/signintech/gopdf"
)

// TestGoFontsAgreeWithGopdf checks, for every character of the Basic
// Multilingual Plane, that sfnt (which picks the font) and gopdf (which
// draws, and silently draws a space for a character it finds no glyph
// for) agree on coverage, and that widths measured here equal gopdf's.
func TestGoFontsAgreeWithGopdf(t *testing.T) {
	fs, err := newFontSet(nil)
	if err != nil {
		t.Fatal(err)
	}
	checkAgreement(t, fs, 0xFFFF)
}

func TestFallbackAgreesWithGopdf(t *testing.T) {
	ttf, err := os.ReadFile(droidFallback)
	if err != nil {
		t.Skipf("no CJK fallback font at %s (Debian package fonts-droid-fallback); skipping its check: %v", droidFallback, err)
	}
	fs, err := newFontSet([][]byte{ttf})
	if err != nil {
		t.Fatal(err)
	}
	checkAgreement(t, fs, 0xFFFF)
}

func checkAgreement(t *testing.T, fs *fontSet, last rune) {
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	for _, f := range fs.faces {
		if err := gp.AddTTFFontFromFontContainer(f.family, f.container); err != nil {
			t.Fatal(err)
		}
	}
	gp.AddPage()
	for i, f := range fs.faces {
		if err := gp.SetFont(f.family, "", 10); err != nil {
			t.Fatal(err)
		}
		covered, mismatches := 0, 0
		sample := make([]rune, 0, 64)
		for r := rune(0x20); r <= last; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			gi := fs.info(i, r)
			ok, err := gp.IsCurrFontContainGlyph(r)
			if err != nil {
				t.Fatal(err)
			}
			if ok != (gi.glyph != 0) {
				if mismatches < 10 {
					t.Errorf("%s: U+%04X: gopdf has a glyph: %v, sfnt: glyph %d", f.family, r, ok, gi.glyph)
				}
				mismatches++
				continue
			}
			if ok {
				covered++
				if covered%97 == 0 && len(sample) < cap(sample) {
					sample = append(sample, r)
				}
			}
		}
		if i < numStyles && covered < 650 {
			t.Errorf("%s covers %d characters, want the Go fonts' 700 or so", f.family, covered)
		}
		// Widths: this package's measure against gopdf's.
		s := string(sample) + "Hello, Wörld – Ωμέγα Жизнь"
		if i >= numStyles {
			s = string(sample)
		}
		got := float64(textWidth(fs, i, s)) * 10 / 1000
		want, err := gp.MeasureTextWidth(s)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s: width of %q = %g, gopdf says %g", f.family, s, got, want)
		}
	}
}

// TestCoverage spells out what works without a fallback font.
func TestCoverage(t *testing.T) {
	fs, err := newFontSet(nil)
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
