// Package xlsx writes a resume as an XLSX workbook that recruiters and HR
// tools can load, sort and filter.
//
// The workbook has a Profile sheet of field/value rows (name, headline,
// e-mail, phone, website, location, each online profile, summary) and one
// sheet per non-empty section: Experience (one row per role: Company,
// Position, Start, End, Duration, Location, Summary, Highlights, Skills),
// Education, Skills (Group, Level, Keywords), Projects, Volunteer, Awards,
// Certificates, Publications, Languages, Interests and References. Each
// sheet has a bold, frozen header row with an autofilter, column widths
// fitted to the text, wrapped text with row heights estimated to fit it
// (LibreOffice does not fit rows itself when it opens a file), and a print
// setup: the PageSize paper, landscape, one page wide, the header row on
// every page. Bold and italic inline markup survive as rich text; links
// keep their text, and URL and e-mail fields are hyperlinks. Sheet names
// and headers follow Options.Language (en, es, de, fr); custom Labels
// name the section sheets.
//
// # Dates
//
// Dates are real Excel dates (serial numbers) whose number format matches
// the date's precision and the DateFormat option: the Go layout "Jan 2006"
// becomes "mmm yyyy", "01.2006" becomes "mm.yyyy", a year-precision date
// shows as "yyyy" and "02 Jan 2006" as "dd mmm yyyy". Month and weekday
// names are pinned to English ([$-409]), as Go prints them. What a
// spreadsheet displays is therefore exactly what style.Resolved.Date prints
// in every other format, so an applicant-tracking system that reads
// displayed values sees the same dates everywhere; Write checks this for
// every date cell. A date Excel cannot represent (before 1900-03-01) or a
// layout with no Excel equivalent (a time of day, a zone, the space-padded
// "_2") is written as that same text instead. An open end is the text of
// the Present option ("Present" by default).
//
// # Safety
//
// Every text is written as a string: text starting with "=", "+", "-" or
// "@" stays text and no cell ever holds a formula. Such text also carries
// Excel's quote prefix, as if typed after an apostrophe, so it stays text
// when someone edits the cell. Text that reads like an OOXML character
// escape ("_x0041_") is escaped so that it shows as written. Control
// characters that XML forbids are dropped, invalid UTF-8 becomes U+FFFD and
// text longer than Excel's 32,767-character cell limit is cut. Hyperlinks
// are made only for http, https and mailto addresses.
//
// # Determinism
//
// The document properties take their times from Options.Created (2000-01-01
// when zero). excelize writes the package parts in sorted order with zero
// zip timestamps and no random ids (Write does not use its stream writer,
// whose parts come out in map order), so the same resume and options give
// identical bytes; the tests check it. Created is also "now" for the
// duration of a role that has not ended; when it is zero such a duration
// is left empty rather than computed against a made-up date.
package xlsx
