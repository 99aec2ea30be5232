// Package resume is resumekit's resume model: every section of JSON Resume
// 1.x, with work grouped by employer so that several roles can sit under
// one company, dates that know their precision, and inline markup.
//
// # Reading
//
// Load and Decode read a resume file as JSON or YAML (JSON when the first
// non-space byte is '{'). The format is JSON Resume plus one extension: a
// work entry may hold "roles", each with position, startDate, endDate,
// location, summary, highlights and skills:
//
//	work:
//	  - name: Shopify
//	    location: Remote
//	    roles:
//	      - position: Senior Production Engineer
//	        startDate: 2023-06
//	        endDate: 2024-08
//	        skills: [Kafka, Flink]
//
// A flat JSON Resume work entry becomes one Employer with one Role;
// LoadOptions.GroupEmployers groups consecutive flat entries of the same
// employer. Keys the model has no field for are kept, as raw JSON, in the
// Extra map of the object they were found in, and the JSON Resume writer
// writes them back. Dates are strict ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD)
// or "present"; a range with a start and no end is open (present), the
// JSON Resume convention. LoadOptions.Lenient accepts what published
// resumes really hold (human dates, "heute", the old "company" key) with
// a Warning for each.
//
// Every problem is reported with the file, line:column and field path,
// and a hint how to fix it:
//
//	cv.json:12:20: work[2].startDate: invalid date "2024-13": month 13 is not 1-12; write YYYY, YYYY-MM or YYYY-MM-DD ...
//
// Input is bounded: 10 MB by default (LoadOptions.MaxSize), 256 levels of
// nesting, a budget for YAML alias expansion. No input makes the loader
// panic.
//
// # Checking
//
// Resume.Validate reports every problem of a resume at once (a missing
// name or position, invalid dates, a start after its end, a bad email or
// URL), with the line:column each field was read from (Resume.Position).
// ValidateSchema checks a file against the official JSON Resume schema,
// embedded in the package (SchemaJSON), without network access.
//
// # Dates and markup
//
// Date holds a year, a year-month or a full date, or Present. ParseISO is
// the strict parser, ParseDate the tolerant one for dates as people write
// them ("06.2021", "Sept. 2020", "aktuell"); Range knows its Duration
// ("3y 3m"). Text fields may hold **bold**, *italic*, ***both***,
// [text](url) and <autolinks>; Inline turns them into runs for writers and
// Plain into the text a reader sees.
package resume
