// Package check proves that a resume survives its own export: it writes
// the resume in each format in memory, reads every file back the way an
// applicant-tracking system does (ats/extract), rebuilds the resume from
// the text alone (ats/parse) and compares both the text and the rebuilt
// structure with the source (ats/compare), field by field.
//
// It is the only package besides cmd/resumekit that imports both the
// writers (export) and the ATS side (ats): the ATS packages never see the
// writers' code, so a bug shared by a writer and its reader cannot cancel
// out.
//
//	reports, err := check.Check(ctx, r, nil, check.Options{}) // every format
//	for _, rep := range reports {
//		if !rep.Lossless() { ... rep.Lost() ... }
//	}
//
// CheckFiles checks files made by any tool (a Word resume, a LaTeX PDF)
// against the truth in a resume file; Batch checks many resume files on
// all cores. The test helper for users' own go test is in check/atstest.
package check
