package extract

import (
	"strings"
	"testing"
)

func TestCombineAccents(t *testing.T) {
	// g is a glyph of width 5 at x on the baseline 100 (size 10).
	g := func(text string, x float64) glyph { return glyph{text: text, x: x, y: 100, w: 5, size: 10} }
	text := func(gs []glyph) string {
		var b strings.Builder
		for _, x := range gs {
			b.WriteString(x.text)
		}
		return b.String()
	}
	for _, c := range []struct {
		name string
		in   []glyph
		want string
	}{
		{"TeX: accent first", []glyph{g("B", 0), g("o", 5), g("˘", 10), g("g", 10), g("a", 15)}, "Boğa"},
		{"accent after the letter", []glyph{g("c", 0), g("¸", 0.5), g("a", 5)}, "ça"},
		{"dotless i", []glyph{g("´", 0), g("ı", 0)}, "í"},
		{"capital, accent raised", []glyph{g("É", 20), {text: "´", x: 0, y: 93, w: 5, size: 10}, g("E", 0.5)}, "ÉÉ"},
		{"a backtick beside a letter stays", []glyph{g("`", 0), g("x", 6)}, "`x"},
		{"an accent on another line stays", []glyph{{text: "¨", x: 0, y: 80, w: 5, size: 10}, g("u", 0)}, "¨u"},
		{"no accents", []glyph{g("a", 0), g("b", 5)}, "ab"},
		{"one accent, two letters under it: the next one takes it", []glyph{g("a", 0), g("ˆ", 0), g("o", 0)}, "aô"},
	} {
		if got := text(combineAccents(c.in)); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
