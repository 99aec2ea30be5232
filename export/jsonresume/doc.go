// Package jsonresume writes a resume as a JSON Resume document
// (https://jsonresume.org/schema), valid against the schema embedded in
// package resume, with deterministic bytes.
//
// JSON Resume has one work entry per position, so an employer with several
// roles is written as several entries that repeat the employer's name, url
// and description; resume.Decode with LoadOptions.GroupEmployers groups
// them again. Unknown keys kept from the input (the Extra maps) are written
// back, so a JSON Resume file loads and writes back as an equal JSON value.
package jsonresume
