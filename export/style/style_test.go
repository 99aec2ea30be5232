package style

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/resumekit/resumekit/resume"
)

func TestLabelSetsAreComplete(t *testing.T) {
	for lang, l := range LabelSets {
		v := reflect.ValueOf(l)
		for i := range v.NumField() {
			if v.Field(i).String() == "" {
				t.Errorf("label set %q has no %s", lang, v.Type().Field(i).Name)
			}
		}
	}
}

func TestResolveDefaults(t *testing.T) {
	r := Options{}.Resolve()
	if r.FontSize != 10.5 || r.Accent != "1F3864" || r.DateFormat != "Jan 2006" || r.Present != "Present" ||
		len(r.Order) != len(DefaultOrder) || r.Created.Year() != 2000 || r.Margins.Left != 54 {
		t.Errorf("defaults: %+v", r)
	}
	if got := (Options{Language: "de"}).Resolve(); got.Labels.Work != "Berufserfahrung" || got.Present != "heute" {
		t.Errorf("German: %+v", got.Labels)
	}
	if got := (Options{Language: "xx"}).Resolve(); got.Labels.Work != "Work Experience" {
		t.Errorf("unknown language falls back to English, got %q", got.Labels.Work)
	}
	custom := LabelSets["en"]
	custom.Work = "Jobs"
	if got := (Options{Labels: &custom, Present: "now"}).Resolve(); got.Labels.Work != "Jobs" || got.Present != "now" {
		t.Errorf("custom labels: %+v", got)
	}
}

func TestRange(t *testing.T) {
	r := Options{}.Resolve()
	cases := []struct {
		start, end resume.Date
		want       string
	}{
		{resume.YearMonth(2021, 6), resume.YearMonth(2024, 8), "Jun 2021 – Aug 2024"},
		{resume.YearMonth(2021, 6), resume.Present, "Jun 2021 – Present"},
		{resume.YearOnly(2019), resume.Date{}, "2019"},
		{resume.Date{}, resume.YearMonth(2020, 1), "Jan 2020"},
		{resume.Date{}, resume.Date{}, ""},
	}
	for _, c := range cases {
		if got := r.Range(c.start, c.end); got != c.want {
			t.Errorf("Range(%v, %v) = %q, want %q", c.start, c.end, got, c.want)
		}
	}
	if got := (Options{DateFormat: "01.2006"}).Resolve().Range(resume.YMD(2021, 6, 15), resume.Date{}); got != "06.2021" {
		t.Errorf("day date with a month layout = %q", got)
	}
}

func TestCheckPage(t *testing.T) {
	if err := (Options{}).Resolve().CheckPage("docx"); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	for name, o := range map[string]Options{
		"negative margin": {Margins: Margins{Top: -1, Right: 10, Bottom: 10, Left: 10}},
		"no text left":    {Margins: Margins{300, 300, 300, 300}},
		"page size":       {PageSize: 9},
		"order":           {Order: []Section{Work, "hobbies"}},
	} {
		err := o.Resolve().CheckPage("pdf")
		var oe *OptionError
		if !errors.As(err, &oe) || !errors.Is(err, ErrOptions) || oe.Format != "pdf" {
			t.Errorf("%s: got %v, want a pdf *OptionError", name, err)
		}
	}
}

func TestMonthsTranslated(t *testing.T) {
	start := resume.Date{Year: 2019, Month: 3, Precision: resume.PrecisionMonth}
	jun := resume.Date{Year: 2021, Month: 6, Precision: resume.PrecisionMonth}
	for _, c := range []struct {
		lang, layout, want string
	}{
		{"", "", "Mar 2019 – Present"},
		{"en", "January 2006", "March 2019 – Present"},
		{"de", "", "Mär 2019 – heute"},
		{"de", "January 2006", "März 2019 – heute"},
		{"es", "", "mar 2019 – Actualidad"},
		{"fr", "", "mars 2019 – aujourd'hui"},
		{"fr", "01/2006", "03/2019 – aujourd'hui"},
	} {
		r := Options{Language: c.lang, DateFormat: c.layout}.Resolve()
		assert.Equal(t, c.want, r.Range(start, resume.Present), "%s %q", c.lang, c.layout)
	}
	fr := Options{Language: "fr"}.Resolve()
	assert.Equal(t, "juin 2021", fr.Date(jun))
	assert.Equal(t, "2021", fr.Date(resume.Date{Year: 2021, Precision: resume.PrecisionYear}))
	// Every month of every language prints its own name, and reads back.
	for lang, names := range resume.MonthTable {
		for short, layout := range map[bool]string{true: "Jan 2006", false: "January 2006"} {
			r := Options{Language: lang, DateFormat: layout}.Resolve()
			for m := 1; m <= 12; m++ {
				want := names.Full[m-1]
				if short {
					want = names.Short[m-1]
				}
				got := r.Date(resume.Date{Year: 2020, Month: m, Precision: resume.PrecisionMonth})
				assert.Equal(t, want+" 2020", got, "%s month %d", lang, m)
				assert.Equal(t, m, resume.MonthNumber(want), "%s %q reads back", lang, want)
			}
		}
	}
}

