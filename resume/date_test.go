package resume

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDateForms(t *testing.T) {
	tests := []struct {
		in   string
		want Date
	}{
		// The forms issue 2 lists.
		{"06.2021", YearMonth(2021, 6)},
		{"2024.08", YearMonth(2024, 8)},
		{"06/2021", YearMonth(2021, 6)},
		{"Jun 2021", YearMonth(2021, 6)},
		{"June 2021", YearMonth(2021, 6)},
		{"Sept 2020", YearMonth(2020, 9)},
		{"Sept. 2020", YearMonth(2020, 9)},
		{"Present", Present},
		{"Current", Present},
		{"now", Present},
		{"heute", Present},
		{"aktuell", Present},
		{"actualidad", Present},
		{"aujourd'hui", Present},
		{"aujourd’hui", Present},
		// More that real resumes use.
		{"2021", YearOnly(2021)},
		{"2021-06", YearMonth(2021, 6)},
		{"2021-06-15", YMD(2021, 6, 15)},
		{"2021/06", YearMonth(2021, 6)},
		{"15.06.2021", YMD(2021, 6, 15)},
		{"2021.06.15", YMD(2021, 6, 15)},
		{"August 2021", YearMonth(2021, 8)},
		{"15 June 2021", YMD(2021, 6, 15)},
		{"June 15, 2021", YMD(2021, 6, 15)},
		{"junio 2021", YearMonth(2021, 6)},
		{"März 2020", YearMonth(2020, 3)},
		{"févr. 2019", YearMonth(2019, 2)},
		{"  PRESENT ", Present},
		{"(present)", Present},
		{"", Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, in := range []string{"2024-13", "2020-19-01", "2021-02-30", "13.2021", "Foo 2021", "soon", "20210", "0000", "2021-6", "32.01.2020", "June"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseDate(in)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrDate)
			var de *DateError
			require.True(t, errors.As(err, &de))
			assert.Equal(t, in, de.Input)
		})
	}
}

func TestParseISOStrict(t *testing.T) {
	for in, want := range map[string]Date{
		"2021": YearOnly(2021), "2021-06": YearMonth(2021, 6), "2021-06-15": YMD(2021, 6, 15),
		"present": Present, "Present": Present, "": {}, "2024-02-29": YMD(2024, 2, 29),
	} {
		got, err := ParseISO(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"06.2021", "June 2021", "2024-13", "2020-19-01", "2023-02-29", "21-06", "2021-06-15T00:00", "heute", "2021-00"} {
		_, err := ParseISO(in)
		assert.ErrorIs(t, err, ErrDate, in)
	}
}

func TestDateStringRoundTrip(t *testing.T) {
	for _, d := range []Date{YearOnly(1999), YearMonth(2021, 6), YMD(2021, 6, 1), Present, {}} {
		got, err := ParseISO(d.String())
		require.NoError(t, err)
		assert.Equal(t, d, got)
		b, err := d.MarshalText()
		require.NoError(t, err)
		var back Date
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, d, back)
	}
}

func TestRangeDuration(t *testing.T) {
	now := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		start, end Date
		months     int
		want       string
	}{
		{YearMonth(2021, 6), YearMonth(2024, 8), 39, "3y 3m"}, // June 2021 – Aug 2024
		{YearMonth(2023, 6), YearMonth(2024, 8), 15, "1y 3m"},
		{YearMonth(2019, 5), YearMonth(2019, 10), 6, "6m"},
		{YearMonth(2020, 1), YearMonth(2021, 12), 24, "2y"},
		{YearMonth(2024, 6), Present, 10, "10m"},
		{YMD(2021, 6, 15), YMD(2021, 6, 20), 1, "1m"},
		{YearOnly(2019), YearOnly(2020), 24, "2y"},
		{YearMonth(2021, 6), Date{}, -1, ""},
		{Date{}, YearMonth(2021, 6), -1, ""},
	}
	for _, tt := range tests {
		r := Range{tt.start, tt.end}
		assert.Equal(t, tt.months, r.Months(now), "%s – %s", tt.start, tt.end)
		assert.Equal(t, tt.want, r.Duration(now), "%s – %s", tt.start, tt.end)
	}
}

func TestRangeValid(t *testing.T) {
	assert.NoError(t, Range{YearMonth(2021, 6), YearMonth(2021, 6)}.Valid())
	assert.NoError(t, Range{YearOnly(2021), YearMonth(2021, 1)}.Valid(), "compared at the coarser precision")
	assert.NoError(t, Range{YearMonth(2021, 6), Present}.Valid())
	assert.Error(t, Range{YearMonth(2021, 7), YearMonth(2021, 6)}.Valid())
	assert.Error(t, Range{Present, YearMonth(2021, 6)}.Valid())
}

func TestDateFormatAndCompare(t *testing.T) {
	assert.Equal(t, "Jun 2021", YearMonth(2021, 6).Format("", ""))
	assert.Equal(t, "06.2021", YearMonth(2021, 6).Format("01.2006", ""))
	assert.Equal(t, "Jun 2021", YearMonth(2021, 6).Format("02 Jan 2006", ""), "no invented day")
	assert.Equal(t, "2021", YearOnly(2021).Format("Jan 2006", ""))
	assert.Equal(t, "heute", Present.Format("", "heute"))
	assert.Equal(t, "Present", Present.Format("", ""))
	assert.Equal(t, -1, YearMonth(2021, 6).Compare(YearMonth(2021, 7)))
	assert.Equal(t, 1, Present.Compare(YMD(9999, 12, 31)))
	assert.Equal(t, -1, Date{}.Compare(YearOnly(1)))
	assert.Equal(t, YearMonth(2021, 6), YMD(2021, 6, 15).Truncate(PrecisionMonth))
}

func TestMonthTable(t *testing.T) {
	for _, lang := range []string{"en", "es", "de", "fr"} {
		months, ok := MonthTable[lang]
		if !assert.True(t, ok, lang) {
			continue
		}
		seen := map[string]bool{}
		for i := range 12 {
			for _, name := range []string{months.Full[i], months.Short[i]} {
				assert.Equal(t, i+1, MonthNumber(name), "%s %q", lang, name)
				assert.NotContains(t, name, ".", "%s %q: no dots, so a date is two words", lang, name)
			}
			assert.False(t, seen[months.Full[i]], "%s: %q twice", lang, months.Full[i])
			seen[months.Full[i]] = true
		}
	}
	assert.Len(t, MonthTable, 4)
}
