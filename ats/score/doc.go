// Package score measures a resume parser against ground truth: it compares
// a parsed JSON Resume document with a label (also JSON Resume shaped),
// field by field, and sums micro precision, recall and F1.
//
// It is a faithful port of shared/tools/score_parse.py, the project's
// reference scorer, and a test runs both on the same pairs and compares
// the counts:
//
//   - text is normalised (NFKC, soft hyphens dropped, dashes unified, lower
//     case, punctuation and icon glyphs dropped, white space collapsed);
//   - name must match token for token and e-mail exactly; phones match on a
//     common suffix of at least seven digits;
//   - company, position and institution match when token F1 ≥ 0.9;
//   - dates compare year and month, or the year when either side has only
//     a year; a missing endDate matches only an open end;
//   - work entries are paired one to one, greedily, by the mean token F1 of
//     company and position, dates breaking ties; education by institution;
//   - skills score by keyword recall.
//
// Non-string JSON values are rendered as Python's str() would render them
// for the common cases (numbers, booleans); exotic values may differ.
package score
