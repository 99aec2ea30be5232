package score

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// isSpace reports whether r is white space as Python's str.isspace (and
// so the regular expression class \s) defines it.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// isWord reports whether r is a word character as Python's \w defines it
// for str patterns: a letter, any kind of number, or the underscore.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isDigit reports whether r is a decimal digit as Python's \d defines it.
func isDigit(r rune) bool { return unicode.IsDigit(r) }

// digitValue returns the value of a decimal digit of any script.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	// Decimal digits come in runs of ten starting at a zero.
	start := r
	for start > 0 && unicode.IsDigit(start-1) {
		start--
	}
	return int(r-start) % 10
}

func isDash(r rune) bool {
	return (r >= 0x2010 && r <= 0x2015) || r == 0x2212 || r == 0xFE58 || r == 0xFE63 || r == 0xFF0D
}

func keep(r rune) bool {
	return isWord(r) || isSpace(r) || strings.ContainsRune("@.+-/#", r)
}

// lower lower-cases s as Python's str.lower does for the cases that matter
// here (U+0130 becomes "i" plus a combining dot, which then normalises to a
// word break, as in Python).
func lower(s string) string {
	if !strings.ContainsRune(s, 0x130) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range s {
		if r == 0x130 {
			b.WriteString("i\u0307")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Normalize folds text the way the scorer compares it: NFKC, soft hyphens
// dropped, every dash made "-", lower case, every character other than
// word characters, white space and @ . + - / # turned into a space, and
// white space collapsed and trimmed.
func Normalize(text string) string {
	text = norm.NFKC.String(text)
	text = strings.ReplaceAll(text, "\u00ad", "")
	text = strings.Map(func(r rune) rune {
		if isDash(r) {
			return '-'
		}
		return r
	}, text)
	text = lower(text)
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if !keep(r) || isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// normalizeExact is Normalize without leading or trailing " .,-/".
func normalizeExact(text string) string {
	return strings.Trim(Normalize(text), " .,-/")
}

// Tokens returns the normalised words of text, with hyphens inside a word
// dropped ("Co-founder" equals "Cofounder") and leading or trailing . , /
// stripped.
func Tokens(text string) []string {
	var out []string
	for _, t := range strings.Split(Normalize(text), " ") {
		t = strings.Trim(strings.ReplaceAll(t, "-", ""), ".,/")
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// TokenF1 is the F1 of the multiset overlap between the tokens of expected
// and extracted: 1 when both are empty, 0 when only one is.
func TokenF1(expected, extracted string) float64 {
	e, x := Tokens(expected), Tokens(extracted)
	if len(e) == 0 {
		if len(x) == 0 {
			return 1
		}
		return 0
	}
	if len(x) == 0 {
		return 0
	}
	pool := make(map[string]int, len(x))
	for _, t := range x {
		pool[t]++
	}
	overlap := 0
	for _, t := range e {
		if pool[t] > 0 {
			overlap++
			pool[t]--
		}
	}
	if overlap == 0 {
		return 0
	}
	p := float64(overlap) / float64(len(x))
	r := float64(overlap) / float64(len(e))
	return 2 * p * r / (p + r)
}

// FuzzyThreshold is the token F1 from which a company, position or
// institution counts as matched.
const FuzzyThreshold = 0.9

// FuzzyMatch reports whether extracted matches expected by token F1.
func FuzzyMatch(expected, extracted string) bool {
	return TokenF1(expected, extracted) >= FuzzyThreshold
}

// NameMatch reports whether two names have the same token sequence.
func NameMatch(expected, extracted string) bool {
	e, x := Tokens(expected), Tokens(extracted)
	if len(e) == 0 || len(e) != len(x) {
		return false
	}
	for i := range e {
		if e[i] != x[i] {
			return false
		}
	}
	return true
}

// ExactMatch reports whether two values (e-mail addresses) are equal after
// normalisation and are not empty.
func ExactMatch(expected, extracted string) bool {
	e := normalizeExact(expected)
	return e != "" && e == normalizeExact(extracted)
}

// PhoneMatch reports whether two phone numbers share a common suffix of at
// least seven digits, so that a dropped country code or an added trunk 0
// still matches.
func PhoneMatch(expected, extracted string) bool {
	digits := func(s string) []rune {
		var d []rune
		for _, r := range norm.NFKC.String(s) {
			if isDigit(r) {
				d = append(d, r)
			}
		}
		return d
	}
	a, b := digits(expected), digits(extracted)
	common := 0
	for common < min(len(a), len(b)) && a[len(a)-1-common] == b[len(b)-1-common] {
		common++
	}
	return common >= 7
}
