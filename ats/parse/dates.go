package parse

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumekit/resumekit/resume"
)

// tokKind classifies a date-grammar token.
type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// tok is one token of a line, with its byte span.
type tok struct {
	kind       tokKind
	text       string
	start, end int
	spaceAfter bool // white space follows the token
}

// tokenize splits s into words, numbers and single punctuation runes.
// Apostrophes inside a word belong to it ("aujourd'hui").
func tokenize(s string) []tok {
	var out []tok
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			if len(out) > 0 {
				out[len(out)-1].spaceAfter = true
			}
			i += n
		case unicode.IsDigit(r):
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j == i { // a non-ASCII digit: one rune
				j = i + n
			}
			out = append(out, tok{kind: tNum, text: s[i:j], start: i, end: j})
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			out = append(out, tok{kind: tWord, text: s[i:j], start: i, end: j})
			i = j
		default:
			out = append(out, tok{kind: tPunct, text: s[i : i+n], start: i, end: i + n})
			i += n
		}
	}
	return out
}

// dateSpan is a date or date range found in a text, with its byte span.
type dateSpan struct {
	rng        resume.Range
	start, end int
	isRange    bool // two ends (or an open end), not a single date
	since      bool // "since 2019": an open range from a single date
}

var seasons = map[string]bool{
	"summer": true, "spring": true, "fall": true, "autumn": true, "winter": true,
	"verano": true, "primavera": true, "otoño": true, "invierno": true,
	"sommer": true, "frühling": true, "herbst": true, "winter-": true,
	"été": true, "printemps": true, "automne": true, "hiver": true,
	"sose": true, "wise": true, "ss": true, "ws": true,
}

// rangeWords join two dates into a range.
var rangeWords = map[string]bool{
	"to": true, "until": true, "till": true, "through": true, "thru": true,
	"bis": true, "a": true, "al": true, "hasta": true, "à": true, "au": true,
	"and": true, "y": true, "und": true, "et": true,
}

// sinceWords open a range that runs to the present.
var sinceWords = map[string]bool{
	"since": true, "seit": true, "desde": true, "depuis": true,
}

// fromWords may precede the start of a range ("from 2018 to 2020").
var fromWords = map[string]bool{"from": true, "von": true, "de": true, "du": true, "vom": true}

// betweenWords open a range whose end follows "and": "between May 2010
// and June 2012". Without one, "October 2019 and January 2020" names two
// dates, not the months between them.
var betweenWords = map[string]bool{"between": true, "entre": true, "zwischen": true}

// andWords join two dates into a range, a second date with its month only
// after a between word.
var andWords = map[string]bool{"and": true, "y": true, "und": true, "et": true}

// presentPhrases are the open ends made of several tokens.
var presentPhrases = [][]string{
	{"to", "date"}, {"till", "date"}, {"present", "day"}, {"la", "actualidad"},
	{"en", "cours"}, {"à", "ce", "jour"}, {"a", "la", "fecha"}, {"bis", "heute"},
	{"aujourd'hui"}, {"aujourd’hui"},
}

func isDashRune(s string) bool {
	switch s {
	case "-", "–", "—", "‒", "―", "−", "\u00ad", "~", "‐", "‑", "⁃", "→":
		return true
	}
	return false
}

func year4(t tok) (int, bool) {
	if t.kind != tNum || len(t.text) != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(t.text)
	return y, y >= 1900 && y <= 2099
}

func small(t tok, max int) (int, bool) {
	if t.kind != tNum || len(t.text) > 2 {
		return 0, false
	}
	v, _ := strconv.Atoi(t.text)
	return v, v >= 1 && v <= max
}

// month reads a month name token, allowing a trailing ".".
func month(t tok) int {
	if t.kind != tWord || utf8.RuneCountInString(t.text) < 3 {
		return 0
	}
	return resume.MonthNumber(t.text)
}

// presentAt reads an open-end word or phrase at ts[i].
func presentAt(ts []tok, i int) (int, bool) {
	if i >= len(ts) || ts[i].kind != tWord {
		return i, false
	}
	for _, p := range presentPhrases {
		if i+len(p) > len(ts) {
			continue
		}
		ok := true
		for k, w := range p {
			if ts[i+k].kind != tWord || !strings.EqualFold(ts[i+k].text, w) {
				ok = false
				break
			}
		}
		if ok {
			return i + len(p), true
		}
	}
	if resume.IsPresentWord(ts[i].text) {
		return i + 1, true
	}
	return i, false
}

