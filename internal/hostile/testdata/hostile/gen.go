//go:build ignore

// gen writes the hostile input files in this folder. Run it from here:
//
//	go run gen.go
//
// Every file is small on disk; what makes each one hostile is said in
// manifest.json, which the test in internal/hostile reads.
package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"
)

// entry describes one hostile file for the test.
type entry struct {
	File string `json:"file"`
	What string `json:"what"`
	// Via is the pipeline that reads it: "extract" (ats/extract, then
	// ats/parse on what came out) or "load" (input.Load).
	Via string `json:"via"`
	// Readable marks a file that is still valid after the damage (half a
	// Markdown or YAML file is a shorter file), so it may load cleanly.
	Readable bool `json:"readable,omitempty"`
}

var manifest []entry

func write(name, what, via string, data []byte) {
	if err := os.WriteFile(name, data, 0o644); err != nil {
		log.Fatal(err)
	}
	manifest = append(manifest, entry{File: name, What: what, Via: via,
		Readable: name == "truncated.md" || name == "truncated.yaml"})
}

func main() {
	bombs()
	deepXML()
	hugeSharedStrings()
	pdfs()
	truncated()
	liars()
	deepJSON()
	mutants()
	b, _ := json.MarshalIndent(manifest, "", "  ")
	if err := os.WriteFile("manifest.json", append(b, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
}

type part struct {
	name string
	fill func(w io.Writer)
}

func text(s string) func(io.Writer) { return func(w io.Writer) { io.WriteString(w, s) } }

// zeros streams n zero bytes.
func zeros(n int64) func(io.Writer) {
	return func(w io.Writer) {
		buf := make([]byte, 1<<20)
		for n > 0 {
			k := min(n, int64(len(buf)))
			w.Write(buf[:k])
			n -= k
		}
	}
}

func zipOf(parts ...part) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestCompression)
	})
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			log.Fatal(err)
		}
		p.fill(w)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	return buf.Bytes()
}

const contentTypesDocx = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const relsDocx = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
const docStart = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
const docEnd = `</w:body></w:document>`

const contentTypesXlsx = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
const relsXlsx = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`
const workbookRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
const sheet1 = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`

func xlsxParts(sharedStrings func(io.Writer)) []part {
	return []part{
		{"[Content_Types].xml", text(contentTypesXlsx)},
		{"_rels/.rels", text(relsXlsx)},
		{"xl/workbook.xml", text(workbook)},
		{"xl/_rels/workbook.xml.rels", text(workbookRels)},
		{"xl/worksheets/sheet1.xml", text(sheet1)},
		{"xl/sharedStrings.xml", sharedStrings},
	}
}

// bombs: small zips whose parts inflate to gigabytes.
func bombs() {
	write("bomb.docx", "DOCX whose document.xml inflates to 2 GiB of zero bytes", "extract", zipOf(
		part{"[Content_Types].xml", text(contentTypesDocx)},
		part{"_rels/.rels", text(relsDocx)},
		part{"word/document.xml", zeros(2 << 30)},
	))
	write("bomb.xlsx", "XLSX whose sharedStrings.xml inflates to 2 GiB of zero bytes", "extract", zipOf(xlsxParts(zeros(2<<30))...))
}

// deepXML: a document.xml nested 100,000 elements deep.
func deepXML() {
	n := 100000
	write("deep.docx", "DOCX with document.xml nested 100,000 elements deep", "extract", zipOf(
		part{"[Content_Types].xml", text(contentTypesDocx)},
		part{"_rels/.rels", text(relsDocx)},
		part{"word/document.xml", func(w io.Writer) {
			io.WriteString(w, docStart)
			io.WriteString(w, strings.Repeat("<w:sdt><w:sdtContent>", n))
			io.WriteString(w, strings.Repeat("</w:sdtContent></w:sdt>", n))
			io.WriteString(w, docEnd)
		}},
	))
}

// hugeSharedStrings: 3 million shared strings (a few hundred MB inflated).
func hugeSharedStrings() {
	write("huge-sharedstrings.xlsx", "XLSX with 3,000,000 shared strings (about 150 MB of XML)", "extract", zipOf(xlsxParts(func(w io.Writer) {
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3000000" uniqueCount="3000000">`)
		for i := 0; i < 3000000; i++ {
			fmt.Fprintf(w, "<si><t>s%d</t></si>", i)
		}
		io.WriteString(w, `</sst>`)
	})...))
}

