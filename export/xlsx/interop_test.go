package xlsx

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/interop"
	"github.com/resumekit/resumekit/resume"
)

// interopCase is one workbook the outside tools must read.
type interopCase struct {
	name string
	r    *resume.Resume
	opts Options
}

func interopCases(t *testing.T) []interopCase {
	t.Helper()
	cases := []interopCase{
		{"example", exampleCV(t), Options{}},
		{"example-dotted", exampleCV(t), Options{Options: style.Options{DateFormat: "01.2006"}}},
		{"full", fullResume(), Options{Options: style.Options{Created: created, DateFormat: "02 Jan 2006"}}},
		{"full-fr", fullResume(), Options{Options: style.Options{DateFormat: "January 2006", Language: "fr"}}},
		{"odd-layout", fullResume(), Options{Options: style.Options{DateFormat: `[Mon] 2 Jan 2006 "x" #0 E+ @;\ г.`}}},
		{"dotted-day", fullResume(), Options{Options: style.Options{DateFormat: "02.01.2006"}}},
	}
	files, _ := filepath.Glob("../../../shared/jsonresume/*.resume.json")
	more, _ := filepath.Glob("../../../shared/jsonresume/examples/*.json")
	if len(files)+len(more) == 0 {
		interop.SkipShared(t, "no JSON Resume files in ../../../shared/jsonresume: only the built-in cases")
	}
	for _, p := range append(files, more...) {
		r, err := resume.Load(p, resume.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, interopCase{strings.TrimSuffix(filepath.Base(p), ".resume.json"), r, Options{}})
	}
	return cases
}

// writeCases writes each case to dir/<name>.xlsx and returns the paths.
func writeCases(t *testing.T, dir string, cases []interopCase) []string {
	t.Helper()
	var paths []string
	for _, c := range cases {
		p := filepath.Join(dir, c.name+".xlsx")
		if err := os.WriteFile(p, writeBook(t, c.r, c.opts), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// openpyxlScript prints, for each workbook given, every sheet's cells as
// JSON: the Python type of the value, its text and the number format.
const openpyxlScript = `
import json, sys, datetime
import openpyxl
out = {}
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = []
            for c in row:
                v = c.value
                if isinstance(v, datetime.datetime):
                    cells.append({"t": "datetime", "v": v.strftime("%Y-%m-%d")})
                elif v is None:
                    cells.append({"t": "none", "v": ""})
                else:
                    cells.append({"t": type(v).__name__, "v": str(v)})
            rows.append(cells)
        sheets.append({"name": ws.title, "rows": rows, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref})
    out[path] = {"sheets": sheets, "title": wb.properties.title, "creator": wb.properties.creator}
json.dump(out, sys.stdout)
`

// TestInteropOpenpyxl reads every workbook with openpyxl: every sheet,
// header and value as excelize reads it, every date cell a datetime of the
// right day, frozen header and autofilter in place.
func TestInteropOpenpyxl(t *testing.T) {
	py := interop.RequirePython(t, "openpyxl")
	cases := interopCases(t)
	paths := writeCases(t, t.TempDir(), cases)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, py, append([]string{"-c", openpyxlScript}, paths...)...).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, stderr(err))
	}
	type pyCell struct{ T, V string }
	var got map[string]struct {
		Sheets []struct {
			Name   string
			Rows   [][]pyCell
			Freeze string
			Filter string
		}
		Title, Creator string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("openpyxl output: %v", err)
	}
	for i, c := range cases {
		book, ok := got[paths[i]]
		if !ok {
			t.Errorf("%s: openpyxl did not read it", c.name)
			continue
		}
		b, _ := os.ReadFile(paths[i])
		f := openBook(t, b)
		if want := f.GetSheetList(); len(book.Sheets) != len(want) {
			t.Errorf("%s: openpyxl sees %d sheets, want %q", c.name, len(book.Sheets), want)
			continue
		}
		if name := strings.Join(strings.Fields(c.r.Basics.Name), " "); book.Creator != name {
			t.Errorf("%s: creator %q, want %q", c.name, book.Creator, name)
		}
		dates := map[string]resume.Date{} // "sheet!ref"
		for _, w := range wantDates(c.r, c.opts) {
			st := readSheet(t, f, w.sheet)
			dates[w.sheet+"!"+st.ref(t, w.row, w.header)] = w.date
		}
		nDates := 0
		rb := readRaw(t, b)
		raw := map[string]map[string]rawCell{}
		for _, sh := range book.Sheets {
			raw[sh.Name] = rb.cells(t, sh.Name)
		}
		for _, sh := range book.Sheets {
			st := readSheet(t, f, sh.Name)
			// excelize writes the autofilter range with $ signs
			if wantFilter := "A1:" + cellRef(len(st.header)-1, len(st.rows)+1); sh.Freeze != "A2" || strings.ReplaceAll(sh.Filter, "$", "") != wantFilter {
				t.Errorf("%s/%s: freeze %q, filter %q", c.name, sh.Name, sh.Freeze, sh.Filter)
			}
			if len(sh.Rows) != len(st.rows)+1 {
				t.Errorf("%s/%s: openpyxl reads %d rows, want %d", c.name, sh.Name, len(sh.Rows), len(st.rows)+1)
				continue
			}
			for i, row := range sh.Rows {
				for j, pc := range row {
					ref := cellRef(j, i+1)
					if d, ok := dates[sh.Name+"!"+ref]; ok && raw[sh.Name][ref].Type != "s" {
						// a real date (not one written as text, see TestDateFormats)
						nDates++
						if pc.T != "datetime" || pc.V != d.Time().Format("2006-01-02") {
							t.Errorf("%s/%s!%s: openpyxl reads %s %q, want the datetime %s", c.name, sh.Name, ref, pc.T, pc.V, d.Time().Format("2006-01-02"))
						}
						continue
					}
					want, _ := f.GetCellValue(sh.Name, ref)
					if pc.T == "datetime" || pc.V != want {
						t.Errorf("%s/%s!%s: openpyxl reads %s %q, want the text %q", c.name, sh.Name, ref, pc.T, pc.V, want)
					}
				}
			}
		}
		if want := len(dates); nDates == 0 && want > 0 {
			t.Errorf("%s: no date cell checked", c.name)
		}
	}
}

