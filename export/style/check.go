package style

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// ErrOptions is wrapped by every *OptionError.
var ErrOptions = errors.New("invalid option")

// OptionError is an Options field whose value a writer cannot use.
type OptionError struct {
	Format string // the writer, as in "docx"; "" when not specific
	Field  string // the field, as in "Margins.Left" or "Order[2]"
	Value  string // the offending value, printed
	Reason string // what is wrong and how to fix it
}

func (e *OptionError) Error() string {
	s := fmt.Sprintf("option %s = %s: %s", e.Field, e.Value, e.Reason)
	if e.Format != "" {
		s = e.Format + ": " + s
	}
	return s
}

// Unwrap returns ErrOptions.
func (e *OptionError) Unwrap() error { return ErrOptions }

// MinText is the least text width and height, in points, that the margins
// must leave on the page.
const MinText = 72.0

// The bounds of Options.Spacing.
const (
	MinSpacing = 0.25
	MaxSpacing = 4.0
)

// CheckPage checks the options every paged writer (DOCX, PDF) depends on:
// margins that are numbers of points, 0 or more, and leave at least
// MinText of text each way; a Spacing of 0 or between MinSpacing and
// MaxSpacing; a known page size; known section names in
// Order. format names the writer in the error.
func (r Resolved) CheckPage(format string) error {
	if err := CheckTheme(r.Theme); err != nil {
		err.(*OptionError).Format = format
		return err
	}
	m := r.Margins
	for _, f := range []struct {
		name string
		v    float64
	}{{"Margins.Top", m.Top}, {"Margins.Right", m.Right}, {"Margins.Bottom", m.Bottom}, {"Margins.Left", m.Left}} {
		if f.v < 0 || math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return &OptionError{Format: format, Field: f.name, Value: fmt.Sprint(f.v), Reason: "want a margin in points, 0 or more"}
		}
	}
	if !(r.Options.Spacing == 0 || r.Options.Spacing >= MinSpacing && r.Options.Spacing <= MaxSpacing) {
		return &OptionError{Format: format, Field: "Spacing", Value: fmt.Sprint(r.Options.Spacing),
			Reason: fmt.Sprintf("want a factor between %g and %g for the space between blocks (0 keeps the theme's)", MinSpacing, MaxSpacing)}
	}
	if r.PageSize != A4 && r.PageSize != Letter {
		return &OptionError{Format: format, Field: "PageSize", Value: fmt.Sprint(r.PageSize), Reason: "want style.A4 or style.Letter"}
	}
	pw, ph := r.PageSize.Points()
	if pw-m.Left-m.Right < MinText || ph-m.Top-m.Bottom < MinText {
		return &OptionError{Format: format, Field: "Margins", Value: fmt.Sprintf("%+v", m),
			Reason: fmt.Sprintf("the margins leave less than %g pt (1 in) of text on a %.0fx%.0f pt page", MinText, pw, ph)}
	}
	for i, s := range r.Order {
		if !slices.Contains(DefaultOrder, s) {
			return &OptionError{Format: format, Field: fmt.Sprintf("Order[%d]", i), Value: fmt.Sprintf("%q", s),
				Reason: fmt.Sprintf("unknown section; want one of %v", DefaultOrder)}
		}
	}
	return nil
}
