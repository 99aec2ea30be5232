package extract

import (
	"math"

	"golang.org/x/text/unicode/norm"
)

// combiningOf maps the spacing accents that typesetters draw as glyphs of
// their own over or under a letter (TeX's \accent, in the OT1 encoding
// every LaTeX document without \usepackage[T1]{fontenc} uses) to the
// combining marks they stand for. It is a switch rather than a map: it
// runs for every glyph of a PDF, and builds nothing at start-up.
func combiningOf(s string) (rune, bool) {
	switch s {
	case "´":
		return '\u0301', true
	case "`":
		return '\u0300', true
	case "ˆ", "^":
		return '\u0302', true
	case "˜", "~":
		return '\u0303', true
	case "¨":
		return '\u0308', true
	case "˚":
		return '\u030A', true
	case "ˇ":
		return '\u030C', true
	case "˘":
		return '\u0306', true
	case "˙":
		return '\u0307', true
	case "˝":
		return '\u030B', true
	case "¯":
		return '\u0304', true
	case "¸":
		return '\u0327', true
	case "˛":
		return '\u0328', true
	}
	return 0, false
}

// combineAccents joins each spacing accent drawn over or under a letter to
// that letter, as poppler does: "Bo˘gazi¸ci" reads "Boğaziçi". The accent
// must overlap the letter for most of its width and sit within a line
// height of it; TeX draws the accent first, other producers after the
// letter, so the next glyph is tried, then the previous one. A letter that
// already took an accent, and an accent alone, stay as they are.
func combineAccents(gs []glyph) []glyph {
	has := false
	for i := range gs {
		if _, ok := combiningOf(gs[i].text); ok {
			has = true
			break
		}
	}
	if !has {
		return gs
	}
	drop := make([]bool, len(gs))
	for i := range gs {
		mark, ok := combiningOf(gs[i].text)
		if !ok {
			continue
		}
		for _, j := range [2]int{i + 1, i - 1} {
			if j < 0 || j >= len(gs) || drop[j] || !accentOver(&gs[i], &gs[j]) {
				continue
			}
			base := []rune(gs[j].text)
			if len(base) != 1 {
				continue
			}
			switch base[0] {
			case 'ı':
				base[0] = 'i' // TeX's dotless i under an accent: \'{\i}
			case 'ȷ':
				base[0] = 'j'
			}
			gs[j].text = norm.NFC.String(string(base[0]) + string(mark))
			drop[i] = true
			break
		}
	}
	out := gs[:0]
	for i, g := range gs {
		if !drop[i] {
			out = append(out, g)
		}
	}
	return out
}

// accentOver reports whether accent a is drawn on letter b: most of the
// narrower of the two overlaps, and the baselines are within a line.
func accentOver(a, b *glyph) bool {
	if a.w <= 0 || b.w <= 0 || a.rot || b.rot || len(b.text) == 0 {
		return false
	}
	overlap := math.Min(a.x+a.w, b.x+b.w) - math.Max(a.x, b.x)
	return overlap >= 0.5*math.Min(a.w, b.w) && math.Abs(a.y-b.y) < math.Max(a.size, b.size)
}
