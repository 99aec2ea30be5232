package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// date is a parsed resume date: a year with an optional month (0 = none),
// or an ongoing end ("Present", "Presente", "now", "至今", ...).
type date struct {
	Year, Month int
	Present     bool
}

// ok reports whether d holds a year.
func (d date) ok() bool { return d.Year > 0 }

// months maps month names and abbreviations of the corpus's languages
// (en, es, fr, de, it, pt, nl, pl) to month numbers. Longer names come
// first in monthRe, so "junio" is not read as "jun".
var months = map[string]int{
	"january": 1, "jan": 1, "enero": 1, "ene": 1, "janvier": 1, "janv": 1, "januar": 1, "gennaio": 1, "janeiro": 1, "januari": 1, "styczeń": 1, "stycznia": 1,
	"february": 2, "feb": 2, "febrero": 2, "février": 2, "fevrier": 2, "févr": 2, "februar": 2, "febbraio": 2, "fevereiro": 2, "fev": 2, "februari": 2, "luty": 2, "lutego": 2,
	"march": 3, "mar": 3, "marzo": 3, "mars": 3, "märz": 3, "marz": 3, "março": 3, "marco": 3, "maart": 3, "marzec": 3, "marca": 3,
	"april": 4, "apr": 4, "abril": 4, "abr": 4, "avril": 4, "avr": 4, "aprile": 4, "kwiecień": 4, "kwietnia": 4,
	"may": 5, "mayo": 5, "mai": 5, "maggio": 5, "maio": 5, "mei": 5, "maj": 5, "maja": 5,
	"june": 6, "jun": 6, "junio": 6, "juin": 6, "juni": 6, "giugno": 6, "junho": 6, "czerwiec": 6, "czerwca": 6,
	"july": 7, "jul": 7, "julio": 7, "juillet": 7, "juil": 7, "juli": 7, "luglio": 7, "julho": 7, "lipiec": 7, "lipca": 7,
	"august": 8, "aug": 8, "agosto": 8, "ago": 8, "août": 8, "aout": 8, "augustus": 8, "sierpień": 8, "sierpnia": 8,
	"september": 9, "sep": 9, "sept": 9, "septiembre": 9, "setiembre": 9, "septembre": 9, "settembre": 9, "setembro": 9, "set": 9, "wrzesień": 9, "września": 9,
	"october": 10, "oct": 10, "octubre": 10, "octobre": 10, "oktober": 10, "okt": 10, "ottobre": 10, "outubro": 10, "out": 10, "październik": 10, "października": 10,
	"november": 11, "nov": 11, "noviembre": 11, "novembre": 11, "novembro": 11, "listopad": 11, "listopada": 11,
	"december": 12, "dec": 12, "diciembre": 12, "dic": 12, "décembre": 12, "decembre": 12, "déc": 12, "dezember": 12, "dez": 12, "dicembre": 12, "dezembro": 12, "grudzień": 12, "grudnia": 12,
}

var (
	monthRe   = regexp.MustCompile(`(?i)\p{L}+`)
	presentRe = regexp.MustCompile(`(?i)^\s*(present|presente|current|currently|now|ongoing|today|actual|actualidad|actualmente|hoy|en cours|aujourd'hui|heute|aktuell|jetzt|attuale|oggi|atual|atualmente|active|obecnie|至今|现在|現在|현재|по настоящее время|наст\. время|till date|to date)\s*\.?\s*$`)
	isoRe     = regexp.MustCompile(`^\s*((?:19|20)\d{2})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$`)
	yearRe    = regexp.MustCompile(`\b((?:19|20)\d{2})\b`)
	mmYYYYRe  = regexp.MustCompile(`\b(\d{1,2})[/.-]((?:19|20)\d{2})\b`)
	ddmmyyRe  = regexp.MustCompile(`^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})\s*$`)
)

// parseDate reads a date as the corpus's authors write them: ISO forms
// (2020, 2020-03, 2020-3-28, a date-time), month names in several
// languages ("Abril 2024", "2012, October"), 06/2020, 01-06-22 (day,
// month, two-digit year) and words for "present". The zero date means
// absent or unreadable.
func parseDate(raw string) date {
	s := strings.TrimSpace(raw)
	if s == "" {
		return date{}
	}
	if presentRe.MatchString(s) {
		return date{Present: true}
	}
	if m := isoRe.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			mo = 0
		}
		return date{Year: y, Month: mo}
	}
	if m := ddmmyyRe.FindStringSubmatch(s); m != nil {
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if mo >= 1 && mo <= 12 {
			return date{Year: 2000 + y, Month: mo}
		}
		return date{}
	}
	m := yearRe.FindStringSubmatch(s)
	if m == nil {
		return date{}
	}
	d := date{}
	d.Year, _ = strconv.Atoi(m[1])
	if mm := mmYYYYRe.FindStringSubmatch(s); mm != nil {
		if mo, _ := strconv.Atoi(mm[1]); mo >= 1 && mo <= 12 {
			d.Month = mo
			return d
		}
	}
	for _, w := range monthRe.FindAllString(s, -1) {
		if mo, ok := months[strings.ToLower(strings.TrimSuffix(w, "."))]; ok {
			d.Month = mo
			break
		}
	}
	return d
}

// label is the date as a label writes it: 2020-03, 2020, or "" (absent
// or ongoing).
func (d date) label() string {
	switch {
	case !d.ok():
		return ""
	case d.Month > 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return strconv.Itoa(d.Year)
}

var monthNames = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// dateStyle is how one of our own templates prints a date.
type dateStyle int

const (
	styleMonYear   dateStyle = iota // Mar 2020
	styleNumeric                    // 03/2020
	styleISO                        // 2020-03
	styleLongMonth                  // March 2020
	styleDotted                     // 2020.03
)

// show prints a date as written by raw in a template's style; an
// unreadable date is printed as its author wrote it.
func show(raw string, st dateStyle) string {
	d := parseDate(raw)
	switch {
	case d.Present:
		return "Present"
	case !d.ok():
		return strings.TrimSpace(raw)
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	}
	switch st {
	case styleNumeric:
		return fmt.Sprintf("%02d/%d", d.Month, d.Year)
	case styleISO:
		return fmt.Sprintf("%d-%02d", d.Year, d.Month)
	case styleLongMonth:
		return monthNames[d.Month] + " " + strconv.Itoa(d.Year)
	case styleDotted:
		return fmt.Sprintf("%d.%02d", d.Year, d.Month)
	}
	return monthNames[d.Month][:3] + " " + strconv.Itoa(d.Year)
}

// span prints a date range; an absent end after a start is "Present".
func span(start, end string, st dateStyle, sep string) string {
	s, e := show(start, st), show(end, st)
	switch {
	case s == "" && e == "":
		return ""
	case s == "":
		return e
	case e == "":
		e = "Present"
	}
	return s + sep + e
}