// pdf assembles numbered objects into a PDF with a correct xref table.
func pdf(objs []string, trailerExtra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailerExtra, xref)
	return b.Bytes()
}

func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

const font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
const resources = "/Resources << /Font << /F1 5 0 R >> >>"

var hello = stream("", "BT /F1 12 Tf 72 720 Td (Jane Doe) Tj ET")

func pdfs() {
	write("pdf-self-kid.pdf", "PDF page tree that lists itself as a kid", "extract", pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + resources + " >>",
		hello, font,
	}, ""))
	write("pdf-parent-cycle.pdf", "PDF page whose /Parent chain is a cycle (inherited resources are looked up forever)", "extract", pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 6 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
		hello, font,
		"<< /Type /Pages /Parent 7 0 R /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Pages /Parent 6 0 R /Kids [6 0 R] /Count 1 >>",
	}, ""))
	write("pdf-count-2e9.pdf", "PDF page tree claiming /Count 2000000000", "extract", pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + resources + " >>",
		hello, font,
	}, ""))
	write("pdf-length-1g.pdf", "PDF content stream whose /Length claims 1 GiB", "extract", pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + resources + " >>",
		"<< /Length 1073741824 >>\nstream\nBT /F1 12 Tf 72 720 Td (Jane Doe) Tj ET\nendstream",
		font,
	}, ""))
	write("pdf-encrypted.pdf", "PDF with a Standard security handler (/Encrypt)", "extract", pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + resources + " >>",
		hello, font,
		"<< /Filter /Standard /V 1 /R 2 /O <" + strings.Repeat("41", 32) + "> /U <" + strings.Repeat("42", 32) + "> /P -44 >>",
	}, "/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "))
	write("pdf-image-only.pdf", "PDF whose only page is an image: no text layer", "extract", pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>",
		stream("", "q 200 0 0 100 72 600 cm /Im1 Do Q"),
		stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x00\xff\xff\x00"),
	}, ""))
}

// truncated: the first part of a valid file of each format.
func truncated() {
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "Jane Doe")
	f.SetCellValue("Sheet1", "A2", "Software Engineer")
	var x bytes.Buffer
	if err := f.Write(&x); err != nil {
		log.Fatal(err)
	}
	docx := zipOf(
		part{"[Content_Types].xml", text(contentTypesDocx)},
		part{"_rels/.rels", text(relsDocx)},
		part{"word/document.xml", text(docStart + `<w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p>` + docEnd)},
	)
	good := pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + resources + " >>",
		hello, font,
	}, "")
	json := []byte(`{"basics":{"name":"Jane Doe","email":"jane@example.com"},"work":[{"name":"Acme","position":"Engineer","startDate":"2020-01"}]}`)
	yaml := []byte("basics:\n  name: Jane Doe\nwork:\n  - name: Acme\n    position: Engineer\n    startDate: 2020-01\n")
	md := []byte("# Jane Doe\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\n- Built things\n")
	for _, c := range []struct {
		name, via string
		data      []byte
	}{{"truncated.docx", "extract", docx}, {"truncated.xlsx", "extract", x.Bytes()}, {"truncated.pdf", "extract", good},
		{"truncated.md", "extract", md}, {"truncated.json", "load", json}, {"truncated.yaml", "load", yaml}} {
		write(c.name, "the first half of a valid "+strings.TrimPrefix(c.name, "truncated.")+" file", c.via, c.data[:len(c.data)/2])
	}
}

