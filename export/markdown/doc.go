// Package markdown writes a resume as clean CommonMark.
//
// The layout is plain enough for any Markdown renderer and for an
// applicant-tracking system that reads Markdown as text:
//
//	# Name                         H1: the name
//	Label                          a paragraph
//	email · phone · url · place    the contact line
//	## Work Experience             H2: one per non-empty section, in style order
//	### Position @ Company         H3: one per role
//	Jun 2021 – Aug 2024            the date range, on its own line
//	Spain, 100% Remote             the location, on its own line
//	Company description, summary   paragraphs
//	- highlight                    a bullet list
//	Skills: a, b, c                the role's skills
//
// The role heading joins position and company with the document's
// entry.RoleSeparator: " @ ", or " — " (then " | ") when a position or
// company name of the resume holds " @ ". It is never a comma, because
// positions and names hold commas ("Founder, CEO", "Nara Logics, Inc"),
// nor any string a value of the document holds, so the heading splits one
// way only and every role heading of the document the same way; readers
// (applicant-tracking parsers among them) take "X @ Y" for title and
// company whatever the words. A role with no position reads "### @ Company"
// (entry.Lone): a company alone on the heading ("Capgemini", "Freelance
// software engineer") read as the job title on five of the real-world
// files. The date range and the location follow on
// lines of their own. Education headings read "Area (StudyType) —
// Institution": language-neutral (no "in"/"en"/"im" between degree and
// field) and with the study type marked by its brackets, also when there
// is no area ("(Licence en marketing) — Institution"): a lone study type
// printed bare read as an area or was split at "en" (7 more of the 196
// real-world files lossless in every document format with the brackets).
//
// Measured on the 162 real resumes of ../shared/corpus/realworld that load
// (check.TestRealWorldLossless, the parser of the time): lossless Markdown
// files with the role heading "Position @ Company" 27, "Position —
// Company" 18, "### Position" then "#### Company" 19, "### Position" then
// the company as a paragraph 2. Education, measured earlier against
// "Area (StudyType) — Institution" at 16 files: "StudyType in Area —
// Institution" 20 files but more field losses (418 against 385),
// "### Institution" then a degree line 3. What is left is the parser's to
// read (it splits at dashes and commas inside values, and finds study
// types and schools by their words).
//
// An employer with several roles gets one "Position @ Company" heading per
// role; the employer's location, description and summary are written once,
// under its first role. Section headings and the few other words come from
// style.Options (English, Spanish, German or French); dates print only
// through style.Resolved.Range, so a checker can predict them.
//
// Text fields that hold inline markup (summaries, descriptions,
// highlights) keep their **bold**, *italic* and [links](url): the writer
// parses them with resume.Inline and writes the runs back as CommonMark.
// Every other character that Markdown would read as syntax is escaped, so
// what a Markdown reader shows is exactly the resume's text, whatever it
// holds. Whitespace inside a paragraph is collapsed to single spaces;
// blank lines separate paragraphs. Invalid UTF-8 and NUL bytes are written
// as U+FFFD. The output has no HTML, no comments and nothing hidden, and the
// same input always gives the same bytes.
package markdown
