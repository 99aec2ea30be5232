// Package compare checks what an applicant-tracking system got back from a
// resume file against the resume that made it, field by field, with paths.
//
// It works at two levels:
//
//   - Text survival: every string the writer printed (names, dates in the
//     writer's date layout, companies, skill keywords, summary and
//     highlights) must appear, in reading order and with word boundaries,
//     in the text the ATS extracted (Options.Text). Strings found only
//     after folding case, punctuation and dashes are reported as
//     Normalized rather than lost. Lines join with a space, but Chinese
//     and Japanese lines join without one, and a compound broken after
//     one of its own hyphens keeps it; a long value (16 bytes or more)
//     found only with every space and hyphen dropped, as a web address
//     the writer had to break inside, is Normalized too. Each field is
//     first looked for exactly, in reading order and on one line, longer
//     values first, so that a short value cannot take the place where a
//     longer one is printed; the looser searches come after.
//   - Blind parse: the structure a heuristic parser rebuilt from the text
//     alone (the parsed *resume.Resume) must match the source: the contact
//     fields, every role's position, company, location and dates, every
//     education entry and every skill keyword.
//
// Dates are compared at the precision the format printed: a writer whose
// layout is "Jan 2006" prints 2021-06-15 as "Jun 2021", so 2021-06 is
// expected back. The date logic is replicated from resume.Date.Format; this
// package imports only resume (never the writers in export/), so a bug
// shared by a writer and the checker cannot cancel out.
//
// A Report lists Losses, each with the source path of the field
// ("work[1].roles[2].startDate"), its Kind (Missing, Altered, Extra,
// Normalized), what was wanted and what the ATS saw, and counts fields
// checked and survived per field group (contact, work, education, skills,
// summary, and other: projects, volunteer, awards, certificates,
// publications, languages, interests and references, checked as text). WriteText, WriteJSON and WriteJUnit render reports for people,
// programs and CI.
package compare
