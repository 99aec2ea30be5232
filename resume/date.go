package resume

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Precision says how much of a Date is known.
type Precision uint8

// The precisions a Date can have. The zero Precision means no date.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// String names the precision.
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return "none"
}

// Date is a calendar date known to the year, the month or the day, or the
// open end "present". The zero Date is "no date".
type Date struct {
	Year      int
	Month     int // 1-12 when Precision >= PrecisionMonth
	Day       int // 1-31 when Precision == PrecisionDay
	Precision Precision
	Present   bool // an open end ("present", "current", "heute", ...)
}

// Present is the open end of a date range.
var Present = Date{Present: true}

// ErrDate is wrapped by every date parsing error.
var ErrDate = errors.New("invalid date")

// DateError is a date that could not be parsed.
type DateError struct {
	Input  string
	Reason string
}

func (e *DateError) Error() string {
	return fmt.Sprintf("invalid date %q: %s", e.Input, e.Reason)
}

// Unwrap returns ErrDate.
func (e *DateError) Unwrap() error { return ErrDate }

// YearOnly, YearMonth and YMD build dates of the given precision. They do
// not validate; use Valid or ParseISO for untrusted values.
func YearOnly(y int) Date { return Date{Year: y, Precision: PrecisionYear} }

// YearMonth returns the date y-m at month precision.
func YearMonth(y, m int) Date { return Date{Year: y, Month: m, Precision: PrecisionMonth} }

// YMD returns the date y-m-d at day precision.
func YMD(y, m, d int) Date { return Date{Year: y, Month: m, Day: d, Precision: PrecisionDay} }

// IsZero reports whether d is "no date".
func (d Date) IsZero() bool { return !d.Present && d.Precision == PrecisionNone }

// IsPresent reports whether d is the open end "present".
func (d Date) IsPresent() bool { return d.Present }

// Valid reports whether d is zero, present, or a real calendar date of its precision.
func (d Date) Valid() error {
	if d.IsZero() || d.Present {
		return nil
	}
	if d.Year < 1 || d.Year > 9999 {
		return &DateError{Input: d.String(), Reason: "year out of range"}
	}
	if d.Precision >= PrecisionMonth && (d.Month < 1 || d.Month > 12) {
		return &DateError{Input: d.String(), Reason: fmt.Sprintf("month %d is not 1-12", d.Month)}
	}
	if d.Precision == PrecisionDay {
		last := time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if d.Day < 1 || d.Day > last {
			return &DateError{Input: d.String(), Reason: fmt.Sprintf("day %d is not 1-%d", d.Day, last)}
		}
	}
	return nil
}

