package score

import "strings"

// DateKind classifies a date value as the scorer reads it.
type DateKind uint8

// The kinds of scored dates.
const (
	DateAbsent  DateKind = iota // no value
	DatePresent                 // present, current, now, ongoing, today, to date
	DateYM                      // a year, maybe with a month
	DateUnknown                 // text the scorer cannot read
)

// ScoredDate is a date reduced to what the scorer compares: a year and a
// month (0 when unknown).
type ScoredDate struct {
	Kind        DateKind
	Year, Month int
	Raw         string // the normalised text, for DateUnknown
}

var presentWords = []string{"present", "currently", "current", "now", "ongoing", "today", "till date", "to date"}

var monthPrefixes = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// boundaryBefore reports whether position i of s starts a word (the rune
// at i is a word character and the one before is not).
func boundaryBefore(s []rune, i int) bool {
	return i == 0 || !isWord(s[i-1])
}

// boundaryAfter reports whether a word ends just before position i.
func boundaryAfter(s []rune, i int) bool {
	return i >= len(s) || !isWord(s[i])
}

func hasAt(s []rune, i int, lit string) bool {
	for _, r := range lit {
		if i >= len(s) || s[i] != r {
			return false
		}
		i++
	}
	return true
}

// ParseDate reads a date value as the scorer does: absent, present, a year
// with an optional month, or unknown text.
func ParseDate(value string) ScoredDate {
	s := Normalize(value)
	if s == "" {
		return ScoredDate{}
	}
	rs := []rune(s)
	for _, w := range presentWords {
		n := len([]rune(w))
		for i := 0; i+n <= len(rs); i++ {
			if boundaryBefore(rs, i) && hasAt(rs, i, w) && boundaryAfter(rs, i+n) {
				return ScoredDate{Kind: DatePresent}
			}
		}
	}
	for i := 0; i+4 <= len(rs); i++ {
		if !boundaryBefore(rs, i) || !(hasAt(rs, i, "19") || hasAt(rs, i, "20")) || !isDigit(rs[i+2]) || !isDigit(rs[i+3]) {
			continue
		}
		year := 1000*digitValue(rs[i]) + 100*digitValue(rs[i+1]) + 10*digitValue(rs[i+2]) + digitValue(rs[i+3])
		month, found := 0, false
		if i+5 < len(rs) && strings.ContainsRune("-/.", rs[i+4]) && isDigit(rs[i+5]) {
			if i+6 < len(rs) && isDigit(rs[i+6]) && boundaryAfter(rs, i+7) {
				month, found = 10*digitValue(rs[i+5])+digitValue(rs[i+6]), true
			} else if boundaryAfter(rs, i+6) {
				month, found = digitValue(rs[i+5]), true
			}
		}
		if !found {
			if !boundaryAfter(rs, i+4) {
				continue
			}
			month = monthName(rs)
			if month == 0 {
				month = monthBeforeYear(rs, rs[i:i+4])
			}
		}
		if month < 1 || month > 12 {
			month = 0
		}
		return ScoredDate{Kind: DateYM, Year: year, Month: month}
	}
	return ScoredDate{Kind: DateUnknown, Raw: s}
}

// monthName finds the first word starting with an English month
// abbreviation.
func monthName(rs []rune) int {
	for i := 0; i+3 <= len(rs); i++ {
		if !boundaryBefore(rs, i) {
			continue
		}
		if m, ok := monthPrefixes[string(rs[i:i+3])]; ok {
			return m
		}
	}
	return 0
}

// monthBeforeYear finds "MM/YYYY", "M.YYYY" or "MM-YYYY" for the given
// year text.
func monthBeforeYear(rs, year []rune) int {
	sep := func(r rune) bool { return r == '/' || r == '.' || r == '-' }
	yr := string(year)
	for i := 0; i < len(rs); i++ {
		if !isDigit(rs[i]) || !boundaryBefore(rs, i) {
			continue
		}
		if i+2 < len(rs) && isDigit(rs[i+1]) && sep(rs[i+2]) && hasAt(rs, i+3, yr) {
			return 10*digitValue(rs[i]) + digitValue(rs[i+1])
		}
		if i+1 < len(rs) && sep(rs[i+1]) && hasAt(rs, i+2, yr) {
			return digitValue(rs[i])
		}
	}
	return 0
}

// DateMatch reports whether an extracted date matches the expected one:
// year and month when both have a month, else the year. An absent or
// present expected date matches only an absent or present extracted one.
func DateMatch(expected, extracted string) bool {
	e, x := ParseDate(expected), ParseDate(extracted)
	if e.Kind == DateAbsent || e.Kind == DatePresent {
		return x.Kind == DateAbsent || x.Kind == DatePresent
	}
	if x.Kind != DateYM || e.Kind != DateYM {
		return false
	}
	if e.Year != x.Year {
		return false
	}
	if e.Month != 0 && x.Month != 0 {
		return e.Month == x.Month
	}
	return true
}