// clippedPresents are the one-word open ends a clipped date column may cut.
var clippedPresents = []string{"present", "presente", "current", "currently", "actualidad", "actualmente", "atualmente", "ongoing", "maintenant"}

// clippedPresent reports whether t is the start of an open end, four
// letters or more, cut off by the edge of its column ("Pres", "Curr",
// "Actual…").
func clippedPresent(t tok) bool {
	if t.kind != tWord || utf8.RuneCountInString(t.text) < 4 {
		return false
	}
	l := strings.ToLower(t.text)
	for _, w := range clippedPresents {
		if len(l) < len(w) && strings.HasPrefix(w, l) {
			return true
		}
	}
	return false
}

// twoDigits reports whether t is a number written in two digits ("06").
func twoDigits(t tok) bool { return t.kind == tNum && len(t.text) == 2 }

// adjacent reports whether ts[i] and ts[i+1] touch (no space between).
func adjacent(ts []tok, i int) bool {
	return i+1 < len(ts) && !ts[i].spaceAfter && ts[i].end == ts[i+1].start
}

// dateAt reads one date at ts[i]. A month without a year is returned with
// Year 0 (for "Jun – Aug 2021").
func dateAt(ts []tok, i int) (resume.Date, int, bool) {
	if i >= len(ts) {
		return resume.Date{}, i, false
	}
	t := ts[i]
	// "15 June 2021", "15. Juni 2021"
	if d, ok := small(t, 31); ok && i+2 < len(ts) {
		j := i + 1
		if ts[j].text == "." {
			j++
		}
		if j+1 < len(ts) {
			if m := month(ts[j]); m > 0 {
				k := j + 1
				if ts[k].text == "." && k+1 < len(ts) {
					k++
				}
				if y, ok := year4(ts[k]); ok {
					return resume.YMD(y, m, d), k + 1, true
				}
			}
		}
	}
	if m := month(t); m > 0 {
		j := i + 1
		if j < len(ts) && ts[j].text == "." {
			j++
		}
		// "June 15, 2021"
		if j+1 < len(ts) {
			if d, ok := small(ts[j], 31); ok {
				k := j + 1
				if ts[k].text == "," && k+1 < len(ts) {
					k++
				}
				if y, ok := year4(ts[k]); ok {
					return resume.YMD(y, m, d), k + 1, true
				}
			}
		}
		if j < len(ts) && ts[j].text == "," {
			j++
		}
		if j < len(ts) {
			if y, ok := year4(ts[j]); ok {
				return resume.YearMonth(y, m), j + 1, true
			}
			// "Jun '21"
			if (ts[j].text == "'" || ts[j].text == "’") && j+1 < len(ts) && ts[j+1].kind == tNum && len(ts[j+1].text) == 2 {
				y, _ := strconv.Atoi(ts[j+1].text)
				return resume.YearMonth(2000+y, m), j + 2, true
			}
		}
		return resume.Date{Month: m, Precision: resume.PrecisionMonth}, i + 1, true
	}
	if t.kind == tWord && seasons[strings.ToLower(t.text)] && i+1 < len(ts) {
		if y, ok := year4(ts[i+1]); ok {
			return resume.YearOnly(y), i + 2, true
		}
	}
	if y, ok := year4(t); ok {
		// 2021-06, 2024.08, 2021/06, 2021-06-15
		if adjacent(ts, i) && i+2 < len(ts) && isDateSep(ts[i+1].text) && adjacent(ts, i+1) {
			if m, ok := small(ts[i+2], 12); ok {
				if i+4 < len(ts) && adjacent(ts, i+2) && ts[i+3].text == ts[i+1].text && adjacent(ts, i+3) {
					if d, ok := small(ts[i+4], 31); ok {
						return resume.YMD(y, m, d), i + 5, true
					}
				}
				return resume.YearMonth(y, m), i + 3, true
			}
		}
		// "2014 06 01", "2017 12": the ISO form with spaces for dashes,
		// its month and day in two digits each
		if i+1 < len(ts) && !adjacent(ts, i) && twoDigits(ts[i+1]) {
			if m, ok := small(ts[i+1], 12); ok {
				if i+2 < len(ts) && !adjacent(ts, i+1) && twoDigits(ts[i+2]) {
					if d, ok := small(ts[i+2], 31); ok {
						return resume.YMD(y, m, d), i + 3, true
					}
				}
				return resume.YearMonth(y, m), i + 2, true
			}
		}
		return resume.YearOnly(y), i + 1, true
	}
	if a, ok := small(t, 31); ok && adjacent(ts, i) && i+2 < len(ts) && isDateSep(ts[i+1].text) && adjacent(ts, i+1) {
		if y, ok := year4(ts[i+2]); ok && a <= 12 {
			return resume.YearMonth(y, a), i + 3, true
		}
		// 15.06.2021, 06/15/2021
		if b, ok := small(ts[i+2], 31); ok && i+4 < len(ts) && adjacent(ts, i+2) && ts[i+3].text == ts[i+1].text && adjacent(ts, i+3) {
			if y, ok := year4(ts[i+4]); ok {
				d, m := a, b
				if ts[i+1].text == "/" && a <= 12 && b > 12 {
					d, m = b, a
				}
				if m <= 12 {
					return resume.YMD(y, m, d), i + 5, true
				}
			}
		}
	}
	return resume.Date{}, i, false
}

