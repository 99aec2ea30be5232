// Package html writes a resume as one self-contained, print-ready HTML5
// page.
//
// The page needs nothing else: the CSS is inline in one <style> element,
// there are no scripts, no images, no web fonts and no external
// resources, so it opens the same offline, in a mail client or in an
// archive years later. The fonts are the reader's own (Liberation Sans,
// Arial, Helvetica, then any sans-serif), or the family named in
// style.Options.FontFamily first.
//
// The markup is semantic and in one reading order, the order a screen
// reader, a browser's print and an applicant-tracking system (ATS) all
// follow:
//
//	<h1>Name</h1>                         the name
//	<p>Label</p>                          the headline
//	<address>email · phone · …</address>  contact details, as links
//	<section><h2>Work Experience</h2>     one per non-empty section, in style order
//	<article><h3>Position — Company</h3>  one per role (or entry); "@ Company" with no position
//	<p><time datetime="2021-06">Jun 2021</time> – Present</p>
//	<p>Location</p> <p>Summary …</p>
//	<ul><li>highlight</li></ul>           highlights; skills, languages
//	<p>Skills: a, b, c</p>
//
// Nothing is laid out with tables, positioned boxes or columns; no text is
// hidden, shrunk or coloured like the paper; every word a reader sees is
// real text in the body. Inline markup in summaries and highlights
// (**bold**, *italic*, [links](url)) becomes <strong>, <em> and <a>. Links
// keep only http, https, mailto and tel targets (anything else, such as a
// javascript: URL, is written as plain text). Every character of the
// resume is escaped; invalid UTF-8, NUL and other control characters are
// written as U+FFFD, so the page always validates.
//
// Printing is part of the design: @page takes the page size (A4 or
// Letter) and the margins from style.Options, headings are kept with what
// follows them (a role's heading, its dates and its first lines stay on
// one page), and no bullet is split across pages. On a screen the page
// is shown at the printed text width.
//
// The themes of style.Options.Theme give the page the design they give
// the PDF: classic (Liberation Sans, Arial or Helvetica 10.5 pt, navy
// headings over a 0.6 pt rule), modern (the name in the accent colour, a
// 1.5 pt rule, a tenth more space between blocks), serif (the Liberation
// Serif / Times New Roman stack at 11 pt, near-black headings over a
// hairline, 1 in margins) and compact (9.5 pt, line height 1.2, 0.5 in
// margins, 30% less space between blocks). The theme sets the line
// height, the space between blocks (scaled by style.Options.Spacing),
// the heading rule and the name's colour; an Options field that is set
// wins over the theme's default. The compact theme's one-page fit is the
// PDF and DOCX writers' (they measure text); the page prints at the
// theme's sizes and the browser lays it out. style.Options.PageNumbers
// prints "Page 1 of 2" ("1 / 2" in other languages) in the bottom
// margin box of @page: generated content of the print layout, not text
// of the page.
//
// Section headings and the few other words come from style.Options
// (English, Spanish, German or French); dates print only through
// style.Resolved.Range, so a checker can predict them. The accent colour
// (style.Options.Accent) colours the headings and rules; it must be six
// hex digits dark enough to read on white.
//
// No schema.org JSON-LD or microdata is written: it would be a second,
// machine-readable copy of the resume beside the visible one, which is
// what resumekit's honest round trip rules out.
//
// The same resume and options always give the same bytes.
package html
