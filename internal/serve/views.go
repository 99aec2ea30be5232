package serve

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/resume"
)

// page is what the page template draws.
type page struct {
	MaxSize string
	Error   string
	Doc     *docView
	Check   *checkView
	Against *againstView
	Editor  editorView
	Formats []formatView
}

func newPage(o Options) *page {
	return &page{MaxSize: sizeText(o.MaxSize), Editor: editorView{Text: exampleText()}, Formats: formatViews()}
}

// editorView is the editor pane.
type editorView struct {
	Text      string
	Submitted bool // the text was posted (so the problems are about it)
	Problems  []problem
}

type formatView struct{ Name, Ext, Description string }

// docView is the three panes for a document.
type docView struct {
	File     string
	Format   string
	Pages    []pageView
	Warnings []warnView // every warning, in the document's order
	Hidden   int        // lines left out as repeated headers and footers
	Parsed   *resume.Resume
	Notes    []string // the parser's warnings
	JSON     string
}

type pageView struct {
	N        int // 0 for formats without pages
	Warnings []warnView
	Lines    []lineView
}

type lineView struct {
	Text      string
	Marks     []string // where the line sits when not the body: header, table, ...
	Furniture bool
	Heading   bool
}

type warnView struct {
	Kind    string // for the style: columns, table, header, icons, image, other
	Label   string
	Page    int
	Message string
}

// warnLabels are the short names of the warnings and their style class.
var warnLabels = map[extract.WarningKind][2]string{
	extract.NoTextLayer:          {"image", "Image-only page"},
	extract.GarbledText:          {"image", "Garbled text"},
	extract.MultiColumn:          {"columns", "Columns"},
	extract.OutsidePage:          {"other", "Off the page"},
	extract.HiddenText:           {"other", "Hidden text"},
	extract.RepeatedHeaderFooter: {"header", "Header / footer"},
	extract.PrivateUseGlyphs:     {"icons", "Icon font"},
	extract.Table:                {"table", "Table"},
	extract.TextBoxes:            {"table", "Text box"},
	extract.HeaderFooterContact:  {"header", "Contact in header"},
	extract.HeaderFooterText:     {"header", "Header / footer"},
	extract.HiddenSheet:          {"other", "Hidden sheet"},
	extract.HiddenContent:        {"other", "Hidden text"},
}

func newWarnView(w extract.Warning) warnView {
	l, ok := warnLabels[w.Kind]
	if !ok {
		l = [2]string{"other", strings.ReplaceAll(string(w.Kind), "-", " ")}
	}
	return warnView{Kind: l[0], Label: l[1], Page: w.Page, Message: w.Message}
}

func newDocView(name string, doc *extract.Document, res *parse.Result) (*docView, error) {
	js, err := parse.JSONResume(res.Resume)
	if err != nil {
		return nil, fmt.Errorf("rendering the parsed resume: %w", err)
	}
	dv := &docView{File: name, Format: doc.Format, Parsed: res.Resume, JSON: string(js)}
	for _, w := range res.Warnings {
		dv.Notes = append(dv.Notes, w.Message)
	}
	pageWarn := map[int][]warnView{}
	for _, w := range doc.Warnings {
		wv := newWarnView(w)
		dv.Warnings = append(dv.Warnings, wv)
		if w.Page > 0 {
			pageWarn[w.Page] = append(pageWarn[w.Page], wv)
		}
	}
	cur := -1
	for _, l := range doc.Lines {
		if l.Page != cur || len(dv.Pages) == 0 {
			cur = l.Page
			dv.Pages = append(dv.Pages, pageView{N: l.Page, Warnings: pageWarn[l.Page]})
			delete(pageWarn, l.Page)
		}
		lv := lineView{Text: l.Text, Furniture: l.Furniture, Heading: l.Heading > 0 && l.Heading <= 2}
		if l.Source != extract.Body {
			lv.Marks = append(lv.Marks, l.Source.String())
		}
		if l.Furniture {
			dv.Hidden++
		}
		dv.Pages[len(dv.Pages)-1].Lines = append(dv.Pages[len(dv.Pages)-1].Lines, lv)
	}
	// Pages with warnings and no text (an image-only page).
	for n, ws := range pageWarn {
		dv.Pages = append(dv.Pages, pageView{N: n, Warnings: ws})
	}
	return dv, nil
}

