// Package examples holds resumekit's example resume: the real CV in
// shared/seeds/000_ba2770ea60039808.txt, modelled faithfully in
// examples/resume.yaml (the comments at the top of that file list every
// modelling choice and the two placeholders, name and email, that the CV
// text does not give).
//
// The resume is embedded, so programs and tests can use it without a file:
//
//	r, err := examples.Resume()
//
// The runnable program in examples/export writes it in every format.
package examples

import (
	_ "embed"

	"github.com/resumekit/resumekit/resume"
)

// YAML is the example resume file, examples/resume.yaml, as embedded bytes.
//
//go:embed resume.yaml
var YAML []byte

// Starter is the commented starter resume that "resumekit init" writes,
// examples/starter.yaml: an invented person, every section a new user is
// likely to need, and comments on the format. It passes validate and
// check.
//
//go:embed starter.yaml
var Starter []byte

// Name is the file name the example resume is read as; it appears in the
// positions of any error.
const Name = "resume.yaml"

// Resume decodes the embedded example resume. Each call returns a new
// *resume.Resume, so callers may change it freely.
func Resume() (*resume.Resume, error) {
	return resume.Decode(YAML, Name, resume.LoadOptions{})
}
