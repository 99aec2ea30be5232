package markdown

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumekit/resumekit/resume"
)

// This file turns resume text into CommonMark inline content. Plain fields
// (names, positions, skills) are escaped; markup fields (summaries,
// highlights) are parsed into runs by resume.Inline and written back with
// delimiters only where CommonMark will read them as intended. The rules
// follow the CommonMark spec (0.31): backslash escapes, the flanking rules
// for "*" delimiter runs, autolinks and link destinations.

// clean makes s safe to write: invalid UTF-8 and NUL become U+FFFD (as a
// CommonMark reader would show them), and every run of ASCII whitespace,
// line breaks included, becomes one space, trimmed at both ends.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	if !needsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isASCIISpace(c) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
	}
	return b.String()
}

// needsCollapse reports whether s has whitespace other than single inner
// spaces.
func needsCollapse(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if s[i+1] == ' ' {
				return true
			}
		} else if isASCIISpace(c) {
			return true
		}
	}
	return false
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// escapeTo appends s to b with every character that could start inline
// syntax backslash-escaped. "&" is escaped only where it would start an
// entity or character reference.
func escapeTo(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '_':
			// An underscore inside a word ("x86_64", "snake_case") can
			// neither open nor close emphasis (CommonMark 6.2: a "_" run
			// both left- and right-flanking needs punctuation beside it),
			// so it stays as typed: readers that show Markdown source
			// (and ATS text extractors) see the word unchanged.
			if i > 0 && i+1 < len(s) && isAlnum(s[i-1]) && isAlnum(s[i+1]) {
				b = append(b, c)
				continue
			}
			b = append(b, '\\', c)
		case '\\', '`', '*', '[', ']', '<':
			b = append(b, '\\', c)
		case '&':
			if entityLike(s[i+1:]) {
				b = append(b, '\\')
			}
			b = append(b, c)
		default:
			b = append(b, c)
		}
	}
	return b
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// entityLike reports whether s (the text after an "&") starts like an
// entity or numeric character reference: "name;" or "#...;".
func entityLike(s string) bool {
	n := 0
	for n < len(s) && n < 40 {
		c := s[n]
		if c == ';' {
			return n > 0
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#') {
			return false
		}
		n++
	}
	return false
}

// plain renders a field without markup as escaped inline Markdown.
func plain(s string) string {
	s = clean(s)
	if s == "" {
		return ""
	}
	return string(escapeTo(make([]byte, 0, len(s)+8), s))
}

// markup renders one paragraph of a markup field as inline Markdown.
func markup(s string) string {
	return string(appendMarkup(nil, s))
}

// appendMarkup appends one paragraph of a markup field as inline Markdown.
func appendMarkup(b []byte, s string) []byte {
	s = clean(s)
	if !strings.ContainsAny(s, "*[<\\") {
		return escapeTo(b, s) // no markup: the text is its own run
	}
	return appendRuns(b, resume.Inline(s))
}

// appendPlain appends a field without markup as escaped inline Markdown.
func appendPlain(b []byte, s string) []byte {
	return escapeTo(b, clean(s))
}

// appendRuns writes runs, grouping the runs of one link into one link.
func appendRuns(b []byte, runs []resume.Run) []byte {
	for i := 0; i < len(runs); {
		j := i + 1
		for j < len(runs) && runs[j].Link == runs[i].Link {
			j++
		}
		if link := runs[i].Link; link != "" {
			b = appendLink(b, runs[i:j], link)
		} else {
			next := ' ' // end of the paragraph counts as whitespace
			if j < len(runs) {
				next = '[' // a link follows; it starts with "[" or "<"
			}
			b = appendStyled(b, runs[i:j], next)
		}
		i = j
	}
	return b
}

// appendStyled writes runs with their bold and italic delimiters. A run
// whose delimiters CommonMark would not read as emphasis in this place (by
// the flanking rules), or that would touch the previous run's closing
// delimiter, is written without emphasis: its text always survives. after
// is the character that follows the last run.
func appendStyled(b []byte, runs []resume.Run, after rune) []byte {
	closedAt := -1 // len(b) right after the last closing delimiter
	for k, r := range runs {
		start := len(b)
		b = escapeTo(b, r.Text)
		if !r.Bold && !r.Italic {
			continue
		}
		esc := string(b[start:])
		b = b[:start]
		core := strings.TrimLeftFunc(esc, unicode.IsSpace)
		lead := esc[:len(esc)-len(core)]
		core = strings.TrimRightFunc(core, unicode.IsSpace)
		trail := esc[len(lead)+len(core):]

		next := after
		switch {
		case trail != "":
			next, _ = utf8.DecodeRuneInString(trail)
		case k+1 < len(runs):
			next = firstEscaped(runs[k+1].Text)
		}
		prev := ' '
		if lead != "" {
			prev, _ = utf8.DecodeLastRuneInString(lead)
		} else if start > 0 {
			prev, _ = utf8.DecodeLastRune(b[:start])
		}
		first, _ := utf8.DecodeRuneInString(core)
		last, _ := utf8.DecodeLastRuneInString(core)
		if core == "" || (lead == "" && closedAt == start) ||
			!leftFlanking(prev, first) || !rightFlanking(last, next) {
			b = append(b, esc...)
			continue
		}
		delim := "*"
		switch {
		case r.Bold && r.Italic:
			delim = "***"
		case r.Bold:
			delim = "**"
		}
		b = append(b, lead...)
		b = append(b, delim...)
		b = append(b, core...)
		b = append(b, delim...)
		b = append(b, trail...)
		if trail == "" {
			closedAt = len(b)
		}
	}
	return b
}

