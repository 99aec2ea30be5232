package docx

import (
	"archive/zip"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/deflate"
	"github.com/resumekit/resumekit/resume"
)

// This file is the packaging half of the writer (Open Packaging
// Conventions, ECMA-376 Part 2): the zip container, [Content_Types].xml,
// the relationship parts and the document properties. The body comes
// finished from body.go.
//
// Bytes are deterministic: parts are written in a fixed order, every zip
// entry carries the same timestamp (Options.Created, clamped to the zip
// epoch), and deflate runs at a fixed level.

// Relationship types and content types of the parts we write.
const (
	relDocument  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relCore      = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relApp       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
	relStyles    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relNumbering = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
	relSettings  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
	relFooter    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	relHyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
	nsRels       = "http://schemas.openxmlformats.org/package/2006/relationships"

	ctMain = "application/vnd.openxmlformats-officedocument.wordprocessingml."
)

// contentTypesXML is [Content_Types].xml; footerType is added to it when
// the document has a footer.
const contentTypesXML = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="` + ctMain + `document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="` + ctMain + `styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="` + ctMain + `numbering+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="` + ctMain + `settings+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const footerType = `<Override PartName="/word/footer1.xml" ContentType="` + ctMain + `footer+xml"/>`

// footerRel is the relationship id of the footer; it cannot collide with
// the numbered ids of the other parts and the hyperlinks.
const footerRel = "rIdFooter"

// footerXML writes word/footer1.xml: the page number, centred, small and
// grey, as fields Word and LibreOffice fill in ("Page 3 of 4" in English,
// "3 / 4" otherwise, as the PDF writer prints it). The fields' stored
// results are "1", what a reader that does not lay out pages shows.
func footerXML(res style.Resolved) []byte {
	var x xmlw
	x.s(xmlHeader + `<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>`)
	run := func(t string) {
		x.s(`<w:r><w:rPr><w:color w:val="595959"/><w:sz w:val="`)
		x.int(halfPoints(res.FontSize * 0.8))
		x.s(`"/></w:rPr><w:t xml:space="preserve">`)
		x.s(t)
		x.s(`</w:t></w:r>`)
	}
	field := func(instr string) {
		x.s(`<w:fldSimple w:instr=" ` + instr + ` ">`)
		run("1")
		x.s(`</w:fldSimple>`)
	}
	if res.Language == "" || res.Language == "en" {
		run("Page ")
		field("PAGE")
		run(" of ")
		field("NUMPAGES")
	} else {
		field("PAGE")
		run(" / ")
		field("NUMPAGES")
	}
	x.s(`</w:p></w:ftr>`)
	return x.b
}

// packageRelsXML is _rels/.rels: the package's links to its main parts.
const packageRelsXML = xmlHeader + `<Relationships xmlns="` + nsRels + `">` +
	`<Relationship Id="rId1" Type="` + relDocument + `" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="` + relCore + `" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + relApp + `" Target="docProps/app.xml"/>` +
	`</Relationships>`

// appXML is docProps/app.xml (extended properties).
const appXML = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
	`<Application>resumekit</Application><DocSecurity>0</DocSecurity></Properties>`

// documentRels writes word/_rels/document.xml.rels: styles, numbering and
// settings as rId1-rId3, then one external relationship per hyperlink
// target, in order of first use.
func documentRels(targets []string, footer bool) []byte {
	var x xmlw
	x.b = make([]byte, 0, 512+100*len(targets))
	x.s(xmlHeader + `<Relationships xmlns="` + nsRels + `">` +
		`<Relationship Id="rId1" Type="` + relStyles + `" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="` + relNumbering + `" Target="numbering.xml"/>` +
		`<Relationship Id="rId3" Type="` + relSettings + `" Target="settings.xml"/>`)
	if footer {
		x.s(`<Relationship Id="` + footerRel + `" Type="` + relFooter + `" Target="footer1.xml"/>`)
	}
	for i, t := range targets {
		x.s(`<Relationship Id="rId`)
		x.int(firstLink + i)
		x.s(`" Type="` + relHyperlink + `" Target="`)
		x.attr(t)
		x.s(`" TargetMode="External"/>`)
	}
	x.s(`</Relationships>`)
	return x.b
}

