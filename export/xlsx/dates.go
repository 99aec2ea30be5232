package xlsx

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/resumekit/resumekit/resume"
)

// englishLocale makes Excel, LibreOffice and excelize print month and
// weekday names in English whatever the reader's locale, as Go's time
// package does.
const englishLocale = "[$-409]"

// numFmt returns the Excel number format that displays a date of precision
// p the way resume.Date.Format(layout, ...) prints it, and false when the
// layout uses something Excel cannot show (a time of day, a time zone, a
// space-padded day, a day of the year).
//
// It mirrors Date.Format: a year-precision date prints the year alone; a
// month-precision date given a layout with a day in it prints as
// "Jan 2006".
func numFmt(layout string, p resume.Precision) (string, bool) {
	switch p {
	case resume.PrecisionYear:
		return "yyyy", true
	case resume.PrecisionMonth:
		if layout == "" || layoutHasDay(layout) {
			layout = "Jan 2006"
		}
	case resume.PrecisionDay:
		if layout == "" {
			layout = "Jan 2006"
		}
	default:
		return "", false
	}
	return excelFormat(layout)
}

// layoutHasDay reports whether the Go layout prints a day of the month or
// of the week, by the same test as resume.Date.Format.
func layoutHasDay(layout string) bool {
	l := strings.ReplaceAll(layout, "2006", "")
	l = strings.ReplaceAll(l, "01", "")
	return strings.Contains(l, "2") || strings.Contains(l, "Mon")
}

// excelFormat translates a Go time layout made of dates only into an Excel
// number format. The tokens follow the rules of the time package's layout
// scanner; text between them becomes quoted literal text.
func excelFormat(layout string) (string, bool) {
	var out, lit strings.Builder
	named := false // month or weekday names: pin the English locale
	var last byte  // the letter of the code just written, while no literal follows
	flush := func() {
		if lit.Len() > 0 {
			out.WriteString(quoteLiteral(lit.String()))
			lit.Reset()
		}
	}
	for i := 0; i < len(layout); {
		tok, n := nextToken(layout[i:])
		switch {
		case n == 0:
			_, size := utf8.DecodeRuneInString(layout[i:])
			lit.WriteString(layout[i : i+size])
			last = 0
			i += size
			continue
		case tok == "":
			return "", false // a time, zone or padded token
		}
		if tok[0] == last {
			return "", false // "0101" would read as "mmmm", a month name
		}
		flush()
		last = tok[0]
		if strings.HasPrefix(tok, "mmm") || strings.HasPrefix(tok, "ddd") {
			named = true
		}
		out.WriteString(tok)
		i += n
	}
	flush()
	if out.Len() == 0 {
		return "", false
	}
	if named {
		return englishLocale + out.String(), true
	}
	return out.String(), true
}

// nextToken looks at the start of s for a Go layout element. It returns the
// Excel code and the element's length; ("", n>0) for an element Excel cannot
// show; (_, 0) when s starts with literal text.
func nextToken(s string) (string, int) {
	has := strings.HasPrefix
	switch s[0] {
	case 'J':
		if has(s, "January") {
			return "mmmm", 7
		}
		if has(s, "Jan") && !startsLower(s[3:]) {
			return "mmm", 3
		}
	case 'M':
		if has(s, "Monday") {
			return "dddd", 6
		}
		if has(s, "Mon") && !startsLower(s[3:]) {
			return "ddd", 3
		}
		if has(s, "MST") {
			return "", 3
		}
	case '0':
		if has(s, "002") {
			return "", 3
		}
		if len(s) >= 2 && '1' <= s[1] && s[1] <= '6' {
			switch s[1] {
			case '1':
				return "mm", 2
			case '2':
				return "dd", 2
			case '6':
				return "yy", 2
			}
			return "", 2 // 03 04 05: hour, minute, second
		}
	case '1':
		if has(s, "15") {
			return "", 2
		}
		return "m", 1
	case '2':
		if has(s, "2006") {
			return "yyyy", 4
		}
		return "d", 1
	case '_':
		if has(s, "_2") && !has(s, "_2006") {
			return "", 2
		}
		if has(s, "__2") {
			return "", 3
		}
	case '3', '4', '5':
		return "", 1
	case 'P':
		if has(s, "PM") {
			return "", 2
		}
	case 'p':
		if has(s, "pm") {
			return "", 2
		}
	case '-', 'Z':
		if len(s) >= 3 && s[1] == '0' && s[2] == '7' {
			return "", 3
		}
	case '.', ',':
		if len(s) >= 2 && (s[1] == '0' || s[1] == '9') {
			j := 1
			for j < len(s) && s[j] == s[1] {
				j++
			}
			if j == len(s) || s[j] < '0' || s[j] > '9' {
				return "", j
			}
		}
	}
	return "", 0
}

func startsLower(s string) bool { return s != "" && 'a' <= s[0] && s[0] <= 'z' }

// quoteLiteral makes text print as itself in a number format: spaces and
// the usual date separators stand alone, anything else is quoted.
func quoteLiteral(s string) string {
	var b strings.Builder
	quoted := false
	for _, r := range s {
		switch {
		case r == '"':
			if quoted {
				b.WriteByte('"')
				quoted = false
			}
			b.WriteString(`\"`)
		case strings.ContainsRune(" -/.,:", r):
			if quoted {
				b.WriteByte('"')
				quoted = false
			}
			b.WriteRune(r)
		default:
			if !quoted {
				b.WriteByte('"')
				quoted = true
			}
			b.WriteRune(r)
		}
	}
	if quoted {
		b.WriteByte('"')
	}
	return b.String()
}

// excelEpoch is day 0 of Excel's 1900 date system, counting from
// 1900-03-01 on (Excel's phantom 1900-02-29 makes earlier serials off by one).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// firstSerialDate is the first date whose serial number every spreadsheet
// program agrees on.
var firstSerialDate = time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)

// serial returns the Excel serial day number of d (its first day when the
// precision is coarser than a day), and false when d cannot be one: no
// date, present, invalid, or before 1900-03-01.
func serial(d resume.Date) (int, bool) {
	if d.IsZero() || d.Present || d.Valid() != nil {
		return 0, false
	}
	t := d.Time()
	if t.Before(firstSerialDate) {
		return 0, false
	}
	return int(t.Sub(excelEpoch).Hours() / 24), true
}