// durationUnits are the words of a duration such as "(3y, 3m)" or
// "2 years 10 months".
var durationUnits = map[string]bool{
	"y": true, "yr": true, "yrs": true, "year": true, "years": true, "m": true, "mo": true,
	"mos": true, "mth": true, "mths": true, "month": true, "months": true, "and": true,
	"año": true, "años": true, "mes": true, "meses": true, "jahr": true, "jahre": true,
	"monat": true, "monate": true, "an": true, "ans": true, "mois": true, "a": true, "j": true,
	"day": true, "days": true, "week": true, "weeks": true, "wk": true, "wks": true,
	"día": true, "días": true, "dia": true, "dias": true, "semana": true, "semanas": true,
	"ano": true, "anos": true, "mês": true, "tag": true, "tage": true, "woche": true, "wochen": true,
	"jour": true, "jours": true, "semaine": true, "semaines": true,
}

// durationAt reads a duration ("(3y, 3m)", "· 2 yrs 3 mos", "2 years 10
// months", "29 days" after an icon that did not decode) at ts[i] and
// returns the index after it.
func durationAt(ts []tok, i int) (int, bool) {
	j := i
	paren := false
	if j < len(ts) && (ts[j].text == "(" || ts[j].text == "·" || ts[j].text == "•" || ts[j].text == "|" || ts[j].text == "," || ts[j].text == "\uFFFD") {
		paren = ts[j].text == "("
		j++
	}
	n := 0
	for j < len(ts) {
		t := ts[j]
		switch {
		case t.kind == tNum && len(t.text) <= 2:
			n++
		case t.kind == tWord && durationUnits[strings.ToLower(t.text)]:
		case t.kind == tNum && len(t.text) > 2:
			return i, false
		case t.text == "," || t.text == "." || t.text == "+":
		case t.text == ")" && paren:
			if n == 0 {
				return i, false
			}
			return j + 1, true
		default:
			if paren || n == 0 {
				return i, false
			}
			return j, true
		}
		// "3y" tokenizes as number then word; both fine.
		j++
	}
	if paren || n == 0 {
		return i, false
	}
	return j, true
}

// durationOnly reports whether s is a duration and nothing else, its
// units named ("� 1 day", "(2 yrs 3 mos)"; not "08 01", the rest of a
// date).
func durationOnly(s string) bool {
	ts := tokenize(s)
	j, ok := durationAt(ts, 0)
	return ok && j == len(ts) && slices.ContainsFunc(ts, func(t tok) bool {
		return t.kind == tWord && durationUnits[strings.ToLower(t.text)] && t.text != "and"
	})
}

// findDates returns the dates and date ranges in s, left to right.
func findDates(s string) []dateSpan {
	if !hasDigit(s) {
		return nil // every date has a number in it; most lines have none
	}
	return datesIn(s)
}

// datesIn is findDates without the shortcut for text without digits.
func datesIn(s string) []dateSpan {
	ts := tokenize(s)
	var out []dateSpan
	for i := 0; i < len(ts); {
		sp, next, ok := rangeAt(ts, i)
		if !ok {
			i++
			continue
		}
		sp.start = ts[i].start
		sp.end = ts[next-1].end
		if j, ok := durationAt(ts, next); ok && sp.isRange {
			sp.end = ts[j-1].end
			next = j
		}
		out = append(out, sp)
		i = next
	}
	return out
}