// String returns the strict ISO 8601 form of JSON Resume (YYYY, YYYY-MM or
// YYYY-MM-DD), "present" for an open end and "" for no date.
func (d Date) String() string {
	switch {
	case d.Present:
		return "present"
	case d.Precision == PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case d.Precision == PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case d.Precision == PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Time returns the first instant of the date in UTC (the first of the month
// or of the year when less is known). It returns the zero time for no date
// and for present.
func (d Date) Time() time.Time {
	if d.Present || d.Precision == PrecisionNone {
		return time.Time{}
	}
	m, day := d.Month, d.Day
	if d.Precision < PrecisionMonth {
		m = 1
	}
	if d.Precision < PrecisionDay {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Truncate returns d reduced to at most precision p.
func (d Date) Truncate(p Precision) Date {
	if d.Present || d.Precision <= p {
		return d
	}
	out := Date{Year: d.Year, Precision: p}
	if p >= PrecisionMonth {
		out.Month = d.Month
	}
	if p == PrecisionNone {
		return Date{}
	}
	return out
}

// Compare orders dates: no date first, then by calendar (a less precise date
// sorts before a more precise one that shares its prefix), present last.
func (d Date) Compare(o Date) int {
	key := func(x Date) [4]int {
		switch {
		case x.Present:
			return [4]int{2, 0, 0, 0}
		case x.Precision == PrecisionNone:
			return [4]int{0, 0, 0, 0}
		}
		t := x.Truncate(PrecisionDay)
		return [4]int{1, t.Year, t.Month, t.Day}
	}
	a, b := key(d), key(o)
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// Format prints d with a Go time layout such as "Jan 2006" or "01.2006".
// A year-precision date prints as the year alone, whatever the layout. A
// month-precision date given a layout with a day in it prints as "Jan 2006".
// Present prints as present (or "Present" when present is "").
func (d Date) Format(layout, present string) string {
	switch {
	case d.Present:
		if present == "" {
			return "Present"
		}
		return present
	case d.Precision == PrecisionNone:
		return ""
	case d.Precision == PrecisionYear:
		return strconv.Itoa(d.Year)
	}
	if layout == "" {
		layout = "Jan 2006"
	}
	if d.Precision == PrecisionMonth && layoutHasDay(layout) {
		layout = "Jan 2006"
	}
	return d.Time().Format(layout)
}

// FormatIn is Format with the month names of the language lang ("es",
// "de", "fr"; see MonthTable) in place of English ones: "Mär 2019" for
// "Jan 2006" in German, "März 2019" for "January 2006". An unknown lang,
// "" and "en" print English.
func (d Date) FormatIn(layout, present, lang string) string {
	s := d.Format(layout, present)
	to, ok := MonthTable[lang]
	if !ok || lang == "en" || d.Present || d.Precision < PrecisionMonth || d.Month < 1 || d.Month > 12 {
		return s
	}
	en := MonthTable["en"]
	if name := en.Full[d.Month-1]; strings.Contains(layout, "January") && strings.Contains(s, name) {
		return strings.Replace(s, name, to.Full[d.Month-1], 1)
	}
	return strings.Replace(s, en.Short[d.Month-1], to.Short[d.Month-1], 1)
}

func layoutHasDay(layout string) bool {
	// "02", "_2" and a lone "2" (not part of "2006") are the day verbs;
	// "Monday"/"Mon" name a weekday.
	l := strings.ReplaceAll(layout, "2006", "")
	l = strings.ReplaceAll(l, "01", "")
	return strings.Contains(l, "2") || strings.Contains(l, "Mon")
}

// MarshalText implements encoding.TextMarshaler with String.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseISO; it also
// accepts "present" and the empty string.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseISO(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseISO parses the strict forms of JSON Resume: YYYY, YYYY-MM and
// YYYY-MM-DD, plus "present" (any case) for an open end and "" for no date.
func ParseISO(s string) (Date, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Date{}, nil
	}
	if strings.EqualFold(t, "present") {
		return Present, nil
	}
	parts := strings.Split(t, "-")
	if len(parts) > 3 {
		return Date{}, &DateError{Input: s, Reason: "want YYYY, YYYY-MM or YYYY-MM-DD"}
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		if len(p) != want || !allDigits(p) {
			return Date{}, &DateError{Input: s, Reason: "want YYYY, YYYY-MM or YYYY-MM-DD"}
		}
		nums[i], _ = strconv.Atoi(p)
	}
	d := Date{Year: nums[0], Precision: Precision(len(nums))}
	if len(nums) > 1 {
		d.Month = nums[1]
	}
	if len(nums) > 2 {
		d.Day = nums[2]
	}
	if err := d.Valid(); err != nil {
		var de *DateError
		if errors.As(err, &de) {
			de.Input = s
		}
		return Date{}, err
	}
	return d, nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// presentWords are the words, in the languages we support, that mean an
// open end. Keys are lower case without accents' variants folded.
var presentWords = map[string]bool{
	"present": true, "current": true, "currently": true, "now": true,
	"today": true, "ongoing": true, "to date": true, "till date": true,
	"heute": true, "aktuell": true, "jetzt": true, "bis heute": true,
	"actualidad": true, "actual": true, "presente": true, "hoy": true,
	"la actualidad": true, "aujourd'hui": true, "aujourd’hui": true,
	"présent": true, "present day": true, "maintenant": true, "en cours": true,
	"atual": true, "atualmente": true, "attuale": true, "oggi": true, "in corso": true,
	"active": true, "至今": true, "现在": true, "目前": true, "현재": true, "現在": true,
}

// IsPresentWord reports whether s is a word for an open end, in English,
// Spanish, German or French ("Present", "heute", "actualidad", ...).
func IsPresentWord(s string) bool {
	return presentWords[strings.ToLower(strings.Trim(strings.TrimSpace(s), ".()"))]
}

// Months are the names of the months in one language, January first:
// Full as in "März 2019", Short as printed by the layout "Jan 2006"
// ("Mär 2019").
type Months struct {
	Full, Short [12]string
}

// MonthTable holds the month names of every language resumekit prints and
// reads, by language code: en, es, de and fr. Short names carry no dot, so
// that "Mär 2019" reads as one word; every Short name is also a name
// MonthNumber knows.
var MonthTable = map[string]Months{
	"en": {
		Full:  [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		Short: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	},
	"es": {
		Full:  [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		Short: [12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
	},
	"de": {
		Full:  [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		Short: [12]string{"Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"},
	},
	"fr": {
		Full:  [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		Short: [12]string{"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
	},
}

// monthNames maps month names and abbreviations (English, Spanish, German,
// French) to month numbers. It is built on first use.
var monthNames = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, lang := range []string{"en", "es", "de", "fr"} {
		for i, name := range MonthTable[lang].Full {
			name = strings.ToLower(name)
			m[name] = i + 1
			if r := []rune(name); len(r) > 3 {
				if _, ok := m[string(r[:3])]; !ok {
					m[string(r[:3])] = i + 1
				}
			}
		}
	}
	// Portuguese and Italian, read but not printed.
	for i, name := range [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"} {
		m[name] = i + 1
	}
	for i, name := range [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"} {
		m[name] = i + 1
	}
	for k, v := range map[string]int{"fev": 2, "marco": 3, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10} {
		m[k] = v
	}
	for k, v := range map[string]int{"sept": 9, "jän": 1, "jänner": 1, "mrz": 3, "maerz": 3, "setiembre": 9, "set": 9, "févr": 2, "fevrier": 2, "aout": 8, "juil": 7, "janv": 1, "déc": 12, "dic": 12, "okt": 10, "dez": 12, "ene": 1, "abr": 4, "ago": 8} {
		m[k] = v
	}
	return m
})

// MonthNumber returns the month number of a month name or abbreviation in
// English, Spanish, German or French ("Sept", "Sept.", "junio", "März"), or 0.
func MonthNumber(s string) int {
	return monthNames()[strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), "."))]
}

// ParseDate is the tolerant parser for dates as people write them: the ISO
// forms, 06.2021, 2024.08, 06/2021, 2021/06, 15.06.2021, Jun 2021, June 2021,
// Sept 2020, Sept. 2020, 2021, and the present words (Present, Current, now,
// heute, aktuell, actualidad, aujourd'hui, ...).
func ParseDate(s string) (Date, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Date{}, nil
	}
	if IsPresentWord(t) {
		return Present, nil
	}
	if d, err := ParseISO(t); err == nil {
		return d, nil
	} else if looksISO(t) {
		return Date{}, err
	}
	fields := strings.FieldsFunc(t, func(r rune) bool {
		return r == ' ' || r == '.' || r == '/' || r == ',' || r == '-' || unicode.IsSpace(r)
	})
	var nums []string
	var words []string
	for _, f := range fields {
		if allDigits(f) {
			nums = append(nums, f)
		} else {
			words = append(words, f)
		}
	}
	bad := &DateError{Input: s, Reason: "not a date this parser knows (try YYYY-MM, MM.YYYY or \"Jun 2021\")"}
	var d Date
	switch {
	case len(words) == 1 && len(nums) == 1 && len(nums[0]) == 4:
		m := MonthNumber(words[0])
		if m == 0 {
			return Date{}, bad
		}
		y, _ := strconv.Atoi(nums[0])
		d = YearMonth(y, m)
	case len(words) == 1 && len(nums) == 2 && len(nums[1]) == 4 && len(nums[0]) <= 2:
		// "15 June 2021" / "June 15, 2021"
		m := MonthNumber(words[0])
		if m == 0 {
			return Date{}, bad
		}
		y, _ := strconv.Atoi(nums[1])
		day, _ := strconv.Atoi(nums[0])
		d = YMD(y, m, day)
	case len(words) == 0 && len(nums) == 1 && len(nums[0]) == 4:
		y, _ := strconv.Atoi(nums[0])
		d = YearOnly(y)
	case len(words) == 0 && len(nums) == 2:
		a, b := nums[0], nums[1]
		switch {
		case len(a) == 4 && len(b) <= 2: // 2024.08, 2021/06
			y, _ := strconv.Atoi(a)
			m, _ := strconv.Atoi(b)
			d = YearMonth(y, m)
		case len(b) == 4 && len(a) <= 2: // 06.2021, 06/2021
			y, _ := strconv.Atoi(b)
			m, _ := strconv.Atoi(a)
			d = YearMonth(y, m)
		default:
			return Date{}, bad
		}
	case len(words) == 0 && len(nums) == 3:
		a, b, c := nums[0], nums[1], nums[2]
		var y, m, day int
		switch {
		case len(a) == 4: // 2021.06.15
			y, _ = strconv.Atoi(a)
			m, _ = strconv.Atoi(b)
			day, _ = strconv.Atoi(c)
		case len(c) == 4: // 15.06.2021 (day first, as in most of Europe)
			y, _ = strconv.Atoi(c)
			m, _ = strconv.Atoi(b)
			day, _ = strconv.Atoi(a)
		default:
			return Date{}, bad
		}
		d = YMD(y, m, day)
	default:
		return Date{}, bad
	}
	if err := d.Valid(); err != nil {
		return Date{}, &DateError{Input: s, Reason: err.(*DateError).Reason}
	}
	return d, nil
}

// repairDate reads, for lenient loading, a date that ParseDate refuses but
// whose meaning is still clear, and says how it read it: ISO dates with
// unpadded parts (2023-9-28) or a trailing dash (1987-01-), a day the month
// does not have (2021-11-31 reads as 2021-11), a time after the day
// (2025-07-01 00:00:00), a two-digit year after a month (Oct-22, 31/01/24),
// and a word for present with a remark ("Present (part-time)"). note is
// empty when s is none of these.
func repairDate(s string) (d Date, note string) {
	t := strings.TrimSpace(s)
	if i := strings.IndexAny(t, "(["); i > 0 && IsPresentWord(t[:i]) {
		return Present, fmt.Sprintf("read as present; %q left out", strings.TrimSpace(t[i:]))
	}
	if len(t) > 10 && (t[10] == ' ' || t[10] == 'T') {
		if v, err := ParseISO(t[:10]); err == nil {
			return v, "read as the day " + v.String()
		}
	}
	var nums []int
	var widths []int
	var words []string
	for _, f := range strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '/' || r == '.' || r == ' ' }) {
		if n, err := strconv.Atoi(f); err == nil && allDigits(f) {
			nums, widths = append(nums, n), append(widths, len(f))
		} else {
			words = append(words, f)
		}
	}
	year2 := func(y int) int { // a two-digit year: 00-49 is 20xx
		if y < 50 {
			return 2000 + y
		}
		return 1900 + y
	}
	switch {
	case len(words) == 0 && len(nums) >= 1 && widths[0] == 4 && len(nums) <= 3:
		// ISO with unpadded or impossible parts
		v := YearOnly(nums[0])
		if len(nums) >= 2 {
			v = YearMonth(nums[0], nums[1])
		}
		if v.Valid() != nil {
			return Date{}, ""
		}
		if len(nums) == 3 {
			if day := YMD(nums[0], nums[1], nums[2]); day.Valid() == nil {
				return day, "read as " + day.String()
			}
			return v, fmt.Sprintf("has a day (%d) its month does not have; read as %s", nums[2], v)
		}
		return v, "read as " + v.String()
	case len(words) == 1 && len(nums) == 1 && widths[0] == 2:
		if m := MonthNumber(words[0]); m != 0 {
			v := YearMonth(year2(nums[0]), m)
			return v, "has a two-digit year; read as " + v.String()
		}
	case len(words) == 0 && len(nums) == 3 && widths[2] == 2 && widths[0] <= 2 && widths[1] <= 2:
		y := year2(nums[2])
		a, b := nums[0], nums[1]
		switch {
		case a > 12 && b <= 12:
			a, b = b, a // day first: 31/01/24
		case b > 12 && a <= 12, a == b:
		default:
			v := YearOnly(y)
			return v, "could be day-month or month-day; read as " + v.String()
		}
		v := YMD(y, a, b)
		if v.Valid() != nil {
			return Date{}, ""
		}
		return v, "has a two-digit year; read as " + v.String()
	}
	return Date{}, ""
}

// looksISO reports whether s has the shape of an ISO date (digits and
// dashes starting with four digits), so that its error is the ISO one.
func looksISO(s string) bool {
	if len(s) < 6 || !allDigits(s[:4]) || s[4] != '-' {
		return false
	}
	for _, r := range s {
		if r != '-' && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// Range is a date range; End is zero when unknown and Present when open.
type Range struct {
	Start, End Date
}

// Valid reports an error when the start is after the end, comparing at the
// coarser of the two precisions.
func (r Range) Valid() error {
	if r.Start.IsZero() || r.End.IsZero() || r.End.Present || r.Start.Present {
		if r.Start.Present {
			return &DateError{Input: "present", Reason: "a start date cannot be present"}
		}
		return nil
	}
	p := min(r.Start.Precision, r.End.Precision)
	if r.Start.Truncate(p).Compare(r.End.Truncate(p)) > 0 {
		return &DateError{Input: r.Start.String() + " – " + r.End.String(), Reason: "start is after end"}
	}
	return nil
}

// Months returns the length of the range in whole months, counting both
// the start and the end month (June 2021 to August 2024 is 39 months, as
// resumes count it). An open end counts up to now. It returns -1 when
// either end is unknown.
func (r Range) Months(now time.Time) int {
	if r.Start.Precision == PrecisionNone || r.End.IsZero() {
		return -1
	}
	end := r.End
	if end.Present {
		end = YearMonth(now.Year(), int(now.Month()))
	}
	if r.Start.Precision == PrecisionYear || end.Precision == PrecisionYear {
		return (end.Year - r.Start.Year + 1) * 12
	}
	return (end.Year-r.Start.Year)*12 + end.Month - r.Start.Month + 1
}

// Duration renders Months as resumes write it: "3y 3m", "2y", "8m".
// It returns "" when the length is unknown.
func (r Range) Duration(now time.Time) string {
	m := r.Months(now)
	if m <= 0 {
		return ""
	}
	y, mo := m/12, m%12
	switch {
	case y == 0:
		return fmt.Sprintf("%dm", mo)
	case mo == 0:
		return fmt.Sprintf("%dy", y)
	}
	return fmt.Sprintf("%dy %dm", y, mo)
}

func itoa(i int) string { return strconv.Itoa(i) }