// firstEscaped is the first character of s as escapeTo writes it.
func firstEscaped(s string) rune {
	if s == "" {
		return ' '
	}
	switch s[0] {
	case '\\', '`', '*', '_', '[', ']', '<':
		return '\\'
	case '&':
		if entityLike(s[1:]) {
			return '\\'
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// leftFlanking reports whether a "*" run between prev and next can open
// emphasis (CommonMark 6.2, left-flanking delimiter run).
func leftFlanking(prev, next rune) bool {
	return !isSpace(next) && (!isPunct(next) || isSpace(prev) || isPunct(prev))
}

// rightFlanking reports whether a "*" run between prev and next can close
// emphasis (right-flanking delimiter run).
func rightFlanking(prev, next rune) bool {
	return !isSpace(prev) && (!isPunct(prev) || isSpace(next) || isPunct(next))
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

func isPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return strings.ContainsRune("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", r)
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// appendLink writes the runs of one link as an autolink when the text is
// the address itself, else as [text](destination).
func appendLink(b []byte, runs []resume.Run, link string) []byte {
	if len(runs) == 1 && !runs[0].Bold && !runs[0].Italic {
		t := runs[0].Text
		if (t == link && uriAutolink(t)) || ("mailto:"+t == link && emailAutolink(t)) {
			b = append(b, '<')
			b = append(b, t...)
			return append(b, '>')
		}
	}
	if n := len(b); n > 0 && b[n-1] == '!' {
		// "![" would open an image; "!" is never escaped otherwise.
		b = append(b[:n-1], '\\', '!')
	}
	b = append(b, '[')
	b = appendStyled(b, runs, ']')
	b = append(b, ']', '(')
	b = appendDestination(b, link)
	return append(b, ')')
}

// appendDestination writes a link destination: bare with "\", "(", ")",
// "<" and ">" escaped, or in pointy brackets when it holds spaces or
// control characters.
func appendDestination(b []byte, u string) []byte {
	pointy := false
	for i := 0; i < len(u); i++ {
		if u[i] <= ' ' || u[i] == 0x7f {
			pointy = true
			break
		}
	}
	if pointy {
		b = append(b, '<')
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch c {
		case '\n', '\r':
			b = append(b, ' ') // a destination cannot hold a line break
			continue
		case '\\', '<', '>':
			b = append(b, '\\')
		case '(', ')':
			if !pointy {
				b = append(b, '\\')
			}
		}
		b = append(b, c)
	}
	if pointy {
		b = append(b, '>')
	}
	return b
}

// uriAutolink reports whether <s> is a CommonMark URI autolink: a scheme of
// 2 to 32 characters, ":", and no spaces, controls, "<" or ">".
func uriAutolink(s string) bool {
	i := 0
	for i < len(s) && i <= 32 {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-') {
			i++
			continue
		}
		break
	}
	if i < 2 || i > 32 || i >= len(s) || s[i] != ':' {
		return false
	}
	for j := i + 1; j < len(s); j++ {
		if c := s[j]; c <= ' ' || c == 0x7f || c == '<' || c == '>' {
			return false
		}
	}
	return true
}

// emailAutolink reports whether <s> is a CommonMark email autolink. It is
// stricter than the spec in the local part, which is safe: a false answer
// only means the address is written as a [text](mailto:) link.
func emailAutolink(s string) bool {
	at := strings.IndexByte(s, '@')
	if at < 1 || at > 64 {
		return false
	}
	for i := 0; i < at; i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-' || c == '_' || c == '%') {
			return false
		}
	}
	domain := s[at+1:]
	if domain == "" || len(domain) > 253 {
		return false
	}
	for _, label := range strings.Split(domain, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// lineStart escapes what would make inline content, put at the start of a
// paragraph or list item, open a block instead: an ATX heading, a block
// quote, a list item, a thematic break or a code fence.
func lineStart(s string) string {
	if at := lineStartAt(s); at >= 0 {
		return s[:at] + `\` + s[at:]
	}
	return s
}

// lineStartAt returns where lineStart puts its backslash, or -1.
func lineStartAt[T string | []byte](s T) int {
	if len(s) == 0 {
		return -1
	}
	switch c := s[0]; c {
	case '#':
		n := 0
		for n < len(s) && s[n] == '#' {
			n++
		}
		if n <= 6 && (n == len(s) || s[n] == ' ') {
			return 0
		}
	case '>':
		return 0
	case '-', '+':
		if len(s) == 1 || s[1] == ' ' || thematic(s) {
			return 0
		}
	case '~':
		if len(s) >= 3 && s[1] == '~' && s[2] == '~' {
			return 0
		}
	default:
		if c >= '0' && c <= '9' {
			n := 0
			for n < len(s) && s[n] >= '0' && s[n] <= '9' {
				n++
			}
			if n <= 9 && n < len(s) && (s[n] == '.' || s[n] == ')') && (n+1 == len(s) || s[n+1] == ' ') {
				return n
			}
		}
	}
	return -1
}

// thematic reports whether s is a "---" thematic break (three or more "-"
// and nothing else but spaces).
func thematic[T string | []byte](s T) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-':
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

// headingText escapes what an ATX heading would drop from its content: a
// closing sequence of "#" at the end.
func headingText(s string) string {
	t := strings.TrimRight(s, "#")
	if t == s || (t != "" && t[len(t)-1] != ' ') {
		return s
	}
	return t + `\` + s[len(t):]
}
