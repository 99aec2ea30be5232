// Package parse is resumekit's blind resume parser: it rebuilds a
// structured *resume.Resume from the text an applicant-tracking system
// extracted from a file (an extract.Document), without ever seeing the
// file's source. It is meant for any resume, made by any tool, in English,
// Spanish, German, French or Portuguese.
//
// The parser works in passes over the document's lines:
//
//   - rows: pieces of text on one baseline are joined left to right and
//     split at wide gaps, so right-hand date columns and left-hand date
//     columns become pieces of their row; bullets are recognised; private
//     use glyphs (icon fonts) are dropped; page numbers are skipped.
//   - sections: headings are found with a synonym dictionary in four
//     languages (Experience, Berufserfahrung, Experiencia, Expérience, ...),
//     and the style of the known headings (size, bold, capitals, heading
//     level) is learned to find the unknown ones; a row set like them that
//     opens a section or has dates close under it is an entry when it
//     reads like a name, an organisation or a school, or when two or more
//     such rows stand under one heading (employers set like headings). A
//     heading set in the left margin beside its section's first line is
//     cut off that line and moved before its block.
//   - contact: name, e-mail, international phone numbers, URLs and
//     profiles (LinkedIn, GitHub, ...) and the location, from the header
//     and from any line that carries an e-mail address.
//   - the section's own pattern: before any word list is consulted, a
//     work or education section is read by what its entries share. When
//     every dated row belongs to a title row that holds one separator
//     once (" | ", " @ ", " — ", " · ", two agreeing dashes or "at"), with
//     its dates on the row or alone under it, or to a bold title wrapped
//     before its dates, those rows are the entries' titles and are cut at
//     that separator only, so commas, dashes and brackets inside names
//     stay; the words of all entries decide which side is the title or
//     the school, a place-like row under a title is its location, and a
//     degree is read as "Area (Type)", "Type, Field" in the section's one
//     order, or "Type in Field". In a work section a comma can be that
//     separator ("Position, Company") when no stronger one is shared, a
//     title word and an organisation stand in its sides and a comma
//     before a legal form (", Inc") stays in the name; a side that names
//     neither after the dates is the place. Otherwise, when each entry holds one
//     dated row at the distance the first entry sets below its first row,
//     and that first row's typography repeats ("Company / url / dates /
//     Position"), the dates anchor the cut. Date ranges that a column
//     wraps over two rows are mended first.
//   - entries: work and education sections are cut into entries; dates
//     (a grammar of ranges: 06.2021 – 08.2024, 2024.08, Jun 2021, Sept.
//     2020, Summer 2012, 2019 – heute, "2018 to 2020", trailing durations
//     ignored) are taken from the edges of lines, and from between bars
//     ("Title | April 2025 – Present | place"). The remaining header
//     pieces are cut into segments at separators (commas, dashes, bars,
//     "at"/"@", brackets, colons; in education also "in" and after the
//     first word), and every reading of the segments as position, company
//     and location (institution, degree, area and location in education)
//     is scored by a linear model over features: word lists (job titles,
//     organisations, company suffixes, schools, degrees, fields of study,
//     places; English, Spanish, German, French, Portuguese; embedded from
//     words/), capitals, typography, the row, the separator before each
//     run, the order of the fields and what the older rules would read.
//     Entries of one section share a layout: the layout key (fields per
//     row, in order) that explains the section best earns a bonus, so a
//     company with a comma in its name stays whole. The weights are fitted
//     by ats/parse/internal/parsefit on a rendered, labelled corpus and
//     embedded (internal/fit/model.json). Header text no field takes
//     goes to the role's summary (the employer's description above
//     grouped roles) rather than vanish. An employer line whose range
//     holds the ranges of the role lines after it becomes one employer
//     with several roles, as do consecutive roles at the same company.
//   - skills: "Group: a, b, c" lines, bullets and comma lists in skills
//     sections, each role's "Skillset:" line, and skills listed with a
//     level line under each ("HTML" / "Master") anywhere.
//
// Spreadsheets (a Document of cells) are read as tables: a sheet per
// section, a header row naming the columns.
//
// Every value found is recorded in Result.Fields with the document lines
// it came from and a confidence; what could not be found is reported in
// Result.Warnings. Parse never fails and never panics; its time is linear
// in the size of the document, and Options.MaxLines bounds it.
//
// JSONResume renders a parsed resume as a JSON Resume document (one work
// entry per role) for other tools; the scorer in ats/score measures the
// parser against labelled resumes.
package parse
