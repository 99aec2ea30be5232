// Package style holds the presentation options that every resumekit writer
// shares: fonts, sizes, colours, margins, page size, how dates print, the
// order of sections and their labels in English, Spanish, German and French.
//
// The zero Options means the defaults, as with image/png's Encoder: writers
// call Resolve to fill in what is unset.
package style

import (
	"fmt"
	"strings"
	"time"

	"github.com/resumekit/resumekit/resume"
)

// PageSize is a paper size.
type PageSize uint8

// Paper sizes. The zero value is A4.
const (
	A4 PageSize = iota
	Letter
)

// Points returns the page width and height in PostScript points.
func (p PageSize) Points() (w, h float64) {
	if p == Letter {
		return 612, 792
	}
	return 595.28, 841.89
}

// Section names a resume section, as in JSON Resume.
type Section string

// The sections of a resume, in JSON Resume's names.
const (
	Summary      Section = "summary"
	Work         Section = "work"
	Education    Section = "education"
	Skills       Section = "skills"
	Projects     Section = "projects"
	Volunteer    Section = "volunteer"
	Awards       Section = "awards"
	Certificates Section = "certificates"
	Publications Section = "publications"
	Languages    Section = "languages"
	Interests    Section = "interests"
	References   Section = "references"
)

// DefaultOrder is the section order used when Options.Order is empty.
var DefaultOrder = []Section{Summary, Work, Education, Skills, Projects, Volunteer,
	Awards, Certificates, Publications, Languages, Interests, References}

// Margins are page margins in points.
type Margins struct {
	Top, Right, Bottom, Left float64
}

// Options are the presentation options shared by the writers. Every field's
// zero value means the default given in its comment.
type Options struct {
	// Theme is the design of the DOCX, PDF and HTML: ThemeClassic (""),
	// ThemeModern, ThemeSerif or ThemeCompact. It sets the defaults of
	// FontFamily, FontSize, Accent and Margins (a field set here wins)
	// and the Design proportions.
	Theme string
	// FontFamily is FamilySans (the default) or FamilySerif: the PDF
	// embeds Liberation Sans or Liberation Serif, the DOCX names the fonts
	// with the same metrics, Arial or Times New Roman (OfficeFont). The
	// DOCX and XLSX writers also take any other font name as given.
	FontFamily string
	FontSize   float64  // base size in points; default 10.5
	Accent     string   // heading colour as "RRGGBB"; default "1F3864"
	Margins    Margins  // default 54pt (0.75in) on every side
	PageSize   PageSize // default A4
	DateFormat string   // Go layout for month dates; default "Jan 2006"
	Present    string   // word for an open end; default Labels.Present
	Order      []Section
	Language   string  // "en" (default), "es", "de" or "fr": picks the label set
	Labels     *Labels // overrides the label set chosen by Language
	// Created is the creation and modification time written into document
	// metadata. The zero value writes 2000-01-01T00:00:00Z, so the same
	// input always gives the same bytes.
	Created time.Time
	// PageNumbers puts the page number in the bottom margin of every
	// page of the paged formats: "Page 1 of 2" in English, "1 / 2" in
	// the other languages, small and grey, a form ATS readers recognise
	// as page furniture (a footer field in DOCX).
	PageNumbers bool
	// FallbackFonts are TrueType fonts (the bytes of .ttf files) for the
	// characters the built-in fonts lack, such as CJK, tried in order.
	// Only the PDF writer embeds fonts and uses them; the other formats
	// leave glyphs to the program that shows the file.
	FallbackFonts [][]byte
	// Spacing scales the theme's space between blocks (Design.Spacing):
	// 0.5 halves it. 0 keeps the theme's. The compact theme's one-page
	// fit lowers it when it is unset (see FitSteps).
	Spacing float64
	// Warn, when set, receives the warnings of a writer that still wrote
	// the document, such as the compact theme's "needs 2 pages"; each is
	// one sentence without the format's name. It is called before Write
	// returns, from the goroutine that called it.
	Warn func(msg string)
}

// The font families every paged writer knows (Options.FontFamily).
const (
	FamilySans  = "sans"  // Liberation Sans in PDF, Arial in DOCX
	FamilySerif = "serif" // Liberation Serif in PDF, Times New Roman in DOCX
)

// OfficeFont returns the font name an office document (DOCX, XLSX) gives
// for family: Arial for "" and FamilySans, Times New Roman for
// FamilySerif, the fonts whose metrics the PDF's Liberation Sans and
// Serif share, so a DOCX and a PDF of one resume break lines alike. Word
// has both fonts; LibreOffice shows them in Liberation Sans and Serif.
// Any other name is returned as given, trimmed.
func OfficeFont(family string) string {
	switch f := strings.TrimSpace(family); strings.ToLower(f) {
	case "", FamilySans:
		return "Arial"
	case FamilySerif:
		return "Times New Roman"
	default:
		return f
	}
}

// Labels are the words a writer prints: section headings and a few others.
type Labels struct {
	Summary, Work, Education, Skills, Projects, Volunteer, Awards,
	Certificates, Publications, Languages, Interests, References string
	Present string // open end of a date range
	// Words that label parts of an entry: an education score and its
	// courses, and a project's keywords.
	Score, Courses, Keywords string
}