// hasDigit reports whether s holds a decimal digit of any script.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			return true
		} else if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsDigit(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// rangeAt reads a date or range starting at ts[i].
func rangeAt(ts []tok, i int) (dateSpan, int, bool) {
	since, between := false, false
	j := i
	if ts[j].kind == tWord {
		w := strings.ToLower(ts[j].text)
		switch {
		case sinceWords[w]:
			since = true
			j++
		case fromWords[w]:
			j++
		case betweenWords[w]:
			between = true
			j++
		}
	}
	a, k, ok := dateAt(ts, j)
	if !ok {
		return dateSpan{}, i, false
	}
	// "to date", "bis heute": a joiner that is itself the open end
	if n, ok := presentAt(ts, k); ok && a.Year != 0 && rangeWords[strings.ToLower(ts[k].text)] {
		return dateSpan{rng: resume.Range{Start: a, End: resume.Present}, isRange: true}, n, true
	}
	// the separator
	m := k
	dashes := 0
	for m < len(ts) && ts[m].kind == tPunct && isDashRune(ts[m].text) {
		m++
		dashes++
	}
	word := ""
	if dashes == 0 && m < len(ts) && ts[m].kind == tWord && rangeWords[strings.ToLower(ts[m].text)] {
		word = strings.ToLower(ts[m].text)
		m++
	}
	if dashes > 0 || word != "" {
		if n, ok := presentAt(ts, m); ok && word != "and" && word != "y" && word != "und" && word != "et" {
			if a.Year == 0 {
				return dateSpan{}, i, false
			}
			return dateSpan{rng: resume.Range{Start: a, End: resume.Present}, isRange: true}, n, true
		}
		if dashes > 0 && a.Year != 0 && m == len(ts)-1 && clippedPresent(ts[m]) {
			// "August 2014 – Curr": a date column that clips its text
			// at the right edge
			return dateSpan{rng: resume.Range{Start: a, End: resume.Present}, isRange: true}, m + 1, true
		}
		if b, n, ok := dateAt(ts, m); ok && b.Year != 0 {
			if a.Year == 0 {
				a.Year = b.Year
				if b.Precision >= resume.PrecisionMonth && a.Month > b.Month {
					a.Year--
				}
			}
			if andWords[word] && !between && b.Precision >= resume.PrecisionMonth && a.Year != 0 {
				// "October 2019 and January 2020": two dates, unless
				// "between" opened them ("Summer 2012 and 2013" is one
				// range)
				return dateSpan{rng: resume.Range{Start: a}}, k, true
			}
			if word == "a" || word == "y" || word == "et" || word == "and" || word == "und" {
				// single-letter joiners need dates on both sides that
				// look alike, not "2019 a ..." prose.
				if a.Precision != b.Precision && !(a.Precision == resume.PrecisionYear || b.Precision == resume.PrecisionYear) {
					return dateSpan{}, i, false
				}
			}
			return dateSpan{rng: resume.Range{Start: a, End: b}, isRange: true}, n, true
		}
		if dashes > 0 && m >= len(ts) && a.Year != 0 {
			// "2019 –" at the end of a line: an open end.
			return dateSpan{rng: resume.Range{Start: a, End: resume.Present}, isRange: true}, m, true
		}
	}
	if dashes == 0 && word == "" && a.Year != 0 && k < len(ts) {
		// a dash the text lost (a LaTeX "--" without its glyph): "Dec
		// 2017 Present", "Jul 2014 Dec 2017"
		if n, ok := presentAt(ts, k); ok {
			return dateSpan{rng: resume.Range{Start: a, End: resume.Present}, isRange: true}, n, true
		}
		if b, n, ok := dateAt(ts, k); ok && b.Year != 0 && a.Precision >= resume.PrecisionMonth && b.Precision == a.Precision {
			return dateSpan{rng: resume.Range{Start: a, End: b}, isRange: true}, n, true
		}
	}
	if a.Year == 0 {
		return dateSpan{}, i, false
	}
	if since {
		return dateSpan{rng: resume.Range{Start: a, End: resume.Present}, isRange: true, since: true}, k, true
	}
	return dateSpan{rng: resume.Range{Start: a}}, k, true
}

func isDateSep(s string) bool { return s == "-" || s == "." || s == "/" }
