package xlsx

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// Column widths, in characters of the default font.
const (
	minWidth     = 10
	maxWidth     = 40
	maxLongWidth = 80
	longWidth    = 30 // the least a long-text column gets when it has text
	filterArrow  = 4  // room for the autofilter button next to a header
)

// Row heights, in points.
const (
	lineHeight   = 15.0 / 11 // of a line of text, per point of font size (Excel: 15pt for 11pt)
	rowPadding   = 3.0
	maxRowHeight = 409.0 // Excel's limit
)

// wrappedLines estimates how many lines s takes when wrapped in a column
// of the given width: each line of s takes its width over the width
// available, rounded up. A column's width counts digits; proportional text
// fits about a fifth more characters (measured in LibreOffice with DejaVu
// Sans standing in for Calibri, which is narrower still), less the room
// lost at the end of wrapped lines: about 1.1 characters per unit of width.
func wrappedLines(s string, colWidth int) int {
	if s == "" {
		return 0
	}
	avail := max(colWidth*11/10-1, 1)
	n := 0
	for line := range strings.SplitSeq(s, "\n") {
		n += max(1, (width(line)+avail-1)/avail)
	}
	return n
}

// sheet writes table t as the i-th sheet.
func (wr *writer) sheet(i int, t table) error {
	f := wr.f
	name := wr.sheetName(t.name, i)
	if i == 0 {
		if err := f.SetSheetName(f.GetSheetName(0), name); err != nil {
			return err
		}
	} else if _, err := f.NewSheet(name); err != nil {
		return err
	}
	widths := make([]int, len(t.cols))
	for j, c := range t.cols {
		ref := cellRef(j, 1)
		if err := wr.setStr(name, ref, clean(c.header)); err != nil {
			return err
		}
		widths[j] = width(c.header) + filterArrow
	}
	last := cellRef(len(t.cols)-1, 1)
	if err := f.SetCellStyle(name, "A1", last, wr.header); err != nil {
		return err
	}
	shown := make([][]string, len(t.rows))
	for i, row := range t.rows {
		shown[i] = make([]string, len(row))
		for j, c := range row {
			s, err := wr.cell(name, cellRef(j, i+2), c)
			if err != nil {
				return err
			}
			shown[i][j] = s
			widths[j] = max(widths[j], width(s))
		}
	}
	for j, c := range t.cols {
		w := max(widths[j]+2, minWidth)
		if c.long {
			w = min(max(w, longWidth), maxLongWidth)
		} else {
			w = min(w, maxWidth)
		}
		widths[j] = w
		col := colName(j)
		if err := f.SetColWidth(name, col, col, float64(w)); err != nil {
			return err
		}
	}
	// Spreadsheet programs do not all fit row heights to wrapped text when
	// they open a file (LibreOffice does not), so rows of more than one
	// line get an estimated height.
	for i, row := range shown {
		lines := 1
		for j, s := range row {
			lines = max(lines, wrappedLines(s, widths[j]))
		}
		if lines > 1 {
			h := math.Ceil((float64(lines)*wr.font.Size*lineHeight+rowPadding)*4) / 4 // in quarter points
			h = min(h, maxRowHeight)
			if err := f.SetRowHeight(name, i+2, h); err != nil {
				return err
			}
		}
	}
	lastCell := cellRef(len(t.cols)-1, len(t.rows)+1)
	if err := f.SetSheetDimension(name, "A1:"+lastCell); err != nil {
		return err
	}
	if err := f.SetPanes(name, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	if err := f.AutoFilter(name, "A1:"+lastCell, nil); err != nil {
		return err
	}
	return wr.printSetup(name)
}

// printSetup makes a sheet print sensibly: on the paper size of the
// options, landscape, one page wide, the header row repeated on each page.
func (wr *writer) printSetup(sheet string) error {
	size, landscape, one, auto, fit := 9, "landscape", 1, 0, true // 9: A4
	if wr.res.PageSize == style.Letter {
		size = 1
	}
	// after AutoFilter, which replaces the sheet properties
	if err := wr.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := wr.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &landscape, FitToWidth: &one, FitToHeight: &auto,
	}); err != nil {
		return err
	}
	return wr.f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: quoteSheet(sheet) + "!$1:$1", Scope: sheet,
	})
}

