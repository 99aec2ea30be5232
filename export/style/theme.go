package style

import (
	"fmt"
	"math"
	"strings"
)

// The themes: designs for DOCX, PDF and HTML. Every theme
// keeps what an applicant-tracking system needs: one column in reading
// order, real text in standard fonts, headings as headings, no tables,
// text boxes or images. Options.Theme picks one; "" is ThemeClassic.
const (
	// ThemeClassic is the original design: Liberation Sans (Arial in
	// DOCX) 10.5 pt, navy headings over a thin rule, 0.75 in margins.
	ThemeClassic = "classic"
	// ThemeModern sets the name in the accent colour, a steel blue
	// (#1F4E79), with a heavier rule under each heading and a little
	// more air between sections.
	ThemeModern = "modern"
	// ThemeSerif is for academic CVs: Liberation Serif (Times New Roman
	// in DOCX) 11 pt, near-black headings over a hairline, 1 in margins.
	ThemeSerif = "serif"
	// ThemeCompact aims at one page: 9.5 pt text, 0.5 in margins,
	// tighter line spacing and a third less space between blocks. When
	// the resume is longer than a page, the PDF and DOCX writers shrink
	// what the options leave unset, spacing first, then font size (see
	// FitSteps), and warn through Options.Warn when even the smallest
	// settings need more than one page.
	ThemeCompact = "compact"
)

// Themes are the theme names, in the order help texts list them.
var Themes = []string{ThemeClassic, ThemeModern, ThemeSerif, ThemeCompact}

// Design is what a theme sets beyond the plain Options fields: the
// proportions the paged writers lay out with.
type Design struct {
	Spacing    float64 // scales the space between blocks; 1 in classic
	Leading    float64 // line height as a multiple of the font size
	RuleWidth  float64 // heading rule, in points
	NameAccent bool    // the name in the accent colour, not the text colour
	FitOnePage bool    // shrink to fit one page (FitSteps)
}

// theme is a theme's defaults for unset Options fields, and its Design.
type theme struct {
	family  string
	size    float64
	accent  string
	margins Margins
	design  Design
}

var themes = map[string]theme{
	ThemeClassic: {family: FamilySans, size: 10.5, accent: "1F3864", margins: Margins{54, 54, 54, 54},
		design: Design{Spacing: 1, Leading: 1.32, RuleWidth: 0.6}},
	ThemeModern: {family: FamilySans, size: 10.5, accent: "1F4E79", margins: Margins{54, 54, 54, 54},
		design: Design{Spacing: 1.1, Leading: 1.35, RuleWidth: 1.5, NameAccent: true}},
	ThemeSerif: {family: FamilySerif, size: 11, accent: "222222", margins: Margins{72, 72, 72, 72},
		design: Design{Spacing: 1, Leading: 1.3, RuleWidth: 0.4}},
	ThemeCompact: {family: FamilySans, size: 9.5, accent: "1F3864", margins: Margins{36, 36, 36, 36},
		design: Design{Spacing: 0.7, Leading: 1.2, RuleWidth: 0.6, FitOnePage: true}},
}

// themeOf returns the theme named name ("" is classic), and whether it exists.
func themeOf(name string) (theme, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" {
		n = ThemeClassic
	}
	t, ok := themes[n]
	return t, ok
}

// CheckTheme checks Options.Theme: "" or one of Themes.
func CheckTheme(name string) error {
	if _, ok := themeOf(name); !ok {
		return &OptionError{Field: "Theme", Value: fmt.Sprintf("%q", name),
			Reason: fmt.Sprintf("unknown theme; want one of %s", strings.Join(Themes, ", "))}
	}
	return nil
}

// The floors of the one-page fit: it never sets less than these.
const (
	FitMinSpacing  = 0.5  // Options.Spacing
	FitMinMargin   = 28.8 // points (0.4 in) on every side
	FitMinFontSize = 8.5  // points
)

// FitSteps returns the settings the one-page fit tries for o, from the
// roomiest (o itself) to the tightest. Only what o leaves unset is
// shrunk, and in this order: the space between blocks (Spacing, in
// steps of 0.1 down to FitMinSpacing), then the margins (to
// FitMinMargin), and only then the font size (in steps of 0.25 pt down to
// FitMinFontSize), so that a resume that fits by closing up the space
// keeps its text size. For a theme without Design.FitOnePage it returns
// o alone.
func FitSteps(o Options) []Options {
	steps := []Options{o}
	t, ok := themeOf(o.Theme)
	if !ok || !t.design.FitOnePage {
		return steps
	}
	cur := o
	add := func() { steps = append(steps, cur) }
	if o.Spacing == 0 {
		for s := t.design.Spacing - 0.1; s >= FitMinSpacing-1e-9; s -= 0.1 {
			cur.Spacing = math.Round(s*100) / 100
			add()
		}
	}
	if o.Margins == (Margins{}) && t.margins.Top > FitMinMargin {
		m := (t.margins.Top + FitMinMargin) / 2
		cur.Margins = Margins{m, m, m, m}
		add()
		cur.Margins = Margins{FitMinMargin, FitMinMargin, FitMinMargin, FitMinMargin}
		add()
	}
	if o.FontSize == 0 {
		for s := t.size - 0.25; s >= FitMinFontSize-1e-9; s -= 0.25 {
			cur.FontSize = math.Round(s*100) / 100
			add()
		}
	}
	return steps
}
