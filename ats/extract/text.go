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
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		be := data[0] == 0xFE
		data = data[2:]
		u := make([]uint16, 0, len(data)/2)
		for i := 0; i+1 < len(data); i += 2 {
			if be {
				u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
			} else {
				u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
			}
		}
		return string(utf16.Decode(u)), true
	}
	ctrl := 0
	for _, c := range data {
		if c == 0 {
			return "", false
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*10 > len(data)+10 {
		return "", false
	}
	if utf8.Valid(data) {
		return string(data), true
	}
	if partial {
		// Allow a cut multi-byte sequence at the end.
		for cut := 1; cut <= 3 && cut < len(data); cut++ {
			if utf8.Valid(data[:len(data)-cut]) {
				return string(data[:len(data)-cut]), true
			}
		}
	}
	return decodeLatin1(data), true
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
	s, ok := decodeTextBytes(data, false)
	if !ok {
		return nil, fmt.Errorf("%w: the file is binary, not text", ErrUnsupported)
	}
	return textLines(s, FormatText, o)
}

// textLines makes one Line per non-blank line of s, marking bulleted ones
// as list items, within the text budget.
func textLines(s string, f Format, o Options) (*Document, error) {
	doc := &Document{Format: string(f)}
	budget := newTextBudget(o)
	for _, l := range splitLines(s) {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
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
