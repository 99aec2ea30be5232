package compare

import (
	"strings"

	"github.com/resumekit/resumekit/resume"
)

// DefaultOrder is the section order assumed when Options.Order is empty. It
// is the writers' default order, written out again here because this
// package must not import the writers' style package.
var DefaultOrder = []string{"summary", "work", "education", "skills", "projects", "volunteer",
	"awards", "certificates", "publications", "languages", "interests", "references"}

// Options say how the file was printed, so that the comparison knows what
// to expect back. The zero Options expects the writers' defaults: month
// dates printed as "Jan 2006", "Present" for an open end, sections in
// DefaultOrder, and runs the blind-parse level only.
type Options struct {
	// Format names the file format ("docx"); it is copied into the report
	// and every loss.
	Format string
	// DateFormat is the Go time layout the writer printed month and day
	// dates with (style.Options.DateFormat); default "Jan 2006". A
	// 2021-06-15 printed with "Jan 2006" is expected back as 2021-06, and
	// with "2006" as 2021.
	DateFormat string
	// Language is the language of the month names the writer printed
	// (style.Options.Language: "es", "de", "fr"; see resume.MonthTable);
	// "" means English.
	Language string
	// ISODates says the format writes dates in ISO form at full precision
	// (JSON Resume), whatever DateFormat says.
	ISODates bool
	// AnyDateForm is for files made by other tools, whose date layout is
	// unknown: a date survives as text in any common form ("Jun 2021",
	// "June 2021", "06/2021", "2021-06", "Sept 2021"), an open end as any
	// present word, and dates are compared to the month.
	AnyDateForm bool
	// OpenEndIsPresent treats a role with a start and no end date as
	// ongoing, as JSON Resume themes and the corpus labels do: the parsed
	// end may then be empty or present.
	OpenEndIsPresent bool
	// Present is the word printed for an open end; default "Present".
	Present string
	// Order is the order the writer printed the sections in, by their JSON
	// Resume names ("work", "education", ...); default DefaultOrder.
	// Sections not listed are expected after the listed ones.
	Order []string
	// AnyOrder lets the sections come in any order (entries within a
	// section still in order), for files made by other tools, which put
	// education before work or contact details at the end.
	AnyOrder bool
	// PartialTruth says the source is a partial label (as for files made
	// by other tools, whose truth lists only some sections): parsed
	// entries, skills and contact fields are reported as Extra only in
	// sections the source has.
	PartialTruth bool
	// Text holds the lines of visible text the ATS extracted, in reading
	// order. When it is nil the text-survival level does not run.
	Text []string
	// Strict counts Normalized notes as losses.
	Strict bool
}

func (o Options) layout() string {
	if o.DateFormat == "" {
		return "Jan 2006"
	}
	return o.DateFormat
}

func (o Options) present() string {
	if o.Present == "" {
		return "Present"
	}
	return o.Present
}

// layoutPrecision is the most a layout prints: the day, the month or the year.
func layoutPrecision(layout string) resume.Precision {
	l := strings.ReplaceAll(layout, "2006", "")
	l = strings.ReplaceAll(l, "06", "")
	hasMonth := strings.Contains(l, "Jan") || strings.Contains(l, "01") || strings.Contains(l, "1")
	// Day verbs are "02", "_2" and a lone "2"; "Mon"/"Monday" name a weekday.
	d := strings.ReplaceAll(l, "01", "")
	hasDay := strings.Contains(d, "2") || strings.Contains(d, "Mon")
	switch {
	case hasDay:
		return resume.PrecisionDay
	case hasMonth:
		return resume.PrecisionMonth
	}
	return resume.PrecisionYear
}

// expect returns the date d as the format printed it: the value to expect
// back from the parser, at the printed precision, and the printed forms any
// of which counts as the date having survived in the text.
func (o Options) expect(d resume.Date) (resume.Date, []string) {
	switch {
	case d.IsZero():
		return d, nil
	case d.Present && o.ISODates:
		// JSON Resume writes an open end as no endDate: nothing to find
		// in the text; the parse level still compares it.
		return d, nil
	case d.Present:
		if o.AnyDateForm {
			return d, []string{o.present(), "Present", "Current", "Now", "Today", "Ongoing"}
		}
		return d, []string{o.present()}
	case o.ISODates:
		return d, []string{d.String()}
	case o.AnyDateForm:
		want := d.Truncate(resume.PrecisionMonth)
		return want, anyForms(want)
	}
	// Mirror resume.Date.Format: a year date prints as the year; a month
	// date under a layout with a day prints as "Jan 2006".
	p := layoutPrecision(o.layout())
	if d.Precision == resume.PrecisionMonth && p == resume.PrecisionDay {
		p = resume.PrecisionMonth
	}
	return d.Truncate(p), []string{d.FormatIn(o.layout(), o.present(), o.Language)}
}

// anyForms lists the common ways people print a date of d's precision.
func anyForms(d resume.Date) []string {
	if d.Precision == resume.PrecisionYear {
		return []string{d.String()}
	}
	t := d.Time()
	forms := []string{"Jan 2006", "January 2006", "Jan. 2006", "01/2006", "1/2006", "01.2006",
		"2006-01", "2006/01", "01-2006", "2006.01"}
	var out []string
	for _, f := range forms {
		out = append(out, t.Format(f))
	}
	if d.Month == 9 {
		out = append(out, "Sept "+t.Format("2006"), "Sept. "+t.Format("2006"))
	}
	return out
}
