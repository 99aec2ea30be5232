package extract

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite generated testdata files")

// buildPDF assembles a PDF from object bodies (object i+1 is objs[i]) with
// a correct cross-reference table. trailerExtra is added to the trailer.
func buildPDF(objs []string, trailerExtra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailerExtra, xref)
	return b.Bytes()
}

func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

const helv = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

// hostilePDFs are the hand-made hostile files in testdata/hostile. Each
// must come back with an error (or, for image-only, a warning) quickly.
var hostilePDFs = map[string][]byte{
	// A page tree whose /Kids lists the tree itself: Reader.Page loops.
	"self-kids.pdf": buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
	}, ""),
	// A /Parent cycle: findInherited (Resources) loops.
	"parent-cycle.pdf": buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 4 0 R >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>",
		"<< /Type /Pages /Kids [] /Count 0 /Parent 2 0 R >>",
		stream("", "BT /F1 12 Tf 72 700 Td (Hello) Tj ET"),
	}, ""),
	// /Count 2000000000: GetPlainText walks two billion pages.
	"count-2e9.pdf": buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		helv,
		stream("", "BT /F1 12 Tf 72 700 Td (Hello) Tj ET"),
	}, ""),
	// Two pages trees pointing at each other's kids (cycle through a sibling).
	"kids-cycle.pdf": buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
	}, ""),
	// A content stream whose /Length claims a gigabyte.
	"length-1gb.pdf": func() []byte {
		p := buildPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
			helv,
			"<< /Length 1000000000 >>\nstream\nBT /F1 12 Tf 72 700 Td (Hello) Tj ET\nendstream",
		}, "")
		return p
	}(),
	// Encrypted with a user password we do not have.
	"encrypted.pdf": buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
		"<< /Filter /Standard /V 1 /R 2 /O <" + strings.Repeat("41", 32) + "> /U <" + strings.Repeat("42", 32) + "> /P -4 >>",
	}, "/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "),
	// A scan: one image, no text.
	"image-only.pdf": buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
		stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x80"),
		stream("", "q 500 0 0 700 50 50 cm /Im1 Do Q"),
	}, ""),
	// Arrays nested a million deep in an object.
	"deep-array.pdf": buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R /Deep " + strings.Repeat("[", 1000000) + strings.Repeat("]", 1000000) + " >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
	}, ""),
	// An object stream that /Extends itself and lacks the object the xref
	// stream says it holds: the library's resolve loops forever.
	"objstm-extends-cycle.pdf": objStmCyclePDF(),
	// A cross-reference table whose /Prev points at itself.
	"prev-cycle.pdf": func() []byte {
		p := buildPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [] /Count 0 >>",
		}, "")
		i := bytes.LastIndex(p, []byte("\nxref\n")) + 1
		return bytes.Replace(p, []byte("/Root 1 0 R "), []byte(fmt.Sprintf("/Root 1 0 R /Prev %d ", i)), 1)
	}(),
	// A cross-reference subsection that starts at object 6,553,500,000,015
	// (found by FuzzPDF): the library sizes its object table to match.
	"xref-huge-object.pdf": bytes.Replace(buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [] /Count 0 >>",
	}, ""), []byte("xref\n0 3\n"), []byte("xref\n6553500000015 3\n"), 1),
	// Cross-reference streams that ask for a table of four trillion
	// objects, for entries four billion bytes wide, for a subsection at
	// object five trillion, and for four trillion predictor columns.
	"xrefstm-huge-size.pdf":    xrefStreamPDF("/Size 4000000000000"),
	"xrefstm-wide-fields.pdf":  xrefStreamPDF("/Size 4 /W [1 4000000000 2]"),
	"xrefstm-huge-index.pdf":   xrefStreamPDF("/Size 4 /Index [5000000000000 4]"),
	"xrefstm-huge-columns.pdf": xrefStreamPDF("/Size 4 /DecodeParms << /Predictor 12 /Columns 4000000000000 >>"),
	// A content stream whose PNG predictor asks for four trillion columns.
	"content-huge-columns.pdf": buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		helv,
		stream("/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4000000000000 >>", flate("BT /F1 12 Tf 72 700 Td (Hello) Tj ET")),
	}, ""),
	// A page with text drawn outside the page and white and tiny text.
	"hidden-text.pdf": buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		helv,
		stream("", "BT /F1 12 Tf 72 700 Td (Visible text) Tj ET BT 1 1 1 rg /F1 12 Tf 72 680 Td (white keywords) Tj ET BT 0 g /F1 1 Tf 72 660 Td (tiny keywords) Tj ET BT /F1 12 Tf 700 700 Td (outside) Tj ET BT 3 Tr /F1 12 Tf 72 640 Td (invisible keywords) Tj ET"),
	}, ""),
}

func hostileDir() string { return filepath.Join("testdata", "hostile") }

