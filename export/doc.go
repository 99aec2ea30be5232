// Package export is the front door to resumekit's writers: a fixed table of
// output formats, in the style of pandoc's writer list, each with a name,
// aliases, a file extension, a media type and a write function.
//
//	f, err := export.Lookup("md")          // or "markdown"
//	err = f.Write(w, r, style.Options{})   // zero options = defaults
//
// or, in one step, export.Write(w, "md", r, style.Options{}).
//
// Each writer lives in its own package (export/jsonresume, export/markdown,
// export/docx, export/pdf, export/xlsx) with its own format-specific Options;
// the table calls them with the shared style.Options only. Every writer
// produces the same bytes for the same input, and writes no hidden copy of
// the resume for a reader to find: what an applicant-tracking system can
// read back is what a person sees.
package export
