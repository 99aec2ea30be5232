package extract

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/resumekit/resumekit/internal/limits"
	"github.com/xuri/excelize/v2"
)

// maxCells bounds the non-empty cells read from one workbook.
const maxCells = 100000

// readXLSX reads the visible sheets in workbook order, row by row, each
// non-empty cell as the formatted value a person sees (one Line per cell,
// Line.Cell = "Sheet!B3"). Hidden sheets, rows and columns are skipped
// with a warning.
func readXLSX(ctx context.Context, data []byte, o Options) (doc *Document, err error) {
	// Our own limits first: entry count and ratios, before excelize inflates
	// every part into memory.
	if _, err := limits.OpenZip(data, limits.ZipLimits{MaxEntries: o.MaxZipEntries, MaxTotal: o.MaxUnzipSize}); err != nil {
		return nil, zipError(err)
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
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: lim, UnzipXMLSizeLimit: lim})
	if err != nil {
		if strings.Contains(err.Error(), "size limit") || strings.Contains(err.Error(), "exceeds") {
			return nil, fmt.Errorf("%w: %v", ErrTooLarge, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	defer f.Close()
	doc = &Document{Format: string(FormatXLSX)}
	cells := 0
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
		colHidden := map[int]bool{}
		colChecked := map[int]bool{}
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
				if !colChecked[col] {
					colChecked[col] = true
					name, _ := excelize.ColumnNumberToName(col)
					if vis, err := f.GetColVisible(sheet, name); err == nil && !vis {
						colHidden[col] = true
						hiddenCols = append(hiddenCols, sheet+"!"+name)
					}
				}
				if colHidden[col] {
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
