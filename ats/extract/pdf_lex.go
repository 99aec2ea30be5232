package extract

import (
	"strconv"
)

// This file holds a small tokenizer for PDF content streams and CMaps. It
// is ours rather than the library's Interpret so that it works on a
// bounded byte slice, can be cancelled between operators, skips inline
// images, and never recurses without a depth limit.

// cobj is one content-stream operand.
type cobj struct {
	kind byte // 'n' number, 's' string, '/' name, '[' array, '<' dict, 'b' bool, 'z' null
	num  float64
	str  string // string bytes, or name without the slash
	arr  []cobj // array items, or dict keys and values in turn
}

const (
	maxOperands  = 4096 // operands kept before an operator; more are dropped
	maxNesting   = 32   // arrays/dicts nested deeper are flattened away
	maxArrayItem = 1 << 16
)

type lexer struct {
	b   []byte
	pos int
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isSpace(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// next returns the next operand, or an operator (op != ""), or ok=false at
// the end of the input.
func (l *lexer) next(depth int) (o cobj, op string, ok bool) {
	l.skipSpace()
	if l.pos >= len(l.b) {
		return cobj{}, "", false
	}
	c := l.b[l.pos]
	switch {
	case c == '(':
		return cobj{kind: 's', str: l.literal()}, "", true
	case c == '<' && l.pos+1 < len(l.b) && l.b[l.pos+1] == '<':
		l.pos += 2
		return l.container('<', ">>", depth), "", true
	case c == '<':
		return cobj{kind: 's', str: l.hex()}, "", true
	case c == '[':
		l.pos++
		return l.container('[', "]", depth), "", true
	case c == '/':
		l.pos++
		start := l.pos
		for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
			l.pos++
		}
		return cobj{kind: '/', str: string(l.b[start:l.pos])}, "", true
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		l.pos++
		if c == '>' && l.pos < len(l.b) && l.b[l.pos] == '>' {
			l.pos++
		}
		return cobj{kind: 'z'}, "", true // stray delimiter: ignore
	case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
		start := l.pos
		l.pos++
		for l.pos < len(l.b) {
			c := l.b[l.pos]
			if (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E' {
				l.pos++
				continue
			}
			break
		}
		f, err := strconv.ParseFloat(string(l.b[start:l.pos]), 64)
		if err != nil {
			f = lenientNumber(l.b[start:l.pos])
		}
		return cobj{kind: 'n', num: f}, "", true
	}
	start := l.pos
	for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	if l.pos == start { // unreachable in practice; never spin
		l.pos++
		return cobj{kind: 'z'}, "", true
	}
	kw := l.b[start:l.pos]
	switch string(kw) {
	case "true":
		return cobj{kind: 'b', num: 1}, "", true
	case "false":
		return cobj{kind: 'b'}, "", true
	case "null":
		return cobj{kind: 'z'}, "", true
	}
	return cobj{}, operator(kw), true
}

// operator returns kw as a string, without allocating for the operators a
// page's text is drawn with (the comparison with string(kw) does not copy).
func operator(kw []byte) string {
	for _, op := range commonOperators {
		if string(kw) == op {
			return op
		}
	}
	return string(kw)
}

// commonOperators are the content-stream operators that text and its
// positioning use most.
var commonOperators = [...]string{"Tj", "TJ", "Td", "TD", "Tm", "Tf", "T*", "BT", "ET",
	"q", "Q", "cm", "re", "f", "W", "n", "g", "rg", "k", "Tc", "Tw", "Tz", "TL", "Ts", "Tr",
	"m", "l", "S", "h", "Do", "cs", "sc", "scn", "G", "RG", "K", "CS", "SC", "SCN", "w", "gs"}

// lenientNumber reads numbers such as "--5" or "1.2.3" the way readers do:
// the longest valid prefix, or 0.
func lenientNumber(b []byte) float64 {
	for n := len(b) - 1; n > 0; n-- {
		if f, err := strconv.ParseFloat(string(b[:n]), 64); err == nil {
			return f
		}
	}
	return 0
}

func (l *lexer) container(kind byte, end string, depth int) cobj {
	o := cobj{kind: kind}
	for {
		l.skipSpace()
		if l.pos >= len(l.b) {
			return o
		}
		if l.b[l.pos] == end[0] && (len(end) == 1 || (l.pos+1 < len(l.b) && l.b[l.pos+1] == end[1])) {
			l.pos += len(end)
			return o
		}
		if depth >= maxNesting {
			// Too deep: skip the token without building it.
			l.skipToken()
			continue
		}
		item, op, ok := l.next(depth + 1)
		if !ok {
			return o
		}
		if op != "" {
			continue // an operator inside an array is malformed; drop it
		}
		if len(o.arr) < maxArrayItem {
			o.arr = append(o.arr, item)
		}
	}
}

// skipToken moves past one token without building nested values.
func (l *lexer) skipToken() {
	c := l.b[l.pos]
	switch c {
	case '(':
		l.literal()
	case '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			l.pos += 2
		} else {
			l.hex()
		}
	default:
		l.pos++
		for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
			l.pos++
		}
	}
}

func (l *lexer) literal() string {
	l.pos++ // (
	// Most strings have no escape and no nested parenthesis: take them as
	// they are.
	for i := l.pos; i < len(l.b); i++ {
		c := l.b[i]
		if c == ')' {
			s := string(l.b[l.pos:i])
			l.pos = i + 1
			return s
		}
		if c == '(' || c == '\\' {
			break
		}
	}
	var short [64]byte // on the stack for the usual short string
	out := short[:0]
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
			out = append(out, c)
		case ')':
			depth--
			if depth == 0 {
				return string(out)
			}
			out = append(out, c)
		case '\\':
			if l.pos >= len(l.b) {
				return string(out)
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
			case '\n':
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for i := 0; i < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; i++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					out = append(out, byte(v))
				} else {
					out = append(out, e)
				}
			}
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func (l *lexer) hex() string {
	l.pos++            // <
	var short [64]byte // on the stack: the usual string is a few glyph codes
	out := short[:0]
	var hi byte
	half := false
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v, ok := unhex(c)
		if !ok {
			continue
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		out = append(out, hi<<4)
	}
	return string(out)
}

// skipInlineImage moves past an inline image's data after "ID".
func (l *lexer) skipInlineImage() {
	if l.pos < len(l.b) && isSpace(l.b[l.pos]) {
		l.pos++
	}
	for l.pos+2 <= len(l.b) {
		if l.b[l.pos] == 'E' && l.b[l.pos+1] == 'I' &&
			(l.pos == 0 || isSpace(l.b[l.pos-1])) &&
			(l.pos+2 == len(l.b) || isSpace(l.b[l.pos+2])) {
			l.pos += 2
			return
		}
		l.pos++
	}
	l.pos = len(l.b)
}
