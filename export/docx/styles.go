package docx

import (
	"math"
	"strconv"

	"github.com/resumekit/resumekit/export/style"
)

// This file writes the parts that define how the body looks:
// word/styles.xml (ECMA-376 Part 1, §17.7), word/numbering.xml (§17.9) and
// word/settings.xml (§17.15). Children are written in the order the
// schema's sequences demand, which Word enforces.

// Namespaces and the XML declaration shared by the parts.
const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// halfPoints converts a size in points to Word's half-points.
func halfPoints(pt float64) int { return max(2, int(math.Round(pt*2))) }

// langTag returns the language of the text for spelling and hyphenation.
func langTag(res style.Resolved) string {
	switch res.Language {
	case "es":
		return "es-ES"
	case "de":
		return "de-DE"
	case "fr":
		return "fr-FR"
	}
	return "en-US"
}

// styles writes word/styles.xml: Normal, Title, Subtitle, Heading 1-3,
// List Bullet and the Hyperlink character style. Style names are Word's
// built-in names ("heading 1"), which Word, LibreOffice, python-docx and
// pandoc all recognise. Entry lines (Heading 2 and 3) carry a right tab
// stop at the right margin for their date range.
func styles(res style.Resolved, g geometry) []byte {
	var x xmlw
	x.b = make([]byte, 0, 4096)
	font := flat(style.OfficeFont(res.FontFamily))
	base := halfPoints(res.FontSize)
	accent := res.Accent
	sz := func(hp int) {
		x.s(`<w:sz w:val="`)
		x.int(hp)
		x.s(`"/><w:szCs w:val="`)
		x.int(hp)
		x.s(`"/>`)
	}
	d := res.Design
	// sp scales a space of the classic design (in twips) by the theme's.
	sp := func(tw int) string { return strconv.Itoa(int(math.Round(float64(tw) * d.Spacing))) }
	tabs := func() {
		x.s(`<w:tabs><w:tab w:val="right" w:pos="`)
		x.int(g.textW)
		x.s(`"/></w:tabs>`)
	}
	x.s(xmlHeader)
	x.s(`<w:styles xmlns:w="` + nsW + `">`)
	x.s(`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="`)
	x.attr(font)
	x.s(`" w:hAnsi="`)
	x.attr(font)
	x.s(`" w:eastAsia="`)
	x.attr(font)
	x.s(`" w:cs="`)
	x.attr(font)
	x.s(`"/>`)
	sz(base)
	x.s(`<w:lang w:val="`)
	x.s(langTag(res))
	x.s(`"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="`)
	x.s(sp(60))
	x.s(`" w:line="`)
	// 259 (1.08 lines) in the classic design, whose PDF leading is 1.32
	x.int(int(math.Round(259 * d.Leading / 1.32)))
	x.s(`" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)

	x.s(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`)

	x.s(`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>` +
		`<w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:b/><w:color w:val="`)
	x.s(accent)
	x.s(`"/>`)
	sz(halfPoints(res.FontSize * 2.4))
	x.s(`</w:rPr></w:style>`)

	x.s(`<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>` +
		`<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr>`)
	sz(halfPoints(res.FontSize + 2))
	x.s(`</w:rPr></w:style>`)

	x.s(`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
		`<w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="`)
	// eighths of a point: 6 for the classic 0.6 pt rule, at least 2 (Word's least)
	x.int(max(2, int(math.Round(d.RuleWidth*10))))
	x.s(`" w:space="1" w:color="`)
	x.s(accent)
	x.s(`"/></w:pBdr><w:spacing w:before="` + sp(240) + `" w:after="` + sp(80) + `"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="`)
	x.s(accent)
	x.s(`"/>`)
	sz(halfPoints(res.FontSize + 3))
	x.s(`</w:rPr></w:style>`)

	x.s(`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>` +
		`<w:pPr><w:keepNext/><w:keepLines/>`)
	tabs()
	x.s(`<w:spacing w:before="` + sp(160) + `" w:after="` + sp(40) + `"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>`)
	sz(halfPoints(res.FontSize + 0.5))
	x.s(`</w:rPr></w:style>`)

	x.s(`<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>` +
		`<w:pPr><w:keepNext/><w:keepLines/>`)
	tabs()
	x.s(`<w:spacing w:before="` + sp(100) + `" w:after="` + sp(40) + `"/><w:outlineLvl w:val="2"/></w:pPr></w:style>`)

	x.s(`<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/>` +
		`<w:pPr><w:numPr><w:numId w:val="` + bulletNum + `"/></w:numPr><w:spacing w:after="20"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>`)

	x.s(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)
	x.s(`<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>`)
	x.s(`</w:styles>`)
	return x.b
}

// numberingXML is word/numbering.xml: one bullet list (numId 1) whose
// bullet is U+2022 in the body font, so text extractors see "•" and not a
// private-use Symbol-font character.
const numberingXML = xmlHeader + `<w:numbering xmlns:w="` + nsW + `">` +
	`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>` +
	`<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:num w:numId="` + bulletNum + `"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

// settingsXML is word/settings.xml. compatibilityMode 15 asks Word 2013+
// to lay the document out without legacy quirks.
const settingsXML = xmlHeader + `<w:settings xmlns:w="` + nsW + `">` +
	`<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`</w:settings>`
