// Package pdf writes a resume as an ATS-safe PDF: one column of real text
// in embedded Unicode fonts, which applicant-tracking systems and every
// PDF text extractor read back exactly.
//
//	err := pdf.Write(w, r, pdf.Options{})          // zero Options = defaults
//	err = pdf.Write(w, r, pdf.Options{PageNumbers: true,
//		Options: style.Options{FallbackFonts: [][]byte{cjkTTF}}}) // for characters Liberation lacks
//
// # Fonts
//
// The text is set in Liberation Sans (the default, style.Options.FontFamily
// "sans") or Liberation Serif ("serif"), Regular, Bold, Italic and Bold
// Italic, from github.com/go-fonts/liberation: Liberation 2 fonts,
// licensed under the SIL Open Font License 1.1 (the Go packages that carry
// them are BSD-3-Clause). The OFL lets a program embed the fonts, and a
// document embed subsets of them, without conditions on the document. They
// are embedded as TrueType subsets (CIDFontType2, Identity-H) with a
// ToUnicode map, so every character extracts as itself: accents, "ß", "–",
// "•", "&", Greek, Cyrillic. Each family is parsed once per process, when
// first used.
//
// Why Liberation: the fonts are metric-compatible with Arial and Times New
// Roman, so the DOCX writer names those (style.OfficeFont): Word has them
// everywhere, LibreOffice draws them in Liberation, and a resume breaks
// its lines alike in the PDF and the DOCX. The Go fonts
// (golang.org/x/image/font/gofont, BSD), used before, look technical
// rather than like a letter, and draw the hyphen (583/1000 em) wider than
// the en dash (500), so "on-call" and "Müller-Peña" looked dashed;
// Liberation Sans draws them at 333 and 556. Other free families (DejaVu,
// Noto) have no metric twin that Word ships, so the DOCX could not match
// the PDF.
//
// style.Options.FallbackFonts adds fonts for other scripts; characters
// beyond U+FFFF work too, when a font has them. The Go fonts stay as the
// last resort, after the fallback fonts, for the few characters Liberation
// lacks (U+FFFD, which invalid UTF-8 becomes, and some symbols); they are
// embedded only when used.
//
// Every character gets its font and glyph from golang.org/x/image/font/sfnt
// before anything is drawn — the family's font of the wanted style, then
// each of style.Options.FallbackFonts in turn, then the Go font of that
// style — and when no font has a glyph, Write
// writes nothing and returns a *MissingGlyphsError that lists the
// characters and the fields they are in ("basics.name (cv.yaml:2:9)"). A
// character is never drawn as a blank, as PDF libraries commonly do for a
// glyph their font lacks. Right-to-left scripts (Hebrew, Arabic, …) are
// reported the same way, with MissingGlyph.RightToLeft set, whatever the
// fonts: text is set left to right, one glyph per character, so they would
// come out reversed (and Arabic unjoined) for readers and extractors alike.
//
// # Themes
//
// style.Options.Theme picks the design (style.Themes): "classic" (the
// default), "modern" (the name in the accent colour, a 1.5 pt heading
// rule, a little more air), "serif" (Liberation Serif 11 pt, near-black
// headings over a hairline, 1 in margins, for academic CVs) and "compact"
// (9.5 pt, 0.5 in margins, tighter lines and a third less space between
// blocks). A theme sets the defaults of FontFamily, FontSize, Accent and
// Margins, which Options fields override, and the proportions in
// style.Design. Every theme keeps the layout below: the same one column,
// reading order and text, so each is as ATS-safe as the classic one.
// However tight the theme, the baselines on both sides of an entry break
// stay at least 2.05 font sizes apart: the blank line readers and ATS
// parsers take for a new entry.
//
// # Layout
//
// Everything is in one column, drawn in reading order — left to right, top
// to bottom, one line at a time — and each visual line is one PDF text
// object, so even extractors that ignore positions (ledongthuc/pdf's
// GetPlainText starts a new line at every text object) read one line as
// one line. Words are separated by real space characters.
//
//   - the name (bold, large), the label, and a contact line (location |
//     email | phone | website | profiles), in the body, not in a header;
//   - each section under a standard heading in the label set of
//     Options.Language (English, Spanish, German, French), in
//     Options.Order, with an accent rule; a section with nothing in it gets
//     no heading;
//   - a role line: the bold position and the company on the left, the date
//     range right-aligned on the same line ("Staff Engineer | Confluent" …
//     "Feb 2020 – Present"), the left part ending in a space so the two
//     never run together (a left part too long for one line wraps, and the
//     dates go on its last line, after the title and company whole); then
//     the location in small italics on a line of its own. The separator is the document's entry.RoleSeparator with
//     the bar preferred: " | ", unless a position or company name of the
//     resume holds " | ", then " @ " or " — ". It is never a comma (names
//     hold commas: "Nara Logics, Inc", "Founder, CEO") and no value of the
//     document holds it, so the line splits one way only and every role
//     line of the document the same way. A role with no position reads
//     "@ Company" (entry.Lone): a company alone reads as the title. The bar, not the " @ " of the
//     DOCX and Markdown writers, because here the title line is plain text
//     followed by the entry's other short lines (location, the employer's
//     description), which today's ATS parser reads as one header; with
//     " | " it reads 17 of the 162 loadable real-world resumes losslessly,
//     with " @ " 15 (check.TestRealWorldLossless);
//   - an education line: "Area (StudyType) | Institution" with its dates,
//     "(StudyType) | Institution" when there is no area,
//     the degree in bold, as the DOCX and Markdown writers print the degree
//     (the study type marked by its brackets, never joined to the area by
//     a comma, which areas hold). The older "StudyType, Area" read 2 more
//     of the real-world files with today's parser (18 against 16), which
//     finds degrees by their words; the bracket is the rule a parser can
//     rely on whatever the words;
//   - an employer with several roles: its line once (the company, bold in
//     the accent colour, and the span of its roles unless
//     Options.HideEmployerRange), then a line per role;
//   - summaries as paragraphs (split at blank lines); highlights as bullets
//     with a real "•" glyph and a hanging indent; skills as "Skills: a, b"
//     lines;
//   - **bold** and *italic* from the inline markup in the bold and italic
//     fonts, and [links](https://…), bare http(s) URLs in running text,
//     the email, website and profile URLs as link annotations over the
//     text;
//   - with Options.PageNumbers (or style.Options.PageNumbers), "Page 1
//     of 2" ("1 / 2" in languages other than English) centred in the
//     bottom margin, small and grey: page furniture, in a form ATS
//     readers recognise.
//
// Text wraps by measured glyph widths; names, positions and skills move to
// the next line whole when they fit on one; a word wider than the column
// is broken between characters. Nothing is ever cut off. Page breaks never
// separate a section heading from what follows it, a role's line (with
// what comes before the bullets: location, summary) from its first
// highlight, or the lines of one bullet, unless such a run is taller than
// a page.
//
// The file has no images, outlines of text, hidden or white text, form
// fields, attachments or metadata streams: what an ATS extracts is what a
// person sees. The document information dictionary holds Title and Author
// (the name), Subject (the label), Keywords (the skills), Creator,
// Producer, and CreationDate and ModDate from Options.Created.
//
// # Text
//
// Invalid UTF-8 becomes U+FFFD; control and format characters (C0, C1,
// DEL, zero-width and bidi marks, soft hyphens) are dropped; every kind of
// space and line break becomes a space; text is put in Unicode NFC, so a
// decomposed "é" prints as one glyph. Dates print only through
// style.Resolved's Date and Range. Only http, https, mailto, tel and ftp
// URLs become links, percent-encoded to ASCII.
//
// # Determinism and speed
//
// The same resume and Options give the same bytes: no clock, no random
// subset tags, no map order; the trailer's /ID is a hash of the content.
// github.com/signintech/gopdf builds the document structure (pages, link
// annotations); this package writes the page content streams and the
// embedded fonts (the subset font programs, widths and ToUnicode maps)
// itself, then rebuilds the cross-reference table (finish.go). Writing the
// four-page example CV takes about 3 ms on one core of a 2-core cloud
// machine (BenchmarkWrite).
package pdf
