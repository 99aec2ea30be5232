package atstest_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/check/atstest"
	"github.com/resumekit/resumekit/resume"
)

// recorder is a testing.TB that records a failure instead of stopping the
// real test.
type recorder struct {
	testing.TB
	failed bool
	msg    string
}

func (r *recorder) Helper() {}

func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = true
	r.msg = fmt.Sprintf(format, args...)
	panic(r) // Fatalf must not return; run recovers
}

// run calls f with a recorder and reports what it recorded.
func run(t *testing.T, f func(tb testing.TB)) (rec *recorder) {
	rec = &recorder{TB: t}
	defer func() {
		if x := recover(); x != nil && x != rec {
			panic(x)
		}
	}()
	f(rec)
	return rec
}

func TestRequireLosslessPasses(t *testing.T) {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Ana Núñez", Email: "ana@example.com", Phone: "+34 600 123 456"},
		Work: []resume.Employer{{Name: "Acme Corp", Roles: []resume.Role{{
			Position: "Software Engineer", StartDate: resume.YearMonth(2020, 1), EndDate: resume.Present,
			Highlights: []string{"Built the billing pipeline."},
		}}}},
		Education: []resume.Education{{Institution: "University of Oxford", Area: "Computer Science", StudyType: "BSc",
			StartDate: resume.YearMonth(2015, 9), EndDate: resume.YearMonth(2019, 6)}},
		Skills: []resume.Skill{{Name: "Languages", Keywords: []string{"Go", "Python", "SQL"}}},
	}
	// Every format but xlsx, which the parser does not read as a resume yet;
	// check.TestExampleLossless covers all five.
	atstest.RequireLossless(t, r, "json", "md", "docx", "pdf")
}

func TestRequireLosslessFailsReadably(t *testing.T) {
	// A skill keyword made of a character the Markdown writer cannot carry
	// as text would not do; a bad format name is the simplest failure.
	rec := run(t, func(tb testing.TB) {
		atstest.RequireLossless(tb, &resume.Resume{Basics: resume.Basics{Name: "A B"}}, "odt")
	})
	if !rec.failed || !strings.Contains(rec.msg, "odt") {
		t.Fatalf("want a failure naming the format, got %v %q", rec.failed, rec.msg)
	}
}

func TestRequireShowsLosses(t *testing.T) {
	src := &resume.Resume{Basics: resume.Basics{Name: "Ana Núñez", Email: "ana@example.com"}}
	parsed := &resume.Resume{Basics: resume.Basics{Name: "Ana Núñez"}}
	rep := compare.Compare(src, parsed, compare.Options{Format: "pdf"})
	rec := run(t, func(tb testing.TB) { atstest.Require(tb, rep) })
	if !rec.failed || !strings.Contains(rec.msg, "basics.email") || !strings.Contains(rec.msg, "Missing") {
		t.Fatalf("want a failure listing basics.email, got %v %q", rec.failed, rec.msg)
	}
	rec = run(t, func(tb testing.TB) { atstest.Require(tb, compare.Compare(src, src, compare.Options{})) })
	if rec.failed {
		t.Fatalf("lossless report failed: %q", rec.msg)
	}
}
