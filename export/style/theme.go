package style

import (
	"fmt"
	"strings"
)

// The themes: designs for the paged formats (DOCX and PDF). Every theme
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
	// tighter line spacing and a third less space between blocks.
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
		design: Design{Spacing: 0.7, Leading: 1.2, RuleWidth: 0.6}},
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
