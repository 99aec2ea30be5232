// Package atstest lets a project's own go test fail when its resume does
// not survive export and re-reading by an ATS:
//
//	func TestResumeSurvivesATS(t *testing.T) {
//		r, err := resume.Load("resume.yaml", resume.LoadOptions{})
//		if err != nil {
//			t.Fatal(err)
//		}
//		atstest.RequireLossless(t, r)             // every format
//		atstest.RequireLossless(t, r, "pdf", "docx") // or some
//	}
//
// On failure the test log holds the per-format table and every loss, with
// the field's path and what the ATS saw.
//
// Why it lives under check/ and not under ats/: everything in ats/ reads
// files an ATS way and must never import the writers in export/ (a test
// and go list -deps enforce that), so that a bug shared by a writer and
// its reader cannot cancel out. RequireLossless has to write the files
// first, so it sits beside package check, the one orchestration package
// allowed to import both sides. Its name stays atstest, the name users
// look for.
package atstest

import (
	"context"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/check"
	"github.com/resumekit/resumekit/resume"
)

// RequireLossless exports r in each of formats (none means every format),
// reads each file back as an ATS does and fails t, with a readable loss
// list, unless every checked field survived. It uses the writers' default
// style; use RequireLosslessWith for other options.
func RequireLossless(t testing.TB, r *resume.Resume, formats ...string) {
	t.Helper()
	RequireLosslessWith(t, r, check.Options{}, formats...)
}

// RequireLosslessWith is RequireLossless with check options (a date
// layout, a label language, strict mode).
func RequireLosslessWith(t testing.TB, r *resume.Resume, opts check.Options, formats ...string) {
	t.Helper()
	reps, err := check.Check(context.Background(), r, formats, opts)
	if err != nil {
		t.Fatalf("atstest: %v", err)
	}
	Require(t, reps...)
}

// Require fails t with the reports' table and losses unless every report
// is lossless. It is what RequireLossless calls; use it on reports from
// check.CheckFiles or check.CheckBytes.
func Require(t testing.TB, reps ...*compare.Report) {
	t.Helper()
	for _, rep := range reps {
		if !rep.Lossless() {
			var b strings.Builder
			if err := compare.WriteText(&b, reps...); err != nil {
				t.Fatalf("atstest: %v", err)
			}
			t.Fatalf("resume does not survive an ATS round trip:\n%s", b.String())
		}
	}
}
