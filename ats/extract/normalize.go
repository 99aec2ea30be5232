package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s as an ATS-friendly string, the same way every line
// of a Document is normalised:
//   - ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) are spelled out;
//   - soft hyphens and zero-width characters are removed;
//   - NBSP and the other Unicode spaces become a plain space, runs of
//     spaces collapse to one, and the ends are trimmed;
//   - hyphen variants (U+2010, U+2011, U+2012, U+2212 minus, U+FE63,
//     U+FF0D) become "-"; the en dash (–) and em dash (—) are kept, as they
//     carry meaning in date ranges, and U+2015 becomes "—";
//   - other control characters become spaces, except tab;
//   - the result is in Unicode NFC (combining accents joined).
//
// Private-use characters are not touched here (see Document warnings).
func Normalize(s string) string {
	if isPlainASCII(s) {
		return collapseSpaces(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case 0xFB00:
			b.WriteString("ff")
		case 0xFB01:
			b.WriteString("fi")
		case 0xFB02:
			b.WriteString("fl")
		case 0xFB03:
			b.WriteString("ffi")
		case 0xFB04:
			b.WriteString("ffl")
		case 0xFB05, 0xFB06:
			b.WriteString("st")
		case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x034F:
			// soft hyphen, zero-width space/joiners, word joiner, BOM
		case 0x2010, 0x2011, 0x2012, 0x2212, 0xFE63, 0xFF0D, 0x2043:
			b.WriteByte('-')
		case 0x2015:
			b.WriteString("—")
		case utf8.RuneError:
			b.WriteRune(r)
		case '\t':
			b.WriteByte('\t')
		default:
			switch {
			case r == 0x00A0 || r == 0x202F || r == 0x205F || r == 0x3000 || (r >= 0x2000 && r <= 0x200A) || r == 0x1680:
				b.WriteByte(' ')
			case unicode.IsControl(r) || r == 0x2028 || r == 0x2029:
				b.WriteByte(' ')
			default:
				b.WriteRune(r)
			}
		}
	}
	return collapseSpaces(norm.NFC.String(b.String()))
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c < 0x20 && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

// collapseSpaces turns runs of spaces into one space and trims the ends.
// Tabs are kept (a DOCX tab is a tab), but spaces around them are dropped.
func collapseSpaces(s string) string {
	if !strings.Contains(s, "  ") && !strings.Contains(s, " \t") && !strings.Contains(s, "\t ") &&
		(len(s) == 0 || (s[0] != ' ' && s[len(s)-1] != ' ')) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			space = true
			continue
		}
		if space && b.Len() > 0 && c != '\t' {
			if last := b.String()[b.Len()-1]; last != '\t' {
				b.WriteByte(' ')
			}
		}
		space = false
		b.WriteByte(c)
	}
	return b.String()
}

// isPrivateUse reports whether r is a private-use code point (icon fonts).
func isPrivateUse(r rune) bool {
	return (r >= 0xE000 && r <= 0xF8FF) || (r >= 0xF0000 && r <= 0xFFFFD) || (r >= 0x100000 && r <= 0x10FFFD)
}

// stripPrivateUse removes private-use code points and reports how many.
func stripPrivateUse(s string) (string, int) {
	n := 0
	for _, r := range s {
		if isPrivateUse(r) {
			n++
		}
	}
	if n == 0 {
		return s, 0
	}
	var b strings.Builder
	for _, r := range s {
		if !isPrivateUse(r) {
			b.WriteRune(r)
		}
	}
	return b.String(), n
}

// finish normalises every line, removes private-use glyphs (with a
// warning), drops lines left empty, and warns about garbled text.
func finish(d *Document) {
	if d == nil {
		return
	}
	out := d.Lines[:0]
	pua := map[int]int{}
	bad, total := 0, 0
	for _, l := range d.Lines {
		t, n := stripPrivateUse(l.Text)
		if n > 0 {
			pua[l.Page] += n
		}
		t = Normalize(t)
		if strings.TrimSpace(t) == "" {
			continue
		}
		if l.ListItem {
			rest := strings.TrimSpace(strings.TrimPrefix(t, "•"))
			if rest == "" {
				continue
			}
			t = "• " + rest
		}
		for _, r := range t {
			total++
			if r == utf8.RuneError || (r < 0x20 && r != '\t') {
				bad++
			}
		}
		l.Text = t
		out = append(out, l)
	}
	d.Lines = out
	if len(pua) > 0 {
		pages := make([]int, 0, len(pua))
		sum := 0
		for p, n := range pua {
			pages = append(pages, p)
			sum += n
		}
		page := 0
		if len(pages) == 1 {
			page = pages[0]
		}
		d.warn(PrivateUseGlyphs, page, "removed %d icon glyph(s) from a private-use font (Font Awesome or similar); an ATS sees them as garbage, use words such as \"Email:\" instead", sum)
	}
	if total > 0 && bad*20 > total && !d.HasWarning(GarbledText) {
		d.warn(GarbledText, 0, "%d of %d characters could not be decoded; an ATS sees garbled text", bad, total)
	}
	if len(d.Lines) == 0 && !d.HasWarning(NoTextLayer) {
		d.warn(NoTextLayer, 0, "no text found; an ATS sees an empty resume")
	}
	if d.Lines == nil {
		d.Lines = []Line{}
	}
}
