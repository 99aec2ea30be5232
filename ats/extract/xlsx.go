package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/resumekit/resumekit/internal/limits"
	"github.com/xuri/excelize/v2"
)

// maxCells bounds the non-empty cells read from one workbook.
const maxCells = 100000

// maxXLSXPart bounds one XML part of a workbook, tighter than other zips:
// the spreadsheet library holds every part in memory and unmarshals the
// shared strings whole, at about ten times their XML size.
const maxXLSXPart = 4 << 20

// maxCellSlots bounds the cells visited, empty ones included: a row whose
// last cell sits in column XFD comes back as 16,384 values.
const maxCellSlots = 4000000

// Number formats longer than Excel's own limit, or repeating the cell's
// text (@) more than a few times, make the spreadsheet library slow
// (it re-parses the format for every cell) and multiply each string.
const (
	maxNumFmtLen = 255
	maxNumFmtAt  = 4
)

// readXLSX reads the visible sheets in workbook order, row by row, each
// non-empty cell as the formatted value a person sees (one Line per cell,
// Line.Cell = "Sheet!B3"). Hidden sheets, rows and columns are skipped
// with a warning.
func readXLSX(ctx context.Context, data []byte, o Options) (doc *Document, err error) {
	// Our own limits first: entry count and ratios, before excelize inflates
	// every part into memory.
	z, err := limits.OpenZip(data, limits.ZipLimits{MaxEntries: o.MaxZipEntries, MaxTotal: o.MaxUnzipSize, MaxEntry: maxXLSXPart})
	if err != nil {
		return nil, zipError(err)
	}
	raw, hiddenColRanges, err := checkXLSXParts(z)
	if err != nil {
		return nil, err
	}
	defer func() {
		if x := recover(); x != nil {
			doc, err = nil, fmt.Errorf("%w: the spreadsheet library failed: %v", ErrMalformed, x)
		}
	}()
	lim := o.MaxUnzipSize
	if lim <= 0 {
		lim = 1 << 40
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: lim, UnzipXMLSizeLimit: lim, RawCellValue: raw != ""})
	if err != nil {
		if strings.Contains(err.Error(), "size limit") || strings.Contains(err.Error(), "exceeds") {
			return nil, fmt.Errorf("%w: %v", ErrTooLarge, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	defer f.Close()
	doc = &Document{Format: string(FormatXLSX)}
	if raw != "" {
		doc.warn(Fallback, 0, "cell number formats were ignored (%s); dates and numbers show as stored values", raw)
	}
	budget := newTextBudget(o)
	cells, slots := 0, 0
	var hiddenSheets, hiddenRows, hiddenCols []string
	truncated := false
	for _, sheet := range f.GetSheetList() {
		if truncated {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrTimeout, err)
		}
		if vis, err := f.GetSheetVisible(sheet); err == nil && !vis {
			hiddenSheets = append(hiddenSheets, sheet)
			continue
		}
		rows, err := f.Rows(sheet)
		if err != nil {
			return nil, &Error{Part: sheet, Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
		}
		colRanges := hiddenColRanges[sheet]
		rowNum := 0
		for !truncated && rows.Next() {
			rowNum++
			if rowNum%256 == 0 {
				if err := ctx.Err(); err != nil {
					rows.Close()
					return nil, fmt.Errorf("%w: %w", ErrTimeout, err)
				}
			}
			vals, err := rows.Columns()
			if err != nil {
				rows.Close()
				return nil, &Error{Part: sheet, Err: fmt.Errorf("%w: row %d: %v", ErrMalformed, rowNum, err)}
			}
			if slots += len(vals); slots > maxCellSlots {
				rows.Close()
				return nil, &Error{Part: sheet, Err: fmt.Errorf("%w: the sheets span more than %d cells (row %d reaches column %d)", ErrTooLarge, maxCellSlots, rowNum, len(vals))}
			}
			if rows.GetRowOpts().Hidden {
				if hasText(vals) {
					hiddenRows = append(hiddenRows, fmt.Sprintf("%s!%d", sheet, rowNum))
				}
				continue
			}
			for c, v := range vals {
				if strings.TrimSpace(v) == "" {
					continue
				}
				col := c + 1
				if r, ok := inRanges(colRanges, col); ok {
					// The library's GetColVisible would load the whole
					// sheet and pad every row to its last column.
					if !r.seen {
						r.seen = true
						name, _ := excelize.ColumnNumberToName(col)
						hiddenCols = append(hiddenCols, sheet+"!"+name)
					}
					continue
				}
				cells++
				if cells > maxCells {
					truncated = true
					break
				}
				ref, _ := excelize.CoordinatesToCellName(col, rowNum)
				for i, part := range splitLines(v) {
					if strings.TrimSpace(part) == "" {
						continue
					}
					l := Line{Text: part, Source: Cell, Cell: sheet + "!" + ref}
					if i == 0 {
						l.Text, l.ListItem = bulletLine(strings.TrimSpace(part))
					}
					if err := budget.add(l.Text); err != nil {
						rows.Close()
						return nil, &Error{Part: sheet, Err: err}
					}
					doc.Lines = append(doc.Lines, l)
				}
			}
		}
		if err := rows.Error(); err != nil {
			rows.Close()
			return nil, &Error{Part: sheet, Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
		}
		rows.Close()
	}
	doc.Pages = 0
	if truncated {
		doc.warn(Truncated, 0, "the workbook holds more than %d non-empty cells; the rest was skipped", maxCells)
	}
	var hidden []string
	if len(hiddenSheets) > 0 {
		hidden = append(hidden, fmt.Sprintf("sheet(s) %s", strings.Join(hiddenSheets, ", ")))
	}
	if len(hiddenRows) > 0 {
		hidden = append(hidden, fmt.Sprintf("%d row(s) with text (first %s)", len(hiddenRows), hiddenRows[0]))
	}
	if len(hiddenCols) > 0 {
		hidden = append(hidden, fmt.Sprintf("%d column(s) with text (first %s)", len(hiddenCols), hiddenCols[0]))
	}
	if len(hidden) > 0 {
		doc.warn(HiddenSheet, 0, "hidden %s were skipped; an ATS may read them anyway", strings.Join(hidden, "; "))
	}
	return doc, nil
}

func hasText(vals []string) bool {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return true
		}
	}
	return false
}

// checkXLSXParts inflates the XML parts the spreadsheet library holds in
// memory (worksheets, shared strings, styles) under the per-part limit,
// before the library does, and scans the number formats. raw names the
// reason to read stored values instead of formatted ones, or is "".
//
// It also returns each sheet's hidden column ranges, read from the
// worksheet's <cols>, by sheet name.
func checkXLSXParts(z *limits.Zip) (raw string, hidden map[string][]*colRange, err error) {
	byPart := map[string][]*colRange{}
	var workbook, rels []byte
	for _, name := range z.Names() {
		n := strings.ToLower(name)
		if !strings.HasPrefix(n, "xl/") || !(strings.HasSuffix(n, ".xml") || strings.HasSuffix(n, ".rels")) {
			continue
		}
		data, err := z.ReadFile(name)
		if err != nil {
			if errors.Is(err, limits.ErrLimit) {
				return "", nil, &Error{Part: name, Err: fmt.Errorf("%w: %v", ErrTooLarge, err)}
			}
			continue // a damaged part: the library reports it
		}
		switch {
		case n == "xl/styles.xml":
			raw = scanNumFmts(data)
		case n == "xl/workbook.xml":
			workbook = data
		case n == "xl/_rels/workbook.xml.rels":
			rels = data
		case strings.HasPrefix(n, "xl/worksheets/"):
			byPart[n] = hiddenCols(data)
		}
	}
	return raw, sheetHiddenCols(workbook, rels, byPart), nil
}

// colRange is a run of hidden columns; seen is set once a non-empty cell
// in it has been reported.
type colRange struct {
	min, max int
	seen     bool
}

func inRanges(rs []*colRange, col int) (*colRange, bool) {
	for _, r := range rs {
		if col >= r.min && col <= r.max {
			return r, true
		}
	}
	return nil, false
}

var (
	colElemRE = lazyRE(`<(?:\w+:)?col\s[^>]*>`)
	attrRE    = lazyRE(`\b(min|max|hidden|name|r:id|Id|Target)="([^"]*)"`)
	sheetRE   = lazyRE(`<(?:\w+:)?sheet\s[^>]*>`)
	relRE     = lazyRE(`<(?:\w+:)?Relationship\s[^>]*>`)
)

func attrs(elem []byte) map[string]string {
	m := map[string]string{}
	for _, a := range attrRE().FindAllSubmatch(elem, -1) {
		m[string(a[1])] = string(a[2])
	}
	return m
}

// hiddenCols reads the hidden column ranges of one worksheet's <cols>.
func hiddenCols(sheet []byte) []*colRange {
	end := bytes.Index(sheet, []byte("sheetData"))
	if end < 0 {
		end = len(sheet)
	}
	var out []*colRange
	for _, e := range colElemRE().FindAll(sheet[:end], 1000) {
		a := attrs(e)
		if a["hidden"] != "1" && a["hidden"] != "true" {
			continue
		}
		lo, err1 := strconv.Atoi(a["min"])
		hi, err2 := strconv.Atoi(a["max"])
		if err1 == nil && err2 == nil && lo <= hi {
			out = append(out, &colRange{min: lo, max: hi})
		}
	}
	return out
}

// sheetHiddenCols maps sheet names to their worksheet part's hidden
// columns through the workbook and its relationships.
func sheetHiddenCols(workbook, rels []byte, byPart map[string][]*colRange) map[string][]*colRange {
	targets := map[string]string{}
	for _, e := range relRE().FindAll(rels, -1) {
		a := attrs(e)
		t := strings.ToLower(strings.TrimPrefix(a["Target"], "/"))
		if !strings.HasPrefix(t, "xl/") {
			t = "xl/" + t
		}
		targets[a["Id"]] = t
	}
	out := map[string][]*colRange{}
	for _, e := range sheetRE().FindAll(workbook, -1) {
		a := attrs(e)
		if rs := byPart[targets[a["r:id"]]]; len(rs) > 0 {
			out[html.UnescapeString(a["name"])] = rs
		}
	}
	return out
}

// scanNumFmts returns why the number formats in styles.xml cannot be
// trusted to the spreadsheet library, or "".
func scanNumFmts(styles []byte) string {
	key := []byte("formatCode=")
	for {
		i := bytes.Index(styles, key)
		if i < 0 {
			return ""
		}
		styles = styles[i+len(key):]
		if len(styles) == 0 {
			return ""
		}
		q := styles[0]
		end := bytes.IndexByte(styles[1:], q)
		if end < 0 {
			end = len(styles) - 1
		}
		code := styles[1 : 1+end]
		switch {
		case len(code) > maxNumFmtLen:
			return fmt.Sprintf("a format code is %d characters long, more than Excel's limit of %d", len(code), maxNumFmtLen)
		case bytes.Count(code, []byte("@")) > maxNumFmtAt:
			return fmt.Sprintf("a format code repeats the cell text more than %d times", maxNumFmtAt)
		}
		styles = styles[1+end:]
	}
}