// TestHostileFilesUpToDate keeps testdata/hostile in step with the
// generator above (go test -run Hostile -update rewrites them).
func TestHostileFilesUpToDate(t *testing.T) {
	for name, data := range hostilePDFs {
		p := filepath.Join(hostileDir(), name)
		if *update {
			if err := os.MkdirAll(hostileDir(), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("%v (run go test -run Hostile -update)", err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s is out of date (run go test -run Hostile -update)", p)
		}
	}
}

func TestHostilePDF(t *testing.T) {
	cases := []struct {
		name string
		want error // nil: no error, but a warning
		warn WarningKind
		msg  string
	}{
		{"self-kids.pdf", ErrMalformed, "", "contains itself"},
		{"parent-cycle.pdf", ErrMalformed, "", "/Parent cycle"},
		{"count-2e9.pdf", ErrTooManyPages, "", "2000000000"},
		{"kids-cycle.pdf", ErrMalformed, "", "cyclic"},
		{"length-1gb.pdf", nil, "", ""},
		{"encrypted.pdf", ErrEncrypted, "", ""},
		{"image-only.pdf", nil, NoTextLayer, ""},
		{"deep-array.pdf", ErrMalformed, "", "nesting"},
		{"objstm-extends-cycle.pdf", ErrMalformed, "", "/Extends"},
		{"prev-cycle.pdf", ErrMalformed, "", "/Prev"},
		{"hidden-text.pdf", nil, HiddenText, ""},
		{"xref-huge-object.pdf", ErrMalformed, "", "6553500000015"},
		{"xrefstm-huge-size.pdf", ErrMalformed, "", "4000000000000"},
		{"xrefstm-wide-fields.pdf", ErrMalformed, "", "/W"},
		{"xrefstm-huge-index.pdf", ErrMalformed, "", "5000000000000"},
		{"xrefstm-huge-columns.pdf", ErrMalformed, "", "predictor columns"},
		{"content-huge-columns.pdf", ErrMalformed, "", "predictor columns"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(hostileDir(), c.name))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			doc, err := Bytes(ctx, data, c.name, Options{})
			if errors.Is(err, ErrTimeout) {
				t.Fatalf("timed out: %v", err)
			}
			if c.want != nil {
				if !errors.Is(err, c.want) {
					t.Fatalf("err = %v, want %v", err, c.want)
				}
				var e *Error
				if !errors.As(err, &e) || e.File != c.name {
					t.Errorf("error %v does not name the file", err)
				}
				if !strings.Contains(err.Error(), c.msg) {
					t.Errorf("error %q does not say %q", err, c.msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.warn != "" && !doc.HasWarning(c.warn) {
				t.Errorf("no %s warning in %v", c.warn, doc.Warnings)
			}
		})
	}
}

func TestHiddenTextPDF(t *testing.T) {
	doc, err := Bytes(context.Background(), hostilePDFs["hidden-text.pdf"], "h.pdf", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []WarningKind{HiddenText, OutsidePage} {
		if !doc.HasWarning(k) {
			t.Errorf("no %s warning: %v", k, doc.Warnings)
		}
	}
	if !strings.Contains(doc.Text(), "Visible text") {
		t.Errorf("text = %q", doc.Text())
	}
}

// xrefStreamPDF builds a PDF with a catalog and an empty page tree whose
// cross-reference stream has the dictionary entries extra (/Size among
// them) beside /Type, /W and /Root.
func xrefStreamPDF(extra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	off1 := b.Len()
	b.WriteString("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
	off2 := b.Len()
	b.WriteString("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
	off3 := b.Len()
	var x []byte
	for _, r := range [][3]int{{0, 0, 65535}, {1, off1, 0}, {1, off2, 0}, {1, off3, 0}} {
		x = append(x, byte(r[0]), byte(r[1]>>24), byte(r[1]>>16), byte(r[1]>>8), byte(r[1]), byte(r[2]>>8), byte(r[2]))
	}
	w := "/W [1 4 2] "
	if strings.Contains(extra, "/W") {
		w = ""
	}
	fmt.Fprintf(&b, "3 0 obj\n<< /Type /XRef %s%s /Root 1 0 R /Length %d >>\nstream\n", w, extra, len(x))
	b.Write(x)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", off3)
	return b.Bytes()
}

// flate compresses s with zlib, as /FlateDecode wants it.
func flate(s string) string {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// objStmCyclePDF builds a PDF whose catalog lives (per its xref stream) in
// object stream 3, which does not hold it and /Extends itself.
func objStmCyclePDF() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	off2 := b.Len()
	b.WriteString("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
	off3 := b.Len()
	body := "9 0 << /Nothing true >>"
	fmt.Fprintf(&b, "3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Extends 3 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n", len(body), body)
	off4 := b.Len()
	row := func(t byte, f2 int, f3 int) []byte {
		return []byte{t, byte(f2 >> 24), byte(f2 >> 16), byte(f2 >> 8), byte(f2), byte(f3 >> 8), byte(f3)}
	}
	var x []byte
	x = append(x, row(0, 0, 65535)...)
	x = append(x, row(2, 3, 0)...) // object 1: in stream 3, index 0
	x = append(x, row(1, off2, 0)...)
	x = append(x, row(1, off3, 0)...)
	x = append(x, row(1, off4, 0)...)
	fmt.Fprintf(&b, "4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n", len(x))
	b.Write(x)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", off4)
	return b.Bytes()
}