// quoteSheet quotes a sheet name for a reference, doubling apostrophes.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// cell writes one cell and returns the text it shows.
func (wr *writer) cell(sheet, ref string, c cell) (string, error) {
	f := wr.f
	switch c.kind {
	case kindDate:
		return wr.dateCell(sheet, ref, c.date)
	case kindMarkup:
		return wr.markupCell(sheet, ref, c.parts)
	case kindLink:
		s := strings.TrimSpace(clean(c.parts[0]))
		if s == "" {
			return "", nil
		}
		if err := wr.setStr(sheet, ref, s); err != nil {
			return "", err
		}
		if target, ok := linkTarget(s); ok {
			if err := f.SetCellHyperLink(sheet, ref, target, "External"); err != nil {
				return "", err
			}
			return s, f.SetCellStyle(sheet, ref, ref, wr.link)
		}
		return s, f.SetCellStyle(sheet, ref, ref, wr.textStyle(s))
	}
	s := clean(strings.Join(c.parts, "\n"))
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	if err := wr.setStr(sheet, ref, s); err != nil {
		return "", err
	}
	st := wr.textStyle(s)
	if c.bold {
		st = wr.field
	}
	return s, f.SetCellStyle(sheet, ref, ref, st)
}

// markupCell writes text with inline markup: bold and italic survive as
// rich text, links keep their text. Each part is parsed on its own, so a
// stray "**" cannot run over into the next line.
func (wr *writer) markupCell(sheet, ref string, parts []string) (string, error) {
	var runs []excelize.RichTextRun
	styled := false
	for _, p := range parts {
		p = clean(p)
		if strings.TrimSpace(p) == "" {
			continue
		}
		if len(runs) > 0 {
			runs = append(runs, excelize.RichTextRun{Text: "\n"})
		}
		for _, r := range resume.Inline(p) {
			run := excelize.RichTextRun{Text: r.Text}
			if r.Bold || r.Italic {
				styled = true
				run.Font = wr.runFont(r)
			}
			runs = append(runs, run)
		}
	}
	if len(runs) == 0 {
		return "", nil
	}
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	s := b.String()
	if styled && utf16Len(s) <= maxCellChars {
		// excelize escapes rich text runs itself (unlike plain strings)
		if err := wr.f.SetCellRichText(sheet, ref, runs); err != nil {
			return "", err
		}
	} else if err := wr.setStr(sheet, ref, clean(s)); err != nil {
		return "", err
	}
	return s, wr.f.SetCellStyle(sheet, ref, ref, wr.textStyle(s))
}

// textStyle is the style of a text cell: quote-prefixed when the text
// starts with a character that would begin a formula if typed.
func (wr *writer) textStyle(s string) int {
	if s != "" && strings.IndexByte("=+-@", s[0]) >= 0 {
		return wr.quoted
	}
	return wr.text
}

// setStr writes text as a string cell (never a formula, whatever it
// starts with).
func (wr *writer) setStr(sheet, ref, s string) error {
	return wr.f.SetCellStr(sheet, ref, escapeOOXML(s))
}

// runFont is the font of a bold or italic rich text run. A run without a
// font takes the cell's, but one with a font takes nothing from the cell:
// LibreOffice shows a run that names no typeface in its own default serif.
// So the run spells out the base font.
func (wr *writer) runFont(r resume.Run) *excelize.Font {
	return &excelize.Font{Bold: r.Bold, Italic: r.Italic, Family: wr.font.Family, Size: wr.font.Size}
}

