package resume

import "strings"

// Run is a piece of inline text with one style. Link is the target URL when
// the run is the text of a link.
type Run struct {
	Text   string
	Bold   bool
	Italic bool
	Link   string
}

// Inline parses the inline markup a text field may hold — **bold**,
// *italic*, [text](url), <https://autolink> and backslash escapes — into
// runs. Adjacent runs with the same style are merged. Unmatched delimiters
// are kept as literal text, so any string is valid input.
func Inline(s string) []Run {
	p := inlineParser{budget: 16*len(s) + 4096}
	p.parse(s, false, false, "")
	return p.runs
}

// EachParagraph calls f with each paragraph of a markup field, in order:
// the runs of lines between blank lines (lines of only spaces, tabs, CR,
// VT or FF). Each paragraph keeps its line breaks.
func EachParagraph(s string, f func(string)) {
	start := -1 // start of the current paragraph
	for i := 0; i <= len(s); {
		end := strings.IndexByte(s[i:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += i
		}
		if strings.Trim(s[i:end], " \t\r\v\f") == "" {
			if start >= 0 {
				f(s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i = end + 1
	}
	if start >= 0 {
		f(s[start:])
	}
}

// Plain returns the text of s without its inline markup: what a reader sees.
func Plain(s string) string {
	if !strings.ContainsAny(s, "*[<\\") {
		return s
	}
	var b strings.Builder
	for _, r := range Inline(s) {
		b.WriteString(r.Text)
	}
	return b.String()
}

type inlineParser struct {
	runs []Run
	// budget bounds the bytes scanned looking for closing delimiters, so
	// that hostile input ("*a **b *a **b ...") costs linear time: once it
	// is spent, the remaining delimiters are kept as literal text.
	budget int
	buf    strings.Builder // text of the run being merged into
	open   int             // len(runs) when buf was started; 0 for none
}

func (p *inlineParser) emit(text string, bold, italic bool, link string) {
	if text == "" {
		return
	}
	if n := len(p.runs); n > 0 {
		last := &p.runs[n-1]
		if last.Bold == bold && last.Italic == italic && last.Link == link {
			// Merge through a builder: repeated += would be quadratic.
			if p.open != n {
				p.buf.Reset()
				p.buf.WriteString(last.Text)
				p.open = n
			}
			p.buf.WriteString(text)
			last.Text = p.buf.String()
			return
		}
	}
	p.runs = append(p.runs, Run{Text: text, Bold: bold, Italic: italic, Link: link})
}

// parse walks s, emitting runs with the given outer style.
func (p *inlineParser) parse(s string, bold, italic bool, link string) {
	var lit strings.Builder
	flush := func() {
		p.emit(lit.String(), bold, italic, link)
		lit.Reset()
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isPunct(s[i+1]):
			lit.WriteByte(s[i+1])
			i += 2
			continue
		case c == '*' && strings.HasPrefix(s[i:], "***"):
			// "***x***" and "***x** y*": try the italic span outside
			// first, then the bold one ("***x* y**").
			if end := p.closing(s, i+1, "*"); end > i+1 {
				flush()
				p.parse(s[i+1:end], bold, true, link)
				i = end + 1
				continue
			}
			if end := p.closing(s, i+2, "**"); end > i+2 {
				flush()
				p.parse(s[i+2:end], true, italic, link)
				i = end + 2
				continue
			}
		case c == '*' && strings.HasPrefix(s[i:], "**"):
			if end := p.closing(s, i+2, "**"); end > i+2 {
				flush()
				p.parse(s[i+2:end], true, italic, link)
				i = end + 2
				continue
			}
		case c == '*':
			if end := p.closing(s, i+1, "*"); end > i+1 {
				flush()
				p.parse(s[i+1:end], bold, true, link)
				i = end + 1
				continue
			}
		case c == '[' && link == "":
			textEnd := -1
			if p.budget > 0 {
				textEnd = strings.Index(s[i:], "](")
				p.budget -= scanned(textEnd, len(s)-i)
			}
			if textEnd > 0 {
				textEnd += i
				urlEnd := strings.IndexByte(s[textEnd+2:], ')')
				p.budget -= scanned(urlEnd, len(s)-textEnd-2)
				if urlEnd >= 0 {
					url := s[textEnd+2 : textEnd+2+urlEnd]
					if url != "" && !strings.ContainsAny(url, " \n") {
						flush()
						p.parse(s[i+1:textEnd], bold, italic, url)
						i = textEnd + 2 + urlEnd + 1
						continue
					}
				}
			}
		case c == '<' && link == "":
			end := -1
			if p.budget > 0 {
				end = strings.IndexByte(s[i:], '>')
				p.budget -= scanned(end, len(s)-i)
			}
			if end > 0 {
				url := s[i+1 : i+end]
				if isAutolink(url) {
					flush()
					p.emit(url, bold, italic, autolinkTarget(url))
					i += end + 1
					continue
				}
			}
		}
		// Copy the plain text up to the next byte that may start markup in
		// one go.
		next := len(s)
		if k := strings.IndexAny(s[i+1:], "\\*[<"); k >= 0 {
			next = i + 1 + k
		}
		lit.WriteString(s[i:next])
		i = next
	}
	flush()
}

// closing finds the closing delimiter d for an opener ending at from: the
// next d that is not preceded by a space and, for a single "*", is not part
// of "**". It returns -1 when there is none.
func (p *inlineParser) closing(s string, from int, d string) int {
	if from >= len(s) || s[from] == ' ' {
		return -1
	}
	for i := from; i < len(s); i++ {
		if p.budget--; p.budget < 0 {
			return -1
		}
		if s[i] == '\\' {
			i++
			continue
		}
		if d == "*" && strings.HasPrefix(s[i:], "**") && !strings.HasPrefix(s[i:], "***") && s[i-1] == ' ' {
			// skip a nested bold span (" **x**") as a whole
			if end := p.closing(s, i+2, "**"); end > 0 {
				i = end + 1
				continue
			}
			i++
			continue
		}
		if !strings.HasPrefix(s[i:], d) || s[i-1] == ' ' {
			continue
		}
		if d == "**" && strings.HasPrefix(s[i:], "***") {
			return i + 1 // "***x***": the italic closes first
		}
		if d == "*" && strings.HasPrefix(s[i:], "**") {
			// a "**" after text: a nested bold span, or the italic's
			// closer followed by a bold closer ("**x *y***")
			if end := p.closing(s, i+2, "**"); end > 0 {
				i = end + 1
				continue
			}
		}
		return i
	}
	return -1
}

func isPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

func isAutolink(u string) bool {
	if strings.ContainsAny(u, " <\n") {
		return false
	}
	return strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") ||
		strings.HasPrefix(u, "mailto:") || (strings.Contains(u, "@") && strings.Contains(u, "."))
}

func autolinkTarget(u string) string {
	if strings.Contains(u, "@") && !strings.Contains(u, ":") {
		return "mailto:" + u
	}
	return u
}

// scanned is how many bytes a search that returned at (or -1) over rest
// bytes looked at.
func scanned(at, rest int) int {
	if at < 0 {
		return rest + 1
	}
	return at + 1
}
