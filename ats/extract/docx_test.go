package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"`

// makeZip builds a zip from name/content pairs, in order.
func makeZip(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// testDOCX returns a DOCX exercising every feature the reader handles.
// extra parts (name, content pairs) are added at the end.
func testDOCX(t testing.TB, extra ...string) []byte {
	body := `<w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Ada Lovelace</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Experience</w:t></w:r></w:p>
<w:p><w:r><w:t>Analyst</w:t></w:r><w:r><w:tab/><w:t>2019 – 2021</w:t></w:r><w:r><w:br/><w:t>London</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Built the </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>engine</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> notes</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret keywords</w:t></w:r><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "http://x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>field result</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>Cell A1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell B1</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Cell A2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Anchor paragraph</w:t></w:r></w:p>
<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>In a content control</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:p><w:r><w:t>See note</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/></w:sectPr>
</w:body>`
	parts := []string{
		"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `>` + body + `</w:document>`,
		"word/_rels/document.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com" TargetMode="External"/>
</Relationships>`,
		"word/styles.xml", `<?xml version="1.0"?><w:styles ` + wNS + `>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
</w:styles>`,
		"word/header1.xml", `<?xml version="1.0"?><w:hdr ` + wNS + `><w:p><w:r><w:t>ada@example.com | +44 20 7946 0000</w:t></w:r></w:p></w:hdr>`,
		"word/footer1.xml", `<?xml version="1.0"?><w:ftr ` + wNS + `><w:p><w:r><w:t>Footer line</w:t></w:r></w:p></w:ftr>`,
		"word/footnotes.xml", `<?xml version="1.0"?><w:footnotes ` + wNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>A footnote</w:t></w:r></w:p></w:footnote></w:footnotes>`,
	}
	return makeZip(t, append(parts, extra...)...)
}

func TestDOCXFeatures(t *testing.T) {
	doc, err := Bytes(context.Background(), testDOCX(t), "cv.docx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		text    string
		src     Source
		heading int
		list    bool
	}
	wants := []want{
		{"ada@example.com | +44 20 7946 0000", Header, 0, false},
		{"Ada Lovelace", Body, 1, false},
		{"Experience", Body, 2, false},
		{"Analyst\t2019 – 2021", Body, 0, false},
		{"London", Body, 0, false},
		{"• Built the engine notes", Body, 0, true},
		{"field result", Body, 0, false},
		{"Cell A1", TableCell, 0, false},
		{"Cell B1", TableCell, 0, false},
		{"Cell A2", TableCell, 0, false},
		{"Anchor paragraph", Body, 0, false},
		{"Box text", TextBox, 0, false},
		{"In a content control", Body, 0, false},
		{"See note", Body, 0, false},
		{"Footer line", Footer, 0, false},
		{"A footnote", Footnote, 0, false},
	}
	if len(doc.Lines) != len(wants) {
		for _, l := range doc.Lines {
			t.Logf("%v %q", l.Source, l.Text)
		}
		t.Fatalf("got %d lines, want %d", len(doc.Lines), len(wants))
	}
	for i, w := range wants {
		l := doc.Lines[i]
		if l.Text != w.text || l.Source != w.src || l.Heading != w.heading || l.ListItem != w.list {
			t.Errorf("line %d = {%q %v h%d list=%v}, want {%q %v h%d list=%v}", i, l.Text, l.Source, l.Heading, l.ListItem, w.text, w.src, w.heading, w.list)
		}
	}
	if doc.Lines[2].Style != "Heading 1" || !doc.Lines[2].Bold {
		t.Errorf("heading line = %+v", doc.Lines[2])
	}
	for _, k := range []WarningKind{Table, TextBoxes, HeaderFooterContact, HiddenContent} {
		if !doc.HasWarning(k) {
			t.Errorf("no %s warning in %v", k, doc.Warnings)
		}
	}
	for _, bad := range []string{"secret", "deleted", "HYPERLINK"} {
		if strings.Contains(doc.AllText(), bad) {
			t.Errorf("text holds %q:\n%s", bad, doc.AllText())
		}
	}
}

// TestDOCXTamper: bogus core properties, custom XML and custom properties
// do not change what is extracted.
func TestDOCXTamper(t *testing.T) {
	clean, err := Bytes(context.Background(), testDOCX(t), "cv.docx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	tampered, err := Bytes(context.Background(), testDOCX(t,
		"docProps/core.xml", `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Senior Rocket Scientist</dc:title><dc:creator>Bogus Name</dc:creator><cp:keywords>kubernetes rust go</cp:keywords></cp:coreProperties>`,
		"docProps/custom.xml", `<?xml version="1.0"?><Properties><property name="skills"><vt:lpwstr xmlns:vt="x">COBOL</vt:lpwstr></property></Properties>`,
		"customXml/item1.xml", `<resume><name>Hidden Person</name><skill>Fortran</skill></resume>`,
	), "cv.docx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if clean.AllText() != tampered.AllText() {
		t.Errorf("tampering changed the text:\n%s\n---\n%s", clean.AllText(), tampered.AllText())
	}
}

func TestDOCXGuards(t *testing.T) {
	deep := `<?xml version="1.0"?><w:document ` + wNS + `><w:body>` + strings.Repeat("<w:sdt><w:sdtContent>", 300) + `<w:p><w:r><w:t>x</w:t></w:r></w:p>` + strings.Repeat("</w:sdtContent></w:sdt>", 300) + `</w:body></w:document>`
	many := []string{"word/document.xml", `<w:document ` + wNS + `><w:body/></w:document>`}
	for i := 0; i < 1001; i++ {
		many = append(many, fmt.Sprintf("word/media/x%d.txt", i), "x")
	}
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document ` + wNS + `><w:body><w:p><w:r><w:t>`))
	zeros := make([]byte, 1<<20)
	for i := 0; i < 8; i++ { // 8 MB of spaces: a 1000:1 ratio
		for j := range zeros {
			zeros[j] = ' '
		}
		w.Write(zeros)
	}
	w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"deep", makeZip(t, "word/document.xml", deep), ErrTooLarge},
		{"many-entries", makeZip(t, many...), ErrTooLarge},
		{"bomb", bomb.Bytes(), ErrTooLarge},
		{"no-document", makeZip(t, "word/other.xml", "<x/>"), ErrMalformed},
		{"bad-xml", makeZip(t, "word/document.xml", "<w:document "+wNS+"><w:body><w:p>"), ErrMalformed},
		{"truncated", testDOCX(t)[:600], ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Bytes(context.Background(), c.data, c.name+".docx", Options{})
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
		})
	}
}