func TestCheckDateFormat(t *testing.T) {
	for _, ok := range []string{"", "Jan 2006", "01/2006", "January 2006", "2006-01", "01/06"} {
		assert.NoError(t, CheckDateFormat(ok), ok)
	}
	for _, bad := range []string{"foo", "Jan", "01/02", "January"} {
		err := CheckDateFormat(bad)
		assert.ErrorIs(t, err, ErrOptions, bad)
		assert.Contains(t, err.Error(), "needs the year", bad)
	}
}

func TestThemes(t *testing.T) {
	for _, th := range Themes {
		r := Options{Theme: th}.Resolve()
		if r.Design.Spacing <= 0 || r.Design.Leading < 1 || r.Design.RuleWidth <= 0 || r.FontSize <= 0 || r.FontFamily == "" {
			t.Errorf("theme %s resolves incompletely: %+v", th, r)
		}
		if err := r.CheckPage("pdf"); err != nil {
			t.Errorf("theme %s: %v", th, err)
		}
	}
	if (Options{}).Resolve().Design != (Options{Theme: ThemeClassic}).Resolve().Design {
		t.Error(`theme "" is not classic`)
	}
	r := Options{Theme: ThemeSerif, FontFamily: FamilySans, FontSize: 12}.Resolve()
	if r.FontFamily != FamilySans || r.FontSize != 12 || r.Margins.Top != 72 {
		t.Errorf("set fields must win over the theme's: %+v", r)
	}
	if err := (Options{Theme: "fancy"}).Resolve().CheckPage("docx"); err == nil || !strings.Contains(err.Error(), "unknown theme") {
		t.Errorf("unknown theme: %v", err)
	}
}

// TestFitSteps: the compact theme's steps shrink the spacing, then the
// margins, then the font, never below the floors, and leave set fields
// alone; the other themes have no steps.
func TestFitSteps(t *testing.T) {
	steps := FitSteps(Options{Theme: ThemeCompact})
	if len(steps) < 3 || steps[0].Spacing != 0 {
		t.Fatalf("steps %+v", steps)
	}
	font := false
	for i, s := range steps[1:] {
		r := s.Resolve()
		prev := steps[i].Resolve()
		if r.Design.Spacing > prev.Design.Spacing || r.Margins.Top > prev.Margins.Top || r.FontSize > prev.FontSize {
			t.Errorf("step %d grows: %+v after %+v", i+1, s, steps[i])
		}
		if r.FontSize < 9.5 {
			font = true
			if r.Design.Spacing != FitMinSpacing || r.Margins.Top != FitMinMargin {
				t.Errorf("step %d shrinks the font before the spacing and margins: %+v", i+1, s)
			}
		}
		if r.Design.Spacing < FitMinSpacing || r.Margins.Left < FitMinMargin || r.FontSize < FitMinFontSize {
			t.Errorf("step %d is below a floor: %+v", i+1, s)
		}
	}
	if last := steps[len(steps)-1].Resolve(); !font || last.FontSize != FitMinFontSize {
		t.Errorf("the last step is %g pt, want %g", last.FontSize, FitMinFontSize)
	}
	if s := FitSteps(Options{Theme: ThemeCompact, FontSize: 9, Spacing: 0.8, Margins: Margins{40, 40, 40, 40}}); len(s) != 1 {
		t.Errorf("set fields were shrunk: %+v", s)
	}
	for _, th := range []string{"", ThemeClassic, ThemeModern, ThemeSerif, "nope"} {
		if s := FitSteps(Options{Theme: th}); len(s) != 1 {
			t.Errorf("%q: %d steps", th, len(s))
		}
	}
	if err := (Options{Spacing: 0.1}).Resolve().CheckPage("pdf"); err == nil {
		t.Error("Spacing 0.1 accepted")
	}
}