// coreProps writes docProps/core.xml: title and creator from the name, the
// label as subject, keywords from the skills, the language, and the
// creation and modification time from Options.Created.
func coreProps(r *resume.Resume, res style.Resolved) []byte {
	var x xmlw
	x.b = make([]byte, 0, 1024)
	name := flat(r.Basics.Name)
	title := name
	if title == "" {
		title = "Resume"
	}
	stamp := res.Created.UTC().Format(time.RFC3339)
	x.s(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	x.element("dc:title", title)
	if label := flat(r.Basics.Label); label != "" {
		x.element("dc:subject", label)
	}
	if name != "" {
		x.element("dc:creator", name)
	}
	if kw := keywords(r); kw != "" {
		x.element("cp:keywords", kw)
	}
	x.element("dc:language", langTag(res))
	x.s(`<dcterms:created xsi:type="dcterms:W3CDTF">`)
	x.s(stamp)
	x.s(`</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">`)
	x.s(stamp)
	x.s(`</dcterms:modified></cp:coreProperties>`)
	return x.b
}

// keywords lists the skills for core.xml: the keywords of the Skills
// section (or a group's name when it has none), then each role's skills,
// without repeats (compared in lower case), joined by ", ".
func keywords(r *resume.Resume) string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s = flat(s); s == "" {
			return
		}
		if k := strings.ToLower(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	for _, sk := range r.Skills {
		if blankList(sk.Keywords) {
			add(sk.Name)
		}
		for _, k := range sk.Keywords {
			add(k)
		}
	}
	for _, e := range r.Work {
		for _, ro := range e.Roles {
			for _, k := range ro.Skills {
				add(k)
			}
		}
	}
	return strings.Join(out, ", ")
}

// zipEpoch and zipEnd bound the zip entry times: an MS-DOS timestamp
// starts in 1980, and the extended timestamp (32-bit Unix seconds) that
// archive/zip also writes ends in February 2106.
var (
	zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	zipEnd   = time.Date(2106, 1, 1, 0, 0, 0, 0, time.UTC)
)

// writePackage writes the zip container with every part, in a fixed order.
func writePackage(w io.Writer, r *resume.Resume, res style.Resolved, g geometry, b *builder) error {
	stamp := res.Created.UTC()
	if stamp.Before(zipEpoch) {
		stamp = zipEpoch
	}
	if stamp.After(zipEnd) {
		stamp = zipEnd
	}
	stamp = stamp.Truncate(2 * time.Second) // the resolution of a zip timestamp
	types := contentTypesXML
	if res.PageNumbers {
		types = strings.Replace(types, `</Types>`, footerType+`</Types>`, 1)
	}
	z := zip.NewWriter(w)
	z.RegisterCompressor(zip.Deflate, deflate.Compressor) // BestSpeed, compressors reused
	parts := []struct {
		name string
		data []byte
		text string
	}{
		{name: "[Content_Types].xml", text: types},
		{name: "_rels/.rels", text: packageRelsXML},
		{name: "docProps/core.xml", data: coreProps(r, res)},
		{name: "docProps/app.xml", text: appXML},
		{name: "word/document.xml", data: b.x.b},
		{name: "word/_rels/document.xml.rels", data: documentRels(b.targets, res.PageNumbers)},
		{name: "word/styles.xml", data: styles(res, g)},
		{name: "word/numbering.xml", text: numberingXML},
		{name: "word/settings.xml", text: settingsXML},
	}
	if res.PageNumbers {
		parts = append(parts, struct {
			name string
			data []byte
			text string
		}{name: "word/footer1.xml", data: footerXML(res)})
	}
	for _, p := range parts {
		fw, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return fmt.Errorf("docx: writing %s: %w", p.name, err)
		}
		if p.data != nil {
			_, err = fw.Write(p.data)
		} else {
			_, err = io.WriteString(fw, p.text)
		}
		if err != nil {
			return fmt.Errorf("docx: writing %s: %w", p.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("docx: finishing the zip: %w", err)
	}
	return nil
}
