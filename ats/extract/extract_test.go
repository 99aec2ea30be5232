package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func TestDetect(t *testing.T) {
	cases := []struct {
		data string
		want Format
	}{
		{"%PDF-1.7\n", FormatPDF},
		{"junk\n%PDF-1.4\n", FormatPDF},
		{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", FormatOLE},
		{`{\rtf1\ansi hello}`, FormatRTF},
		{"\x89PNG\r\n\x1a\n", FormatImage},
		{"\xFF\xD8\xFF\xE0", FormatImage},
		{`  {"basics": {"name": "A"}}`, FormatJSON},
		{"# Ada\n\n## Work\n", FormatMarkdown},
		{"Ada Lovelace\nLondon\n", FormatText},
		{"<!DOCTYPE html><html>", FormatHTML},
		{"\x00\x01\x02\x03binary", FormatUnknown},
	}
	for _, c := range cases {
		if got := Detect([]byte(c.data)); got != c.want {
			t.Errorf("Detect(%q) = %q, want %q", c.data, got, c.want)
		}
	}
	if got := Detect(testDOCX(t)); got != FormatDOCX {
		t.Errorf("DOCX detected as %q", got)
	}
	if got := Detect(makeZip(t, "xl/workbook.xml", "<x/>")); got != FormatXLSX {
		t.Errorf("XLSX detected as %q", got)
	}
	if got := Detect(makeZip(t, "mimetype", "application/vnd.oasis.opendocument.text")); got != FormatODF {
		t.Errorf("ODT detected as %q", got)
	}
}

func TestLyingExtension(t *testing.T) {
	_, err := Bytes(context.Background(), testDOCX(t), "resume.pdf", Options{})
	if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "DOCX") || !strings.Contains(err.Error(), "resume.pdf") {
		t.Errorf("err = %v, want ErrUnsupported naming DOCX and the file", err)
	}
	_, err = Bytes(context.Background(), []byte("plain words"), "resume.docx", Options{})
	if !errors.Is(err, ErrUnsupported) {
		t.Errorf("text named .docx: err = %v", err)
	}
	_, err = Bytes(context.Background(), []byte("\x89PNG\r\n\x1a\nxxxx"), "scan.png", Options{})
	if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "image") {
		t.Errorf("png: err = %v", err)
	}
}

