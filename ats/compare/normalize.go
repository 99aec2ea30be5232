package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// exact is the light normalisation under which a string counts as having
// survived unchanged: Unicode NFC, no soft hyphens or zero-width
// characters, and every run of white space (no-break spaces included) as
// one space.
func exact(s string) string {
	if isExact(s) {
		return s
	}
	return exactSlow(s)
}

// exactSlow is exact without the shortcut for strings already in form.
func exactSlow(s string) string {
	if !isASCII(s) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff':
			continue
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2007':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isExact reports whether exact(s) is s, for the common case: printable
// ASCII, single spaces between words, none at the ends.
func isExact(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= utf8.RuneSelf || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// fold is the heavy normalisation under which a string counts as
// Normalized: NFKC (ligatures, full-width forms), dashes unified, lower
// case, and every character but letters, digits and @ . + - / # turned
// into a space (so quotes, bullets and icon glyphs from private-use fonts
// vanish), white space collapsed. It follows the matching rules of
// RenderCV's ATS evaluation.
func fold(s string) string {
	if !isASCII(s) {
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i, r := range s {
		switch {
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff':
			continue
		case isDash(r) && loneDash(s, i):
			space = true // a dash between spaces is punctuation, like a bullet
			continue
		case isDash(r):
			r = '-'
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_':
			r = unicode.ToLower(r)
		case strings.ContainsRune("@.+-/#", r):
		default:
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isDash reports whether r is a hyphen, a dash or a minus sign.
func isDash(r rune) bool {
	return r == '-' || r >= '\u2010' && r <= '\u2015' || r == '\u2212' || r == '\ufe58' || r == '\ufe63' || r == '\uff0d'
}

// loneDash reports whether the dash at byte offset i of s stands between
// spaces (or at an end), as in "impact - ICML" or "2019 – 2021".
func loneDash(s string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	_, size := utf8.DecodeRuneInString(s[i:])
	after, _ := utf8.DecodeRuneInString(s[i+size:])
	return (i == 0 || unicode.IsSpace(before)) && (i+size == len(s) || unicode.IsSpace(after))
}

// isWord reports whether r is part of a word for boundary checks. Han,
// Hiragana and Katakana are not: that text has no spaces between words,
// so a value may start or end anywhere in it.
func isWord(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && !spaceless(r)
}

// find returns the byte offset of the first occurrence of pat in text at
// or after from that stands as whole words: a pattern starting (ending)
// with a letter or digit must not be preceded (followed) by one, so "Go"
// is not found in "Google". It returns -1 when there is none.
func find(text, pat string, from int) int {
	if pat == "" || from > len(text) {
		return -1
	}
	first, _ := utf8.DecodeRuneInString(pat)
	last, _ := utf8.DecodeLastRuneInString(pat)
	for i := from; i <= len(text)-len(pat); {
		j := strings.Index(text[i:], pat)
		if j < 0 {
			return -1
		}
		at := i + j
		ok := true
		if isWord(first) && at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:at]); isWord(r) {
				ok = false
			}
		}
		if ok && isWord(last) && at+len(pat) < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[at+len(pat):]); isWord(r) {
				ok = false
			}
		}
		if ok {
			return at
		}
		_, size := utf8.DecodeRuneInString(text[at:])
		i = at + size
	}
	return -1
}

// tokens splits a folded string into words, dropping hyphens inside words
// and leading or trailing . , / so that "Co-Founder" matches "Cofounder".
func tokens(s string) []string {
	f := strings.Fields(fold(s))
	out := f[:0]
	for _, t := range f {
		t = strings.Trim(strings.ReplaceAll(t, "-", ""), ".,/")
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// tokenF1 is the F1 score of the two strings' token multisets, 0 to 1.
func tokenF1(a, b string) float64 {
	ta, tb := tokens(a), tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, t := range ta {
		count[t]++
	}
	common := 0
	for _, t := range tb {
		if count[t] > 0 {
			count[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(tb))
	r := float64(common) / float64(len(ta))
	return 2 * p * r / (p + r)
}

// digits keeps the digits of s.
func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bareURL drops the scheme, a leading "www." and trailing slashes, and
// lower-cases the host part, for comparing URLs as people read them.
func bareURL(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"https://", "http://", "mailto:"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			s = s[len(p):]
			break
		}
	}
	s = strings.TrimPrefix(s, "www.")
	s = strings.TrimRight(s, "/")
	if i := strings.IndexByte(s, '/'); i >= 0 {
		return strings.ToLower(s[:i]) + s[i:]
	}
	return strings.ToLower(s)
}