// liars: files whose extension says one thing and whose bytes another.
func liars() {
	z := zipOf(part{"hello.txt", text("hello")})
	write("zip-named.pdf", "a plain zip archive named .pdf", "extract", z)
	write("pdf-named.docx", "a PDF named .docx", "extract", []byte("%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n"))
	write("png-named.json", "PNG bytes named .json", "load", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"))
}

// deepJSON: JSON nested 10,000 levels deep.
func deepJSON() {
	n := 10000
	write("deep.json", "JSON nested 10,000 levels deep", "load",
		[]byte(`{"basics":{"name":"x","x-deep":`+strings.Repeat("[", n)+strings.Repeat("]", n)+"}}"))
}

// mutants: minimised forms of the mutants of issue #18 that broke the
// time and memory bounds (../shared/hostile-mutants), one per cause, each
// far beyond 1 s or 100 MB before the fix.
func mutants() {
	md := "# Jane Doe\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\n"
	write("md-quote-nest.md", "Markdown with 40,000 blockquote markers on one line (goldmark is quadratic in the nesting)", "extract",
		[]byte(md+strings.Repeat("> ", 40000)+"deep\n"))
	write("md-link-openers.md", "Markdown paragraph of 20,000 unclosed link openers \"[x](\" (quadratic in goldmark)", "extract",
		[]byte(md+"a "+strings.Repeat("[x](", 20000)+" b\n"))
	write("md-emphasis-mix.md", "Markdown paragraph of 20,000 mixed * and _ delimiters (quadratic in goldmark)", "extract",
		[]byte(md+"a "+strings.Repeat("*a_ ", 20000)+" b\n"))
	write("md-wide-table.md", "Markdown table with a 10,000-column header and 100 short rows (every row padded to the header: a million cells)", "extract",
		[]byte(md+strings.Repeat("|a", 10000)+"|\n"+strings.Repeat("|-", 10000)+"|\n"+strings.Repeat("|x|\n", 100)))
	write("md-headings.md", "Markdown of 12,000 headings (more lines of text than a resume can have)", "extract",
		[]byte(md+strings.Repeat("# h\n", 12000)))

	styles := func(code string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="` + code + `"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`
	}
	numFmtXlsx := func(code string) []byte {
		var rows strings.Builder
		for r := 1; r <= 200; r++ {
			fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" s="1" t="s"><v>0</v></c><c r="B%d" s="1"><v>44348</v></c></row>`, r, r, r)
		}
		ps := xlsxParts(text(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>` + strings.Repeat("Software engineer ", 50) + `</t></si></sst>`))
		ps[0] = part{"[Content_Types].xml", text(strings.Replace(contentTypesXlsx, "</Types>", `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`, 1))}
		ps[3] = part{"xl/_rels/workbook.xml.rels", text(strings.Replace(workbookRels, "</Relationships>", `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`, 1))}
		ps[4] = part{"xl/worksheets/sheet1.xml", text(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows.String() + `</sheetData></worksheet>`)}
		return zipOf(append(ps, part{"xl/styles.xml", text(styles(code))})...)
	}
	write("xlsx-numfmt-at.xlsx", "XLSX whose number format repeats the cell text 1,000 times (@@@…): every string multiplied", "extract",
		numFmtXlsx(strings.Repeat("@", 1000)))
	write("xlsx-numfmt-long.xlsx", "XLSX with a 10,000-character number format, re-parsed by the library for every cell", "extract",
		numFmtXlsx("&quot;"+strings.Repeat("x", 10000)+"&quot;"))

	page := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + resources + " >>"
	write("pdf-hex-open.pdf", "PDF content stream ending inside a hex string (the library's lexer loops forever there)", "extract", pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		page, stream("", "BT /F1 12 Tf 72 720 Td <4a616e65"), font,
	}, ""))
	write("pdf-tounicode-open.pdf", "PDF font whose ToUnicode CMap ends inside a hex string (the library's CMap reader loops forever)", "extract", pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		page, hello,
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
		stream("", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 beginbfchar <4a> <004a"),
	}, ""))
	write("pdf-content-bomb.pdf", "PDF whose Flate content stream inflates to 64 MB", "extract", pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		page, flateStream("", "BT /F1 12 Tf 72 720 Td (Jane Doe) Tj ET"+strings.Repeat(" ", 64<<20)), font,
	}, ""))
	write("pdf-form-repeat.pdf", "PDF page drawing a 1 MB form XObject 1,000 times (a gigabyte of content to interpret)", "extract", pdf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> >>",
		stream("", strings.Repeat("/Fm1 Do ", 1000)), font,
		flateStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>", strings.Repeat("BT /F1 1 Tf 0 0 Td (x) Tj ET\n", 1<<20/29)),
	}, ""))

	write("docx-many-paragraphs.docx", "DOCX of 25,000 paragraphs, more lines than a resume has (the mutant held 200,000 in 16 MB)", "extract", zipOf(
		part{"[Content_Types].xml", text(contentTypesDocx)},
		part{"_rels/.rels", text(relsDocx)},
		part{"word/document.xml", func(w io.Writer) {
			io.WriteString(w, docStart)
			for i := 0; i < 25000; i++ {
				io.WriteString(w, `<w:p><w:r><w:t>x</w:t></w:r></w:p>`)
			}
			io.WriteString(w, docEnd)
		}},
	))
}

// flateStream is a FlateDecode stream of data.
func flateStream(dict, data string) string {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	io.WriteString(zw, data)
	zw.Close()
	return fmt.Sprintf("<< %s /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", dict, z.Len(), z.String())
}