// dateCell writes a date as an Excel date whose number format displays it
// exactly as style.Resolved.Date prints it. An open end is the present
// word. A date Excel cannot hold (before 1900-03-01, invalid) or a date
// format it cannot show is written as that same text instead.
func (wr *writer) dateCell(sheet, ref string, d resume.Date) (string, error) {
	want := clean(wr.res.Date(d))
	if want == "" {
		return "", nil
	}
	if n, ok := serial(d); ok {
		if st, ok := wr.dateStyleFor(d.Precision); ok {
			if err := wr.f.SetCellInt(sheet, ref, int64(n)); err != nil {
				return "", err
			}
			if err := wr.f.SetCellStyle(sheet, ref, ref, st); err != nil {
				return "", err
			}
			// The promise is that a reader sees exactly what the other
			// formats print; check it and fall back to text otherwise.
			if got, err := wr.f.GetCellValue(sheet, ref); err == nil && got == want {
				return want, nil
			}
		}
	}
	if err := wr.setStr(sheet, ref, want); err != nil {
		return "", err
	}
	return want, wr.f.SetCellStyle(sheet, ref, ref, wr.textStyle(want))
}

// dateStyleFor returns the style of dates of precision p, made on first use.
func (wr *writer) dateStyleFor(p resume.Precision) (int, bool) {
	code, ok := numFmt(wr.res.DateFormat, p)
	if !ok {
		return 0, false
	}
	if id, ok := wr.dateStyle[code]; ok {
		return id, id >= 0
	}
	font := wr.font
	id, err := wr.f.NewStyle(&excelize.Style{
		Font:         &font,
		CustomNumFmt: &code,
		Alignment:    &excelize.Alignment{Horizontal: "left", Vertical: "top"},
	})
	if err != nil {
		id = -1
	}
	wr.dateStyle[code] = id
	return id, id >= 0
}

// linkTarget returns the hyperlink target of a URL ("https://…", "www.…")
// or e-mail address, and false for anything that is not plainly one (no
// javascript: or file: links).
func linkTarget(s string) (string, bool) {
	if len(s) > 2000 || strings.ContainsAny(s, " \n\t\"<>") {
		return "", false
	}
	l := strings.ToLower(s)
	switch {
	case strings.HasPrefix(l, "https://"), strings.HasPrefix(l, "http://"), strings.HasPrefix(l, "mailto:"):
		if len(s) <= strings.Index(s, ":")+3 {
			return "", false // a scheme and nothing after it
		}
		return s, true
	case strings.HasPrefix(l, "www.") && strings.Count(s, ".") >= 2 && !strings.Contains(s, "@"):
		return "https://" + s, true
	case strings.Count(s, "@") == 1 && !strings.Contains(s, ":") && strings.Contains(s[strings.Index(s, "@"):], "."):
		return "mailto:" + s, true
	}
	return "", false
}

// sheetName makes name a valid sheet name that is not yet in use: no
// []:*?/\, no apostrophe at either end, at most 31 characters.
func (wr *writer) sheetName(name string, i int) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, strings.Join(strings.Fields(clean(name)), " "))
	name = strings.Trim(name, "'")
	if name == "" {
		name = "Sheet " + strconv.Itoa(i+1)
	}
	name = truncRunes(name, 31)
	base := name
	for n := 2; wr.sheetExists(name, i); n++ {
		suffix := " (" + strconv.Itoa(n) + ")"
		name = truncRunes(base, 31-utf8.RuneCountInString(suffix)) + suffix
	}
	return name
}

// sheetExists reports whether another sheet than the i-th already uses name
// (sheet names compare without regard to case). Excel reserves "History".
func (wr *writer) sheetExists(name string, i int) bool {
	if strings.EqualFold(name, "History") {
		return true
	}
	for j, s := range wr.f.GetSheetList() {
		if j != i && strings.EqualFold(s, name) {
			return true
		}
	}
	return false
}

func truncRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return strings.TrimRight(s[:i], " '")
		}
		n--
	}
	return s
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// cellRef names the cell at zero-based column j and one-based row i.
func cellRef(j, i int) string { return colName(j) + strconv.Itoa(i) }

// colName names zero-based column j ("A", ..., "Z", "AA", ...).
func colName(j int) string {
	var b [4]byte
	n := len(b)
	for j++; j > 0; j = (j - 1) / 26 {
		n--
		b[n] = byte('A' + (j-1)%26)
	}
	return string(b[n:])
}
