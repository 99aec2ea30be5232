package main

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/spf13/pflag"

	"github.com/resumekit/resumekit/export/style"
)

// designFlags are the presentation flags that export and check share:
// the look of the DOCX and PDF files. A --design file holds the same
// settings; a flag that is given overrides it.
type designFlags struct {
	design       string
	theme        string
	fontFamily   string
	pageSize     string
	accent       string
	margins      string
	sectionOrder string
	pageNumbers  bool
	// pageNumbersSet: --page-numbers was given (true or false), so it
	// overrides the design file
	pageNumbersSet bool
}

func (d *designFlags) register(f *pflag.FlagSet) {
	f.StringVar(&d.design, "design", "", "YAML file with the settings below (keys theme, font-family, page-size, accent, margins, section-order, page-numbers); flags override it")
	f.StringVar(&d.theme, "theme", "", "design of the DOCX and PDF files: "+strings.Join(style.Themes, ", ")+" (default classic); the flags below override its font, colour and margins")
	f.StringVar(&d.fontFamily, "font-family", "", "embedded font family: sans (Liberation Sans; Arial in DOCX, the default) or serif (Liberation Serif; Times New Roman in DOCX)")
	f.StringVar(&d.pageSize, "page-size", "", "paper size: a4 (default) or letter")
	f.StringVar(&d.accent, "accent", "", `colour of headings and rules, as "#1f4e79" (default #1f3864)`)
	f.StringVar(&d.margins, "margins", "", "page margins with a unit (in, mm, cm, pt): one value for every side, such as 0.75in or 20mm, or four as top,right,bottom,left (default 0.75in)")
	f.StringVar(&d.sectionOrder, "section-order", "", "sections in print order, comma separated, such as work,education,skills; sections left out follow in the usual order ("+sectionNames()+")")
	f.BoolVar(&d.pageNumbers, "page-numbers", false, `print "Page N of M" in the footer of the PDF and DOCX`)
}

func sectionNames() string {
	var names []string
	for _, s := range style.DefaultOrder {
		names = append(names, string(s))
	}
	return strings.Join(names, ", ")
}

// designFile is the YAML of --design: the flags' names and values.
type designFile struct {
	Theme        string   `yaml:"theme"`
	FontFamily   string   `yaml:"font-family"`
	PageSize     string   `yaml:"page-size"`
	Accent       string   `yaml:"accent"`
	Margins      string   `yaml:"margins"`
	SectionOrder []string `yaml:"section-order"`
	PageNumbers  *bool    `yaml:"page-numbers"`
}

// maxDesignSize bounds a --design file.
const maxDesignSize = 1 << 20