// Heading returns the label of section s.
func (l *Labels) Heading(s Section) string {
	switch s {
	case Summary:
		return l.Summary
	case Work:
		return l.Work
	case Education:
		return l.Education
	case Skills:
		return l.Skills
	case Projects:
		return l.Projects
	case Volunteer:
		return l.Volunteer
	case Awards:
		return l.Awards
	case Certificates:
		return l.Certificates
	case Publications:
		return l.Publications
	case Languages:
		return l.Languages
	case Interests:
		return l.Interests
	case References:
		return l.References
	}
	return string(s)
}

// LabelSets are the shipped label sets, by language code.
var LabelSets = map[string]Labels{
	"en": {Summary: "Summary", Work: "Work Experience", Education: "Education", Skills: "Skills",
		Projects: "Projects", Volunteer: "Volunteer", Awards: "Awards", Certificates: "Certificates",
		Publications: "Publications", Languages: "Languages", Interests: "Interests",
		References: "References", Present: "Present", Score: "Score", Courses: "Courses", Keywords: "Keywords"},
	"es": {Summary: "Resumen", Work: "Experiencia", Education: "Educación", Skills: "Habilidades",
		Projects: "Proyectos", Volunteer: "Voluntariado", Awards: "Premios", Certificates: "Certificaciones",
		Publications: "Publicaciones", Languages: "Idiomas", Interests: "Intereses",
		References: "Referencias", Present: "Actualidad", Score: "Nota", Courses: "Asignaturas", Keywords: "Palabras clave"},
	"de": {Summary: "Profil", Work: "Berufserfahrung", Education: "Ausbildung", Skills: "Kenntnisse",
		Projects: "Projekte", Volunteer: "Ehrenamt", Awards: "Auszeichnungen", Certificates: "Zertifikate",
		Publications: "Publikationen", Languages: "Sprachen", Interests: "Interessen",
		References: "Referenzen", Present: "heute", Score: "Note", Courses: "Kurse", Keywords: "Stichwörter"},
	"fr": {Summary: "Profil", Work: "Expérience professionnelle", Education: "Formation", Skills: "Compétences",
		Projects: "Projets", Volunteer: "Bénévolat", Awards: "Distinctions", Certificates: "Certifications",
		Publications: "Publications", Languages: "Langues", Interests: "Centres d'intérêt",
		References: "Références", Present: "aujourd'hui", Score: "Note", Courses: "Cours", Keywords: "Mots-clés"},
}

// Resolved is Options with every default filled in.
type Resolved struct {
	Options
	Labels Labels
	Design Design // the theme's proportions
}

// Resolve fills in the defaults of o: the theme's, then the others. An
// unknown Language falls back to English; an unknown Theme resolves as
// the classic one (CheckPage reports it).
func (o Options) Resolve() Resolved {
	r := Resolved{Options: o}
	t, ok := themeOf(o.Theme)
	if !ok {
		t = themes[ThemeClassic] // CheckPage reports the unknown theme
	}
	r.Design = t.design
	if o.Spacing > 0 {
		r.Design.Spacing = o.Spacing
	}
	if strings.TrimSpace(r.FontFamily) == "" {
		r.FontFamily = t.family
	}
	if r.FontSize <= 0 {
		r.FontSize = t.size
	}
	if r.Accent == "" {
		r.Accent = t.accent
	}
	if r.Margins == (Margins{}) {
		r.Margins = t.margins
	}
	if r.DateFormat == "" {
		r.DateFormat = "Jan 2006"
	}
	if len(r.Order) == 0 {
		r.Order = DefaultOrder
	}
	if o.Labels != nil {
		r.Labels = *o.Labels
	} else if l, ok := LabelSets[o.Language]; ok {
		r.Labels = l
	} else {
		r.Labels = LabelSets["en"]
	}
	if r.Present == "" {
		r.Present = r.Labels.Present
	}
	if r.Created.IsZero() {
		r.Created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return r
}

// Date prints one date with the resolved date format and present word,
// and the month names of the Language (resume.MonthTable): "Mär 2019" in
// German, "mars 2019" in French.
func (r Resolved) Date(d resume.Date) string { return d.FormatIn(r.DateFormat, r.Present, r.Language) }

// CheckDateFormat checks a Go layout for dates (Options.DateFormat): it
// must print the year ("2006" or "06"), or every date would lose it, and
// "" is the default. The error says what is wrong and gives examples.
func CheckDateFormat(layout string) error {
	if layout == "" {
		return nil
	}
	if !strings.Contains(layout, "06") {
		return &OptionError{Field: "DateFormat", Value: fmt.Sprintf("%q", layout),
			Reason: `a date layout needs the year, written 2006 (or 06), and may have the month as Jan, January, 01 or 1: for example "Jan 2006", "01/2006" or "January 2006"`}
	}
	return nil
}

// Range prints a date range as "Jun 2021 – Aug 2024" (an en dash between
// spaces). A missing end prints the start alone; a missing start prints the
// end alone; neither prints "".
func (r Resolved) Range(start, end resume.Date) string {
	s, e := r.Date(start), r.Date(end)
	switch {
	case s != "" && e != "":
		return s + " – " + e
	case s != "":
		return s
	}
	return e
}
