package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeTextBytes decodes text as UTF-8 (with or without a BOM), UTF-16
// with a BOM, or Latin-1 (Windows-1252) when it is not valid UTF-8. ok is
// false for data that looks binary (NUL bytes or many control characters
// outside UTF-16). partial allows a UTF-8 sequence cut at the end.
func decodeTextBytes(data []byte, partial bool) (string, bool) {
	view, enc := textEncoding(data, partial)
	switch enc {
	case encBinary:
		return "", false
	case encUTF16LE, encUTF16BE:
		u := make([]uint16, 0, len(view)/2)
		for i := 0; i+1 < len(view); i += 2 {
			if enc == encUTF16BE {
				u = append(u, uint16(view[i])<<8|uint16(view[i+1]))
			} else {
				u = append(u, uint16(view[i+1])<<8|uint16(view[i]))
			}
		}
		return string(utf16.Decode(u)), true
	case encLatin1:
		return decodeLatin1(view), true
	}
	return string(view), true
}

// Text encodings told by textEncoding.
const (
	encBinary = iota
	encUTF8
	encLatin1
	encUTF16LE
	encUTF16BE
)

// textEncoding tells how data is encoded, without copying it: view is
// data without its BOM (and, with partial, without a UTF-8 sequence cut
// at the end).
func textEncoding(data []byte, partial bool) (view []byte, enc int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return data[2:], encUTF16LE
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return data[2:], encUTF16BE
	}
	ctrl := 0
	for _, c := range data {
		if c == 0 {
			return nil, encBinary
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*10 > len(data)+10 {
		return nil, encBinary
	}
	if utf8.Valid(data) {
		return data, encUTF8
	}
	if partial {
		// Allow a cut multi-byte sequence at the end.
		for cut := 1; cut <= 3 && cut < len(data); cut++ {
			if utf8.Valid(data[:len(data)-cut]) {
				return data[:len(data)-cut], encUTF8
			}
		}
	}
	return data, encLatin1
}

// cp1252 maps the 0x80–0x9F range of Windows-1252, which files labelled
// Latin-1 almost always are.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func decodeLatin1(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// splitLines splits text at \n, \r\n, \r and form feeds.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\f", "\n")
	return strings.Split(s, "\n")
}

var bulletPrefixes = []string{"• ", "· ", "* ", "- ", "– ", "▪ ", "◦ ", "‣ ", "○ ", "■ ", "► "}

func readText(data []byte, o Options) (*Document, error) {
	return readPlain(data, FormatText, o)
}

// readPlain reads data as plain text lines. UTF-8 and Latin-1 are read
// line by line from data itself: a copy of a 20 MB file, and its GC
// headroom, would take most of the 100 MB a read may use.
func readPlain(data []byte, f Format, o Options) (*Document, error) {
	view, enc := textEncoding(data, false)
	switch enc {
	case encBinary:
		return nil, fmt.Errorf("%w: the file is binary, not %s", ErrUnsupported, describe(f))
	case encUTF16LE, encUTF16BE:
		s, _ := decodeTextBytes(data, false)
		view, enc = []byte(s), encUTF8
	}
	return textLines(view, enc == encLatin1, f, o)
}

// textLines makes one Line per non-blank line of s (Latin-1 when latin1,
// else UTF-8), marking bulleted ones as list items, within the text budget.
func textLines(s []byte, latin1 bool, f Format, o Options) (*Document, error) {
	doc := &Document{Format: string(f)}
	budget := newTextBudget(o)
	// Line by line, not splitLines: a 20 MB file of empty lines would be
	// millions of strings before the budget could stop it.
	for rest := s; len(rest) > 0; {
		l := rest
		if i := bytes.IndexAny(rest, "\r\n\f"); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			continue
		}
		var t string
		if latin1 {
			t = strings.TrimSpace(decodeLatin1(l))
		} else {
			t = string(l)
		}
		line := Line{Text: t}
		for _, p := range bulletPrefixes {
			if strings.HasPrefix(t, p) {
				line.ListItem = true
				line.Text = "• " + strings.TrimSpace(t[len(p):])
				break
			}
		}
		if err := budget.add(line.Text); err != nil {
			return nil, err
		}
		doc.Lines = append(doc.Lines, line)
	}
	return doc, nil
}