// checkView is the check table of a source resume, with downloads.
type checkView struct {
	Source   string
	Kind     string // jsonresume or rendercv
	Warnings []string
	Reports  []reportView
	Text     string // the source, sent back with a download
	Base     string // the download's file name without extension
	Formats  []formatView
}

type againstView struct {
	Source, Document string
	Warnings         []string
	Report           reportView
}

type reportView struct {
	Format   string
	File     string
	Score    string
	Lossless bool
	Result   string
	Groups   []groupView
	Losses   []lossView
	Notes    []string
	Err      string
}

type groupView struct {
	Name              string
	Survived, Checked int
	OK                bool
}

type lossView struct {
	Path, Kind, Want, Got, Hint string
}

// groupOrder is the order of the groups in the table, as in the CLI.
var groupOrder = []string{compare.GroupContact, compare.GroupWork, compare.GroupEducation, compare.GroupSkills, compare.GroupSummary, compare.GroupOther}

func newReportView(rep *compare.Report) reportView {
	rv := reportView{Format: rep.Format, File: rep.File, Notes: rep.Notes, Err: rep.Err}
	if rep.Err != "" {
		rv.Result = "unreadable"
		return rv
	}
	for _, g := range groupOrder {
		c := rep.Groups[g]
		rv.Groups = append(rv.Groups, groupView{Name: g, Survived: c.Survived, Checked: c.Checked, OK: c.Survived == c.Checked})
	}
	rv.Score = fmt.Sprintf("%.1f", rep.Score())
	rv.Lossless = rep.Lossless()
	lost := rep.Lost()
	switch {
	case rv.Lossless:
		rv.Result = "lossless"
	default:
		rv.Result = fmt.Sprintf("%d lost", len(lost))
	}
	for _, l := range lost {
		rv.Losses = append(rv.Losses, lossView{Path: l.Path, Kind: l.Kind.String(), Want: l.Want, Got: l.Got, Hint: hint(l)})
	}
	return rv
}

// hint is advice on how to keep a lost field, from its path and kind.
func hint(l compare.Loss) string {
	if l.Kind == compare.Extra {
		return "The ATS made this up from nearby text: check the headings and line breaks around it."
	}
	if l.Kind == compare.Normalized {
		return "It came back only after folding case or punctuation; most ATS still match it."
	}
	field := l.Path
	if i := strings.LastIndexByte(field, '.'); i >= 0 {
		field = field[i+1:]
	}
	if i := strings.IndexByte(field, '['); i >= 0 {
		field = field[:i]
	}
	switch {
	case strings.HasSuffix(field, "Date"):
		return "Write the dates on the role's own line in one plain style, such as Jun 2021 – Aug 2024."
	case field == "position":
		return "Give the job title its own line, or write \"Title, Company\" on one line."
	case field == "name" && strings.HasPrefix(l.Path, "work"):
		return "Put the employer's name on its own line beside the title, not in a table or text box."
	case field == "name":
		return "Put your name on the first line of the body, not in a header or an image."
	case field == "email" || field == "phone" || field == "url":
		return "Keep contact details in the body as plain text, not in a header, footer or icon."
	case field == "location":
		return "Write the location on the title or employer line."
	case field == "institution" || field == "area" || field == "studyType":
		return "Write the school, the degree and its dates on one or two plain lines."
	case strings.HasPrefix(l.Path, "skills") || field == "skills" || field == "keywords":
		return "List skills as plain comma-separated words under a Skills heading."
	case field == "summary" || field == "highlights":
		return "Keep paragraphs and bullets as plain text; avoid tables, columns and text boxes."
	}
	return "Keep this as plain text in the body, under a standard heading."
}

// funcs are the template's helpers.
var funcs = template.FuncMap{
	"dates": func(s, e resume.Date) string {
		if s.IsZero() && e.IsZero() {
			return "no dates found"
		}
		return s.Format("Jan 2006", "present") + " – " + e.Format("Jan 2006", "present")
	},
	"join":  strings.Join,
	"plain": resume.Plain,
	"location": func(l resume.Location) string {
		return strings.Trim(strings.Join([]string{l.City, l.Region, l.CountryCode}, ", "), ", ")
	},
	"inc": func(i int) int { return i + 1 },
	// count writes "1 highlight", "2 highlights".
	"count": func(n int, noun string) string {
		if n == 1 {
			return "1 " + noun
		}
		return strconv.Itoa(n) + " " + noun + "s"
	},
}