// csvFilter is LibreOffice's CSV export: comma, double quote, UTF-8, cells
// "as shown" (formatted, as an ATS sees them), every sheet to its own file.
const csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"

// TestInteropLibreOffice converts every workbook with LibreOffice headless
// (one soffice run for all of them) to CSV of the displayed values, and
// checks that LibreOffice displays every cell, dates included, exactly as
// excelize does — and so as the other formats print them.
func TestInteropLibreOffice(t *testing.T) {
	soffice := interop.RequireCalc(t)
	if soffice == "" {
		return
	}
	cases := interopCases(t)
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	for _, d := range []string{in, out} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	paths := writeCases(t, in, cases)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--norestore", "--convert-to", csvFilter, "--outdir", out}, paths...)
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	for i, c := range cases {
		b, _ := os.ReadFile(paths[i])
		f := openBook(t, b)
		res := c.opts.Resolve()
		for _, sheet := range f.GetSheetList() {
			p := filepath.Join(out, c.name+"-"+sheet+".csv")
			data, err := os.ReadFile(p)
			if err != nil {
				t.Errorf("%s/%s: LibreOffice wrote no CSV: %v\n%s", c.name, sheet, err, msg)
				continue
			}
			rd := csv.NewReader(strings.NewReader(string(data)))
			rd.FieldsPerRecord = -1
			got, err := rd.ReadAll()
			if err != nil {
				t.Errorf("%s/%s: CSV: %v", c.name, sheet, err)
				continue
			}
			want, _ := f.GetRows(sheet)
			if len(got) != len(want) {
				t.Errorf("%s/%s: LibreOffice has %d rows, excelize %d", c.name, sheet, len(got), len(want))
				continue
			}
			for i := range want {
				g, w := trimRow(got[i]), trimRow(want[i])
				if !slices.Equal(g, w) {
					t.Errorf("%s/%s row %d:\nLibreOffice %q\n   excelize %q", c.name, sheet, i+1, g, w)
				}
			}
		}
		// And the dates as every other format prints them.
		for _, w := range wantDates(c.r, c.opts) {
			data, _ := os.ReadFile(filepath.Join(out, c.name+"-"+w.sheet+".csv"))
			rd := csv.NewReader(strings.NewReader(string(data)))
			rd.FieldsPerRecord = -1
			rows, _ := rd.ReadAll()
			if len(rows) == 0 {
				continue
			}
			j := slices.Index(rows[0], w.header)
			if j < 0 || w.row+1 >= len(rows) || j >= len(rows[w.row+1]) {
				t.Errorf("%s/%s: no %s cell for row %d", c.name, w.sheet, w.header, w.row+2)
				continue
			}
			if got, want := rows[w.row+1][j], res.Date(w.date); got != want {
				t.Errorf("%s/%s row %d %s: LibreOffice shows %q, want %q", c.name, w.sheet, w.row+2, w.header, got, want)
			}
		}
	}
}

func trimRow(r []string) []string {
	for len(r) > 0 && r[len(r)-1] == "" {
		r = r[:len(r)-1]
	}
	return r
}

func stderr(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}
