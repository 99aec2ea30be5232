package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is the lowest layer of the OOXML writer: an append-only byte
// buffer with XML escaping, and the text hygiene every string goes through
// before it reaches a part. Everything above it (body.go, styles.go,
// package.go) writes elements through these helpers, so escaping and
// character filtering live in one place.

// xmlw is an append-only XML writer. Callers write markup with s and
// untrusted text with text or attr, which escape.
type xmlw struct{ b []byte }

// s appends trusted markup as is.
func (x *xmlw) s(markup string) { x.b = append(x.b, markup...) }

// int appends a decimal integer.
func (x *xmlw) int(n int) { x.b = strconv.AppendInt(x.b, int64(n), 10) }

// text appends character data, escaping &, < and >. The string must
// already have been through clean.
func (x *xmlw) text(s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		default:
			continue
		}
		x.b = append(x.b, s[last:i]...)
		x.b = append(x.b, esc...)
		last = i + 1
	}
	x.b = append(x.b, s[last:]...)
}

// attr appends an attribute value (without the quotes), escaping what a
// double-quoted attribute needs, and white-space characters as character
// references so that attribute normalisation does not change them. The
// string must already have been through clean.
func (x *xmlw) attr(s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&quot;"
		case '\t':
			esc = "&#9;"
		case '\n':
			esc = "&#10;"
		case '\r':
			esc = "&#13;"
		default:
			continue
		}
		x.b = append(x.b, s[last:i]...)
		x.b = append(x.b, esc...)
		last = i + 1
	}
	x.b = append(x.b, s[last:]...)
}

// element appends <name>text</name> with the text cleaned and escaped.
func (x *xmlw) element(name, text string) {
	x.b = append(x.b, '<')
	x.b = append(x.b, name...)
	x.b = append(x.b, '>')
	x.text(clean(text))
	x.b = append(x.b, "</"...)
	x.b = append(x.b, name...)
	x.b = append(x.b, '>')
}

// xmlChar reports whether XML 1.0 allows rune r in a document
// (production [2] Char of the XML 1.0 recommendation).
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r <= 0xD7FF:
		return true
	case r < 0xE000:
		return false // surrogates
	case r <= 0xFFFD:
		return true
	case r < 0x10000:
		return false // U+FFFE, U+FFFF
	}
	return r <= 0x10FFFF
}

// clean returns s with the characters XML 1.0 forbids removed (C0 controls
// other than tab, newline and carriage return; U+FFFE; U+FFFF) and each
// byte of invalid UTF-8 replaced by U+FFFD, so that no input can make the
// XML ill-formed. All other Unicode is kept. It does not allocate when s
// is already clean.
func clean(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return cleanSlow(s, i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || !xmlChar(r) {
			return cleanSlow(s, i)
		}
		i += n
	}
	return s
}

// cleanSlow is clean from the first offending byte at i on.
func cleanSlow(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case xmlChar(r):
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// flat returns s cleaned, with tabs, newlines and carriage returns turned
// into spaces and the ends trimmed: the form of a one-line field (a name,
// a position) and of one paragraph of prose. Tabs are reserved for the
// layout tab before a date range, so text never carries one.
func flat(s string) string {
	s = clean(s)
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, s)
	}
	return strings.TrimSpace(s)
}

// paragraphs splits prose into paragraphs at blank lines. Lines inside a
// paragraph are joined with a space, as Markdown does with a soft break.
// Each paragraph is flat; blank input gives none.
func paragraphs(s string) []string {
	if !strings.Contains(s, "\n") {
		if p := flat(s); p != "" {
			return []string{p}
		}
		return nil
	}
	var out []string
	var cur []string
	emit := func() {
		if len(cur) > 0 {
			if p := flat(strings.Join(cur, " ")); p != "" {
				out = append(out, p)
			}
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(clean(line)) == "" {
			emit()
			continue
		}
		cur = append(cur, strings.TrimSpace(line))
	}
	emit()
	return out
}

// linkTarget turns a URL from the resume into a relationship target, or ""
// when it should not become a link: only http, https, mailto, tel and ftp
// targets are linked (never javascript: or file:). A bare host such as
// "example.com/me" gets https://, a bare address gets mailto:. Characters
// that are not allowed in a URI reference (and a "%" that starts no
// escape) are percent-encoded; other
// Unicode is kept (an IRI), which Word and LibreOffice accept.
func linkTarget(u string) string {
	u = flat(u)
	if u == "" {
		return ""
	}
	if scheme, ok := uriScheme(u); ok {
		switch strings.ToLower(scheme) {
		case "http", "https", "mailto", "tel", "ftp":
		default:
			return ""
		}
	} else if strings.Contains(u, "@") && !strings.Contains(u, "/") {
		u = "mailto:" + u
	} else {
		u = "https://" + u
	}
	const hex = "0123456789ABCDEF"
	var b []byte
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c <= ' ' || c == 0x7f || strings.IndexByte("\"<>\\^`{|}", c) >= 0 ||
			(c == '%' && (i+2 >= len(u) || !isHex(u[i+1:i+3]))) {
			if b == nil {
				b = append(make([]byte, 0, len(u)+8), u[:i]...)
			}
			b = append(b, '%', hex[c>>4], hex[c&15])
			continue
		}
		if b != nil {
			b = append(b, c)
		}
	}
	if b != nil {
		return string(b)
	}
	return u
}

// uriScheme returns the scheme of u as RFC 3986 defines it (a letter, then
// letters, digits, "+", "-" or ".", then ":"), if u has one. "localhost:8080"
// counts as a scheme, as it does for browsers.
func uriScheme(u string) (string, bool) {
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return u[:i], true
		default:
			return "", false
		}
	}
	return "", false
}
