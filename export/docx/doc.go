// Package docx writes a resume as an ATS-safe Word document (.docx).
//
// The document is built with the standard library only — archive/zip and
// a small Office Open XML layer of our own that appends escaped markup to a
// byte buffer (the tests read every part back with encoding/xml). It is
// split like pandoc's DOCX writer: body.go maps the resume to paragraphs (Writers/Docx/OpenXML.hs),
// package.go wraps them in the zip package with its content types,
// relationships and document properties (Writers/Docx.hs), styles.go
// writes styles, numbering and settings, and openxml.go escapes text.
//
// # Layout
//
// Everything sits in one column in the body, in reading order, with real
// Word structure that applicant-tracking systems and converters understand:
//
//   - the name in the Title style, the label in Subtitle, and the contact
//     line (email | phone | website | location | profiles) as a normal
//     paragraph under them — never in a header or footer;
//   - each section under a Heading 1 in the label set of Options.Language
//     (English, Spanish, German, French), in Options.Order; a section with
//     nothing in it gets no heading;
//   - each role of a one-role employer on one Heading 2 line: bold
//     position, the document's role separator, company, then a tab to a
//     right-aligned tab stop and the date range ("**Data Lead** @
//     Spotahome<tab>Nov 2019 – Jun 2021"), and the location on a plain line
//     of its own under it; a role with no position reads "@ Company"
//     (entry.Lone), since a company alone reads as the position; an education likewise, with " — " ("**Mathematics
//     (Private tuition)** — Home Schooling<tab>…"); the other sections'
//     entry lines (projects, awards, …) keep ", ";
//   - an employer with several roles gets its Heading 2 line once (bold
//     company, location, and the span of its roles unless
//     Options.HideEmployerRange), then a Heading 3 line per role (bold
//     position, tab, range), each followed by that role's blocks;
//   - summaries as normal paragraphs (split at blank lines), highlights as
//     real Word list items (the List Bullet style with numbering.xml, not
//     typed "•" characters), skills as "Group: a, b, c" lines, and a role's
//     skills, an education's score and courses and a project's keywords
//     as labelled lines ("Skills: Go, SQL", "Courses: Algebra");
//   - an employer's, school's or volunteer organisation's url as a link on
//     its name in the entry line, as the PDF, Markdown and HTML writers
//     make it, not as a line under the entry line: that line is where a
//     reader looks for the place and the dates, and read a value that is
//     no address ("none", a date typed into url) as one of them. A URL no
//     name can carry (the name is blank, or its scheme may not be linked)
//     keeps a line of its own, so nothing is left out; projects,
//     certificates and publications keep their URL as a visible line,
//     which a printed copy needs;
//   - **bold**, *italic* and [links](https://…) from the inline markup as
//     run properties and w:hyperlink elements with external relationships.
//
// Why: the role line used to join position, company and city with bare
// commas, which no reader can split when a value holds a comma ("Nara
// Logics, Inc", "Founder, CEO", "London, UK"). The position and company are
// now set apart by typography (bold against regular) and by the document's
// entry.RoleSeparator: " @ ", or " — " (then " | ") when a position or
// company name of the resume holds " @ ", so that no value of the document
// holds the separator and every role line splits the same one way
// (applicant-tracking parsers take "X @ Y" for title and company whatever
// the words). The location leaves the line, as the Markdown and PDF
// writers print it:
// one reading order, real text, headings in heading styles, no tables. An
// employer with several roles still writes "Company, Location" on its
// line and "Position, Location" on each role's; moving those locations to
// a line of their own needs the parser to read a plain line under an
// employer line as its location, which it does not yet do.
//
// No tables, text boxes, headers, footers, images or fields are written,
// and no hidden text: what an ATS extracts is exactly what a reader sees.
// The photo (basics.image), meta and unknown keys (Extra) are not printed.
//
// # Text
//
// Text is XML-escaped; the characters XML 1.0 forbids (C0 controls other
// than tab and newline, U+FFFE, U+FFFF) are dropped and invalid UTF-8 bytes
// become U+FFFD, so any input gives well-formed XML. All other Unicode is
// kept. Tabs and newlines inside a field become spaces; prose is split into
// paragraphs at blank lines. Dates print only through style.Resolved's Date
// and Range, with Options.DateFormat and the present word. Only http, https,
// mailto, tel and ftp URLs become links.
//
// # Determinism
//
// The same resume and Options give the same bytes: the parts are written in
// a fixed order, with one fixed zip timestamp, and core.xml's times come
// from Options.Created (2000-01-01 by default), never from the clock.
package docx
