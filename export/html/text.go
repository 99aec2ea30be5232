package html

import (
	"strings"
	"unicode/utf8"

	"github.com/resumekit/resumekit/resume"
)

// This file turns resume text into escaped HTML: plain fields as text,
// markup fields as <strong>, <em> and <a> around the runs resume.Inline
// finds, and URLs as attribute values that are only ever links.

// clean makes s safe and tidy to write: invalid UTF-8, NUL, the other
// control characters and Unicode noncharacters (all parse errors in HTML)
// become U+FFFD, and every run of whitespace, line breaks included,
// becomes one space, trimmed at both ends, as a browser shows it.
func clean(s string) string {
	if !needsClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s { // invalid UTF-8 comes as utf8.RuneError, U+FFFD
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f':
			space = true
			continue
		case badRune(r):
			r = utf8.RuneError
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// needsClean reports whether clean would change s.
func needsClean(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if s[i+1] == ' ' {
				return true
			}
		case c < 0x20 || c == 0x7F:
			return true
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || badRune(r) {
				return true
			}
			i += n - 1
		}
	}
	return false
}

// badRune reports the characters an HTML parser reports as errors in
// text: controls other than whitespace, and noncharacters.
func badRune(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r' && r != '\f'
	case r >= 0x7F && r <= 0x9F:
		return true
	case r >= 0xFDD0 && r <= 0xFDEF:
		return true
	case r&0xFFFE == 0xFFFE:
		return true
	}
	return false
}

// appendText appends s (already cleaned) escaped as HTML text.
func appendText(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b = append(b, "&amp;"...)
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		default:
			b = append(b, c)
		}
	}
	return b
}

// appendAttr appends s escaped as a double-quoted attribute value.
func appendAttr(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b = append(b, "&amp;"...)
		case '"':
			b = append(b, "&quot;"...)
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		default:
			b = append(b, c)
		}
	}
	return b
}

// appendJoined appends the non-empty cleaned values, escaped, joined by sep.
func appendJoined(b []byte, values []string, sep string) []byte {
	start := len(b)
	for _, v := range values {
		v = clean(v)
		if v == "" {
			continue
		}
		if len(b) > start {
			b = append(b, sep...)
		}
		b = appendText(b, v)
	}
	return b
}

// appendMarkup appends one paragraph of a markup field: its runs, bold as
// <strong>, italic as <em>, and the runs of one link inside one <a> (plain
// text when the target is not a safe link).
func appendMarkup(b []byte, s string) []byte {
	s = clean(s)
	if !strings.ContainsAny(s, "*[<\\") {
		return appendText(b, s) // no markup: the text is its own run
	}
	runs := resume.Inline(s)
	for i := 0; i < len(runs); {
		j := i + 1
		for j < len(runs) && runs[j].Link == runs[i].Link {
			j++
		}
		href, ok := "", false
		if runs[i].Link != "" {
			href, ok = safeURL(runs[i].Link)
		}
		if ok {
			b = appendLinkOpen(b, href)
		}
		for _, r := range runs[i:j] {
			b = appendRun(b, r)
		}
		if ok {
			b = append(b, "</a>"...)
		}
		i = j
	}
	return b
}

// appendRun appends one run with its bold and italic elements.
func appendRun(b []byte, r resume.Run) []byte {
	t := strings.Trim(r.Text, " ") // the paragraph is clean: single spaces only
	if t == "" {
		if r.Text != "" {
			b = append(b, ' ') // a run of only whitespace between two others
		}
		return b
	}
	// Keep the run's outer spaces outside its elements.
	if r.Text[0] == ' ' {
		b = append(b, ' ')
	}
	if r.Bold {
		b = append(b, "<strong>"...)
	}
	if r.Italic {
		b = append(b, "<em>"...)
	}
	b = appendText(b, t)
	if r.Italic {
		b = append(b, "</em>"...)
	}
	if r.Bold {
		b = append(b, "</strong>"...)
	}
	if r.Text[len(r.Text)-1] == ' ' {
		b = append(b, ' ')
	}
	return b
}

// appendLinkOpen appends <a href="..."> for a URL safeURL accepted.
func appendLinkOpen(b []byte, href string) []byte {
	b = append(b, `<a href="`...)
	b = appendAttr(b, href)
	return append(b, `">`...)
}

// safeSchemes are the link targets the page keeps. Anything else, notably
// javascript: and data: URLs, is written as plain text.
var safeSchemes = []string{"http", "https", "mailto", "tel"}

// safeURL returns u as an href: trimmed, its spaces, quotes and other
// characters that may not stand in a URL percent-encoded. A URL without a
// scheme that looks like a host name ("example.com/ada") gets https://.
// ok is false for an empty URL, an unsafe scheme, or a bare word.
func safeURL(u string) (string, bool) {
	u = clean(u)
	if u == "" {
		return "", false
	}
	scheme := ""
	if i := strings.IndexAny(u, ":/?#"); i > 0 && u[i] == ':' {
		scheme = strings.ToLower(u[:i])
	}
	switch {
	case scheme == "":
		host := u
		if i := strings.IndexAny(host, "/?#"); i >= 0 {
			host = host[:i]
		}
		if strings.HasPrefix(u, "/") || !strings.Contains(host, ".") || strings.ContainsAny(host, " @") {
			return "", false
		}
		u = "https://" + u
	case !oneOf(scheme, safeSchemes):
		return "", false
	}
	return encodeURL(u), true
}

// encodeURL percent-encodes the bytes that may not stand in a URL: spaces
// and controls, quotes, angle brackets, backslashes, "^", "`", "{", "|",
// "}", and a "%" that starts no escape.
func encodeURL(u string) string {
	var b strings.Builder
	b.Grow(len(u) + 8)
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c <= ' ', c == 0x7F, c == '"', c == '<', c == '>', c == '\\', c == '^', c == '`', c == '{', c == '|', c == '}',
			c == '%' && !(i+2 < len(u) && isHexDigit(u[i+1]) && isHexDigit(u[i+2])):
			const hex = "0123456789ABCDEF"
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func oneOf(s string, set []string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// telURL returns a tel: URL for a phone number with at least five digits,
// keeping only its digits and a leading plus; "" when it has too few.
func telURL(p string) string {
	var b strings.Builder
	b.WriteString("tel:")
	digits := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
			digits++
		case c == '+' && digits == 0 && b.Len() == 4:
			b.WriteByte(c)
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			return "" // "ext.", a vanity number: not a plain number
		}
	}
	if digits < 5 {
		return ""
	}
	return b.String()
}

// lang returns the page's language tag: the style's language when it is a
// plausible BCP 47 tag, else "en".
func lang(l string) string {
	if l == "" || len(l) > 35 {
		return "en"
	}
	for i := 0; i < len(l); i++ {
		c := l[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' && i > 0) {
			return "en"
		}
	}
	return l
}