func TestLimitsAndTimeout(t *testing.T) {
	pdf := hostilePDFs["hidden-text.pdf"]
	if _, err := Bytes(context.Background(), pdf, "a.pdf", Options{MaxSize: 100}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("MaxSize: err = %v", err)
	}
	if _, err := Bytes(context.Background(), nil, "a.pdf", Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Bytes(ctx, pdf, "a.pdf", Options{}); !errors.Is(err, ErrTimeout) {
		t.Errorf("cancelled: err = %v", err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "big.txt")
	os.WriteFile(p, bytes.Repeat([]byte("a"), 2000), 0o644)
	if _, err := File(context.Background(), p, Options{MaxSize: 1000}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("File MaxSize: err = %v", err)
	}
	if _, err := File(context.Background(), filepath.Join(dir, "missing.pdf"), Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing: err = %v", err)
	}
	if _, err := Bytes(context.Background(), pdf, "a.pdf", Options{Timeout: time.Nanosecond}); !errors.Is(err, ErrTimeout) {
		t.Errorf("timeout: err = %v", err)
	}
}

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"ﬁnance ﬂow":           "finance flow",
		"co\u00adoperate":      "cooperate",
		"a\u00a0b\u2009c":      "a b c",
		"2019\u20102021":       "2019-2021",
		"Jun 2021 – Aug 2024":  "Jun 2021 – Aug 2024",
		"  many   spaces  ":    "many spaces",
		"Bog\u0306azic\u0327i": "Boğaziçi",
		"zero\u200bwidth":      "zerowidth",
		"tab \t kept":          "tab\tkept",
	}
	for in, want := range cases {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestText(t *testing.T) {
	d := &Document{Lines: []Line{{Text: "a"}, {Text: "1", Furniture: true}, {Text: "b"}}}
	if d.Text() != "a\nb" || d.AllText() != "a\n1\nb" {
		t.Errorf("Text = %q, AllText = %q", d.Text(), d.AllText())
	}
	var nilDoc *Document
	if nilDoc.Text() != "" {
		t.Error("nil document")
	}
}

func TestPrivateUseRemoved(t *testing.T) {
	doc, err := Bytes(context.Background(), []byte("\uf0e0 ada@example.com\n\uf095 +1 555 0100\n"), "cv.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text() != "ada@example.com\n+1 555 0100" || !doc.HasWarning(PrivateUseGlyphs) {
		t.Errorf("text %q warnings %v", doc.Text(), doc.Warnings)
	}
}

func TestPlainTextEncodings(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "Zoë Müller\n" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	utf16be := []byte{0xFE, 0xFF}
	for _, r := range "Zoë Müller\n" {
		utf16be = append(utf16be, byte(r>>8), byte(r))
	}
	cases := map[string][]byte{
		"utf8":    []byte("Zoë Müller\n"),
		"utf8bom": []byte("\xef\xbb\xbfZoë Müller\r\n"),
		"utf16le": utf16le,
		"utf16be": utf16be,
		"latin1":  []byte("Zo\xeb M\xfcller\n"),
		"cp1252":  []byte("Zo\xeb M\xfcller\x96\n"),
	}
	for name, data := range cases {
		doc, err := Bytes(context.Background(), data, "cv.txt", Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.HasPrefix(doc.Text(), "Zoë Müller") {
			t.Errorf("%s: %q", name, doc.Text())
		}
	}
	doc, _ := Bytes(context.Background(), []byte("Skills\n- Go\n* Rust\n"), "cv.txt", Options{})
	if doc.Lines[1].Text != "• Go" || !doc.Lines[2].ListItem {
		t.Errorf("bullets: %+v", doc.Lines)
	}
}

func TestMarkdown(t *testing.T) {
	src := "---\ntitle: hidden front matter\n---\n# Ada Lovelace\n\nada@example.com · [site](https://ada.dev)  \nLondon\n\n<!-- hidden comment -->\n\n## Experience\n\n### Analyst, Engines Ltd\n\n- Built **the** engine\n  over two lines\n- Wrote *notes*\n  - nested item\n\n| Skill | Level |\n|---|---|\n| Go | expert |\n"
	doc, err := Bytes(context.Background(), []byte(src), "cv.md", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Line{
		{Text: "Ada Lovelace", Heading: 1},
		{Text: "ada@example.com · site"},
		{Text: "London"},
		{Text: "Experience", Heading: 2},
		{Text: "Analyst, Engines Ltd", Heading: 3},
		{Text: "• Built the engine over two lines", ListItem: true},
		{Text: "• Wrote notes", ListItem: true},
		{Text: "• nested item", ListItem: true},
		{Text: "Skill"}, {Text: "Level"}, {Text: "Go"}, {Text: "expert"},
	}
	if len(doc.Lines) != len(want) {
		t.Fatalf("got %d lines:\n%s", len(doc.Lines), doc.Text())
	}
	for i, w := range want {
		g := doc.Lines[i]
		if g.Text != w.Text || g.Heading != w.Heading || g.ListItem != w.ListItem {
			t.Errorf("line %d = %q h%d list=%v, want %q h%d list=%v", i, g.Text, g.Heading, g.ListItem, w.Text, w.Heading, w.ListItem)
		}
	}
}

func TestJSONResume(t *testing.T) {
	src := `{"basics": {"name": "Ada Lovelace", "email": "ada@example.com", "summary": "Writes **code**"},
	 "work": [{"name": "Engines Ltd", "position": "Analyst", "startDate": "2019-06", "highlights": ["Built it"]}]}`
	doc, err := Bytes(context.Background(), []byte(src), "cv.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Resume == nil || doc.Resume.Basics.Name != "Ada Lovelace" || len(doc.Resume.Work) != 1 {
		t.Fatalf("Resume = %+v", doc.Resume)
	}
	text := doc.Text()
	for _, s := range []string{"Ada Lovelace", "Writes code", "Engines Ltd", "Analyst", "2019-06", "Built it"} {
		if !strings.Contains(text, s) {
			t.Errorf("%q missing from %q", s, text)
		}
	}
	if _, err := Bytes(context.Background(), []byte(`{"basics": `), "cv.json", Options{}); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("syntax error: %v", err)
	}
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	if _, err := Bytes(context.Background(), []byte("{\"a\":"+deep+"}"), "deep.json", Options{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("deep JSON: %v", err)
	}
}

func testXLSX(t testing.TB) []byte {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Work")
	f.SetCellValue("Work", "A1", "Company")
	f.SetCellValue("Work", "B1", "Start")
	f.SetCellValue("Work", "C1", "Secret")
	f.SetCellValue("Work", "A2", "Engines Ltd")
	st, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("mmm yyyy")})
	f.SetCellValue("Work", "B2", time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC))
	f.SetCellStyle("Work", "B2", "B2", st)
	f.SetCellValue("Work", "C2", "hidden column text")
	f.SetCellValue("Work", "A3", "hidden row text")
	f.SetRowVisible("Work", 3, false)
	f.SetColVisible("Work", "C", false)
	f.NewSheet("Hidden")
	f.SetCellValue("Hidden", "A1", "hidden sheet text")
	f.SetSheetVisible("Hidden", false)
	f.NewSheet("Skills")
	f.SetCellValue("Skills", "B3", "Go")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func ptr[T any](v T) *T { return &v }

func TestXLSX(t *testing.T) {
	doc, err := Bytes(context.Background(), testXLSX(t), "cv.xlsx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Lines {
		got = append(got, l.Cell+"="+l.Text)
	}
	want := "Work!A1=Company|Work!B1=Start|Work!A2=Engines Ltd|Work!B2=Jun 2021|Skills!B3=Go"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].Kind != HiddenSheet ||
		!strings.Contains(doc.Warnings[0].Message, "Hidden") || !strings.Contains(doc.Warnings[0].Message, "Work!3") || !strings.Contains(doc.Warnings[0].Message, "Work!C") {
		t.Errorf("warnings: %v", doc.Warnings)
	}
}

// TestPDFTamper: a document /Info dictionary, XMP metadata and an
// embedded file do not change the extracted text.
func TestPDFTamper(t *testing.T) {
	page := stream("", "BT /F1 12 Tf 72 700 Td (Ada Lovelace) Tj 0 -14 Td (Analyst, Engines Ltd) Tj ET")
	clean := buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		helv, page,
	}, "")
	xmp := `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Bogus Senior Architect</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>`
	tampered := buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R /Names << /EmbeddedFiles << /Names [(resume.json) 8 0 R] >> >> >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		helv, page,
		stream("/Type /Metadata /Subtype /XML", xmp),
		"<< /Title (Bogus Title) /Author (Mallory) /Keywords (kubernetes rust) >>",
		"<< /Type /Filespec /F (resume.json) /EF << /F 9 0 R >> >>",
		stream("/Type /EmbeddedFile", `{"basics":{"name":"Hidden Person"}}`),
	}, "/Info 7 0 R ")
	a, err := Bytes(context.Background(), clean, "a.pdf", Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Bytes(context.Background(), tampered, "b.pdf", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.AllText() != b.AllText() || a.AllText() != "Ada Lovelace\nAnalyst, Engines Ltd" {
		t.Errorf("clean %q, tampered %q", a.AllText(), b.AllText())
	}
}

func TestXLSXGuards(t *testing.T) {
	good := testXLSX(t)
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("xl/workbook.xml")
	w.Write([]byte(`<workbook/>`))
	w, _ = zw.Create("xl/sharedStrings.xml")
	w.Write([]byte(`<sst><si><t>`))
	w.Write(bytes.Repeat([]byte("A"), 8<<20))
	w.Write([]byte(`</t></si></sst>`))
	zw.Close()
	var many []string
	for i := 0; i < 1001; i++ {
		many = append(many, fmt.Sprintf("xl/media/m%d.bin", i), "x")
	}
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"bomb", bomb.Bytes(), ErrTooLarge},
		{"many-entries", makeZip(t, many...), ErrTooLarge},
		{"truncated", good[:len(good)/2], ErrMalformed},
		{"not-a-workbook", makeZip(t, "xl/workbook.xml", "<<<"), ErrMalformed},
	}
	for _, c := range cases {
		_, err := Bytes(context.Background(), c.data, c.name+".xlsx", Options{})
		if !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
}
