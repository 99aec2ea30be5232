package parse

import (
	"embed"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word lists are data files (words/README.md gives their sources),
// read the first time a document is parsed.
//
//go:embed words/*.txt
var wordFiles embed.FS

// wordList reads words/<name>.txt: every whitespace-separated entry, lower
// case, with "_" standing for a space unless keepUnderscore.
func wordList(name string, keepUnderscore bool) map[string]bool {
	data, err := wordFiles.ReadFile("words/" + name + ".txt")
	if err != nil {
		panic("parse: embedded word list " + name + " missing") // a build defect, caught by every test
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		for _, w := range strings.Fields(strings.ToLower(line)) {
			if !keepUnderscore {
				w = strings.ReplaceAll(w, "_", " ")
			}
			m[w] = true
		}
	}
	return m
}

func lazyList(name string, keepUnderscore bool) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool { return wordList(name, keepUnderscore) })
}

var (
	// titleWords are words that make a phrase a job title.
	titleWords = lazyList("titles", false)
	// orgWords make a phrase an organisation name: organisation words
	// and company suffixes.
	orgWords = sync.OnceValue(func() map[string]bool {
		m := wordList("organisations", false)
		for w := range companySuffixes() {
			m[w] = true
		}
		return m
	})
	// companySuffixes are legal forms that end a company's name.
	companySuffixes = lazyList("company-suffixes", false)
	// institutionWords make a phrase a school.
	institutionWords = lazyList("institutions", false)
	// degreeWords make a phrase a degree.
	degreeWords = lazyList("degrees", false)
	// fieldWords name fields of study.
	fieldWords = lazyList("fields", false)
	// regions are countries, their codes and regions that end a
	// "City, Region" location.
	regions = lazyList("regions", false)
	// cities are well-known cities, to tell "Company, City" from "City,
	// Region".
	cities = lazyList("cities", false)
	// twoWordCities are cities whose names have two or more words,
	// joined by "_".
	twoWordCities = lazyList("cities2", true)
	// titleSuffixes catch compounds ("Softwareentwickler").
	titleSuffixes = sync.OnceValue(func() []string {
		var out []string
		for w := range wordList("title-suffixes", false) {
			out = append(out, w)
		}
		sort.Strings(out)
		return out
	})
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// words lower-cases s and splits it into words, keeping inner dots,
// hyphens and apostrophes.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '\'' || r == '’' || r == '&')
	})
}

func trimWord(w string) string { return strings.Trim(w, ".-'’&") }

// titleScore counts the job-title words in s.
func titleScore(s string) int {
	n := 0
	for _, w := range words(s) {
		t := trimWord(w)
		if titleWords()[t] || titleWords()[w] {
			n++
			continue
		}
		for _, part := range strings.Split(t, "-") {
			if part != t && titleWords()[part] {
				n++
				break
			}
		}
		for _, suf := range titleSuffixes() {
			if len(t) > len(suf)+2 && strings.HasSuffix(t, suf) {
				n++
				break
			}
		}
	}
	return n
}

// orgScore counts the organisation words in s, and all-caps brand words.
func orgScore(s string) int {
	n := 0
	for _, w := range words(s) {
		if orgWords()[w] || orgWords()[trimWord(w)] {
			n++
		}
	}
	return n
}

// instScore counts the school words in s.
func instScore(s string) int {
	n := 0
	for _, w := range words(s) {
		t := trimWord(w)
		if institutionWords()[t] {
			n++
			continue
		}
		for _, suf := range []string{"universität", "hochschule", "akademie", "schule"} {
			if strings.HasSuffix(t, suf) {
				n++
				break
			}
		}
	}
	// "MIT" and friends count only in capitals
	return n
}

// degreeScore counts the degree words in s.
func degreeScore(s string) int {
	n := 0
	for _, w := range words(s) {
		if degreeWords()[w] || degreeWords()[trimWord(w)] {
			n++
		}
	}
	return n
}

// fieldScore counts the field-of-study words in s.
func fieldScore(s string) int {
	n := 0
	for _, w := range words(s) {
		if fieldWords()[trimWord(w)] {
			n++
		}
	}
	return n
}

// isRegion reports whether s is a state code ("CA", "NY") or a country.
func isRegion(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) == 2 && isAllCapsShort(s) {
		return true
	}
	return regions()[strings.ToLower(s)]
}

// cutCity splits "Acme Corp New York" into "Acme Corp" and "New York",
// taking a known two-word city or else the last word.
func cutCity(s string) (rest, city string) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return "", ""
	}
	n := 1
	if len(f) >= 3 && twoWordCities()[strings.ToLower(f[len(f)-2]+"_"+f[len(f)-1])] {
		n = 2
	}
	for _, w := range f[len(f)-n:] {
		if r, _ := utf8DecodeFirst(w); !unicode.IsUpper(r) {
			return "", ""
		}
	}
	return strings.Join(f[:len(f)-n], " "), strings.Join(f[len(f)-n:], " ")
}

// knownPlace reports whether s is a known city, state code or country.
func knownPlace(s string) bool {
	s = strings.TrimSpace(s)
	return cities()[strings.ToLower(s)] || isRegion(s) || twoWordCities()[strings.ToLower(strings.ReplaceAll(s, " ", "_"))]
}

// lazyRE compiles a regular expression the first time it is used, so a
// program that never parses pays nothing for it at start-up.
func lazyRE(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// wordCount is len(strings.Fields(s)), without building the slice: the
// parser counts the words of its rows many times over.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// asciiSpace are the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
