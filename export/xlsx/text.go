package xlsx

import (
	"strings"
	"unicode/utf8"
)

// maxCellChars is Excel's limit on the length of a cell's text, in UTF-16
// code units.
const maxCellChars = 32767

// clean makes s safe for a cell: invalid UTF-8 becomes U+FFFD, "\r\n" and
// "\r" become "\n", the characters XML 1.0 forbids (C0 controls other than
// tab and newline, U+FFFE and U+FFFF) are dropped, and the text is cut to
// Excel's cell limit at a character boundary.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	units := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			r = '\n'
		case r == utf8.RuneError && size == 1:
			// invalid byte: keep it visible as U+FFFD
		case !xmlChar(r):
			continue
		}
		n := 1
		if r > 0xFFFF {
			n = 2
		}
		if units+n > maxCellChars {
			break
		}
		units += n
		b.WriteRune(r)
	}
	return b.String()
}

// escapeOOXML protects text that reads like an OOXML character escape
// ("_x0041_" stands for "A" in a cell) by escaping its underscore as
// "_x005F_", so readers show it literally. excelize v2.11.1 does not do
// this for shared strings.
func escapeOOXML(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && looksEscape(s[i:]) {
			b.WriteString("_x005F")
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// looksEscape reports whether s starts with "_x" + four hex digits + "_".
func looksEscape(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// isClean reports whether clean(s) == s, without allocating.
func isClean(s string) bool {
	if len(s) > maxCellChars || !utf8.ValidString(s) {
		return false // a long text may be too long in UTF-16 units: clean counts
	}
	for _, r := range s {
		if !xmlChar(r) {
			return false
		}
	}
	return true
}

// xmlChar reports whether r may appear in an XML 1.0 document.
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return r <= 0x10FFFF
}

// width estimates how many character widths s needs on its longest line:
// East Asian wide characters count double.
func width(s string) int {
	best, cur := 0, 0
	for _, r := range s {
		switch {
		case r == '\n':
			best, cur = max(best, cur), 0
		case isWide(r):
			cur += 2
		default:
			cur++
		}
	}
	return max(best, cur)
}

func isWide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115F || (r >= 0x2E80 && r <= 0xA4CF) ||
		(r >= 0xAC00 && r <= 0xD7A3) || (r >= 0xF900 && r <= 0xFAFF) ||
		(r >= 0xFE30 && r <= 0xFE4F) || (r >= 0xFF00 && r <= 0xFF60) ||
		(r >= 0xFFE0 && r <= 0xFFE6) || (r >= 0x20000 && r <= 0x3FFFD))
}