// apply sets the design of o: the --design file first, then each flag
// given. Every value is checked; the error names the flag (or the file,
// key, line and column) and says what is wanted.
func (d *designFlags) apply(o *style.Options) error {
	var df designFile
	if d.design != "" {
		data, err := readLimited(d.design, maxDesignSize)
		if err != nil {
			return fmt.Errorf("--design: %w", err)
		}
		if len(bytes.TrimSpace(data)) > 0 {
			if err := yaml.UnmarshalWithOptions(data, &df, yaml.DisallowUnknownField()); err != nil {
				return fmt.Errorf("--design %s: %s", d.design, yaml.FormatError(err, false, true))
			}
		}
	}
	src := func(flag, key string) string {
		if d.design != "" {
			return fmt.Sprintf("%s (or %s in %s)", flag, key, d.design)
		}
		return flag
	}
	pick := func(flag, file string) string {
		if flag != "" {
			return flag
		}
		return file
	}
	var err error
	if v := pick(d.theme, df.Theme); v != "" {
		if style.CheckTheme(v) != nil {
			return fmt.Errorf("%s %q: want one of %s", src("--theme", "theme"), v, strings.Join(style.Themes, ", "))
		}
		o.Theme = strings.ToLower(strings.TrimSpace(v))
	}
	if v := pick(d.fontFamily, df.FontFamily); v != "" {
		switch f := strings.ToLower(strings.TrimSpace(v)); f {
		case style.FamilySans, style.FamilySerif:
			o.FontFamily = f
		default:
			return fmt.Errorf("%s %q: want sans or serif", src("--font-family", "font-family"), v)
		}
	}
	if v := pick(d.pageSize, df.PageSize); v != "" {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "a4":
			o.PageSize = style.A4
		case "letter", "us-letter":
			o.PageSize = style.Letter
		default:
			return fmt.Errorf("%s %q: want a4 or letter", src("--page-size", "page-size"), v)
		}
	}
	if v := pick(d.accent, df.Accent); v != "" {
		if o.Accent, err = parseAccent(v); err != nil {
			return fmt.Errorf("%s %q: %w", src("--accent", "accent"), v, err)
		}
	}
	if v := pick(d.margins, df.Margins); v != "" {
		if o.Margins, err = parseMargins(v); err != nil {
			return fmt.Errorf("%s %q: %w", src("--margins", "margins"), v, err)
		}
		pw, ph := o.PageSize.Points()
		m := o.Margins
		if pw-m.Left-m.Right < style.MinText || ph-m.Top-m.Bottom < style.MinText {
			return fmt.Errorf("%s %q: the margins leave less than 1in of text on the page", src("--margins", "margins"), v)
		}
	}
	order := df.SectionOrder
	if d.sectionOrder != "" {
		order = strings.Split(d.sectionOrder, ",")
	}
	if len(order) > 0 {
		if o.Order, err = parseOrder(order); err != nil {
			return fmt.Errorf("%s: %w", src("--section-order", "section-order"), err)
		}
	}
	switch {
	case d.pageNumbersSet:
		o.PageNumbers = d.pageNumbers
	case df.PageNumbers != nil:
		o.PageNumbers = *df.PageNumbers
	}
	return nil
}

// parseAccent reads "#1f4e79" or "1f4e79" as the writers' "1F4E79".
func parseAccent(s string) (string, error) {
	h := strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(h) != 6 {
		return "", errors.New(`want a colour as # and six hex digits, such as "#1f4e79"`)
	}
	if _, err := strconv.ParseUint(h, 16, 32); err != nil {
		return "", errors.New(`want a colour as # and six hex digits, such as "#1f4e79"`)
	}
	return strings.ToUpper(h), nil
}

// parseLength reads a length with its unit (in, mm, cm, pt) as points.
func parseLength(s string) (float64, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	units := []struct {
		suffix string
		pt     float64
	}{{"in", 72}, {"mm", 72 / 25.4}, {"cm", 72 / 2.54}, {"pt", 1}}
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			v, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
				break
			}
			return v * u.pt, nil
		}
	}
	return 0, fmt.Errorf("%q is not a length: want a number 0 or more with a unit, such as 0.75in, 20mm, 2cm or 54pt", s)
}

// parseMargins reads one length for every side, or four as
// top,right,bottom,left.
func parseMargins(s string) (style.Margins, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 1 && len(parts) != 4 {
		return style.Margins{}, errors.New("want one length for every side or four as top,right,bottom,left")
	}
	var v [4]float64
	for i, p := range parts {
		n, err := parseLength(p)
		if err != nil {
			return style.Margins{}, err
		}
		v[i] = n
	}
	if len(parts) == 1 {
		v[1], v[2], v[3] = v[0], v[0], v[0]
	}
	m := style.Margins{Top: v[0], Right: v[1], Bottom: v[2], Left: v[3]}
	if m == (style.Margins{}) {
		return m, errors.New("zero margins would put text on the paper's edge, which printers cut off; give at least a few mm")
	}
	return m, nil
}

// parseOrder reads section names; the sections not named follow in the
// default order, so that no section is left out.
func parseOrder(names []string) ([]style.Section, error) {
	var out []style.Section
	for _, n := range names {
		s := style.Section(strings.ToLower(strings.TrimSpace(n)))
		switch {
		case s == "":
			continue
		case s == "basics":
			return nil, errors.New("basics (name and contact details) always come first; leave it out")
		case !slices.Contains(style.DefaultOrder, s):
			return nil, fmt.Errorf("unknown section %q: want some of %s", n, sectionNames())
		case slices.Contains(out, s):
			return nil, fmt.Errorf("section %q named twice", n)
		}
		out = append(out, s)
	}
	for _, s := range style.DefaultOrder {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out, nil
}
