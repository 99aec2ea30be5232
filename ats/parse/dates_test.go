package parse

import (
	"strings"
	"testing"
)

func TestFindDates(t *testing.T) {
	cases := []struct {
		in, start, end string // end "" = none, "present" = open
		isRange        bool
	}{
		{"06.2021 – 08.2024", "2021-06", "2024-08", true},
		{"06.2023 – 2024.08 (1y 3m)", "2023-06", "2024-08", true},
		{"06.2021 – 08.2024 (3y, 3m)", "2021-06", "2024-08", true},
		{"06/2021 - 2021-09", "2021-06", "2021-09", true},
		{"2021-06 – Present", "2021-06", "present", true},
		{"Jun 2021 - June 2022", "2021-06", "2022-06", true},
		{"Sept. 2020 – Current", "2020-09", "present", true},
		{"Sept 2018 – May 2023", "2018-09", "2023-05", true},
		{"Summer 2012 and 2013", "2012", "2013", true},
		{"2019 – Now", "2019", "present", true},
		{"2019 – heute", "2019", "present", true},
		{"03.2021 – aktuell", "2021-03", "present", true},
		{"mar. 2021 – actualidad", "2021-03", "present", true},
		{"ene. 2020 - la actualidad", "2020-01", "present", true},
		{"janv. 2020 – aujourd'hui", "2020-01", "present", true},
		{"juil. 2019 - déc. 2020", "2019-07", "2020-12", true},
		{"März 2019 – Okt. 2020", "2019-03", "2020-10", true},
		{"2018 to 2020", "2018", "2020", true},
		{"2018 bis 2020", "2018", "2020", true},
		{"de 2018 a 2020", "2018", "2020", true},
		{"2018\u00ad2020", "2018", "2020", true},
		{"2018—2020", "2018", "2020", true},
		{"2018 -- 2020", "2018", "2020", true},
		{"Jun – Aug 2021", "2021-06", "2021-08", true},
		{"Nov 2020 – Feb 2021", "2020-11", "2021-02", true},
		{"Dec 2017 Present", "2017-12", "present", true},   // a dash lost in extraction
		{"August 2014 – Curr", "2014-08", "present", true}, // clipped by its column
		{"12/2017 – Pres", "2017-12", "present", true},
		{"2014 06 01\t2018 07 01", "2014-06-01", "2018-07-01", true}, // ISO with spaces
		{"2017 12\t2018 09", "2017-12", "2018-09", true},
		{"Jul 2014 Dec 2017", "2014-07", "2017-12", true},
		{"since 2019", "2019", "present", true},
		{"seit 03/2019", "2019-03", "present", true},
		{"May 2019 to date", "2019-05", "present", true},
		{"15.06.2021 – 30.09.2022", "2021-06-15", "2022-09-30", true},
		{"2024.08", "2024-08", "", false},
		{"Jan 2021", "2021-01", "", false},
		{"Jun '21 – Present", "2021-06", "present", true},
		{"2010-2014 (expected)", "2010", "2014", true},
		// two months joined by "and" are two dates, unless "between"
		// opens them
		{"Occasional trainer (October 2019 and January 2020)", "2019-10", "", false},
		{"between May 2010 and June 2012", "2010-05", "2012-06", true},
	}
	for _, c := range cases {
		ds := findDates(c.in)
		if len(ds) == 0 {
			t.Errorf("%q: no date found", c.in)
			continue
		}
		d := ds[0]
		if d.rng.Start.String() != c.start || d.rng.End.String() != c.end || d.isRange != c.isRange {
			t.Errorf("%q = %s..%s (range %v), want %s..%s (range %v)", c.in, d.rng.Start, d.rng.End, d.isRange, c.start, c.end, c.isRange)
		}
	}
	for _, s := range []string{"NeurIPS", "Tier 2, 99.95% availability", "Python 3", "a 2-step plan", "version 1.10"} {
		if ds := findDates(s); len(ds) > 0 {
			t.Errorf("%q: found %v", s, ds)
		}
	}
}

func TestCutDates(t *testing.T) {
	cases := []struct{ in, rest string }{
		{"Sept 2018 – May 2023 Princeton University, PhD in Computer Science", "Princeton University, PhD in Computer Science"},
		{"Software Engineer, Google | 2019 – 2021", "Software Engineer, Google"},
		{"Engineer (2019 – 2021)", "Engineer"},
		{"Spotahome (Madrid, Spain; 100% remote since March 2020)", "Spotahome (Madrid, Spain; 100% remote since March 2020)"},
		{"Madrid, Spain; 100% remote since March 2020", "Madrid, Spain; 100% remote since March 2020"},
		{"Co-authored paper accepted at NeurIPS 2022 in the main track", "Co-authored paper accepted at NeurIPS 2022 in the main track"},
	}
	for _, c := range cases {
		if got, _ := cutDates(c.in, false); got != c.rest {
			t.Errorf("cutDates(%q) = %q, want %q", c.in, got, c.rest)
		}
	}
}

// FuzzDigitlessText backs findDates' shortcut: text without a digit holds
// no date, whatever its words ("since June – Present", "Sommer – heute").
func FuzzDigitlessText(f *testing.F) {
	for _, s := range []string{"Present", "since June", "June – Present", "Jun – heute", "seit März – aktuell", "ongoing", "current",
		"Sommer – Winter", "Fall – Spring", "desde junio – actualidad", "depuis juin", "Juni ’", "٢٠٢١ – ٢٠٢٢"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if hasDigit(s) {
			return
		}
		if ds := datesIn(s); len(ds) > 0 {
			t.Fatalf("%q has no digit, yet dates were found: %+v", s, ds)
		}
	})
}

// TestJoinRangeSegs joins a range that a date column wrapped beside a
// row, and leaves other pieces alone.
func TestJoinRangeSegs(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"2020-07-01", "TO 2021-05-01"}, []string{"2020-07-01 TO 2021-05-01"}},
		{[]string{"Engineer", "Mar 2019", "– Jun 2021"}, []string{"Engineer", "Mar 2019 – Jun 2021"}},
		{[]string{"2020", "Berlin"}, []string{"2020", "Berlin"}},
		{[]string{"Jan 2019 – Mar 2020", "to 2021"}, []string{"Jan 2019 – Mar 2020", "to 2021"}},
	} {
		if got := joinRangeSegs(c.in); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("joinRangeSegs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
