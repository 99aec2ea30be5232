package html

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/resumekit/resumekit/export/style"
)

// Limits on presentation options, the same as the DOCX writer's.
const (
	minFontSize = 6.0   // points; smaller text reads as hidden to an ATS audit
	maxFontSize = 200.0 // points
	minContrast = 3.0   // accent against white paper (WCAG's large-text minimum)
	maxFamily   = 100   // bytes of a font family name
)

// check checks the options the page depends on and returns the accent as
// "rrggbb".
func check(st style.Resolved) (string, error) {
	if !(st.FontSize >= minFontSize && st.FontSize <= maxFontSize) {
		return "", &style.OptionError{Format: "html", Field: "FontSize", Value: fmt.Sprint(st.FontSize),
			Reason: fmt.Sprintf("want a size in points between %g and %g (0 means 10.5)", minFontSize, maxFontSize)}
	}
	accent := strings.ToLower(strings.TrimPrefix(st.Accent, "#"))
	if len(accent) != 6 || !isHex(accent) {
		return "", &style.OptionError{Format: "html", Field: "Accent", Value: fmt.Sprintf("%q", st.Accent),
			Reason: `want a colour as six hex digits "RRGGBB", such as "1F3864"`}
	}
	if c := contrast(accent); c < minContrast {
		return "", &style.OptionError{Format: "html", Field: "Accent", Value: fmt.Sprintf("%q", st.Accent),
			Reason: fmt.Sprintf("too light to read on white paper (contrast %.1f:1, want at least %g:1); headings would be all but invisible", c, minContrast)}
	}
	if len(st.FontFamily) > maxFamily {
		return "", &style.OptionError{Format: "html", Field: "FontFamily", Value: fmt.Sprintf("%.20q…", st.FontFamily),
			Reason: fmt.Sprintf("want a font family name of at most %d bytes", maxFamily)}
	}
	return accent, st.CheckPage("html")
}

// contrast returns the WCAG contrast ratio of the colour "rrggbb" against
// white.
func contrast(rgb string) float64 {
	lin := func(hex string) float64 {
		v, _ := strconv.ParseUint(hex, 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(rgb[0:2]) + 0.7152*lin(rgb[2:4]) + 0.0722*lin(rgb[4:6])
	return 1.05 / (l + 0.05)
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHexDigit(s[i]) {
			return false
		}
	}
	return true
}

// pt formats a length in points, to a hundredth.
func pt(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64) + "pt"
}

// fontStack returns the CSS font-family list: the style's family first,
// when it names a font, then fonts every system has with the same metrics
// (Liberation Sans is metric-compatible with Arial, Liberation Serif with
// Times New Roman), then the generic family. The families style.FamilySans
// and style.FamilySerif, which the PDF embeds, give those stacks alone.
func fontStack(family string) string {
	sans := `"Liberation Sans", Arial, Helvetica, sans-serif`
	serif := `"Liberation Serif", "Times New Roman", Times, serif`
	f := clean(family)
	switch strings.ToLower(f) {
	case "", style.FamilySans:
		return sans
	case style.FamilySerif:
		return serif
	}
	stack := sans
	if l := strings.ToLower(f); strings.Contains(l, "serif") && !strings.Contains(l, "sans") ||
		strings.Contains(l, "times") || strings.Contains(l, "georgia") || strings.Contains(l, "garamond") {
		stack = serif
	}
	return cssString(f) + ", " + stack
}

// cssString quotes s as a CSS string. Quotes, backslashes and the
// characters that could end the <style> element ("<", ">", "&") are
// written as CSS escapes.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\', '<', '>', '&':
			fmt.Fprintf(&b, `\%x `, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// appendCSS appends the page's style sheet. Print: @page with the style's
// size and margins, and the page numbers in the bottom margin when asked.
// Screen: the printed text width, centred. The theme (style.Design) sets
// the line height, the space between blocks, the heading rule and the
// colour of the name. Nothing in it hides, moves or shrinks text.
func appendCSS(b []byte, st style.Resolved, accent string) []byte {
	m := st.Margins
	pw, _ := st.PageSize.Points()
	size := "A4"
	if st.PageSize == style.Letter {
		size = "letter"
	}
	base := st.FontSize
	d := st.Design
	sp := func(v float64) string { return pt(v * d.Spacing) }
	name := textColour
	if d.NameAccent {
		name = "#" + accent
	}
	numbers := ""
	if st.PageNumbers {
		numbers = strings.NewReplacer("{font}", fontStack(st.FontFamily), "{small}", pt(base*0.8),
			"{words}", pageWords(st.Language)).Replace(pageNumbers)
	}
	r := strings.NewReplacer(
		"{size}", size,
		"{mt}", pt(m.Top), "{mr}", pt(m.Right), "{mb}", pt(m.Bottom), "{ml}", pt(m.Left),
		"{numbers}", numbers,
		"{width}", pt(pw-m.Left-m.Right),
		"{font}", fontStack(st.FontFamily),
		"{base}", pt(base), "{h1}", pt(base*2.4), "{h2}", pt(base+3), "{h3}", pt(base+0.5),
		"{leading}", strconv.FormatFloat(d.Leading, 'f', -1, 64),
		"{header}", sp(10), "{h2top}", sp(14), "{h2bottom}", sp(6), "{h3top}", sp(8),
		"{para}", sp(3), "{item}", sp(1.5),
		"{rule}", pt(d.RuleWidth),
		"{text}", textColour, "{name}", name,
		"{accent}", "#"+accent,
	)
	return append(b, r.Replace(css)...)
}

// textColour is the colour of the text, near-black.
const textColour = "#1a1a1a"

// pageWords is the page-number furniture in CSS, as the PDF writer prints
// it: "Page 1 of 2" in English, "1 / 2" in the other languages.
func pageWords(lang string) string {
	if lang == "" || lang == "en" {
		return `"Page " counter(page) " of " counter(pages)`
	}
	return `counter(page) " / " counter(pages)`
}

// pageNumbers is the @page margin box of style.Options.PageNumbers: the
// numbers are generated content of the print layout, not text of the
// page, so a reader of the HTML never takes them for the resume's.
const pageNumbers = ` @bottom-center { content: {words}; font-family: {font}; font-size: {small}; color: #555; }`

// css is the style sheet, with {placeholders} filled by appendCSS.
const css = `@page { size: {size}; margin: {mt} {mr} {mb} {ml};{numbers} }
html { color: {text}; background: #fff; }
body { margin: 0 auto; max-width: {width}; padding: 36pt 12pt; font-family: {font}; font-size: {base}; line-height: {leading}; }
@media print { body { max-width: none; padding: 0; } }
header { margin-bottom: {header}; }
h1 { font-size: {h1}; line-height: 1.1; margin: 0 0 2pt; color: {name}; }
h2 { font-size: {h2}; margin: {h2top} 0 {h2bottom}; padding-bottom: 2pt; color: {accent}; border-bottom: {rule} solid {accent}; break-after: avoid; }
h3 { font-size: {h3}; margin: {h3top} 0 1pt; break-after: avoid; }
p, address, ul { margin: 0 0 {para}; orphans: 3; widows: 3; }
address { font-style: normal; }
ul { padding-left: 14pt; }
li { margin-bottom: {item}; break-inside: avoid; }
.dates { break-after: avoid; }
.label { font-size: {h3}; color: {accent}; }
.dates, .where { color: #444; }
a { color: inherit; text-decoration-color: {accent}; }
`
